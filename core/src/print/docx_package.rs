//! The two parts of a Word file that docx-rs writes with fixed content, written again: the
//! document properties (docx-rs names the author “unknown” and dates the file 1970) and the font
//! table, which must name the GB2312 character set and a fallback for each office font, or Word
//! on a PC without 仿宋_GB2312 substitutes a Latin font's Chinese (等线) for the body text.

use super::document::Metadata;
use crate::common::error::Result;
use crate::common::package::rewrite_parts;

const CORE: &str = "docProps/core.xml";
/// docx-rs writes the settings, table, section, paragraph and run properties in its own order
/// (zoom after the tab stop, footers last, run properties first, size before font); Word asks to repair a file whose children are not in the schema's order
/// (ECMA-376 §17.3.1.26 and §17.3.2.28).
const SCHEMA_ORDER: [(&str, &[&str]); 6] = [
    (
        "w:settings",
        &[
            "w:writeProtection",
            "w:view",
            "w:zoom",
            "w:removePersonalInformation",
            "w:removeDateAndTime",
            "w:doNotDisplayPageBoundaries",
            "w:displayBackgroundShape",
            "w:printPostScriptOverText",
            "w:printFractionalCharacterWidth",
            "w:printFormsData",
            "w:embedTrueTypeFonts",
            "w:embedSystemFonts",
            "w:saveSubsetFonts",
            "w:saveFormsData",
            "w:mirrorMargins",
            "w:alignBordersAndEdges",
            "w:bordersDoNotSurroundHeader",
            "w:bordersDoNotSurroundFooter",
            "w:gutterAtTop",
            "w:hideSpellingErrors",
            "w:hideGrammaticalErrors",
            "w:activeWritingStyle",
            "w:proofState",
            "w:formsDesign",
            "w:attachedTemplate",
            "w:linkStyles",
            "w:stylePaneFormatFilter",
            "w:stylePaneSortMethod",
            "w:documentType",
            "w:mailMerge",
            "w:revisionView",
            "w:trackRevisions",
            "w:doNotTrackMoves",
            "w:doNotTrackFormatting",
            "w:documentProtection",
            "w:autoFormatOverride",
            "w:styleLockTheme",
            "w:styleLockQFSet",
            "w:defaultTabStop",
            "w:autoHyphenation",
            "w:consecutiveHyphenLimit",
            "w:hyphenationZone",
            "w:doNotHyphenateCaps",
            "w:showEnvelope",
            "w:summaryLength",
            "w:clickAndTypeStyle",
            "w:defaultTableStyle",
            "w:evenAndOddHeaders",
            "w:bookFoldRevPrinting",
            "w:bookFoldPrinting",
            "w:bookFoldPrintingSheets",
            "w:drawingGridHorizontalSpacing",
            "w:drawingGridVerticalSpacing",
            "w:displayHorizontalDrawingGridEvery",
            "w:displayVerticalDrawingGridEvery",
            "w:doNotUseMarginsForDrawingGridOrigin",
            "w:drawingGridHorizontalOrigin",
            "w:drawingGridVerticalOrigin",
            "w:doNotShadeFormData",
            "w:noPunctuationKerning",
            "w:characterSpacingControl",
            "w:printTwoOnOne",
            "w:strictFirstAndLastChars",
            "w:noLineBreaksAfter",
            "w:noLineBreaksBefore",
            "w:savePreviewPicture",
            "w:doNotValidateAgainstSchema",
            "w:saveInvalidXml",
            "w:ignoreMixedContent",
            "w:alwaysShowPlaceholderText",
            "w:doNotDemarcateInvalidXml",
            "w:saveXmlDataOnly",
            "w:useXSLTWhenSaving",
            "w:saveThroughXslt",
            "w:showXMLTags",
            "w:alwaysMergeEmptyNamespace",
            "w:updateFields",
            "w:hdrShapeDefaults",
            "w:footnotePr",
            "w:endnotePr",
            "w:compat",
            "w:docVars",
            "w:rsids",
            "m:mathPr",
            "w:attachedSchema",
            "w:themeFontLang",
            "w:clrSchemeMapping",
            "w:doNotIncludeSubdocsInStats",
            "w:doNotAutoCompressPictures",
            "w:forceUpgrade",
            "w:captions",
            "w:readModeInkLockDown",
            "w:smartTagType",
            "sl:schemaLibrary",
            "w:shapeDefaults",
            "w:doNotEmbedSmartTags",
            "w:decimalSymbol",
            "w:listSeparator",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
            "w:tblPrChange",
        ],
    ),
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
            "w:trPr",
            "w:tcPr",
            "w:tblStylePr",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
            "w:sectPrChange",
        ],
    ),
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
            "w:rPrChange",
        ],
    ),
];
const FONT_TABLE: &str = "word/fontTable.xml";

/// Each font a document names: (name, the font Word should use in its place, family, pitch).
const FONTS: [(&str, &str, &str); 6] = [
    ("仿宋_GB2312", "仿宋", "modern"),
    ("楷体_GB2312", "楷体", "modern"),
    ("黑体", "SimHei", "modern"),
    ("方正小标宋简体", "宋体", "script"),
    ("宋体", "SimSun", "auto"),
    ("Times New Roman", "", "roman"),
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn font_table() -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    for (name, alt, family) in FONTS {
        // 86 is GB2312, the character set of every Chinese office font.
        let (charset, alt) = if alt.is_empty() {
            ("00", String::new())
        } else {
            ("86", format!(r#"<w:altName w:val="{alt}"/>"#))
        };
        xml.push_str(&format!(
            r#"<w:font w:name="{name}">{alt}<w:charset w:val="{charset}"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>"#,
            pitch = if family == "roman" { "variable" } else { "fixed" }
        ));
    }
    xml.push_str("</w:fonts>");
    xml
}

fn core_properties(meta: &Metadata) -> String {
    let when = chrono::DateTime::from_timestamp(meta.created, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ");
    let author = escape(&meta.author);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#
    )
}

/// The top-level elements of `body`, each as its full text.
fn top_level_elements(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let mut at = 0;
    while let Some(i) = body[at..].find('<') {
        let open = at + i;
        let close = open + body[open..].find('>').map_or(body.len() - open, |e| e + 1);
        let tag = &body[open..close];
        if tag.starts_with("</") {
            depth -= 1;
        } else {
            if depth == 0 {
                start = open;
            }
            if !tag.ends_with("/>") {
                depth += 1;
            }
        }
        if depth == 0 {
            out.push(&body[start..close]);
        }
        at = close;
    }
    out
}

fn element_name(element: &str) -> &str {
    element[1..].split([' ', '/', '>']).next().unwrap_or("")
}

/// Every `<parent>` element of a part with its children in `order`.
fn order_children(xml: &str, parent: &str, order: &[&str]) -> String {
    let rank = |e: &&str| order.iter().position(|n| *n == element_name(e)).unwrap_or(order.len());
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = find_open(rest, parent) {
        let body_start = i + rest[i..].find('>').map_or(0, |e| e + 1);
        let len = closing_of(&rest[body_start..], parent);
        let mut children = top_level_elements(&rest[body_start..body_start + len]);
        children.sort_by_key(rank);
        out.push_str(&rest[..body_start]);
        out.extend(children);
        rest = &rest[body_start + len..];
    }
    out.push_str(rest);
    out
}

fn in_schema_order(xml: &str) -> String {
    SCHEMA_ORDER.iter().fold(xml.to_owned(), |xml, (parent, order)| {
        order_children(&xml, parent, order)
    })
}

/// Where the next `<parent>` or `<parent …>` that is not empty (`<parent/>`) opens.
fn find_open(xml: &str, parent: &str) -> Option<usize> {
    let tag = format!("<{parent}");
    let mut at = 0;
    while let Some(i) = xml[at..].find(&tag) {
        let start = at + i;
        let after = &xml[start + tag.len()..];
        let end = after.find('>')?;
        let named_here = after.starts_with(['>', ' ']);
        if named_here && !after[..end].ends_with('/') {
            return Some(start);
        }
        at = start + tag.len();
    }
    None
}

/// Where the `</parent>` closing the element whose content starts `content` is.
fn closing_of(content: &str, parent: &str) -> usize {
    let name = format!("{parent}>");
    let mut depth = 0;
    let mut at = 0;
    while let Some(i) = content[at..].find(&name) {
        let pos = at + i;
        if content[..pos].ends_with("</") {
            if depth == 0 {
                return pos - 2;
            }
            depth -= 1;
        } else if content[..pos].ends_with('<') {
            depth += 1;
        }
        at = pos + 1;
    }
    content.len()
}

/// LibreOffice sizes the document grid's characters by the Normal style's font, which docx-rs
/// leaves empty: name the body font and 3号 there as the defaults do.
fn normal_style_in_body_font(styles: &str) -> String {
    styles.replacen(
        r#"<w:name w:val="Normal" /><w:rPr />"#,
        r#"<w:name w:val="Normal" /><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" /><w:sz w:val="32" /><w:szCs w:val="32" /></w:rPr>"#,
        1,
    )
}

/// The package with the properties and the font table replaced and every Word part's
/// properties in the schema's order.
pub fn finish(package: Vec<u8>, meta: &Metadata) -> Result<Vec<u8>> {
    rewrite_parts(package, |name, text| match name {
        CORE => Some(core_properties(meta)),
        FONT_TABLE => Some(font_table()),
        "word/styles.xml" => Some(in_schema_order(&normal_style_in_body_font(text))),
        _ if name.starts_with("word/") && name.ends_with(".xml") => Some(in_schema_order(text)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_properties_follow_the_schema_order() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:sz w:val="32" /><w:rFonts w:eastAsia="黑体" /></w:rPr><w:jc w:val="both" /><w:spacing w:line="580" /></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"#;
        assert_eq!(
            in_schema_order(xml),
            r#"<w:p><w:pPr><w:spacing w:line="580" /><w:jc w:val="both" /><w:rPr><w:rFonts w:eastAsia="黑体" /><w:sz w:val="32" /></w:rPr></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"#
        );
    }
}

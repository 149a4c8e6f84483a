#![allow(dead_code)]

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use calamine::{open_workbook_from_rs, Xlsx};

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::*;

pub const TODAY: &str = "2026-11-25";

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn blank_desk() -> Desk {
    Desk::in_memory(Arc::new(FixedClock::on(day(TODAY)))).unwrap()
}

pub fn settings() -> BodySettings {
    BodySettings {
        body_name: "健康三门峡行动推进委员会".into(),
        office_name: "健康三门峡行动推进委员会办公室".into(),
        host_unit: "市卫生健康委".into(),
        doc_prefix_body: "三健委".into(),
        member_title: "委员".into(),
        operator: "办公室小李".into(),
        ..BodySettings::default()
    }
}

/// A configured desk with no units: the empty start.
pub fn empty_desk() -> Desk {
    let mut desk = blank_desk();
    desk.complete_setup(&SetupInput {
        settings: settings(),
        preset: None,
    })
    .unwrap();
    desk
}

pub fn preset(desk: &Desk, id: &str) -> PresetInfo {
    desk.setup_state()
        .unwrap()
        .presets
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
}

/// A desk set up from the preset `id` with the preset's own settings.
pub fn preset_desk(id: &str) -> Desk {
    let mut desk = blank_desk();
    let settings = preset(&desk, id).settings;
    desk.complete_setup(&SetupInput {
        settings,
        preset: Some(id.into()),
    })
    .unwrap();
    desk
}

pub fn wugang_desk() -> Desk {
    preset_desk("wugang")
}

pub fn unit(name: &str) -> UnitInput {
    UnitInput {
        name: name.into(),
        category: "政府部门".into(),
        ..UnitInput::default()
    }
}

pub fn seat(role: Role, name: &str, unit_id: Option<i64>, from: &str) -> MemberInput {
    MemberInput {
        role,
        person_name: name.into(),
        unit_id,
        post: String::new(),
        sort_order: None,
        term_from: from.into(),
        term_to: None,
        phone: String::new(),
        note: String::new(),
    }
}

pub fn liaison(unit_id: i64, name: &str, on: &str) -> LiaisonInput {
    LiaisonInput {
        unit_id,
        name: name.into(),
        department: "疾控科".into(),
        post: "科长".into(),
        office_phone: "0375-8123456".into(),
        mobile: "13800000000".into(),
        email: String::new(),
        filed_on: on.into(),
        reason: String::new(),
    }
}

/// The id of the unit with this name.
pub fn unit_id(desk: &Desk, name: &str) -> i64 {
    desk.list_units()
        .unwrap()
        .into_iter()
        .find(|u| u.unit.name == name)
        .unwrap()
        .unit
        .id
}

pub fn names(rows: &[RosterRow]) -> Vec<String> {
    rows.iter().map(|r| r.member.person_name.clone()).collect()
}

// Reading outputs back as a user's software would.

pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is missing (poppler-utils; scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn pdf_text(path: &Path) -> String {
    poppler("pdftotext", &["-layout", path.to_str().unwrap(), "-"])
}

pub fn page_count(path: &Path) -> usize {
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line.split_whitespace().last().unwrap().parse().unwrap()
}

/// Every font of the PDF embedded and subset: “emb sub” both “yes”.
pub fn assert_fonts_subset(path: &Path) {
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in {}", path.display());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
    }
}

pub fn unspaced(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn xlsx(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

pub fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// The text of a Word part (`<w:t>` runs), each paragraph on its own line.
pub fn word_text(xml: &str) -> String {
    xml.split("</w:p>")
        .map(|p| {
            p.split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').and_then(|(_, rest)| rest.split_once("</w:t>")))
                .map(|(text, _)| text)
                .collect::<String>()
                // Word joiners keep a name whole; a reader sees no character there.
                .replace('\u{2060}', "")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A word of a PDF page as `pdftotext -bbox` places it, in points from the top-left corner.
#[derive(Debug, Clone)]
pub struct PdfWord {
    pub page: usize,
    pub x_min: f32,
    pub x_max: f32,
    pub y_min: f32,
    pub y_max: f32,
    pub text: String,
}

fn attr(tag: &str, name: &str) -> f32 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
}

pub fn pdf_words(path: &Path) -> Vec<PdfWord> {
    let html = poppler("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let mut words = Vec::new();
    for (page, body) in html.split("<page ").skip(1).enumerate() {
        for w in body.split("<word ").skip(1) {
            let (tag, rest) = w.split_once('>').unwrap();
            let text = rest.split_once("</word>").unwrap().0.to_owned();
            words.push(PdfWord {
                page: page + 1,
                x_min: attr(tag, "xMin"),
                x_max: attr(tag, "xMax"),
                y_min: attr(tag, "yMin"),
                y_max: attr(tag, "yMax"),
                text,
            });
        }
    }
    words
}

/// Millimetres in points.
pub fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// Each of `runs` printed whole on one line of the PDF's layout text.
pub fn assert_unbroken(layout: &str, runs: &[&str]) {
    let lines: Vec<String> = layout.lines().map(unspaced).collect();
    for run in runs {
        assert!(
            lines.iter().any(|l| l.contains(run)),
            "“{run}” is broken across lines:\n{layout}"
        );
    }
}

/// The order ECMA-376 (Part 1, §17) gives the children of the property elements we write; Word
/// asks to repair a file whose children are out of this order. Kept apart from the writer's own
/// list (`print/docx_package.rs`) on purpose: a wrong entry there must fail here.
const SCHEMA_ORDER: [(&str, &[&str]); 8] = [
    // The part of CT_Settings the files use, in the schema's order.
    (
        "w:settings",
        &[
            "w:zoom",
            "w:proofState",
            "w:defaultTabStop",
            "w:evenAndOddHeaders",
            "w:characterSpacingControl",
            "w:compat",
            "w:rsids",
            "w:themeFontLang",
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
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        ],
    ),
    (
        "w:pBdr",
        &["w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"],
    ),
];

/// The direct children's names of each `<parent>` element in `xml`, in order.
fn children_of(xml: &str, parent: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let open = format!("<{parent}");
    let close = format!("</{parent}>");
    for chunk in xml.split(&open).skip(1) {
        // `<w:styles>` shares the prefix of `<w:style`; an empty `<w:pPr/>` has no children.
        let Some(end) = chunk.find('>') else { continue };
        if !chunk.starts_with(['>', ' ']) || chunk[..end].ends_with('/') {
            continue;
        }
        let chunk = &chunk[end + 1..];
        let body = &chunk[..chunk.find(&close).unwrap_or(chunk.len())];
        let mut names = Vec::new();
        let mut depth = 0i32;
        let mut rest = body;
        while let Some(i) = rest.find('<') {
            let tag = &rest[i + 1..];
            let end = tag.find('>').unwrap_or(tag.len());
            let inner = &tag[..end];
            if let Some(_closing) = inner.strip_prefix('/') {
                depth -= 1;
            } else {
                let name = inner.split([' ', '/']).next().unwrap_or("").to_owned();
                if depth == 0 {
                    names.push(name);
                }
                if !inner.ends_with('/') {
                    depth += 1;
                }
            }
            rest = &tag[end..];
        }
        out.push(names);
    }
    out
}

pub fn assert_schema_order(xml: &str) {
    for (parent, order) in SCHEMA_ORDER {
        for names in children_of(xml, parent) {
            let positions: Vec<usize> = names
                .iter()
                .map(|n| {
                    order
                        .iter()
                        .position(|o| o == n)
                        .unwrap_or_else(|| panic!("<{n}> is not a child of <{parent}>"))
                })
                .collect();
            assert!(
                positions.windows(2).all(|w| w[0] <= w[1]),
                "<{parent}> children out of schema order: {names:?}"
            );
        }
    }
}

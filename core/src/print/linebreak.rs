//! Chinese line breaking: any character may end a line, except that closing punctuation never
//! starts one and opening punctuation never ends one; runs of Latin letters and digits
//! (phone numbers, years, words) stay whole when they fit on a line.

/// Characters that must not start a line.
const NO_START: &str = "，。、；：？！）」』】〕》”’・…—,.;:?!)]}%";
/// Characters that must not end a line.
const NO_END: &str = "（「『【〔《“‘([{";

fn no_start(token: &str) -> bool {
    token.chars().next().is_some_and(|c| NO_START.contains(c))
}

fn no_end(token: &str) -> bool {
    token.chars().last().is_some_and(|c| NO_END.contains(c))
}

/// Breakable units: a run of ASCII letters/digits, or a single other character.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_ascii_alphanumeric() || (start.is_some() && matches!(c, '-' | '.' | '@' | '_'));
        match (word, start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, s) => {
                if let Some(s) = s {
                    out.push(&text[s..i]);
                    start = None;
                }
                out.push(&text[i..i + c.len_utf8()]);
            }
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Breaks one paragraph (no newlines) into lines no wider than `width`; `first_width` applies to
/// the first line (for a first-line indent). `measure` gives a token's width.
pub fn break_paragraph(text: &str, first_width: f32, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<Vec<&str>> = vec![Vec::new()];
    let mut used = 0.0;
    for token in tokens(text) {
        let limit = if lines.len() == 1 { first_width } else { width };
        let w = measure(token);
        let current = lines.last_mut().expect("always one line");
        if used + w <= limit + 0.001 || current.is_empty() {
            current.push(token);
            used += w;
            continue;
        }
        // Pull characters down while the new line would start badly or the old one end badly.
        let mut carried = Vec::new();
        while current.len() > 1 {
            let first = carried.first().copied().unwrap_or(token);
            if !no_start(first) && !current.last().is_some_and(|t| no_end(t)) {
                break;
            }
            carried.insert(0, current.pop().expect("checked"));
        }
        let first = carried.first().copied().unwrap_or(token);
        if no_start(first) || current.last().is_some_and(|t| no_end(t)) {
            // A line too narrow to pull from: let the mark hang past the edge instead.
            current.append(&mut carried);
            current.push(token);
            used += w;
            continue;
        }
        carried.push(token);
        used = carried.iter().map(|t| measure(t)).sum();
        lines.push(carried);
    }
    lines
        .into_iter()
        .map(|l| l.concat())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Breaks text with explicit newlines; an empty line stays as an empty line.
pub fn break_text(text: &str, first_width: f32, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut out = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let first = if i == 0 { first_width } else { width };
        let lines = break_paragraph(para, first, width, measure);
        if lines.is_empty() {
            out.push(String::new());
        } else {
            out.extend(lines);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is one unit wide; ASCII half.
    fn units(s: &str) -> f32 {
        s.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum()
    }

    fn brk(text: &str, width: f32) -> Vec<String> {
        break_paragraph(text, width, width, &units)
    }

    #[test]
    fn fills_lines_to_the_width() {
        assert_eq!(brk("一二三四五六七", 3.0), ["一二三", "四五六", "七"]);
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        let lines = brk("一二三，四五六。七八", 3.0);
        assert_eq!(lines, ["一二", "三，四", "五六。", "七八"]);
        for l in &lines {
            assert!(!no_start(l), "{lines:?}");
        }
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        let lines = brk("一二（三四）五", 3.0);
        assert_eq!(lines, ["一二", "（三", "四）五"]);
    }

    #[test]
    fn a_run_of_closing_marks_moves_with_the_character_before_it() {
        let lines = brk("一二三四）。五", 4.0);
        assert_eq!(lines, ["一二三", "四）。五"]);
    }

    #[test]
    fn numbers_stay_whole() {
        let lines = brk("电话13800000000", 5.0);
        assert_eq!(lines, ["电话", "13800000000"]);
    }

    #[test]
    fn no_text_is_lost() {
        let text = "推进委员会下设办公室于市卫健委，承担推进委员会的日常工作。（一）监测主体：各专项行动工作组负责具体组织实施；2023年8月18日。";
        for width in [2.0, 3.0, 5.0, 7.5, 28.0] {
            let lines = brk(text, width);
            assert_eq!(lines.concat(), text);
            for (i, l) in lines.iter().enumerate() {
                assert!(
                    i == 0 || !no_start(l),
                    "line {i} starts badly at width {width}: {lines:?}"
                );
                assert!(i == lines.len() - 1 || !no_end(l), "line {i} ends badly: {lines:?}");
            }
        }
    }

    #[test]
    fn first_line_may_be_narrower() {
        let lines = break_paragraph("一二三四五六", 2.0, 4.0, &units);
        assert_eq!(lines, ["一二", "三四五六"]);
    }

    #[test]
    fn newlines_force_breaks() {
        assert_eq!(break_text("一二\n\n三", 5.0, 5.0, &units), ["一二", "", "三"]);
    }
}

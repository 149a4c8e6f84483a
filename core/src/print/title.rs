//! Titles that wrap as GB/T 9704 §7.3.2 asks: “回行时，要做到词意完整，排列对称，长短适宜”,
//! in a trapezoid or diamond. A two-line title breaks where a phrase ends, with the lines as
//! even as possible and the upper one never the longer by much; longer titles share their lines
//! evenly.

use super::linebreak::{break_paragraph, tokens, Keep};

/// Phrases a title line may end with: what comes after them starts a new phrase.
const ENDS_PHRASE: &[&str] = &["关于", "召开", "印发", "转发", "开展", "做好", "加强", "进一步"];
/// Words a title line may start with.
const STARTS_PHRASE: &[&str] = &[
    "的通知",
    "的通报",
    "的函",
    "的报告",
    "的意见",
    "的决定",
    "的请示",
    "的批复",
    "会议",
    "工作",
    "专题",
    "推进",
    "委员会",
    "办公室",
    "情况",
    "方案",
    "纪要",
    "落实",
    "签到表",
    "名单",
    "汇总表",
];

fn good_break(top: &str, bottom: &str) -> bool {
    ENDS_PHRASE.iter().any(|p| top.ends_with(p)) || STARTS_PHRASE.iter().any(|p| bottom.starts_with(p))
}

/// Lines of `text` no wider than `width`, shaped as a title.
pub fn title_lines(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let plain = break_paragraph(text, width, width, measure);
    match plain.len() {
        0 | 1 => plain,
        2 => two_lines(text, width, measure).unwrap_or(plain),
        n => even_lines(text, width, n, measure),
    }
}

fn two_lines(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Option<Vec<String>> {
    let em = measure("国");
    let mut best: Option<(f32, usize)> = None;
    let mut at = 0;
    for token in tokens(text, Keep::Numbers) {
        at += token.len();
        let (top, bottom) = text.split_at(at);
        if bottom.is_empty() || measure(top) > width + 0.001 || measure(bottom) > width + 0.001 {
            continue;
        }
        let legal = break_paragraph(text, measure(top) + 0.001, width, measure)
            .first()
            .map(String::as_str)
            == Some(top);
        if !legal {
            continue;
        }
        let (a, b) = (measure(top), measure(bottom));
        let heavy_top = (a - b).max(0.0);
        let cost = (a - b).abs() + 2.0 * heavy_top + if good_break(top, bottom) { 0.0 } else { 3.0 * em };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, at));
        }
    }
    let (_, at) = best?;
    let (top, bottom) = text.split_at(at);
    Some(vec![top.to_owned(), bottom.to_owned()])
}

/// The narrowest width that still gives `n` lines: every line about as long as the others.
fn even_lines(text: &str, width: f32, n: usize, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let (mut lo, mut hi) = (width / n as f32, width);
    for _ in 0..20 {
        let mid = (lo + hi) / 2.0;
        if break_paragraph(text, mid, mid, measure).len() > n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    break_paragraph(text, hi, hi, measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> f32 {
        s.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum()
    }

    #[test]
    fn a_two_line_title_is_not_top_heavy_and_breaks_between_phrases() {
        let lines = title_lines("关于召开健康舞钢行动推进委员会办公室会议的通知", 20.0, &units);
        assert_eq!(lines, ["关于召开健康舞钢行动", "推进委员会办公室会议的通知"]);
    }

    #[test]
    fn a_short_title_stays_on_one_line() {
        assert_eq!(title_lines("会议纪要", 20.0, &units), ["会议纪要"]);
    }

    #[test]
    fn a_long_title_shares_its_lines_evenly() {
        let text = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五";
        let lines = title_lines(text, 20.0, &units);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| units(l) >= 14.0), "{lines:?}");
        assert_eq!(lines.concat(), text);
    }
}

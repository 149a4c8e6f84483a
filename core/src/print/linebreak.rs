//! Chinese line breaking: any character may end a line, except that closing punctuation never
//! starts one and opening punctuation never ends one. Some runs stay whole when they fit on a
//! line: Latin words and phone numbers, dates (“2026年11月22日”), document numbers
//! (“〔2026〕1号”) and times; where the caller asks, also words between punctuation (a name or a
//! unit in a table cell), or only the names in a list of people (a 出席 line).
//! A full-width mark may give up half its width so that a line need not push a character down
//! or leave a paragraph's last character alone on a line, as Word and WPS squeeze punctuation.

/// Characters that must not start a line.
const NO_START: &str = "，。、；：？！）」』】〕》”’・…—,.;:?!)]}%";
/// Characters that must not end a line.
const NO_END: &str = "（「『【〔《“‘([{";
/// Full-width marks whose glyph is half blank, so they can be set narrower.
const SQUEEZABLE: &str = "，。、；：？！（）「」『』【】〔〕《》“”‘’";
/// The longest run kept whole as a word: a unit's full name.
pub const LONGEST_WORD: usize = 12;
/// The longest personal name kept whole in a list of people.
const NAME_LENGTH: usize = 4;
/// Characters that end a date, number or time, or count something (“36场”, “3600人次”), and
/// stay with the digits before them.
const DIGIT_SUFFIX: &str = "年月日号时分秒场次个项人家件份期名天元万亿岁所户%％";

fn no_start(token: &str) -> bool {
    token.chars().next().is_some_and(|c| NO_START.contains(c))
}

fn no_end(token: &str) -> bool {
    token.chars().last().is_some_and(|c| NO_END.contains(c))
}

fn is_punct(c: char) -> bool {
    NO_START.contains(c) || NO_END.contains(c) || c.is_whitespace() || c == '　'
}

/// How much of a paragraph the breaker keeps together beyond dates, numbers and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Only Latin words, numbers, dates and document numbers.
    #[default]
    Numbers,
    /// Also each run of up to four characters between punctuation: the names in a list of
    /// people (“彭淑敏（市平安建设事务服务中心）”), whose units may still wrap.
    Names,
    /// Also each run of characters between punctuation: names, units, posts in a table.
    Words,
}

/// How a paragraph is broken: what stays whole and how far punctuation may be squeezed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Breaking {
    pub keep: Keep,
    /// How much narrower each full-width mark may be set, in the measure's unit; 0 for none.
    pub squeeze: f32,
}

/// Where a token starting at `rest` ends: a Latin word or number (with a date or time's own
/// characters), or a single character.
fn number_token_len(rest: &str) -> usize {
    let mut len = 0;
    let mut chars = rest.char_indices().peekable();
    let word = |c: char| c.is_ascii_alphanumeric();
    let Some((_, first)) = chars.peek().copied() else {
        return 0;
    };
    if first == '〔' {
        // 〔2026〕1号 as one unit.
        let close = rest.find('〕');
        if let Some(close) = close {
            let inner = &rest[first.len_utf8()..close];
            if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
                let after = close + '〕'.len_utf8();
                let digits = rest[after..].chars().take_while(char::is_ascii_digit).count();
                let tail = &rest[after + digits..];
                if digits > 0 && tail.starts_with('号') {
                    return after + digits + '号'.len_utf8();
                }
                return after;
            }
        }
        return first.len_utf8();
    }
    if !word(first) {
        return first.len_utf8();
    }
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| word(n));
        let joins = word(c) || (matches!(c, '-' | '.' | '@' | '_' | ':') && next_is_word);
        let suffix = DIGIT_SUFFIX.contains(c) && rest[..i].ends_with(|d: char| d.is_ascii_digit());
        if !(joins || suffix) {
            return i;
        }
        len = i + c.len_utf8();
    }
    len
}

/// Breakable units of `text` at the `keep` level.
pub(super) fn tokens(text: &str, keep: Keep) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let len = match keep {
            Keep::Numbers => number_token_len(rest),
            Keep::Names | Keep::Words => with_doc_number(rest, word_len(rest)),
        };
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

/// A word followed by 〔2026〕1号 stays with it: 三健委〔2026〕1号 is one 文号 (GB/T 9704 §7.2.4).
fn with_doc_number(rest: &str, word: usize) -> usize {
    let after = &rest[word..];
    let number = if after.starts_with('〔') {
        number_token_len(after)
    } else {
        0
    };
    if word > 0 && !rest.starts_with(is_punct) && after[..number].ends_with('号') {
        word + number
    } else {
        word
    }
}

/// A run of characters up to the next punctuation, or one mark.
fn word_len(rest: &str) -> usize {
    let first = rest.chars().next().map_or(0, char::len_utf8);
    if rest.starts_with(is_punct) {
        return first;
    }
    rest.find(is_punct).unwrap_or(rest.len())
}

/// The next finer level, for a token too wide for a whole line.
fn finer(keep: Keep) -> Option<Keep> {
    match keep {
        Keep::Words | Keep::Names => Some(Keep::Numbers),
        Keep::Numbers => None,
    }
}

/// Tokens no wider than `width`: a wider one is cut at the next finer level, and a single
/// Latin word or date wider than a line into characters.
/// Each with its width.
fn fitting_tokens<'a>(text: &'a str, keep: Keep, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<(&'a str, f32)> {
    let mut out = Vec::new();
    for token in tokens(text, keep) {
        // A clause between two commas is not a word: only names and units stay whole.
        let longest = if keep == Keep::Names { NAME_LENGTH } else { LONGEST_WORD };
        let chars = token.chars().count();
        let word_like = keep == Keep::Numbers || chars <= longest;
        let w = if word_like || chars == 1 {
            measure(token)
        } else {
            f32::INFINITY
        };
        if w <= width + 0.001 || chars == 1 {
            out.push((token, w));
        } else if let Some(keep) = finer(keep) {
            out.extend(fitting_tokens(token, keep, width, measure));
        } else {
            out.extend(token.char_indices().map(|(i, c)| {
                let one = &token[i..i + c.len_utf8()];
                (one, measure(one))
            }));
        }
    }
    out
}

fn squeezable_marks(tokens: &[&str]) -> usize {
    tokens
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| SQUEEZABLE.contains(*c))
        .count()
}

/// Breaks one paragraph (no newlines) into lines no wider than `width`; `first_width` applies to
/// the first line (for a first-line indent). `measure` gives a token's width.
pub fn break_paragraph(text: &str, first_width: f32, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    break_with(text, first_width, width, measure, Breaking::default())
}

/// `break_paragraph` with a choice of what stays whole and how far marks may be squeezed; a
/// squeezed line is wider than the limit by at most `squeeze` per mark on it.
pub fn break_with(
    text: &str,
    first_width: f32,
    width: f32,
    measure: &dyn Fn(&str) -> f32,
    how: Breaking,
) -> Vec<String> {
    let (tokens, widths): (Vec<&str>, Vec<f32>) = fitting_tokens(text, how.keep, width, measure).into_iter().unzip();
    // `tail[n]` is the width of the tokens from `n` to the end.
    let mut tail = vec![0.0; tokens.len() + 1];
    for n in (0..tokens.len()).rev() {
        tail[n] = tail[n + 1] + widths[n];
    }
    let mut lines: Vec<Vec<&str>> = vec![Vec::new()];
    let mut used = 0.0;
    for (n, &token) in tokens.iter().enumerate() {
        let limit = if lines.len() == 1 { first_width } else { width };
        let w = widths[n];
        let current = lines.last_mut().expect("always one line");
        if used + w <= limit + 0.001 || current.is_empty() {
            current.push(token);
            used += w;
            continue;
        }
        // Squeeze a closing mark, or the paragraph's short tail, onto this line.
        let squeezed = |marks: usize| limit + how.squeeze * marks as f32 + 0.001;
        let marks = squeezable_marks(current);
        if how.squeeze > 0.0 && no_start(token) && used + w <= squeezed(marks + squeezable_marks(&[token])) {
            current.push(token);
            used += w;
            continue;
        }
        if how.squeeze > 0.0 && used + tail[n] <= squeezed(marks + squeezable_marks(&tokens[n..])) {
            current.extend_from_slice(&tokens[n..]);
            break;
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
    let last_width = if lines.len() == 1 { first_width } else { width };
    avoid_lone_last_character(&mut lines, last_width, measure);
    lines
        .into_iter()
        .map(|l| l.concat())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A last line of one character (with its marks) takes one more token from the line above, which
/// keeps enough to be justified, when the last line still fits `width` with it.
fn avoid_lone_last_character(lines: &mut [Vec<&str>], width: f32, measure: &dyn Fn(&str) -> f32) {
    let [.., above, last] = lines else { return };
    let letters = |l: &[&str]| l.iter().flat_map(|t| t.chars()).filter(|c| !is_punct(*c)).count();
    if letters(last) != 1 || above.len() < 3 {
        return;
    }
    let Some(&moved) = above.last() else { return };
    let remaining = &above[..above.len() - 1];
    let grown: f32 = measure(moved) + last.iter().map(|t| measure(t)).sum::<f32>();
    if no_start(moved) || remaining.last().is_some_and(|t| no_end(t)) || grown > width + 0.001 {
        return;
    }
    above.pop();
    last.insert(0, moved);
}

/// Breaks text with explicit newlines; an empty line stays as an empty line. Each line comes
/// with whether it ends its paragraph (a justified block leaves that one as set).
pub fn break_text(
    text: &str,
    first_width: f32,
    width: f32,
    measure: &dyn Fn(&str) -> f32,
    how: Breaking,
) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let first = if i == 0 { first_width } else { width };
        let lines = break_with(para, first, width, measure, how);
        let n = lines.len();
        if n == 0 {
            out.push((String::new(), true));
        }
        out.extend(lines.into_iter().enumerate().map(|(j, l)| (l, j + 1 == n)));
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

    fn brk_how(text: &str, width: f32, keep: Keep, squeeze: f32) -> Vec<String> {
        break_with(text, width, width, &units, Breaking { keep, squeeze })
    }

    #[test]
    fn fills_lines_to_the_width() {
        assert_eq!(brk("一二三四五六七八", 3.0), ["一二三", "四五六", "七八"]);
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
        let lines = brk("电话13800000000", 6.0);
        assert_eq!(lines, ["电话", "13800000000"]);
    }

    #[test]
    fn dates_document_numbers_and_times_stay_whole() {
        assert_eq!(brk("于是2026年11月22日前", 8.0), ["于是", "2026年11月22日前"]);
        assert_eq!(brk("文号平政办〔2026〕1号", 6.0), ["文号平政办", "〔2026〕1号"]);
        assert_eq!(brk("时间上午09:00", 4.0), ["时间上午", "09:00"]);
        assert_eq!(tokens("11月30日前", Keep::Numbers), ["11月30日", "前"]);
        // In a table cell the prefix stays with its number.
        assert_eq!(tokens("三健委函〔2026〕12号", Keep::Words), ["三健委函〔2026〕12号"]);
        assert_eq!(
            tokens("见三健委〔2026〕1号、", Keep::Words),
            ["见三健委〔2026〕1号", "、"]
        );
        assert_eq!(tokens("（〔2026〕", Keep::Words), ["（", "〔", "2026", "〕"]);
    }

    #[test]
    fn names_stay_whole_in_a_list_while_units_may_wrap() {
        let roll = "张小会（市科学技术服务中心）、李为民（市公安局）";
        let lines = brk_how(roll, 9.0, Keep::Names, 0.0);
        assert_eq!(lines.concat(), roll);
        for name in ["张小会", "李为民"] {
            assert!(lines.iter().any(|l| l.contains(name)), "{name} split: {lines:?}");
        }
        assert!(
            lines[0].chars().count() >= 8,
            "the unit wraps to fill the line: {lines:?}"
        );
        assert_eq!(tokens("活动36场，3600人次", Keep::Numbers)[2], "36场");
    }

    #[test]
    fn words_stay_whole_where_asked() {
        assert_eq!(
            brk_how("市重点项目服务中心", 6.0, Keep::Words, 0.0),
            ["市重点项目服", "务中心"]
        );
        assert_eq!(brk_how("办公室主任", 4.0, Keep::Numbers, 0.0), ["办公室", "主任"]);
        assert_eq!(
            brk_how("党组成员、办公室主任", 6.0, Keep::Words, 0.0),
            ["党组成员、", "办公室主任"]
        );
    }

    #[test]
    fn squeezing_keeps_a_closing_mark_and_a_short_tail_on_the_line() {
        assert_eq!(
            brk_how("一二、三四，六七", 5.0, Keep::Numbers, 0.5),
            ["一二、三四，", "六七"]
        );
        assert_eq!(brk_how("一二，三四。", 5.0, Keep::Numbers, 0.5), ["一二，三四。"]);
        assert_eq!(
            brk_how("一二三四五强。", 5.0, Keep::Numbers, 0.0),
            ["一二三四", "五强。"]
        );
    }

    #[test]
    fn a_lone_last_character_takes_one_from_the_line_above() {
        assert_eq!(brk("一二三四五六七", 6.0), ["一二三四五", "六七"]);
        // Only when the last line still fits with it: a date is too wide to move.
        let lines = brk("甲乙2026年1月5日到。”", 8.0);
        assert!(lines.iter().all(|l| units(l) <= 8.0), "{lines:?}");
    }

    #[test]
    fn no_text_is_lost() {
        let text = "推进委员会下设办公室于市卫健委，承担推进委员会的日常工作。（一）监测主体：各专项行动工作组负责具体组织实施；2023年8月18日。";
        for keep in [Keep::Numbers, Keep::Names, Keep::Words] {
            for width in [2.0, 3.0, 5.0, 7.5, 28.0] {
                let lines = brk_how(text, width, keep, 0.5);
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
    }

    #[test]
    fn first_line_may_be_narrower() {
        let lines = break_paragraph("一二三四五六", 2.0, 4.0, &units);
        assert_eq!(lines, ["一二", "三四五六"]);
    }

    #[test]
    fn newlines_force_breaks() {
        let lines = break_text("一二三\n\n四", 2.0, 2.0, &units, Breaking::default());
        let expected = [("一二", false), ("三", true), ("", true), ("四", true)];
        assert_eq!(lines, expected.map(|(l, last)| (l.to_owned(), last)));
    }
}

//! Quotation-mark spans: where verbatim material starts and ends.
//!
//! Design choice: one left-to-right scan per paragraph with a single "open quote" slot at the
//! top level. Marks inside an open quote of another family are nested quotes and stay part of
//! the content. Ambiguous marks (straight `"`, NYT-style `''`, straight `'`) are classified by
//! the characters around them. A quote still open at the end of a paragraph continues only if
//! the next paragraph reopens it (the multi-paragraph convention); otherwise it is closed at the
//! paragraph end, so a missing closing mark never swallows the rest of the article.

use std::ops::Range;

/// One quotation found by its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// From the opening mark to the closing mark inclusive (or the paragraph end if unclosed).
    pub outer: Range<usize>,
    /// The content between the marks, trimmed of surrounding whitespace.
    pub content: Range<usize>,
    /// Whether the quote was closed by a proper closing mark.
    pub closed: bool,
    /// Single quotation marks (headline style) rather than double.
    pub single: bool,
}

/// Which kind of mark opened the current quote; decides what may close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `“ … ”` (also `„ … “` and `« … »`).
    Curly,
    /// `" … "`.
    Straight,
    /// `'' … ''` as in the NYT archive.
    DoubleApostrophe,
    /// `‘ … ’` or `' … '`.
    Single,
}

/// A mark found in the text: its byte range and what it can do.
#[derive(Debug, Clone, Copy)]
struct Mark {
    range: (usize, usize),
    family: Family,
    can_open: bool,
    can_close: bool,
}

fn is_space_or_none(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn opens_context(prev: Option<char>) -> bool {
    prev.is_none_or(|c| c.is_whitespace() || "([{—–-/:;,".contains(c))
}

fn closes_context(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-…".contains(c))
}

/// Finds the marks of one paragraph (`text[range]`).
fn marks(text: &str, range: Range<usize>) -> Vec<Mark> {
    let para = &text[range.clone()];
    let mut out = Vec::new();
    let mut iter = para.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = iter.next() {
        let start = range.start + i;
        let next = iter.peek().map(|&(_, n)| n);
        let mark = match c {
            '“' => {
                Some((c.len_utf8(), Family::Curly, true, !is_space_or_none(prev) && closes_context(next)))
            }
            '”' => Some((
                c.len_utf8(),
                Family::Curly,
                is_space_or_none(prev) && !is_space_or_none(next) && prev.is_some(),
                true,
            )),
            '„' | '«' => Some((c.len_utf8(), Family::Curly, true, false)),
            '»' => Some((c.len_utf8(), Family::Curly, false, true)),
            '"' => Some((
                1,
                Family::Straight,
                opens_context(prev) && !is_space_or_none(next),
                !is_space_or_none(prev) || next.is_none(),
            )),
            '\'' if next == Some('\'') => {
                iter.next();
                let after = iter.peek().map(|&(_, n)| n);
                Some((
                    2,
                    Family::DoubleApostrophe,
                    opens_context(prev) && !is_space_or_none(after),
                    !is_space_or_none(prev) && closes_context(after),
                ))
            }
            '‘' => {
                Some((c.len_utf8(), Family::Single, opens_context(prev) && !is_space_or_none(next), false))
            }
            '’' | '\'' => {
                let letter_after = next.is_some_and(char::is_alphanumeric);
                let letter_before = prev.is_some_and(char::is_alphanumeric);
                let can_open = c == '\''
                    && opens_context(prev)
                    && next.is_some_and(|n| n.is_alphabetic() && n.is_uppercase());
                let can_close = !letter_after
                    && closes_context(next)
                    && (letter_before || prev.is_some_and(|p| ".,!?".contains(p)));
                if can_open || can_close {
                    Some((c.len_utf8(), Family::Single, can_open, can_close))
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some((len, family, can_open, can_close)) = mark {
            out.push(Mark { range: (start, start + len), family, can_open, can_close });
            prev = Some(if len == 2 { '\'' } else { c });
        } else {
            prev = Some(c);
        }
    }
    out
}

fn closes(open: Family, mark: &Mark) -> bool {
    mark.can_close
        && (mark.family == open
            || (open == Family::Straight && mark.family == Family::Curly)
            || (open == Family::Curly && mark.family == Family::Straight))
}

fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() { r.start..r.start } else { r.start + lead..r.end - trail }
}

/// The longest a single-quoted span may run: beyond this an "opening" apostrophe is more
/// likely an elision ('90s, 'em) than a headline quote.
const MAX_SINGLE: usize = 400;

/// Finds every quotation in `text`, given its paragraphs in order.
pub(crate) fn find_quotes(text: &str, paragraphs: &[Range<usize>]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    // An open quote carried over paragraphs: (family, outer start, content start).
    let mut carried: Option<(Family, usize, usize)> = None;
    for (p, para) in paragraphs.iter().enumerate() {
        let ms = marks(text, para.clone());
        let mut open: Option<(Family, usize, usize)> = None;
        let mut k = 0;
        if let Some(c) = carried.take() {
            // The paragraph reopens the carried quote with its first mark.
            if let Some(m) = ms.first().filter(|m| m.can_open && m.range.0 == para.start) {
                open = Some((c.0, c.1, c.2));
                k = 1;
                let _ = m;
            }
        }
        while k < ms.len() {
            let m = ms[k];
            k += 1;
            match open {
                None => {
                    if m.can_open {
                        open = Some((m.family, m.range.0, m.range.1));
                    }
                }
                Some((fam, outer_start, content_start)) => {
                    if closes(fam, &m) && m.range.0 > content_start {
                        let content = trimmed(text, content_start..m.range.0);
                        let too_long = fam == Family::Single && m.range.1 - outer_start > MAX_SINGLE;
                        if !content.is_empty() && !too_long {
                            out.push(QuoteSpan {
                                outer: outer_start..m.range.1,
                                content,
                                closed: true,
                                single: fam == Family::Single,
                            });
                        }
                        open = None;
                    }
                }
            }
        }
        if let Some((fam, outer_start, content_start)) = open {
            if fam == Family::Single {
                continue;
            }
            let next_reopens = paragraphs.get(p + 1).is_some_and(|np| {
                let first = text[np.clone()].chars().next();
                matches!((fam, first), (Family::Curly, Some('“' | '„' | '«')) | (Family::Straight, Some('"')))
                    || (fam == Family::DoubleApostrophe && text[np.clone()].starts_with("''"))
            });
            if next_reopens {
                carried = Some((fam, outer_start, content_start));
            } else {
                let content = trimmed(text, content_start..para.end);
                if !content.is_empty() {
                    out.push(QuoteSpan {
                        outer: outer_start..para.end,
                        content,
                        closed: false,
                        single: false,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::paragraphs;

    /// (construction, input, expected contents)
    const CASES: &[(&str, &str, &[&str])] = &[
        ("straight double", r#"He said "we will win," loudly."#, &["we will win,"]),
        ("curly double", "“We expect a deal,” the source said.", &["We expect a deal,"]),
        ("guillemets", "Il a dit « nous gagnerons » hier.", &["nous gagnerons"]),
        ("german marks", "Er sagte „wir gewinnen“ gestern.", &["wir gewinnen"]),
        ("single quotes in a headline", "Trump: 'I will build the wall'", &["I will build the wall"]),
        ("nyt double apostrophes", "''That wasn't a good way,'' he said.", &["That wasn't a good way,"]),
        ("nested quotes", "“He told me ‘no way’ twice,” she said.", &["He told me ‘no way’ twice,"]),
        ("apostrophes are not quotes", "Clinton's aides didn't say.", &[]),
        ("multi-paragraph", "“First part.\n\n“Second part,” he said.", &["First part.\n\n“Second part,"]),
        ("unbalanced", "“Never closed here.\n\nNext paragraph is narrative.", &["Never closed here."]),
    ];

    #[test]
    fn quotation_marks_of_every_style() {
        for (name, input, expected) in CASES {
            let paras = paragraphs(input);
            let got: Vec<&str> =
                find_quotes(input, &paras).iter().map(|q| &input[q.content.clone()]).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}

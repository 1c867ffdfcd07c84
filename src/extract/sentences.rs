//! Paragraphs, sentences and word tokens, all as byte ranges into the original text.
//!
//! Design choice: sentence boundaries are computed *after* quotation spans are known, and a
//! boundary inside a quotation is ignored. A three-sentence quote followed by "…, he said." is
//! then one sentence, so the attribution that follows it is found next to it.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

use regex::Regex;

use super::quotes::QuoteSpan;

/// Sentence-final punctuation, optionally followed by closing marks, then whitespace.
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
        (?P<end> [.!?…]+ ["”’'»)\]]* )   # terminal punctuation and closing marks
        [\ \t\u{a0}\u{2000}-\u{200a}\u{202f}]+  # the space after it (no-break and narrow too)
        (?P<next> (?:''|["“‘'«(\[])? [\p{Lu}\p{N}] )  # next sentence: capital or digit, maybe
                                                    # quoted (NYT archives quote with '')
        "#,
    )
    .expect("BOUNDARY is a valid pattern")
});

/// The spaces `BOUNDARY` accepts after a sentence: a no-break space is common in web copy.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}')
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr",
    "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
    "u.s", "u.n", "a.m", "p.m", "rev", "ft", "mt", "adm", "gens", "reps", "sens", "d.c", "u.k", "e.g", "i.e",
    "etc", "pres", "gov't", "calif", "fla", "mass", "n.y", "wash", "ariz", "ill", "mich", "penn", "va", "ky",
    "tenn", "ga", "ala", "la", "nev", "wis", "minn", "colo", "conn", "md", "mo", "n.j", "n.h", "s.c", "n.c",
    "okla", "ore", "del",
];

/// Whether the period after `word` (as written, without the period) belongs to an abbreviation
/// or an initial rather than ending a sentence: "Ms", "U.S", "J".
pub(crate) fn abbreviation(word: &str) -> bool {
    let lw = word.to_lowercase();
    ABBREVIATIONS.contains(&lw.as_str())
        || lw.chars().count() == 1 && word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `s` holds a period that ends a sentence, not one closing an abbreviation ("Ms.") or
/// an initial.
pub(crate) fn has_full_stop(s: &str) -> bool {
    s.match_indices('.').any(|(i, _)| {
        let word =
            s[..i].rsplit(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'').next().unwrap_or("");
        !abbreviation(word.trim_end_matches('.'))
    })
}

/// Non-empty lines of `text`, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        if !body.is_empty() {
            out.push(start + lead..start + lead + body.len());
        }
        start = end;
    }
    out
}

/// Sentences of `text`: paragraph breaks and terminal punctuation split, except inside a quote.
pub(crate) fn sentences(text: &str, paragraphs: &[Range<usize>], quotes: &[QuoteSpan]) -> Vec<Range<usize>> {
    let inside = |pos: usize| quotes.iter().any(|q| q.outer.start < pos && pos < q.outer.end);
    let mut cuts: Vec<usize> = Vec::new();
    for para in paragraphs {
        let chunk = &text[para.clone()];
        for m in BOUNDARY.find_iter(chunk) {
            // Split the match into its `end` and `next` parts without a capture search.
            let t = m.as_str();
            let end_len = t.find(is_space).unwrap_or(t.len());
            let next_len = t[end_len..].trim_start_matches(is_space).len();
            let end = m.start()..m.start() + end_len;
            let next = m.end() - next_len..m.end();
            let before = &chunk[..end.start];
            let last_word = before
                .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
                .next()
                .unwrap_or("");
            if chunk[end.clone()].starts_with('.')
                && chunk[end.clone()].len() == 1
                && abbreviation(last_word.trim_end_matches('.'))
                // "No. 1" abbreviates; "shaking his head no." ends a sentence.
                && (!last_word.eq_ignore_ascii_case("no")
                    || chunk[next.clone()]
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            // "J.J. MacNab", "F.A.A. records": an initialism runs on into a name or noun, but
            // "… in the U.S. The next day" ends a sentence before a sentence-opening word.
            let initialism = last_word
                .trim_end_matches('.')
                .split('.')
                .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_uppercase))
                && last_word.trim_end_matches('.').contains('.');
            let next_word: String = chunk[next.clone()]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            const OPENERS: &[&str] = &[
                "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "but", "and", "this", "that",
                "there", "his", "her", "their", "its", "on", "at", "for", "as", "if", "when", "while",
                "after", "so", "yet", "still", "those", "these", "some", "many", "most", "one", "what",
                "who",
            ];
            if initialism && chunk[end.clone()] == *"." && !OPENERS.contains(&next_word.as_str()) {
                continue;
            }
            let cut = para.start + next.start;
            if !inside(cut) && !inside(para.start + end.end) {
                cuts.push(cut);
            }
        }
    }
    // A paragraph inside a multi-paragraph quote joins the block before it.
    let mut blocks: Vec<Range<usize>> = Vec::new();
    for para in paragraphs {
        match blocks.last_mut() {
            Some(last) if inside(para.start) => last.end = para.end,
            _ => blocks.push(para.clone()),
        }
    }
    let mut out = Vec::new();
    for block in blocks {
        let mut start = block.start;
        for &c in cuts.iter().filter(|&&c| c > block.start && c < block.end) {
            out.push(trim(text, start..c));
            start = c;
        }
        out.push(trim(text, start..block.end));
    }
    out.retain(|s| !s.is_empty());
    out
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    r.start + lead..r.start + lead + body.len()
}

/// Where to start looking back from `at` for its last few words: `lo`, or at most about
/// `bytes` before `at`, moved forward to a word boundary. Scans that only need the words next to
/// a cue use it to stay linear in long sentences.
pub(crate) fn near(text: &str, lo: usize, at: usize, bytes: usize) -> usize {
    if at <= lo + bytes {
        return lo;
    }
    let mut from = at - bytes;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // Do not start inside a word: skip to the next whitespace.
    match text[from..at].find(char::is_whitespace) {
        Some(k) => from + k,
        None => from,
    }
}

/// Word tokens of `text[range]` as absolute byte ranges.
///
/// A hand-written scanner for `[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*`: the rules call it
/// on many small ranges, where a regex search costs more than the scan itself. Inside
/// [`extract`](super::extract) the article is scanned once and the words of a range are read
/// from that index (see [`WordIndex`]).
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    match indexed(text, &range) {
        Some((words, span)) => words[span].to_vec(),
        None => word_iter(text, range).collect(),
    }
}

/// The words of `text[range]` one at a time, for a rule that needs only the first few or a
/// count: no allocation, and the scan stops where the caller stops.
pub(crate) fn word_iter(text: &str, range: Range<usize>) -> WordIter<'_> {
    let indexed = indexed(text, &range);
    WordIter { base: range.start, s: &text[range], pos: 0, indexed }
}

thread_local! {
    /// The words of the article being extracted on this thread, scanned once by
    /// [`WordIndex::build`]: the rules ask for the words of many overlapping ranges, and a
    /// range that starts and ends between words has the same words as the whole text there.
    static ARTICLE_WORDS: RefCell<ArticleWords> = const {
        RefCell::new(ArticleWords { text: std::ptr::null(), len: 0, words: None })
    };
}

/// The word tokens of one text, known by its address and length.
struct ArticleWords {
    text: *const u8,
    len: usize,
    words: Option<Rc<[Range<usize>]>>,
}

/// The indexed words of `text[range]`: all of the article's words and the positions of those in
/// `range`. `None` when no index holds `text` or `range` cuts a word, where the cut word scans
/// differently ("U.S" cut after "U." is "U").
fn indexed(text: &str, range: &Range<usize>) -> Option<Indexed> {
    ARTICLE_WORDS.with_borrow(|index| {
        let words =
            index.words.as_ref().filter(|_| index.text == text.as_ptr() && index.len == text.len())?;
        if range.start > range.end {
            return None;
        }
        let first = words.partition_point(|w| w.end <= range.start);
        let last = words.partition_point(|w| w.start < range.end).max(first);
        let cut = words.get(first).is_some_and(|w| w.start < range.start)
            || (last > first && words[last - 1].end > range.end);
        (!cut).then(|| (Rc::clone(words), first..last))
    })
}

/// Keeps `text`'s words indexed for [`words`] and [`word_iter`] on this thread until dropped;
/// `extract` holds one for the article it works on. The index is cleared on drop, so a later
/// text that happens to reuse the address is never read through a stale index.
pub(crate) struct WordIndex(());

impl WordIndex {
    pub(crate) fn build(text: &str) -> WordIndex {
        let scanned: Rc<[Range<usize>]> = word_iter(text, 0..text.len()).collect();
        ARTICLE_WORDS.with_borrow_mut(|index| {
            *index = ArticleWords { text: text.as_ptr(), len: text.len(), words: Some(scanned) };
        });
        WordIndex(())
    }
}

impl Drop for WordIndex {
    fn drop(&mut self) {
        ARTICLE_WORDS.with_borrow_mut(|index| {
            *index = ArticleWords { text: std::ptr::null(), len: 0, words: None };
        });
    }
}

/// The iterator of [`word_iter`]: the indexed words when there are any, else a byte scan with
/// an ASCII fast path, since nearly every character of news text is ASCII.
pub(crate) struct WordIter<'a> {
    base: usize,
    s: &'a str,
    pos: usize,
    indexed: Option<Indexed>,
}

/// All of an article's words and the positions of those in one range.
type Indexed = (Rc<[Range<usize>]>, Range<usize>);

impl WordIter<'_> {
    /// The character at byte `i` and its length, and whether it is alphanumeric.
    #[inline(always)]
    fn at(&self, i: usize) -> Option<(char, usize, bool)> {
        let b = *self.s.as_bytes().get(i)?;
        if b < 0x80 {
            return Some((b as char, 1, b.is_ascii_alphanumeric()));
        }
        let c = self.s[i..].chars().next()?;
        Some((c, c.len_utf8(), c.is_alphanumeric()))
    }
}

impl Iterator for WordIter<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        if let Some((words, at)) = &mut self.indexed {
            return at.next().map(|i| words[i].clone());
        }
        let mut start: Option<usize> = None;
        let mut end = 0;
        while let Some((c, len, alnum)) = self.at(self.pos) {
            let i = self.pos;
            self.pos += len;
            if alnum {
                start.get_or_insert(i);
                end = i + len;
                continue;
            }
            // A joiner inside a word ("Ministry’s", "al-Nusra", "U.S", "250,000").
            let joiner = start.is_some()
                && end == i
                && match c {
                    '\'' | '’' | '.' | '-' | '&' => self.at(self.pos).is_some_and(|(_, _, a)| a),
                    ',' => {
                        self.s.as_bytes()[i - 1].is_ascii_digit()
                            && self.s.as_bytes().get(self.pos).is_some_and(u8::is_ascii_digit)
                    }
                    _ => false,
                };
            if !joiner && let Some(st) = start {
                return Some(self.base + st..self.base + end);
            }
        }
        start.map(|st| self.base + st..self.base + end)
    }
}

/// Whether `text[range]` has at least `n` words (stops counting at `n`).
pub(crate) fn has_words(text: &str, range: Range<usize>, n: usize) -> bool {
    n == 0 || word_iter(text, range).nth(n - 1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::find_quotes;

    /// The index answers exactly as a scan of the range would, for every range: those that
    /// cut a word ("U.S" cut to "U.", "250,000" to "250,") included. A copy of the text is not
    /// the indexed text, so it is scanned.
    #[test]
    fn indexed_words_are_the_scanned_words() {
        let text = "The U.S. envoy, al-Nusra’s foe, said 250,000 fled — “Ministry’s” A&P 3.5% é-tude.";
        let copy = text.to_owned();
        let _index = WordIndex::build(text);
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start) {
                let scanned = words(&copy, start..end);
                assert_eq!(words(text, start..end), scanned, "words of {:?}", &text[start..end]);
                assert!(word_iter(text, start..end).eq(scanned), "word_iter of {:?}", &text[start..end]);
            }
        }
    }

    /// Once the index is dropped, nothing is read from it, even for the same text.
    #[test]
    fn a_dropped_index_is_never_read() {
        let text = "one two three";
        drop(WordIndex::build(text));
        assert!(indexed(text, &(0..text.len())).is_none());
        assert_eq!(words(text, 0..text.len()).len(), 3);
    }

    /// `is_space` splits `BOUNDARY`'s matches, so the two must agree on every character.
    #[test]
    fn is_space_is_the_boundary_space_class() {
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let t = format!("He left.{c}She stayed.");
            assert_eq!(BOUNDARY.is_match(&t), is_space(c), "{:?}", c);
        }
    }

    /// (construction, input, expected sentences)
    const CASES: &[(&str, &str, &[&str])] = &[
        ("two sentences", "He left. She stayed.", &["He left.", "She stayed."]),
        ("abbreviation", "Sen. Ted Cruz spoke. Then he left.", &["Sen. Ted Cruz spoke.", "Then he left."]),
        ("quote keeps its sentences", "“One. Two,” he said. Next.", &["“One. Two,” he said.", "Next."]),
        ("paragraphs", "Title line\n\nBody here.", &["Title line", "Body here."]),
    ];

    #[test]
    fn sentences_split_outside_quotes() {
        for (name, input, expected) in CASES {
            let paras = paragraphs(input);
            let quotes = find_quotes(input, &paras);
            let got: Vec<&str> = sentences(input, &paras, &quotes).into_iter().map(|r| &input[r]).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn patterns_compile() {
        LazyLock::force(&BOUNDARY);
        let text = "ab, Ministry’s al-Nusra U.S. x";
        let got: Vec<&str> = words(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["ab", "Ministry’s", "al-Nusra", "U.S", "x"]);
    }
}

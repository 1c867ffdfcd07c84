//! Quote verification: how closely a claimed wording matches a stored quote.
//!
//! Pure code, no database: the API fetches candidate quotes with full-text search and scores
//! each here. Key design choice: a **local word alignment** (Smith-Waterman over lower-cased
//! words, punctuation ignored) rather than a global similarity. Fact-checkers meet claims that
//! are a *shortened* piece of a longer quote, sometimes with a word changed; a global measure
//! would punish the shortening, the local alignment finds the region of the quote the claim
//! corresponds to and judges only that region. Words of the quote outside the region are simply
//! not quoted; words inside it that the claim lacks are `missing`, words of the claim the quote
//! lacks are `extra`.

/// How a claim relates to a quote's wording (the speaker is judged by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextVerdict {
    /// The claim is the quote or a contiguous part of it, word for word.
    Exact,
    /// Nearly the same words in the same order (a word or two changed, added or dropped).
    Close,
    /// A substantial share of the words in order, but noticeably reworded.
    Paraphrase,
}

/// The comparison of a claim with one quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// 0..1: 1 when the claim is word for word a contiguous part of the quote.
    pub similarity: f64,
    /// `None` when the texts are not similar enough to count as a match.
    pub verdict: Option<TextVerdict>,
    /// Words of the quote, inside the matched region, that the claim lacks or changed.
    pub missing_words: Vec<String>,
    /// Words of the claim that the quote lacks (changed or added words).
    pub extra_words: Vec<String>,
    /// How many claim words were found in order.
    pub matched_words: usize,
    /// Whether the claim covers only part of the quote.
    pub partial: bool,
}

/// Similarity at or above which a reworded claim is still `Close`.
pub const CLOSE_AT: f64 = 0.75;
/// Similarity at or above which a claim is a `Paraphrase` (below: no match).
pub const PARAPHRASE_AT: f64 = 0.45;
/// Fewest words a claim must share, in order, with a quote to match it at all: one or two
/// common words ("the place") say nothing about who said what.
pub const MIN_MATCHED: usize = 3;

/// Lower-cased words (runs of letters, digits and inner apostrophes) of `text`; quotation
/// marks, punctuation and case do not matter.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
        let w = raw.trim_matches(|c: char| c == '\'' || c == '\u{2019}');
        if !w.is_empty() {
            out.push(w.replace('\u{2019}', "'").to_lowercase());
        }
    }
    out
}

/// Common English function words: left out of the full-text candidate search (they match
/// everything) but kept for the alignment itself.
pub fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "him",
        "his", "i", "if", "in", "into", "is", "it", "its", "it's", "me", "more", "my", "no", "not", "of",
        "on", "or", "our", "out", "she", "so", "some", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "up", "us", "very", "was", "we", "were", "what",
        "when", "where", "which", "who", "will", "with", "would", "you", "your",
    ];
    STOP.contains(&word)
}

/// The content words of a claim, joined by spaces: the text of the candidate search.
pub fn search_terms(claim: &str) -> String {
    let all = words(claim);
    let content: Vec<&str> = all.iter().map(String::as_str).filter(|w| !is_stop_word(w)).collect();
    if content.is_empty() { all.join(" ") } else { content.join(" ") }
}

/// The full-text queries that retrieve candidate quotes for a claim: windows of three of its
/// content words, longest (usually rarest) first. Each query asks for quotes holding all three
/// words, which is selective and stops early; a changed or missing word only breaks the windows
/// that contain it, so a lightly altered claim still finds its quote through another window.
pub fn candidate_queries(claim: &str) -> Vec<String> {
    let mut content: Vec<String> = Vec::new();
    for w in words(claim) {
        if !is_stop_word(&w) && !content.contains(&w) {
            content.push(w);
        }
    }
    if content.is_empty() {
        return Vec::new();
    }
    // Longest first; the sort is stable, so equal lengths keep the claim's order.
    content.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    content.truncate(8);
    if content.len() <= 3 {
        return vec![content.join(" ")];
    }
    content.windows(3).take(4).map(|w| w.join(" ")).collect()
}

const MATCH: i32 = 2;
const MISMATCH: i32 = -1;
const GAP: i32 = -1;

/// Aligns `claim` with `quote` and judges the match.
pub fn align(claim: &str, quote: &str) -> Alignment {
    align_words(&words(claim), &words(quote))
}

/// [`align`] on already tokenised words.
pub fn align_words(claim: &[String], quote: &[String]) -> Alignment {
    let (n, m) = (claim.len(), quote.len());
    let none = || Alignment {
        similarity: 0.0,
        verdict: None,
        missing_words: Vec::new(),
        extra_words: claim.to_vec(),
        matched_words: 0,
        partial: false,
    };
    if n == 0 || m == 0 {
        return none();
    }
    // Smith-Waterman: score[i][j] = best local alignment ending at claim[i-1], quote[j-1].
    let width = m + 1;
    let mut score = vec![0i32; (n + 1) * width];
    let (mut best, mut best_at) = (0, (0, 0));
    for i in 1..=n {
        for j in 1..=m {
            let diagonal =
                score[(i - 1) * width + j - 1] + if claim[i - 1] == quote[j - 1] { MATCH } else { MISMATCH };
            let up = score[(i - 1) * width + j] + GAP;
            let left = score[i * width + j - 1] + GAP;
            let s = diagonal.max(up).max(left).max(0);
            score[i * width + j] = s;
            if s > best {
                best = s;
                best_at = (i, j);
            }
        }
    }
    if best == 0 {
        return none();
    }
    // Trace back, collecting matched, missing (quote side) and extra (claim side) words.
    let (mut i, mut j) = best_at;
    let (mut matched, mut missing, mut extra) = (0usize, Vec::new(), Vec::new());
    while i > 0 && j > 0 && score[i * width + j] > 0 {
        let s = score[i * width + j];
        let same = claim[i - 1] == quote[j - 1];
        if s == score[(i - 1) * width + j - 1] + if same { MATCH } else { MISMATCH } {
            if same {
                matched += 1;
            } else {
                extra.push(claim[i - 1].clone());
                missing.push(quote[j - 1].clone());
            }
            i -= 1;
            j -= 1;
        } else if s == score[(i - 1) * width + j] + GAP {
            extra.push(claim[i - 1].clone());
            i -= 1;
        } else {
            missing.push(quote[j - 1].clone());
            j -= 1;
        }
    }
    let (claim_start, quote_start) = (i, j);
    let (claim_end, quote_end) = best_at;
    // Claim words before and after the aligned region are extra too.
    extra.extend(claim[..claim_start].iter().cloned());
    extra.extend(claim[claim_end..].iter().cloned());
    missing.reverse();
    extra.reverse();
    let region = quote_end - quote_start;
    let similarity = (2 * matched) as f64 / (n + region) as f64;
    let verdict = if matched < MIN_MATCHED {
        None
    } else if missing.is_empty() && extra.is_empty() {
        Some(TextVerdict::Exact)
    } else if similarity >= CLOSE_AT {
        Some(TextVerdict::Close)
    } else if similarity >= PARAPHRASE_AT {
        Some(TextVerdict::Paraphrase)
    } else {
        None
    };
    Alignment {
        similarity,
        verdict,
        missing_words: missing,
        extra_words: extra,
        matched_words: matched,
        partial: region < m,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EGELAND: &str = "The war cannot be allowed to go to Idlib. Idlib is a very special place, it is the place where people fled";

    #[test]
    fn the_whole_quote_is_exact() {
        let a = align(EGELAND, EGELAND);
        assert_eq!(a.verdict, Some(TextVerdict::Exact));
        assert_eq!(a.similarity, 1.0);
        assert!(!a.partial);
    }

    #[test]
    fn punctuation_and_case_do_not_matter() {
        let a = align(
            "the war CANNOT be allowed to go to idlib; idlib is a very special place - it is the place where people fled!",
            EGELAND,
        );
        assert_eq!(a.verdict, Some(TextVerdict::Exact));
    }

    #[test]
    fn a_contiguous_part_is_exact_and_partial() {
        let a = align("Idlib is a very special place", EGELAND);
        assert_eq!(a.verdict, Some(TextVerdict::Exact));
        assert!(a.partial);
        assert_eq!(a.similarity, 1.0);
    }

    #[test]
    fn a_shortened_claim_with_one_word_changed_is_close() {
        let a = align("The war cannot be permitted to go to Idlib. Idlib is a very special place", EGELAND);
        assert_eq!(a.verdict, Some(TextVerdict::Close), "{a:?}");
        assert_eq!(a.missing_words, ["allowed"]);
        assert_eq!(a.extra_words, ["permitted"]);
        assert!(a.similarity > 0.9 && a.similarity < 1.0, "{}", a.similarity);
    }

    #[test]
    fn a_dropped_word_is_close() {
        let a = align("The war cannot be allowed to go to Idlib. Idlib is a special place", EGELAND);
        assert_eq!(a.verdict, Some(TextVerdict::Close));
        assert_eq!(a.missing_words, ["very"]);
        assert!(a.extra_words.is_empty());
    }

    #[test]
    fn a_loose_rewording_is_a_paraphrase() {
        let a = align(
            "Egeland said war must not be allowed to reach Idlib, a special place where people fled",
            EGELAND,
        );
        assert_eq!(a.verdict, Some(TextVerdict::Paraphrase), "{a:?}");
    }

    #[test]
    fn unrelated_text_is_no_match() {
        let cases =
            ["The central bank raised interest rates by half a point on Tuesday", "Idlib", "the place", ""];
        for claim in cases {
            assert_eq!(align(claim, EGELAND).verdict, None, "{claim:?}");
        }
    }

    #[test]
    fn curly_apostrophes_match_straight_ones() {
        assert_eq!(words("Turkey\u{2019}s ambassadors' 'talks'"), ["turkey's", "ambassadors", "talks"]);
    }

    #[test]
    fn search_terms_drop_stop_words() {
        assert_eq!(search_terms("The war cannot be allowed to go to Idlib"), "war cannot allowed go idlib");
        assert_eq!(search_terms("to be or not"), "to be or not");
    }

    #[test]
    fn candidate_queries_are_windows_of_the_longest_content_words() {
        let queries =
            candidate_queries("The war cannot be allowed to go to Idlib. Idlib is a very special place");
        assert_eq!(queries[0].split(' ').count(), 3);
        assert!(queries.len() > 1 && queries.len() <= 4, "{queries:?}");
        assert!(queries[0].contains("allowed") && queries[0].contains("special"), "{queries:?}");
        // A changed word breaks only the windows that hold it.
        let changed =
            candidate_queries("The war cannot be permitted to go to Idlib. Idlib is a very special place");
        assert!(changed.iter().any(|q| !q.contains("permitted")), "{changed:?}");
        assert_eq!(candidate_queries("war Idlib"), ["idlib war"]);
        assert!(candidate_queries("the and of").is_empty());
    }
}

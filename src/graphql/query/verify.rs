//! `verifyQuote(...)`: the fact-check lookup.
//!
//! Key design choice: retrieval and judgement are separate. Full-text search (any of the claim's
//! content words, best-ranked 50, the store's own search) finds candidates cheaply; the pure
//! scorer in [`crate::verify`] aligns the claim with each candidate word by word and gives the
//! verdict. The speaker is judged last, so the same words said by someone else come back as
//! DIFFERENT_SPEAKER instead of disappearing.

use async_graphql::{Context, Enum, Object, SimpleObject};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::db;
use crate::graphql::types::{Date, Quote};
use crate::store::query::{quotes_by_ids, search_all_words, search_any, speaker_ids_by_name};
use crate::verify::{self, TextVerdict};

/// Candidates scored per verification.
const CANDIDATES: u64 = 50;
/// Longest claim accepted, in characters.
const MAX_CLAIM: usize = 5_000;

/// The verdict of a claimed quote against one stored quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum Verdict {
    /// Word for word the stored quote or a contiguous part of it (case and punctuation aside).
    Exact,
    /// Nearly the same words in the same order: a word or two changed, added or dropped.
    Close,
    /// The same statement noticeably reworded.
    Paraphrase,
    /// The words match (see `textVerdict`) but the stored quote is by someone other than the
    /// claimed `speaker`.
    DifferentSpeaker,
}

/// How closely the words match, regardless of the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum TextMatch {
    /// Word for word.
    Exact,
    /// A word or two differ.
    Close,
    /// Reworded.
    Paraphrase,
}

impl From<TextVerdict> for TextMatch {
    fn from(v: TextVerdict) -> Self {
        match v {
            TextVerdict::Exact => TextMatch::Exact,
            TextVerdict::Close => TextMatch::Close,
            TextVerdict::Paraphrase => TextMatch::Paraphrase,
        }
    }
}

/// A stored quote that matches a claimed wording.
#[derive(SimpleObject)]
pub struct QuoteMatch {
    /// The verdict, speaker included.
    pub verdict: Verdict,
    /// The verdict on the words alone.
    pub text_verdict: TextMatch,
    /// 0..1; 1 when the claim is word for word (part of) the stored quote.
    pub similarity: f64,
    /// Words of the stored quote, within the part the claim covers, that the claim lacks or
    /// changed.
    pub missing_words: Vec<String>,
    /// Words of the claim that the stored quote does not have (changed or added).
    pub extra_words: Vec<String>,
    /// Whether the claim covers only part of the stored quote (a shortened quote).
    pub partial: bool,
    /// Whether the stored quote is by the claimed `speaker`; null when no speaker was given.
    pub speaker_matches: Option<bool>,
    /// The stored quote, with its speaker, date and article.
    pub quote: Quote,
}

/// Verification queries.
#[derive(Default)]
pub struct VerifyQuery;

#[Object]
impl VerifyQuery {
    /// Checks a claimed quotation against the stored quotes: finds the quotes with the same or
    /// similar wording, even when the claim is shortened, lightly altered or re-punctuated, and
    /// says how they differ. Optionally checks who said it and when (`saidFrom`/`saidTo`).
    /// Best matches first (those by the claimed speaker before others); an empty list means
    /// nothing similar is stored.
    async fn verify_quote(
        &self,
        ctx: &Context<'_>,
        text: String,
        speaker: Option<String>,
        said_from: Option<Date>,
        said_to: Option<Date>,
        #[graphql(default = 5)] limit: i32,
    ) -> ApiResult<Vec<QuoteMatch>> {
        if !(1..=20).contains(&limit) {
            return Err(ApiError::BadInput(format!("`limit` must be between 1 and 20, got {limit}")));
        }
        if text.chars().count() > MAX_CLAIM {
            return Err(ApiError::BadInput(format!("`text` is longer than {MAX_CLAIM} characters")));
        }
        let db = db(ctx);
        let claim = verify::words(&text);
        if claim.is_empty() {
            return Ok(Vec::new());
        }
        let mut ids: Vec<i64> = Vec::new();
        for query in verify::candidate_queries(&text) {
            for id in search_all_words(db, &query, CANDIDATES).await? {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.is_empty() {
            // Reworded beyond every window: fall back to the best-ranked quotes holding any word.
            ids = search_any(db, &verify::search_terms(&text), CANDIDATES).await?;
        }
        let candidates = quotes_by_ids(db, &ids).await?;
        let speaker_ids = match speaker.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(name) => Some(speaker_ids_by_name(db, name).await?),
            None => None,
        };
        let mut matches: Vec<QuoteMatch> = candidates
            .into_iter()
            .filter(|q| said_from.is_none_or(|d| q.said_sort.is_some_and(|s| s >= d.0)))
            .filter(|q| said_to.is_none_or(|d| q.said_sort.is_some_and(|s| s <= d.0)))
            .filter_map(|q| {
                let alignment = verify::align_words(&claim, &verify::words(&q.text));
                let text_verdict = alignment.verdict?;
                let speaker_matches =
                    speaker_ids.as_ref().map(|ids| q.speaker_id.is_some_and(|id| ids.contains(&id)));
                let verdict = match (speaker_matches, text_verdict) {
                    (Some(false), _) => Verdict::DifferentSpeaker,
                    (_, TextVerdict::Exact) => Verdict::Exact,
                    (_, TextVerdict::Close) => Verdict::Close,
                    (_, TextVerdict::Paraphrase) => Verdict::Paraphrase,
                };
                Some(QuoteMatch {
                    verdict,
                    text_verdict: text_verdict.into(),
                    similarity: (alignment.similarity * 1000.0).round() / 1000.0,
                    missing_words: alignment.missing_words,
                    extra_words: alignment.extra_words,
                    partial: alignment.partial,
                    speaker_matches,
                    quote: Quote(q),
                })
            })
            .collect();
        matches.sort_by(|a, b| {
            b.speaker_matches
                .unwrap_or(true)
                .cmp(&a.speaker_matches.unwrap_or(true))
                .then(b.similarity.total_cmp(&a.similarity))
                .then(b.quote.0.said_sort.cmp(&a.quote.0.said_sort))
                .then(a.quote.0.id.cmp(&b.quote.0.id))
        });
        matches.truncate(limit as usize);
        Ok(matches)
    }
}

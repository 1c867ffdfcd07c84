//! The extraction engine: article text in, quotations tied to speakers out.
//!
//! This module is pure: no database, no I/O, no async, no printing. It depends on `regex`,
//! `serde` and `chrono` only, so everything else (ingest, the GraphQL API, the `extract`
//! command, benchmarks) calls it the same way. Every offset is a byte range into the
//! *original* text handed to [`extract`]; derived strings are always `&text[span]`.
#![warn(missing_docs)]

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Bumped whenever a change to the engine changes what it extracts; stored with each article so
/// `quotegraph reextract` knows which articles are stale.
pub const EXTRACTOR_VERSION: i32 = 1;

/// A byte range into the original article text.
pub type Span = Range<usize>;

/// What the engine reads: the article body and, when known, its publication date (used to
/// resolve "Thursday" or "yesterday" to a calendar date).
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// The full article text; every span in the result points into it.
    pub text: &'a str,
    /// The publication date, if known.
    pub published: Option<NaiveDate>,
}

/// Everything found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Quotations in article order.
    pub quotes: Vec<Quote>,
    /// Speakers referred to by [`Quote::speaker`], each once per article.
    pub speakers: Vec<Speaker>,
}

/// How a quotation reproduces what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Reported speech or paraphrase without quotation marks.
    Indirect,
    /// A paraphrase with a verbatim fragment in quotation marks.
    Mixed,
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Maria Zakharova").
    Person,
    /// An unnamed source ("a Russian source", "diplomats").
    Anonymous,
    /// An organisation ("the UN", "the ministry").
    Organization,
    /// A group of people ("Republicans", "residents").
    Group,
    /// A document or other non-person source ("the leaflets", "a statement").
    Document,
}

/// How precisely [`SaidOn::date`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// The exact day.
    Day,
    /// Some day of the week starting on `date` ("last week").
    Week,
    /// Some day of the month starting on `date` ("earlier this month").
    Month,
    /// Some day of the year starting on `date`.
    Year,
}

/// When a statement was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaidOn {
    /// The day, or the first day of the week/month/year when less precise.
    pub date: NaiveDate,
    /// How precise `date` is.
    pub precision: Precision,
}

/// A piece of the article text: its span and the text itself (`&article[span]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range into the article text.
    pub span: Span,
    /// `&article[span]`.
    pub text: String,
}

/// One speaker or source within an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest name for a person or organisation ("Maria Zakharova"), the
    /// description for anonymous sources, groups and documents ("a Russian source").
    pub name: String,
    /// What sort of source this is.
    pub kind: SpeakerKind,
    /// Role or title when the article gives one ("official spokesperson").
    pub role: Option<String>,
    /// Affiliation when the article gives one ("Russian Foreign Ministry").
    pub affiliation: Option<String>,
    /// Every surface form used for this speaker in the article ("Zakharova", "Maria Zakharova").
    pub aliases: Vec<String>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content, `&article[span]` (outer quotation marks excluded).
    pub text: String,
    /// Byte range of the content.
    pub span: Span,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Index into [`Extraction::speakers`]; `None` when the speaker could not be resolved.
    pub speaker: Option<usize>,
    /// The speaker as written at this quote ("the source", "Zakharova", "He").
    pub speaker_mention: Option<Mention>,
    /// The reporting cue ("said", "told", "according to").
    pub cue: Option<Mention>,
    /// When the statement was made, if the article says.
    pub said_on: Option<SaidOn>,
    /// The occasion ("a news briefing", "a press conference", "Twitter").
    pub venue: Option<String>,
    /// Where it was said ("Ankara").
    pub place: Option<String>,
    /// To whom it was said ("Asharq Al-Awsat", "reporters").
    pub addressee: Option<String>,
    /// How sure the engine is of the quote and its attribution, 0 to 1.
    pub confidence: f32,
}

/// Extracts the quotations of one article.
pub fn extract(article: &Article<'_>) -> Extraction {
    let _ = article;
    Extraction::default()
}

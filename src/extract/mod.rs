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

mod attribution;
mod coref;
mod lexicon;
mod places;
mod quotes;
mod roles;
mod sentences;
mod speakers;
mod when;

/// Extracts the quotations of one article.
///
/// The pipeline: paragraphs and quotation marks, then sentences (never splitting a
/// quotation), then attribution (cues, speaker mentions, content), then coreference, then
/// the statement date and occasion from each attribution clause.
pub fn extract(article: &Article<'_>) -> Extraction {
    let text = article.text;
    let paragraphs = sentences::paragraphs(text);
    let quote_spans = quotes::find_quotes(text, &paragraphs);
    let sentence_spans = sentences::sentences(text, &paragraphs, &quote_spans);
    let found = attribution::attribute(text, &paragraphs, &sentence_spans, &quote_spans);

    let mut resolver = coref::Resolver::default();
    let mut quotes = Vec::with_capacity(found.len());
    // The last known statement date per speaker: a conversation keeps its date.
    let mut dated: Vec<(usize, SaidOn)> = Vec::new();
    for f in &found {
        let resolution = f.speaker.as_ref().and_then(|np| resolver.resolve(text, np));
        if let (Some(r), Some(d)) = (resolution, f.speaker.as_ref().and_then(|np| np.descriptor.clone())) {
            if let Some(role) = roles::parse_role(&text[d]) {
                resolver.set_role(r.speaker, role.role, role.affiliation);
            }
        }
        // Venue, place and addressee come from the clause after the cue ("told a news
        // briefing on Thursday", "told Asharq Al-Awsat").
        let after_cue = f.clause.clone().map(|c| {
            let from = f.cue.as_ref().map_or(c.start, |cue| cue.start.clamp(c.start, c.end));
            &text[from..c.end]
        });
        let speaker = resolution.map(|r| r.speaker);
        let clause = f.clause.clone().map(|c| &text[c]);
        let own_date = clause.zip(article.published).and_then(|(c, p)| statement_date(c, p));
        let first_mention = speaker.is_some_and(|s| !quotes.iter().any(|q: &Quote| q.speaker == Some(s)));
        let said_on = own_date
            .or_else(|| speaker.and_then(|s| dated.iter().rev().find(|d| d.0 == s).map(|d| d.1)))
            .or_else(|| {
                let np = f.speaker.as_ref().filter(|_| first_mention)?;
                antecedent_date(text, &sentence_spans, f.sentence, np, article.published?)
            });
        if let (Some(s), Some(d)) = (speaker, own_date) {
            dated.push((s, d));
        }
        let base = match (f.kind, f.cue.is_some()) {
            (QuoteKind::Direct, true) => 0.9,
            (QuoteKind::Mixed, true) => 0.8,
            (QuoteKind::Indirect, true) => 0.7,
            _ => 0.6,
        };
        let link = match (&f.speaker, resolution) {
            (None, _) => 0.5,
            (Some(_), None) => 0.6,
            (Some(_), Some(r)) => r.certainty * if f.inherited { 0.8 } else { 1.0 },
        };
        quotes.push(Quote {
            text: text[f.content.clone()].to_string(),
            span: f.content.clone(),
            kind: f.kind,
            speaker,
            speaker_mention: f.speaker.as_ref().map(|np| mention(text, np.span.clone())),
            cue: f.cue.clone().map(|c| mention(text, c)),
            said_on,
            venue: after_cue.and_then(places::venue),
            place: after_cue.and_then(places::place),
            addressee: after_cue.and_then(places::addressee),
            confidence: base * link,
        });
    }
    Extraction { quotes, speakers: resolver.into_speakers() }
}

/// The date of the event that introduced a described source: "Helicopters dropped leaflets
/// on Thursday … "…," said the leaflets." dates the leaflets' message to Thursday. Only a
/// definite description whose head noun occurs in one of the two sentences before qualifies.
fn antecedent_date(
    text: &str,
    sentences: &[Span],
    at: usize,
    np: &speakers::Np,
    published: NaiveDate,
) -> Option<SaidOn> {
    if np.form != speakers::Form::Description {
        return None;
    }
    let phrase = &text[np.span.clone()];
    let definite = phrase.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let head = phrase.split_whitespace().last()?.to_lowercase();
    if !definite {
        return None;
    }
    let has_head = |s: &Span| {
        text[s.clone()].split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(&head))
    };
    sentences[at.saturating_sub(2)..at]
        .iter()
        .rev()
        .find(|s| has_head(s))
        .and_then(|s| statement_date(&text[s.clone()], published))
}

fn mention(text: &str, span: Span) -> Mention {
    Mention { text: text[span.clone()].to_string(), span }
}

/// The statement date named in an attribution clause ("told … on Thursday").
fn statement_date(clause: &str, published: NaiveDate) -> Option<SaidOn> {
    when::resolve(clause, published)
}

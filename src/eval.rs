//! The prediction format of the evaluation scorer (`shared/eval/score.py`), shared by
//! `quotegraph extract` and the tests so the scored output is exactly what the engine produced.

use serde::Serialize;

use crate::extract::{Extraction, Precision, QuoteKind, SpeakerKind};

/// One document's predictions: `{"id", "quotes": [...]}`.
#[derive(Debug, Serialize)]
pub struct Prediction<'a> {
    /// The input document's id.
    pub id: &'a serde_json::Value,
    /// One entry per extracted quote, in article order.
    pub quotes: Vec<PredictedQuote<'a>>,
}

/// A quote as the scorer reads it.
#[derive(Debug, Serialize)]
pub struct PredictedQuote<'a> {
    /// The quotation content.
    pub text: &'a str,
    /// Resolved canonical speaker name.
    pub speaker: Option<&'a str>,
    /// The speaker as written at the quote.
    pub speaker_mention: Option<&'a str>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: QuoteKind,
    /// `person`, `anonymous`, `organization`, `group` or `document`.
    pub speaker_type: Option<SpeakerKind>,
    /// ISO date when known to the day.
    pub said_on: Option<String>,
    /// Reporting cue as written.
    pub cue: Option<&'a str>,
    /// Byte offsets of the content in the input text.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
}

impl<'a> Prediction<'a> {
    /// Maps an extraction to the scorer's format.
    pub fn from_extraction(id: &'a serde_json::Value, extraction: &'a Extraction) -> Self {
        let quotes = extraction
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.and_then(|i| extraction.speakers.get(i));
                PredictedQuote {
                    text: &q.text,
                    speaker: speaker.map(|s| s.name.as_str()),
                    speaker_mention: q.speaker_mention.as_ref().map(|m| m.text.as_str()),
                    kind: q.kind,
                    speaker_type: speaker.map(|s| s.kind),
                    said_on: q.said_on.filter(|s| s.precision == Precision::Day).map(|s| s.date.to_string()),
                    cue: q.cue.as_ref().map(|m| m.text.as_str()),
                    start: q.span.start,
                    end: q.span.end,
                }
            })
            .collect();
        Prediction { id, quotes }
    }
}

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
pub const EXTRACTOR_VERSION: i32 = 11;

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
#[cfg(test)]
mod testing;
mod when;

/// Extracts the quotations of one article.
///
/// The pipeline: paragraphs and quotation marks, then sentences (never splitting a
/// quotation), then attribution (cues, speaker mentions, content), then coreference, then
/// the statement date and occasion from each attribution clause.
pub fn extract(article: &Article<'_>) -> Extraction {
    let text = article.text;
    let _words = sentences::WordIndex::build(text);
    let paragraphs = sentences::paragraphs(text);
    let quote_spans = quotes::find_quotes(text, &paragraphs);
    let sentence_spans = sentences::sentences(text, &paragraphs, &quote_spans);
    let found = attribution::attribute(text, &paragraphs, &sentence_spans, &quote_spans);
    let inside_report = attribution::reported_inside(text, &found);

    // A statement with a cue but no place of its own took place where the reporter filed from:
    // "WASHINGTON — … Smith said" is said in Washington. The dateline opens the body, which
    // may follow a headline, so the first few paragraphs are tried.
    let dateline = paragraphs.iter().take(3).find_map(|p| places::dateline(&text[p.clone()]));
    let mut resolver = coref::Resolver::default();
    let mut quotes = Vec::with_capacity(found.len());
    // The last dated speech event per speaker: a conversation keeps its date and its occasion
    // (venue, place, addressee): "A source told Asharq Al-Awsat Thursday that …" and later
    // "the source said" are one conversation, on Thursday, with Asharq Al-Awsat.
    let mut dated: Vec<(usize, SaidOn, Occasion)> = Vec::new();
    for (f, inside) in found.iter().zip(inside_report) {
        let resolution = f.speaker.as_ref().and_then(|np| resolver.resolve(text, np));
        if let (Some(r), Some(d)) = (resolution, f.speaker.as_ref().and_then(|np| np.descriptor.clone()))
            && let Some(role) = roles::parse_role(&text[d])
        {
            resolver.set_role(r.speaker, role.role, role.affiliation);
        }
        if inside {
            continue;
        }
        // Venue, place and addressee come from the clause after the cue ("told a news
        // briefing on Thursday", "told Asharq Al-Awsat").
        let after_cue = f.clause.clone().map(|c| {
            let from = f.cue.as_ref().map_or(c.start, |cue| cue.start.max(c.start).min(c.end));
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
        let own = Occasion {
            venue: after_cue.and_then(places::venue),
            place: after_cue.and_then(places::place),
            addressee: after_cue.and_then(places::addressee),
        };
        if let (Some(s), Some(d)) = (speaker, own_date) {
            dated.push((s, d, own.clone()));
        }
        // A quote that names no date and no occasion of its own continues its speaker's
        // last dated conversation.
        let occasion = match speaker.and_then(|s| dated.iter().rev().find(|d| d.0 == s)) {
            Some((_, _, earlier)) if own_date.is_none() && own.is_empty() => earlier.clone(),
            _ => own,
        };
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
            venue: occasion.venue,
            place: occasion.place.or_else(|| f.cue.as_ref().and(dateline.clone())),
            addressee: occasion.addressee,
            confidence: base * link,
        });
    }
    Extraction { quotes, speakers: resolver.into_speakers() }
}

/// Where and to whom a statement was made, as its attribution clause says.
#[derive(Debug, Clone, Default)]
struct Occasion {
    venue: Option<String>,
    place: Option<String>,
    addressee: Option<String>,
}

impl Occasion {
    fn is_empty(&self) -> bool {
        self.venue.is_none() && self.place.is_none() && self.addressee.is_none()
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn run(text: &str) -> Extraction {
        extract(&Article { text, published: NaiveDate::from_ymd_opt(2018, 8, 10) })
    }

    /// One expected quote: (content, kind, resolved speaker name).
    type Expected = (&'static str, QuoteKind, Option<&'static str>);

    /// (construction, input, expected quotes)
    const CASES: &[(&str, &str, &[Expected])] = &[
        (
            "straight marks, speaker after",
            r#""We will win," Jane Smith said."#,
            &[("We will win,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "sentence-opening quote, trailer before a time adjunct that looks like content",
            r#""We will win," Jane Smith tweeted the day after the vote."#,
            &[("We will win,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "question split off a trailer whose verb is outside the lexicon",
            r#"The hall was quiet. "Why now?" Jane Smith pressed."#,
            &[("Why now?", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "verb outside the lexicon, prepositional tail",
            r#""We will win," Jane Smith riffed on the poll numbers of her rival, drawing cheers."#,
            &[("We will win,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "verb outside the lexicon, coordinated clause after it",
            r#""Sit down, please," Jane Smith barked and a guard led the heckler out."#,
            &[("Sit down, please,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "inverted verb outside the lexicon, long apposition and relative clause",
            "“What a night!” beamed Jane Smith of Dayton, Ohio, who had driven all day to reach the hall.",
            &[("What a night!", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "whole quoted sentence after said-comma, the sentence going on",
            r#"Jane Smith said, "We will keep the changes already announced," including the end of the sales quotas."#,
            &[("We will keep the changes already announced,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "lead-in cue as an infinitive after a passive",
            r#"Jane Smith was moved to say, "I have never seen a crowd like this one.""#,
            &[("I have never seen a crowd like this one.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "short quotation inside the trailer's aside",
            "“We have seen better days,” Jane Smith, wearing a hat and “Vote Now” buttons, said quietly.",
            &[("We have seen better days,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "quotation inside the speaker's relative clause is no split quote",
            "“We have seen better days,” said Jane Smith, who backs the “big four” plan.",
            &[("We have seen better days,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "cue closed by a colon introduces the next quote, not the scare quote before it",
            r#"Asked about the "big plan," Jane Smith said: "I disagree with every word.""#,
            &[("I disagree with every word.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "cue closed by a comma after a scare quote introduces the next quote",
            r#"Asked about the "big plan," Jane Smith said, "I disagree with every word.""#,
            &[("I disagree with every word.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "lead-in verb outside the lexicon after an adverb, comma, sentence-final quote",
            "At the rally, Jane Smith loudly proclaimed to the crowd, “The plan is dead. We buried it.”",
            &[("The plan is dead. We buried it.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "as X, apposition, put it: quote",
            "As Jane Smith, the mayor of the town, put it: “The plan is dead.”",
            &[("The plan is dead.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "dash signature line after a quote paragraph",
            "The town voted.\n\n\"We will win this race, and we will win it together.\"\n\n-Mayor Jane Smith, writing after the vote",
            &[("We will win this race, and we will win it together.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "inverted present-tense verb outside the lexicon, relative clause after the subject",
            r#""Keep your seats, please," begins a recorded message that plays before every match."#,
            &[("Keep your seats, please,", QuoteKind::Direct, Some("a recorded message"))],
        ),
        (
            "according-to trailer after a lead and a comma: the sentence is mixed",
            r#"Talks have gone on for months, but since the floods, "there has been a new urgency," according to Jane Smith."#,
            &[(
                "Talks have gone on for months, but since the floods, \"there has been a new urgency,\"",
                QuoteKind::Mixed,
                Some("Jane Smith"),
            )],
        ),
        (
            "curly marks, inverted speaker",
            "“We will win,” said Jane Smith, who leads the group.",
            &[("We will win,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "guillemets, speaker before",
            "Jane Smith said: «We will win.»",
            &[("We will win.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "german marks, speaker before",
            "Jane Smith said: „We will win.“",
            &[("We will win.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "single quotes in a headline",
            "Trump: 'I will build the wall'",
            &[("I will build the wall", QuoteKind::Direct, Some("Trump"))],
        ),
        (
            "nyt double apostrophes",
            "''We will win,'' Mr. Smith said.",
            &[("We will win,", QuoteKind::Direct, Some("Smith"))],
        ),
        (
            "nested quotes",
            "“He told me ‘no way’ twice,” Jane Smith said.",
            &[("He told me ‘no way’ twice,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "multi-paragraph quote",
            "Jane Smith said: “First part.\n\n“Second part.”",
            &[("First part.\n\n“Second part.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "split quote",
            "“First part,” Jane Smith said. “Second part.”",
            &[("First part,” Jane Smith said. “Second part.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "split quote going on in the next paragraph",
            "“First part,” Jane Smith said.\n\n“Second part.”\n\nThe vote is next week.",
            &[("First part,” Jane Smith said.\n\n“Second part.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "split quote parted by an addition of its own, the next quotation going on with it",
            "“First part,” Jane Smith said, adding that she had voted for it. “Second part of it is here.”",
            &[
                ("First part,", QuoteKind::Direct, Some("Jane Smith")),
                ("she had voted for it. “Second part of it is here.”", QuoteKind::Mixed, Some("Jane Smith")),
            ],
        ),
        (
            "split quote parted by a participle of its own with that",
            "“First part,” Jane Smith said, remarking that she had voted for it. “Second part of it is here.”",
            &[
                ("First part,", QuoteKind::Direct, Some("Jane Smith")),
                ("she had voted for it. “Second part of it is here.”", QuoteKind::Mixed, Some("Jane Smith")),
            ],
        ),
        (
            "split quote, the trailer naming a programme in quotation marks",
            "“First part,” Jane Smith told NBC’s “Today” on Monday. “Second part.”",
            &[(
                "First part,” Jane Smith told NBC’s “Today” on Monday. “Second part.",
                QuoteKind::Direct,
                Some("Jane Smith"),
            )],
        ),
        (
            "split quote, the speaker's relative clause quoting a phrase",
            "“We have seen better days,” said Jane Smith, who backs the “big four” plan. “We will win.”",
            &[(
                "We have seen better days,” said Jane Smith, who backs the “big four” plan. “We will win.",
                QuoteKind::Direct,
                Some("Jane Smith"),
            )],
        ),
        (
            "split quote around an act the interruption mentions, its verbatim fragment a statement too",
            "“First part,” Jane Smith told reporters after hinting that “big changes” could come. “Second part.”",
            &[
                (
                    "First part,” Jane Smith told reporters after hinting that “big changes” could come. “Second part.",
                    QuoteKind::Direct,
                    Some("Jane Smith"),
                ),
                ("“big changes” could come", QuoteKind::Mixed, Some("Jane Smith")),
            ],
        ),
        (
            "trailer in the narrative present of a verb of saying",
            "“Did you see him? He is gone,” Jane Smith yells while running along the street.",
            &[("Did you see him? He is gone,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "a document's wording read in a trailer",
            "“Welcome to the island,” a message on the website reads.",
            &[("Welcome to the island,", QuoteKind::Direct, Some("a message on the website"))],
        ),
        (
            "lead-in in the narrative present before the quotation",
            "To alert the police, the message continues, “please hold a sign over your head.”",
            &[("please hold a sign over your head.", QuoteKind::Direct, Some("the message"))],
        ),
        (
            "a verb taking an infinitive after a fronted clause reports nothing",
            "Despite the attacks on his record, Trump continued to build up his delegate lead.",
            &[],
        ),
        (
            "a trailing as-clause whose verb has an object of its own is no attribution",
            "His critique is also a moral one, as Francis laments a wasteful culture in rich countries.",
            &[("a wasteful culture in rich countries", QuoteKind::Indirect, Some("Francis"))],
        ),
        (
            "a cue word that is mostly a noun, after an adjective, is the noun",
            "Jane Smith mocked his vague tough talk, saying at one point, “The answer is not to yell.”",
            &[("The answer is not to yell.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "the same cue word after a quantity is the verb",
            "Some 31 percent claim that the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Some 31 percent"))],
        ),
        (
            "an aside right after that opens the reported clause",
            "Officials said that, during the war, the plan was dead.",
            &[("during the war, the plan was dead", QuoteKind::Indirect, Some("Officials"))],
        ),
        (
            "a second attribution with its own subject and an auxiliary",
            "Some said they will not attend the convention and others have said they are not interested.",
            &[
                ("they will not attend the convention", QuoteKind::Indirect, Some("Some")),
                ("they are not interested", QuoteKind::Indirect, Some("others")),
            ],
        ),
        (
            "a court's finding ruled, with that",
            "The appeals court ruled that the state's practices could remove eligible voters.",
            &[(
                "the state's practices could remove eligible voters",
                QuoteKind::Indirect,
                Some("The appeals court"),
            )],
        ),
        (
            "ruled without that reports nothing",
            "The governor ruled out a bid this morning, and the court ruled against the state.",
            &[],
        ),
        (
            "a contracted pronoun subject before a participle cue",
            "She’s also saying the plan would fail, and they're claiming it is dead.",
            &[("the plan would fail", QuoteKind::Indirect, None), ("it is dead", QuoteKind::Indirect, None)],
        ),
        (
            "colon lead whose subject is followed by a verb in -s and its object",
            "Jane Smith’s letter makes a simple case: “We will win this fight.”",
            &[("We will win this fight.", QuoteKind::Direct, Some("Jane Smith’s letter"))],
        ),
        (
            "an asked question does not go on in the next paragraph",
            "“Will we win this one?” Jane Smith asked.\n\n“Yes, we will win it!”",
            &[
                ("Will we win this one?", QuoteKind::Direct, Some("Jane Smith")),
                ("Yes, we will win it!", QuoteKind::Direct, Some("Jane Smith")),
            ],
        ),
        (
            "a fronted participle with a noun cue opens no subject",
            "Rattling off promises to lower student debt and fix the roads, Jane Smith promised a country of new opportunities.",
            &[("a country of new opportunities", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "a fronted sentence adverb is no subject of a participle",
            "Perhaps not surprisingly, Jane Smith has started asking voters to back the plan, saying, \u{201c}We need you now.\u{201d}",
            &[("We need you now.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "a pronoun with a contracted auxiliary",
            "The Democrats said the vote was rigged. They’ve said the count must start again.",
            &[
                ("the vote was rigged", QuoteKind::Indirect, Some("Democrats")),
                ("the count must start again", QuoteKind::Indirect, Some("Democrats")),
            ],
        ),
        (
            "two people named together are no antecedent of she",
            "Jane Roe said the vote was fair. John Smith and Ed Stone said they would back it. \u{201c}We will not wait,\u{201d} she said.",
            &[
                ("the vote was fair", QuoteKind::Indirect, Some("Jane Roe")),
                ("they would back it", QuoteKind::Indirect, Some("Ed Stone")),
                ("We will not wait,", QuoteKind::Direct, Some("Jane Roe")),
            ],
        ),
        (
            "trailer with a present-tense verb outside the lexicon",
            "\u{201c}Promise you will keep your hands in sight,\u{201d} Jane Roe sings to the crowd.",
            &[("Promise you will keep your hands in sight,", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "an initialism in a compound inside the speaker's description",
            r#"Jane Roe, the head of the D.C.-based institute, said: "I do not think it is possible.""#,
            &[("I do not think it is possible.", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "a number with a thousands comma inside an aside",
            "Trump, later claiming that Obama wanted to admit 250,000 Syrians, said he would deport refugees.",
            &[("he would deport refugees", QuoteKind::Indirect, Some("Trump"))],
        ),
        (
            "a paraphrase goes on through a second verb phrase without a subject",
            "Jane Smith said she hoped to get her account back, and then would continue to post.",
            &[(
                "she hoped to get her account back, and then would continue to post",
                QuoteKind::Indirect,
                Some("Jane Smith"),
            )],
        ),
        (
            "a paraphrase ends before a coordinated clause with a fronted adjunct",
            "Jane Smith said the plan would fail, and at one point the crowd booed.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "trailer sentence after a question with a prepositional tail",
            "\u{201c}Why would you cozy up to him?\u{201d} Jane Roe said about the effort to distance himself from Bush.",
            &[("Why would you cozy up to him?", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "a signature line without a dash: a name and its description",
            "Jane Roe said the race was close.\n\n\u{201c}We have not seen anything like this before.\u{201d}\n\nNorman Ornstein, a scholar at the institute, on the race.",
            &[
                ("the race was close", QuoteKind::Indirect, Some("Jane Roe")),
                ("We have not seen anything like this before.", QuoteKind::Direct, Some("Norman Ornstein")),
            ],
        ),
        (
            "a sentence ending in \"no.\" is no abbreviation",
            "\u{201c}Do I think he should be sued?\u{201d} Jane Roe asked rhetorically, shaking her head no. \u{201c}But I do believe makers should be sued.\u{201d}",
            &[(
                "Do I think he should be sued?\u{201d} Jane Roe asked rhetorically, shaking her head no. \u{201c}But I do believe makers should be sued.",
                QuoteKind::Direct,
                Some("Jane Roe"),
            )],
        ),
        (
            "trailer sentence with an addressee, a manner adverb and an adjunct",
            "\u{201c}You think I am going to change?\u{201d} Jane Roe asked reporters rhetorically during a news conference.",
            &[("You think I am going to change?", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "according to inside an aside that dashes open and close",
            "Most voters - 63 percent in 2014, according to the report - still back the plan.",
            &[(
                "Most voters - 63 percent in 2014, according to the report - still back the plan",
                QuoteKind::Indirect,
                Some("the report"),
            )],
        ),
        (
            "a dash after according to that opened no aside ends the content",
            "The plan would raise $1 trillion, according to the Tax Policy Center - half a percent of output.",
            &[("The plan would raise $1 trillion", QuoteKind::Indirect, Some("Tax Policy Center"))],
        ),
        (
            "a named source's claim as a noun with its clause",
            "Politifact seized on Jane Roe's claim that there have been \u{201c}thousands of shootings\u{201d} this year.",
            &[(
                "there have been \u{201c}thousands of shootings\u{201d} this year",
                QuoteKind::Mixed,
                Some("Jane Roe"),
            )],
        ),
        (
            "a nominal claim ends at the comma that closes its noun phrase",
            "While Mr. Roe's claims that his worth exceeds $10 billion, all of the firms put him far lower.",
            &[("his worth exceeds $10 billion", QuoteKind::Indirect, Some("Roe"))],
        ),
        (
            "a thing called by a quoted name is no quotation",
            "The error most pertinent to the debates is a phenomenon called \u{201c}differential nonresponse.\u{201d}",
            &[],
        ),
        (
            "a clause naming a document its subject issued leads into the next paragraph",
            "When the senator died, Governor Jane Roe released the following statement:\n\n\u{201c}We offer our condolences to his family and friends.\u{201d}",
            &[("We offer our condolences to his family and friends.", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "a heading in single marks does not go on with the statement",
            "“First part,” Jane Smith said.\n\n'Second part!'\n\nThe vote is next week.",
            &[("First part,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "unbalanced mark",
            "Jane Smith said: “Never closed.\n\nThe rest is narrative. Nothing here.",
            &[("Never closed.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "colon after a verb outside the lexicon",
            "Mr. Smith shot back: “That would be good.”",
            &[("That would be good.", QuoteKind::Direct, Some("Smith"))],
        ),
        (
            "split quote, trailer subject with a show's title holding time words",
            "“It was the first time in a while,” Fox News Sunday host Jane Smith said. “It is rare.”",
            &[(
                "It was the first time in a while,” Fox News Sunday host Jane Smith said. “It is rare.",
                QuoteKind::Direct,
                Some("Jane Smith"),
            )],
        ),
        (
            "a cue word as a noun after a determiner opens the subject",
            "One tweet said: “This is very sad news for the city.”",
            &[("This is very sad news for the city.", QuoteKind::Direct, Some("One tweet"))],
        ),
        (
            "description ending in a number after of",
            "The mother of three replied, “It is meant to help the parent who gave birth.”",
            &[(
                "It is meant to help the parent who gave birth.",
                QuoteKind::Direct,
                Some("The mother of three"),
            )],
        ),
        (
            "subject with a participle and a place, not the place",
            "Protesters marching through the streets chanted slogans. Later, protesters marching through the streets said the curfew was unfair.",
            &[("the curfew was unfair", QuoteKind::Indirect, Some("protesters"))],
        ),
        (
            "question split off its trailer, the next quotation goes on with it",
            "“Why are you still backing him?” Jane Smith asked the senators. “What does it say about you?”",
            &[(
                "Why are you still backing him?” Jane Smith asked the senators. “What does it say about you?",
                QuoteKind::Direct,
                Some("Jane Smith"),
            )],
        ),
        (
            "question split off its trailer, the next quotation has a trailer of its own",
            "“We will look at many people,” Jane Smith said. “A bear?” Tom Jones repeated.",
            &[
                ("We will look at many people,", QuoteKind::Direct, Some("Jane Smith")),
                ("A bear?", QuoteKind::Direct, Some("Tom Jones")),
            ],
        ),
        (
            "trailer with a participle clause after the comma, which reports nothing",
            "“Should the dealer be sued?” Jane Smith asked, shaking her head.",
            &[("Should the dealer be sued?", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "trailer after a paraphrase whose sentence holds an earlier cue: the last clause is mixed",
            "Members are asked to rank their choices, and the panel is less likely to be “overrun with hardliners,” Jane Smith said.",
            &[
                ("to rank their choices", QuoteKind::Indirect, None),
                (
                    "the panel is less likely to be “overrun with hardliners,”",
                    QuoteKind::Mixed,
                    Some("Jane Smith"),
                ),
            ],
        ),
        (
            "passive addressee verb: the one asked is not the speaker",
            "Jane Smith was asked to name a single achievement of the council.",
            &[("to name a single achievement of the council", QuoteKind::Indirect, None)],
        ),
        (
            "naming relative clause after a paraphrase is its own mixed quote",
            "Jane Smith said she backs the bill against the accreditation bodies, which she called “a cartel for higher education.”",
            &[
                (
                    "she backs the bill against the accreditation bodies",
                    QuoteKind::Indirect,
                    Some("Jane Smith"),
                ),
                ("which she called “a cartel for higher education.”", QuoteKind::Mixed, Some("Jane Smith")),
            ],
        ),
        (
            "fronted span of time and a place with a state: the subject follows them",
            "The day before, at a rally in Beaumont, Tex., Jane Smith was blunt, claiming that the council had lied.",
            &[("the council had lied", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "fronted adjuncts in a row before the subject of a participle cue",
            "On Thursday, after staying neutral for months, Jane Smith endorsed the mayor, saying, “She is exactly what this city needs.”",
            &[
                ("the mayor", QuoteKind::Indirect, Some("Jane Smith")),
                ("She is exactly what this city needs.", QuoteKind::Direct, Some("Jane Smith")),
            ],
        ),
        (
            "trailer subject with an acronym and a noun in -ly",
            "“We endorse her without hesitation,” the influential US daily wrote, adding, “We are not blind to her flaws.”",
            &[
                ("We endorse her without hesitation,", QuoteKind::Direct, Some("the influential US daily")),
                ("We are not blind to her flaws.", QuoteKind::Direct, Some("the influential US daily")),
            ],
        ),
        (
            "a poll's share as the subject",
            "About four in 10 said they were angry with the council.",
            &[("they were angry with the council", QuoteKind::Indirect, Some("four in 10"))],
        ),
        (
            "relative pronoun with an object holding quoted words",
            "Jane Smith, who has in the past described the mayor as “a menace to the city” and worse, endorsed him.",
            &[("the mayor as “a menace to the city” and worse", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "paraphrase going on with a list and a relative clause",
            "Jane Smith said the plan has many parts, including a new tax on land, and attacked Tom Jones, who she said had lied.",
            &[
                (
                    "the plan has many parts, including a new tax on land",
                    QuoteKind::Indirect,
                    Some("Jane Smith"),
                ),
                ("Tom Jones, who she said had lied", QuoteKind::Indirect, Some("Jane Smith")),
            ],
        ),
        (
            "according to in mid-sentence, a clause after the source",
            "The next day, according to Jane Smith, the council made further demands.",
            &[(
                "The next day, according to Jane Smith, the council made further demands",
                QuoteKind::Indirect,
                Some("Jane Smith"),
            )],
        ),
        (
            "fronted adjunct, then a clause before a participle cue: the clause's subject speaks",
            "Back in 1999, Jane Smith expressed admiration for the mayor, telling reporters: “I wish I could be like him.”",
            &[("I wish I could be like him.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "fronted adverb before the subject",
            "Hastily, Jane Smith emphasized that the budget was “in good shape.”",
            &[("the budget was “in good shape.”", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "colon after a verb outside the lexicon, subject of the last coordinated clause",
            "The hall cheers, and then Jane Smith continues: “We are not done yet.”",
            &[("We are not done yet.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "colon after a verb outside the lexicon, fronted adjunct before a described subject",
            "During the long debate, a neighbour commented: “Nobody here trusts the council.”",
            &[("Nobody here trusts the council.", QuoteKind::Direct, Some("a neighbour"))],
        ),
        (
            "colon after a verb outside the lexicon, party and state after the name",
            "Sen. Jane Smith (D-Ohio) scolded him: “The evidence is against you.”",
            &[("The evidence is against you.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "colon after coordinated verbs outside the lexicon, subject opening the sentence",
            "Jane Smith waved the crowd quiet, then leaned in and boomed: “We will win in November.”",
            &[("We will win in November.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "speaker before with addressee",
            "Jane Smith told reporters: “We will win.”",
            &[("We will win.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "dash line",
            "“We will win.” — Commissioner Jane Smith",
            &[("We will win.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "speaker in the preceding quote",
            "Jane Smith said: “We will win.”\n\n“We will fight on every day.”",
            &[
                ("We will win.", QuoteKind::Direct, Some("Jane Smith")),
                ("We will fight on every day.", QuoteKind::Direct, Some("Jane Smith")),
            ],
        ),
        (
            "according to, leading",
            "According to the UN, the offensive could displace many people.",
            &[("the offensive could displace many people", QuoteKind::Indirect, Some("UN"))],
        ),
        (
            "according to, trailing",
            "The offensive could displace many people, according to officials.",
            &[("The offensive could displace many people", QuoteKind::Indirect, Some("officials"))],
        ),
        (
            "according to in the middle of the content",
            "Notably absent from the talks, according to members who spoke to reporters, was any mention of taxes.",
            &[(
                "Notably absent from the talks, according to members who spoke to reporters, was any mention of taxes",
                QuoteKind::Indirect,
                Some("members"),
            )],
        ),
        (
            "parenthetical attribution inside the content",
            "So it makes sense, strategists said, for Democrats to raise the issue now.",
            &[(
                "So it makes sense, strategists said, for Democrats to raise the issue now",
                QuoteKind::Indirect,
                Some("strategists"),
            )],
        ),
        (
            "trailer whose subject is an apposition",
            "The company created the tool for emergencies, a spokeswoman, Anna White, said.",
            &[("The company created the tool for emergencies", QuoteKind::Indirect, Some("Anna White"))],
        ),
        (
            "indirect with that and a date",
            "Jane Smith said on Thursday that the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "indirect, speaker after",
            "The plan would fail, Jane Smith said.",
            &[("The plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "mixed",
            r#"Jane Smith said the plan was "dead on arrival" in the Senate."#,
            &[(r#"the plan was "dead on arrival" in the Senate"#, QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "pronoun coreference",
            "“We will win,” John Smith said. He said that the plan would fail.",
            &[
                ("We will win,", QuoteKind::Direct, Some("John Smith")),
                ("the plan would fail", QuoteKind::Indirect, Some("John Smith")),
            ],
        ),
        (
            "surname coreference",
            "John Smith said the plan would fail. “It is over,” Smith said.",
            &[
                ("the plan would fail", QuoteKind::Indirect, Some("John Smith")),
                ("It is over,", QuoteKind::Direct, Some("John Smith")),
            ],
        ),
        (
            "description coreference",
            "A senior official said the plan would fail. “It is over,” the official said.",
            &[
                ("the plan would fail", QuoteKind::Indirect, Some("A senior official")),
                ("It is over,", QuoteKind::Direct, Some("A senior official")),
            ],
        ),
        (
            "comma aside between subject and cue",
            "Jane Smith, in a statement released Thursday, said the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "comma aside, comparison",
            "Democratic economists, like their Republican counterparts, say taxes encourage savings.",
            &[("taxes encourage savings", QuoteKind::Indirect, Some("Democratic economists"))],
        ),
        (
            "comma aside before a mixed quote",
            "Jane Smith, who leads the group, said he “appreciates the support” of voters.",
            &[("he “appreciates the support” of voters", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "name, then a description without an aside word",
            "Jill A. Martin, vice president and general counsel for the company, said the claims had no merit.",
            &[("the claims had no merit", QuoteKind::Indirect, Some("Jill A. Martin"))],
        ),
        (
            "aside with a parenthesis and a second apposition",
            "Marty West, a professor who worked for Sen. Lamar Alexander (R-Tenn.), one of the authors, \
             said the bill was a major change.",
            &[("the bill was a major change", QuoteKind::Indirect, Some("Marty West"))],
        ),
        (
            "participle after a non-reporting verb borrows the sentence subject",
            "On Monday, Jane Smith pushed back on the claims, saying that the bill was sound.",
            &[("the bill was sound", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "participle after a fronted date without a comma",
            "On Sunday morning Jane Smith made another attempt, writing on Twitter that the issue was taxes.",
            &[("the issue was taxes", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "cue coordinated with a non-reporting verb",
            "Jane Smith visited the governor and said the state would recover.",
            &[("the state would recover", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "object verb: the object is the content",
            "Jane Smith endorsed the governor on Tuesday.",
            &[("the governor on Tuesday", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "object verb with a particle",
            "A group of rabbis called for a boycott of his speech, which angered the campaign.",
            &[("a boycott of his speech", QuoteKind::Indirect, Some("A group of rabbis"))],
        ),
        (
            "declined to keeps its infinitive",
            "The spokesman declined to comment on the report.",
            &[("to comment on the report", QuoteKind::Indirect, Some("The spokesman"))],
        ),
        (
            "object verb with two particles",
            "Jane Smith weighed in on the tax debate.",
            &[("the tax debate", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "speech verb with about",
            "Jane Smith talked about her plan for the border.",
            &[("her plan for the border", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "pointed out that",
            "Jane Smith pointed out that the bill had already passed the House.",
            &[("the bill had already passed the House", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "promise with an infinitive and a verbatim fragment",
            "Jane Smith promises to “end” the Common Core.",
            &[("to “end” the Common Core", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "quantifier subjects and existential content",
            "One company says there are 2,400 of them, while another says there are about 1,800.",
            &[
                ("there are 2,400 of them", QuoteKind::Indirect, Some("One company")),
                ("there are about 1,800", QuoteKind::Indirect, Some("another")),
            ],
        ),
        (
            "a name that ends like an adverb",
            "Jolly said he would be cautious in restructuring federal spending.",
            &[("he would be cautious in restructuring federal spending", QuoteKind::Indirect, Some("Jolly"))],
        ),
        (
            "reporting verb with a particle",
            "Intelligence officials have warned of Russian efforts to interfere with the election.",
            &[(
                "Russian efforts to interfere with the election",
                QuoteKind::Indirect,
                Some("Intelligence officials"),
            )],
        ),
        (
            "duration adjunct before the content",
            "Cruz has said for weeks he is the only candidate who can win.",
            &[("he is the only candidate who can win", QuoteKind::Indirect, Some("Cruz"))],
        ),
        (
            "catenative verb before an infinitive cue",
            "Jane Smith is continuing to insist she will release the transcripts.",
            &[("she will release the transcripts", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "progressive cue after an adverb",
            "The campaign is already claiming victory in the state.",
            &[("victory in the state", QuoteKind::Indirect, Some("The campaign"))],
        ),
        (
            "poll finding as a trailer",
            "Smith has support from 52 percent of the voters, the poll found.",
            &[("Smith has support from 52 percent of the voters", QuoteKind::Indirect, Some("the poll"))],
        ),
        (
            "a cue word after a number is an adjective",
            "Clinton leads by roughly 270 pledged delegates now.",
            &[],
        ),
        (
            "report followed by a verb is a noun",
            "The October report exceeded the expectations of economists.",
            &[],
        ),
        (
            "lead-in colon after an abbreviated title",
            r#"Another user, Roland Z, wrote of Ms. Merkel: "Your boss is still bringing them in.""#,
            &[("Your boss is still bringing them in.", QuoteKind::Direct, Some("Roland Z"))],
        ),
        (
            "report before an irregular verb of saying is the subject's noun",
            "\u{201c}The computers had been hacked,\u{201d} the congressional report said.",
            &[("The computers had been hacked,", QuoteKind::Direct, Some("the congressional report"))],
        ),
        (
            "paraphrase running into a quote before a trailer",
            r#"Gore tried to distance himself, and in doing so he "made a strategic mistake," Lichtman said."#,
            &[(
                r#"Gore tried to distance himself, and in doing so he "made a strategic mistake,""#,
                QuoteKind::Mixed,
                Some("Lichtman"),
            )],
        ),
        ("passive object verb is no cue", "Jane Smith was also endorsed by the union.", &[]),
        ("gapped object is no content", "You can call it whatever you want, including a network.", &[]),
        (
            "paraphrase ends at a clause boundary",
            "Jane Smith said the plan would fail, but the committee approved it anyway.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "trailer split off by the full stop inside the quote",
            "“I hope you are able to find the emails.” Jane Smith said on Monday.",
            &[("I hope you are able to find the emails.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "a cue inside reported content is part of it",
            "Jane Smith said she supports raising the threshold for grants.",
            &[("she supports raising the threshold for grants", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "nyt double apostrophes open the next sentence",
            "Mr. Smith said the plan would fail. ''It is over,'' he said.",
            &[
                ("the plan would fail", QuoteKind::Indirect, Some("Smith")),
                ("It is over,", QuoteKind::Direct, Some("Smith")),
            ],
        ),
        (
            "split quote around a longer clause with its own cue, which reports too",
            "“That is the question,” Clark said, noting he would support the others. “We have a deep bench.”",
            &[
                (
                    "That is the question,” Clark said, noting he would support the others. “We have a deep bench.",
                    QuoteKind::Direct,
                    Some("Clark"),
                ),
                ("he would support the others", QuoteKind::Indirect, Some("Clark")),
            ],
        ),
        (
            "headline with a name and a colon",
            "Jane Smith: The plan would fail in the Senate\n\nThe vote is on Monday.",
            &[("The plan would fail in the Senate", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "headline with an addressee and a colon",
            "Smith to Planned Parenthood: Trump will reverse Roe v. Wade",
            &[("Trump will reverse Roe v. Wade", QuoteKind::Indirect, Some("Smith"))],
        ),
        (
            "a label with a colon attributes nothing",
            "The result: the candidate must travel three hours.",
            &[],
        ),
        (
            "unresolvable pronoun",
            "He said the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, None)],
        ),
        (
            "source with a participle and a date",
            "The plan would fail, according to a survey released on Monday.",
            &[("The plan would fail", QuoteKind::Indirect, Some("a survey"))],
        ),
        (
            "plural noun after according to is no subject",
            "The plan would fail, according to press reports.",
            &[("The plan would fail", QuoteKind::Indirect, Some("press reports"))],
        ),
        (
            "fronted participle phrase before the subject",
            "Standing before the crowd, Jane Roe smiled and said the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "fronted participle phrase then a participle cue",
            "Facing mounting pressure from donors, Jane Roe released a statement on Monday, describing the plan as \
             a failure.",
            &[("the plan as a failure", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "description subject before a participle cue",
            "The new county manager entered the race in May, saying the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("The new county manager"))],
        ),
        (
            "adjective and plural noun subject before a participle cue",
            "Ohioan farmers were quick to react, saying the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Ohioan farmers"))],
        ),
        (
            "possessive subject before a participle cue",
            "Roe's campaign staffers were quick to respond, saying the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Roe's campaign staffers"))],
        ),
        (
            "noun in -ly inside a subject",
            "Roe's family has called on the city to act and called on people to stay calm.",
            &[
                ("the city to act", QuoteKind::Indirect, Some("Roe's family")),
                ("people to stay calm", QuoteKind::Indirect, Some("Roe's family")),
            ],
        ),
        (
            "name subject before a participle cue",
            "Jane Roe pushed back on Monday, saying the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "adverb between subject and cue",
            "Fact-checkers soon noted that the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Fact-checkers"))],
        ),
        (
            "relative clause after an inverted description",
            "“We will win,” said a local official who was not authorized to speak publicly.",
            &[("We will win,", QuoteKind::Direct, Some("a local official"))],
        ),
        (
            "irregular past with a particle closes a quote",
            r#""We will win," Jane Smith shot back."#,
            &[("We will win,", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "unknown verb with an adjunct after a comma",
            r#""Jobs now!" some protesters chanted, three days after the vote."#,
            &[("Jobs now!", QuoteKind::Direct, Some("some protesters"))],
        ),
        (
            "told with an object pronoun closes a paraphrase",
            "The plan would cost more than expected, experts told me.",
            &[("The plan would cost more than expected", QuoteKind::Indirect, Some("experts"))],
        ),
        (
            "an attributed quotation ends the paraphrase before it",
            "Jane Smith argued that the city had lost its way: “It is no longer a city,” she said.",
            &[
                ("the city had lost its way", QuoteKind::Indirect, Some("Jane Smith")),
                ("It is no longer a city,", QuoteKind::Direct, Some("Jane Smith")),
            ],
        ),
        (
            "as reported by",
            "As reported by the Daily Planet, investigators found three more boxes of records.",
            &[("investigators found three more boxes of records", QuoteKind::Indirect, Some("Daily Planet"))],
        ),
        (
            "content of a fronted subordinate clause ends with the clause",
            r#"When Jane Smith said the mayor was "not a builder" in an interview, the council objected."#,
            &[(r#"the mayor was "not a builder" in an interview"#, QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "prepositional tail after a trailing cue",
            "The budget had grown for years, she said in a radio interview with a local station.",
            &[("The budget had grown for years", QuoteKind::Indirect, None)],
        ),
        (
            "inverted trailer whose description has commas",
            "The budget had grown for years, said Jane Smith, director of the Budget Office at the \
             University of Vermont, Burlington, Center for Policy.",
            &[("The budget had grown for years", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        ("feeling is no report without a clause", "Jane Smith felt blindsided by the decision.", &[]),
        ("a reflexive object is no report", "Jane Smith found herself at the center of the dispute.", &[]),
        ("a relative pronoun's non-speech act", "The mayor, who endorsed Jane Smith last year, lost.", &[]),
        (
            "name and aside before the cue",
            "Jane Smith, the city's budget director from 2001 to 2009, said the plan would fail.",
            &[("the plan would fail", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "fronted question before the speaker",
            r#"Asked whether the council would meet again this year, Jane Smith shot back: "Not this year.""#,
            &[("Not this year.", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "gerund after before",
            r#""We will win," Jane Smith said before adding: "The vote is close.""#,
            &[
                ("We will win,", QuoteKind::Direct, Some("Jane Smith")),
                ("The vote is close.", QuoteKind::Direct, Some("Jane Smith")),
            ],
        ),
        (
            "trailer subject joined by and",
            r#""The vote is close," the city's budget director and former mayor said."#,
            &[("The vote is close,", QuoteKind::Direct, Some("the city's budget director and former mayor"))],
        ),
        (
            "title with a headline verb",
            "Washington Herald backs Jane Smith for mayor.\n\nThe vote is on Monday.",
            &[("Jane Smith for mayor", QuoteKind::Indirect, Some("Washington Herald"))],
        ),
        (
            "an aside between dashes does not end the paraphrase",
            "Jane Smith said the mayor - who took office in May - has failed the city.",
            &[(
                "the mayor - who took office in May - has failed the city",
                QuoteKind::Indirect,
                Some("Jane Smith"),
            )],
        ),
        (
            "a comma inside the quoted words does not end the paraphrase",
            r#"Jane Smith said he had "tried to help, including with money," and she thanked him."#,
            &[
                (r#"he had "tried to help, including with money,""#, QuoteKind::Mixed, Some("Jane Smith")),
                ("him", QuoteKind::Indirect, Some("Jane Smith")),
            ],
        ),
        (
            "an infinitive after a relative pronoun describes, it reports nothing",
            "The bill was backed by Tom Baker, a farmer who has pledged to plant more trees.",
            &[],
        ),
        (
            "a venue after an object belongs to the attribution",
            "Mary Jones repeated the claim in an interview with the Herald.",
            &[("the claim", QuoteKind::Indirect, Some("Mary Jones"))],
        ),
        (
            "'figures' before a cue is a noun in the subject",
            "Local party figures say the vote will be close.",
            &[("the vote will be close", QuoteKind::Indirect, Some("Local party figures"))],
        ),
        (
            "a connective before a subject with an aside opens speech",
            "Yet most farmers, like their neighbours, say the rain came too late.",
            &[("the rain came too late", QuoteKind::Indirect, Some("most farmers"))],
        ),
        ("a plural cue word after a light verb is a noun", "The couple made plans to sell the farm.", &[]),
        (
            "a subordinate adjunct after a verb is no content",
            "She is only the fifth judge who has been confirmed since the party won the Senate.",
            &[],
        ),
        (
            "a non-restrictive relative clause ends at its closing comma",
            "Tom Baker, who has accused the mayor of lying, will run again in May.",
            &[("the mayor of lying", QuoteKind::Indirect, Some("Tom Baker"))],
        ),
        (
            "'show up' is a phrasal verb, not a finding",
            "Jane Smith, who said she would come, did not show up for the vote.",
            &[("she would come", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "transcript turns: each label's words up to the next label are its direct quote",
            "JANE SMITH: Why not debate?\n\nTOM BAKER: This is a man who said he would never run a negative ad. Let us see.\n\nSMITH: You were open to more debates.",
            &[
                ("Why not debate?", QuoteKind::Direct, Some("JANE SMITH")),
                (
                    "This is a man who said he would never run a negative ad. Let us see.",
                    QuoteKind::Direct,
                    Some("TOM BAKER"),
                ),
                ("You were open to more debates.", QuoteKind::Direct, Some("JANE SMITH")),
            ],
        ),
        (
            "transcript turns inside one quotation end at the next label and at the closing mark",
            "The talk went on. \u{201c}HOST: Welcome, Senator. MR. BAKER: Glad to be here. HOST: Let us begin.\u{201d} [Radio, 2013.]",
            &[
                ("Welcome, Senator.", QuoteKind::Direct, Some("HOST")),
                ("Glad to be here.", QuoteKind::Direct, Some("BAKER")),
                ("Let us begin.", QuoteKind::Direct, Some("HOST")),
            ],
        ),
        (
            "editorial labels make no transcript",
            "CORRECTION: An earlier version misspelled a name.\n\nUPDATE: The vote was moved.\n\nUPDATE: The vote took place.",
            &[],
        ),
        (
            "headline colon after a reporting document",
            "Poll: Smith and Baker in dead heat before the debate\n\nThe race is close.",
            &[("Smith and Baker in dead heat before the debate", QuoteKind::Indirect, Some("Poll"))],
        ),
        (
            "headline colon after a name whose last word is also a label",
            "Citizens Watch: City Hall Hid the Audit for Years\n\nThe audit was late.",
            &[("City Hall Hid the Audit for Years", QuoteKind::Indirect, Some("Citizens Watch"))],
        ),
        (
            "headline colon after a name at an event",
            "Former Mayor Baker at Convention: The city cannot afford the plan\n\nThe hall was full.",
            &[("The city cannot afford the plan", QuoteKind::Indirect, Some("Baker"))],
        ),
        (
            "a gerund adjunct after the closing mark belongs to the reporting clause",
            "Jane Smith complained that the board \u{201c}never listens\u{201d} before floating a plan of her own.",
            &[("the board \u{201c}never listens\u{201d}", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "a verb coordinated after the closing mark is the speaker's next act",
            "Jane Smith called the merger \u{201c}a terrible deal\u{201d} and ranked the chief among the worst.",
            &[("the merger \u{201c}a terrible deal\u{201d}", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "a no-break space after a closing mark still ends the sentence",
            "Jane Smith said the vote was \u{201c}a disgrace.\u{201d}\u{a0}The board met again in May.",
            &[("the vote was \u{201c}a disgrace.\u{201d}", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "a place after an opening preposition is no apposition of the titled speaker",
            "In Columbus, Gov. Jane Roe said the budget would pass.",
            &[("the budget would pass", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a comma after the party parenthesis before the cue",
            "After the vote, Sen. Jane Roe (D-Ohio), said the budget would pass.",
            &[("the budget would pass", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a relative clause inside the reported subject does not end the content",
            "Jane Smith said the plan, which the board approved in May, would fail.",
            &[(
                "the plan, which the board approved in May, would fail",
                QuoteKind::Indirect,
                Some("Jane Smith"),
            )],
        ),
        (
            "a coordinated cue after a subject with an apposition",
            "Jane Smith, a former chairman, joined the board and said she would vote no.",
            &[("she would vote no", QuoteKind::Indirect, Some("Jane Smith"))],
        ),
        (
            "a singular phrase before a bare cue form is the subject of the next verb",
            "An explosive report claims that the mayor hid the audit.",
            &[("the mayor hid the audit", QuoteKind::Indirect, Some("An explosive report"))],
        ),
        (
            "a partitive subject agrees in the plural",
            "A majority of voters say the mayor hid the audit.",
            &[("the mayor hid the audit", QuoteKind::Indirect, Some("A majority of voters"))],
        ),
        (
            "a complete quotation that opens the reported words ends them",
            "Jane Smith yelled \u{201c}You lie!\u{201d} at the mayor during the meeting.",
            &[("You lie!", QuoteKind::Direct, Some("Jane Smith"))],
        ),
        (
            "a subordinate clause after the closing mark belongs to the reporting clause",
            "Jane Smith says she is \u{201c}excited where we stand\u{201d} as she faces the vote.",
            &[("she is \u{201c}excited where we stand\u{201d}", QuoteKind::Mixed, Some("Jane Smith"))],
        ),
        (
            "a time span after a trailing attribution is the attribution's adjunct",
            "The budget passed, the city clerk announced on Thursday, two days after the vote.",
            &[("The budget passed", QuoteKind::Indirect, Some("the city clerk"))],
        ),
        (
            "a subordinate clause right after a trailing cue is the attribution's adjunct",
            "The budget will pass, Jane Roe said Thursday as the council met.",
            &[("The budget will pass", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "after a parenthetical attribution and a comma the content goes on",
            "The effects are hard to predict, economists say, because there is little history.",
            &[(
                "The effects are hard to predict, economists say, because there is little history",
                QuoteKind::Indirect,
                Some("economists"),
            )],
        ),
        (
            "a passive cue without a clause reports nothing",
            "The vote was reported live on Thursday on CNN.",
            &[],
        ),
        (
            "a participle modifying a noun is no cue: its content would have no subject",
            "The merger announced Monday would turn Acme into an Irish company.",
            &[],
        ),
        (
            "after a relative the content's subject is the relative word",
            "The board passed a rule which Jane Roe said had harmed the city.",
            &[("had harmed the city", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a capitalised that opens the subject as a determiner",
            "That person said the vote was rigged.",
            &[("the vote was rigged", QuoteKind::Indirect, Some("That person"))],
        ),
        (
            "a quantifier linked by in heads the subject",
            "Some in the crowd said the vote was rigged.",
            &[("the vote was rigged", QuoteKind::Indirect, Some("Some in the crowd"))],
        ),
        (
            "a trailing as clause attributes the sentence before it",
            "The primary requirement is a \"lawful source of income,\" as a Homeland Security memo put it.",
            &[(
                "The primary requirement is a \"lawful source of income,\"",
                QuoteKind::Mixed,
                Some("a Homeland Security memo"),
            )],
        ),
        (
            "a fronted as clause attributes the sentence after it",
            "As Jane Roe noted on Friday, the economy is improving.",
            &[("the economy is improving", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "an as clause inside a quotation is the quoted speaker's",
            "\u{201c}As we wrote, the plan is dead,\u{201d} Jane Roe said.",
            &[("As we wrote, the plan is dead,", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "an absolute construction with its own subject after with",
            "The debate grew, with Senator Jane Roe telling reporters the plan was dead.",
            &[("the plan was dead", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a place before a participle adjunct of a trailing attribution",
            "The plan is sickening, Jane Roe said Tuesday in Paris, noting the vote would fail.",
            &[
                ("The plan is sickening", QuoteKind::Indirect, Some("Jane Roe")),
                ("the vote would fail", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "an existential clause with a verb other than be",
            "Jane Roe said there remains a big gap between the parties.",
            &[("there remains a big gap between the parties", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a span of time ago between the subject and the cue",
            "The ministry two weeks ago said that the border would reopen.",
            &[("the border would reopen", QuoteKind::Indirect, Some("The ministry"))],
        ),
        (
            "time words after the party parenthesis",
            "Sen. Jane Roe (D-Calif.) last week said the border would reopen.",
            &[("the border would reopen", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "an adjective that takes a reporting infinitive",
            "Jane Roe was quick to add that the border would reopen.",
            &[("the border would reopen", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "for the first time between the cue and that",
            "The ministry said for the first time that the border would reopen.",
            &[("the border would reopen", QuoteKind::Indirect, Some("The ministry"))],
        ),
        (
            "an organisation's name keeps words that are titles before a person",
            "The State Department said the talks had failed.",
            &[("the talks had failed", QuoteKind::Indirect, Some("State Department"))],
        ),
        (
            "a person's name follows the last title of the run",
            "Senate Intelligence Ranking Democrat Jane Roe said the talks had failed.",
            &[("the talks had failed", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "writing a book reports nothing; writing a clause does",
            "Jane Roe wrote a book about the campaign.\n\nJohn Doe wrote the plan was dead.",
            &[("the plan was dead", QuoteKind::Indirect, Some("John Doe"))],
        ),
        (
            "a split quotation goes on in lower case after a topic participle",
            "\u{201c}Every time you say that,\u{201d} Jane Roe said, referring to the excuse, \u{201c}you give them ammunition.\u{201d}",
            &[(
                "Every time you say that,\u{201d} Jane Roe said, referring to the excuse, \u{201c}you give them ammunition.",
                QuoteKind::Direct,
                Some("Jane Roe"),
            )],
        ),
        (
            "a fronted adverb and its comma open no subject",
            "Outside, protesters chanted, \u{201c}Dump the mayor.\u{201d}",
            &[("Dump the mayor.", QuoteKind::Direct, Some("protesters"))],
        ),
        (
            "a fronted reporting participle reports up to its comma for the main subject",
            "Noting that the vote was close, Jane Roe left the hall.",
            &[("the vote was close", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a participle after a dash takes the sentence's subject",
            "Jane Roe changed her mind \u{2013} saying the vote was close.",
            &[("the vote was close", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a later quotation after a clause with its own cue does not extend the paraphrase",
            "Jane Roe said the plan was \u{201c}dead,\u{201d} while John Doe said it was \u{201c}a start.\u{201d}",
            &[
                ("the plan was \u{201c}dead,\u{201d}", QuoteKind::Mixed, Some("Jane Roe")),
                ("it was \u{201c}a start.\u{201d}", QuoteKind::Mixed, Some("John Doe")),
            ],
        ),
        (
            "a long adjunct with a noun in -ing before that",
            "Jane Roe said Thursday during a taping of a town hall in Buffalo, New York, that the plan was dead.",
            &[("the plan was dead", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a credit line is no headline attribution",
            "The vote was close.\n\nContributing: Jane Roe and John Doe, The Daily Post",
            &[],
        ),
        (
            "a progressive cue is no passive",
            "Jane Roe was condemning the merger in a speech.",
            &[("the merger", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a pronoun object ends before the attribution's time",
            "Jane Roe endorsed him early. John Doe condemned them Saturday in harsh terms.",
            &[
                ("him", QuoteKind::Indirect, Some("Jane Roe")),
                ("them", QuoteKind::Indirect, Some("John Doe")),
            ],
        ),
        (
            "a pronoun object keeps its complement",
            "Jane Roe criticized him on Saturday for closing the plant.",
            &[("him on Saturday for closing the plant", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "an adverb or a day between the verb and its particle",
            "Jane Roe called again for a recount. John Doe called Friday for new talks.",
            &[
                ("a recount", QuoteKind::Indirect, Some("Jane Roe")),
                ("new talks", QuoteKind::Indirect, Some("John Doe")),
            ],
        ),
        (
            "a relative after a preposition gaps no object",
            "Jane Roe said the vote was close. She gave a speech in which she called for a recount.",
            &[
                ("the vote was close", QuoteKind::Indirect, Some("Jane Roe")),
                ("a recount", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "a particle the verb takes is no part of the content",
            "Jane Roe warns against the excesses of the banks and openly talks about new rules.",
            &[
                ("the excesses of the banks", QuoteKind::Indirect, Some("Jane Roe")),
                ("new rules", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "a coordinated cue after an adverb in -ly",
            "Jane Roe praised the plan and reportedly argued that it would pass.",
            &[
                ("the plan", QuoteKind::Indirect, Some("Jane Roe")),
                ("it would pass", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "a name and what the speaker called it",
            "Jane Roe called him divisive. John Doe was calling Senator Smith a liar.",
            &[
                ("him divisive", QuoteKind::Indirect, Some("Jane Roe")),
                ("Senator Smith a liar", QuoteKind::Indirect, Some("John Doe")),
            ],
        ),
        (
            "a call that names nothing",
            "Jane Roe called him just before he left. A company called Acme Inc. gave $5,000.",
            &[],
        ),
        (
            "a lead-in with a colon closing the paragraph before the quotation",
            "In a speech on Monday, Jane Roe declared:\n\n\"The vote is close.\"",
            &[("The vote is close.", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        ("a fronted adjunct is no reported clause", "In a speech on Monday, Jane Roe said:", &[]),
        (
            "an adjunct after the particle is no object",
            "The group has weighed in during a primary. The group unearthed columns Roe wrote while a student at Yale in the 1990s.",
            &[],
        ),
        (
            "an inverted lead-in after a connective",
            "But, said Jane Roe, \"We will not give up the fight.\"",
            &[("We will not give up the fight.", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "a trailing attribution reports the clauses before it, a verb of thought included",
            "The work drives him, and he finds that in public service, Jane Roe said.",
            &[(
                "The work drives him, and he finds that in public service",
                QuoteKind::Indirect,
                Some("Jane Roe"),
            )],
        ),
        (
            "a title before the quotation opens the same paraphrase",
            "\"Gold\" was to be a \"cautionary tale,\" said Jane Roe.",
            &[("\"Gold\" was to be a \"cautionary tale,\"", QuoteKind::Mixed, Some("Jane Roe"))],
        ),
        (
            "a later clause with its own naming verb ends the paraphrase",
            "Most voters say the remarks are \u{201c}unacceptable,\u{201d} while 31 percent call them \u{201c}typical.\u{201d}",
            &[
                ("the remarks are \u{201c}unacceptable,\u{201d}", QuoteKind::Mixed, Some("Most voters")),
                ("them \u{201c}typical.\u{201d}", QuoteKind::Mixed, Some("31 percent")),
            ],
        ),
        (
            "an indefinite noun phrase before a bare form is no subject",
            "During the debate, Jane Roe made an unprompted call for an end to subsidies.",
            &[],
        ),
        (
            "a verb coordinated after a closing mark ends the paraphrase, an irregular past too",
            "Jane Roe pledged to be \"the greatest mayor\" and cast doubt on the budget.",
            &[("to be \"the greatest mayor\"", QuoteKind::Mixed, Some("Jane Roe"))],
        ),
        (
            "an absolute clause after a closing mark has its own speaker",
            "Jane Roe said she was \"very encouraged\" and John Doe calling it a \"great meeting.\"",
            &[
                ("she was \"very encouraged\"", QuoteKind::Mixed, Some("Jane Roe")),
                ("it a \"great meeting.\"", QuoteKind::Mixed, Some("John Doe")),
            ],
        ),
        (
            "what the speaker would not say is no part of the paraphrase",
            "Jane Roe said the company would cut jobs but would not offer details of the plan.",
            &[("the company would cut jobs", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "an object goes on through a list that \"and\" closes",
            "Jane Roe spoke of the malaise in the city, the lack of jobs for the young and the violence.",
            &[(
                "the malaise in the city, the lack of jobs for the young and the violence",
                QuoteKind::Indirect,
                Some("Jane Roe"),
            )],
        ),
        (
            "a list closed by \", and\" and a quotation runs to the end of the sentence",
            "Jane Roe described families in the park, restaurants packed with diners, and a city of \"straight talk.\"",
            &[(
                "families in the park, restaurants packed with diners, and a city of \"straight talk.\"",
                QuoteKind::Mixed,
                Some("Jane Roe"),
            )],
        ),
        (
            "an adjective after a quotation is no inverted trailer: \"…,\" inexperienced and out of touch",
            "Jane Roe called him an \"academic and musician,\" inexperienced and out of touch.",
            &[(
                "him an \"academic and musician,\" inexperienced and out of touch",
                QuoteKind::Mixed,
                Some("Jane Roe"),
            )],
        ),
        (
            "a clause with its own verb after the cue is no inverted subject",
            "Sen. Jane Roe, R-Ohio, appearing on Fox News after the speech, said Obama failed to act.",
            &[("Obama failed to act", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a source reporting a whole attribution: the inner one is part of its words",
            "On Monday, Roe said he was \"happy to see\" the vote, according to The Daily Post.",
            &[("On Monday, Roe said he was \"happy to see\" the vote", QuoteKind::Mixed, Some("Daily Post"))],
        ),
        (
            "a lone past form is no speaker",
            "Mr. Roe has lately started asking his supporters to raise their hands and pledge their loyalty to him.",
            &[],
        ),
        (
            "an apposition before an aside still names the subject",
            "Jane Roe, a lawyer, appearing on Fox News, said the plan failed.",
            &[("the plan failed", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "an inverted subject keeps its relative clause",
            "The plan is dead, said John Doe, a lawyer who founded the firm.",
            &[("The plan is dead", QuoteKind::Indirect, Some("John Doe"))],
        ),
        (
            "a series of verb phrases after semicolons shares the subject",
            "Jane Roe questioned how the city would pay; blamed the council for the delay; and said she would run.",
            &[
                ("how the city would pay", QuoteKind::Indirect, Some("Jane Roe")),
                ("the council for the delay", QuoteKind::Indirect, Some("Jane Roe")),
                ("she would run", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "a quoted title inside the speaker's apposition",
            "Sam Roe, a contestant on \"The Apprentice,\" said his boss was kind.",
            &[("his boss was kind", QuoteKind::Indirect, Some("Sam Roe"))],
        ),
        (
            "a quoted title after a possessive inside the speaker's apposition",
            "Jane Roe, host of CBS's \"Face the Nation,\" said: \"The plan will fail.\"",
            &[("The plan will fail.", QuoteKind::Direct, Some("Jane Roe"))],
        ),
        (
            "a quoted title is never the speaker",
            "The journalist, who is promoting his book, \"Sin Miedo\" (Without Fear), downplayed his influence.",
            &[],
        ),
        (
            "a partitive aside after a description: critics, many of them Catholics, argue",
            "His critics, many of them conservative Catholics, argue that the pope is \"political.\"",
            &[("the pope is \"political.\"", QuoteKind::Mixed, Some("His critics"))],
        ),
        (
            "a description's complement before an aside stays in the subject",
            "His critics in the United States, many of them Catholics, argue that the pope is wrong.",
            &[("the pope is wrong", QuoteKind::Indirect, Some("His critics in the United States"))],
        ),
        (
            "an object ends before an apposition after its comma",
            "Jane Roe praised the Head Start program, the pre-school run by schools and charities.",
            &[("the Head Start program", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a comma inside a number is no boundary",
            "Jane Roe proposed free tuition for families with less than $125,000 in income.",
            &[(
                "free tuition for families with less than $125,000 in income",
                QuoteKind::Indirect,
                Some("Jane Roe"),
            )],
        ),
        (
            "a name after the preposition of a common noun is no speaker: a spokesman for Roe",
            "A spokesman for Senator Jane Roe said the bill was dead.",
            &[("the bill was dead", QuoteKind::Indirect, Some("A spokesman for Senator Jane Roe"))],
        ),
        (
            "a place after the preposition of a common noun is no speaker",
            "A lawmaker in the Philippines said the remarks were offensive.",
            &[("the remarks were offensive", QuoteKind::Indirect, Some("A lawmaker in the Philippines"))],
        ),
        (
            "an organisation after the head's \"of\" is no speaker",
            "The head of the Federal Reserve Bank of New York said rates would rise.",
            &[(
                "rates would rise",
                QuoteKind::Indirect,
                Some("The head of the Federal Reserve Bank of New York"),
            )],
        ),
        (
            "a title keeps its \"of\": the secretary of state is the person named",
            "The former secretary of state Jane Roe said rates would rise.",
            &[("rates would rise", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a source after \"from\" is the speaker",
            "A statement from Jane Roe said rates would rise. Roe said the plan would fail.",
            &[
                ("rates would rise", QuoteKind::Indirect, Some("Jane Roe")),
                ("the plan would fail", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "second attribution after \"and\" without a comma ends the paraphrase",
            "Jane Roe said the plan was dead and John Smith says the vote will fail.",
            &[
                ("the plan was dead", QuoteKind::Indirect, Some("Jane Roe")),
                ("the vote will fail", QuoteKind::Indirect, Some("John Smith")),
            ],
        ),
        (
            "parenthetical trailer followed by a second attribution",
            "The jet was insured for $35 million in 2011, records show, and aviation experts say it is worth \
             about $18 million now.",
            &[
                ("The jet was insured for $35 million in 2011", QuoteKind::Indirect, Some("records")),
                ("it is worth about $18 million now", QuoteKind::Indirect, Some("aviation experts")),
            ],
        ),
        (
            "paraphrase, then a quotation only its context attributes: one statement",
            r#"Jane Roe said the plan was dead. "We tried everything we could.""#,
            &[(r#"the plan was dead. "We tried everything we could.""#, QuoteKind::Mixed, Some("Jane Roe"))],
        ),
        (
            "a quotation finishing a paraphrase, its cue inside it: one statement by the outer speaker",
            "Jane Roe said the new rules showed “a lack of respect for our workers.”",
            &[(
                "the new rules showed “a lack of respect for our workers.”",
                QuoteKind::Mixed,
                Some("Jane Roe"),
            )],
        ),
        (
            "a pronoun's quotation finishing a paraphrase: one statement",
            r#"Jane Roe said she recalled thinking, "This is what we feared.""#,
            &[(r#"she recalled thinking, "This is what we feared.""#, QuoteKind::Mixed, Some("Jane Roe"))],
        ),
        (
            "a named person's quotation after a paraphrase is theirs",
            "Jane Roe noted that the mayor skipped the vote, and John Doe boasted, “That makes me smart.”",
            &[
                ("the mayor skipped the vote", QuoteKind::Indirect, Some("Jane Roe")),
                ("That makes me smart.", QuoteKind::Direct, Some("John Doe")),
            ],
        ),
        (
            "a paraphrase holding its own attribution, then the speaker's quotation: two items",
            r#"The two will meet next week, Jane Roe said, adding, "They need to talk.""#,
            &[
                ("The two will meet next week", QuoteKind::Indirect, Some("Jane Roe")),
                ("They need to talk.", QuoteKind::Direct, Some("Jane Roe")),
            ],
        ),
        (
            "object of a verb that reports no words, then a quotation: two items",
            r#"Jane Roe described the meeting with the mayor. "We tried everything we could.""#,
            &[
                ("the meeting with the mayor", QuoteKind::Indirect, Some("Jane Roe")),
                ("We tried everything we could.", QuoteKind::Direct, Some("Jane Roe")),
            ],
        ),
        (
            "paraphrase, then a quotation in the next paragraph: two items",
            "Jane Roe said the plan was dead.\n\n\"We tried everything we could.\"",
            &[
                ("the plan was dead", QuoteKind::Indirect, Some("Jane Roe")),
                ("We tried everything we could.", QuoteKind::Direct, Some("Jane Roe")),
            ],
        ),
        (
            "a deed coordinated inside the reported clause goes on with it",
            "Police say he posed a deadly threat and refused to drop the gun.",
            &[("he posed a deadly threat and refused to drop the gun", QuoteKind::Indirect, Some("Police"))],
        ),
        (
            "an act of speech coordinated after the reported clause is its own",
            "Jane Roe said the plan was dead and called on the council to vote it down.",
            &[
                ("the plan was dead", QuoteKind::Indirect, Some("Jane Roe")),
                ("the council to vote it down", QuoteKind::Indirect, Some("Jane Roe")),
            ],
        ),
        (
            "what a definite object is called, without quotation marks",
            "The Trump campaign called the charges unsubstantiated and fabricated.",
            &[(
                "the charges unsubstantiated and fabricated",
                QuoteKind::Indirect,
                Some("The Trump campaign"),
            )],
        ),
        ("a call that names nothing", "She called the meeting to order.", &[]),
        (
            "verbatim fragment in a sentence no cue claims: the subject's verb takes it",
            r#"Jane Roe stood by her comment Monday that "the plan is dead on arrival.""#,
            &[(
                r#"by her comment Monday that "the plan is dead on arrival.""#,
                QuoteKind::Mixed,
                Some("Jane Roe"),
            )],
        ),
        (
            "verbatim fragment after a passive: nobody said it",
            r#"The rally was interrupted by a protester wearing a cap that read "Make America Great Again" in red."#,
            &[],
        ),
        (
            "a cue word inside a hyphenated compound is no verb",
            "The depreciation write-offs are supposed to be recaptured when the property is sold.",
            &[],
        ),
        (
            "to whom someone spoke is no content",
            "Speaking to supporters in the capital, Jane Roe said the plan was dead.",
            &[("the plan was dead", QuoteKind::Indirect, Some("Jane Roe"))],
        ),
        (
            "a fronted poll is the source of the rest of the sentence",
            "In the new Post-ABC poll, Jane Roe wins about one in three primary voters.",
            &[(
                "Jane Roe wins about one in three primary voters",
                QuoteKind::Indirect,
                Some("the new Post-ABC poll"),
            )],
        ),
        (
            "a poll closing the sentence is the source of what comes before it",
            "Jane Roe had 38 percent support in a Fox poll.",
            &[("Jane Roe had 38 percent support", QuoteKind::Indirect, Some("a Fox poll"))],
        ),
        ("going to the polls reports nothing", "Voters in the District head to the polls on Tuesday.", &[]),
        (
            "according to a source around a quotation and its trailer",
            r#""We tried everything," Jane Roe told advisers, according to two people in the room."#,
            &[(
                r#""We tried everything," Jane Roe told advisers"#,
                QuoteKind::Mixed,
                Some("two people in the room"),
            )],
        ),
    ];

    #[test]
    fn a_subject_read_forward_stops_before_its_own_verb() {
        for (input, mention) in [
            (r#"The crowd marched through the city, chanting "Not this year.""#, "The crowd"),
            (r#"Jane Roe resisted: "Not this year.""#, "Jane Roe"),
            (r#"Those surveyed say "not this year.""#, "Those surveyed"),
        ] {
            let ex = run(input);
            let got: Vec<_> =
                ex.quotes.iter().filter_map(|q| q.speaker_mention.as_ref()).map(|m| &m.text).collect();
            assert_eq!(got, [mention], "{input}");
        }
    }

    #[test]
    fn every_construction_is_extracted() {
        for (name, input, expected) in CASES {
            let ex = run(input);
            let got: Vec<(&str, QuoteKind, Option<&str>)> = ex
                .quotes
                .iter()
                .map(|q| (q.text.as_str(), q.kind, q.speaker.map(|s| ex.speakers[s].name.as_str())))
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    /// (construction, input, expected speaker kind of the first quote)
    const KINDS: &[(&str, &str, SpeakerKind)] = &[
        ("anonymous", "A Russian source said the plan would fail.", SpeakerKind::Anonymous),
        ("person", "Maria Zakharova said the plan would fail.", SpeakerKind::Person),
        ("organisation", "The ministry said the plan would fail.", SpeakerKind::Organization),
        (
            "people who know, unnamed",
            "People familiar with the talks said the plan would fail.",
            SpeakerKind::Anonymous,
        ),
        (
            "people with knowledge, unnamed",
            "People with direct knowledge of the talks said the plan would fail.",
            SpeakerKind::Anonymous,
        ),
        (
            "a spokesman for an organisation",
            "A spokesman for the ministry said the plan would fail.",
            SpeakerKind::Anonymous,
        ),
        (
            "a statement from an office",
            "A statement from Roe's office said the plan would fail.",
            SpeakerKind::Document,
        ),
        ("a share of a group", "Forty percent of voters said the plan would fail.", SpeakerKind::Group),
        ("group", "Republicans said the plan would fail.", SpeakerKind::Group),
        ("document", "“We will win,” said the leaflets.", SpeakerKind::Document),
        ("titled document", "The Annual Housing Survey said the plan would fail.", SpeakerKind::Document),
        ("people named by a plural", "The Kurds said the plan would fail.", SpeakerKind::Group),
    ];

    #[test]
    fn speakers_are_typed() {
        for (name, input, kind) in KINDS {
            let ex = run(input);
            let q = ex.quotes.first().unwrap_or_else(|| panic!("{name}: no quote"));
            assert_eq!(q.speaker.map(|s| ex.speakers[s].kind), Some(*kind), "{name}");
        }
    }

    /// (construction, input, expected speaker mention of the first quote, as written)
    const MENTIONS: &[(&str, &str, &str)] = &[
        (
            "description aside before the cue",
            "Jeb Bush, the former Florida governor and a candidate, said the plan would fail.",
            "Jeb Bush, the former Florida governor and a candidate",
        ),
        (
            "relative clause aside before the cue",
            "Kieran Suckling, who is director of the center, says the plan would fail.",
            "Kieran Suckling, who is director of the center",
        ),
        (
            "prepositional aside is not part of the mention",
            "Jane Smith, in a statement released Thursday, said the plan would fail.",
            "Jane Smith",
        ),
        (
            "trailing description after an inverted cue",
            "“We will win,” said Jeb Bush, the former Florida governor and a candidate.",
            "Jeb Bush, the former Florida governor and a candidate",
        ),
        (
            "trailing relative clause after an inverted cue",
            "“We will win,” said Jane Smith, who leads the group.",
            "Jane Smith, who leads the group",
        ),
        (
            "description then name after an inverted cue",
            "“We are anxious,” said another Twitter user, Johanna Bayer.",
            "another Twitter user, Johanna Bayer",
        ),
        (
            "description with a prepositional post-modifier",
            "The plan would fail, a person familiar with the talks said.",
            "a person familiar with the talks",
        ),
        (
            "post-modifier close to a pronoun",
            "Still, the plan would fail, a source close to him said.",
            "a source close to him",
        ),
        (
            "post-modifier close to her, an object after the preposition",
            "Aides close to her say the plan would fail.",
            "Aides close to her",
        ),
        (
            "post-modifier after a source noun opening the sentence",
            "People with knowledge of the talks said the plan would fail.",
            "People with knowledge of the talks",
        ),
        (
            "post-modifier after an inverted cue",
            "The plan would fail, according to a source on the call.",
            "a source on the call",
        ),
        ("joined names in a poll", "Trump leads the field, according to a CNN/WMUR poll.", "a CNN/WMUR poll"),
        (
            "a cue word inside a name",
            "Campaign spokeswoman Hope Hicks said all staffers sign agreements.",
            "Campaign spokeswoman Hope Hicks",
        ),
        (
            "an aside between dashes",
            "Jason Sims — a teacher from Mount Pleasant — says he made a late decision.",
            "Jason Sims — a teacher from Mount Pleasant",
        ),
        (
            "party parenthesis then an apposition",
            "Rep. Elijah Cummings (D-Md.), chair of the drafting committee, said the talks went well.",
            "Rep. Elijah Cummings (D-Md.), chair of the drafting committee",
        ),
        (
            "trailing description with a relative clause",
            "The mandates are a burden on schools, said Wilcox, an Orlando Republican who founded two companies.",
            "Wilcox, an Orlando Republican who founded two companies",
        ),
        (
            "trailing description, name and relative clause",
            "He had a voice in decisions, said a former spokesman for the Foreign Ministry, Oleg Voloshyn, who ran.",
            "a former spokesman for the Foreign Ministry, Oleg Voloshyn",
        ),
        (
            "initials before a surname",
            "“We will win,” says J.J. MacNab, an expert on militias.",
            "J.J. MacNab, an expert on militias",
        ),
        (
            "negated auxiliary is not part of the subject",
            "Roffman doesn't want the party to split.",
            "Roffman",
        ),
        (
            "participle, date and agent inside a document mention",
            "The plan would fail, according to a memo released Friday by the agency's watchdog.",
            "a memo released Friday by the agency's watchdog",
        ),
        (
            "report with a participle and a date before the cue",
            "A watchdog report released last year found that the agency could not be sure.",
            "A watchdog report released last year",
        ),
        (
            "a clause after according to is content, not a description",
            "According to the UN, a military offensive could displace many people.",
            "the UN",
        ),
        (
            "trailing description with a second apposition",
            "“We will win,” said Ann Poe, president of the Rail Institute, a group that studies trains.",
            "Ann Poe, president of the Rail Institute, a group that studies trains",
        ),
        (
            "trailing age and hometown",
            "“We will win,” said John Doe, 52, of Leeds, a partner at a firm that builds bridges.",
            "John Doe, 52, of Leeds, a partner at a firm that builds bridges",
        ),
        (
            "long coordinated trailing description",
            "“We will win,” said Jane Roe, a former adviser to the mayor of the city and a former director of the \
             Budget Office of the State Assembly.",
            "Jane Roe, a former adviser to the mayor of the city and a former director of the Budget Office of the \
             State Assembly",
        ),
        (
            "trailing description ends before an adjunct",
            "“We will win,” said Jane Roe, a lawyer at the firm, via email.",
            "Jane Roe, a lawyer at the firm",
        ),
        (
            "relative clause after according to",
            "The plan would fail, according to officials who attended the meeting.",
            "officials who attended the meeting",
        ),
        (
            "agent after according to",
            "The plan would fail, according to a new study by the institute.",
            "a new study by the institute",
        ),
        (
            "list inside a post-modifier",
            "The plan would fail, according to interviews with his friends, aides and rivals.",
            "interviews with his friends, aides and rivals",
        ),
        (
            "party parenthesis then a trailing description",
            "“We will win,” said Rep. Jane Roe (D-Ohio), a member of the budget committee.",
            "Rep. Jane Roe (D-Ohio), a member of the budget committee",
        ),
        (
            "plural possessive inside an apposition",
            "John Doe, Roberts’ campaign manager, said the plan would fail.",
            "John Doe, Roberts’ campaign manager",
        ),
        (
            "description then name before a participle",
            "“We will win,” said the mayor’s chief of staff, Ann Poe, adding that the vote was close.",
            "the mayor’s chief of staff, Ann Poe",
        ),
        (
            "aside closed by the subject's own verb",
            "Jane Roe, a former party chair, poked at the plan during the debate, tweeting, “It will fail.”",
            "Jane Roe, a former party chair",
        ),
        (
            "abbreviated place inside a trailing relative clause",
            "“We will win,” said Jane Roe, who teaches law at a college in St. Louis.",
            "Jane Roe, who teaches law at a college in St. Louis",
        ),
        (
            "post-modifier after a sentence-initial according to",
            "According to cables that were later released by the ministry, the envoy met the rebels twice.",
            "cables that were later released by the ministry",
        ),
        (
            "participle and as-phrase after according to",
            "The plan would fail, according to memos flagged as sensitive by the agency.",
            "memos flagged as sensitive by the agency",
        ),
        (
            "day and source after according to",
            "The plan would fail, according to a report Tuesday from a local station.",
            "a report Tuesday from a local station",
        ),
        (
            "aside about the subject",
            "Fields, along with a colleague from the paper, say the plan would fail.",
            "Fields, along with a colleague from the paper",
        ),
    ];

    #[test]
    fn mentions_keep_their_appositions() {
        for (name, input, expected) in MENTIONS {
            let ex = run(input);
            let m = ex.quotes.first().and_then(|q| q.speaker_mention.as_ref());
            assert_eq!(m.map(|m| m.text.as_str()), Some(*expected), "{name}");
        }
    }

    #[test]
    fn pronoun_mentions_are_kept_as_written() {
        let text = "He said the plan would fail.";
        let ex = run(text);
        let m = ex.quotes[0].speaker_mention.as_ref().expect("mention");
        assert_eq!((m.text.as_str(), &text[m.span.clone()]), ("He", "He"));
    }

    #[test]
    fn a_conversation_keeps_its_date() {
        let text = "A Russian source told Asharq Al-Awsat Thursday that a deal was near. \
                    “We expect an operation,” the source said.";
        let ex = run(text);
        let dates: Vec<Option<NaiveDate>> = ex.quotes.iter().map(|q| q.said_on.map(|d| d.date)).collect();
        assert_eq!(dates, vec![NaiveDate::from_ymd_opt(2018, 8, 9); 2]);
    }

    #[test]
    fn a_quote_without_a_place_takes_the_dateline() {
        let text = "Senate vote delayed\n\nWASHINGTON — Jane Smith said the plan would fail. \
                    “We will win,” she said in Ohio.";
        let ex = run(text);
        let places: Vec<Option<&str>> = ex.quotes.iter().map(|q| q.place.as_deref()).collect();
        assert_eq!(places, vec![Some("Washington"), Some("Ohio")]);
    }

    fn check_spans(text: &str) {
        let ex = extract(&Article { text, published: None });
        for q in &ex.quotes {
            assert_eq!(text.get(q.span.clone()), Some(q.text.as_str()));
            for m in q.speaker_mention.iter().chain(q.cue.iter()) {
                assert_eq!(text.get(m.span.clone()), Some(m.text.as_str()));
            }
            assert!(q.speaker.is_none_or(|s| s < ex.speakers.len()));
        }
    }

    /// "close to him" with no word before it once indexed the word before the article.
    #[test]
    fn close_to_a_pronoun_opening_the_text() {
        let text = "Close to him said the plan is dead.";
        check_spans(text);
        let ex = run(text);
        assert_eq!(ex.quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["the plan is dead"]);
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_hold_on_any_text(text in "\\PC{0,300}") {
            check_spans(&text);
        }

        #[test]
        fn never_panics_on_quote_heavy_text(text in "([\"“”‘’'«»„ ,.:\\n—]|said|Smith|He|He’s|the source|according to|that|close to him|x|é){0,80}") {
            check_spans(&text);
        }
    }
}

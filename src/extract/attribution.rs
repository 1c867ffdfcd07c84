//! Attribution: ties quotation spans and reporting cues into quotations with a speaker mention.
//!
//! Design choice: work sentence by sentence (sentences never split a quotation). Direct quotes
//! claim the cue right after them first (`"…," X said`), then the cue right before them
//! (`X said: "…"`). Cues left over open indirect speech (`X said (that) …`, `…, X said.`,
//! `according to X`); a paraphrase that contains a still-unclaimed quotation becomes mixed.
//! Finally two passes over the whole article merge split quotes (`"A," he said. "B."`) and
//! give a stand-alone quotation the speaker of the quotation just before it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, AsStr, bare, contains};
use super::quotes::QuoteSpan;
use super::sentences::{has_full_stop, has_words, near, word_iter, words};
use super::speakers::{Form, Np, classify, subject_after, subject_before};
use super::{QuoteKind, SpeakerKind};

/// Any reporting cue: "according to" or a verb of the lexicon.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = [lexicon::CUE_VERBS, lexicon::NARRATIVE_PRESENT, lexicon::MIXED_VERBS, lexicon::OBJECT_VERBS]
        .concat()
        .join("|");
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)
        (?P<cue> [Aa]ccording\s+to      # attribution by preposition
               | [Aa]s\s+(?:reported|first\s+reported|noted|stated)\s+by
               | (?i:{verbs})           # reporting verbs, every inflection
        )
        (?-u:\b)"
    ))
    .expect("CUE is a valid pattern")
});

/// Adjuncts between a cue and its content: "on Thursday", "in a statement", "told reporters".
static ADJUNCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^[\s,]*
        (?:
            (?:on\s+|last\s+|this\s+|late\s+|early\s+)?
            (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year)
            (?:\s+(?:night|morning|afternoon|evening))?
          | for\s+the\s+(?:first|second|third|last)\s+time
          | (?:in|at|during|on|via|through)\s+(?:a|an|the|his|her|their|its|one)\s+
            (?:[\w’'-]+\s+){0,4}?
            (?:statement|interview|speech|conference|briefing|rally|debate|release|letter|post|tweet|email|e-mail|op-ed|appearance|meeting|call|event|hearing|session|address|memo|video|message|report|radio|show|town\s+hall)s?
            (?:\s+(?:message|statement|interview|release|conference|address|post|call|appearance)s?)?
            (?:\s+(?:with|on|to|at|in)\s+(?:the\s+|a\s+)?\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,3})?
          | on\s+(?:twitter|facebook|instagram|cnn|fox|msnbc|nbc|abc|cbs|television|tv|radio)(?:\s+news)?
          | (?:to|with)\s+reporters
          | for\s+(?:weeks|months|years|days|decades|a\s+long\s+time)
          | in\s+recent\s+(?:days|weeks|months|years)
          | earlier|later|again|also|repeatedly|publicly|privately|recently|previously|once|then
        )(?-u:\b)        # whole words: 'again' is no adjunct in 'against'"
    )
    .expect("ADJUNCT is a valid pattern")
});

/// Whether a cue (as [`bare`] gives it) attributes by a preposition: "according to X", "as
/// reported by X".
fn prepositional(cue: &str) -> bool {
    cue.starts_with("according") || cue.starts_with("as ")
}

/// One attributed (or stand-alone) quotation before coreference.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// Content span, outer quotation marks excluded.
    pub content: Range<usize>,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The speaker mention at this quote, if any.
    pub speaker: Option<Np>,
    /// The cue span.
    pub cue: Option<Range<usize>>,
    /// The attribution clause (speaker, cue and adjuncts) for dates and venues.
    pub clause: Option<Range<usize>>,
    /// True when the speaker came from context rather than a cue next to the quote.
    pub inherited: bool,
    /// Whether the speaker follows the content (`"…," X said`), which allows split-quote merging.
    pub trailer: bool,
    /// The sentence the attribution was found in.
    pub sentence: usize,
}

/// A cue word preceded by a determiner, a possessive or a preposition is a noun or an
/// adjective ("the jobs report", "Editor's note", "the expected visit"), not a verb.
fn verb_position(text: &str, lo: usize, c: Range<usize>) -> bool {
    if text[c.clone()].starts_with(['A', 'a']) && text[c.clone()].contains(' ') {
        return true;
    }
    let before = words(text, near(text, lo, c.start, 64)..c.start);
    let Some(prev) = before.last().cloned() else { return true };
    if !text[prev.end..c.start].trim().is_empty() {
        return true;
    }
    let p = &text[prev];
    let pb = bare(p);
    // "270 pledged delegates": after a number a cue word is an adjective; not after a poll's
    // share: "Six in 10 said".
    if pb.chars().all(|ch| ch.is_ascii_digit() || ch == ',') {
        return before.len() >= 3 && bare(&text[before[before.len() - 2].clone()]) == "in";
    }
    // Cue words that are mostly nouns ("the jobs report exceeded …", "a report that could
    // raise …") count as verbs only when no verb follows them.
    let cue_word = bare(&text[c.clone()]);
    if matches!(cue_word.as_str(), "report" | "reports") {
        let mut hi = (c.end + 60).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let after = words(text, c.end..hi);
        let w = |k: usize| after.get(k).map(|r| bare(&text[r.clone()])).unwrap_or_default();
        // "the final report said": a verb of saying after it is the verb, regular or not.
        let verbish = |b: &str| {
            contains(lexicon::AUX, b) || b.ends_with("ed") || b.ends_with("es") || lexicon::is_trailer_verb(b)
        };
        if verbish(&w(0)) || w(0) == "that" && verbish(&w(1)) {
            return false;
        }
    }
    // "before adding", "by saying", "after noting": a gerund after a preposition is the act.
    if cue_word.ends_with("ing")
        && matches!(pb.as_str(), "before" | "after" | "by" | "while" | "when" | "without" | "in")
    {
        return true;
    }
    // "a Washington think tank": a noun.
    if cue_word == "think" && text[c.end..].trim_start().starts_with("tank") {
        return false;
    }
    // "reality TV show", "the talk show": a compound noun, not "polls show".
    if matches!(cue_word.as_str(), "show" | "shows") && contains(lexicon::SHOW_KINDS, &pb) {
        return false;
    }
    // "made plans to …", "has no plans to …", "offered promises": a plural noun after a light
    // verb or a quantifier.
    if matches!(
        cue_word.as_str(),
        "plans" | "calls" | "claims" | "pledges" | "promises" | "demands" | "threats"
    ) && matches!(
        pb.as_str(),
        "made" | "make" | "makes" | "making" | "no" | "any" | "has" | "have" | "had" | "offered" | "unveiled"
    ) {
        return false;
    }
    // "to say", "to insist": an infinitive, when the cue is a base form.
    if pb == "to" && !cue_word.ends_with('s') && !cue_word.ends_with("ed") && !cue_word.ends_with("ing") {
        return true;
    }
    // "his vague tough talk", "a bold claim": the base form of a cue that is mostly a noun
    // needs a plural subject, a pronoun or an auxiliary before it ("voters talk", "they claim",
    // "will talk"), not a singular word or an adjective.
    let noun_base = matches!(
        cue_word.as_str(),
        "talk"
            | "claim"
            | "comment"
            | "reply"
            | "answer"
            | "boast"
            | "vow"
            | "pledge"
            | "promise"
            | "demand"
            | "call"
            | "joke"
            | "quip"
            | "estimate"
            | "note"
            | "plan"
            | "warning"
    );
    if noun_base
        && !is_cap(p)
        && !pb.ends_with('s')
        && !pb.ends_with("ly")
        && !contains(lexicon::PRONOUNS, &pb)
        && !contains(lexicon::AUX, &pb)
        && !contains(lexicon::FINITE_AUX, &pb)
        && !matches!(
            pb.as_str(),
            "and"
                | "or"
                | "but"
                | "nor"
                | "who"
                | "that"
                | "which"
                | "not"
                | "never"
                | "still"
                | "now"
                | "even"
                | "often"
                | "just"
                | "only"
                | "then"
                | "always"
                | "sometimes"
                | "people"
                | "men"
                | "women"
                | "children"
                | "police"
                | "staff"
                | "media"
                | "public"
                | "percent"
                | "longer"
                | "ever"
                | "to"
        )
    {
        return false;
    }
    // "a source close to her said": "her" after a preposition is an object, not a determiner.
    if pb == "her"
        && lexicon::is_speech_verb(&cue_word)
        && !matches!(cue_word.as_str(), "reports" | "notes")
        && before.len() >= 2
        && matches!(
            bare(&text[before[before.len() - 2].clone()]).as_str(),
            "to" | "with" | "for" | "about" | "of"
        )
    {
        return true;
    }
    // "He’s saying": a pronoun's "’s" is a contracted "is" or "has", not a possessive.
    let possessive = (p.ends_with("'s") || p.ends_with("’s") || p.ends_with("s'") || p.ends_with("s’"))
        && !contracted_be(p);
    !(possessive
        || contains(lexicon::DETERMINERS, &pb)
            && !matches!(
                pb.as_str(),
                "some"
                    | "many"
                    | "most"
                    | "all"
                    | "both"
                    | "few"
                    | "several"
                    | "more"
                    | "other"
                    | "two"
                    | "three"
                    | "one"
                    | "another"
            )
        || matches!(
            pb.as_str(),
            "of" | "in"
                | "for"
                | "to"
                | "on"
                | "with"
                | "by"
                | "from"
                | "at"
                | "this"
                | "that"
                | "new"
                | "latest"
                | "recent"
                | "first"
        ))
}

/// A capitalised cue word inside a prose sentence is part of a name or a title: "Trump
/// campaign spokeswoman Hope Hicks said", "the Fight for $15 movement". Headlines, which
/// capitalise every word ("Clinton Says Trump Will …"), keep their cues.
fn name_in_prose(text: &str, s: Range<usize>, c: Range<usize>) -> bool {
    if !text[c.clone()].starts_with(|ch: char| ch.is_uppercase()) || only_punct(&text[s.start..c.start]) {
        return false;
    }
    let ws = words(text, s);
    let lower = ws.iter().filter(|w| text[(*w).clone()].starts_with(|ch: char| ch.is_lowercase())).count();
    lower * 2 >= ws.len()
}

/// Whether `s` ends with a comma, also one just inside a closing mark (`…,”`).
fn ends_with_comma(s: &str) -> bool {
    s.trim_end().trim_end_matches(['”', '"', '’', '\'']).ends_with(',')
}

fn only_punct(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || ",;:.!?—–-".contains(c))
}

fn is_participle(w: &str) -> bool {
    w.ends_with("ing")
}

/// Finds every quotation of the article.
pub(crate) fn attribute(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    quotes: &[QuoteSpan],
) -> Vec<Found> {
    let mut found = Vec::new();
    let mut claimed = vec![false; quotes.len()];
    // One search over the whole text: the lazy DFA of the large cue alternation stays warm.
    let all_cues: Vec<Range<usize>> = CUE.find_iter(text).map(|m| m.range()).collect();
    // Quotes by start, and the furthest end reached so far: "is this cue inside a quotation"
    // and "which quotes open in this sentence" are binary searches, not scans.
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&q| quotes[q].outer.start);
    let reach: Vec<usize> = order
        .iter()
        .scan(0, |m, &q| {
            *m = (*m).max(quotes[q].outer.end);
            Some(*m)
        })
        .collect();
    let inside_quote = |pos: usize| {
        let k = order.partition_point(|&q| quotes[q].outer.start < pos);
        k > 0 && reach[k - 1] > pos
    };
    for (si, s) in sentences.iter().enumerate() {
        let lo = order.partition_point(|&q| quotes[q].outer.start < s.start);
        let hi = order.partition_point(|&q| quotes[q].outer.start < s.end);
        let mut qs: Vec<usize> = order[lo..hi].to_vec();
        qs.sort_unstable();
        let from = all_cues.partition_point(|c| c.start < s.start);
        let cues: Vec<Range<usize>> = all_cues[from..]
            .iter()
            .take_while(|c| c.end <= s.end)
            .filter(|c| !inside_quote(c.start))
            .filter(|c| verb_position(text, s.start, (*c).clone()))
            // "write-offs", "know-how", "self-described": part of a compound, no verb.
            .filter(|c| !text[c.end..].starts_with('-') && !text[..c.start].ends_with('-'))
            .filter(|c| !name_in_prose(text, s.clone(), (*c).clone()))
            .cloned()
            .collect();
        let mut used = vec![false; cues.len()];
        let sentence = Sentence { text, s: s.clone(), si, qs: &qs, quotes, cues: &cues };
        // Each pass leaves the cues and quotations it used to the next.
        direct(&sentence, Marks { used: &mut used, claimed: &mut claimed, found: &mut found });
        naming_relatives(&sentence, Marks { used: &mut used, claimed: &mut claimed, found: &mut found });
        indirect(&sentence, Marks { used: &mut used, claimed: &mut claimed, found: &mut found });
        as_clause(&sentence, Marks { used: &mut used, claimed: &mut claimed, found: &mut found });
        fronted_participle(&sentence, Marks { used: &mut used, claimed: &mut claimed, found: &mut found });
        nominal_claim(&sentence, &mut found);
        poll_source(&sentence, &mut found);
    }
    found.sort_by_key(|f| f.content.start);
    let found = merge_split(text, paragraphs, quotes, found, &mut claimed);
    let found = standalone(text, paragraphs, sentences, quotes, &claimed, found);
    let found = embedded_fragments(text, sentences, quotes, &claimed, found);
    let found = paraphrase_then_quote(text, paragraphs, found);
    let found = nested_quotation(text, found);
    let found = transcript_turns(text, sentences, quotes, found);
    let found = headline_colons(text, paragraphs, sentences, found);
    headline_verb(text, paragraphs, found)
}

/// `Kasich said he would have fired him, according to press reports.`: the report is the
/// source of the whole sentence, its inner attribution included; the annotators keep only the
/// outer one. Marks each attribution reported inside an `according to` one, when it opens the
/// reported sentence: its subject and cue come first (`Police have said …`) or it is a
/// quotation with its trailer (`"…," Mr. Pence said during the session, according to audio
/// …`). Its speaker is still a mention for coreference; its words are not a quotation of their
/// own.
pub(crate) fn reported_inside(text: &str, found: &[Found]) -> Vec<bool> {
    // `according to X` and a poll's `in` (see [`poll_source`]) report a whole sentence.
    let according = |f: &Found| {
        f.cue.as_ref().is_some_and(|c| {
            let c = &text[c.clone()];
            c.eq_ignore_ascii_case("according to") || c.eq_ignore_ascii_case("in")
        })
    };
    let outer: Vec<&Range<usize>> = found.iter().filter(|f| according(f)).map(|f| &f.content).collect();
    found
        .iter()
        .map(|f| {
            !according(f)
                && outer.iter().any(|o| {
                    **o != f.content
                        && o.start <= f.content.start
                        && f.content.end <= o.end
                        && !has_words(text, o.start..f.content.start, 9)
                })
        })
        .collect()
}

/// Verbs of headline English beyond the reporting lexicon: "Washington Post backs Clinton",
/// "Black Lawmakers Rip Trump".
const HEADLINE_VERBS: &[&str] = &[
    "backs",
    "back",
    "rips",
    "rip",
    "hits",
    "knocks",
    "champions",
    "prefer",
    "prefers",
    "eyes",
    "taunts",
    "jabs",
    "pans",
    "mock",
    "mocks",
    "hails",
    "slams",
    "slam",
    "blasts",
    "blast",
    "touts",
    "defends",
    "denies",
    "reassures",
    "doubts",
    "predicts",
    "questions",
    "compares",
    "vows",
    "urges",
    "warns",
    "accuses",
    "claims",
    "declares",
    "calls",
    "says",
    "say",
    "tells",
    "insists",
    "admits",
    "pledges",
    "promises",
    "threatens",
    "dismisses",
    "rejects",
    "endorses",
    "endorse",
    "praises",
    "attacks",
    "attack",
    "targets",
    "lambastes",
    "scolds",
    "chides",
    "assails",
    "bashes",
    "bash",
    "decries",
    "disputes",
    "fires",
    "lashes",
    "rebukes",
    "ridicules",
    "demands",
    "defend",
    "thanks",
    "cites",
    "unveils",
    "outlines",
    "proposes",
    "pitches",
    "floats",
    "weighs",
    "considers",
    "rules",
    "sees",
    "expects",
    "fears",
    "hopes",
    "wants",
    "seeks",
    "opposes",
    "supports",
];

/// The title's attribution when it has a subject and a verb: "Washington Post backs Hillary
/// Clinton for president.", "Glenn Beck Blasts Drudge for Mocking His Fast". Only the first
/// paragraph, when it reads as a title (short, one sentence) and nothing in it is attributed yet.
fn headline_verb(text: &str, paragraphs: &[Range<usize>], mut found: Vec<Found>) -> Vec<Found> {
    let Some(p) = paragraphs.first().cloned() else { return found };
    let title = text[p.clone()].trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let mut from = p.start;
    // "The Latest: Sanders declares …": a label before a colon.
    if let Some(colon) = title.find(": ")
        && !has_words(text, p.start..p.start + colon, 4)
    {
        from = p.start + colon + 1;
    }
    let end = p.start + title.len();
    let ws = words(text, from..end);
    if ws.len() < 3
        || ws.len() > 25
        || text[from..end].contains(". ")
        || found.iter().any(|f| f.content.start < end && p.start < f.content.end)
    {
        return found;
    }
    let verb_at = (1..ws.len().min(7)).find(|&k| {
        let b = bare(&text[ws[k].clone()]);
        (contains(HEADLINE_VERBS, &b) || lexicon::is_cue_verb(&b) && b.ends_with('s'))
            && ws[..k].iter().all(|w| {
                let t = &text[w.clone()];
                is_cap(t) || contains(&["of", "and", "for", "&"], &bare(t))
            })
    });
    let Some(k) = verb_at else { return found };
    // "Suspect Named By Police": a passive is no attribution.
    if ws.get(k + 1).is_some_and(|w| bare(&text[w.clone()]) == "by") || k + 1 >= ws.len() {
        return found;
    }
    let subject = ws[0].start..ws[k - 1].end;
    if !only_punct(&text[from..subject.start]) || text[subject.clone()].contains(',') {
        return found;
    }
    let np = classify(text, subject.clone());
    let mut start = ws[k + 1].start;
    if bare(&text[ws[k + 1].clone()]) == "that" && k + 2 < ws.len() {
        start = ws[k + 2].start;
    }
    let stop = text[start..end].find(';').map_or(end, |i| start + i);
    let content = trim_content(text, start..stop);
    if content.is_empty() {
        return found;
    }
    let kind = paraphrase_kind(&text[content.clone()]);
    found.push(Found {
        content,
        kind,
        speaker: Some(np),
        cue: Some(ws[k].clone()),
        clause: Some(subject.start..ws[k].end),
        inherited: false,
        trailer: false,
        sentence: 0,
    });
    found.sort_by_key(|f| f.content.start);
    found
}

/// A paragraph opened by a name and a colon: a headline ("Trump: My plans aren't set in
/// stone", "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade") or a transcript
/// turn ("BENENSON: Senator Sanders doesn't get to decide …").
static HEADLINE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^(?P<speaker>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})     # up to four capitalised words
        (?:\s+(?:to|on|at)\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})?  # 'to Planned Parenthood', 'at RNC'
        \s*:\s+
        (?P<content>\S[^\n]*)",
    )
    .expect("HEADLINE_COLON is a valid pattern")
});

/// Labels that open a paragraph with a colon but attribute nothing.
const LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor",
    "watch",
    "exclusive",
    "breaking",
    "video",
    "photos",
    "photo",
    "related",
    "read",
    "correction",
    "abstract",
    "text",
    "full",
    "q",
    "a",
    "question",
    "answer",
    "source",
    "sources",
    "credit",
    "contributing",
    "contributors",
    "listen",
    "see",
    "more",
    "also",
    "live",
    "analysis",
    "opinion",
    "the",
    "this",
    "here",
    "why",
    "what",
    "how",
    "when",
    "where",
    "who",
    "bottom",
    "result",
    "fact",
    "facts",
    "warning",
    "disclosure",
    "audio",
    "transcript",
    "map",
    "chart",
    "graphic",
    "tweet",
    "quote",
];

/// A transcript's speaker label: "KATE BOULDUAN:", "MR. O'NEILL:", "SECRETARY CLINTON:", at
/// the start of a paragraph, after a sentence or right after an opening quotation mark.
static TURN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?xm)
        (?: ^ | [.!?…]["”’]?\s+ | ["“]\s? )
        (?P<label> (?:\p{Lu}{2,4}\.\s)? \p{Lu}[\p{Lu}'’-]+ (?:\s\p{Lu}[\p{Lu}'’-]+){0,2} )
        :\s+\S"#,
    )
    .expect("TURN_LABEL is a valid pattern")
});

/// The turns of a transcript: `BENENSON: This is a man who said …` is a direct quotation of
/// Benenson up to the next label, the end of its paragraph or the quotation that holds it. An
/// article is a transcript when it has at least three labelled turns by at least two labels
/// ("CORRECTION:" or "UPDATE:" alone make none). A turn replaces whatever the passes before
/// found inside it: what a speaker reports is part of the turn.
fn transcript_turns(
    text: &str,
    sentences: &[Range<usize>],
    quotes: &[QuoteSpan],
    mut found: Vec<Found>,
) -> Vec<Found> {
    // Cheap pre-check: every label is followed by ": ".
    if !text.contains(": ") {
        return found;
    }
    let labels: Vec<Range<usize>> = TURN_LABEL
        .captures_iter(text)
        .filter_map(|c| c.name("label").map(|m| m.range()))
        .filter(|l| {
            words(text, l.clone()).iter().all(|w| {
                let b = bare(&text[w.clone()]);
                !contains(LABELS, &b) && !contains(EDITORIAL_LABELS, &b)
            })
        })
        .collect();
    let mut distinct: Vec<&str> = labels.iter().map(|l| &text[l.clone()]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if labels.len() < 3 || distinct.len() < 2 {
        return found;
    }
    let mut turns = Vec::new();
    for (k, label) in labels.iter().enumerate() {
        let colon = label.end;
        let start = colon + 1;
        let para_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let next_label = labels.get(k + 1).map_or(text.len(), |n| n.start);
        let holder = quotes
            .iter()
            .filter(|q| q.content.start <= label.start && colon < q.content.end)
            .map(|q| q.content.end)
            .min()
            .unwrap_or(text.len());
        let raw = start..para_end.min(next_label).min(holder);
        // The next label's sentence opener (a closing mark, "“") stays out of this turn.
        let raw = raw.start..raw.start + text[raw.clone()].trim_end_matches(['"', '“']).len();
        let content = trim_content(text, raw);
        if !has_words(text, content.clone(), 1) {
            continue;
        }
        // A named label in a transcript is a person, even in capitals: "SMITH" is no acronym.
        let mut speaker = classify(text, label.clone());
        if speaker.form == Form::Name {
            speaker.kind = SpeakerKind::Person;
        }
        turns.push(Found {
            content,
            kind: QuoteKind::Direct,
            speaker: Some(speaker),
            cue: Some(colon..colon + 1),
            clause: Some(label.start..colon + 1),
            inherited: false,
            trailer: false,
            sentence: sentences.partition_point(|s| s.end <= label.start),
        });
    }
    found.retain(|f| {
        !turns.iter().any(|t| f.content.start < t.content.end && t.content.start < f.content.end)
    });
    found.extend(turns);
    found.sort_by_key(|f| f.content.start);
    found
}

/// Upper-case labels of newsroom copy that name no speaker: "BYLINE:", "PREVIOUSLY:".
const EDITORIAL_LABELS: &[&str] = &["byline", "previously", "dateline", "fix", "ap", "reuters", "afp", "upi"];

fn headline_colons(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    mut found: Vec<Found>,
) -> Vec<Found> {
    let mut extra = Vec::new();
    for p in paragraphs {
        // Cheap pre-check: the colon comes within the first few words.
        if !text.as_bytes()[p.start..p.end.min(p.start + 120)].contains(&b':') {
            continue;
        }
        let Some(c) = HEADLINE_COLON.captures(&text[p.clone()]) else { continue };
        let (Some(sp), Some(ct)) = (c.name("speaker"), c.name("content")) else { continue };
        let speaker = p.start + sp.start()..p.start + sp.end();
        // "Editor's note:", "Breaking News:", but not "Judicial Watch:".
        if words(text, speaker.clone()).first().is_some_and(|w| contains(LABELS, &bare(&text[w.clone()]))) {
            continue;
        }
        let raw = p.start + ct.start()..p.start + ct.end();
        let content = trim_content(text, raw.start..content_end(text, raw.clone()));
        if !has_words(text, content.clone(), 3)
            || found.iter().any(|f| f.content.start < content.end && content.start < f.content.end)
        {
            continue;
        }
        // A name, or a document that reports: "Poll: Clinton and Trump in dead heat".
        let np = classify(text, speaker.clone());
        if np.form != Form::Name && !(np.form == Form::Description && np.kind == SpeakerKind::Document) {
            continue;
        }
        let colon = speaker.end + text[speaker.end..raw.start].find(':').unwrap_or(0);
        let t = &text[content.clone()];
        let kind = if t.contains(['"', '“', '”', '‘', '’']) || t.contains("''") {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        extra.push(Found {
            content,
            kind,
            speaker: Some(np),
            cue: Some(colon..colon + 1),
            clause: Some(speaker.start..colon + 1),
            inherited: false,
            trailer: false,
            sentence: sentences.partition_point(|s| s.end <= p.start),
        });
    }
    found.extend(extra);
    found.sort_by_key(|f| f.content.start);
    found
}

/// One sentence as the attribution passes read it.
#[derive(Clone)]
struct Sentence<'a> {
    text: &'a str,
    s: Range<usize>,
    /// Its index among the article's sentences.
    si: usize,
    /// The quotations that open in it, as indices into `quotes`.
    qs: &'a [usize],
    quotes: &'a [QuoteSpan],
    /// Its reporting cues.
    cues: &'a [Range<usize>],
}

/// What the passes over one sentence mark as they go: the cues used, the quotations claimed
/// (article-wide) and the attributions found.
struct Marks<'a> {
    used: &'a mut [bool],
    claimed: &'a mut [bool],
    found: &'a mut Vec<Found>,
}

/// A direct quote's attribution: speaker, cue, clause, and whether the speaker follows.
type Hit = (Np, Option<Range<usize>>, Range<usize>, bool);

fn direct(sentence: &Sentence<'_>, marks: Marks<'_>) {
    let Sentence { text, s, si, qs, quotes, cues } = sentence.clone();
    let Marks { used, claimed, found } = marks;
    for (k, &qi) in qs.iter().enumerate() {
        let q = &quotes[qi];
        if claimed[qi] {
            continue;
        }
        let mut after_end = qs.get(k + 1).map_or(s.end, |&n| quotes[n].outer.start);
        // `"…," Bill Eastland, wearing "Ted Cruz" pins, said.`: a short quotation inside the
        // trailer, before its cue, does not end the trailer.
        let mut inner = None;
        if text[q.content.clone()].trim_end().ends_with([',', '?', '!'])
            && let Some(&n) = qs.get(k + 1)
            && !has_words(text, quotes[n].content.clone(), 5)
            && !text[q.outer.end..quotes[n].outer.start].contains(['.', '!', '?', ';', ':'])
            && !cues.iter().any(|c| q.outer.end <= c.start && c.end <= quotes[n].outer.start)
        {
            let end = qs.get(k + 2).map_or(s.end, |&m| quotes[m].outer.start);
            if cues.iter().any(|c| quotes[n].outer.end <= c.start && c.end <= end) {
                after_end = end;
                inner = Some(n);
            }
        }
        let before_start = if k == 0 { s.start } else { quotes[qs[k - 1]].outer.end };
        let after = q.outer.end.min(after_end)..after_end;
        // Trailer: `"…," X said` or `"…," said X`.
        let mut hit: Option<Hit> = None;
        if let Some((ci, c)) =
            cues.iter().enumerate().find(|(ci, c)| !used[*ci] && c.start >= after.start && c.end <= after.end)
        {
            let between = &text[after.start..c.start];
            let verb = bare(&text[c.clone()]);
            let trailer_ok = (lexicon::is_trailer_verb(&verb) || prepositional(&verb))
                && !contains(lexicon::MIXED_VERBS, &verb);
            if trailer_ok && only_punct(between) {
                if let Some(np) = subject_after(text, c.end, after.end) {
                    used[ci] = true;
                    hit = Some((np, Some(c.clone()), after.start..s.end, true));
                }
            } else if trailer_ok
                && (between.trim_start().starts_with(',') || !has_words(text, after.start..c.start, 31))
                && let Some(np) = subject_before(text, after.start, c.start)
                    .filter(|np| only_punct(&text[after.start..np.span.start]))
                    .or_else(|| {
                        // Only a quotation that closes its statement: `"…," the senator said`.
                        let closed = text[q.content.clone()].trim_end().ends_with([',', '?', '!']);
                        trailer_subject(text, after.start, c.start).filter(|_| closed)
                    })
                && (!opens_content(text, c.clone(), after.end) || opens_and_closes(text, s.start, q))
            {
                used[ci] = true;
                hit = Some((np, Some(c.clone()), after.start..s.end, true));
            }
        }
        // `"…," Bill Eastland, wearing "Ted Cruz" pins, said.`: a name, an aside holding the
        // inner quotation, the cue.
        if hit.is_none()
            && let Some(n) = inner
            && let Some((ci, c)) = cues
                .iter()
                .enumerate()
                .find(|(ci, c)| !used[*ci] && quotes[n].outer.end <= c.start && c.end <= after.end)
            && lexicon::is_trailer_verb(&bare(&text[c.clone()]))
            && text[..c.start].trim_end().ends_with(',')
            && let Some(np) = subject_after(text, after.start, quotes[n].outer.start)
            && np.form == Form::Name
            && only_punct(&text[after.start..np.span.start])
            && text[np.span.end..].starts_with(',')
        {
            used[ci] = true;
            hit = Some((np, Some(c.clone()), after.start..s.end, true));
        }
        // A reporting verb outside the lexicon, signalled by the comma closing the quote:
        // `"…," Oliver barked.` / `"…," exhorted actress Jamie Lee Curtis.`
        if hit.is_none() && text[q.content.clone()].ends_with([',', '?', '!']) {
            hit = unknown_verb_trailer(text, after.clone());
        }
        // Dash line: `"…" — Commissioner X`.
        if hit.is_none() {
            let t = text[after.clone()].trim_start();
            if let Some(rest) =
                t.strip_prefix('—').or_else(|| t.strip_prefix('–')).or_else(|| t.strip_prefix("--"))
            {
                let from = after.end - rest.len();
                if let Some(np) = subject_after(text, from, after.end).filter(|np| np.form == Form::Name) {
                    hit = Some((np, None, after.start..s.end, true));
                }
            }
        }
        // Lead-in: `X said: "…"`, `X told reporters, "…"`.
        if hit.is_none() {
            let before = before_start..q.outer.start;
            if let Some((ci, c)) = cues.iter().enumerate().rev().find(|(ci, c)| {
                !used[*ci]
                    && c.start >= before.start
                    && c.end <= before.end
                    && !contains(lexicon::MIXED_VERBS, &bare(&text[(*c).clone()]))
            }) {
                let gap = &text[c.end..before.end];
                let gap_t = gap.trim_end();
                let n = words(text, c.end..before.end).len();
                // A quote that does not finish its sentence is a fragment of a paraphrase
                // (`X said that the plan was "dead" and …`): the indirect pass makes it mixed.
                // `Smith said, "We will enact the changes," including …`: a whole sentence
                // quoted after a comma is the statement, even when the sentence goes on.
                let content = text[q.content.clone()].trim_end();
                let whole = content.starts_with(|c: char| c.is_uppercase())
                    && content.ends_with([',', '?', '!'])
                    && has_words(text, q.content.clone(), 3)
                    && gap_t.ends_with(',')
                    && n <= 4
                    && !words(text, q.outer.end.min(after.end)..after.end).first().is_some_and(|w| {
                        matches!(bare(&text[w.clone()]).as_str(), "that" | "which" | "who" | "repeatedly")
                    });
                let finishes = only_punct(&text[q.outer.end.min(after.end)..after.end]) || whole;
                let ends_ok = (gap_t.is_empty() || gap_t.ends_with(',') || gap_t.ends_with("that"))
                    && finishes
                    || gap_t.ends_with(':');
                // A period inside the gap ends the clause, unless a colon follows the
                // abbreviation it closes: `Another user wrote of Ms. Merkel: "…"`.
                let stop = if gap_t.ends_with(':') { has_full_stop(gap) } else { gap.contains('.') };
                if ends_ok && n <= 10 && !stop {
                    let np = subject_before(text, before.start, c.start)
                        .or_else(|| participle_subject(text, s.start, c.clone(), found))
                        .or_else(|| infinitive_subject(text, before.start, c.clone()))
                        .filter(|np| !names_a_thing(text, np, c.clone()));
                    if let Some(np) = np {
                        used[ci] = true;
                        hit = Some((np, Some(c.clone()), before.start..q.outer.start, false));
                    }
                }
            }
            // Colon without a verb: `Trump: "…"`.
            if hit.is_none() && text[before.clone()].trim_end().ends_with(':') {
                let colon = before.start + text[before.clone()].trim_end().len() - 1;
                if let Some(np) = subject_before(text, before.start, colon)
                    && only_punct(&text[before.start..np.span.start])
                    && (np.form == Form::Name
                        || np.form == Form::Description && !has_words(text, np.span.clone(), 4))
                    // `Kasich resisted: "…"` is a clause, read below.
                    && !word_iter(text, np.span.clone()).last().is_some_and(|w| past_form(&text[w]))
                {
                    hit = Some((np, Some(colon..colon + 1), before.start..q.outer.start, false));
                }
                // `Mr. Smith shot back: "…"`, `She recites the line: "…"`: a short clause whose
                // verb is outside the lexicon; its subject is the speaker.
                if hit.is_none()
                    && k == 0
                    && only_punct(&text[q.outer.end.min(after.end)..after.end])
                    && let Some(np) = lead_subject(text, before.start, colon)
                {
                    hit = Some((np, Some(colon..colon + 1), before.start..q.outer.start, false));
                }
            }
            if hit.is_none() && k == 0 {
                hit = comma_lead_in(text, before.clone(), q, after.end);
            }
        }
        // `"…," Trump said: "…"`: a cue closed by a colon before the next quotation introduces
        // that one, it does not close this one.
        if let Some((np, Some(c), _, true)) = &hit
            && qs.get(k + 1).is_some()
            && {
                // `Asked about the "plan," Smith said, "…"`: so does a comma after a quotation
                // that does not open its sentence.
                let gap = text[c.end.max(np.span.end).min(after.end)..after.end].trim_end();
                gap.ends_with(':') || gap.ends_with(',') && !only_punct(&text[before_start..q.outer.start])
            }
            && only_punct(&text[c.end.max(np.span.end).min(after.end)..after.end])
        {
            if let Some(ci) = cues.iter().position(|x| x == c) {
                used[ci] = false;
            }
            hit = None;
        }
        if let Some((np, cue, clause, trailer)) = hit {
            claimed[qi] = true;
            if let Some(n) = inner
                && trailer
            {
                claimed[n] = true;
            }
            // `Gore tried to …, and in doing so he "made a strategic mistake," Lichtman said`:
            // a paraphrase runs into the quotation, so the trailer attributes a mixed quote.
            // `"All that Glitters" was to be a "cautionary tale," said Crawford`: a title before
            // the quotation, unclaimed and with no cue before it, opens the same paraphrase.
            let first = k == 0
                || qs[..k].iter().all(|&j| !claimed[j])
                    && !cues.iter().any(|c| s.start <= c.start && c.end <= q.outer.start);
            let mut lead = if first { s.start } else { before_start }..q.outer.start;
            // `…, they are asked to rank their choices, and the group is less likely to be "…,"
            // Hoover said`: after an earlier cue, the paraphrase is the last coordinated clause.
            if trailer
                && first
                && !cue.as_ref().is_some_and(|c| prepositional(&bare(&text[c.clone()])))
                && let Some(last_cue) = cues.iter().rev().find(|c| lead.start <= c.start && c.end <= lead.end)
                && let Some(m) = CLAUSE_JOIN.find_iter(&text[last_cue.end..lead.end]).last()
            {
                lead = last_cue.end + m.end()..lead.end;
            }
            // `… Paris, "there has been …," according to an official`: the preposition attributes
            // the whole sentence before it.
            let according = trailer
                && first
                && cue.as_ref().is_some_and(|c| prepositional(&bare(&text[c.clone()])))
                && has_words(text, lead.clone(), 3)
                && !text[lead.clone()].trim_end().ends_with([':', '.']);
            let paraphrase = according
                || trailer
                    && first
                    && has_words(text, lead.clone(), 3)
                    && !text[lead.clone()]
                        .trim_end()
                        .ends_with([',', ':', ';', '.', '—', '–', '-', '(', '['])
                    && !cues.iter().any(|c| lead.start <= c.start && c.end <= lead.end);
            let (content, kind) = if paraphrase {
                // The closing mark stays with its quotation: `… a "cautionary tale,"`.
                (trim_content(text, lead.start..q.outer.end), QuoteKind::Mixed)
            } else {
                (q.content.clone(), QuoteKind::Direct)
            };
            found.push(Found {
                content,
                kind,
                speaker: Some(np),
                cue,
                clause: Some(clause),
                inherited: false,
                trailer,
                sentence: si,
            });
        }
    }
}

/// Where the adjuncts of time and occasion that start at `pos` end, before `end` ("on
/// Thursday", "in an interview with CNN").
fn skip_adjuncts(text: &str, mut pos: usize, end: usize) -> usize {
    while let Some(m) = ADJUNCT.find(&text[pos..end]) {
        if m.end() == 0 {
            break;
        }
        pos += m.end();
    }
    pos
}

/// Whether words after the cue at `c` (up to `end`) open reported content of their own, so the
/// cue does not close the quotation before it: `In an interview on CBS's "Face the Nation,"
/// Ryan said the spate of shootings demands …`. Adjuncts, an addressee and a comma do not.
fn opens_content(text: &str, c: Range<usize>, end: usize) -> bool {
    let vb = bare(&text[c.clone()]);
    let mut pos = c.end;
    if matches!(vb.as_str(), "told" | "tells" | "tell") {
        pos = addressee_end(text, pos, end);
    }
    pos = skip_adjuncts(text, pos, end);
    pos = prepositional_tail(text, pos, end);
    let ws: Vec<Range<usize>> = word_iter(text, pos..end).take(4).collect();
    let Some(first) = ws.first() else { return false };
    if !text[pos..first.start].trim().is_empty() || ws.len() < 4 {
        return false;
    }
    // A clause opens with its subject or "that": "said the recent spate …", "said that …".
    let f = &text[first.clone()];
    let b = bare(f);
    let subject =
        contains(&["the", "a", "an", "that", "his", "her", "their", "its", "this", "these", "those"], &b)
            || matches!(b.as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "there");
    subject && !contains(lexicon::AUX, &bare(&text[ws[1].clone()]))
}

/// The subject filling the whole gap between a closing quotation mark and its cue, when the
/// backward scan stopped short: `"…," the Florida senator and Republican candidate said`,
/// `"…," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said`.
fn trailer_subject(text: &str, lo: usize, cue: usize) -> Option<Np> {
    let first = words(text, lo..cue).first()?.clone();
    let start = first.start;
    let opener = &text[first];
    if !only_punct(&text[lo..start])
        || !(is_cap(opener) || contains(lexicon::DETERMINERS, &bare(opener)))
        || matches!(bare(opener).as_str(), "and" | "but" | "or" | "then" | "as" | "while")
    {
        return None;
    }
    if let Some(np) = fronted_name(text, start, cue) {
        return Some(np);
    }
    let ws = words(text, start..cue);
    let plain = (1..=10).contains(&ws.len())
        && !text[start..cue].contains([',', ';', ':', '"', '“', '”', '(', '—', '–'])
        && ws.iter().enumerate().all(|(k, w)| {
            let b = bare(&text[w.clone()]);
            // "Fox News Sunday host Chris Wallace", "CBS This Morning co-anchor Jane Roe": a
            // capitalised word inside a show's title is no time adverb or determiner.
            let in_title = is_cap(&text[w.clone()])
                && k > 0
                && k + 1 < ws.len()
                && is_cap(&text[ws[k - 1].clone()])
                && !contains(lexicon::PRONOUNS, &b);
            b == "and"
                || in_title
                || lexicon::is_acronym(&text[w.clone()])
                || !(contains(lexicon::AUX, &b) || lexicon::is_np_stop(&b) || lexicon::is_cue_verb(&b))
        });
    let end = ws.last()?.end;
    plain.then(|| classify(text, start..end))
}

/// A paraphrase with quotation marks in it quotes some words verbatim: mixed; else indirect.
fn paraphrase_kind(t: &str) -> QuoteKind {
    if t.contains(['"', '“', '”']) || t.contains("''") { QuoteKind::Mixed } else { QuoteKind::Indirect }
}

/// A short clause closed by a comma or colon before a quotation that is a whole sentence and ends
/// the sentence; its verb, in the lexicon or not, follows the subject: `Clinton proclaimed at a
/// press conference, "…"`, `Trump issued a statement, "…"`, `the mother of three replied, "…"`,
/// `As Smith put it, "…"`.
fn comma_lead_in(text: &str, before: Range<usize>, q: &QuoteSpan, end: usize) -> Option<Hit> {
    let lead = text[before.clone()].trim_end();
    let mark = before.start + lead.len().checked_sub(1)?;
    if !lead.ends_with([',', ':'])
        || lead.contains(['"', '“', '”', '«', '»'])
        || lead.contains("''")
        || !only_punct(&text[q.outer.end.min(end)..end])
        || !text[q.content.clone()].starts_with(|c: char| c.is_uppercase())
        || !has_words(text, q.content.clone(), 3)
    {
        return None;
    }
    let ws = words(text, before.start..mark);
    // `But, said Solovey, "…"`: an inverted lead-in after a connective.
    if let Some(ci) = ws.iter().position(|w| lexicon::is_trailer_verb(&bare(&text[w.clone()])))
        && ws[..ci]
            .iter()
            .all(|w| matches!(bare(&text[w.clone()]).as_str(), "but" | "and" | "still" | "yet" | "so"))
        && let Some(np) = subject_after(text, ws[ci].end, mark)
        && np.form != Form::Pronoun
        && only_punct(&text[np.span.end..mark])
    {
        return Some((np, Some(ws[ci].clone()), before.start..q.outer.start, false));
    }
    // `As Smith put it, "…"`
    if let Some(put) = ws.iter().position(|w| matches!(bare(&text[w.clone()]).as_str(), "put" | "puts"))
        && put >= 2
        && bare(&text[ws[put - 1].clone()]).as_str() != "it"
        && ws.get(put + 1).is_some_and(|w| bare(&text[w.clone()]) == "it")
        && let Some(a) = ws[..put].iter().rposition(|w| bare(&text[w.clone()]) == "as")
        && let Some(np) = subject_after(text, ws[a].end, ws[put].start)
        && (text[np.span.end..ws[put].start].trim().is_empty()
            || text[np.span.end..ws[put].start].trim().starts_with(',')
                && text[np.span.end..ws[put].start].trim().ends_with(','))
    {
        return Some((np, Some(ws[put].start..ws[put + 1].end), before.start..q.outer.start, false));
    }
    // The subject opens the sentence or follows a fronted clause: `When pressed on …, the
    // mother of three replied, "…"`.
    let np = sentence_subject(text, before.start, mark).or_else(|| {
        let comma = before.start + text[before.start..mark].rfind(',')?;
        subject_after(text, comma + 1, mark)
    })?;
    let mut first = ws.iter().position(|w| w.start >= np.span.end)?;
    // `Clinton emphatically proclaimed`: an adverb before the verb.
    if bare(&text[ws[first].clone()]).ends_with("ly") && first + 1 < ws.len() {
        first += 1;
    }
    let verb = ws[first].clone();
    let vb = bare(&text[verb.clone()]);
    let tail = ws.len() - first;
    let lead_ok = np.span.start == ws[0].start || text[before.start..np.span.start].trim_end().ends_with(',');
    let vt = &text[verb.clone()];
    let present = vt.ends_with('s') && !vt.ends_with("ss") && !is_cap(vt);
    let verbish = (vt.ends_with("ed")
        || present
        || contains(lexicon::IRREGULAR_PASTS, &vb)
        || lexicon::is_cue_verb(&vb))
        && !contains(lexicon::AUX, &vb);
    let adjacent =
        !has_words(text, np.span.end..verb.start, 2) && !text[np.span.end..verb.start].contains(',');
    (lead_ok && verbish && tail <= 8 && adjacent).then_some((
        np,
        Some(verb),
        before.start..q.outer.start,
        false,
    ))
}

/// An attribution in an "as" clause: fronted (`As Smith noted on Friday, the plan is dead.`)
/// or trailing (`The plan is dead, as Smith put it.`). The rest of the sentence is the content.
fn as_clause(sentence: &Sentence<'_>, marks: Marks<'_>) {
    let Sentence { text, s, si, qs, quotes, .. } = sentence.clone();
    let Marks { claimed, found, .. } = marks;
    // Most sentences have no "as" after a comma or at their start: a byte search skips them
    // before any word is read.
    let st = &text[s.clone()];
    if !st.starts_with("As ")
        && !st.contains(", as ")
        && !st.contains(",\" as ")
        && !st.contains(",” as ")
        && !st.contains(",'' as ")
    {
        return;
    }
    let ws = words(text, s.clone());
    let end = content_end(text, s.clone());
    for (a, w) in ws.iter().enumerate() {
        // Not inside a quotation: `"As we wrote, …"` is the quoted speaker's own aside.
        if !text[w.clone()].eq_ignore_ascii_case("as")
            || quotes.iter().any(|q| q.outer.start < w.start && w.start < q.outer.end)
        {
            continue;
        }
        let fronted = a == 0;
        let trailing = a > 0 && text[ws[a - 1].end..w.start].contains(',');
        if !fronted && !trailing {
            continue;
        }
        // The verb: a reporting verb, or "put it", after a subject of a few words.
        let put = |k: usize| {
            bare(&text[ws[k].clone()]) == "put"
                && ws.get(k + 1).is_some_and(|n| bare(&text[n.clone()]) == "it")
        };
        let Some(k) = (a + 2..(a + 16).min(ws.len())).find(|&k| {
            let v = &text[ws[k].clone()];
            let b = bare(v);
            !is_cap(v) && (lexicon::is_cue_verb(&b) && !b.ends_with("ing") || put(k))
        }) else {
            continue;
        };
        let verb = ws[k].start..if put(k) { ws[k + 1].end } else { ws[k].end };
        let Some(np) = subject_before(text, w.end, before_adverbs(text, w.end, ws[k].start))
            // "as he’s …" is a contraction, not a subject.
            .filter(|np| {
                np.span.start == ws[a + 1].start
                    && plausible_subject(text, np)
                    && !(np.form == Form::Pronoun
                        && (text[np.span.clone()].contains(['\'', '’'])
                            || text[np.span.end..].starts_with(['\'', '’'])))
            })
        else {
            continue;
        };
        let (content, clause) = if fronted {
            let Some(comma) = comma_outside_quotes(&text[verb.end..end]).map(|c| verb.end + c) else {
                continue;
            };
            if has_words(text, verb.end..comma, 13) {
                continue;
            }
            (trim_content(text, comma + 1..end), w.start..comma)
        } else {
            // "…, as he laments a “throwaway culture”": a verb with an object of its own reports
            // that object, not the clause before it; "as he told the crowd" names an addressee.
            let object = word_iter(text, verb.end..end).next().is_some_and(|o| {
                contains(lexicon::DETERMINERS, &bare(&text[o]))
                    && !matches!(
                        bare(&text[verb.clone()]).as_str(),
                        "told" | "tells" | "tell" | "asked" | "asks"
                    )
            });
            if object || has_words(text, verb.end..end, 13) {
                continue;
            }
            (trim_content(text, s.start..w.start), w.start..s.end)
        };
        if !has_words(text, content.clone(), 3)
            || found.iter().any(|f| f.content.start < content.end && content.start < f.content.end)
        {
            continue;
        }
        // One whole quotation is a direct quote; quoted words in a paraphrase make it mixed.
        let whole = qs.iter().copied().find(|&q| {
            !claimed[q] && quotes[q].outer.start <= content.start && content.end <= quotes[q].outer.end
        });
        let t = &text[content.clone()];
        let (content, kind) = match whole {
            Some(q) => {
                claimed[q] = true;
                (quotes[q].content.clone(), QuoteKind::Direct)
            }
            None => {
                let kind = paraphrase_kind(t);
                (content, kind)
            }
        };
        found.push(Found {
            content,
            kind,
            speaker: Some(np),
            cue: Some(verb),
            clause: Some(clause),
            inherited: false,
            trailer: trailing,
            sentence: si,
        });
        return;
    }
}

/// A reporting participle that opens the sentence reports what follows it up to the comma;
/// the subject of the main clause after the comma speaks: `Noting that both men battled the
/// media, Schlafly put her finger on …`, `Claiming the criticism is unfair, Trump told Fox …`.
fn fronted_participle(sentence: &Sentence<'_>, marks: Marks<'_>) {
    let Sentence { text, s, si, cues, .. } = sentence.clone();
    let Marks { used, found, .. } = marks;
    let Some((ci, c)) = cues.iter().enumerate().next() else { return };
    let verb = &text[c.clone()];
    if used[ci] || !only_punct(&text[s.start..c.start]) || !is_participle(verb) || !is_cap(verb) {
        return;
    }
    let end = content_end(text, s.clone());
    let Some(comma) = comma_outside_quotes(&text[c.end..end]).map(|k| c.end + k) else { return };
    let Some(np) = sentence_subject(text, comma + 1, end)
        .filter(|np| only_punct(&text[comma + 1..np.span.start]) && plausible_subject(text, np))
    else {
        return;
    };
    let lead = text[c.end..comma].trim_start();
    let start = c.end + (text[c.end..comma].len() - lead.len());
    let start = lead.strip_prefix("that ").map_or(start, |_| start + 5);
    let content = trim_content(text, start..comma);
    if !has_words(text, content.clone(), 3)
        || found.iter().any(|f| f.content.start < content.end && content.start < f.content.end)
        || speaking_circumstance(text, &bare(verb), content.clone())
    {
        return;
    }
    used[ci] = true;
    let kind = paraphrase_kind(&text[content.clone()]);
    found.push(Found {
        content,
        kind,
        speaker: Some(np),
        cue: Some(c.clone()),
        clause: Some(c.start..comma),
        inherited: false,
        trailer: false,
        sentence: si,
    });
}

/// `Speaking to dignitaries, …`, `spoke on condition of anonymity`: to whom, where and how
/// someone spoke is no content of what they said.
fn speaking_circumstance(text: &str, verb: &str, content: Range<usize>) -> bool {
    ["speak", "spoke", "talk"].iter().any(|v| verb.starts_with(v))
        && word_iter(text, content).next().is_some_and(|w| {
            contains(&["to", "in", "at", "on", "with", "before", "from", "during", "under"], &bare(&text[w]))
        })
}

/// "a phenomenon called “differential nonresponse”", "a website called “…”": a naming
/// participle right after an indefinite noun, before a quotation, names a thing; nobody speaks.
fn names_a_thing(text: &str, np: &Np, c: Range<usize>) -> bool {
    contains(lexicon::NAMING_VERBS, &bare(&text[c.clone()]))
        && np.form == Form::Description
        && text[np.span.end..c.start].trim().is_empty()
        && word_iter(text, np.span.clone())
            .next()
            .is_some_and(|w| matches!(bare(&text[w]).as_str(), "a" | "an"))
        && text[c.end..].trim_start().starts_with(['“', '"'])
}

/// A named source's claim as a noun with its clause: `Trump’s claim that there have been
/// “thousands of shootings” in Chicago`, `Mr. Trump's assertion that Russia should hack …`.
static NOMINAL_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<owner> \p{Lu}[\w.’'-]* (?: \s+ (?:of\s+)? \p{Lu}[\w.’'-]* ){0,3} ) (?:’s|'s) \s+
        (?: [a-z]+ \s+ )?
        (?P<noun> claims? | assertions? | contention | insistence | argument | suggestion | warning
                | accusations? | allegations? | charge | prediction | promise | pledge | vow
                | declaration | admission | belief | view ) \s+ that \s",
    )
    .expect("NOMINAL_CLAIM is a valid pattern")
});

/// A poll as the source of a finding: `In the new Post-ABC poll, Trump wins about 1 in 3 GOP
/// voters`, `Clinton is up in the vast majority of the polls`, `he fell to 10 percent in the
/// latest CNN/ORC poll released Wednesday`.
static POLL_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b) (?P<prep> [Ii]n ) \s+
        (?P<poll> (?: [\w’'/.&-]+ \s+ ){0,7}? (?:polls?|surveys?) (?-u:\b)
          (?: ,? \s+ (?:released|conducted|published|taken) (?: \s+ [\w’'/.-]+ ){1,4} )? )",
    )
    .expect("POLL_SOURCE is a valid pattern")
});

/// The findings a sentence credits to a poll (see [`POLL_SOURCE`]): a fronted `In … poll,`
/// reports the rest of the sentence; a poll closing the sentence reports what comes before it.
/// The annotators keep an attribution inside the finding as part of it (`Sixty-seven percent
/// of Americans said … in a … poll this month`), as they do for `according to`.
fn poll_source(sentence: &Sentence<'_>, found: &mut Vec<Found>) {
    let Sentence { text, s, si, qs, quotes, .. } = sentence.clone();
    let body = &text[s.clone()];
    if !body.contains(" poll") && !body.contains(" survey") {
        return;
    }
    let end = content_end(text, s.clone());
    for m in POLL_SOURCE.captures_iter(body) {
        let (Some(prep), Some(poll)) = (m.name("prep"), m.name("poll")) else { continue };
        let at = s.start + prep.start();
        let poll = s.start + poll.start()..s.start + poll.end();
        if qs.iter().any(|&q| quotes[q].outer.start < at && at < quotes[q].outer.end) {
            continue;
        }
        // The poll's own words: a determiner or a name opens them ("the latest CNN/ORC poll",
        // "a Washington Post-ABC News poll").
        let Some(first) = word_iter(text, poll.clone()).next() else { continue };
        let first = &text[first];
        if !(contains(lexicon::DETERMINERS, &bare(first)) || is_cap(first) || bare(first).starts_with("poll"))
        {
            continue;
        }
        // Nor a clause that ends in polls: `in the District head to the polls`.
        if word_iter(text, poll.clone()).skip(1).any(|w| {
            let t = &text[w];
            let b = bare(t);
            contains(
                &["to", "in", "at", "for", "with", "of", "and", "that", "which", "who", "where", "when"],
                &b,
            ) || finite_verb(t) && !b.starts_with("poll") && !b.starts_with("survey")
        }) {
            continue;
        }
        let fronted = text[s.start..at].trim().is_empty();
        let content = if fronted {
            let Some(comma) = text[poll.end..end].find(',') else { continue };
            if !text[poll.end..poll.end + comma].trim().is_empty() {
                continue;
            }
            trim_content(text, poll.end + comma + 1..end)
        } else {
            // What comes before the poll in its clause, when the poll closes the sentence or a
            // clause: `Since March, Clinton is up in most polls.`
            let after = text[poll.end.min(end)..end].trim_start();
            if !(after.is_empty() || after.starts_with(',') || after.starts_with("this ")) {
                continue;
            }
            let from = text[s.start..at]
                .rfind([',', ';', '—', '–'])
                .filter(|&k| !inside_quotes(&text[s.start..s.start + k]))
                .map_or(s.start, |k| {
                    s.start + k + text[s.start + k..].chars().next().map_or(1, char::len_utf8)
                });
            // A subordinate, relative or absolute clause, or a verb phrase without its subject,
            // is no finding of the poll's: `Though she is running ahead in the polls`, `who is
            // struggling in the polls`, `with Trump trailing badly in the polls`, `averaging 5
            // percent in the poll`.
            let Some(opener) = word_iter(text, from..at).next() else { continue };
            let ob = bare(&text[opener.clone()]);
            if contains(lexicon::SUBORDINATORS, &ob) || ob.ends_with("ing") || finite_verb(&text[opener]) {
                continue;
            }
            trim_content(text, from..at)
        };
        // A finding is a clause: `Clinton is up`, `Cruz had 38 percent support`, not a noun phrase
        // (`Frustrations at his nosedive in the polls`).
        let clause = word_iter(text, content.clone()).take(10).any(|w| {
            let t = &text[w];
            contains(lexicon::FINITE_AUX, &bare(t)) || finite_verb(t)
        });
        if !clause
            || !has_words(text, content.clone(), 3)
            || found.iter().any(|f| {
                f.kind == QuoteKind::Direct && f.content.start < content.end && content.start < f.content.end
            })
        {
            continue;
        }
        let np = classify(text, poll.clone());
        let kind = paraphrase_kind(&text[content.clone()]);
        found.push(Found {
            content,
            kind,
            speaker: Some(np),
            cue: Some(at..at + prep.len()),
            clause: Some(at..poll.end),
            inherited: false,
            trailer: false,
            sentence: si,
        });
    }
}

/// The claims a sentence names as nouns (see [`NOMINAL_CLAIM`]) when no other attribution
/// already holds their words.
fn nominal_claim(sentence: &Sentence<'_>, found: &mut Vec<Found>) {
    let Sentence { text, s, si, qs, quotes, .. } = sentence.clone();
    let body = &text[s.clone()];
    if !body.contains(" that ") {
        return;
    }
    for m in NOMINAL_CLAIM.captures_iter(body) {
        let (Some(owner), Some(noun), Some(all)) = (m.name("owner"), m.name("noun"), m.get(0)) else {
            continue;
        };
        let at = s.start + owner.start();
        if qs.iter().any(|&q| quotes[q].outer.start < at && at < quotes[q].outer.end) {
            continue;
        }
        let start = s.start + all.end();
        // The clause belongs to a noun phrase: it ends at its first comma too ("While Trump's
        // claims that his worth exceeds $10 billion, all of the firms put him lower").
        let mut end = object_end(text, start, content_end(text, s.clone()));
        if let Some(comma) = comma_outside_quotes(&text[start..end]) {
            end = start + comma;
        }
        let content = trim_content(text, start..end);
        if !has_words(text, content.clone(), 3)
            || found
                .iter()
                .any(|f| f.sentence == si && f.content.start < content.end && content.start < f.content.end)
        {
            continue;
        }
        let np = classify(text, at..s.start + owner.end());
        if np.form != Form::Name {
            continue;
        }
        let kind = paraphrase_kind(&text[content.clone()]);
        found.push(Found {
            content,
            kind,
            speaker: Some(np),
            cue: Some(s.start + noun.start()..s.start + noun.end()),
            clause: Some(at..s.start + noun.end()),
            inherited: false,
            trailer: false,
            sentence: si,
        });
    }
}

/// The subject of a clause whose cue is an infinitive: `Mr. Trump was prompted to say, "…"`,
/// `Smith took to Twitter to write: "…"`.
fn infinitive_subject(text: &str, lo: usize, c: Range<usize>) -> Option<Np> {
    let ws = words(text, lo..c.start);
    let to = ws.last()?;
    if bare(&text[to.clone()]) != "to" || !text[to.end..c.start].trim().is_empty() || ws.len() > 12 {
        return None;
    }
    let np = sentence_subject(text, lo, to.start)?;
    (np.form != Form::Pronoun || !has_words(text, np.span.end..to.start, 5)).then_some(np)
}

/// A quotation that opens its sentence and closes with a comma, question or exclamation mark
/// is a statement whose trailer follows, even when words after the cue look like content:
/// `"…," Romney tweeted the day after the attack`.
fn opens_and_closes(text: &str, s_start: usize, q: &QuoteSpan) -> bool {
    only_punct(&text[s_start..q.outer.start]) && text[q.content.clone()].trim_end().ends_with([',', '?', '!'])
}

/// `"…," X barked.` or `"…," exhorted X.`: an -ed verb next to a subject, nothing else.
fn unknown_verb_trailer(text: &str, after: Range<usize>) -> Option<Hit> {
    let ws = words(text, after.clone());
    if ws.is_empty() || ws.len() > 30 || !only_punct(&text[after.start..ws[0].start]) {
        return None;
    }
    let is_verb = |w: &Range<usize>| {
        let t = &text[w.clone()];
        let b = bare(t);
        (t.ends_with("ed") || contains(lexicon::IRREGULAR_PASTS, &b))
            && !is_cap(t)
            && !contains(lexicon::AUX, &b)
    };
    // "shot back", "chimed in": a particle belongs to the cue.
    let with_particle = |k: usize| -> Range<usize> {
        match ws.get(k + 1) {
            Some(p)
                if text[ws[k].end..p.start].trim().is_empty()
                    && matches!(bare(&text[p.clone()]).as_str(), "back" | "in" | "up" | "out" | "on") =>
            {
                ws[k].start..p.end
            }
            _ => ws[k].clone(),
        }
    };
    // `"…," begins a scripted message`, `"…," reads an editorial`: a present-tense verb before
    // a determiner.
    let present_inverted = ws.len() >= 3 && {
        let t = &text[ws[0].clone()];
        t.ends_with('s')
            && !t.ends_with("ss")
            && !is_cap(t)
            && !contains(lexicon::AUX, &bare(t))
            && matches!(bare(&text[ws[1].clone()]).as_str(), "a" | "an" | "the")
    };
    // Inverted: the verb comes first.
    if is_verb(&ws[0]) || present_inverted {
        let cue = with_particle(0);
        let np = subject_after(text, cue.end, after.end)?;
        let rest = &text[np.span.end..after.end];
        // `"…," came shouts from the crowd, as the crowd booed`: an adjunct after a comma.
        let relative = words(text, np.span.end..after.end)
            .first()
            .is_some_and(|w| matches!(bare(&text[w.clone()]).as_str(), "that" | "who" | "which"));
        // `him an "academic and musician," inexperienced and out of touch`: an adjective is no
        // verb, and a conjunction or preposition opens no subject.
        let opener = word_iter(text, np.span.clone()).next().map(|w| bare(&text[w]).into_owned());
        let subject_like = !opener.is_some_and(|w| {
            matches!(
                w.as_str(),
                "and"
                    | "or"
                    | "but"
                    | "nor"
                    | "yet"
                    | "out"
                    | "of"
                    | "in"
                    | "to"
                    | "with"
                    | "for"
                    | "on"
                    | "at"
                    | "by"
                    | "from"
                    | "as"
            )
        });
        if np.form != Form::Pronoun
            && subject_like
            && (only_punct(rest) || rest.trim_start().starts_with(',') || relative)
        {
            return Some((np, Some(cue), after, true));
        }
        return None;
    }
    // `"…," she yells`, `"…," Blige sings to Clinton`: a present tense after a pronoun or a
    // name, the way features and live blogs tell it.
    let present = |w: &Range<usize>| {
        let t = &text[w.clone()];
        t.len() > 3
            && t.ends_with('s')
            && !t.ends_with("ss")
            && !is_cap(t)
            && !contains(lexicon::AUX, &bare(t))
    };
    let (k, np) = match ws.iter().position(is_verb) {
        Some(k) => (k, subject_before(text, after.start, ws[k].start)?),
        None => {
            let k = ws.iter().take(4).position(present)?;
            let np = subject_before(text, after.start, ws[k].start)
                .filter(|np| matches!(np.form, Form::Pronoun | Form::Name))?;
            (k, np)
        }
    };
    let cue = with_particle(k);
    let tail_words = words(text, cue.end..after.end).len();
    // `"…," some protesters chanted, three days after …`: an adjunct set off by a comma.
    let adjunct = text[cue.end..after.end].trim_start().starts_with(',');
    let lead_ok =
        only_punct(&text[after.start..np.span.start]) && text[np.span.end..ws[k].start].trim().is_empty();
    (lead_ok && (tail_words <= 4 || adjunct || prepositional_trailer_tail(text, ws[k].end, after.end)))
        .then_some((np, Some(cue), after, true))
}

/// The tail of a trailer whose verb is outside the lexicon, when it is a prepositional phrase
/// or a second coordinated clause: `"…," the nominee riffed on his rival's answer, drawing
/// applause`, `"…," Trump barked and a guard escorted the man out`.
fn prepositional_trailer_tail(text: &str, from: usize, end: usize) -> bool {
    word_iter(text, from..end).next().is_some_and(|w| {
        text[from..w.start].trim().is_empty()
            && matches!(
                bare(&text[w]).as_str(),
                "on" | "at"
                    | "about"
                    | "to"
                    | "in"
                    | "as"
                    | "before"
                    | "after"
                    | "while"
                    | "when"
                    | "from"
                    | "with"
                    | "during"
                    | "into"
                    | "over"
                    | "and"
                    | "of"
            )
    })
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The subject of ", adding that …": the speaker of the sentence's previous attribution.
///
/// Also the subject of a coordinated cue: "Clark said …, but said the outcome was open".
fn participle_subject(text: &str, s_start: usize, c: Range<usize>, found: &[Found]) -> Option<Np> {
    let prev = words(text, near(text, s_start, c.start, 32)..c.start).pop();
    let after_preposition = prev.as_ref().is_some_and(|w| {
        matches!(bare(&text[w.clone()]).as_str(), "before" | "after" | "by" | "while" | "without")
    });
    // "issued a statement saying …", "posted a video saying …": the document's author speaks.
    let after_document = prev.as_ref().is_some_and(|w| {
        text[w.end..c.start].trim().is_empty() && contains(lexicon::DOCUMENT_WORDS, &bare(&text[w.clone()]))
    });
    // "Rubio flipped his choice – saying …": a dash sets the participle off as a comma does.
    let dash = text[..c.start].trim_end().ends_with(['–', '—']);
    let participle = is_participle(&text[c.clone()])
        && (ends_with_comma(&text[..c.start]) || dash || after_preposition || after_document);
    if !participle && !coordinated(text, s_start, c.start) {
        return None;
    }
    found
        .iter()
        .rev()
        .find(|f| f.content.start >= s_start || f.clause.as_ref().is_some_and(|cl| cl.start >= s_start))
        .and_then(|f| f.speaker.clone())
        .or_else(|| {
            // Not attributed yet: the subject of the sentence's first cue ("X said …, saying, “…”").
            let first = CUE
                .find_iter(&text[s_start..c.start])
                .map(|m| s_start + m.start()..s_start + m.end())
                .find(|m| verb_position(text, s_start, m.clone()))?;
            subject_before(text, s_start, first.start)
        })
        .or_else(|| sentence_subject(text, s_start, c.start))
}

/// The speaker of a short clause closed by a colon before a quotation: the subject of its last
/// clause ("The crowd cheers, and then Wallnau continues:"), or else the subject of the sentence
/// ("Trump gestured …, then leaned in and boomed:"), which opens the lead or follows a fronted
/// adjunct ("During the debate, a friend commented:").
fn lead_subject(text: &str, lo: usize, mark: usize) -> Option<Np> {
    let opens = |np: &Np, from: usize| {
        let head = word_iter(text, np.span.clone()).next().map(|w| &text[w]).unwrap_or_default();
        let noun = is_cap(head) || contains(lexicon::DETERMINERS, &bare(head)) || np.form == Form::Pronoun;
        noun && (word_iter(text, from..mark).next().is_some_and(|w| w.start == np.span.start)
            || text[from..np.span.start].trim_end().ends_with(','))
    };
    if let Some(comma) = last_comma_outside_quotes(&text[lo..mark]) {
        let mut from = lo + comma + 1;
        for w in word_iter(text, from..mark).take(2) {
            if !matches!(bare(&text[w.clone()]).as_str(), "and" | "then" | "but" | "so") {
                break;
            }
            from = w.end;
        }
        if let Some(np) = sentence_subject(text, from, mark)
            && opens(&np, from)
            && !has_words(text, np.span.start..mark, 8)
        {
            return Some(np);
        }
    }
    sentence_subject(text, lo, mark).filter(|np| opens(np, lo) && !has_words(text, np.span.start..mark, 20))
}

/// The last comma of `s` outside quotation marks, as [`inside_quotes`] reads them.
fn last_comma_outside_quotes(s: &str) -> Option<usize> {
    let mut depth = QuoteDepth::default();
    let mut last = None;
    for (i, ch) in s.char_indices() {
        if ch == ',' && !depth.open() {
            last = Some(i);
        }
        depth.step(ch);
    }
    last
}

/// A lower-case past tense: "erupted", "marched", "wrote".
fn past_form(w: &str) -> bool {
    let b = bare(w);
    !is_cap(w) && (b.ends_with("ed") && b.len() > 4 || contains(lexicon::IRREGULAR_PASTS, &b))
}

/// A lower-case past or present-tense verb form: "commented", "boomed", "continues", "wrote".
fn finite_verb(w: &str) -> bool {
    let b = bare(w);
    !is_cap(w)
        && !contains(lexicon::AUX, &b)
        && (b.ends_with("ed") && b.len() > 3
            || b.ends_with('s') && !b.ends_with("ss") && b.len() > 3
            || contains(lexicon::IRREGULAR_PASTS, &b)
            || lexicon::is_cue_verb(&b))
}

/// Whether the object's first comma (at `comma`) goes on with a list of noun phrases that
/// "and" or "or" closes before `end`: "spoke of the malaise in Mexican society, the lack of jobs
/// and the violence of the cartels", "referring to herself, Mr. Bannon and Mr. Gates". Each
/// item is short and holds no finite verb, pronoun subject or cue ("…, and Sanders said …" is
/// a clause of its own).
fn object_list(text: &str, comma: usize, end: usize) -> bool {
    // A comma closing the object (before ", and …") closes the list too.
    let end = comma + 1 + text[comma + 1..end].trim_end().trim_end_matches(',').len();
    let rest = &text[comma + 1..end];
    // The sentence's own full stop may close the list, inside a closing mark or not: "… and a
    // city of “honesty and straight talk.”"
    let body = rest.trim_end().trim_end_matches(['”', '"', '’', '\'']).trim_end_matches(['.', '!', '?']);
    if body.contains([';', ':', '.', '—', '–', '(']) {
        return false;
    }
    let items: Vec<usize> =
        std::iter::once(comma + 1).chain(rest.match_indices(',').map(|(k, _)| comma + 1 + k + 1)).collect();
    let mut closed = false;
    for (n, &from) in items.iter().enumerate() {
        let to = items.get(n + 1).map_or(end, |&next| next - 1);
        let ws: Vec<&str> = word_iter(text, from..to).map(|w| &text[w]).collect();
        if ws.is_empty() || ws.len() > 12 {
            return false;
        }
        let clause = ws.iter().any(|w| {
            let b = bare(w);
            !is_cap(w)
                && (contains(lexicon::FINITE_AUX, &b)
                    || matches!(
                        b.as_str(),
                        "he" | "she" | "they" | "we" | "i" | "it" | "that" | "which" | "who"
                    )
                    // "said", "warned"; not "straight talk", a noun.
                    || lexicon::is_cue_verb(&b) && (b.ends_with("ed") || b.ends_with('s'))
                    || contains(lexicon::IRREGULAR_PASTS, &b))
        });
        if clause {
            return false;
        }
        closed |= ws.iter().skip(usize::from(n + 1 < items.len())).any(|w| matches!(*w, "and" | "or"));
    }
    // One comma before a phrase with a determiner is an apposition: "the Head Start program,
    // the federally funded pre-school delivered by schools and …".
    // Not when a determiner follows the conjunction: "a Dallas call center, a Houston apartment
    // complex and an International House of Pancakes restaurant".
    let apposition = items.len() == 1 && {
        let item: Vec<String> = word_iter(text, items[0]..end).map(|w| bare(&text[w]).into_owned()).collect();
        item.first().is_some_and(|w| contains(lexicon::DETERMINERS, w))
            && !item
                .windows(2)
                .any(|p| matches!(p[0].as_str(), "and" | "or") && contains(lexicon::DETERMINERS, &p[1]))
    };
    closed && !apposition
}

/// Units of time: a noun phrase headed by one is an adjunct, never a speaker.
const TIME_UNITS: &[&str] = &[
    "minutes", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour", "day", "week",
    "month", "year", "decade",
];

/// Words that open a fronted clause before the subject: "Asked whether …, Mr. Smith shot back".
const CLAUSAL_OPENERS: &[&str] = &[
    "asked",
    "pressed",
    "questioned",
    "speaking",
    "responding",
    "reacting",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "because",
    "despite",
    "unlike",
    "like",
];

/// The subject of the main clause, for a participle after any verb: "Rubio pushed back on
/// those claims Thursday, saying …", "On Thursday, analysts were more willing …, saying …".
fn sentence_subject(text: &str, s_start: usize, hi: usize) -> Option<Np> {
    let mut ws = words(text, s_start..hi);
    let mut from = s_start;
    // "The day before, …", "Two weeks later, …": a fronted span of time.
    let time_lead =
        ws.iter().take(6).zip(ws.iter().skip(1)).position(|(a, b)| text[a.end..b.start].trim() == ",");
    if let Some(k) = time_lead
        && ws[..=k].iter().any(|w| !is_cap(&text[w.clone()]) && contains(TIME_UNITS, &bare(&text[w.clone()])))
    {
        from = ws[k + 1].start;
        ws.drain(..=k);
    }
    let mut first = bare(&text[ws.first()?.clone()]);
    // Skip a fronted adverbial closed by a comma: "On Thursday,", "In his speech,".
    const FRONTED: &[&str] = &[
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "earlier",
        "later",
        "last",
        "still",
        "yet",
        "but",
        "and",
        "so",
        "meanwhile",
        "instead",
        "also",
        "then",
        "now",
        "since",
        "with",
        "outside",
        "inside",
        "nearby",
        "elsewhere",
        "separately",
        "however",
        "overall",
        "afterward",
        "afterwards",
        "today",
        "yesterday",
    ];
    // "On Thursday, after remaining neutral …, Warren appeared …": fronted adjuncts in a row.
    for _ in 0..3 {
        if contains(FRONTED, &first) || contains(CLAUSAL_OPENERS, &first) {
            // A fronted question or clause ("Asked whether …,", "When pressed on …,") may be long.
            let reach = if contains(CLAUSAL_OPENERS, &first) { 30 } else { 8 };
            // Commas, also after an abbreviation ("Tex.,").
            let commas: Vec<(&Range<usize>, &Range<usize>)> = ws
                .iter()
                .take(reach)
                .zip(ws.iter().skip(1))
                .filter(|(a, b)| matches!(text[a.end..b.start].trim(), "," | ".,"))
                .collect();
            match commas.iter().position(|(a, b)| text[a.end..b.start].trim() == ",") {
                Some(p) => {
                    from = commas[p].1.start;
                    // "At a rally in Beaumont, Tex., Mr. Trump …": a state after a city.
                    if let Some(next) = commas.get(p + 1)
                        && super::places::is_us_state(
                            text[from..next.1.start].trim_end().trim_end_matches(',').trim_end(),
                        )
                    {
                        from = next.1.start;
                    }
                }
                // "On Sunday morning Mr. Trump made …": a fronted date without a comma.
                None => {
                    let date = |w: &Range<usize>| {
                        let b = bare(&text[w.clone()]);
                        contains(lexicon::WEEKDAYS, &b)
                            || matches!(
                                b.as_str(),
                                "on" | "morning"
                                    | "afternoon"
                                    | "evening"
                                    | "night"
                                    | "last"
                                    | "this"
                                    | "earlier"
                                    | "later"
                                    | "week"
                            )
                    };
                    let k = ws.iter().take_while(|w| date(w)).count();
                    from = ws.get(k).filter(|_| k >= 2)?.start;
                }
            }
        } else if let Some(k) = super::speakers::fronted_adjunct(text, &ws) {
            // "Back in 1999, Mr. Trump …", "Hastily, the council …".
            from = ws[k].start;
        }
        let rest = words(text, from..hi);
        let next = rest.first().map(|w| bare(&text[w.clone()])).unwrap_or_default();
        if !contains(&["but", "and", "so", "yet", "still"], &next)
            && (contains(FRONTED, &next) || contains(CLAUSAL_OPENERS, &next))
            && from > ws.first().map_or(hi, |w| w.start)
        {
            ws = rest;
            first = next;
            continue;
        }
        break;
    }
    let mut np = subject_after(text, from, hi)?;
    // The forward scan runs on through lower-case words: "Rubio pushed back" is "Rubio".
    let ws = words(text, np.span.clone());
    if let Some(k) = super::speakers::verb_after_subject(text, &ws) {
        np = classify(text, np.span.start..ws[k - 1].end);
    } else if ws.len() >= 2
        && only_punct(&text[np.span.end..hi])
        && finite_verb(&text[ws[ws.len() - 1].clone()])
    {
        // "a friend commented:": the scan ran up to the verb that closes the clause.
        np = classify(text, np.span.start..ws[ws.len() - 2].end);
    } else if let [.., before, last] = ws.as_slice()
        && {
            // "Hoff’s letter makes a case:": a verb in -s before the object's determiner.
            let l = &text[last.clone()];
            l.ends_with('s') && !l.ends_with("ss") && !is_cap(l) && !l.contains(['\'', '’'])
        }
        && !contains(lexicon::DETERMINERS, &bare(&text[before.clone()]))
        && !contains(lexicon::NP_LINK, &bare(&text[before.clone()]))
        && words(text, np.span.end..hi).first().is_some_and(|n| {
            text[np.span.end..n.start].trim().is_empty()
                && matches!(&text[n.clone()], "a" | "an" | "the" | "his" | "her" | "their" | "its")
        })
    {
        np = classify(text, np.span.start..before.end);
    } else if let [.., before, last] = ws.as_slice()
        && past_form(&text[last.clone()])
        && !contains(lexicon::DETERMINERS, &bare(&text[before.clone()]))
        && !contains(lexicon::NP_LINK, &bare(&text[before.clone()]))
        && words(text, np.span.end..hi).first().is_none_or(|n| !finite_verb(&text[n.clone()]))
    {
        // "The fracas erupted just after …", "Demonstrators marched through …": the scan ran
        // past the clause's own verb; "those surveyed say" keeps its participle, as its verb
        // follows.
        np = classify(text, np.span.start..before.end);
    }
    // "Sen. Claire McCaskill (D-Mo.) scolded him": a party and state after the name.
    let rest = &text[np.span.end..hi];
    if np.form == Form::Name
        && let Some(inner) = rest.strip_prefix(" (")
        && let Some(close) = inner.find(')').filter(|&c| c <= 30 && !inner[..c].contains(['(', ',']))
    {
        np.span.end += 2 + close + 1;
    }
    // "Mr. Sloan, 56, remained a staunch defender …, telling …": a name with an aside.
    if np.form == Form::Name
        && text[np.span.end..hi].trim_start().starts_with(',')
        && let Some(aside) = fronted_name(text, from, hi)
    {
        return Some(aside);
    }
    // A verb must follow the subject: the next word is lower-case and not a clause word.
    let next = words(text, np.span.end..hi).into_iter().next()?;
    let gap = &text[np.span.end..next.start];
    let nb = bare(&text[next.clone()]);
    let clause_word = ["that", "who", "which", "whose", "whom", "when", "if", "and", "or", "but", "of", "to"];
    let verbish = gap.trim().is_empty() && !is_cap(&text[next]) && !contains(&clause_word, &nb);
    verbish.then_some(np)
}

fn indirect(sentence: &Sentence<'_>, marks: Marks<'_>) {
    let Sentence { text, s, si, qs, quotes, cues } = sentence.clone();
    let Marks { used, claimed, found } = marks;
    let end = content_end(text, s.clone());
    // "…, and he finds that in government work, he said.": a trailing attribution reports the
    // whole clause before it, earlier cues included.
    // Not a verb of saying before it, which reports on its own ("Others said …, but …, they
    // said."), nor a title-case headline ("Newspaper Says …, Show Compassion …").
    let last = cues
        .len()
        .checked_sub(1)
        .filter(|&l| !used[l] && !is_cap(&text[cues[l].clone()]) && !has_words(text, cues[l].end..s.end, 4));
    // Read only when a cue needs it: most sentences have one cue.
    let mut reported: Option<Option<Range<usize>>> = None;
    for (ci, c) in cues.iter().enumerate() {
        if used[ci] {
            continue;
        }
        if last.is_some_and(|l| l != ci) && !lexicon::is_speech_verb(&bare(&text[c.clone()])) {
            let r = reported.get_or_insert_with(|| {
                last.and_then(|l| trailer_indirect(text, s.clone(), cues[l].clone(), end)).map(|t| t.1)
            });
            if r.as_ref().is_some_and(|r| c.end <= r.end) {
                continue;
            }
        }
        // A cue inside another attribution's content is part of what was reported: "He also
        // said he supports increasing the threshold" is one quotation, not two.
        if found
            .iter()
            .rev()
            .take_while(|f| f.sentence == si)
            .any(|f| f.kind != QuoteKind::Direct && f.content.start <= c.start && c.end <= f.content.end)
        {
            continue;
        }
        let verb = &text[c.clone()];
        let vb = bare(verb);
        // "it was reported live on CNN": a passive cue reports something only with a clause
        // after it ("it was reported that …", "he was asked to …").
        let participle =
            vb.ends_with("ed") || matches!(vb.as_str(), "told" | "said" | "written" | "shown" | "known");
        // Naming ("has been called “the Trump of the East”") and parentheticals ("where, it is
        // said, …") report without one.
        if participle
            && !prepositional(&vb)
            && !contains(lexicon::NAMING_VERBS, &vb)
            && !text[c.end..s.end].starts_with(',')
            && passive(text, s.start, c.start)
            && !word_iter(text, c.end..s.end)
                .take(6)
                .any(|w| matches!(bare(&text[w]).as_str(), "that" | "to" | "as" | "about" | "whether" | "if"))
        {
            continue;
        }
        // An object verb that is nothing else ("called", "wants") needs its object right after
        // it; checking that first keeps the many non-reporting uses cheap.
        if !prepositional(&vb)
            && !lexicon::is_cue_verb(&vb)
            && !contains(lexicon::MIXED_VERBS, &vb)
            && object_start(text, c.clone(), end, &vb).is_none()
        {
            continue;
        }
        let mut item: Option<(Np, Range<usize>, Range<usize>)> = None; // (speaker, content, clause)
        if prepositional(&vb) {
            let before = text[s.start..c.start].trim_end();
            // "…, according to Roffman, Trump made further demands": the source ends at the
            // comma before a clause.
            let np = subject_after(text, c.end, s.end).map(|np| {
                let Some(comma) = text[np.span.clone()].find(',') else { return np };
                // A clause: a subject, then a past tense or an auxiliary before any comma
                // ("…, the director of operations, the plan failed" is an apposition first).
                let from = np.span.start + comma + 1;
                let upto = text[from..s.end].find(',').map_or(s.end, |k| from + k);
                let rest: Vec<Range<usize>> = word_iter(text, from..upto).take(5).collect();
                let clause = rest.first().is_some_and(|w| {
                    let b = bare(&text[w.clone()]);
                    is_cap(&text[w.clone()])
                        || contains(lexicon::DETERMINERS, &b)
                        || matches!(b.as_str(), "he" | "she" | "they" | "it" | "we")
                }) && rest.iter().skip(1).any(|w| {
                    let t = &text[w.clone()];
                    let b = bare(t);
                    !is_cap(t)
                        && (b.ends_with("ed") && b.len() > 3
                            || contains(lexicon::IRREGULAR_PASTS, &b)
                            || contains(lexicon::AUX, &b))
                });
                if clause { classify(text, np.span.start..np.span.start + comma) } else { np }
            });
            if let Some(np) = np {
                let after_np = np.head.end.max(np.descriptor.as_ref().map_or(0, |d| d.end));
                if before.ends_with(',') && has_words(text, s.start..c.start, 3) {
                    // "Notably absent, according to members, was any mention of …": the
                    // content goes on after the source (one span from start to end, as split
                    // quotes are).
                    let from = after_np.min(end);
                    // The aside closes with a comma or a dash: "most Americans - 63 percent,
                    // according to the report - still believe …".
                    // A dash closes only an aside a dash opened.
                    let close = [",", "—", "–", " - ", " -- "]
                        .iter()
                        .filter(|d| **d == "," || before.contains(**d))
                        .filter_map(|d| text[from..end].find(d))
                        .min();
                    let goes_on = close.is_some_and(|k| {
                        !has_words(text, from..from + k, 11) && has_words(text, from + k..end, 2)
                    });
                    let stop = if goes_on { end } else { s.start + before.len() - 1 };
                    item = Some((np, s.start..stop, c.start..s.end));
                } else if !has_words(text, s.start..c.start, 3) {
                    let rest = &text[after_np..end];
                    if let Some(comma) = rest.find(',') {
                        item = Some((np, after_np + comma + 1..end, s.start..after_np + comma));
                    }
                }
            }
        } else if let Some(trail) = trailer_indirect(text, s.clone(), c.clone(), end) {
            item = Some(trail);
        } else {
            // "– Ryan saying he was “very encouraged” and Trump calling it …": a participle
            // with its own named subject right after a break.
            // "…, Jane Roe saying …" and "…, with Senator Roe telling reporters …": an absolute
            // construction has its own subject.
            let absolute = || {
                subject_before(text, s.start, c.start).filter(|np| {
                    let lead = text[s.start..np.span.start].trim_end();
                    let with = lead.strip_suffix("with").is_some_and(|l| {
                        l.trim().is_empty() || l.trim_end().ends_with(['–', '—', ',', ';', ':'])
                    });
                    // `… “very encouraged” and Trump calling it …`: after a quotation, "and".
                    let and_after_quote = lead.strip_suffix("and").is_some_and(|l| {
                        let l = l.trim_end();
                        l.ends_with(['”', '"']) || l.ends_with("''")
                    });
                    (np.form == Form::Name && (lead.ends_with(['–', '—', ',', ';', ':']) || and_after_quote)
                        || with && np.form != Form::Pronoun)
                        && text[np.span.end..c.start].trim().is_empty()
                })
            };
            // Content first: the subject search costs more, and most cue words have none.
            let object = object_start(text, c.clone(), end, &vb);
            let regular = content_start(text, c.clone(), end, &vb);
            if object.is_none() && regular.is_none() {
                continue;
            }
            let np = if is_participle(verb) && !after_be(text, s.start, c.start) {
                absolute().or_else(|| participle_subject(text, s.start, c.clone(), found))
            } else {
                // "Obama praised Clinton and said …": a coordinated cue borrows the subject.
                subject_before(text, s.start, before_adverbs(text, s.start, c.start))
                    .filter(|np| plausible_subject(text, np))
                    .or_else(|| {
                        coordinated(text, s.start, c.start)
                            .then(|| participle_subject(text, s.start, c.clone(), found))
                            .flatten()
                    })
                    .or_else(|| fronted_name(text, s.start, c.start))
            };
            let Some(np) = np.filter(|np| plausible_subject(text, np)) else { continue };
            if names_a_thing(text, &np, c.clone()) {
                continue;
            }
            // "The merger announced Monday would turn …": content that opens with an auxiliary
            // has no subject of its own, so the "cue" was a participle modifying the noun
            // before it. Not after a relative ("which he said had harmed …"), where the
            // content's subject is the gapped relative word.
            let aux_first = regular.is_some_and(|start| {
                !word_iter(text, c.end..start).any(|w| bare(&text[w]) == "that")
                    && word_iter(text, start..end).next().is_some_and(|w| {
                        let t = &text[w];
                        contains(lexicon::FINITE_AUX, t) && !is_cap(t)
                    })
            });
            if aux_first
                && vb.ends_with("ed")
                && np.form != Form::Pronoun
                // "Time, Mr. Pence added, was on their side": a parenthetical, not a modifier.
                && !text[np.span.clone()].contains(',')
                && text[np.span.end..c.start].trim().is_empty()
                && !object_gapped(text, s.start, &np)
            {
                continue;
            }
            let object =
                object.filter(|_| !passive(text, s.start, c.start) && !object_gapped(text, s.start, &np));
            // "X endorsed Mr. Trump", "X called for a boycott": the object is the content.
            let (start, is_object) = match regular {
                // "warned against the excesses": a particle the verb takes is no part of the
                // content, as with an object verb.
                Some(start)
                    if object.is_some_and(|o| o > start && !has_words(text, start..o, 2))
                        && lexicon::OBJECT_PARTICLES.iter().any(|(stem, _)| vb.starts_with(stem)) =>
                {
                    (object.unwrap_or(start), true)
                }
                Some(start) if lexicon::is_cue_verb(&vb) => (start, false),
                Some(start) if object.is_none() && contains(lexicon::MIXED_VERBS, &vb) => (start, false),
                _ => match object {
                    Some(start) => (start, true),
                    None => continue,
                },
            };
            if !reports_here(text, &vb, start, end, is_object, &np) {
                continue;
            }
            if speaking_circumstance(text, &vb, start..end) {
                continue;
            }
            // Stop at a following ", adding that …" which is its own attribution.
            let stop = cues[ci + 1..]
                .iter()
                .filter(|n| n.start > start)
                .find_map(|n| {
                    let before = text[start..n.start].trim_end();
                    // `…, adding` and `“…,” adding`: the comma may sit inside a closing mark.
                    if is_participle(&text[n.clone()]) && ends_with_comma(before) {
                        let cut = before.trim_end_matches(['”', '"', '’', '\'']);
                        let inside = cut.len() < before.len();
                        return Some(start + if inside { before.len() } else { cut.len() - 1 });
                    }
                    // "… committee members, but said the outcome …": a coordinated cue.
                    // After a reported clause, a deed goes on with what was said (`say he posed
                    // a threat and refused to drop the gun`); an act of speech is the speaker's
                    // own (`said … and called on Sanders to …`).
                    let clause_goes_on = !is_object && !speech_act(&bare(&text[n.clone()]));
                    (coordinated(text, start, n.start) && !clause_goes_on).then(|| {
                        if let Some(series) = before.strip_suffix(';') {
                            return start + series.trim_end().len();
                        }
                        // The adverbs `coordinated` reads past: "and also said", "and openly talks".
                        let mut conj = before;
                        while let Some(w) = words(text, start..start + conj.len()).pop()
                            && w.start > start
                            && !matches!(bare(&text[w.clone()]).as_str(), "and" | "but")
                        {
                            conj = text[start..w.start].trim_end();
                        }
                        let conj = conj.trim_end_matches("and").trim_end_matches("but").trim_end();
                        start + conj.trim_end_matches([',', '-', '—', '–']).trim_end().len()
                    })
                })
                .unwrap_or(end);
            // A paraphrase ends at a clause boundary, unless a quotation after it shows the
            // speaker's words go on ("… the plan, and it was “dead on arrival”").
            let mut cut = object_end(text, start, stop);
            // An object is a noun phrase: "lamented illegal immigration, Clinton took …" ends at
            // the comma; "attacked Tom Jones, who …" and "…, including …" go on with it.
            if is_object
                && let Some(comma) = comma_outside_quotes(&text[start..cut])
                && !word_iter(text, start + comma..cut)
                    .next()
                    .is_some_and(|w| matches!(bare(&text[w]).as_str(), "including" | "who"))
                && !object_list(text, start + comma, cut)
            {
                cut = start + comma;
            }
            // "reiterated the point in an interview on Sunday": a venue after an object is the
            // attribution's, not the content's.
            if is_object {
                cut = venue_start(text, start, cut);
                cut = pronoun_object_end(text, start, cut);
            }
            // "When Francis said Mr. Trump ''is not Christian'' in answering …, the pope …": in
            // a fronted subordinate clause the content ends with that clause.
            // "Mr. Roe, who has accused the mayor of lying, will run …": a relative clause ends at
            // its closing comma; what follows is the main clause.
            let relative = np.form == Form::Pronoun
                && matches!(bare(&text[np.span.clone()]).as_str(), "who" | "which")
                && text[s.start..np.span.start].trim_end().ends_with(',');
            if (relative || subordinate_opening(text, s.start, c.start))
                && let Some(comma) = comma_outside_quotes(&text[start..cut])
            {
                cut = start + comma;
            }
            // A quotation another cue already claimed is not these words.
            // Only a quotation close after the boundary continues the paraphrase; one after a
            // dash or a long stretch belongs to an aside ("… — a play on words with “…”").
            let goes_on = qs.iter().any(|&q| {
                let at = quotes[q].outer.start;
                !claimed[q]
                    && (cut..stop).contains(&at)
                    && !has_words(text, cut..at, 9)
                    && !text[cut..at].contains(['—', '–'])
                    // `…, which he called "a cartel"`: a naming clause attributes its own words.
                    && !NAMING_RELATIVE.is_match(&text[cut..at])
                    // `…,” while 31 percent call them “…”`: so does a clause with its own cue.
                    && !{
                        let ws = words(text, cut..at);
                        ws.iter().enumerate().any(|(k, w)| {
                        let v = &text[w.clone()];
                        let b = bare(v);
                        let after_name = k > 0 && is_cap(&text[ws[k - 1].clone()]);
                        // An object verb counts in its bare form ("31 percent call them") or as
                        // the participle of an absolute clause ("and Trump calling it"); "which is
                        // widely supported" and "was referring to" go on with the paraphrase.
                        let bare_form = !b.ends_with('s') && !b.ends_with("ed") && !b.ends_with("ing");
                        let absolute = b.ends_with("ing") && after_name;
                        !is_cap(v)
                            && (lexicon::is_cue_verb(&b)
                                || (bare_form || absolute) && contains(lexicon::OBJECT_VERBS, &b))
                        })
                    }
            });
            let stop = if goes_on { stop } else { cut };
            // An object may be one word ("endorsed him"); a clause has a subject and a verb.
            let quoted = qs.iter().any(|&q| (start..stop).contains(&quotes[q].outer.start));
            if !has_words(text, start..stop, if is_object || quoted { 1 } else { 3 }) {
                continue;
            }
            let clause = np.span.start..start;
            item = Some((np, start..stop, clause));
        }
        let Some((np, content, clause)) = item else { continue };
        // "Members are asked to rank …", "she was told that …": the subject of a passive
        // addressee verb is the one addressed; who spoke is not said.
        let addressed = matches!(vb.as_str(), "asked" | "told" | "urged" | "warned" | "reminded")
            && passive(text, s.start, c.start);
        // A borrowed subject may sit after the cue; the clause is always a forward range.
        let clause = clause.start.min(clause.end)..clause.start.max(clause.end);
        let mut content = trim_content(text, content);
        // "On Monday, Trump said he was “happy to see” that …, according to The New York
        // Times": a source reporting a whole attribution (its cue inside this content) keeps
        // the quotation that attribution claimed.
        let nested = prepositional(&vb)
            && found.iter().rev().take_while(|f| f.sentence == si).any(|f| {
                f.cue.as_ref().is_some_and(|fc| content.start <= fc.start && fc.end <= content.end)
                    && content.start <= f.content.start
                    && f.content.end <= content.end + 3
            });
        // "Trump asserted that France had lost its identity: “…,” he claimed.": a quotation
        // already attributed to its own cue ends the paraphrase before it.
        if let Some(q) = qs.iter().copied().filter(|_| !nested).find(|&q| {
            claimed[q] && content.start < quotes[q].outer.start && quotes[q].outer.start < content.end
        }) {
            content = trim_content(text, content.start..quotes[q].outer.start);
            if !has_words(text, content.clone(), 3) {
                continue;
            }
        }
        if content.is_empty() {
            continue;
        }
        used[ci] = true;
        // Quotations inside the paraphrase make it mixed (or direct when they are all of it).
        let inner: Vec<usize> = qs
            .iter()
            .copied()
            .filter(|&q| content.start <= quotes[q].outer.start && quotes[q].outer.end <= content.end + 3)
            .collect();
        if inner.is_empty()
            && contains(lexicon::MIXED_VERBS, &vb)
            && !lexicon::is_cue_verb(&vb)
            && object_start(text, c.clone(), end, &vb).is_none()
        {
            continue;
        }
        let mut kind = QuoteKind::Indirect;
        if let Some(&only) = inner.first() {
            if !nested && inner.iter().any(|&q| claimed[q]) {
                continue;
            }
            let q = &quotes[only];
            if inner.len() == 1
                && only_punct(&text[content.start..q.outer.start])
                && only_punct(&text[q.outer.end.min(content.end)..content.end])
            {
                kind = QuoteKind::Direct;
                content = q.content.clone();
            } else {
                kind = QuoteKind::Mixed;
                content = content.start..content.end.max(q.outer.end.min(s.end));
            }
            for &q in &inner {
                claimed[q] = true;
            }
        }
        found.push(Found {
            content,
            kind,
            speaker: (!addressed).then_some(np),
            cue: Some(c.clone()),
            clause: Some(clause),
            inherited: false,
            trailer: false,
            sentence: si,
        });
    }
}

/// A relative clause that names something in its subject's words, after a comma: `…, which he
/// called "a cartel for higher education."`, `…, whom she described as "volatile"`. The clause
/// from its relative word is the content; the subject (often a pronoun) is the speaker.
fn naming_relatives(sentence: &Sentence<'_>, marks: Marks<'_>) {
    let Sentence { text, s, si, qs, quotes, cues } = sentence.clone();
    let Marks { used, claimed, found } = marks;
    for (ci, c) in cues.iter().enumerate() {
        if used[ci] || !contains(lexicon::NAMING_VERBS, &bare(&text[c.clone()])) {
            continue;
        }
        let Some(np) = subject_before(text, s.start, c.start) else { continue };
        let Some(rel) = words(text, s.start..np.span.start).last().cloned() else { continue };
        if !matches!(bare(&text[rel.clone()]).as_str(), "which" | "whom")
            || !text[rel.end..np.span.start].trim().is_empty()
            || !text[s.start..rel.start].trim_end().ends_with(',')
            || has_words(text, np.span.end..c.start, 3)
        {
            continue;
        }
        let mut pos = c.end;
        if let Some(w) = word_iter(text, pos..s.end).next()
            && bare(&text[w.clone()]) == "as"
        {
            pos = w.end;
        }
        // The named thing is a quotation right after the verb, or the rest of the clause.
        let quote = qs.iter().copied().find(|&q| {
            !claimed[q] && quotes[q].outer.start >= pos && text[pos..quotes[q].outer.start].trim().is_empty()
        });
        let end = match quote {
            Some(q) => quotes[q].outer.end,
            None => object_end(text, pos, content_end(text, s.clone())),
        };
        let content = trim_content(text, rel.start..end);
        if !has_words(text, pos..end, 1) {
            continue;
        }
        used[ci] = true;
        if let Some(q) = quote {
            claimed[q] = true;
        }
        found.push(Found {
            content,
            kind: if quote.is_some() { QuoteKind::Mixed } else { QuoteKind::Indirect },
            speaker: Some(np),
            cue: Some(c.clone()),
            clause: Some(rel.start..c.end),
            inherited: false,
            trailer: false,
            sentence: si,
        });
    }
}

/// Where a venue adjunct ("in an interview with …", "during a speech") starts inside the object
/// `text[start..end]`, or `end` when none does. The object keeps at least one word.
fn venue_start(text: &str, start: usize, end: usize) -> usize {
    for w in word_iter(text, start..end).skip(1) {
        let b = bare(&text[w.clone()]);
        if !matches!(b.as_str(), "in" | "at" | "during" | "on" | "via" | "through") {
            continue;
        }
        // A day ("on Monday") often belongs to the content ("endorsed Cruz on Monday").
        // "on" more often opens the object's own complement ("comment on the report").
        let det = text[w.end..end].split_whitespace().next().map(bare).is_some_and(|n| {
            if b == "on" {
                contains(&["twitter", "facebook"], &n)
            } else {
                contains(&["a", "an", "the", "his", "her", "their", "its", "one"], &n)
            }
        });
        if det && ADJUNCT.find(&text[w.start..end]).is_some_and(|m| m.end() > 0) {
            return text[start..w.start].trim_end().len() + start;
        }
    }
    end
}

/// Where an object that is a personal pronoun ends: "endorsed her early over …", "reiterated
/// them on a radio show Thursday", "condemning him Saturday in harsh terms". What follows the
/// pronoun is the attribution's time, place or manner, not the thing reported; a complement
/// ("accused him of …", "urged them to …", "called him “…”") stays.
fn pronoun_object_end(text: &str, start: usize, end: usize) -> usize {
    let mut ws = word_iter(text, start..end);
    let (Some(first), Some(next)) = (ws.next(), ws.next()) else { return end };
    let pronoun = bare(&text[first.clone()]);
    let after = bare(&text[next.clone()]);
    let adjunct = lexicon::WEEKDAYS.contains(&after.as_str())
        || matches!(
            after.as_str(),
            "in" | "on"
                | "at"
                | "during"
                | "early"
                | "again"
                | "repeatedly"
                | "publicly"
                | "today"
                | "yesterday"
                | "tonight"
                | "last"
                | "this"
                | "earlier"
                | "later"
        );
    let objective = matches!(
        pronoun.as_str(),
        "him" | "her" | "them" | "it" | "me" | "us" | "himself" | "herself" | "themselves" | "itself"
    );
    // "called them in an article, ''Manchurian anchors''" and "defended himself on Saturday for
    // bailing on …": a quotation or a complement after the adjunct is what was reported.
    let rest = &text[next.start..end];
    let complement = rest.contains(['"', '“', '”'])
        || rest.contains("''")
        || word_iter(text, next.end..end).any(|w| matches!(bare(&text[w]).as_str(), "for" | "of" | "as"));
    if objective && adjunct && !complement && text[first.end..next.start].trim().is_empty() {
        first.end
    } else {
        end
    }
}

/// Whether the sentence opens with a subordinator and the cue at `at` is in that clause (no
/// comma before it): "When X said …, …", "If the polls show …, …".
fn subordinate_opening(text: &str, lo: usize, at: usize) -> bool {
    word_iter(text, lo..at).next().is_some_and(|w| {
        matches!(
            bare(&text[w.clone()]).as_str(),
            "when"
                | "if"
                | "after"
                | "because"
                | "while"
                | "although"
                | "though"
                | "since"
                | "before"
                | "once"
                | "until"
                | "unless"
                | "whether"
        )
    }) && !text[lo..at].contains(',')
}

/// The first comma of `s` outside quotation marks (a comma just inside a closing mark, as in
/// `''is not Christian,''`, counts as outside).
fn comma_outside_quotes(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, ch) in s.char_indices() {
        match ch {
            '“' => depth += 1,
            '”' => depth -= 1,
            '"' => depth = if depth > 0 { depth - 1 } else { depth + 1 },
            // "$50,000": a comma between digits is part of the number.
            ',' if s[..i].ends_with(|c: char| c.is_ascii_digit())
                && s[i + 1..].starts_with(|c: char| c.is_ascii_digit()) => {}
            ',' if depth <= 0 || s[i + 1..].starts_with(['”', '"', '\'']) => return Some(i),
            _ => {}
        }
    }
    None
}

/// Verbs beyond the auxiliaries that follow an existential "there": "there remains a gap".
const EXISTENTIAL_VERBS: &[&str] =
    &["remains", "remained", "seems", "seemed", "appears", "appeared", "exists", "existed"];

/// Verbs that report only with a clause after them: "felt that …" reports, "felt blindsided"
/// and "continued the work" do not; nor does "wrote a book" (see [`reports_here`]).
const CLAUSE_ONLY_VERBS: &[&str] = &[
    "feel",
    "feels",
    "felt",
    "continued",
    "continues",
    "posted",
    "posts",
    "wrote",
    "write",
    "writes",
    "writing",
    // "ruled that …" reports a finding; "ruled out a bid", "ruled against the state" do not.
    "ruled",
];

/// Whether a verb with its content at `start` reports here. A relative pronoun doing a non-speech
/// act ("…, who endorsed Mr. Cruz") and a reflexive object ("found himself embroiled") report
/// nothing.
fn reports_here(text: &str, verb: &str, start: usize, end: usize, is_object: bool, np: &Np) -> bool {
    let first = word_iter(text, start..end).next().map(|w| bare(&text[w])).unwrap_or_default();
    let after_that =
        words(text, near(text, 0, start, 16)..start).last().is_some_and(|w| bare(&text[w.clone()]) == "that");
    let relative =
        np.form == Form::Pronoun && matches!(bare(&text[np.span.clone()]).as_str(), "who" | "which");
    let reflexive = matches!(
        first.as_str(),
        "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves" | "yourself"
    );
    let subject_pronoun = matches!(first.as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "there");
    // "…, who has pledged to ban …", "…, who asked to remain anonymous": an infinitive after a
    // relative pronoun describes the antecedent; it reports no speech.
    let infinitive = first == "to";
    // "…, who described Trump as “a narcissist”": quoted words in the object are reported.
    let quoted = text[start..end].contains(['“', '"']) || text[start..end].contains("''");
    !(relative && (is_object && !quoted || infinitive) || reflexive && !contains(lexicon::MIXED_VERBS, verb))
        && (!contains(CLAUSE_ONLY_VERBS, verb) || after_that || subject_pronoun || {
            // "wrote a children's book" is no report; "wrote the plan was dead", "wrote: “…”"
            // and "wrote “…”" are.
            let opens_quote = text[start..].starts_with(['“', '"']) || text[start..].starts_with("''");
            let clause = word_iter(text, start..end).any(|w| {
                let b = bare(&text[w.clone()]);
                finite_verb(&text[w])
                    || contains(lexicon::FINITE_AUX, &b)
                    || matches!(b.as_str(), "did" | "does")
            });
            matches!(verb, "wrote" | "write" | "writes" | "writing")
                && (!is_object && clause || opens_quote || text[..start].trim_end().ends_with(':'))
        })
}

/// Whether a subject found by the backward scan can be one: it does not open with a verb form
/// ("traveled to Jerusalem and Mr. Netanyahu embraced") or a preposition ("according to press
/// reports" is a cue, not a subject).
fn plausible_subject(text: &str, np: &Np) -> bool {
    let ws = words(text, np.span.clone());
    let Some(first) = ws.first().map(|w| &text[w.clone()]) else { return false };
    let b = bare(first);
    // "registered voters" is a subject; "traveled to Jerusalem" is a verb phrase.
    // "Mr. Trump has lately started asking …": a lone past form is no subject either ("USA
    // TODAY's reporting" is).
    let particle = |k: usize| {
        ws.get(k).is_some_and(|w| {
            matches!(
                bare(&text[w.clone()]).as_str(),
                "to" | "from" | "in" | "at" | "on" | "with" | "by" | "into" | "off" | "up" | "out"
            )
        })
    };
    let verbal = !is_cap(first)
        && (b.ends_with("ed") || b.ends_with("ing"))
        && (ws.len() == 1 && np.form == Form::Description && b.ends_with("ed") || particle(1))
        // "Rattling off promises to …, Clinton promised": a participle opening the sentence.
        || b.ends_with("ing") && b.len() > 5 && particle(1);
    // "Two weeks later, …", "Hours after the vote …": a span of time is no speaker.
    let head = words(text, np.head.clone()).last().map(|w| bare(&text[w.clone()])).unwrap_or_default();
    let time = np.form == Form::Description && contains(TIME_UNITS, &head);
    // Outside quotation marks "you" is generic: "something you wouldn't know if you listen …".
    // "Outside, about 200 protesters chanted", "amid reports that …": a preposition or an
    // adverb opens no subject.
    let adverbial = matches!(
        b.as_str(),
        "according"
            | "as"
            | "alongside"
            | "following"
            | "perhaps"
            | "maybe"
            | "indeed"
            | "throughout"
            | "by"
            | "to"
            | "of"
            | "you"
            | "please"
            | "outside"
            | "inside"
            | "amid"
            | "among"
            | "meanwhile"
            | "however"
            | "instead"
            | "despite"
            | "during"
    );
    // "a passion that almost suggested …": a lone adverb; "almost half" is a subject.
    let lone_adverb = ws.len() == 1 && matches!(b.as_str(), "almost" | "nearly" | "just" | "even");
    !verbal && !time && !adverbial && !lone_adverb
}

/// Where the adverbs right before a cue begin: "Bill Clinton disingenuously claimed", "Clinton
/// has increasingly decried". The subject scan starts there.
fn before_adverbs(text: &str, lo: usize, cue: usize) -> usize {
    let ws = words(text, near(text, lo, cue, 80)..cue);
    let mut at = cue;
    for w in ws.iter().rev() {
        if !text[w.end..at].trim().is_empty() {
            break;
        }
        let t = &text[w.clone()];
        let b = bare(t);
        let adverb = !is_cap(t)
            && (lexicon::is_ly_adverb(&b)
                || matches!(
                    b.as_str(),
                    "also" | "still" | "never" | "already" | "just" | "often" | "even" | "again"
                ));
        if !adverb {
            break;
        }
        at = w.start;
    }
    at
}

/// A name opening the clause, set off by an aside between commas or dashes, whose verb follows
/// the aside: "Arturo Sarukhán, Mexico's ambassador from 2007 to 2013, said …", "Reynolds -
/// Santilli's co-host - told …", "Mr. Sloan, 56, remained …". The verb is the cue at `at`, or,
/// with `at` past it, the first lower-case word after a closing mark. The mention keeps the aside.
fn fronted_name(text: &str, lo: usize, at: usize) -> Option<Np> {
    let np = subject_after(text, lo, at)?;
    // A name, or a description with its article: "The employee of four years, a registered
    // Republican who …, said".
    let described = np.form == Form::Description
        && words(text, np.span.clone())
            .first()
            .is_some_and(|w| matches!(bare(&text[w.clone()]).as_str(), "the" | "a" | "an"));
    if !(np.form == Form::Name || described) || !only_punct(&text[lo..np.span.start]) {
        return None;
    }
    let name_end = np.descriptor.as_ref().map_or(np.span.end, |d| d.end.max(np.span.end));
    let opener = text[name_end..at].trim_start().chars().next()?;
    if !matches!(opener, ',' | '-' | '—' | '–') {
        return None;
    }
    let ws = words(text, name_end..at);
    // An apposition the subject scan already took: "Sarukhán, Mexico's ambassador …, said".
    if ws.is_empty() {
        return (opener == ',').then_some(np);
    }
    // Where the aside closes: a closing mark followed by the verb (auxiliaries and adverbs
    // may come first).
    let closer = |gap: &str| {
        gap.trim()
            .chars()
            .last()
            .is_some_and(|c| matches!(c, ',' | '-' | '—' | '–') && (opener == ',') == (c == ','))
    };
    let closes = |k: usize| closer(&text[ws[k - 1].end..ws[k].start]);
    let verbal = |k: usize| {
        let t = &text[ws[k].clone()];
        let b = bare(t);
        !is_cap(t)
            && !contains(lexicon::DETERMINERS, &b)
            && !contains(lexicon::NP_LINK, &b)
            && !contains(lexicon::PRONOUNS, &b)
            && !lexicon::is_np_stop(&b)
            || contains(lexicon::AUX, &b)
            || lexicon::is_cue_verb(&b)
    };
    // "Gary Emineth, a former chairman, joined the board and said": the scan took the
    // apposition, and a comma closes it before the verb.
    if opener == ',' && np.span.end == name_end && np.descriptor.is_some() && verbal(0) {
        return Some(np);
    }
    let k = (1..ws.len()).find(|&k| closes(k) && verbal(k)).or_else(|| {
        // The cue itself follows the aside.
        closer(&text[ws[ws.len() - 1].end..at]).then_some(ws.len())
    })?;
    let close_at = if k < ws.len() { ws[k].start } else { at };
    let aside_end = ws[k - 1].end;
    // No sentence break inside the aside ("N.C.," is an abbreviation), no reporting verb.
    let broken = ws[..k].windows(2).any(|p| {
        let gap = &text[p[0].end..p[1].start];
        gap.contains(['.', '!', '?']) && is_cap(&text[p[1].clone()]) && !gap.contains(',')
    });
    let sane = (1..=30).contains(&k)
        && !text[name_end..close_at].contains([';', ':', '"', '“', '”'])
        && !broken
        && !ws[..k]
            .iter()
            .any(|w| lexicon::is_cue_verb(&bare(&text[w.clone()])) && !is_cap(&text[w.clone()]));
    sane.then_some(Np { span: np.span.start..aside_end, ..np })
}

/// Whether the cue at `at` is coordinated with an earlier verb: "… and (also) said", "but said".
fn coordinated(text: &str, lo: usize, at: usize) -> bool {
    let ws = words(text, near(text, lo, at, 120)..at);
    let mut k = ws.len();
    // "and also said", "but now said", "and then told".
    // "and reportedly argued", "but publicly said": an adverb in -ly too.
    while k > 0 && {
        let b = bare(&text[ws[k - 1].clone()]);
        matches!(b.as_str(), "also" | "now" | "then" | "later" | "still") || lexicon::is_ly_adverb(&b)
    } {
        k -= 1;
    }
    // "Trump questioned …; blamed Obama for …; bemoaned …": a series of verb phrases after
    // semicolons shares the subject too.
    let gap_end = ws.get(k).map_or(at, |w| w.start);
    k > 0
        && (matches!(bare(&text[ws[k - 1].clone()]).as_str(), "and" | "but")
            || text[ws[k - 1].end..gap_end].trim() == ";" && !is_cap(&text[gap_end..]))
}

/// Whether a cue verb names an act of speech (`called on`, `urged`, `criticized`, `noting`),
/// which a speaker performs in a clause of their own, unlike a state or a deed that may go on
/// with the reported words (`said he posed a threat and refused to drop the gun`).
fn speech_act(b: &str) -> bool {
    b.ends_with("ing")
        || lexicon::is_speech_verb(b)
        || lexicon::SPEECH_ACT_STEMS.iter().any(|s| b.starts_with(s))
}

/// Whether the word before `at` is a form of "be" ("is saying", "was telling").
fn after_be(text: &str, lo: usize, at: usize) -> bool {
    // Adverbs may intervene: "is already claiming", "was also telling".
    let ws = words(text, near(text, lo, at, 120)..at);
    ws.iter()
        .rev()
        .map(|w| (&text[w.clone()], bare(&text[w.clone()])))
        .find(|(_, b)| {
            !(b.ends_with("ly")
                || matches!(b.as_str(), "already" | "also" | "still" | "now" | "not" | "again" | "even"))
        })
        .is_some_and(|(w, b)| {
            matches!(b.as_str(), "is" | "are" | "was" | "were" | "been" | "be" | "keeps" | "kept")
                || contracted_be(w)
        })
}

/// "he’s", "they're": a pronoun with a contracted "is" (or "has") or "are".
fn contracted_be(w: &str) -> bool {
    lexicon::be_contraction(w).is_some_and(|e| {
        matches!(
            w[..w.len() - e.len()].to_ascii_lowercase().as_str(),
            "he" | "she" | "it" | "that" | "who" | "they" | "we" | "you"
        )
    })
}

/// `…, X said (on Thursday).` / `…, said X, who …` at the end of a sentence.
fn trailer_indirect(
    text: &str,
    s: Range<usize>,
    c: Range<usize>,
    end: usize,
) -> Option<(Np, Range<usize>, Range<usize>)> {
    let vb = bare(&text[c.clone()]);
    if !lexicon::is_trailer_verb(&vb) {
        return None;
    }
    // "Despite the attacks, Trump continued to build up his lead.": a verb that takes an
    // infinitive reports nothing before it.
    let takes_infinitive = matches!(
        vb.as_str(),
        "continued" | "continues" | "promised" | "pledged" | "vowed" | "vows" | "agreed" | "agrees"
    );
    if takes_infinitive && text[c.end..s.end].trim_start().starts_with("to ") {
        return None;
    }
    let rest = &text[c.end..s.end];
    // Nothing but adjuncts may follow the cue.
    let mut tail = c.end;
    if matches!(vb.as_str(), "told" | "tells" | "tell") {
        tail = addressee_end(text, tail, s.end);
    }
    tail = skip_adjuncts(text, tail, s.end);
    tail = prepositional_tail(text, tail, end);
    let _ = rest;
    let before = &text[s.start..c.start];
    // Inverted: ", said X." Not when all before the comma is a subject with an aside:
    // "Economists, like their counterparts, say taxes …" opens speech, it does not close it.
    let subject_with_aside = || {
        subject_before(text, s.start, c.start).is_some_and(|np| {
            // "Yet economists, like …, say": a sentence connective may come first.
            words(text, s.start..np.span.start).iter().all(|w| {
                matches!(bare(&text[w.clone()]).as_str(), "yet" | "but" | "and" | "still" | "so" | "now")
            })
        })
    };
    if before.trim_end().ends_with(',') && has_words(text, s.start..c.start, 3) && !subject_with_aside() {
        let comma = s.start + before.trim_end().len() - 1;
        // "Sen. Roe, appearing on Fox News, said Obama failed to …": a phrase with its own
        // finite verb after the cue is the reported clause, not an inverted subject.
        // Only the head counts: "said Jane Roe, a lawyer who founded …" keeps its relative.
        if let Some(np) = subject_after(text, c.end, s.end).filter(|np| {
            let head_end = text[np.span.clone()].find(',').map_or(np.span.end, |k| np.span.start + k);
            !word_iter(text, np.span.start..head_end)
                .skip(1)
                .take_while(|w| {
                    !matches!(bare(&text[w.clone()]).as_str(), "who" | "which" | "that" | "whose")
                })
                .any(|w| {
                    let t = &text[w];
                    past_form(t) || contains(lexicon::FINITE_AUX, t)
                })
        }) {
            let np_end = np.descriptor.as_ref().map_or(np.span.end, |d| d.end.max(np.span.end));
            let after = &text[np_end..s.end];
            if only_punct(after)
                || after.trim_start().starts_with(", who")
                || after.trim_start().starts_with(", which")
                || description_goes_on(text, np_end, s.end)
            {
                return Some((np, s.start..comma, comma..s.end));
            }
        }
        // "…, a spokeswoman, Anna White, said.": the comma closed an apposition, not the
        // content; the subject comes before the cue.
        let closes_apposition = subject_before(text, s.start, c.start).is_some_and(|np| {
            np.descriptor.is_some() && text[s.start..np.span.start].trim_end().ends_with(',')
        });
        if !closes_apposition {
            return None;
        }
    }
    // "So it makes sense, strategists said, for Democrats to …": a parenthetical attribution;
    // the content is the whole sentence around it (one span, as for split quotes).
    // "…, the AP declared on Thursday, two days after the vote." and "…, the mayor said as the
    // council met.": an adverbial after the cue belongs to the attribution.
    let adverbial = tail < end && reporting_adverbial(&text[tail..end]);
    // Not when a statement of its own follows: `…, records show, and experts say it is …`
    // ends the content at the trailer.
    let second_statement = tail < end && coordinated_attribution(&text[tail..end]) == Some(0);
    let parenthetical = !adverbial
        && tail < end
        && text[tail..end].trim_start().starts_with(',')
        && has_words(text, tail..end, 2)
        && !second_statement;
    if !adverbial
        && !second_statement
        && !only_punct(&text[tail..end.max(tail)])
        && !text[tail..s.end].trim_start().starts_with(", who")
        && !parenthetical
    {
        return None;
    }
    // ", X said."
    let np = subject_before(text, s.start, c.start)?;
    let lead = text[s.start..np.span.start].trim_end();
    // "The museum, Mr. Obama said, would …": a parenthetical may split a short subject off.
    let lead_words = if parenthetical { 1 } else { 3 };
    if !lead.ends_with(',') || !has_words(text, s.start..np.span.start, lead_words) {
        return None;
    }
    let comma = s.start + lead.len() - 1;
    if parenthetical {
        return Some((np, s.start..end, comma..tail));
    }
    // "In a 1963 speech, he declared: …": a fronted adjunct is no reported clause.
    let opens_with_preposition = word_iter(text, s.start..comma).next().is_some_and(|w| {
        contains(
            &["in", "at", "on", "during", "after", "before", "with", "from", "by", "over", "under"],
            &bare(&text[w]),
        )
    });
    if opens_with_preposition
        && !word_iter(text, s.start..comma).any(|w| {
            let t = &text[w];
            past_form(t) || contains(lexicon::AUX, &bare(t)) || lexicon::is_cue_verb(&bare(t))
        })
    {
        return None;
    }
    Some((np, s.start..comma, comma..s.end))
}

/// Whether `s`, the rest of a sentence after a trailing cue and its adjuncts, is an adverbial
/// of the reporting clause: `, two days after the vote`, ` as the council met`, `, citing …`.
fn reporting_adverbial(s: &str) -> bool {
    // "said Tuesday in Paris, noting …": a place may come first.
    let rest = PLACE_PHRASE.find(s).map_or(s, |m| &s[m.end()..]);
    REPORTING_ADVERBIAL.is_match(rest)
}

/// A place after a reporting verb: ` in Paris`, ` at the White House`.
static PLACE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:in|at|from|outside|near)\s+(?:the\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}")
        .expect("PLACE_PHRASE is a valid pattern")
});

/// See [`reporting_adverbial`].
static REPORTING_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^ (?: ,? \s+ (?:a|one|two|three|four|five|several|just|only|some|\d+) \s+
              (?:day|days|hour|hours|week|weeks|month|months|year|years|minute|minutes) \s+
              (?:after|before|later|earlier|ago)
            # Without a comma only: after one, a subordinate clause may be the content going
            # on around a parenthetical (The effects are hard to predict, economists say,
            # because …).
            | \s+ (?:as|while|when|after|before|because|since|although|though|amid|despite|following|during) \s
            | , \s+ [a-z]+ing \s (?:to|that|the|a|an|his|her|their|its|what|how|reports?)\b
            # `…, Roe said, adding, “…”`: a participle that opens a quotation of its own.
            | , \s+ [a-z]+ing \s* [,:]
        )",
    )
    .expect("REPORTING_ADVERBIAL is a valid pattern")
});

/// The end of the addressee after "told"/"asked" at `pos` ("told Asharq Al-Awsat", "told me",
/// "asked reporters"), or `pos` when none follows.
fn addressee_end(text: &str, pos: usize, end: usize) -> usize {
    let object = |w: &Range<usize>| {
        matches!(bare(&text[w.clone()]).as_str(), "him" | "her" | "them" | "us" | "me" | "reporters")
    };
    match subject_after(text, pos, end) {
        Some(np) if np.form != Form::Pronoun || object(&np.span) => np.span.end,
        Some(_) => pos,
        None => words(text, pos..end).first().filter(|w| object(w)).map_or(pos, |w| w.end),
    }
}

/// Whether `text[from..to]` only continues a description after a comma: "said Mindy Romero,
/// director of the Project at the University of California, Davis, Center for Regional Change."
fn description_goes_on(text: &str, from: usize, to: usize) -> bool {
    let rest = &text[from..to];
    if !rest.trim_start().starts_with(',') || has_words(text, from..to, 17) {
        return false;
    }
    let ws = words(text, from..to);
    !ws.is_empty()
        && !rest.contains([';', ':', '"', '“', '”', '—', '–'])
        && ws.iter().all(|w| {
            let t = &text[w.clone()];
            let b = bare(t);
            is_cap(t)
                || contains(lexicon::NP_LINK, &b)
                || contains(lexicon::DETERMINERS, &b)
                || !(contains(lexicon::AUX, &b)
                    || contains(lexicon::PRONOUNS, &b)
                    || lexicon::is_np_stop(&b)
                    || lexicon::is_cue_verb(&b)
                    || b.ends_with("ed")
                    || b.ends_with("ing"))
        })
}

/// The end of a verbless prepositional tail at `pos` that runs to `end`: "…, she said in a
/// video message to the convention." Anything with a verb or a complementiser is content.
fn prepositional_tail(text: &str, pos: usize, end: usize) -> usize {
    if pos >= end {
        return pos;
    }
    let Some(first) = word_iter(text, pos..end).next() else { return pos };
    let preposition = matches!(
        bare(&text[first]).as_str(),
        "in" | "at" | "on" | "during" | "to" | "before" | "after" | "via" | "of" | "about" | "outside"
    );
    if !preposition
        || has_words(text, pos..end, 11)
        || text[pos..end].contains([',', ';', ':', '"', '“', '—', '–'])
    {
        return pos;
    }
    let verbless = word_iter(text, pos..end).all(|w| {
        let b = bare(&text[w]);
        !(contains(lexicon::AUX, &b)
            || contains(lexicon::PRONOUNS, &b)
            || lexicon::is_cue_verb(&b)
            || matches!(b.as_str(), "if" | "whether" | "because" | "but"))
    });
    if verbless { end } else { pos }
}

/// Verbs whose object is the one addressed: "told reporters that …", "urged voters to …".
const ADDRESSEE_VERBS: &[&str] =
    &["told", "tell", "tells", "telling", "asked", "urged", "warned", "reminded"];

/// Where the content of `X said …` starts: after "that", addressee and adjuncts.
fn content_start(text: &str, c: Range<usize>, end: usize, verb: &str) -> Option<usize> {
    if c.end >= end {
        return None;
    }
    let ws: Vec<Range<usize>> = word_iter(text, c.end..end).take(16).collect();
    let addressee_verb = contains(ADDRESSEE_VERBS, verb);
    // "said on Thursday that …": a "that" within a few words, only adjuncts before it.
    for (k, w) in ws.iter().enumerate().take(16) {
        let b = bare(&text[w.clone()]);
        // "said she considered how that would …": a clause started before the "that".
        if b != "that" && contains(lexicon::PRONOUNS, &b)
            || matches!(b.as_str(), "how" | "what" | "why" | "whether" | "if")
        {
            break;
        }
        // "said the recent spate of shootings demands that …": a determiner right after a verb
        // without an addressee opens the reported clause itself.
        if k == 0 && !addressee_verb && contains(&["the", "a", "an", "his", "her", "their", "its"], &b) {
            break;
        }
        if b == "that" {
            let between = &text[c.end..w.start];
            // Beyond a few words only an addressee or adjunct may come before "that":
            // "told one of his young protégés on a regular basis that …".
            // A verb form there shows a clause; a noun in -ing after a preposition or a
            // determiner does not ("during taping of a town hall", "at a briefing").
            let gap = words(text, c.end..w.start);
            let plain = k < 9 || {
                !gap.iter().enumerate().any(|(i, x)| {
                    let xb = bare(&text[x.clone()]);
                    let after_np_opener = i > 0 && {
                        let pb = bare(&text[gap[i - 1].clone()]);
                        contains(lexicon::DETERMINERS, &pb)
                            || contains(
                                &["during", "of", "at", "in", "on", "for", "with", "after", "before", "from"],
                                &pb,
                            )
                    };
                    contains(lexicon::AUX, &xb)
                        || (xb.ends_with("ed") || xb.ends_with("ing")) && xb != "during" && !after_np_opener
                })
            };
            if plain
                && !between.contains(['.', ';', '"', '“'])
                && !gap.iter().any(|x| CUE.is_match(&text[x.clone()]) && k > 0)
            {
                return Some(w.end);
            }
            break;
        }
    }
    let mut pos = c.end;
    // "told Asharq Al-Awsat Thursday …", "told reporters …".
    if addressee_verb {
        pos = addressee_end(text, pos, end);
    }
    pos = skip_adjuncts(text, pos, end);
    // "asked rhetorically during a news conference": a manner adverb before an adjunct or a
    // comma, then the adjuncts again; "said nearly every donor …" keeps its adverb.
    while let Some(w) = word_iter(text, pos..end).next()
        && text[pos..w.start].trim().is_empty()
        && lexicon::is_ly_adverb(&bare(&text[w.clone()]))
        && (text[w.end..end].trim_start().starts_with([',', '.', ';'])
            || word_iter(text, w.end..end).next().is_none_or(|n| {
                matches!(
                    bare(&text[n]).as_str(),
                    "during" | "in" | "on" | "at" | "after" | "before" | "to" | "with"
                )
            }))
    {
        pos = skip_adjuncts(text, w.end, end);
    }
    let rest = text[pos..end].trim_start_matches(|ch: char| ch.is_whitespace() || ch == ',' || ch == ':');
    let start = end - rest.len();
    let mut after = word_iter(text, start..end);
    let first = after.next().map(|w| bare(&text[w]))?;
    let second = after.next();
    let needs_clause = !contains(lexicon::MIXED_VERBS, verb)
        && !matches!(
            verb,
            "urged"
                | "urges"
                | "urging"
                | "asked"
                | "asks"
                | "told"
                | "tells"
                | "warned"
                | "promised"
                | "promises"
                | "promising"
                | "pledged"
                | "pledges"
                | "pledging"
                | "vowed"
                | "vows"
                | "vowing"
                | "threatened"
                | "threatens"
                | "threatening"
                | "agreed"
        );
    let bad_first = [
        "in", "on", "at", "during", "of", "for", "about", "by", "with", "after", "before", "as", "so",
        "from", "and", "but", "or", "than", "through", "into", "over", "there", "here", "when",
        // "was confirmed since …", "said despite …": a subordinate adjunct, no content.
        "since", "until", "despite", "because", "although", "though", "unless", "without", "amid",
        // "columns she wrote while a student": so is a clause of time.
        "while",
        // "asked reporters during a news conference late last month": a time after the adjuncts.
        "late", "earlier", "later",
    ];
    // "said there were …" is a clause; "said there that …" is a place.
    let existential = first == "there"
        && second.is_some_and(|w| {
            let b = bare(&text[w.clone()]);
            contains(lexicon::FINITE_AUX, &b) || contains(EXISTENTIAL_VERBS, &b)
        });
    // "did not show up for the vote": a phrasal verb.
    let phrasal = verb.starts_with("show") && first == "up";
    // "asked, shaking his head": a participle clause after the comma is the narrator's.
    let participle_clause = text[pos..start].contains(',')
        && word_iter(text, start..end).next().is_some_and(|w| super::speakers::is_participle(&text[w]));
    if participle_clause {
        return None;
    }
    if (contains(&bad_first, &first) && !existential) || (needs_clause && first == "to") || phrasal {
        return None;
    }
    Some(start)
}

/// Where the object of an object verb starts ("endorsed Mr. Trump", "called for a boycott",
/// "declined to comment"), or `None` when `verb` takes no object here.
fn object_start(text: &str, c: Range<usize>, end: usize, verb: &str) -> Option<usize> {
    if !contains(lexicon::OBJECT_VERBS, verb) || c.end >= end {
        return None;
    }
    let mut ws: Vec<Range<usize>> = word_iter(text, c.end..end).take(5).collect();
    let first = ws.first()?;
    if !text[c.end..first.start].trim().is_empty() {
        return None;
    }
    let mut fb = bare(&text[first.clone()]);
    if let Some((_, particles)) = lexicon::OBJECT_PARTICLES.iter().find(|(stem, _)| verb.starts_with(stem)) {
        // "called again for", "called Friday for": an adverb or a day before the particle.
        let adverb = lexicon::is_ly_adverb(&fb)
            || contains(lexicon::WEEKDAYS, &fb)
            || matches!(fb.as_str(), "again" | "also" | "today" | "yesterday" | "tonight");
        if adverb
            && !contains(particles, &fb)
            && ws.get(1).is_some_and(|w| {
                text[ws[0].end..w.start].trim().is_empty() && contains(particles, &bare(&text[w.clone()]))
            })
        {
            ws.remove(0);
            fb = bare(&text[ws[0].clone()]);
        }
        let first = &ws[0];
        if !contains(particles, &fb) {
            // "called him divisive", "calling Senator Roe a liar": a name and what it is called.
            return verb.starts_with("call").then(|| named_object(text, c.end, end)).flatten();
        }
        // "declined to comment" keeps its "to"; "called for a boycott" drops the "for".
        // "weighed in on the debate": two particles.
        let skip =
            if fb == "in" && ws.get(1).is_some_and(|w| bare(&text[w.clone()]) == "on") { 2 } else { 1 };
        // "pointed out that …": the complementiser is no part of the content.
        let skip =
            if ws.get(skip).is_some_and(|w| bare(&text[w.clone()]) == "that") { skip + 1 } else { skip };
        return if fb == "to" && !verb.starts_with("point") && !verb.starts_with("refer") {
            Some(first.start)
        } else {
            // "has weighed in during a contest": an adjunct after the particle, no object.
            ws.get(skip)
                .filter(|w| !contains(&["during", "at", "in", "on"], &bare(&text[(*w).clone()])))
                .map(|w| w.start)
        };
    }
    let bad_first = [
        "in",
        "on",
        "at",
        "during",
        "of",
        "for",
        "about",
        "by",
        "with",
        "after",
        "before",
        "as",
        "so",
        "from",
        "and",
        "but",
        "or",
        "than",
        "through",
        "into",
        "over",
        "there",
        "here",
        "when",
        "up",
        "out",
        "off",
        "back",
        "down",
        "that",
        "since",
        "until",
        "despite",
        "because",
        "although",
        "though",
        "unless",
        "without",
        "amid",
        "under",
        "via",
        "among",
        "against",
        "toward",
        "towards",
        "within",
        "behind",
        "beyond",
        "across",
        "around",
        "near",
        "outside",
        "inside",
        "alongside",
        "throughout",
    ];
    (!contains(&bad_first, &fb) || verb.starts_with("want") && fb != "and").then_some(first.start)
}

/// The object of "call" when a name follows it: `called him divisive`, `calling Senator Roe a
/// liar`, `called Mr. Roe's plan "a fraud"`. The object is a pronoun or a capitalised name, and
/// what it is called comes right after: a determiner, a quotation or a word that is no verb,
/// preposition or conjunction. Not `called him just before he boarded` or `a company called
/// Acme gave …`.
fn named_object(text: &str, from: usize, end: usize) -> Option<usize> {
    let ws: Vec<Range<usize>> = word_iter(text, from..end).take(8).collect();
    let first = ws.first()?;
    let fb = bare(&text[first.clone()]);
    let pronoun = matches!(fb.as_str(), "him" | "her" | "them" | "it" | "me" | "us" | "themselves");
    let name_len = if pronoun {
        1
    } else {
        ws.iter()
            .take_while(|w| {
                is_cap(&text[(*w).clone()]) && !contains(lexicon::DETERMINERS, &bare(&text[(*w).clone()]))
            })
            .count()
    };
    if name_len == 0 {
        return described_object(text, &ws).then_some(first.start);
    }
    let next = ws.get(name_len)?;
    let gap = &text[ws[name_len - 1].end..next.start];
    let nb = bare(&text[next.clone()]);
    let quoted = gap.trim_start().starts_with(['"', '“', '\'']);
    let complement = quoted
        || gap.trim().is_empty()
            && !is_cap(&text[next.clone()])
            && (matches!(nb.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its")
                // "them rapists": after a name or pronoun a word in -s is a plural noun.
                || !(past_form(&text[next.clone()])
                    || lexicon::is_cue_verb(&nb)
                    || nb.ends_with("ly")
                    || contains(lexicon::PRONOUNS, &nb)
                    || contains(ADJUNCT_WORDS, &nb)
                    || contains(lexicon::FINITE_AUX, &nb)));
    complement.then_some(first.start)
}

/// `called the charges unsubstantiated`, `called the incident a reason to …`: a definite noun
/// phrase of up to four words, then what it is called, a noun phrase or an adjective, with
/// nothing between them.
fn described_object(text: &str, ws: &[Range<usize>]) -> bool {
    const DEFINITE: &[&str] = &["the", "this", "that", "these", "those", "his", "her", "their", "its", "our"];
    const ADJECTIVE_ENDINGS: &[&str] =
        &["ed", "ous", "ful", "al", "ble", "ive", "ic", "ent", "ant", "less", "ary", "ible"];
    if ws.len() < 3 || !contains(DEFINITE, &bare(&text[ws[0].clone()])) {
        return false;
    }
    let joined = |a: &Range<usize>, b: &Range<usize>| text[a.end..b.start].trim().is_empty();
    (2..ws.len().min(6)).any(|k| {
        let head = &ws[1..k];
        let w = &text[ws[k].clone()];
        let b = bare(w);
        let noun_phrase = head.iter().all(|h| {
            let hb = bare(&text[h.clone()]);
            !contains(ADJUNCT_WORDS, &hb)
                && !contains(lexicon::FINITE_AUX, &hb)
                && !contains(lexicon::PRONOUNS, &hb)
                && !contains(DEFINITE, &hb)
                && !matches!(hb.as_str(), "a" | "an" | "and" | "or")
                && !past_form(&text[h.clone()])
        }) && ws[..=k].windows(2).all(|p| joined(&p[0], &p[1]));
        // The complement closes the clause: the end, a comma, "and", "for" or "by".
        let closes = || {
            ws.get(k + 1).is_none_or(|n| {
                !joined(&ws[k], n) || matches!(bare(&text[n.clone()]).as_str(), "and" | "for" | "by" | "to")
            })
        };
        noun_phrase
            && !is_cap(w)
            && (matches!(b.as_str(), "a" | "an")
                || ADJECTIVE_ENDINGS.iter().any(|e| b.ends_with(e)) && b.len() > 4 && closes())
    })
}

/// Words that show a call is no naming: prepositions, conjunctions and clause words.
const ADJUNCT_WORDS: &[&str] = &[
    "to",
    "for",
    "on",
    "in",
    "at",
    "from",
    "with",
    "and",
    "or",
    "but",
    "by",
    "out",
    "up",
    "back",
    "into",
    "after",
    "before",
    "during",
    "over",
    "about",
    "as",
    "when",
    "that",
    "who",
    "which",
    "because",
    "just",
    "again",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "of",
    "off",
    "down",
    "while",
    "if",
    "so",
];

/// Whether the verb at `at` is a passive participle: "was (also) endorsed by …".
fn passive(text: &str, lo: usize, at: usize) -> bool {
    // "was condemning him": a progressive, not a passive.
    if text[at..].split(|c: char| !c.is_alphanumeric()).next().is_some_and(|v| v.ends_with("ing")) {
        return false;
    }
    let ws = words(text, near(text, lo, at, 120)..at);
    ws.iter()
        .rev()
        .map(|w| bare(&text[w.clone()]))
        .find(|b| !b.ends_with("ly") && !contains(&["also", "not", "never", "already", "just", "since"], b))
        .is_some_and(|b| {
            matches!(b.as_str(), "is" | "are" | "was" | "were" | "been" | "be" | "being" | "get" | "got")
        })
}

/// Whether the object of the verb after `np` is gapped by a relative or interrogative word:
/// "whatever you want", "what she wanted", "the candidate that he endorsed".
fn object_gapped(text: &str, lo: usize, np: &Np) -> bool {
    let ws = words(text, near(text, lo, np.span.start, 64)..np.span.start);
    // "a speech in which he called for …": after a preposition the relative word is no object.
    let prepositional = ws.len() >= 2
        && contains(
            &["in", "at", "on", "during", "with", "by", "through", "under"],
            &bare(&text[ws[ws.len() - 2].clone()]),
        );
    !prepositional
        && ws.last().is_some_and(|w| {
            matches!(
                bare(&text[w.clone()]).as_str(),
                "what" | "whatever" | "whichever" | "which" | "that" | "whom" | "who" | "whoever"
            )
        })
}

/// Where an object ends: at a clause boundary ("…, which …", "…, saying …", "; …", " — …").
///
/// A boundary inside quotation marks is the speaker's own words ("he had “sought to leverage
/// my activities, including …”"), and a pair of dashes sets off an aside after which the
/// clause goes on ("the candidate - who has chafed at … - has decided").
fn object_end(text: &str, start: usize, end: usize) -> usize {
    let end = withheld(&text[start..end]).map_or(end, |at| start + at);
    let end = coordinated_attribution(&text[start..end]).map_or(end, |at| start + at);
    let s = &text[start..end];
    if let Some(close) = whole_quotation(s) {
        return start + close;
    }
    let mut from = 0;
    while let Some(m) = OBJECT_END.find_at(s, from) {
        // `," and`: a comma just inside a closing mark stands after the quotation.
        let at = match s[m.start()..].strip_prefix(',') {
            Some(rest) => m.start() + 1 + rest.len() - rest.trim_start_matches(['”', '"', '’', '\'']).len(),
            None => m.start(),
        };
        // ", including …" lists what the phrase before it holds; ", who …" describes its last
        // noun.
        // "said that, during the period when …, Gates was": an aside right after "that" opens
        // the reported clause; nothing before it can end.
        if inside_quotes(&s[..at])
            || m.as_str().ends_with("including")
            || m.as_str().ends_with(" who")
            || s[..m.start()].trim().is_empty()
        {
            from = m.end();
            continue;
        }
        // "she hoped to get it back, and then would continue …": a second verb phrase without
        // a subject of its own goes on with the reported words; ", and the board …" does not.
        if m.as_str().ends_with("and")
            && let Some(w) = word_iter(s, m.end()..s.len()).next()
            && s[m.end()..w.start].trim().is_empty()
            && {
                let next = &s[w.clone()];
                let b = bare(next);
                !is_cap(next)
                    && !contains(lexicon::DETERMINERS, &b)
                    && !contains(lexicon::PRONOUNS, lexicon::uncontracted(&b))
                    && !matches!(b.as_str(), "others" | "none" | "nobody" | "everyone" | "there")
                    // ", and at one point the crowd …": a fronted adjunct opens a new clause.
                    && !matches!(
                        b.as_str(),
                        "at" | "in" | "on" | "after" | "before" | "during" | "when" | "while" | "if" | "because"
                            | "since" | "as" | "for" | "by" | "with" | "under" | "amid" | "now" | "so" | "yet"
                    )
                    && !b.chars().next().is_some_and(|c| c.is_ascii_digit())
            }
        {
            from = m.end();
            continue;
        }
        // "said the plan, which the board approved in May, would fail": a relative clause
        // closed by a comma before the clause's own verb is inside the reported words.
        if let Some(close) = embedded_relative(s, m.as_str(), m.end()) {
            from = close;
            continue;
        }
        let dash = m.as_str().trim();
        if matches!(dash, "—" | "–" | "-" | "--")
            && let Some(close) = s[m.end()..].find(m.as_str())
            && !clause_punct(&s[m.end()..m.end() + close])
            && s[m.end() + close + m.len()..].split_whitespace().count() >= 2
        {
            from = m.end() + close + m.len();
            continue;
        }
        // The cut falls after a closing mark that the comma sits inside: `“dead,” while …`.
        return start + at.min(matrix_tail(s).unwrap_or(usize::MAX));
    }
    matrix_tail(s).map_or(end, |at| start + at)
}

/// Where a second attribution joins the reported words: `said Clinton would bring in more
/// terrorists and Trump says some of them …`, `…, and aviation experts say it is worth …`. A
/// subject of up to three words and a reporting verb after "and" or "but" open a statement of
/// their own; `and later said`, `and was told` go on with the first speaker's clause.
fn coordinated_attribution(s: &str) -> Option<usize> {
    if !s.contains(" and ") && !s.contains(" but ") {
        return None;
    }
    // Each " and " or " but ", in order, with the comma before it: (start, end of the match).
    let mut joins: Vec<(usize, usize)> = s
        .match_indices(" and ")
        .chain(s.match_indices(" but "))
        .map(|(k, m)| (if s[..k].ends_with(',') { k - 1 } else { k }, k + m.len()))
        .collect();
    joins.sort_unstable();
    joins
        .into_iter()
        .find(|&(at, from)| {
            if inside_quotes(&s[..at]) {
                return false;
            }
            // Without a comma only a verb of saying proper, after reported words with a clause of
            // their own: `said Smith and Jones told him …` coordinates the subject.
            let comma = s[at..].starts_with(',');
            let verb = |w: &str| {
                if comma { lexicon::is_trailer_verb(w) } else { lexicon::is_speech_verb(w) }
            };
            let ws: Vec<Range<usize>> = word_iter(s, from..s.len()).take(4).collect();
            let Some(k) = ws.iter().position(|w| verb(&s[w.clone()])) else {
                return false;
            };
            // `…, she and another reporter said`: a subject coordinated after a comma.
            let subject_pair = || {
                let clause = s[..at]
                    .rfind([',', ';', '—', '–'])
                    .map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
                !has_words(s, clause..at, 3)
            };
            // `and provide detailed reports`: a verb that is also a noun needs a subject that opens
            // like one.
            let noun_too =
                matches!(&s[ws[k].clone()], "reports" | "notes" | "claims" | "shows" | "show" | "finds");
            let opens_subject = || {
                let first = &s[ws[0].clone()];
                is_cap(first)
                    || first.starts_with(|c: char| c.is_ascii_digit())
                    || contains(lexicon::DETERMINERS, &bare(first))
                    || contains(lexicon::PRONOUNS, &bare(first))
            };
            // "but U.S. officials have said": auxiliaries may follow a subject of its own;
            // "and later said", "and was told" have none.
            let subject_end = ws[..k]
                .iter()
                .rposition(|w| {
                    let b = bare(&s[w.clone()]);
                    !contains(lexicon::AUX, &b) && !contains(lexicon::FINITE_AUX, &b)
                })
                .map_or(0, |j| j + 1);
            subject_end > 0
                && (!noun_too || opens_subject())
                && (comma || has_words(s, 0..at, 4) && !subject_pair())
                && s[from..ws[k].start]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c.is_whitespace() || "’'.-".contains(c))
                && ws[..subject_end].iter().all(|w| {
                    let b = bare(&s[w.clone()]);
                    !contains(lexicon::AUX, &b)
                        && !contains(lexicon::FINITE_AUX, &b)
                        && !b.ends_with("ly")
                        && !matches!(b.as_str(), "to" | "that" | "who" | "which" | "what" | "not" | "never")
                })
        })
        .map(|(at, _)| at)
}

/// Where the reporting clause goes on with what the speaker would not say: `said the company
/// would cut jobs but would not offer details`, `… and declined to elaborate`. The negated
/// reporting verb has no subject of its own, so it shares the speaker's, not the reported
/// clause's.
fn withheld(s: &str) -> Option<usize> {
    // Most contents hold no negation: plain substring searches rule them out first.
    if !["not", "n't", "n’t", "declined", "refused", "never"].iter().any(|n| s.contains(n)) {
        return None;
    }
    WITHHELD.find_iter(s).map(|m| m.start()).find(|&at| !inside_quotes(&s[..at]))
}

static WITHHELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ,?\s+(?:but|and)\s+
        (?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|could\s+not|couldn[’']t|does\s+not|doesn[’']t
          |declined\s+to|refused\s+to|never)\s+
        (?:say|suggest|offer|identify|elaborate|specify|comment|name|provide|give|explain|disclose
          |discuss|answer|respond|detail|reveal|indicate|mention|address)(?-u:\b)
        ",
    )
    .expect("WITHHELD is a valid pattern")
});

/// Where a relative clause opened by `opener` (", which …") at `from` closes with a comma that
/// the clause's verb follows: `the plan, which the board approved, would fail`. Returns the
/// offset after that comma.
fn embedded_relative(s: &str, opener: &str, from: usize) -> Option<usize> {
    if !["which", "whom", "whose"].iter().any(|w| opener.ends_with(w)) {
        return None;
    }
    let comma = from + comma_outside_quotes(&s[from..])?;
    let inner = &s[from..comma];
    if inner.contains([';', '—', '–']) || inner.split_whitespace().count() > 20 {
        return None;
    }
    let next = s[comma + 1..].split_whitespace().next()?;
    let b = bare(next);
    let verb = contains(lexicon::FINITE_AUX, &b)
        || matches!(b.as_str(), "remains" | "remained")
        || !is_cap(next) && b.ends_with("ed") && b.len() > 4;
    verb.then_some(comma + 1)
}

/// Where reported words that open with a quotation complete in itself end: `yelled “You lie!”
/// at the president`, `chanted, "What curfew?" and kept going`, `called ''financial
/// supermarkets,'' all-in-one shops`. The quotation is complete when its last character before
/// the closing mark is a sentence or clause stop; `“ethanol people” do a fantastic job` goes on.
fn whole_quotation(s: &str) -> Option<usize> {
    let lead = s.len() - s.trim_start_matches([' ', ',', ':']).len();
    let rest = &s[lead..];
    let (open, close) =
        [("“", "”"), ("\"", "\""), ("''", "''")].into_iter().find(|(o, _)| rest.starts_with(o))?;
    let inner_end = rest[open.len()..].find(close)? + open.len();
    let inner = &rest[open.len()..inner_end];
    let after = &rest[inner_end + close.len()..];
    let complete = inner.trim_end().ends_with(['!', '?', '.', ',']) && !inner.contains(['“', '”', '"']);
    (complete && !after.trim().is_empty()).then_some(lead + inner_end + close.len())
}

/// Where a quotation that closes the reported words is followed by the reporting clause's own
/// adjunct or next verb: `CNN “doesn’t treat me properly” before floating the idea`, `to be
/// “the greatest jobs president” and cast doubt on the rate`. The cut falls after the mark.
fn matrix_tail(s: &str) -> Option<usize> {
    MATRIX_TAIL.captures_iter(s).find_map(|c| {
        let close = c.name("close")?;
        if inside_quotes(&s[..close.end()]) || !inside_quotes(&s[..close.start()]) {
            return None;
        }
        let verb_ok = c.name("verb").is_none_or(|v| finite_verb(v.as_str()));
        verb_ok.then_some(close.end())
    })
}

/// A closing mark, then a gerund adjunct or a coordinated verb (see [`matrix_tail`]).
static MATRIX_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
        (?P<close> ” | " | '' )
        \s+ (?: (?:before|after|while|by|without|when) \s+ [a-z]+ing
              | (?:as|because|although|though|since|until|unless) \s+
                (?:he|she|they|it|we|i|the|his|her|their|its) \s
              | and \s+ (?:then\s+|also\s+|later\s+)? (?P<verb>[a-z]+)
              # An absolute clause with its own subject: `… “very encouraged” and Trump calling
              # it …`.
              | and \s+ \p{Lu}[\w’'.-]* (?:\s+\p{Lu}[\w’'.-]*){0,2} \s+ [a-z]+ing ) (?-u:\b)
        "#,
    )
    .expect("MATRIX_TAIL is a valid pattern")
});

/// Whether `s` has a comma or semicolon that separates clauses; a thousands separator
/// ("3,100 organizers") does not.
fn clause_punct(s: &str) -> bool {
    let b = s.as_bytes();
    s.char_indices().any(|(i, ch)| {
        ch == ';'
            || ch == ','
                && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
    })
}

/// Whether a quotation opened in `s` is still open at its end.
fn inside_quotes(s: &str) -> bool {
    let mut depth = QuoteDepth::default();
    s.chars().for_each(|ch| depth.step(ch));
    depth.open()
}

/// Quotation marks read left to right: curly marks nest, a straight mark toggles, and a pair
/// of apostrophes (`''`, as in the NYT archive) toggles too, paired left to right.
#[derive(Default)]
struct QuoteDepth {
    curly: i32,
    straight: bool,
    doubled: bool,
    apostrophe: bool,
}

impl QuoteDepth {
    fn step(&mut self, ch: char) {
        if ch == '\'' {
            self.doubled ^= self.apostrophe;
            self.apostrophe = !self.apostrophe;
            return;
        }
        self.apostrophe = false;
        match ch {
            '“' => self.curly += 1,
            '”' => self.curly -= 1,
            '"' => self.straight = !self.straight,
            _ => {}
        }
    }

    fn open(&self) -> bool {
        self.curly > 0 || self.straight || self.doubled
    }
}

/// A relative clause that names what comes next in its subject's words: ", which he called".
static NAMING_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[,\s]*(?:which|whom)\s+(?:[\w’'.-]+\s+){{1,3}}?(?:{})(?:\s+as)?\s*$",
        lexicon::NAMING_VERBS.join("|")
    ))
    .expect("NAMING_RELATIVE is a valid pattern")
});

/// A boundary between coordinated clauses: ", and", ", but", ", while", ", so", "; ".
static CLAUSE_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+(?:and|but|while|so)\s+|;\s+").expect("CLAUSE_JOIN is a valid pattern")
});

/// Clause boundaries that end an object or a paraphrase.
static OBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
          ,[”"’']*\s+(?:which|who|whom|whose|where|when|while|as|after|before|but|and|though
                |although|since|even|according|until|despite)(?-u:\b)    # ', which …', ', but …'
        | ,[”"’']*\s+[a-z]+ing(?-u:\b)                                            # ', saying …'
        | ;\s
        | \s[—–]\s | \s--?\s                                           # dashes, also ' - '
        "#,
    )
    .expect("OBJECT_END is a valid pattern")
});

/// The end of a sentence's content: its final punctuation dropped.
fn content_end(text: &str, s: Range<usize>) -> usize {
    let t = text[s.clone()].trim_end_matches(|c: char| ".!?…".contains(c) || c.is_whitespace());
    s.start + t.len()
}

fn trim_content(text: &str, r: Range<usize>) -> Range<usize> {
    if r.start >= r.end {
        return r.start..r.start;
    }
    let t = &text[r.clone()];
    let lead = t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':').len();
    let body = t
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:—–".contains(c));
    r.start + lead..r.start + lead + body.len()
}

/// `"A," he said. "B."`: the quote after a trailer joins the quote before it.
/// Whether `q` is a short quoted title or phrase inside a sentence (`told NBC’s “Today” on
/// Monday`, `backs the "big four" plan`): it opens after a word, not after punctuation or the
/// cue, holds no more than six words and no closing punctuation, and the sentence goes on after
/// it.
fn inline_phrase(text: &str, q: &QuoteSpan, cue: Option<&Range<usize>>) -> bool {
    let before = text[..q.outer.start].trim_end();
    let content = text[q.content.clone()].trim_end();
    q.closed
        && !before.ends_with([',', '.', ':', ';', '—', '–', '!', '?', '(', '['])
        && cue.is_none_or(|c| c.end != before.len())
        && !content.is_empty()
        && !content.ends_with([',', '.', ':', ';', '!', '?', '—', '–'])
        && !has_words(text, q.content.clone(), 7)
        && text[q.outer.end..]
            .trim_start()
            .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | ','))
}

/// Whether `text[gap]` holds a quotation mark outside the short quoted phrases in it
/// ([`inline_phrase`]): an interruption that quotes more than a title is no mere trailer.
fn stray_mark(text: &str, quotes: &[QuoteSpan], gap: Range<usize>, cue: Option<&Range<usize>>) -> bool {
    let phrases: Vec<&Range<usize>> = quotes
        .iter()
        .filter(|q| gap.start <= q.outer.start && q.outer.end <= gap.end && inline_phrase(text, q, cue))
        .map(|q| &q.outer)
        .collect();
    text[gap.clone()]
        .char_indices()
        .any(|(i, c)| matches!(c, '"' | '“' | '”') && !phrases.iter().any(|p| p.contains(&(gap.start + i))))
}

fn merge_split(
    text: &str,
    paragraphs: &[Range<usize>],
    quotes: &[QuoteSpan],
    mut found: Vec<Found>,
    claimed: &mut [bool],
) -> Vec<Found> {
    let para_of = |pos: usize| paragraphs.partition_point(|p| p.end < pos);
    for f in found.iter_mut() {
        if f.kind != QuoteKind::Direct || !f.trailer {
            continue;
        }
        let Some(clause) = f.clause.clone() else { continue };
        loop {
            // A quotation that opens in lower case goes on with the sentence the trailer split,
            // even when a participle in the interruption claimed it: `"Every time you say that,"
            // Tester said, referring to the excuse, "you give ammunition …"`.
            // Not when a reporting participle claimed it: `…," the paper wrote, adding, "no, …"`.
            let continues = |q: &QuoteSpan| {
                text[q.content.clone()].starts_with(|c: char| c.is_lowercase())
                    && !word_iter(text, f.content.end..q.outer.start).any(|w| {
                        let b = bare(&text[w.clone()]);
                        b.ends_with("ing") && lexicon::is_cue_verb(&b) && !contains(TOPIC_PARTICIPLES, &b)
                    })
            };
            let next = quotes.iter().enumerate().find(|(i, q)| {
                q.outer.start >= clause.start
                    && q.outer.start >= f.content.end
                    && (!claimed[*i] || continues(q))
                    && !inline_phrase(text, q, f.cue.as_ref())
            });
            let Some((i, q)) = next else { break };
            let gap_start = clause.end.min(q.outer.start);
            let pa = para_of(f.content.end);
            // A question's answer may follow it in the next paragraph: `"…?" he asked.¶¶"No!"`
            let asks = f.cue.as_ref().is_some_and(|c| bare(&text[c.clone()]).starts_with("ask"));
            if para_of(q.outer.start) != pa && (asks || !fills_next_paragraph(text, paragraphs, pa, q))
                || !text[gap_start..q.outer.start].trim().is_empty()
            {
                break;
            }
            // The trailer must end with its clause: `"A," he said (on Monday). "B."` or
            // `"A," he said, "B."`, not `"A," he said of the claim to ABC’s "This Week."`.
            let clause_end =
                f.cue.as_ref().map_or(0, |c| c.end).max(f.speaker.as_ref().map_or(0, |n| n.span.end));
            let gap_range = clause_end.min(q.outer.start)..q.outer.start;
            let gap = text[gap_range.clone()].trim_end();
            // The gold merges a quote interrupted by a longer clause too ("…," he said, as he
            // traced her career. "…"), so the gap may hold another cue; it only has to end the
            // sentence or the clause.
            // The next quotation opens after punctuation (`"A," he said. "B."`) or right after
            // the cue (`"A," she said "B."`), not inside the speaker's description: `"A," said
            // Smith, who backs the "big four" plan.`
            let opens = text[..q.outer.start].trim_end().ends_with([',', '.', ':', ';', '—', '–', '!', '?']);
            if !(gap.ends_with('.') || gap.ends_with(',') || gap.is_empty())
                || !opens && f.cue.as_ref().is_none_or(|c| c.end != text[..q.outer.start].trim_end().len())
                || stray_mark(text, quotes, gap_range.start..gap_range.start + gap.len(), f.cue.as_ref())
                || has_words(text, gap_range.clone(), 31)
            {
                break;
            }
            // `"A," Smith said, adding that she had fought for it. "B."` (or `, remarking that`):
            // what was added is a statement of its own, and the quotation after it goes with the
            // addition. Not an act the interruption only mentions: `told the AP after hinting
            // that “personnel changes” could come. “B.”`
            let gap_words: Vec<Range<usize>> = word_iter(text, gap_range).collect();
            let added = gap_words.windows(2).any(|w| {
                let b = bare(&text[w[0].clone()]);
                let participle = text[..w[0].start].trim_end().ends_with(',')
                    && b.ends_with("ing")
                    && lexicon::is_cue_verb(&b)
                    && !contains(TOPIC_PARTICIPLES, &b);
                (participle || matches!(b.as_str(), "adding" | "added" | "adds"))
                    && bare(&text[w[1].clone()]) == "that"
            });
            // Not one with a trailer of its own: `"…," Clinton said. "…?" Maddow repeated.`
            if added || followed_by_trailer(text, paragraphs, q.outer.end) {
                break;
            }
            claimed[i] = true;
            f.content.end = q.content.end;
            if !text[q.outer.end..].trim_start().starts_with('“')
                && !text[q.outer.end..].trim_start().starts_with('"')
            {
                break;
            }
        }
    }
    // A quotation inside the merged quote, up to its closing mark, is part of it now. What the
    // interrupting clause reported ("…," Clark said, noting he would …. "…") stays a statement
    // of its own. `found` is sorted by start: one sweep.
    let mut cover = 0..0;
    found.retain(|f| {
        let close = text[cover.end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '”' | '"' | '\''))
            .map_or(0, char::len_utf8);
        let inside = cover.start < f.content.start && f.content.end <= cover.end + close;
        if f.kind == QuoteKind::Direct && f.content.end > cover.end {
            cover = f.content.clone();
        }
        // A verbatim fragment of the interruption stays too: `…," Carson told the AP after
        // hinting that “personnel changes” could come. “…”`.
        !inside || f.kind == QuoteKind::Indirect || f.kind == QuoteKind::Mixed && f.content.end < cover.end
    });
    found
}

/// Whether `q` fills the paragraph after paragraph `pa`, so that it goes on with a statement
/// whose trailer ends `pa`: `"A," Smith said.¶¶"B."`. A line in single marks is a heading, not
/// a quotation: `'We're vetting VP candidates!'`.
fn fills_next_paragraph(text: &str, paragraphs: &[Range<usize>], pa: usize, q: &QuoteSpan) -> bool {
    !q.single
        && paragraphs.get(pa + 1).is_some_and(|p| {
            p.start == q.outer.start && q.outer.end <= p.end && text[q.outer.end..p.end].trim().is_empty()
        })
}

/// Participles that name what the speaker spoke about rather than introduce words: a split
/// quotation goes on after them (see [`merge_split`]).
const TOPIC_PARTICIPLES: &[&str] = &["referring", "pointing", "gesturing", "nodding", "speaking"];

/// Whether the words after a closing quotation mark at `at`, up to the end of their sentence,
/// are a trailer that attributes the quotation: `"…?" Maddow repeated.`
fn followed_by_trailer(text: &str, paragraphs: &[Range<usize>], at: usize) -> bool {
    let para_end = paragraphs.iter().find(|p| p.end >= at).map_or(text.len(), |p| p.end);
    let Some(rest) = text.get(at..para_end) else { return false };
    let end = rest.find(['.', '!', '?']).map_or(para_end, |i| at + i + 1);
    !only_punct(&text[at..end])
        && (trailer_sentence(text, at..end).is_some() || unknown_verb_trailer(text, at..end).is_some())
}

/// A sentence that is nothing but an attribution: "Trump said.", "said Jane Smith, who …",
/// "Clinton told reporters on Monday."
/// The speaker and cue of a sentence that leads into a quotation with a colon: `In a 1963
/// speech, he declared:`, `Jane Roe told reporters on Thursday:`. Only adjuncts may stand
/// between the cue and the colon.
fn colon_lead(text: &str, s: Range<usize>) -> Option<(Np, Range<usize>)> {
    let t = text[s.clone()].trim_end();
    let colon = s.start + t.strip_suffix(':')?.len();
    let Some(c) = CUE.find_iter(&text[s.start..colon]).last() else {
        // "When Wallace died, President Clinton released the following statement:": a clause
        // that names a document its subject issued.
        if has_words(text, s.start..colon, 16)
            || !word_iter(text, s.start..colon).any(|w| contains(lexicon::DOCUMENT_WORDS, &bare(&text[w])))
        {
            return None;
        }
        let np = lead_subject(text, s.start, colon)
            .filter(|np| plausible_subject(text, np) && np.form != Form::Pronoun)?;
        return Some((np, colon..colon + 1));
    };
    let c = s.start + c.start()..s.start + c.end();
    if has_words(text, c.end..colon, 7) || !verb_position(text, s.start, c.clone()) {
        return None;
    }
    let np = subject_before(text, s.start, before_adverbs(text, s.start, c.start))
        .filter(|np| plausible_subject(text, np))?;
    Some((np, c))
}

fn trailer_sentence(text: &str, s: Range<usize>) -> Option<(Np, Range<usize>)> {
    if has_words(text, s.clone(), 15) {
        return None;
    }
    let c = CUE.find(&text[s.clone()])?;
    let c = s.start + c.start()..s.start + c.end();
    let vb = bare(&text[c.clone()]);
    if !lexicon::is_trailer_verb(&vb) {
        return None;
    }
    if only_punct(&text[s.start..c.start]) {
        let np = subject_after(text, c.end, s.end)?;
        let rest = &text[np.span.end..s.end];
        return (only_punct(rest) || rest.trim_start().starts_with(", who")).then_some((np, c));
    }
    let np = subject_before(text, s.start, c.start)?;
    if !only_punct(&text[s.start..np.span.start]) {
        return None;
    }
    let mut tail = c.end;
    if (vb.starts_with("tol") || vb.starts_with("ask"))
        && let Some(addressee) = subject_after(text, tail, s.end)
    {
        tail = addressee.span.end;
    }
    tail = skip_adjuncts(text, tail, s.end);
    // "Sanders asked rhetorically, shaking his head.": an adverb, then a participle clause.
    let mut rest = word_iter(text, tail..s.end);
    if let Some(w) = rest.next()
        && text[tail..w.start].trim().is_empty()
        && bare(&text[w.clone()]).ends_with("ly")
        && !contains(lexicon::NOUNS_IN_LY, &bare(&text[w.clone()]))
    {
        tail = w.end;
    }
    let participle_clause = text[tail..s.end].trim_start().starts_with(',')
        && word_iter(text, tail..s.end).next().is_some_and(|w| super::speakers::is_participle(&text[w]));
    // "Lichtman said about McCain's effort to distance himself from Bush.": a prepositional
    // phrase that reports nothing of its own.
    let prepositional = prepositional_trailer_tail(text, tail, s.end)
        && !word_iter(text, tail..s.end).any(|w| bare(&text[w]) == "that")
        && !CUE.is_match(&text[tail..s.end]);
    (only_punct(&text[tail..s.end]) || participle_clause || prepositional).then_some((np, c))
}

/// Whether the quotation `q` is all of the sentence `s`, punctuation aside.
fn alone_in(text: &str, s: Range<usize>, q: &QuoteSpan) -> bool {
    s.start <= q.outer.start
        && only_punct(&text[s.start..q.outer.start])
        && only_punct(&text[q.outer.end.min(s.end)..s.end])
}

/// A quotation alone in its sentence takes the speaker of the quotation just before it (same
/// or previous paragraph); any other unclaimed quotation is a scare quote or a title.
fn standalone(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    quotes: &[QuoteSpan],
    claimed: &[bool],
    mut found: Vec<Found>,
) -> Vec<Found> {
    let para_of = |pos: usize| paragraphs.partition_point(|p| p.end < pos);
    let mut extra: Vec<Found> = Vec::new();
    let mut merged = vec![false; quotes.len()];
    for (i, q) in quotes.iter().enumerate() {
        if claimed[i] || merged[i] || q.single {
            continue;
        }
        let si = sentences.partition_point(|s| s.end <= q.outer.start);
        let Some(s) = sentences.get(si).filter(|s| s.start <= q.outer.start) else { continue };
        if !alone_in(text, s.clone(), q) {
            continue;
        }
        // `“… missing.” Trump said.`: the full stop inside the quote split off the trailer;
        // `"…?" Maddow pressed.`: so did a question mark, before a verb outside the lexicon.
        let asks = text[q.content.clone()].trim_end().ends_with(['?', '!']);
        if let Some(ns) = sentences.get(si + 1).filter(|ns| para_of(ns.start) == para_of(q.outer.end))
            && let Some((np, cue)) = trailer_sentence(text, ns.clone()).or_else(|| {
                let (np, cue, _, _) = unknown_verb_trailer(text, ns.clone()).filter(|_| asks)?;
                Some((np, cue?))
            })
        {
            // `"…?" Obama asked. "…"`: the quotation right after the trailer goes on with the
            // same statement, as a split quote does.
            let mut end = q.content.end;
            let mut from = ns.end;
            while let Some(n) = (i + 1..quotes.len())
                .find(|&n| !claimed[n] && !merged[n] && !quotes[n].single && quotes[n].outer.start >= from)
                && text[from..quotes[n].outer.start].trim().is_empty()
                && para_of(quotes[n].outer.start) == para_of(q.outer.end)
                && sentences
                    .get(sentences.partition_point(|s| s.end <= quotes[n].outer.start))
                    .is_some_and(|s| alone_in(text, s.clone(), &quotes[n]))
                && !followed_by_trailer(text, paragraphs, quotes[n].outer.end)
            {
                merged[n] = true;
                end = quotes[n].content.end;
                from = quotes[n].outer.end;
                if !text[from..].trim_start().starts_with(['“', '"']) {
                    break;
                }
            }
            extra.push(Found {
                content: q.content.start..end,
                kind: QuoteKind::Direct,
                speaker: Some(np),
                cue: Some(cue),
                clause: Some(ns.clone()),
                inherited: false,
                trailer: true,
                sentence: si,
            });
            continue;
        }
        // `Jane Roe said:` closing one paragraph, the quotation opening the next.
        if let Some(prev) = si.checked_sub(1).and_then(|p| sentences.get(p))
            && para_of(prev.end) + 1 == para_of(q.outer.start)
            && only_punct(&text[paragraphs[para_of(q.outer.start)].start.min(q.outer.start)..q.outer.start])
            && let Some((np, cue)) = colon_lead(text, prev.clone())
        {
            extra.push(Found {
                content: q.content.clone(),
                kind: QuoteKind::Direct,
                speaker: Some(np),
                cue: Some(cue),
                clause: Some(prev.clone()),
                inherited: false,
                trailer: false,
                sentence: si,
            });
            continue;
        }
        if !has_words(text, q.content.clone(), 4) {
            continue;
        }
        // `"…"` then a paragraph `-President Obama, tweeting after …`: a signature line.
        if let Some(np) = signature_line(text, paragraphs, para_of(q.outer.end), q.outer.end) {
            extra.push(Found {
                content: q.content.clone(),
                kind: QuoteKind::Direct,
                speaker: Some(np),
                cue: None,
                clause: None,
                inherited: false,
                trailer: true,
                sentence: si,
            });
            continue;
        }
        let prev = found
            .iter()
            .chain(&extra)
            .filter(|f| f.content.end <= q.outer.start && f.speaker.is_some())
            .max_by_key(|f| f.content.end);
        let speaker = prev
            .filter(|f| para_of(q.outer.start) <= para_of(f.content.end) + 1)
            .and_then(|f| f.speaker.clone());
        extra.push(Found {
            content: q.content.clone(),
            kind: QuoteKind::Direct,
            inherited: speaker.is_some(),
            speaker,
            cue: None,
            clause: None,
            trailer: false,
            sentence: si,
        });
    }
    found.extend(extra);
    found.sort_by_key(|f| f.content.start);
    found
}

/// `Trump stood by his comment Monday that "Islam hates us,"`: a quotation of four words or
/// more inside a sentence, which no cue claimed, is a verbatim fragment of what the sentence's
/// subject said, wrote or stands by; the annotators mark the verb's object around it as a mixed
/// quotation. The content runs from after the subject's verb to the end of the quotation or of
/// the object it closes. A sentence without a plausible subject before the quotation (`Asked
/// about "…"`) yields nothing.
fn embedded_fragments(
    text: &str,
    sentences: &[Range<usize>],
    quotes: &[QuoteSpan],
    claimed: &[bool],
    mut found: Vec<Found>,
) -> Vec<Found> {
    let mut extra = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if claimed[i] || q.single || !has_words(text, q.content.clone(), 4) {
            continue;
        }
        let si = sentences.partition_point(|s| s.end <= q.outer.start);
        let Some(s) = sentences.get(si).filter(|s| s.start <= q.outer.start && q.outer.end <= s.end) else {
            continue;
        };
        if alone_in(text, s.clone(), q)
            || found
                .iter()
                .chain(&extra)
                .any(|f: &Found| f.content.start <= q.content.end && q.content.start < f.content.end)
        {
            continue;
        }
        let Some(np) = sentence_subject(text, s.start, q.outer.start).filter(|np| {
            plausible_subject(text, np) && np.form != Form::Pronoun
                || np.form == Form::Pronoun && np.head == np.span
        }) else {
            continue;
        };
        // The verb: auxiliaries and adverbs, then the first other word.
        let after = np.descriptor.as_ref().map_or(np.span.end, |d| d.end.max(np.span.end));
        let ws = words(text, after..q.outer.start);
        let Some(k) = ws.iter().position(|w| {
            let b = bare(&text[w.clone()]);
            !contains(lexicon::AUX, &b) && !contains(lexicon::FINITE_AUX, &b) && !lexicon::is_ly_adverb(&b)
        }) else {
            continue;
        };
        let verb = ws[k].clone();
        let v = &text[verb.clone()];
        // A finite verb ("stood", "lists", "vented"): not a passive ("was interrupted by …"),
        // not a word of a longer subject ("Clinton officials were …"), after no participle
        // opening the sentence ("Sitting down with …").
        let passive = ws[..k].iter().any(|w| {
            matches!(bare(&text[w.clone()]).as_str(), "was" | "were" | "is" | "are" | "been" | "be")
        });
        let noun = ws.get(k + 1).is_some_and(|w| {
            let n = &text[w.clone()];
            contains(lexicon::FINITE_AUX, &bare(n)) || past_form(n)
        });
        let finite = finite_verb(v) && !contains(lexicon::DETERMINERS, &bare(v)) && !passive && !noun;
        let gerund =
            words(text, np.span.clone()).first().is_some_and(|w| bare(&text[w.clone()]).ends_with("ing"));
        if !finite || gerund || !text[after..ws[0].start].trim().is_empty() || ws.len() - k > 25 {
            continue;
        }
        let mut start = ws.get(k + 1).map_or(q.outer.start, |w| w.start);
        if ws.get(k + 1).is_some_and(|w| bare(&text[w.clone()]) == "that") {
            start = ws.get(k + 2).map_or(q.outer.start, |w| w.start);
        }
        let end = object_end(text, start, content_end(text, s.clone())).max(q.outer.end);
        extra.push(Found {
            content: start..end,
            kind: QuoteKind::Mixed,
            speaker: Some(np),
            cue: Some(verb.clone()),
            clause: Some(s.start..verb.end),
            inherited: false,
            trailer: false,
            sentence: si,
        });
    }
    found.extend(extra);
    found.sort_by_key(|f| f.content.start);
    found
}

/// `Smith said the plan was dead. "We tried everything."`: a quotation that only its context
/// attributes, right after a paraphrase in the same paragraph, goes on with the paraphrase's
/// statement; the annotators join the two as one mixed quotation, as they join a split quote.
/// The paraphrase's own trailer may stand between them (`…, he says. "But …"`); a new paragraph
/// ends the statement.
fn paraphrase_then_quote(text: &str, paragraphs: &[Range<usize>], found: Vec<Found>) -> Vec<Found> {
    let para_of = |pos: usize| paragraphs.partition_point(|p| p.end < pos);
    join_pairs(text, found, &["''", "”", "\"", "’"], |f1, f2| {
        if f1.kind == QuoteKind::Direct
            || f2.kind != QuoteKind::Direct
            || !f2.inherited
            || f2.cue.is_some()
            || f2.content.start <= f1.content.end
            || para_of(f1.content.end) != para_of(f2.content.start)
        {
            return false;
        }
        let (Some(a), Some(b)) = (&f1.speaker, &f2.speaker) else { return false };
        // Only a statement or a thought goes on: `described the meeting.`, `wants to use it as
        // …` and `hinting that …` report no words a quotation could continue.
        let says = f1.cue.as_ref().is_some_and(|c| {
            let b = bare(&text[c.clone()]);
            let reports = lexicon::is_trailer_verb;
            b == "according to"
                || reports(&b)
                || b.strip_suffix("ing")
                    .is_some_and(|s| ["", "s", "es", "ed", "d"].iter().any(|e| reports(&format!("{s}{e}"))))
        });
        if a.span != b.span || !says {
            return false;
        }
        let gap = f1.content.end..f2.content.start;
        let outside_clause =
            |r: Range<usize>| f1.clause.as_ref().is_none_or(|c| r.start < c.start || c.end < r.end);
        !word_iter(text, gap).any(outside_clause)
    })
}

/// `Trump said Duterte’s latest comments showed “a lack of respect for our country.”`: a
/// quotation that finishes a paraphrase, its own cue inside the paraphrase, is the end of the
/// outer statement, not a second one by the inner subject (`comments`, `she recalled
/// thinking, "…"`, `what his parents told him: "…"`). The two are one mixed quotation by the
/// outer speaker, as the annotators keep them.
fn nested_quotation(text: &str, found: Vec<Found>) -> Vec<Found> {
    join_pairs(text, found, &["''", "”", "\"", "’", "'", "»"], |f1, f2| {
        let nested = f2.cue.as_ref().is_some_and(|c| f1.content.start <= c.start && c.end <= f1.content.end);
        // Not when the paraphrase holds its own attribution (`…, Spicer said, adding, "…"`),
        // nor when a named person says the quoted words (`…, Trump boasted, "…"`).
        let own_cue_first = f1.cue.as_ref().is_some_and(|c| c.end <= f1.content.start);
        let named = f2.speaker.as_ref().is_some_and(|np| np.form == Form::Name);
        if !own_cue_first
            || named
            || f1.kind != QuoteKind::Indirect
            || f2.kind != QuoteKind::Direct
            || f1.sentence != f2.sentence
            || f2.content.start < f1.content.end
            || !nested
        {
            return false;
        }
        // Only a space, a comma or a colon, then the opening mark.
        let gap = text[f1.content.end..f2.content.start].trim_start_matches([' ', ',', ':']);
        ["''", "“", "\"", "‘", "'", "«"].contains(&gap)
    })
}

/// Joins each quotation that `joinable` accepts to the statement just before it: the statement
/// runs on to the quotation's closing mark (one of `closing`) and becomes mixed, and the
/// quotation goes.
fn join_pairs(
    text: &str,
    mut found: Vec<Found>,
    closing: &[&str],
    mut joinable: impl FnMut(&Found, &Found) -> bool,
) -> Vec<Found> {
    let mut joined = vec![false; found.len()];
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let (f1, f2) = (&mut head[i - 1], &tail[0]);
        if joined[i - 1] || !joinable(f1, f2) {
            continue;
        }
        // The closing mark goes with the words, as in any mixed quotation.
        let close = closing.iter().find(|m| text[f2.content.end..].starts_with(**m));
        f1.content.end = f2.content.end + close.map_or(0, |m| m.len());
        f1.kind = QuoteKind::Mixed;
        joined[i] = true;
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !joined[k - 1]
    });
    found
}

/// The speaker named by a dash line right after the paragraph `pi` that `end` closes:
/// `-President Obama, tweeting after the speech.`, `— Jane Smith, Ohio`.
fn signature_line(text: &str, paragraphs: &[Range<usize>], pi: usize, end: usize) -> Option<Np> {
    let para = paragraphs.get(pi)?;
    let next = paragraphs.get(pi + 1)?;
    if !only_punct(&text[end.min(para.end)..para.end]) {
        return None;
    }
    let line = &text[next.clone()];
    let dashed = ["--", "—", "–", "-"].iter().find_map(|d| line.strip_prefix(d));
    let rest = dashed.unwrap_or(line);
    let from = next.end - rest.len();
    let np = subject_after(text, from, next.end).filter(|np| np.form == Form::Name)?;
    let tail = text[np.span.end..next.end].trim_start();
    // Without a dash, only a name and its description make the line: `Norman Ornstein,
    // American Enterprise Institute scholar, on Donald Trump.` Any verb makes it a sentence.
    let verbless = || {
        !has_words(text, next.clone(), 25)
            && !CUE.is_match(line)
            && !word_iter(text, next.clone()).any(|w| {
                let b = bare(&text[w.clone()]);
                contains(lexicon::FINITE_AUX, &b) || past_form(&text[w])
            })
    };
    let ok = if dashed.is_some() {
        only_punct(tail) || tail.starts_with(',')
    } else {
        tail.starts_with(',') && verbless()
    };
    ok.then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        LazyLock::force(&CUE);
        LazyLock::force(&ADJUNCT);
        LazyLock::force(&OBJECT_END);
        LazyLock::force(&HEADLINE_COLON);
        LazyLock::force(&NOMINAL_CLAIM);
        assert!(CUE.is_match("he said"));
        assert!(ADJUNCT.is_match(" on Thursday that"));
    }

    #[test]
    fn noun_uses_of_cue_words_are_no_cues() {
        for (text, cue) in [
            ("a host of the radio show", "show"),
            ("a Washington think tank", "think"),
            ("the jobs report exceeded forecasts", "report"),
            ("270 pledged delegates", "pledged"),
        ] {
            let at = text.find(cue).expect("cue in case");
            assert!(!verb_position(text, 0, at..at + cue.len()), "{text}");
        }
        let text = "Polls show the race is tied";
        assert!(verb_position(text, 0, 6..10));
        let text = "About four in 10 said they were angry";
        assert!(verb_position(text, 0, 17..21));
    }

    #[test]
    fn quote_depth_reads_marks_as_before() {
        // The definition `QuoteDepth` replaced: curly depth, straight toggle, pairs of
        // apostrophes counted by `str::matches`.
        let reference = |s: &str| {
            let mut depth = 0i32;
            let mut straight = false;
            for ch in s.chars() {
                match ch {
                    '“' => depth += 1,
                    '”' => depth -= 1,
                    '"' => straight = !straight,
                    _ => {}
                }
            }
            depth > 0 || straight || s.matches("''").count() % 2 == 1
        };
        for s in ["a “b", "a “b” c", "x \"y", "''a", "'''a", "''''a", "it's ''a'' b", "'a''", "“a ''b” c"]
        {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                assert_eq!(inside_quotes(&s[..i]), reference(&s[..i]), "{:?}", &s[..i]);
            }
        }
    }

    #[test]
    fn last_comma_outside_quotes_agrees_with_inside_quotes() {
        for s in [
            "a, b, c",
            "he said, “a, b”",
            "he said, “a, b”, then",
            "x, \"y, z\" w",
            "x, ''y, z'' w, v",
            "x, ''y, z",
            "it's, John's, ''a, b''',",
            "",
        ] {
            let naive = s
                .char_indices()
                .rev()
                .filter(|&(_, c)| c == ',')
                .map(|(i, _)| i)
                .find(|&i| !inside_quotes(&s[..i]));
            assert_eq!(last_comma_outside_quotes(s), naive, "{s}");
        }
    }
}

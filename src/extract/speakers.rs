//! Speaker mentions: the noun phrase next to a cue, split into name and descriptor, and typed.
//!
//! Design choice: a token scan instead of a parser. Going backwards from a cue ("… the Russian
//! source said") we take words while they can belong to a noun phrase (names, determiners,
//! nouns, "of"/"for" links) and stop at clause words ("that", "when", verbs of the lexicon) or
//! punctuation. Commas are handled one level up, to recognise appositions
//! ("Jan Egeland, Special Advisor to …, said" and "said Jan Egeland, who …").

use std::ops::Range;

use super::SpeakerKind;
use super::lexicon::{self, AsStr, bare, contains};
use super::sentences::{has_words, near, words};

/// How a mention refers to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A proper name ("Maria Zakharova", "the UN", "Republicans").
    Name,
    /// A common-noun description ("a Russian source", "the spokeswoman", "the leaflets").
    Description,
    /// A pronoun ("he", "they", "who").
    Pronoun,
}

/// A speaker mention found next to a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Np {
    /// The mention as written, including a pre-modifying descriptor.
    pub span: Range<usize>,
    /// The name (for [`Form::Name`]) or the whole description.
    pub head: Range<usize>,
    /// Role/affiliation text around a name: a pre-modifier or an apposition.
    pub descriptor: Option<Range<usize>>,
    /// How the mention refers.
    pub form: Form,
    /// What sort of speaker this looks like on its own.
    pub kind: SpeakerKind,
}

fn word_ok_in_np(w: &str) -> bool {
    let b = bare(w);
    // A capitalised word may be a name even when it looks like a cue or an adverb ("Hope
    // Hicks", "Jolly", "Kelly"); a lower-case cue verb or adverb ("publicly") ends the phrase.
    // "report(s)" before a cue is the noun: "a GAO report released last year found".
    let noun = matches!(b.as_str(), "report" | "reports");
    let lower_verb_or_adverb = !is_cap(w)
        && !noun
        && (lexicon::is_cue_verb(&b) || b.ends_with("ly") && !contains(lexicon::NOUNS_IN_LY, &b));
    let negation = b.ends_with("n't") || b.ends_with("n’t");
    // "US", "IT", "AM": an acronym is no pronoun or function word.
    (!lexicon::is_np_stop(&b) || lexicon::is_acronym(w)) && !lower_verb_or_adverb && !negation
}

/// A cue word used as a noun after a determiner or possessive: "One tweet said", "his post
/// read", "the group's statement says".
fn noun_after_determiner(text: &str, ws: &[Range<usize>], k: usize) -> bool {
    let w = &text[ws[k].clone()];
    let b = bare(w);
    k >= 1
        && lexicon::is_cue_verb(&b)
        && !b.ends_with("ed")
        && !b.ends_with("ing")
        && is_gap_plain(&text[ws[k - 1].end..ws[k].start], &text[ws[k - 1].clone()])
        && {
            let prev = &text[ws[k - 1].clone()];
            contains(lexicon::DETERMINERS, &bare(prev)) || prev.ends_with("'s") || prev.ends_with("’s")
        }
}

/// A lower-case "-ing" word: "facing", "speaking", "referring".
pub(crate) fn is_participle(w: &str) -> bool {
    !is_cap(w)
        && w.ends_with("ing")
        && w.chars().count() > 4
        && !matches!(w, "nothing" | "something" | "anything" | "everything" | "thing" | "during")
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_gap_plain(gap: &str, prev_word: &str) -> bool {
    let g = gap.trim();
    g.is_empty()
        || g == "/"
        || (g == "." && contains(lexicon::TITLES, &bare(prev_word)))
        // "Del. Stacey Plaskett", "St. Louis", "Ft. Worth", "Mt. Vernon".
        || (g == "." && matches!(prev_word, "Del" | "St" | "Ft" | "Mt" | "Maj" | "Cmdr" | "Amb"))
        || (g == "." && prev_word.chars().count() == 1)
        || (g == "." && is_initialism(prev_word))
        // "the D.C.-based institute": an initialism in a compound.
        || (g == ".-" && is_initialism(prev_word))
        // "Sanders’ campaign manager": a plural possessive leaves its apostrophe in the gap.
        || (matches!(g, "’" | "'") && gap.starts_with(g) && prev_word.ends_with('s') && is_cap(prev_word))
}

/// "J.J", "F.A.A", "U.S": letters joined by full stops, whose last stop ends up in the gap.
fn is_initialism(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_uppercase))
}

/// The noun phrase ending at word index `end` (exclusive) of `ws`, without crossing punctuation.
fn np_back(text: &str, ws: &[Range<usize>], end: usize, limit: usize) -> Option<usize> {
    let mut j = end;
    while j > 0 {
        let w = &text[ws[j - 1].clone()];
        if j < end {
            let gap = &text[ws[j - 1].end..ws[j].start];
            if !is_gap_plain(gap, w) {
                break;
            }
        }
        let b = bare(w);
        let link = contains(lexicon::NP_LINK, &b) && j < end;
        if link {
            // "and" only joins capitalised words ("Secretary of State and Democratic …").
            if b == "and" && !(is_cap(&text[ws[j].clone()]) && j >= 2 && is_cap(&text[ws[j - 2].clone()])) {
                break;
            }
        // "That person said": a capitalised "that" opens the sentence as a determiner.
        } else if (contains(lexicon::DETERMINERS, &b) || b == "that" && w == "That")
            && j < end
            // "Jill A. Martin": a capital A with a full stop is an initial.
            && !(w == "A" && text[ws[j - 1].end..ws[j].start].trim() == ".")
            // "CBS This Morning co-anchor Jane Roe": a capitalised determiner inside a title.
            && !(is_cap(w)
                && j >= 2
                && is_cap(&text[ws[j - 2].clone()])
                && is_gap_plain(&text[ws[j - 2].end..ws[j - 1].start], &text[ws[j - 2].clone()]))
        {
            j -= 1;
            // "Special Advisor to the UN Special Envoy": a determiner after a link goes on.
            // "Some in the crowd": after a quantifier, "in" links too.
            let quantified_in = j > 1
                && bare(&text[ws[j - 1].clone()]) == "in"
                && contains(
                    &["some", "many", "most", "few", "several", "others", "those", "all", "one", "none"],
                    &bare(&text[ws[j - 2].clone()]),
                );
            let linked = j > 0
                && (contains(&["of", "for", "to", "at"], &bare(&text[ws[j - 1].clone()])) || quantified_in)
                && is_gap_plain(&text[ws[j - 1].end..ws[j].start], "");
            if !linked {
                break;
            }
            continue;
        } else if !(word_ok_in_np(w) || noun_after_determiner(text, ws, j - 1))
            || (!is_cap(w) && contains(lexicon::AUX, &b))
        {
            break;
        }
        j -= 1;
        if end - j > limit {
            return None;
        }
    }
    // Never start on a link word.
    while j < end && contains(lexicon::NP_LINK, &bare(&text[ws[j].clone()])) {
        j += 1;
    }
    // The head is a noun: never a determiner or a link word.
    let head = bare(&text[ws[end - 1].clone()]);
    // "a mother of three": a number after "of" is the head of its own phrase.
    // (Other numbers are no determiners and head a phrase anyway.)
    let count_of = matches!(head.as_str(), "one" | "two" | "three")
        && end >= 2
        && bare(&text[ws[end - 2].clone()]) == "of";
    if !count_of && (contains(lexicon::DETERMINERS, &head) || contains(lexicon::NP_LINK, &head)) {
        return None;
    }
    (j < end).then_some(j)
}

/// Trailing time words skipped between a subject and its cue ("Trump on Monday said").
const TIME_WORDS: &[&str] = &[
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "last",
    "this",
    "week",
    "month",
    "year",
    "earlier",
    "later",
];

/// Past forms that look like bare forms, and "said".
const SAME_PAST: &[&str] = &[
    "put",
    "read",
    "cut",
    "set",
    "let",
    "hit",
    "cast",
    "quit",
    "spread",
    "said",
    "found",
    "thought",
    "felt",
    "knew",
    "saw",
    "heard",
    "meant",
    "sought",
    "taught",
    "brought",
    "kept",
    "left",
    "lost",
    "paid",
    "stood",
    "understood",
    "began",
    "became",
    "chose",
    "drew",
    "fought",
    "rose",
    "did",
    "had",
];

/// Whether `verb` is a reporting verb in its bare form ("claim", "report"), which a singular
/// subject cannot take.
fn bare_cue_form(verb: &str) -> bool {
    verb.chars().all(|c| c.is_ascii_lowercase())
        && !verb.ends_with('s')
        && !verb.ends_with("ed")
        && !verb.ends_with("ing")
        && (lexicon::is_cue_verb(verb)
            || contains(lexicon::MIXED_VERBS, verb)
            || contains(lexicon::OBJECT_VERBS, verb))
        && !contains(SAME_PAST, verb)
        && !contains(lexicon::IRREGULAR_PASTS, verb)
}

/// Whether `np` (its words) is singular and `verb` a bare form that cannot agree with it:
/// "an explosive report", "the harsh talk", "a candidate claim". Plurals ("the critics say"),
/// coordinations and nouns that are plural without an -s ("the police say", "the wealthy
/// argue") agree.
fn singular_before_base_form(text: &str, np: &[Range<usize>], verb: &str) -> bool {
    const PLURAL_WITHOUT_S: &[&str] = &[
        "police",
        "people",
        "media",
        "staff",
        "public",
        "press",
        "clergy",
        "military",
        "majority",
        "minority",
        "rest",
        "latter",
        "former",
        "remainder",
        "rich",
        "poor",
        "wealthy",
        "elderly",
        "young",
        "old",
        "unemployed",
        "homeless",
        "faithful",
        "religious",
        "powerful",
        "children",
        "men",
        "women",
    ];
    // Only a reporting verb is checked: the scan also runs up to adverbs and "that".
    let base = bare_cue_form(verb);
    let [first, rest @ ..] = np else { return false };
    // "a majority of voters say", "a mere 9 percent say": a partitive agrees in the plural.
    let plural_sense = np.iter().any(|w| {
        let b = bare(&text[w.clone()]);
        matches!(b.as_str(), "and" | "or" | "of" | "percent") || b.starts_with(|c: char| c.is_ascii_digit())
    });
    if !base || rest.is_empty() || plural_sense {
        return false;
    }
    match bare(&text[first.clone()]).as_str() {
        "a" | "an" => true,
        "the" | "this" | "that" | "its" | "his" | "her" | "their" | "our" | "my" => {
            let head = &text[rest[rest.len() - 1].clone()];
            let hb = bare(head);
            rest.len() == 1 && !is_cap(head) && !hb.ends_with('s') && !contains(PLURAL_WITHOUT_S, &hb)
        }
        _ => false,
    }
}

/// Prepositions that open an adverbial before the subject: "In Washington, Sen. Jane Roe said".
const INTRO_PREPOSITIONS: &[&str] =
    &["in", "at", "from", "during", "after", "before", "outside", "inside", "near", "across"];

/// Words that count a span of time before "ago": "two weeks ago", "less than a month ago".
const QUANTITY_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few",
    "several", "less", "more", "than", "about", "nearly", "almost", "just", "over", "some",
];

/// Units of time before "ago".
const TIME_UNITS_PLURAL: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "decades",
];

/// Adjectives and passives that take a reporting infinitive: "was quick to add", "is eager to
/// point out", "was prompted to say".
const CATENATIVE_ADJECTIVES: &[&str] = &[
    "quick",
    "eager",
    "careful",
    "happy",
    "willing",
    "ready",
    "prompted",
    "forced",
    "moved",
    "compelled",
    "keen",
];

/// The subject that ends right before `cue_start`, looking no further back than `lo`.
///
/// A title quoted inside the subject ("Sam Solovey, a contestant on “The Apprentice,” said")
/// would break the phrase at its marks; when no subject is found, the search runs again with
/// such titles' marks blanked (same byte lengths, so the spans hold in `text`).
pub(crate) fn subject_before(text: &str, lo: usize, cue_start: usize) -> Option<Np> {
    subject_before_marked(text, lo, cue_start).or_else(|| {
        let (masked, titles) = mask_titles(text, near(text, lo, cue_start, 400), cue_start)?;
        // A title is no speaker: "the journalist, who is promoting his book, “Sin Miedo”,
        // downplayed …".
        let mut np = subject_before_marked(&masked, lo, cue_start)
            .filter(|np| !titles.iter().any(|t| t.start < np.head.end && np.head.start < t.end))?;
        // The mention as written keeps the title's closing mark.
        let rest = &text[np.span.end..cue_start];
        let comma = usize::from(rest.starts_with(','));
        if let Some(mark) = rest[comma..].chars().next().filter(|c| matches!(c, '"' | '”')) {
            np.span.end += comma + mark.len_utf8();
        }
        Some(np)
    })
}

/// `text` with the quotation marks of short quoted titles between `from` and `to` replaced by
/// spaces: a capitalised quotation of at most eight words after a word of the same phrase
/// ("host of “Face the Nation”", "CBS's “60 Minutes”"), with the titles' spans. `None` when
/// there is none.
fn mask_titles(text: &str, from: usize, to: usize) -> Option<(String, Vec<Range<usize>>)> {
    let window = &text[from..to];
    if !window.contains(['"', '“']) {
        return None;
    }
    let mut masked: Option<(String, Vec<Range<usize>>)> = None;
    let mut at = 0;
    while let Some(k) = window[at..].find(['"', '“']) {
        let open = at + k;
        let mark_len = window[open..].chars().next().map_or(1, char::len_utf8);
        let body = open + mark_len;
        let Some(len) = window[body..].find(['"', '”']) else { break };
        let close = body + len;
        let close_len = window[close..].chars().next().map_or(1, char::len_utf8);
        let inner = &window[body..close];
        let before = window[..open].trim_end();
        let title = inner.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && inner.split_whitespace().count() <= 8
            && !inner.contains(['.', '!', '?', ';', ':'])
            && (before.ends_with(|c: char| c.is_alphanumeric())
                // "Trump's reality TV show, “The Apprentice,”": a title in apposition to a
                // noun; not what a verb of saying introduces ("said, “We will win,”").
                || before.strip_suffix(',').is_some_and(|noun| {
                    let noun = noun.trim_end();
                    let word = &noun[noun.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |k| k + 1)..];
                    !word.is_empty() && word.chars().all(|c| c.is_lowercase()) && !lexicon::is_cue_verb(word)
                }));
        if title {
            let (m, titles) = masked.get_or_insert_with(|| (text.to_string(), Vec::new()));
            m.replace_range(from + open..from + body, &" ".repeat(mark_len));
            m.replace_range(from + close..from + close + close_len, &" ".repeat(close_len));
            titles.push(from + body..from + close);
        }
        at = close + close_len;
    }
    masked
}

fn subject_before_marked(text: &str, lo: usize, cue_start: usize) -> Option<Np> {
    let np = noun_phrase_before(text, lo, cue_start)?;
    // "An explosive report claims …", "the caustic chant “…”": a singular noun phrase right
    // before a bare verb form does not agree with it; the "cue" is the phrase's own noun.
    let cue_word = text[cue_start..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // The cheap tests first: most cues are inflected ("said", "says") or not next to the phrase.
    if !bare_cue_form(cue_word) || !text[np.span.end..cue_start].trim().is_empty() {
        return Some(np);
    }
    // "officials on and off the island believe", "paths to win the nomination acknowledge": a
    // phrase after another word is an object inside a longer subject, whose own head agrees.
    // Only a phrase that opens its clause is the whole subject.
    let opens_clause = words(text, near(text, lo, np.span.start, 40)..np.span.start).last().is_none_or(|w| {
        !text[w.end..np.span.start].trim().is_empty()
            || contains(
                &["and", "but", "that", "while", "as", "because", "when", "since", "so"],
                &bare(&text[w.clone()]),
            )
    });
    // "made an unprompted call for …": an indefinite singular never agrees with a bare form,
    // wherever it stands.
    let indefinite = text[np.span.clone()]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an"));
    if (opens_clause || indefinite)
        && singular_before_base_form(text, &words(text, np.span.clone()), cue_word)
    {
        // "An explosive report that …": the noun opens its own content clause.
        let after = text[cue_start + cue_word.len()..].trim_start();
        let that = after.strip_prefix("that").is_some_and(|r| r.starts_with(char::is_whitespace));
        return that.then(|| classify(text, np.span.start..cue_start + cue_word.len()));
    }
    Some(np)
}

/// [`subject_before`] without the agreement check.
fn noun_phrase_before(text: &str, lo: usize, cue_start: usize) -> Option<Np> {
    let cue_word = text[cue_start..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // "Rep. John Mica (R-Fla.) said": the parenthesis belongs to the mention as written.
    let mut before = text[lo..cue_start].trim_end();
    // "Jane Roe (D-Calif.) last week said": time words after the parenthesis.
    if let Some(paren) = before.rfind(')')
        && paren + 1 < before.len()
        && before[paren + 1..].split_whitespace().all(|w| contains(TIME_WORDS, &bare(w)))
    {
        before = &before[..paren + 1];
    }
    // "Gov. John Kasich (R-OH), said": a comma may close the parenthesis.
    let before = before.strip_suffix("),").map_or(before, |b| &before[..b.len() + 1]);
    if before.ends_with(')') {
        let paren_end = lo + before.len();
        let open = before.rfind('(').filter(|&o| before.len() - o <= 40)?;
        let mut np = subject_before(text, lo, lo + open)?;
        if np.form == Form::Pronoun {
            return None;
        }
        np.span.end = paren_end;
        return Some(np);
    }
    // Noun phrases and asides reach some 30 words back at most.
    let ws = words(text, near(text, lo, cue_start, 400)..cue_start);
    let mut i = ws.len();
    let tail_gap =
        |i: usize| -> &str { &text[ws[i - 1].end..if i < ws.len() { ws[i].start } else { cue_start }] };
    // Skip auxiliaries and time adjuncts: "X has also said", "X on Thursday said".
    while i > 0 && tail_gap(i).trim().is_empty() {
        let b = bare(&text[ws[i - 1].clone()]);
        // "is continuing to insist", "went on to say", "is going to argue": a catenative verb.
        let catenative = |k: usize| {
            k >= 1
                && matches!(
                    bare(&text[ws[k - 1].clone()]).as_str(),
                    "continue"
                        | "continues"
                        | "continued"
                        | "continuing"
                        | "began"
                        | "begins"
                        | "begin"
                        | "started"
                        | "starts"
                        | "seemed"
                        | "seems"
                        | "appeared"
                        | "appears"
                        | "tried"
                        | "tries"
                        | "on"
                        | "going"
                        | "went"
                        | "used"
                )
        };
        let word = |k: usize| bare(&text[ws[k].clone()]);
        // "have in the past said", "has in recent weeks argued", "can no longer claim".
        let adjunct = if i >= 3 && word(i - 3) == "in" && matches!(word(i - 2).as_str(), "the" | "recent") {
            matches!(b.as_str(), "past" | "days" | "weeks" | "months" | "years").then_some(3)
        } else if i >= 2 && word(i - 2) == "no" && matches!(b.as_str(), "longer" | "doubt") {
            Some(2)
        } else {
            None
        };
        // "The department two weeks ago said", "less than a month ago said".
        let ago = (b == "ago").then(|| {
            (1..i.min(5))
                .take_while(|&n| {
                    let w = word(i - 1 - n);
                    contains(QUANTITY_WORDS, &w)
                        || contains(TIME_UNITS_PLURAL, &w)
                        || w.chars().all(|c| c.is_ascii_digit())
                })
                .count()
                + 1
        });
        // "was quick to add", "was prompted to say": an adjective or passive before "to".
        let adjective = |k: usize| {
            k >= 2
                && contains(CATENATIVE_ADJECTIVES, &word(k - 1))
                && matches!(word(k - 2).as_str(), "is" | "was" | "are" | "were" | "been" | "be")
        };
        if let Some(n) = adjunct.or(ago) {
            i -= n;
        } else if b == "to" && i >= 3 && adjective(i - 1) {
            i -= 3;
        } else if b == "to" && i >= 2 && catenative(i - 1) {
            i -= 2;
            if bare(&text[ws[i].clone()]) == "on" && i >= 1 {
                i -= 1; // "went on to say"
            }
        } else if contains(lexicon::AUX, &b) && !contains(lexicon::PRONOUNS, &b)
            || contains(TIME_WORDS, &b)
            // "Fact-checkers soon noted": an adverb between subject and cue.
            || matches!(b.as_str(), "soon" | "sometimes" | "afterward" | "afterwards" | "too" | "instead")
        {
            i -= 1;
        } else {
            break;
        }
    }
    if i == 0 {
        return None;
    }
    let last = &text[ws[i - 1].clone()];
    let gap = tail_gap(i);
    let bl = bare(last);
    // "having suggested", "committing repeated", "scholars I interviewed thought": a verb
    // form right before the cue is no subject.
    // ("the bankruptcy filing", "those surveyed" and "his thinking" are noun phrases.)
    let verb_form = is_participle(last) || !is_cap(last) && bl.ends_with("ed") && bl.len() > 4;
    let in_np = i >= 2 && is_gap_plain(&text[ws[i - 2].end..ws[i - 1].start], &text[ws[i - 2].clone()]) && {
        let p = &text[ws[i - 2].clone()];
        let pb = bare(p);
        let verb_like = contains(lexicon::PRONOUNS, &pb)
            || contains(lexicon::AUX, &pb)
            || lexicon::is_np_stop(&pb)
            || is_participle(p)
            || pb.ends_with("ed") && !is_cap(p);
        contains(lexicon::DETERMINERS, &pb) || p.ends_with("'s") || p.ends_with("’s") || !verb_like
    };
    if gap.trim().is_empty() && verb_form && !in_np {
        return None;
    }
    let bp = lexicon::uncontracted(&bl);
    // "a source close to him said": the pronoun is the object of the source's post-modifier.
    if gap.trim().is_empty()
        && matches!(bp, "him" | "her" | "them" | "us" | "me")
        && i >= 3
        && bare(&text[ws[i - 2].clone()]) == "to"
        && bare(&text[ws[i - 3].clone()]) == "close"
        // Plain gaps around "close to", also before it when a word stands there.
        && (i - 3..i).all(|k| k == 0 || is_gap_plain(&text[ws[k - 1].end..ws[k].start], ""))
        && let Some(h) = np_back(text, &ws, i - 2, 8)
    {
        return Some(classify(text, ws[h].start..ws[i - 1].end));
    }
    if gap.trim().is_empty() && contains(lexicon::PRONOUNS, bp) && bp != "that" {
        if bp == "who" || bp == "which" {
            // "Trump, who …" is handled by the antecedent: the NP before ", who".
            let mut np = relative_antecedent(text, &ws, i - 1)?;
            np.span = ws[i - 1].clone();
            np.form = Form::Pronoun;
            return Some(np);
        }
        // "He’s saying": the mention is the pronoun without its contracted verb.
        let w = ws[i - 1].clone();
        let verb = lexicon::be_contraction(&text[w.clone()]);
        return Some(pronoun(w.start..w.end - verb.map_or(0, str::len)));
    }
    let g = if abbreviation_comma(gap, last) { "," } else { gap.trim() };
    if g == "," {
        // "A, B, said": an apposition closed by a comma.
        let Some(b_start) = np_back(text, &ws, i, 14) else {
            return aside_subject(text, &ws, i);
        };
        let b = ws[b_start].start..ws[i - 1].end;
        // "Back in 1999, Mr. Trump expressed admiration, telling …": B is a clause, not an
        // apposition; its subject speaks.
        if is_cap(&text[ws[b_start].clone()])
            && let Some(k) = verb_after_subject(text, &ws[b_start..i])
            && text[ws[b_start + k - 1].end..ws[b_start + k].start].trim().is_empty()
            && {
                let v = &text[ws[b_start + k].clone()];
                // "Trump's embattled attorney general": after a possessive or a determiner the
                // participle is an adjective.
                let p = &text[ws[b_start + k - 1].clone()];
                let modifier = ["'s", "’s", "s'", "s’"].iter().any(|e| p.ends_with(e))
                    || contains(lexicon::DETERMINERS, &bare(p));
                !is_cap(v) && !modifier && (v.ends_with("ed") || contains(lexicon::IRREGULAR_PASTS, &bare(v)))
            }
        {
            return Some(classify(text, ws[b_start].start..ws[b_start + k - 1].end));
        }
        let before =
            b_start.checked_sub(0).filter(|&k| k > 0 && text[ws[k - 1].end..ws[k].start].trim() == ",");
        if let Some(k) = before {
            if bare(&text[ws[b_start].clone()]) == "who" {
                return relative_antecedent(text, &ws, b_start);
            }
            // "Jane Roe, 41, of Dayton, Ohio, said": a place after a preposition is no
            // apposition; the subject comes before the aside.
            // Nor is "facing a hard race in Ohio, a swing state,": a phrase that runs on from
            // a lower-case word before it is inside an aside.
            let inside_aside = |a: usize| {
                let prev = &text[ws[a - 1].clone()];
                contains(&["of", "in", "from", "at", "near"], &bare(prev))
                    || is_gap_plain(&text[ws[a - 1].end..ws[a].start], prev) && is_participle(prev)
            };
            if let Some(a_start) = np_back(text, &ws, k, 10).filter(|&a| a == 0 || !inside_aside(a)) {
                let a = ws[a_start].start..ws[k - 1].end;
                // "Jane Roe, the editor of the paper, The Daily Post, said" and "Jane Roe, whose
                // firm, Acme, makes tools, said": a comma before A shows a longer aside, whose
                // subject is a name further back.
                if a_start > 0
                    && text[ws[a_start - 1].end..ws[a_start].start].trim() == ","
                    && let Some(np) = aside_subject(text, &ws, i)
                        .filter(|np| np.form == Form::Name && np.span.start < a.start)
                {
                    return Some(np);
                }
                return Some(apposition(text, a, b));
            }
        }
        return aside_subject(text, &ws, i);
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes.
    if matches!(g, "—" | "–" | "--") {
        let k = (1..i)
            .rev()
            .take(20)
            .find(|&k| matches!(text[ws[k - 1].end..ws[k].start].trim(), "—" | "–" | "--"))?;
        let start = np_back(text, &ws, k, 8)?;
        let np = classify(text, ws[start].start..ws[k - 1].end);
        return (np.form == Form::Name).then(|| Np {
            span: np.span.start..ws[i - 1].end,
            descriptor: Some(ws[k].start..ws[i - 1].end),
            ..np
        });
    }
    if !g.is_empty() && !is_gap_plain(gap, last) {
        return None;
    }
    // "Some say …", "Others argue …", "another says …": a quantifier on its own is a source.
    if gap.trim().is_empty()
        && contains(&["some", "others", "many", "most", "another", "both", "several", "few", "all"], &bl)
        && (i == 1 || !is_gap_plain(&text[ws[i - 2].end..ws[i - 1].start], "") || {
            let prev = bare(&text[ws[i - 2].clone()]);
            contains(&["while", "but", "and", "though", "although", "yet", "whereas"], &prev)
        })
    {
        return Some(classify(text, ws[i - 1].clone()));
    }
    let start = np_back(text, &ws, i, 14)?;
    // "according to press reports": the noun after "according to" is the source, not the
    // subject of a verb.
    if (start.saturating_sub(2)..i.saturating_sub(1))
        .any(|k| bare(&text[ws[k].clone()]) == "according" && bare(&text[ws[k + 1].clone()]) == "to")
    {
        return None;
    }
    // "Jane Roe issued a statement saying …": before a participle cue, a noun phrase after a
    // verb is its object; the speaker is the verb's subject.
    // "Roe started out the debate saying …": a particle may follow the verb.
    let particle =
        |k: usize| matches!(bare(&text[ws[k].clone()]).as_str(), "out" | "up" | "off" | "back" | "down");
    let verb_at = start.checked_sub(1).map(|k| if k > 0 && particle(k) { k - 1 } else { k });
    if let Some(v_at) = verb_at
        && is_participle(cue_word)
        && ws[v_at..=start].windows(2).all(|p| is_gap_plain(&text[p[0].end..p[1].start], ""))
        && {
            let v = &text[ws[v_at].clone()];
            !is_cap(v)
                && (v.ends_with("ed") && v.len() > 3
                    || contains(lexicon::IRREGULAR_PASTS, v)
                    || matches!(v, "issues" | "releases"))
        }
        && let Some(np) = subject_before(text, lo, ws[v_at].start).filter(|np| np.form != Form::Pronoun)
    {
        return Some(np);
    }
    let mut span = ws[start].start..ws[i - 1].end;
    // "A GAO report released last year found": the skipped date belongs to the participle.
    let last = &text[ws[i - 1].clone()];
    if i < ws.len() && last.ends_with("ed") && !is_cap(last) && i - start >= 2 {
        let end = ws.iter().skip(i).take_while(|w| contains(TIME_WORDS, &bare(&text[(*w).clone()]))).last();
        if let Some(end) = end {
            span.end = end.end;
        }
    }
    // "Jan Egeland, Special Advisor to the UN Special Envoy for Syria said".
    if start > 0
        && text[ws[start - 1].end..ws[start].start].trim() == ","
        && looks_like_role(text, span.clone())
        && let Some(a_start) = np_back(text, &ws, start, 6)
    {
        let a = ws[a_start].start..ws[start - 1].end;
        // "In Washington, Sen. Jane Roe said", "At Baldwin Wallace University, Gov. John
        // Kasich said": after a preposition A is an adverbial's object, not a subject.
        let adverbial = a_start > 0
            && is_gap_plain(&text[ws[a_start - 1].end..ws[a_start].start], "")
            && contains(INTRO_PREPOSITIONS, &bare(&text[ws[a_start - 1].clone()]));
        if !adverbial && name_split(text, a.clone()).is_some_and(|(n, d)| d.is_none() && n == a) {
            return Some(apposition(text, a, span));
        }
    }
    // "Sen. Jane Roe (D-Ohio), a supporter of the bill told": the same after a party.
    if start > 0
        && text[ws[start - 1].end..ws[start].start].trim() == "),"
        && classify(text, span.clone()).form == Form::Description
        && !words(text, span.clone()).iter().any(|w| clause_word(&bare(&text[w.clone()])))
        && let Some(open) = text[..ws[start - 1].end].rfind('(').filter(|&o| ws[start - 1].end - o <= 40)
    {
        let m = ws.partition_point(|w| w.start < open);
        if let Some(a_start) = m.checked_sub(1).and_then(|_| np_back(text, &ws, m, 8)) {
            let np = classify(text, ws[a_start].start..ws[m - 1].end);
            if np.form == Form::Name {
                return Some(Np { span: np.span.start..span.end, descriptor: Some(span), ..np });
            }
        }
    }
    // "Protesters marching through the streets chanted", "Supporters gathered outside the hall
    // said": a noun phrase after a preposition is its object; the subject is the noun phrase
    // before the participle that governs it.
    if start >= 3
        && matches!(
            bare(&text[ws[start - 1].clone()]).as_str(),
            "through"
                | "outside"
                | "inside"
                | "across"
                | "around"
                | "along"
                | "near"
                | "into"
                | "onto"
                | "in"
                | "on"
                | "at"
                | "from"
                | "toward"
                | "towards"
        )
        && ws[start - 3..=start].windows(2).all(|p| is_gap_plain(&text[p[0].end..p[1].start], ""))
        && {
            let pw = &text[ws[start - 2].clone()];
            is_participle(pw) || !is_cap(pw) && pw.ends_with("ed") && pw.len() > 4
        }
        && let Some(h) = np_back(text, &ws, start - 2, 6)
        && !contains(lexicon::PRONOUNS, &bare(&text[ws[h].clone()]))
    {
        return Some(classify(text, ws[h].start..span.end));
    }
    // "a person familiar with the talks said", "a source on the call said": a description
    // with a prepositional post-modifier.
    if start >= 2
        && is_gap_plain(&text[ws[start - 2].end..ws[start - 1].start], "")
        && is_gap_plain(&text[ws[start - 1].end..ws[start].start], "")
        && {
            // "a source close to him said": "close to" takes a pronoun too.
            let p = bare(&text[ws[start - 1].clone()]);
            matches!(p.as_str(), "with" | "on" | "in" | "from" | "inside")
                || p == "to" && bare(&text[ws[start - 2].clone()]) == "close"
        }
        && {
            // "People with knowledge of the talks said": a source noun may open the sentence.
            let w = &text[ws[start - 2].clone()];
            let b = bare(w);
            !is_cap(w)
                || b == "people"
                || contains(lexicon::ANONYMOUS_WORDS, &b)
                || contains(lexicon::GROUP_WORDS, &b)
        }
        && let Some(head_start) = np_back(text, &ws, start - 1, 8)
        && {
            // "People familiar with the talks said": a bare plural source noun heads it too.
            let b = bare(&text[ws[head_start].clone()]);
            contains(lexicon::DETERMINERS, &b)
                || b == "people"
                || b.ends_with('s')
                    && (contains(lexicon::ANONYMOUS_WORDS, &b) || contains(lexicon::GROUP_WORDS, &b))
        }
    {
        return Some(classify(text, ws[head_start].start..span.end));
    }
    Some(classify(text, span))
}

/// Words that open a parenthetical aside between a subject and its cue: "X, in a statement
/// released Thursday, said", "Economists, like their Republican counterparts, say",
/// "Fields, along with a reporter, say", "X, who leads the group, said".
const ASIDE_OPENERS: &[&str] = &[
    "in",
    "at",
    "during",
    "on",
    "like",
    "unlike",
    "along",
    "together",
    "who",
    "whose",
    "which",
    "speaking",
    "writing",
    "appearing",
    "however",
    "though",
    "too",
    "meanwhile",
    "for",
    "with",
    "after",
    "before",
    "when",
    "while",
    "asked",
    "through",
    "via",
    "also",
    "instead",
    "then",
    "now",
    "as",
    "once",
    "not",
    "both",
    "in",
    "citing",
    "responding",
    "echoing",
    "including",
    "among",
    "under",
    "from",
    "by",
    "later",
    "earlier",
    "separately",
    "similarly",
    "likewise",
];

/// `X, <aside>, said`: the subject is the noun phrase before the aside's opening comma.
/// `ws` ends with the aside; its last word is `ws[i - 1]`.
fn aside_subject(text: &str, ws: &[Range<usize>], i: usize) -> Option<Np> {
    // Opening commas within 30 words, nearest first; no sentence punctuation inside the aside.
    let mut k = i - 1;
    loop {
        if k == 0 || i - k > 30 {
            return None;
        }
        let gap = &text[ws[k - 1].end..ws[k].start];
        let g = gap.trim();
        // "(R-Tenn.)," inside an aside is fine; a full stop elsewhere ends the sentence.
        let prev = &text[ws[k - 1].clone()];
        let abbreviation = abbreviation_comma(gap, prev);
        let strong = gap.contains([';', ':', '"', '“', '”', '—', '–', '?', '!'])
            || gap.contains('.') && !gap.contains([')', '(']) && !is_gap_plain(gap, prev) && !abbreviation;
        if strong {
            return None;
        }
        // "Rep. Elijah Cummings (D-Md.), chair of …, said": the comma may follow a parenthesis.
        let comma = g == "," || abbreviation || g.contains(')') && g.trim_start_matches(['.', ')']) == ",";
        if comma && let Some(np) = aside_opened_at(text, ws, k, i) {
            // "Jane Roe, who grew up in Dayton, Ohio, in the 1990s, said": a relative clause
            // further back holds the nearer commas.
            let opener = bare(&text[ws[k].clone()]);
            if !matches!(opener.as_str(), "who" | "whose")
                && let Some(rel) = (1..k)
                    .rev()
                    .take_while(|&r| i - r <= 30 && !aside_break(&text[ws[r - 1].end..ws[r].start]))
                    .filter(|&r| matches!(bare(&text[ws[r].clone()]).as_str(), "who" | "whose"))
                    .filter(|&r| text[ws[r - 1].end..ws[r].start].trim() == ",")
                    .find_map(|r| aside_opened_at(text, ws, r, i).filter(|np| np.form == Form::Name))
            {
                return Some(rel);
            }
            return Some(np);
        }
        k -= 1;
    }
}

/// Sentence punctuation that no aside spans.
fn aside_break(gap: &str) -> bool {
    gap.contains([';', ':', '"', '“', '”', '—', '–', '?', '!', '.'])
}

/// A comma after an abbreviation, whose full stop ends up in the gap: "of Dayton, Md., said".
fn abbreviation_comma(gap: &str, prev_word: &str) -> bool {
    gap.trim() == ".,"
        && (is_initialism(prev_word)
            || is_cap(prev_word) && prev_word.chars().count() <= 4
            || contains(lexicon::TITLES, &bare(prev_word)))
}

/// The subject before an aside that opens at word `k` (after a comma), if the aside reads as
/// one: it opens with an aside word ("in a statement", "who …"), or the subject is a name that
/// opens its clause ("Jill A. Martin, vice president and assistant general counsel for …,").
fn aside_opened_at(text: &str, ws: &[Range<usize>], k: usize, i: usize) -> Option<Np> {
    let opener = bare(&text[ws[k].clone()]);
    let before = bare(&text[ws[k - 1].clone()]);
    let aside_word = contains(ASIDE_OPENERS, &opener);
    if aside_word
        && contains(lexicon::PRONOUNS, &before)
        && !matches!(before.as_str(), "that" | "which" | "who" | "it")
    {
        return Some(pronoun(ws[k - 1].clone()));
    }
    let gap = &text[ws[k - 1].end..ws[k].start];
    let (start, np) = if let Some(close) = gap.find(')') {
        // The subject is the noun phrase before the parenthesis, which stays in the mention.
        let close = ws[k - 1].end + close + 1;
        let open = text[..ws[k - 1].end].rfind('(').filter(|&o| close - o <= 40)?;
        let m = ws.partition_point(|w| w.start < open);
        let start = np_back(text, ws, m, 10)?;
        let mut np = classify(text, ws[start].start..ws[m - 1].end);
        np.span.end = close;
        (start, np)
    } else {
        let mut start = np_back(text, ws, k, 10)?;
        // "His critics in the United States, many of them …": a prepositional complement
        // back to the start of the clause belongs to the subject.
        if start >= 2
            && matches!(
                bare(&text[ws[start - 1].clone()]).as_str(),
                "in" | "from" | "at" | "on" | "for" | "of"
            )
            && let Some(head) = np_back(text, ws, start - 1, 8)
            && (head == 0
                || !is_gap_plain(&text[ws[head - 1].end..ws[head].start], &text[ws[head - 1].clone()]))
            && {
                let noun = &text[ws[start - 2].clone()];
                !is_cap(noun)
                    && noun.chars().all(char::is_alphabetic)
                    && is_gap_plain(&text[ws[start - 2].end..ws[start - 1].start], noun)
            }
        {
            start = head;
        }
        (start, classify(text, ws[start].start..ws[k - 1].end))
    };
    if np.form == Form::Pronoun {
        return None;
    }
    // "Sen. Jane Roe, R-Ohio, appearing on …," and "Jane Roe, a lawyer, appearing …,": the
    // phrase before an aside may itself be an apposition to a name.
    // A party and state ("R-Ohio", "D-N.Y.") is no name of its own.
    let party = |np: &Np| {
        let t = text[np.span.clone()].as_bytes();
        t.len() >= 3 && matches!(t[0], b'R' | b'D' | b'I') && t[1] == b'-' && t[2].is_ascii_uppercase()
    };
    let mut np = np;
    if (aside_word || is_participle(&text[ws[k].clone()]))
        && (np.form != Form::Name || party(&np))
        && start > 1
        && text[ws[start - 1].end..ws[start].start].trim() == ","
        && let Some(a_start) = np_back(text, ws, start, 10)
    {
        let joined = apposition(text, ws[a_start].start..ws[start - 1].end, np.span.clone());
        if joined.form == Form::Name {
            np = joined;
        }
    }
    // The mention as written keeps a descriptive aside: "Suckling, who is executive director
    // of …," and "Jeb Bush, the former Florida governor and a Republican candidate,".
    // "Dean, a former chairman, poked at Roe during the debate, tweeting …": the subject's
    // own verb after a comma ends the aside.
    let aside_end = (k + 1..i)
        .find(|&m| {
            let w = &text[ws[m].clone()];
            text[ws[m - 1].end..ws[m].start].trim() == "," && !is_cap(w) && w.ends_with("ed") && w.len() > 4
        })
        .map_or(ws[i - 1].end, |m| ws[m - 1].end);
    if aside_word {
        // "Fields, along with a reporter, say", "Mr. Doe, now a lobbyist, said": an aside
        // about the subject stays in the mention as written; an adjunct of the saying ("in a
        // statement", "however") does not.
        let about_subject = matches!(
            opener.as_str(),
            "along"
                | "together"
                | "like"
                | "unlike"
                | "including"
                | "now"
                | "then"
                | "once"
                | "also"
                | "which"
        );
        return Some(if matches!(opener.as_str(), "who" | "whose") && np.form == Form::Name {
            Np { span: np.span.start..aside_end, descriptor: Some(ws[k].start..aside_end), ..np }
        } else if about_subject || matches!(opener.as_str(), "who" | "whose") {
            Np { span: np.span.start..aside_end, ..np }
        } else {
            np
        });
    }
    // Otherwise a name at the start of its clause, then a description: "Jill A. Martin, vice
    // president …," or "Marty West, an education professor at Harvard who …,".
    let clause_start = start == 0 || {
        let gap = &text[ws[start - 1].end..ws[start].start];
        !gap.trim().is_empty() && !is_gap_plain(gap, &text[ws[start - 1].clone()])
            || contains(
                &["and", "but", "so", "yet", "still", "meanwhile", "then"],
                &bare(&text[ws[start - 1].clone()]),
            )
    };
    let described = !is_cap(&text[ws[k].clone()]) || contains(lexicon::TITLES, &opener);
    // "Sen. Jane Roe, facing a hard race, said": a participle opens an adjunct, not a role
    // ("ranking member of …" is a role).
    let participle = is_participle(&text[ws[k].clone()]) && opener != "ranking";
    if participle && np.form != Form::Pronoun {
        return Some(np);
    }
    // "His critics, many of them conservative Catholics, argue": a partitive aside describes
    // a group of any form.
    let partitive = contains(PARTITIVES, &opener)
        && ws.get(k + 2).is_some_and(|w| {
            bare(&text[ws[k + 1].clone()]) == "of"
                && matches!(bare(&text[w.clone()]).as_str(), "them" | "whom")
        });
    if partitive {
        return Some(Np { span: np.span.start..aside_end, ..np });
    }
    (np.form == Form::Name && clause_start && described).then(|| Np {
        span: np.span.start..aside_end,
        descriptor: Some(ws[k].start..aside_end),
        ..np
    })
}

/// Quantifiers that open a partitive aside: "many of them", "most of whom".
const PARTITIVES: &[&str] =
    &["many", "most", "some", "all", "both", "few", "several", "none", "half", "one", "two", "three", "each"];

/// The antecedent of a relative pronoun at word `who`: the NP before ", who".
fn relative_antecedent(text: &str, ws: &[Range<usize>], who: usize) -> Option<Np> {
    if who == 0 {
        return None;
    }
    let start = np_back(text, ws, who, 10)?;
    Some(classify(text, ws[start].start..ws[who - 1].end))
}

fn pronoun(span: Range<usize>) -> Np {
    Np { head: span.clone(), span, descriptor: None, form: Form::Pronoun, kind: SpeakerKind::Person }
}

/// `a, b` where one is a name and the other describes it.
fn apposition(text: &str, a: Range<usize>, b: Range<usize>) -> Np {
    let a_np = classify(text, a.clone());
    let b_np = classify(text, b.clone());
    // The mention as written covers both parts: "Peter Cook, Carter’s press secretary".
    let span = a.start.min(b.start)..a.end.max(b.end);
    match (a_np.form, b_np.form) {
        (Form::Name, _) => Np { descriptor: Some(b), span, ..a_np },
        (_, Form::Name) => Np { descriptor: Some(a), span, ..b_np },
        _ => a_np,
    }
}

/// Whether `text[span]` reads as a role ("Special Advisor to …", "a spokeswoman for …").
fn looks_like_role(text: &str, span: Range<usize>) -> bool {
    let ws = words(text, span);
    let Some(first) = ws.first() else { return false };
    let f = &text[first.clone()];
    let verb = ws.iter().any(|w| {
        matches!(
            bare(&text[w.clone()]).as_str(),
            "could" | "would" | "will" | "can" | "is" | "was" | "are" | "were"
        )
    });
    !verb
        && ((is_cap(f) && contains(lexicon::TITLES, &bare(f)))
            || ws.iter().any(|w| contains(lexicon::PERSON_ROLE_WORDS, &bare(&text[w.clone()]))))
}

/// Splits a phrase into (name, pre-modifying descriptor) when it ends in a proper name.
pub(crate) fn name_split(text: &str, span: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let ws = words(text, span.clone());
    // "a poll released Thursday" ends in a date, not a name.
    let last = bare(&text[ws.last()?.clone()]);
    let before_last = ws.len().checked_sub(2).map(|k| bare(&text[ws[k].clone()])).unwrap_or_default();
    // "prosecutors in April", "a poll in June": a month after a preposition is a date.
    if contains(lexicon::WEEKDAYS, &last)
        || contains(MONTHS, &last)
            && contains(&["in", "on", "since", "by", "until", "early", "late", "last", "this"], &before_last)
    {
        return None;
    }
    let mut j = ws.len();
    while j > 0 {
        let w = &text[ws[j - 1].clone()];
        let b = bare(w);
        let possessive = w.ends_with("’s") || w.ends_with("'s");
        if (is_cap(w) || contains(&["de", "van", "von", "al", "bin", "la", "le", "du"], &b))
            && !(possessive && j < ws.len())
            && (!contains(lexicon::DETERMINERS, &b)
                || w == "A" && j < ws.len() && text[ws[j - 1].end..ws[j].start].trim() == ".")
        {
            j -= 1;
        } else {
            break;
        }
    }
    if j == ws.len() {
        return None;
    }
    if let Some(person) = person_of_place(text, &ws, j) {
        let descriptor = (person.start > span.start)
            .then_some(span.start..person.start)
            .map(|d| d.start..d.start + text[d.clone()].trim_end().len())
            .filter(|d| has_words(text, d.clone(), 1));
        return Some((person, descriptor));
    }
    // "a spokesman for Senator Jane Roe", "a lawmaker in the Philippines": a common noun
    // heads the phrase, and the name after its preposition is a complement, not the speaker.
    if complement_name(text, &ws, j) {
        return None;
    }
    // "the White House", "the State Department", "the Republican National Committee": an
    // organisation's name keeps words that are titles before a person's name.
    let organisation = contains(lexicon::ORG_WORDS, &last) && !(last == "campaign" && ws.len() - j == 1);
    let title = |k: usize| {
        let b = bare(&text[ws[k].clone()]);
        contains(lexicon::TITLES, &b) || matches!(b.as_str(), "del" | "maj" | "cmdr" | "amb")
    };
    // Titles are not part of the name: "Foreign Minister Sergei Lavrov", and the name follows
    // the last of them: "Senate Intelligence Ranking Democrat Dianne Feinstein".
    if !organisation && let Some(k) = (j..ws.len() - 1).rev().find(|&k| title(k)) {
        j = k + 1;
    }
    let name = ws[j].start..ws[ws.len() - 1].end;
    let descriptor = (j > 0).then(|| span.start..ws[j - 1].end).filter(|d| has_words(text, d.clone(), 1));
    Some((name, descriptor))
}

/// Whether the final capitalised run (from `tail`) is the complement of a preposition after
/// the phrase's head, a lower-case noun after at most a determiner and modifiers: "a
/// spokesman for Senator Jane Roe", "the head of the Federal Reserve Bank of New York". A title
/// keeps its "of": "the secretary of State Hillary Clinton" is Hillary Clinton.
fn complement_name(text: &str, ws: &[Range<usize>], tail: usize) -> bool {
    let b = |k: usize| bare(&text[ws[k].clone()]);
    let Some(p) = (1..tail).find(|&k| contains(COMPLEMENT_PREPOSITIONS, &b(k))) else {
        return false;
    };
    let start = usize::from(contains(lexicon::DETERMINERS, &b(0)));
    let head = p - 1;
    head >= start
        && (start..p).all(|k| {
            let w = &text[ws[k].clone()];
            !is_cap(w)
                && !w.ends_with("’s")
                && !w.ends_with("'s")
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && !(b(p) == "of"
            && (contains(lexicon::TITLES, &b(head)) || contains(lexicon::PERSON_ROLE_WORDS, &b(head))))
}

/// Words that open a description's complement after its head noun.
const COMPLEMENT_OPENERS: &[&str] = &[
    "of", "for", "with", "on", "in", "at", "from", "close", "familiar", "involved", "near", "inside", "to",
    "by", "among", "within", "under", "who", "that", "which",
];

/// Prepositions that open a complement of a description's head noun.
const COMPLEMENT_PREPOSITIONS: &[&str] =
    &["for", "in", "at", "with", "of", "on", "near", "under", "among", "inside", "within"];

/// "Sen. Jane Roe of Ohio", "Judge Ann Poe of the Court of Appeals", "Amy Doe of the
/// Institute of Technology": a person's name followed by "of" and a place or an institution,
/// whose name is the person's. `tail` starts the final capitalised run of `ws`.
fn person_of_place(text: &str, ws: &[Range<usize>], tail: usize) -> Option<Range<usize>> {
    let of = (1..tail).find(|&k| {
        bare(&text[ws[k].clone()]) == "of" && is_gap_plain(&text[ws[k - 1].end..ws[k].start], "")
    })?;
    // The capitalised run before "of", and the name after its last title.
    let mut p = of;
    while p > 0
        && is_cap(&text[ws[p - 1].clone()])
        && !contains(lexicon::DETERMINERS, &bare(&text[ws[p - 1].clone()]))
        && (p == of || is_gap_plain(&text[ws[p - 1].end..ws[p].start], &text[ws[p - 1].clone()]))
    {
        p -= 1;
    }
    let q =
        (p..of).rev().find(|&k| contains(lexicon::TITLES, &bare(&text[ws[k].clone()]))).map_or(p, |k| k + 1);
    let titled = q > p;
    let n = of - q;
    let plain_word = |k: usize| {
        let w = &text[ws[k].clone()];
        let b = bare(w);
        !w.ends_with("’s")
            && !w.ends_with("'s")
            && !contains(lexicon::ORG_WORDS, &b)
            && !contains(lexicon::GROUP_WORDS, &b)
            && !contains(lexicon::TITLES, &b)
    };
    // Without a title, a two- or three-word name that no determiner opens ("the Joint Chiefs
    // of Staff" is no person).
    let untitled_ok = n >= 2 && (p == 0 || !contains(lexicon::DETERMINERS, &bare(&text[ws[p - 1].clone()])));
    // "Sens. Jane Roe of Ohio and John Doe of Utah" are two people.
    let coordinated = ws[of..].iter().any(|w| contains(&["and", "&"], &bare(&text[w.clone()])));
    let person = (1..=3).contains(&n) && (titled || untitled_ok) && !coordinated && (q..of).all(plain_word);
    person.then(|| ws[q].start..ws[of - 1].end)
}

/// Types a noun phrase and splits off its name.
pub(crate) fn classify(text: &str, span: Range<usize>) -> Np {
    // "12:52PMBush Says …": a live blog's time stamp glued to the name.
    let span = span.start + glued_time(&text[span.clone()])..span.end;
    let ws = words(text, span.clone());
    let head_word = ws.last().map(|w| &text[w.clone()]).unwrap_or("");
    let hb = bare(head_word);
    if ws.len() == 1 && contains(lexicon::PRONOUNS, &hb) {
        return pronoun(span);
    }
    if let Some((name, descriptor)) = name_split(text, span.clone()) {
        let name_text = &text[name.clone()];
        let kind = name_kind(text, name.clone());
        // "the Russian Foreign Ministry" is an organisation even though it is capitalised.
        let _ = name_text;
        return Np { span, head: name, descriptor, form: Form::Name, kind };
    }
    // The head without post-modifiers: "a survey released on Thursday" is "a survey".
    let head = core_description(text, span.clone());
    // The head noun comes before its complement: "people familiar with the talks" are people,
    // "sources close to the campaign" sources, "a spokesman for the ministry" a spokesman.
    let head_words = words(text, head.clone());
    // Only a noun the lexicon knows heads it so: "38 percent of voters" are voters, and an
    // unknown noun ("a partial reversal for the Republican") keeps the old reading.
    let known = |w: &str| {
        !contains(lexicon::DETERMINERS, w)
            && (w == "people"
                || [
                    lexicon::ANONYMOUS_WORDS,
                    lexicon::GROUP_WORDS,
                    lexicon::ORG_WORDS,
                    lexicon::DOCUMENT_WORDS,
                    lexicon::PERSON_ROLE_WORDS,
                ]
                .iter()
                .any(|list| contains(list, w)))
    };
    // The word opening the complement, when a known head noun stands before it.
    let complement = head_words
        .iter()
        .skip(1)
        .position(|w| contains(COMPLEMENT_OPENERS, &bare(&text[w.clone()])))
        .map(|k| k + 1)
        .filter(|&k| known(&bare(&text[head_words[k - 1].clone()])));
    let hb = complement
        .map_or(head_words.last(), |k| head_words.get(k - 1))
        .map(|w| bare(&text[w.clone()]).into_owned())
        .unwrap_or(hb.into_owned());
    let first = ws.first().map(|w| bare(&text[w.clone()])).unwrap_or_default();
    // "people familiar with the talks", "officials close to the campaign": those who know, unnamed.
    // "people with knowledge of the talks", "a person with direct knowledge of …" too.
    let knowing = complement.is_some_and(|k| {
        let opener = bare(&text[head_words[k].clone()]);
        matches!(opener.as_ref(), "familiar" | "close" | "involved")
            || opener == "with"
                && head_words[k + 1..].iter().take(2).any(|w| bare(&text[w.clone()]) == "knowledge")
    });
    let kind = if knowing {
        SpeakerKind::Anonymous
    } else if contains(lexicon::DOCUMENT_WORDS, &hb) {
        SpeakerKind::Document
    } else if contains(lexicon::ORG_WORDS, &hb) {
        SpeakerKind::Organization
    } else if contains(
        &["sources", "officials", "diplomats", "aides", "insiders", "advisers", "staffers"],
        &hb,
    ) {
        SpeakerKind::Anonymous
    } else if contains(lexicon::GROUP_WORDS, &hb)
        || (hb.ends_with('s') && !contains(lexicon::ANONYMOUS_WORDS, &hb))
    {
        SpeakerKind::Group
    } else {
        SpeakerKind::Anonymous
    };
    let _ = first;
    Np { head, span, descriptor: None, form: Form::Description, kind }
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// A description without what follows its noun: a participle ("a poll released on Thursday"),
/// a date ("prosecutors in April", "a report Tuesday"), a relative clause ("voters who …").
/// Prepositional complements stay: "people familiar with the talks", "a report by the agency".
fn core_description(text: &str, span: Range<usize>) -> Range<usize> {
    let ws = words(text, span.clone());
    let b = |k: usize| bare(&text[ws[k].clone()]);
    let date = |k: usize| {
        let w = &text[ws[k].clone()];
        // "in June" is a date; "a June 2011 memo" is not.
        contains(lexicon::WEEKDAYS, &b(k))
            || is_cap(w)
                && contains(MONTHS, &b(k))
                && b(k) != "may"
                && contains(&["in", "on", "since", "last", "this", "early", "late"], &b(k - 1))
    };
    for k in 1..ws.len() {
        let w = &text[ws[k].clone()];
        let plain = is_gap_plain(&text[ws[k - 1].end..ws[k].start], &text[ws[k - 1].clone()]);
        let next = (k + 1 < ws.len()).then(|| b(k + 1));
        let relative = matches!(b(k).as_str(), "who" | "whom" | "whose" | "which" | "that");
        // "released on Thursday", "conducted by", "filed last week": not "the retired judge".
        const PLACE_PREPOSITIONS: &[&str] =
            &["through", "outside", "inside", "across", "around", "along", "near", "into", "toward"];
        let participle = !is_cap(w)
            && b(k).ends_with("ed")
            && b(k).len() > 4
            && !contains(lexicon::DETERMINERS, &b(k - 1))
            && next.as_deref().is_none_or(|n| {
                contains(
                    &["on", "in", "by", "at", "last", "this", "earlier", "as", "to", "for", "from", "after"],
                    n,
                ) || contains(lexicon::WEEKDAYS, n)
                    || contains(PLACE_PREPOSITIONS, n)
                    || n.ends_with("ly")
            })
            // "protesters marching through the streets": an "-ing" participle before a place.
            || is_participle(w)
                && next
                    .as_deref()
                    .is_some_and(|n| contains(PLACE_PREPOSITIONS, n) || contains(&["in", "on", "at", "from"], n));
        let dated = date(k) || contains(&["yesterday", "today"], &b(k));
        if !plain || relative || participle || dated {
            // "in April": the preposition goes with the date.
            let cut = if dated && contains(&["in", "on", "since", "last", "this", "early", "late"], &b(k - 1))
            {
                k - 1
            } else {
                k
            };
            if cut >= 1 {
                return ws[0].start..ws[cut - 1].end;
            }
            break;
        }
    }
    span
}

/// The length of a time stamp glued to the next word: "52PM" in "52PMBush", else 0.
fn glued_time(s: &str) -> usize {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &s[digits..];
    let marker = ["AM", "PM", "am", "pm"].iter().find(|m| rest.starts_with(*m));
    match marker {
        Some(m) if digits > 0 && rest[m.len()..].starts_with(|c: char| c.is_uppercase()) => digits + m.len(),
        _ => 0,
    }
}

/// Types a capitalised name.
fn name_kind(text: &str, name: Range<usize>) -> SpeakerKind {
    let ws = words(text, name);
    let last = ws.last().map(|w| &text[w.clone()]).unwrap_or("");
    let lb = bare(last);
    let acronym = last.len() >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.' || c == '&');
    // "the American Community Survey", "the Mueller Report": a document's title.
    let document = ws.len() > 1
        && contains(lexicon::DOCUMENT_WORDS, &lb)
        && !last.ends_with("’s")
        && !last.ends_with("'s");
    // "the Saudis", "the Kurds": a people named by one plural word.
    let people = ws.len() == 1
        && lb.ends_with('s')
        && !lb.ends_with("ss")
        && !last.ends_with("’s")
        && !last.ends_with("'s")
        && !contains(lexicon::ORG_WORDS, &lb)
        && text[..ws[0].start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|p| p == "the" || p == "The");
    if contains(lexicon::GROUP_WORDS, &lb) || people {
        SpeakerKind::Group
    } else if document {
        SpeakerKind::Document
    } else if acronym
        || ws.iter().any(|w| contains(lexicon::ORG_WORDS, &bare(&text[w.clone()])) && ws.len() > 1)
        || contains(lexicon::ORG_WORDS, &lb)
    {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Person
    }
}

/// The subject that starts at `lo` (after an inverted cue: "said the leaflets, which …"),
/// looking no further than `hi`.
pub(crate) fn subject_after(text: &str, lo: usize, hi: usize) -> Option<Np> {
    let ws = words(text, lo..hi);
    let first = ws.first()?;
    if !text[lo..first.start].trim().is_empty() {
        return None;
    }
    let fb = bare(&text[first.clone()]);
    // "Standing in the arena, Jane Roe read …", "Back in 1999, Roe said …": a clause's subject
    // comes after a fronted adjunct.
    if let Some(k) = fronted_adjunct(text, &ws)
        && !after_cue(text, lo)
    {
        return subject_after(text, ws[k].start, hi);
    }
    if contains(lexicon::PRONOUNS, &fb) && fb != "that" && fb != "which" && fb != "who" {
        return Some(pronoun(first.clone()));
    }
    let mut j = 0;
    while j < ws.len() && j < 14 {
        let w = &text[ws[j].clone()];
        let b = bare(w);
        if j > 0 {
            let gap = &text[ws[j - 1].end..ws[j].start];
            if !is_gap_plain(gap, &text[ws[j - 1].clone()]) {
                break;
            }
        }
        // "a memo released Friday by the agency's watchdog", "a poll conducted last week":
        // after a participle, dates and the agent belong to the noun phrase.
        let after_participle = ws[..j].iter().any(|w| {
            let p = &text[w.clone()];
            !is_cap(p) && p.ends_with("ed") && !lexicon::is_cue_verb(&bare(p))
        });
        let dated = after_participle
            && (contains(lexicon::WEEKDAYS, &b)
                || matches!(
                    b.as_str(),
                    "last"
                        | "this"
                        | "week"
                        | "month"
                        | "year"
                        | "yesterday"
                        | "today"
                        | "by"
                        | "in"
                        | "on"
                        | "earlier"
                ));
        // "a source on the call", "a person familiar with the talks", "an aide close to him":
        // a description keeps its post-modifier, unless it names an occasion or a date.
        let description = contains(lexicon::DETERMINERS, &bare(&text[ws[0].clone()]));
        let post_modifier = description
            && j > 0
            && matches!(
                b.as_str(),
                "on" | "in" | "with" | "from" | "close" | "familiar" | "involved" | "inside" | "near"
            )
            && !ws[j + 1..ws.len().min(j + 5)].iter().any(|w| {
                let b = bare(&text[w.clone()]);
                contains(lexicon::WEEKDAYS, &b)
                    || matches!(
                        b.as_str(),
                        "statement"
                            | "interview"
                            | "email"
                            | "e-mail"
                            | "speech"
                            | "conference"
                            | "briefing"
                            | "tweet"
                            | "post"
                            | "letter"
                            | "release"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "week"
                            | "twitter"
                            | "facebook"
                            | "television"
                            | "radio"
                            | "tv"
                            | "appearance"
                    )
            });
        let ok = dated
            || post_modifier
            || (j == 0 && contains(lexicon::DETERMINERS, &b))
            || (j > 0
                && contains(&["of", "for", "to", "at", "and", "&", "de", "van", "von", "al", "bin"], &b))
            || (word_ok_in_np(w) && !contains(lexicon::DETERMINERS, &b))
            || (j > 0
                && contains(&["the", "a", "an"], &b)
                && (contains(&["of", "for", "to", "at"], &bare(&text[ws[j - 1].clone()]))
                    || (after_participle || description)
                        && contains(&["by", "in", "on", "with", "from"], &bare(&text[ws[j - 1].clone()]))));
        if !ok {
            break;
        }
        j += 1;
    }
    while j > 0
        && (contains(lexicon::NP_LINK, &bare(&text[ws[j - 1].clone()]))
            || contains(lexicon::DETERMINERS, &bare(&text[ws[j - 1].clone()])))
    {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let a = ws[0].start..ws[j - 1].end;
    // "…," said the plan would fail: after a cue, a noun phrase followed by its own verb is
    // the subject of reported content, not the speaker.
    if j < ws.len()
        && text[ws[j - 1].end..ws[j].start].trim().is_empty()
        && after_cue(text, lo)
        && contains(lexicon::FINITE_AUX, &bare(&text[ws[j].clone()]))
    {
        return None;
    }
    // "according to a report by the agency", "said a source who was not authorized to speak":
    // the mention as written runs to the end of the clause; the head stays the noun phrase.
    if j < ws.len()
        && text[ws[j - 1].end..ws[j].start].trim().is_empty()
        && let Some(end) = post_modifier_end(text, &ws[j..], hi, lo, &bare(&text[ws[j - 1].clone()]))
    {
        let np = classify(text, a.clone());
        if np.form != Form::Pronoun {
            return Some(Np { span: np.span.start..end, ..np });
        }
    }
    // "said Rep. Jane Roe (D-Ohio), a member of the committee": the party and what follows it
    // belong to the mention as written.
    let after_a = &text[a.end..hi];
    if let Some(open) = after_a.find('(').filter(|&o| after_a[..o].trim().is_empty())
        && let Some(close) = after_a[open..].find(')').filter(|&c| c <= 40).map(|c| a.end + open + c + 1)
        && !text[a.end + open + 1..close - 1].contains('(')
    {
        let np = classify(text, a.clone());
        let opens = opens_clause(text, lo);
        let k = ws.partition_point(|w| w.start < close);
        let tail = &text[close..hi];
        if np.form == Form::Name {
            if tail.chars().all(|c| c.is_whitespace() || ",.;:!?".contains(c)) {
                return Some(Np { span: np.span.start..close, ..np });
            }
            if tail.trim_start().starts_with(',')
                && k < ws.len()
                && !opens
                && let Some(end) = trailing_description(text, &ws[k..], hi, opens)
            {
                return Some(Np { span: np.span.start..end, descriptor: Some(ws[k].start..end), ..np });
            }
        }
    }
    // "said Jan Egeland, Special Advisor …" / "said Peter Cook, Carter’s press secretary".
    if j < ws.len() && text[ws[j - 1].end..ws[j].start].trim() == "," {
        let rest = subject_after_plain(text, &ws[j..]);
        if let Some(b) = rest.clone().filter(|b| looks_like_role(text, b.clone())) {
            let np = classify(text, a.clone());
            if np.form == Form::Name {
                // "said Ann Poe, president of the Rail Institute, a group that studies trains".
                let end = trailing_description(text, &ws[j..], hi, opens_clause(text, lo))
                    .map_or(b.end, |e| e.max(b.end));
                return Some(Np { span: np.span.start..end, descriptor: Some(b.start..end), ..np });
            }
        }
        // "said another Twitter user, Johanna Bayer.": a description, then the name.
        if let Some(b) = rest.clone()
            && (classify(text, a.clone()).form == Form::Description
                || text[a.clone()].starts_with(|c: char| c.is_lowercase())
                    && contains(lexicon::DETERMINERS, &bare(&text[ws[0].clone()])))
            && (text[b.end..hi].chars().all(|c| c.is_whitespace() || ",.;:!?".contains(c))
                || text[b.end..hi].trim_start().starts_with(", who")
                // "…, adding that …": a participle after the name closes the mention.
                || text[b.end..hi].trim_start().strip_prefix(',').is_some_and(|r| {
                    r.split_whitespace().next().is_some_and(is_participle)
                }))
        {
            let name = classify(text, b.clone());
            if name.form == Form::Name && name.descriptor.is_none() {
                return Some(Np { span: a.start..b.end, descriptor: Some(a.clone()), ..name });
            }
        }
        // "said Kieran Suckling, who is executive director of …", "said Jeb Bush, the former
        // governor and a candidate" and "said Jane Roe, 41, of Dayton, a nurse at …": the
        // mention as written keeps the description.
        let np = classify(text, a.clone());
        if np.form == Form::Name
            && let Some(end) = trailing_description(text, &ws[j..], hi, opens_clause(text, lo))
        {
            let d = ws[j].start..end;
            return Some(Np { span: np.span.start..end, descriptor: Some(d), ..np });
        }
    }
    Some(classify(text, a))
}

/// Whether the subject after `lo` opens its sentence's content: "According to X, …" (not
/// "…, according to X, a professor at Y."), or is the addressee of "told X, …".
///
/// Also true when no reporting cue comes right before `lo` (the subject of a clause, as in
/// "Jane Roe (D), a lawyer, called for …"): only a source after its cue runs to the end of
/// the clause.
fn opens_clause(text: &str, lo: usize) -> bool {
    let before = text[..lo].trim_end();
    let prev = words_before(text, lo);
    let last = prev.last().map(|w| bare(&text[w.clone()])).unwrap_or_default();
    before.ends_with("According to")
        || !ends_with_cue(text, &prev)
        || matches!(
            last.as_str(),
            "told" | "tell" | "tells" | "telling" | "asked" | "asks" | "urged" | "warned" | "reminded"
        )
}

/// Where a forward scan from a clause's start ran on into the verb phrase: "Rubio pushed
/// back" (a name, then a lower-case word), "The real estate tycoon entered the race" (a
/// description, then a past tense). `None` for a subject that is all noun phrase: "The real
/// estate tycoon", "Syrian hackers", "Wall Street analysts", "Presumptive nominee Jane Roe".
pub(crate) fn verb_after_subject(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    let w = |k: usize| &text[ws[k].clone()];
    let first = bare(w(0));
    let k = (1..ws.len()).find(|&k| !is_cap(w(k)) && !contains(lexicon::NP_LINK, &bare(w(k))))?;
    let all_cap_before = (0..k).all(|x| is_cap(w(x)));
    // An adjective of nationality or party ("Syrian", "Republican", "Democratic", "Turkish")
    // modifies the noun after it.
    let adjective = |b: &str| {
        (b.ends_with("an") || b.ends_with("ic") || b.ends_with("ish") || b.ends_with("ese"))
            && !contains(lexicon::TITLES, b)
    };
    let past = bare(w(k)).ends_with("ed");
    let name_after = !past && (k + 1..ws.len()).any(|x| is_cap(w(x)));
    // "Scott's family", "Sanders’ supporters": a possessive goes on with its noun.
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| w(k - 1).ends_with(p))
        || text[ws[k - 1].end..ws[k].start].trim_start().starts_with(['\'', '’']);
    let noun_prefix =
        contains(lexicon::DETERMINERS, &first) || adjective(&bare(w(k - 1))) || name_after || possessive;
    // "Wall Street analysts were": a plural noun, then a verb.
    let plural_noun = bare(w(k)).ends_with('s')
        && ws.get(k + 1).is_some_and(|n| {
            let nb = bare(&text[n.clone()]);
            clause_word(&nb) || nb.ends_with("ed") || is_participle(&text[n.clone()])
        });
    // "Republicans on Capitol Hill seized …": a preposition before a name goes on with the
    // noun phrase.
    let preposition = matches!(
        bare(w(k)).as_str(),
        "on" | "at" | "from" | "with" | "inside" | "near" | "across" | "around" | "outside" | "within"
    ) && ws.get(k + 1).is_some_and(|n| is_cap(&text[n.clone()]));
    if all_cap_before && !noun_prefix && !plural_noun && !preposition {
        return Some(k);
    }
    // A description runs on to its verb: "One aide inside the campaign tried to …".
    // "Syrian hackers backing the regime hijacked …": a participle ends the noun phrase too.
    (k..ws.len()).find(|&x| {
        let b = bare(w(x));
        (b.ends_with("ed") && b.len() > 4 || is_participle(w(x)) || contains(lexicon::IRREGULAR_PASTS, &b))
            && !is_cap(w(x))
            && !contains(lexicon::DETERMINERS, &bare(w(x - 1)))
            && !contains(lexicon::NP_LINK, &bare(w(x - 1)))
            && x + 1 < ws.len()
    })
}

/// Whether a reporting cue ("said", "according to") comes right before `lo`.
fn after_cue(text: &str, lo: usize) -> bool {
    ends_with_cue(text, &words_before(text, lo))
}

/// The last few words before `lo`.
fn words_before(text: &str, lo: usize) -> Vec<Range<usize>> {
    let before = text[..lo].trim_end();
    words(text, near(text, 0, before.len(), 24)..before.len())
}

/// Whether the words `prev` end with a reporting cue ("said", "according to").
fn ends_with_cue(text: &str, prev: &[Range<usize>]) -> bool {
    let last = prev.last().map(|w| bare(&text[w.clone()])).unwrap_or_default();
    lexicon::is_cue_verb(&last)
        || last == "to" && prev.len() >= 2 && bare(&text[prev[prev.len() - 2].clone()]) == "according"
}

/// The word after a fronted adjunct that opens `ws` and ends at a comma: a participle phrase
/// ("Standing in the arena,", "Facing a hard race,"), an adverb ("Hastily,", "Back in 1999,",
/// "Shortly after the vote,").
pub(crate) fn fronted_adjunct(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    let first = &text[ws.first()?.clone()];
    let fb = bare(first);
    let second = ws.get(1).map(|w| bare(&text[w.clone()])).unwrap_or_default();
    let function_word = contains(
        &[
            "in", "on", "at", "off", "up", "out", "a", "an", "the", "his", "her", "their", "its", "to",
            "with", "from", "into", "through", "down", "back", "over", "after", "before", "by", "for",
            "about", "behind",
        ],
        &second,
    );
    let second_lower = ws.get(1).is_some_and(|w| !is_cap(&text[w.clone()]));
    let participle = is_cap(first) && fb.ends_with("ing") && fb.len() > 5 && (function_word || second_lower);
    let adverb = is_cap(first)
        && (fb.ends_with("ly") && fb.len() > 4 && !lexicon::is_cue_verb(&fb)
            || matches!(
                fb.as_str(),
                "back" | "alongside" | "amid" | "despite" | "following" | "perhaps" | "maybe" | "indeed"
            ));
    if !(participle || adverb) {
        return None;
    }
    let k = (2..ws.len().min(25)).find(|&k| text[ws[k - 1].end..ws[k].start].trim() == ",")?;
    // Nothing but the adjunct before the comma: no verb of its own.
    let verbless = ws[1..k].iter().all(|w| !clause_word(&bare(&text[w.clone()])));
    verbless.then_some(k)
}

/// Words that show a clause rather than a description: verbs, personal pronouns and
/// subordinators ("According to the UN, a military offensive could displace …").
fn clause_word(b: &str) -> bool {
    b.ends_with("n't")
        || b.ends_with("n’t")
        || matches!(
            b,
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "being"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "do"
                | "did"
                | "does"
                | "he"
                | "she"
                | "they"
                | "it"
                | "i"
                | "we"
                | "you"
                | "because"
                | "if"
                | "when"
                | "while"
                | "although"
                | "though"
                | "whether"
                | "unless"
                | "until"
                | "so"
                | "where"
                | "but"
                | "or"
        )
        // "said …" or "argues …", not the noun in "a think tank".
        || lexicon::is_cue_verb(b) && (b.ends_with("ed") || b.ends_with('s') || b == "said")
}

/// The end of a description that follows a name and a comma, running to the end of the
/// clause: "Jane Roe, a former adviser to the mayor and a director of the Budget Office",
/// "John Doe, 52, of Leeds, a partner at a firm that builds bridges", "Ann Poe, president of
/// the Rail Institute, a group that studies trains". `ws` starts with the description's first
/// word; `hi` ends the clause. A comma before a participle ("…, adding that …") ends it too.
/// `None` unless the description reaches the end that way and has no verb of its own outside
/// relative clauses.
fn trailing_description(text: &str, ws: &[Range<usize>], hi: usize, opens: bool) -> Option<usize> {
    let first = &text[ws.first()?.clone()];
    let fb = bare(first);
    let relative = |b: &str| matches!(b, "who" | "whose" | "whom");
    // "said X, saying …", "said X, referring to …": a participle, no description.
    let opener_ok = relative(&fb)
        || matches!(
            fb.as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "of" | "now" | "then"
        )
        || first.chars().next().is_some_and(|c| c.is_ascii_digit())
        || !opens && !is_participle(first) && !clause_word(&fb) && !lexicon::is_np_stop(&fb);
    if !opener_ok {
        return None;
    }
    description_run(text, ws, hi, opens, relative(&fb))
}

/// The end of a post-modifier right after a noun phrase, running to the end of the clause:
/// "a report by the agency", "people familiar with the plans", "officials who were not
/// authorized to speak", "documents filed in court that were later made public".
fn post_modifier_end(text: &str, ws: &[Range<usize>], hi: usize, lo: usize, np_last: &str) -> Option<usize> {
    let opens = opens_clause(text, lo);
    let first = &text[ws.first()?.clone()];
    let fb = bare(first);
    // "documents made public as part of …", "excerpts flagged as problematic by …".
    let as_after_participle = fb == "as" && (np_last.ends_with("ed") || np_last == "public");
    // "a report Tuesday from the station".
    let dated = contains(lexicon::WEEKDAYS, &fb)
        && ws.get(1).is_some_and(|w| matches!(bare(&text[w.clone()]).as_str(), "from" | "by" | "in"));
    let relative = matches!(fb.as_str(), "who" | "whom" | "whose" | "that");
    let opener_ok = relative
        || matches!(
            fb.as_str(),
            "with"
                | "by"
                | "from"
                | "at"
                | "of"
                | "for"
                | "in"
                | "on"
                | "about"
                | "among"
                | "inside"
                | "near"
                | "close"
                | "familiar"
                | "involved"
                | "made"
                | "obtained"
        )
        || !is_cap(first) && fb.ends_with("ed") && fb.len() > 4
        || as_after_participle
        || dated;
    if !opener_ok {
        return None;
    }
    // "According to cables that were later released, the envoy …": the source runs to the
    // comma that opens the content.
    if text[..lo].trim_end().ends_with("According to") {
        let mut in_relative = relative;
        for k in 1..ws.len().min(30) {
            let gap = &text[ws[k - 1].end..ws[k].start];
            if gap.trim() == "," {
                return Some(ws[k - 1].end);
            }
            if !is_gap_plain(gap, &text[ws[k - 1].clone()]) {
                return None;
            }
            let b = bare(&text[ws[k].clone()]);
            if matches!(b.as_str(), "who" | "whom" | "whose" | "that" | "which") {
                in_relative = true;
            } else if !in_relative && clause_word(&b) {
                return None;
            }
        }
        return None;
    }
    if opens {
        return None;
    }
    description_run(text, ws, hi, opens, relative)
}

/// The words of a description from `ws[0]` on, to the end of the clause (`hi`) or to a comma
/// before a participle or an adjunct; `None` when a verb shows a clause outside a relative.
fn description_run(
    text: &str,
    ws: &[Range<usize>],
    hi: usize,
    opens: bool,
    relative_first: bool,
) -> Option<usize> {
    let relative = |b: &str| matches!(b, "who" | "whose" | "whom");
    let mut end = ws[0].end;
    let mut in_relative = relative_first;
    let mut boundary = false;
    for k in 1..ws.len() {
        let gap = &text[ws[k - 1].end..ws[k].start];
        let w = &text[ws[k].clone()];
        let b = bare(w);
        let plain = gap.trim().is_empty() || is_gap_plain(gap, &text[ws[k - 1].clone()]);
        let comma = gap.trim() == ",";
        // After a comma the description goes on only with another description or a place
        // ("…, a think tank", "…, 41, of Dayton", "…in Nashville, Tennessee"); an adjunct or
        // a relative clause ("…, via email", "…, which connects …") is no part of it.
        // "friends, aides and allies": a list goes on after a comma.
        let listed = !is_cap(w)
            && !is_participle(w)
            && !lexicon::is_np_stop(&bare(w))
            && ws[k + 1..ws.len().min(k + 4)]
                .iter()
                .any(|x| matches!(bare(&text[x.clone()]).as_str(), "and" | "or"));
        let goes_on = |w: &str| {
            listed
                || matches!(
                    bare(w).as_str(),
                    "a" | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "and"
                        | "now"
                        | "of"
                        | "along"
                        | "including"
                )
                || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || is_cap(w) && !relative(&bare(w))
        };
        if comma && !goes_on(w) {
            boundary = true;
            break;
        }
        if !(plain || comma && !opens) || k > 45 {
            break;
        }
        // "a firm that builds bridges": a relative clause may have its verb.
        if relative(&b) || b == "which" || b == "that" && plain && !is_cap(&text[ws[k - 1].clone()]) {
            in_relative = true;
        } else if !in_relative && clause_word(&b) {
            return None;
        }
        end = ws[k].end;
    }
    let rest = &text[end..hi];
    let to_end = rest.chars().all(|c| c.is_whitespace() || ",.;:!?".contains(c));
    (to_end || boundary && !opens).then_some(end)
}

/// Words up to the next punctuation.
fn subject_after_plain(text: &str, ws: &[Range<usize>]) -> Option<Range<usize>> {
    let first = ws.first()?;
    let mut end = first.end;
    for k in 1..ws.len() {
        let gap = &text[ws[k - 1].end..ws[k].start];
        if !is_gap_plain(gap, &text[ws[k - 1].clone()]) || k > 14 {
            break;
        }
        end = ws[k].end;
    }
    (!contains(&["who", "which", "whose"], &bare(&text[first.clone()]))).then_some(first.start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (construction, text, cue word, expected head, expected kind)
    const BEFORE: &[(&str, &str, &str, &str, SpeakerKind)] = &[
        ("anonymous", "A Russian source told", "told", "A Russian source", SpeakerKind::Anonymous),
        (
            "pre-modified name",
            "the Russian Foreign Ministry’s official spokesperson Maria Zakharova told",
            "told",
            "Maria Zakharova",
            SpeakerKind::Person,
        ),
        (
            "apposition without closing comma",
            "Meanwhile, Jan Egeland, Special Advisor to the UN Special Envoy for Syria said",
            "said",
            "Jan Egeland",
            SpeakerKind::Person,
        ),
        (
            "apposition with closing comma",
            "Carter’s press secretary, Peter Cook, told",
            "told",
            "Peter Cook",
            SpeakerKind::Person,
        ),
        ("pronoun", "He said", "said", "He", SpeakerKind::Person),
        ("auxiliaries", "Sen. Ted Cruz has also said", "said", "Ted Cruz", SpeakerKind::Person),
        (
            "organisation",
            "The New York Times reported",
            "reported",
            "New York Times",
            SpeakerKind::Organization,
        ),
        ("group", "Republicans say", "say", "Republicans", SpeakerKind::Group),
        ("document", "a statement said", "said", "a statement", SpeakerKind::Document),
        (
            "clause before",
            "Despite a preparation to start the battle, the Russian source said",
            "said",
            "the Russian source",
            SpeakerKind::Anonymous,
        ),
        ("titled name of a place", "Sen. Jane Roe of Ohio said", "said", "Jane Roe", SpeakerKind::Person),
        (
            "name of an institution",
            "Amy Doe of the Institute of Marine Science said",
            "said",
            "Amy Doe",
            SpeakerKind::Person,
        ),
        (
            "two people of two places",
            "Sens. Jane Roe of Ohio and John Doe of Utah said",
            "said",
            "Utah",
            SpeakerKind::Person,
        ),
        (
            "participle and date after a description",
            "A watchdog report released on Monday found",
            "found",
            "A watchdog report",
            SpeakerKind::Document,
        ),
        (
            "month after a preposition",
            "federal auditors in March said",
            "said",
            "federal auditors",
            SpeakerKind::Group,
        ),
        (
            "relative aside with inner commas",
            "Jane Roe, who grew up in Dayton, Ohio, in the 1990s, said",
            "said",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "object of a verb before a participle cue",
            "Jane Roe issued a statement saying",
            "saying",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "time adjunct between subject and cue",
            "Her close friends have in the past said",
            "said",
            "Her close friends",
            SpeakerKind::Anonymous,
        ),
        (
            "noun ending in -ing before the cue",
            "the bankruptcy filing said",
            "said",
            "the bankruptcy filing",
            SpeakerKind::Document,
        ),
        (
            "object after a verb and a particle",
            "Jane Roe started out the debate saying",
            "saying",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "name, description and a second name in an aside",
            "Jane Roe, the editor of the weekly, The Daily Post, said",
            "said",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "relative aside with an inner apposition",
            "Jane Roe, whose firm, Acme, makes tools, said",
            "said",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "party then an apposition without a closing comma",
            "Sen. Jane Roe (D-Ohio), a supporter of the bill told",
            "told",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        ("abbreviated title", "Del. Jane Roe said", "said", "Jane Roe", SpeakerKind::Person),
        (
            "live blog time stamp glued to a name",
            "12:52PMJane Roe says",
            "says",
            "Jane Roe",
            SpeakerKind::Person,
        ),
        (
            "age and hometown aside",
            "Ann Poe, 41, of Leeds, Md., said",
            "said",
            "Ann Poe",
            SpeakerKind::Person,
        ),
        (
            "participle aside before the cue",
            "Sen. Jane Roe, facing a hard race in Ohio, a swing state, said",
            "said",
            "Jane Roe",
            SpeakerKind::Person,
        ),
    ];

    #[test]
    fn subjects_before_the_cue() {
        for (name, text, cue, head, kind) in BEFORE {
            let at = text.rfind(cue).expect("cue in case");
            let np = subject_before(text, 0, at).unwrap_or_else(|| panic!("{name}: no subject"));
            assert_eq!(&text[np.head.clone()], *head, "{name}");
            assert_eq!(np.kind, *kind, "{name}");
        }
    }

    #[test]
    fn a_noun_use_of_a_cue_has_no_subject() {
        let text = "“It is late,” said the plan would fail.";
        assert_eq!(subject_after(text, text.find("said").expect("cue") + 4, text.len()), None);
    }

    #[test]
    fn verb_forms_are_no_subjects() {
        for (name, text, cue) in [
            ("perfect participle", "The mayor spoke -- having suggested", "suggested"),
            ("participle after a comma", "The mayor spoke, committing repeated", "repeated"),
            ("past tense after a pronoun", "the scholars I interviewed thought", "thought"),
        ] {
            assert_eq!(subject_before(text, 0, text.rfind(cue).expect("cue")), None, "{name}");
        }
    }

    #[test]
    fn subjects_after_the_cue() {
        let text = "said the leaflets, which were stamped";
        let np = subject_after(text, 5, text.len()).expect("subject");
        assert_eq!(&text[np.head.clone()], "the leaflets");
        assert_eq!(np.kind, SpeakerKind::Document);
        let text = "said Jan Egeland, Special Advisor to the UN.";
        let np = subject_after(text, 5, text.len()).expect("subject");
        assert_eq!(&text[np.head.clone()], "Jan Egeland");
        assert_eq!(np.descriptor.map(|d| &text[d]), Some("Special Advisor to the UN"));
    }
}

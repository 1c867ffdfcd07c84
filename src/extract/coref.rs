//! Coreference within one article: every speaker mention becomes one [`Speaker`].
//!
//! Design choice: a single pass in article order with "most recent compatible entity" rules,
//! the way a reader resolves them: a surname joins the person with that surname ("Zakharova"
//! → "Maria Zakharova"), a definite description joins the latest entity described by the same
//! noun ("the source" → "a Russian source") or, for a role noun, the latest person ("the UN top
//! diplomat" → "Jan Egeland"), a pronoun joins the latest speaker of matching number. When no
//! antecedent fits, a pronoun stays unresolved rather than guessed.

use super::lexicon::{self, AsStr, bare, contains};
use super::sentences::words;
use super::speakers::{Form, Np, classify};
use super::{Speaker, SpeakerKind};

/// Book-keeping for one entity while the article is read.
#[derive(Debug, Clone)]
struct Entity {
    speaker: Speaker,
    /// Lower-cased words of the name and every descriptor seen, for description matching.
    words: Vec<String>,
    /// Whether the entity is one person/thing (for "he" vs "they").
    singular: bool,
    /// The descriptor text of its first mention with one.
    descriptor: Option<String>,
    /// Gender, when a title or a descriptor showed it (a resolved pronoun does not: one wrong
    /// link would then bar every right one after it).
    gender: Option<Gender>,
}

/// What "he" and "she" agree with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gender {
    Female,
    Male,
}

/// The gender a mention's words show: a title (`Mrs.`, `Mr.`) or a noun (`wife`,
/// `spokesman`). A possessor names someone else (`Mrs. Clinton's aide`) and is skipped. In a
/// descriptor (`titles` false) only nouns count, and only before a preposition: `an adviser to
/// Mrs. Clinton`, `the owner of the Miss Universe pageant` describe a man.
fn gender_of(mention: &str, titles: bool) -> Option<Gender> {
    const FEMALE: &[&str] = &[
        "mrs",
        "ms",
        "miss",
        "madam",
        "wife",
        "woman",
        "mother",
        "daughter",
        "sister",
        "grandmother",
        "widow",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "actress",
        "queen",
        "princess",
        "girl",
        "lady",
    ];
    const MALE: &[&str] = &[
        "mr",
        "husband",
        "man",
        "father",
        "son",
        "brother",
        "grandfather",
        "widower",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "actor",
        "king",
        "prince",
        "boy",
    ];
    let possessive =
        |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’');
    let mut words = mention
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(w) = words.next() {
        if !titles && matches!(w, "to" | "of" | "for" | "with" | "at" | "from" | "by" | "in" | "on") {
            return None;
        }
        // A possessor and its title name someone else: `Mrs. Clinton's aide` describes the aide.
        let possessor = possessive(w) || words.peek().is_some_and(|n| possessive(n));
        let title = ["mrs", "ms", "miss", "madam", "mr"].iter().any(|t| w.eq_ignore_ascii_case(t));
        if possessor || matches!(w, "her" | "his") || !titles && title {
            continue;
        }
        if contains(FEMALE, w) {
            return Some(Gender::Female);
        }
        if contains(MALE, w) {
            return Some(Gender::Male);
        }
    }
    None
}

/// How a mention was resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Resolution {
    /// Index into the speakers list.
    pub speaker: usize,
    /// Certainty of the link, 0 to 1.
    pub certainty: f32,
}

/// Resolves the speaker mentions of an article in order.
#[derive(Debug, Default)]
pub(crate) struct Resolver {
    entities: Vec<Entity>,
    /// Entity indices by recency, most recent last.
    recent: Vec<usize>,
}

fn equivalent(a: &str, b: &str) -> bool {
    let spokes = |w: &str| w.starts_with("spokes");
    a == b || (spokes(a) && spokes(b)) || (a.trim_end_matches('s') == b.trim_end_matches('s') && a.len() > 3)
}

impl Resolver {
    /// The speakers found so far.
    pub(crate) fn into_speakers(self) -> Vec<Speaker> {
        self.entities.into_iter().map(|e| e.speaker).collect()
    }

    fn touch(&mut self, i: usize) {
        self.recent.retain(|&r| r != i);
        self.recent.push(i);
    }

    fn add_alias(&mut self, i: usize, alias: &str, descriptor: Option<&str>) {
        let e = &mut self.entities[i];
        if !e.speaker.aliases.iter().any(|a| a == alias) {
            e.speaker.aliases.push(alias.to_string());
        }
        for w in alias.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()) {
            e.words.push(bare(w).into_owned());
        }
        if let Some(d) = descriptor {
            for w in d.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()) {
                e.words.push(bare(w).into_owned());
            }
            if e.descriptor.is_none() {
                e.descriptor = Some(d.to_string());
            }
        }
        self.touch(i);
    }

    fn create(&mut self, name: &str, kind: SpeakerKind, singular: bool) -> usize {
        self.entities.push(Entity {
            speaker: Speaker {
                name: name.to_string(),
                kind,
                role: None,
                affiliation: None,
                aliases: Vec::new(),
            },
            words: Vec::new(),
            singular,
            descriptor: None,
            gender: None,
        });
        self.entities.len() - 1
    }

    /// Resolves one mention; `None` when it is a pronoun with no fitting antecedent.
    pub(crate) fn resolve(&mut self, text: &str, np: &Np) -> Option<Resolution> {
        let shown = (np.form != Form::Pronoun)
            .then(|| {
                let words = &text[np.span.start.min(np.head.start)..np.head.end];
                gender_of(words, true)
                    .or_else(|| np.descriptor.clone().and_then(|d| gender_of(&text[d], false)))
            })
            .flatten();
        let resolution = self.resolve_mention(text, np, shown)?;
        let e = &mut self.entities[resolution.speaker];
        e.gender = e.gender.or(shown);
        Some(resolution)
    }

    fn resolve_mention(&mut self, text: &str, np: &Np, shown: Option<Gender>) -> Option<Resolution> {
        match np.form {
            Form::Pronoun if np.head != np.span => {
                // A relative pronoun carrying its antecedent ("Trump, who said …").
                let antecedent = classify(text, np.head.clone());
                if antecedent.form == Form::Pronoun {
                    return None;
                }
                self.resolve_mention(text, &antecedent, shown)
                    .map(|r| Resolution { certainty: r.certainty * 0.9, ..r })
            }
            Form::Pronoun => self.pronoun(lexicon::uncontracted(&bare(&text[np.span.clone()]))),
            Form::Name => Some(self.name(text, np, shown)),
            Form::Description => Some(self.description(text, np)),
        }
    }

    fn pronoun(&mut self, p: &str) -> Option<Resolution> {
        // "he" never goes to a person shown to be a woman, "she" never to a man.
        let agrees = |e: &Entity| match p {
            "he" => e.gender != Some(Gender::Female),
            "she" => e.gender != Some(Gender::Male),
            _ => true,
        };
        let want = |e: &Entity| match p {
            "he" | "she" | "i" | "who" => {
                e.singular
                    && matches!(e.speaker.kind, SpeakerKind::Person | SpeakerKind::Anonymous)
                    && agrees(e)
            }
            "they" => !e.singular || matches!(e.speaker.kind, SpeakerKind::Organization | SpeakerKind::Group),
            "it" => matches!(e.speaker.kind, SpeakerKind::Organization | SpeakerKind::Document),
            "we" => matches!(e.speaker.kind, SpeakerKind::Organization | SpeakerKind::Group) || !e.singular,
            _ => false,
        };
        let i = *self.recent.iter().rev().find(|&&i| want(&self.entities[i]))?;
        self.touch(i);
        Some(Resolution { speaker: i, certainty: 0.7 })
    }

    fn name(&mut self, text: &str, np: &Np, shown: Option<Gender>) -> Resolution {
        let name = &text[np.head.clone()];
        let descriptor = np.descriptor.clone().map(|d| text[d].to_string());
        let toks: Vec<String> =
            words(text, np.head.clone()).into_iter().map(|w| bare(&text[w]).into_owned()).collect();
        let key =
            toks.iter().filter(|t| !matches!(t.as_str(), "the" | "a" | "an")).cloned().collect::<Vec<_>>();
        let found = self.entities.iter().position(|e| {
            let etoks: Vec<String> =
                e.speaker.name.split_whitespace().map(|w| bare(w).into_owned()).collect();
            if e.speaker.kind != np.kind
                && !(np.kind == SpeakerKind::Person && e.speaker.kind == SpeakerKind::Person)
            {
                return etoks == key;
            }
            match np.kind {
                // "Mrs. Clinton" is not "Mr. Clinton".
                SpeakerKind::Person if shown.is_some() && e.gender.is_some() && shown != e.gender => false,
                SpeakerKind::Person => {
                    etoks.last() == key.last()
                        && (etoks.len() == 1
                            || key.len() == 1
                            || etoks.first() == key.first()
                            || e.speaker.aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
                }
                _ => etoks == key,
            }
        });
        let i = match found {
            Some(i) => {
                if name.split_whitespace().count() > self.entities[i].speaker.name.split_whitespace().count()
                {
                    self.entities[i].speaker.name = name.to_string();
                }
                i
            }
            None => {
                // "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas": two people, a
                // "they" and never a "she".
                let before = &text[np.span.start..np.head.start];
                let coordinated = before.contains(" and ")
                    && before.split(" and ").next().is_some_and(|a| a.contains(char::is_uppercase));
                let singular = np.kind != SpeakerKind::Group && !coordinated;
                self.create(name, np.kind, singular)
            }
        };
        self.add_alias(i, name, descriptor.as_deref());
        Resolution { speaker: i, certainty: 0.95 }
    }

    fn description(&mut self, text: &str, np: &Np) -> Resolution {
        // The head without asides and post-modifiers ("the lawmaker, who represents …").
        let phrase = &text[np.head.clone()];
        let ws = words(text, np.head.clone());
        let first = ws.first().map(|w| bare(&text[w.clone()])).unwrap_or_default();
        let head = ws.last().map(|w| bare(&text[w.clone()])).unwrap_or_default();
        let definite = matches!(first.as_str(), "the" | "this" | "that");
        let plural = head.ends_with('s') && !head.ends_with("ss");
        if definite {
            let modifiers: Vec<String> = ws
                .iter()
                .map(|w| bare(&text[w.clone()]).into_owned())
                .filter(|w| !contains(lexicon::DETERMINERS, w))
                .collect();
            // "The Post's reporting" is not "Acme's reporting", "the Trump campaign" is not "the
            // Clinton campaign": a possessor or a name among the modifiers names the owner, which
            // the antecedent must share.
            let possessors: Vec<String> = ws
                .iter()
                .skip(1)
                .map(|w| &text[w.clone()])
                .filter(|w| w.ends_with("'s") || w.ends_with("’s") || w.starts_with(char::is_uppercase))
                .map(|w| bare(w).into_owned())
                .collect();
            // 1. The latest entity described by the same head noun.
            let same_head = self.recent.iter().rev().copied().find(|&i| {
                let e = &self.entities[i];
                e.words.iter().any(|w| equivalent(w, &head)) && possessors.iter().all(|p| e.words.contains(p))
            });
            // 2. For a role noun, the latest person, preferring one sharing a modifier ("UN").
            let role = || -> Option<usize> {
                if !contains(lexicon::PERSON_ROLE_WORDS, &head) || plural {
                    return None;
                }
                let persons: Vec<usize> = self
                    .recent
                    .iter()
                    .rev()
                    .copied()
                    .filter(|&i| self.entities[i].speaker.kind == SpeakerKind::Person)
                    .collect();
                persons
                    .iter()
                    .copied()
                    .find(|&i| modifiers.iter().any(|m| m != &head && self.entities[i].words.contains(m)))
                    .or_else(|| persons.first().copied())
            };
            if let Some(i) = same_head.or_else(role) {
                self.add_alias(i, phrase, None);
                return Resolution { speaker: i, certainty: 0.8 };
            }
        }
        let name = phrase.to_string();
        let existing = self.entities.iter().position(|e| e.speaker.name.eq_ignore_ascii_case(&name));
        let i = existing.unwrap_or_else(|| self.create(&name, np.kind, !plural));
        self.add_alias(i, phrase, None);
        Resolution { speaker: i, certainty: if definite { 0.7 } else { 0.85 } }
    }

    /// Sets role and affiliation of a speaker, keeping the first ones found.
    pub(crate) fn set_role(&mut self, speaker: usize, role: Option<String>, affiliation: Option<String>) {
        if let Some(e) = self.entities.get_mut(speaker) {
            if e.speaker.role.is_none() {
                e.speaker.role = role;
            }
            if e.speaker.affiliation.is_none() {
                e.speaker.affiliation = affiliation;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::speakers::subject_before;

    fn np(text: &str, cue: &str) -> Np {
        let at = text.find(cue).expect("cue present");
        subject_before(text, 0, at).expect("subject")
    }

    /// (construction, first mention, later mention, same speaker?)
    const CASES: &[(&str, &str, &str, bool)] = &[
        ("surname", "the spokesperson Maria Zakharova said", "Zakharova said", true),
        ("description", "A Russian source told", "the source said", true),
        (
            "role description",
            "Jan Egeland, Special Advisor to the UN Special Envoy for Syria said",
            "the UN top diplomat said",
            true,
        ),
        ("pronoun", "A Russian source told", "He said", true),
        ("different people", "Hillary Clinton said", "Donald Trump said", false),
        ("possessor named otherwise", "Acme's report said", "the company's report said", false),
        ("same head, other possessor", "Acme's report said", "The Post's report said", false),
        ("possessor shared", "The Post's report said", "the Post's report said", true),
        ("same head, other name modifier", "The Clinton campaign said", "the Trump campaign said", false),
        ("name modifier shared", "The Clinton campaign said", "the Clinton campaign said", true),
        ("surname, other title", "Mr. Clinton said", "Mrs. Clinton said", false),
        ("surname, same title", "Mrs. Clinton said", "Mrs. Clinton said", true),
        ("she is no man", "Mr. Roe said", "She said", false),
        ("he is no woman", "The spokeswoman said", "He said", false),
        ("a woman named in a descriptor", "Jake Roe, an adviser to Mrs. Clinton, said", "He said", true),
    ];

    #[test]
    fn mentions_resolve_to_earlier_speakers() {
        for (name, first, later, same) in CASES {
            let cue = |t: &str| if t.contains("told") { "told" } else { "said" };
            let mut r = Resolver::default();
            let a = r.resolve(first, &np(first, cue(first))).expect("first resolves");
            let b = r.resolve(later, &np(later, cue(later))).map(|x| x.speaker);
            assert_eq!(b == Some(a.speaker), *same, "{name}");
        }
    }
}

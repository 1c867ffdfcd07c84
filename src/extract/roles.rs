//! Roles and affiliations from the words next to a speaker's name: "the Russian Foreign
//! Ministry's official spokesperson", "White House press secretary", "Sen. (R-Texas)", "a
//! spokesman for the State Department", "Special Advisor to the UN Special Envoy for Syria".
//!
//! Design: a descriptor is a role only if it contains a role head noun from a closed lexicon
//! ("spokesperson", "senator", "CEO"...), or a title abbreviation ("Sen.", "Gov."). The
//! affiliation is then split off by the first shape that fits, in this order:
//! 1. a possessive owner: "the Russian Foreign Ministry's official spokesperson";
//! 2. an organisation after "of/for/at/with" following an employer-type head: "a spokesman for
//!    the State Department", "CEO of Apple" (not after place- or portfolio-taking heads, so
//!    "Special Envoy for Syria" and "Secretary of State" stay whole);
//! 3. a capitalised pre-modifier: "White House press secretary", "House Speaker",
//!    "Republican presidential candidate";
//! 4. otherwise the whole descriptor is the role and the affiliation is the first organisation
//!    named inside it ("Special Advisor to the UN Special Envoy for Syria" → "UN").
//!
//! Temporal modifiers ("former", "acting") stay on the role ("former press secretary") even
//! when the affiliation is split out. Parties are normalised to nouns: "Republican",
//! "Democrat", "Independent"; a congressional "(R-Texas)" gives "Republican, Texas".

use std::sync::LazyLock;

use regex::Regex;

/// A speaker's role and affiliation as the article describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role or title, without its affiliation ("official spokesperson", "Senator").
    pub role: Option<String>,
    /// The organisation, party or owner ("Russian Foreign Ministry", "Republican, Texas").
    pub affiliation: Option<String>,
}

/// A congressional party-and-state parenthetical inside a descriptor: "(R-Texas)", "(D-N.Y.)".
static PARTY_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(?:R|D|I|L|G|Ind|Rep|Dem)\.?\s*(?:[-–—,]\s*[^)]{1,30})?\)")
        .expect("PARTY_PAREN is a valid regex")
});

/// The parts of a party-and-state note: "R-Texas", "(D-N.Y.)", "(I)".
static PARTY_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s*\(?\s*
        (?P<party>R|D|I|L|G|Ind|Rep|Dem)\.?           # party letter or abbreviation
        \s*
        (?:[-–—,]\s*(?P<state>[\p{L}.'\x20]{2,30}?))?  # '-Texas', '-N.Y.', ', Fla.'
        \s*\)?\s*$",
    )
    .expect("PARTY_STATE is a valid regex")
});

/// An organisation named inside a descriptor: a capitalised name ending in an organisation
/// word ("Russian Foreign Ministry", "Council on Foreign Relations"), or a well-known body
/// ("UN", "White House", "Pentagon").
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?P<org>
            # 'House Intelligence Committee', 'Ministry of Foreign Affairs'
            (?:\p{Lu}[\w&.'’-]*\s+(?:(?:of|for|on|and|the)\s+)*)*
            (?:Ministry|Department|Agency|Committee|Council|Commission|Office|Party|University
              |Institute|Institution|Foundation|Bank|Corporation|Corp\.|Inc\.|Company|Group
              |Association|Organization|Organisation|Union|Court|Bureau|Authority
              |Administration|Service|Forces|Army|Navy|Command|Board|Fund|Campaign|Cabinet
              |Assembly|Parliament|Police|Reserve)(?-u:\b)
            (?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*)*)?
          | U\.N\.|U\.S\.                              # initialisms end in a period
          | (?:UN|United\s+Nations|EU|European\s+Union|NATO|IMF|World\s+Bank|WHO
              |White\s+House|Pentagon|Kremlin|Congress|Senate|FBI|CIA|NSA|Fed|OPEC
              |Red\s+Cross|Hamas|Hezbollah|Taliban|Vatican|Downing\s+Street)(?-u:\b)
        )",
    )
    .expect("ORGANISATION is a valid regex")
});

/// Leading words dropped from a descriptor: "the spokesman", "his spokesman".
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our"];

/// Parses the descriptor next to a name into a role and affiliation. Pass the descriptor
/// without the name itself ("Sen." and "(R-Texas)" around "Ted Cruz" become "Sen. (R-Texas)").
///
/// `None` when the descriptor has no role word ("the man", a plain name). A bare party note
/// ("(R-Texas)") gives a role of `None` with the party as affiliation.
pub fn parse_role(descriptor: &str) -> Option<Role> {
    // '(R-Texas)' anywhere in the descriptor.
    let party = PARTY_PAREN.find(descriptor).and_then(|m| party_state(m.as_str()).map(|p| (m.range(), p)));
    let text = match &party {
        Some((range, _)) => format!(
            "{} {}",
            descriptor.get(..range.start).unwrap_or(""),
            descriptor.get(range.end..).unwrap_or("")
        ),
        None => descriptor.to_owned(),
    };
    let party_affiliation = party.map(|(_, (party, state))| match state {
        Some(state) => format!("{party}, {state}"),
        None => party,
    });

    let text = main_description(&text);
    let mut words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', ';', ':']).to_owned())
        .filter(|w| !w.is_empty())
        .collect();
    if words.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str())) {
        words.remove(0);
    }
    // 'former', 'acting' stay with the role whatever the split.
    let temporal: Vec<String> = words.iter().take_while(|w| is_temporal(w)).cloned().collect();
    words.drain(..temporal.len());
    let had_abbreviation = words.iter().any(|w| expand_abbreviation(w).is_some());
    let words: Vec<String> =
        words.into_iter().map(|w| expand_abbreviation(&w).map_or(w, str::to_owned)).collect();

    if !had_abbreviation && !words.iter().any(|w| is_head(w)) {
        return party_affiliation.map(|affiliation| Role { role: None, affiliation: Some(affiliation) });
    }
    let (role, affiliation) = split_possessive(&words)
        .or_else(|| split_employer(&words))
        .or_else(|| split_premodifier(&words))
        .unwrap_or_else(|| (words.join(" "), organisation_in(&words.join(" "))));
    let role =
        temporal.iter().map(String::as_str).chain(role.split_whitespace()).collect::<Vec<_>>().join(" ");
    Some(Role { role: Some(role).filter(|r| !r.is_empty()), affiliation: party_affiliation.or(affiliation) })
}

/// The part of a long descriptor that names the role: without a relative clause ("an
/// economist at the institute who studies freight"), a second apposition ("president of the
/// institute, a group that …"), a second coordinated role ("a former adviser to the mayor and
/// a former director of …"), or a leading age and hometown ("41, of Leeds, a nurse at …").
fn main_description(descriptor: &str) -> String {
    let mut s = descriptor.to_owned();
    for cut in [" who ", " whose ", " which ", " that ", ", who", ", whose", ", which"] {
        if let Some(k) = s.find(cut) {
            s.truncate(k);
        }
    }
    for cut in [" and a ", " and an ", " and the ", " and one of "] {
        if let Some(k) = s.find(cut).filter(|&k| k > 0) {
            s.truncate(k);
        }
    }
    // Segments between commas outside parentheses.
    let mut segments = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (k, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth <= 0 => {
                segments.push(s[from..k].trim().to_owned());
                from = k + 1;
            }
            _ => {}
        }
    }
    segments.push(s[from..].trim().to_owned());
    let segments: Vec<String> = segments.into_iter().filter(|g| !g.is_empty()).collect();
    if segments.len() <= 1 {
        return s;
    }
    let age_or_home = |g: &str| g.chars().all(|c| c.is_ascii_digit()) || g.starts_with("of ");
    let rest: Vec<&String> = segments.iter().skip_while(|g| age_or_home(g)).collect();
    let role_like = |g: &str| {
        g.split_whitespace()
            .any(|w| is_head(w.trim_end_matches(['.', ','])) || expand_abbreviation(w).is_some())
    };
    rest.iter().find(|g| role_like(g)).or(rest.first()).map_or(s.clone(), |g| (*g).clone())
}

/// Reads a congressional party-and-state note: "(R-Texas)" → ("Republican", Some("Texas")),
/// "(D-N.Y.)" → ("Democrat", Some("New York")), "R-Fla." → ("Republican", Some("Florida")),
/// "(I)" → ("Independent", None). AP and postal state abbreviations are expanded.
pub fn party_state(paren: &str) -> Option<(String, Option<String>)> {
    let caps = PARTY_STATE.captures(paren)?;
    let party = match caps.name("party")?.as_str() {
        "R" | "Rep" => "Republican",
        "D" | "Dem" => "Democrat",
        "I" | "Ind" => "Independent",
        "L" => "Libertarian",
        "G" => "Green",
        _ => return None,
    };
    let state = caps
        .name("state")
        .map(|s| s.as_str().trim())
        .filter(|s| !s.is_empty())
        .map(|s| us_state(s).unwrap_or(s).to_owned());
    Some((party.to_owned(), state))
}

/// "the Russian Foreign Ministry's official spokesperson": the owner is the affiliation when
/// it is a name; "the president's spokesman" stays whole.
fn split_possessive(words: &[String]) -> Option<(String, Option<String>)> {
    let at = words.iter().position(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'"))?;
    let rest = words.get(at + 1..)?;
    if !rest.iter().any(|w| is_head(w)) {
        return None;
    }
    let owner_words = words.get(..=at)?;
    let last = owner_words.last()?;
    let last = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .or_else(|| last.strip_suffix('\''))
        .unwrap_or(last);
    let mut owner: Vec<&str> = owner_words[..at].iter().map(String::as_str).collect();
    owner.push(last);
    if !owner.iter().all(|w| starts_upper(w)) {
        return None;
    }
    Some((rest.join(" "), Some(owner.join(" "))))
}

/// "a spokesman for the State Department", "CEO of Apple", "professor of economics at
/// Harvard University": an employer-type head, then "of/for/at/with" and a name.
fn split_employer(words: &[String]) -> Option<(String, Option<String>)> {
    for (i, word) in words.iter().enumerate() {
        if !["of", "for", "at", "with"].contains(&word.as_str()) {
            continue;
        }
        let left = words.get(..i)?;
        let last_head = left.iter().rev().find(|w| is_head(w));
        if !last_head.is_some_and(|w| is_employer_head(w)) {
            continue;
        }
        let mut right: Vec<&str> = words.get(i + 1..)?.iter().map(String::as_str).collect();
        if right.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            right.remove(0);
        }
        let Some(first) = right.first() else { continue };
        // 'Secretary of State' is a title; 'spokesman for the State Department' is not.
        let is_title = is_portfolio(first) && !right.iter().any(|w| is_organisation_word(w));
        if !starts_upper(first) || is_title {
            continue;
        }
        return Some((left.join(" "), Some(right.join(" "))));
    }
    None
}

/// "White House press secretary", "House Speaker", "Republican presidential candidate",
/// "State Department spokesman": capitalised words before the role words.
fn split_premodifier(words: &[String]) -> Option<(String, Option<String>)> {
    let first_role_word = words.iter().position(|w| is_head(w) || is_role_modifier(w))?;
    let before = words.get(..first_role_word)?;
    // An organisation word reaching into the role words: 'State Department spokesman'.
    let org_end = words
        .iter()
        .take_while(|w| starts_upper(w))
        .enumerate()
        .filter(|(i, w)| is_organisation_word(w) && words[i + 1..].iter().any(|w| is_head(w)))
        .map(|(i, _)| i + 1)
        .last();
    let split = match org_end {
        Some(end) if end > before.len() => end,
        _ => before.iter().take_while(|w| starts_upper(w) && !is_temporal(w)).count(),
    };
    if split == 0 {
        return None;
    }
    let affiliation = words.get(..split)?.join(" ");
    let role = words.get(split..)?.join(" ");
    if role.is_empty() {
        return None;
    }
    Some((role, Some(party_name(&affiliation).unwrap_or(affiliation))))
}

/// The first organisation named in `text`.
fn organisation_in(text: &str) -> Option<String> {
    ORGANISATION.captures(text).and_then(|c| c.name("org")).map(|m| m.as_str().to_owned())
}

fn starts_upper(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
}

fn bare(word: &str) -> String {
    word.trim_end_matches(['.', ',', ';', ':']).trim_end_matches("'s").trim_end_matches("’s").to_lowercase()
}

/// Role head nouns: what makes a descriptor a role.
fn is_head(word: &str) -> bool {
    #[rustfmt::skip]
    const HEADS: &[&str] = &[
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "minister",
        "secretary", "president", "senator", "governor", "director", "adviser", "advisor", "envoy",
        "ambassador", "chairman", "chairwoman", "chairperson", "chair", "chief", "ceo", "cfo",
        "coo", "cto", "official", "officer", "aide", "strategist", "analyst", "professor",
        "representative", "congressman", "congresswoman", "lawmaker", "legislator", "leader",
        "mayor", "candidate", "nominee", "manager", "commissioner", "speaker", "executive",
        "founder", "co-founder", "head", "deputy", "counsel", "lawyer", "attorney", "judge",
        "justice", "general", "admiral", "colonel", "commander", "lieutenant", "captain",
        "sergeant", "economist", "researcher", "fellow", "scientist", "expert", "editor",
        "correspondent", "journalist", "reporter", "columnist", "host", "anchor", "member",
        "delegate", "diplomat", "negotiator", "coordinator", "rapporteur", "consul", "chancellor",
        "premier", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi",
        "imam", "sheikh", "emir", "treasurer", "whip", "staffer", "consultant", "pollster",
        "operative", "activist", "organizer", "organiser", "owner", "partner", "principal", "dean",
        "provost", "superintendent", "sheriff", "prosecutor", "solicitor", "auditor", "inspector",
        "investigator", "detective", "agent", "trooper", "soldier", "surrogate", "administrator",
        "secretary-general", "director-general", "president-elect", "vice-president",
        "governor-general", "reverend", "employee", "trustee", "ayatollah", "monarch", "chairmen",
        "officials", "spokesmen", "aides", "advisers", "advisors", "analysts", "leaders",
        "lawmakers", "ministers", "diplomats",
    ];
    let word = bare(word);
    HEADS.contains(&word.as_str()) || word.split('-').any(|part| part != word && HEADS.contains(&part))
}

/// Heads whose "of/for/at/with" object is the employer ("spokesman for the State
/// Department"); other heads take a place or portfolio ("envoy for Syria").
fn is_employer_head(word: &str) -> bool {
    #[rustfmt::skip]
    const EMPLOYER: &[&str] = &[
        "spokesperson", "spokesman", "spokeswoman", "ceo", "cfo", "coo", "cto", "chairman",
        "chairwoman", "chairperson", "chair", "president", "founder", "co-founder", "director",
        "head", "member", "professor", "leader", "official", "officer", "executive", "analyst",
        "fellow", "researcher", "economist", "lawyer", "attorney", "counsel", "manager", "editor",
        "correspondent", "strategist", "aide", "adviser", "advisor", "chief", "deputy", "employee",
        "staffer", "secretary-general", "director-general", "partner", "owner", "dean", "trustee",
        "governor", "scientist", "expert", "host", "anchor", "columnist", "reporter", "journalist",
        "consultant", "pollster",
    ];
    EMPLOYER.contains(&bare(word).as_str())
}

/// Words that modify a role head without being an affiliation ("press secretary", "Foreign
/// Minister", "Majority Leader"): where a capitalised pre-modifier stops.
fn is_role_modifier(word: &str) -> bool {
    #[rustfmt::skip]
    const MODIFIERS: &[&str] = &[
        "deputy", "senior", "chief", "special", "official", "press", "presidential", "vice",
        "assistant", "associate", "executive", "general", "top", "lead", "foreign", "defense",
        "defence", "finance", "interior", "prime", "majority", "minority", "campaign", "national",
        "security", "communications", "policy", "political", "economic", "military", "junior",
        "principal", "managing", "permanent", "first", "second", "ranking", "attorney", "surgeon",
        "solicitor", "high", "grand", "supreme", "state", "regional", "district", "county", "city",
        "federal", "senate", "house", "white", "major", "brigadier", "rear", "master",
    ];
    let lower = bare(word);
    // 'Senate', 'House' and 'White House' are affiliations when capitalised.
    if starts_upper(word) && ["senate", "house", "white", "state"].contains(&lower.as_str()) {
        return false;
    }
    MODIFIERS.contains(&lower.as_str())
}

/// "former", "acting", "then-": kept at the front of the role.
fn is_temporal(word: &str) -> bool {
    const TEMPORAL: &[&str] = &[
        "former", "then", "acting", "incoming", "outgoing", "interim", "late", "current", "longtime",
        "onetime", "one-time", "ex",
    ];
    let lower = bare(word);
    // Hyphenated forms ('then-candidate', 'ex-CIA director') stay one word of the role.
    TEMPORAL.contains(&lower.as_str())
}

/// Last words of an organisation name ("Foreign Ministry", "State Department").
fn is_organisation_word(word: &str) -> bool {
    #[rustfmt::skip]
    const ORGANISATION_WORDS: &[&str] = &[
        "ministry", "department", "agency", "committee", "council", "commission", "office",
        "party", "university", "institute", "foundation", "bank", "corporation", "company",
        "group", "association", "organization", "organisation", "union", "court", "bureau",
        "authority", "administration", "service", "forces", "army", "navy", "command", "board",
        "fund", "campaign", "cabinet", "assembly", "parliament", "police", "house", "pentagon",
        "kremlin", "reserve",
    ];
    ORGANISATION_WORDS.contains(&bare(word).as_str())
}

/// Capitalised objects of "of" that are part of a title, not an employer ("Secretary of
/// State", "Director of Communications").
fn is_portfolio(word: &str) -> bool {
    #[rustfmt::skip]
    const PORTFOLIOS: &[&str] = &[
        "state", "defense", "defence", "treasury", "homeland", "energy", "commerce", "labor",
        "labour", "agriculture", "interior", "education", "health", "transportation", "veterans",
        "housing", "foreign", "finance", "justice", "staff", "communications", "policy",
        "operations", "research", "strategy", "public", "government", "global", "sales",
        "marketing", "technology", "engineering", "economics", "security", "intelligence",
        "national", "political", "law", "history", "medicine",
    ];
    PORTFOLIOS.contains(&bare(word).as_str())
}

/// Title abbreviations used before names.
fn expand_abbreviation(word: &str) -> Option<&'static str> {
    let full = match word {
        "Sen." => "Senator",
        "Sens." => "Senators",
        "Rep." => "Representative",
        "Reps." => "Representatives",
        "Gov." => "Governor",
        "Lt." => "Lieutenant",
        "Gen." => "General",
        "Adm." => "Admiral",
        "Col." => "Colonel",
        "Maj." => "Major",
        "Capt." => "Captain",
        "Sgt." => "Sergeant",
        "Cmdr." => "Commander",
        "Atty." => "Attorney",
        "Sec." => "Secretary",
        "Amb." => "Ambassador",
        "Pres." => "President",
        "Supt." => "Superintendent",
        "Insp." => "Inspector",
        "Det." => "Detective",
        "Rev." => "Reverend",
        "Asst." => "Assistant",
        "Prof." => "Professor",
        "Gov.-elect" => "Governor-elect",
        _ => return None,
    };
    Some(full)
}

/// Party adjectives as affiliations: "Republican", "GOP" → "Republican"; "Democratic" →
/// "Democrat".
fn party_name(word: &str) -> Option<String> {
    let party = match word {
        "Republican" | "GOP" => "Republican",
        "Democratic" | "Democrat" => "Democrat",
        "Independent" => "Independent",
        "Libertarian" => "Libertarian",
        "Labour" => "Labour",
        "Conservative" | "Tory" => "Conservative",
        "Liberal" => "Liberal",
        "Green" => "Green",
        _ => return None,
    };
    Some(party.to_owned())
}

/// Full US state name for an AP or postal abbreviation ("N.Y.", "Fla.", "TX").
fn us_state(abbreviation: &str) -> Option<&'static str> {
    const STATES: &[(&str, &str, &str)] = &[
        ("Ala.", "AL", "Alabama"),
        ("Alaska", "AK", "Alaska"),
        ("Ariz.", "AZ", "Arizona"),
        ("Ark.", "AR", "Arkansas"),
        ("Calif.", "CA", "California"),
        ("Colo.", "CO", "Colorado"),
        ("Conn.", "CT", "Connecticut"),
        ("Del.", "DE", "Delaware"),
        ("Fla.", "FL", "Florida"),
        ("Ga.", "GA", "Georgia"),
        ("Hawaii", "HI", "Hawaii"),
        ("Idaho", "ID", "Idaho"),
        ("Ill.", "IL", "Illinois"),
        ("Ind.", "IN", "Indiana"),
        ("Iowa", "IA", "Iowa"),
        ("Kan.", "KS", "Kansas"),
        ("Ky.", "KY", "Kentucky"),
        ("La.", "LA", "Louisiana"),
        ("Maine", "ME", "Maine"),
        ("Md.", "MD", "Maryland"),
        ("Mass.", "MA", "Massachusetts"),
        ("Mich.", "MI", "Michigan"),
        ("Minn.", "MN", "Minnesota"),
        ("Miss.", "MS", "Mississippi"),
        ("Mo.", "MO", "Missouri"),
        ("Mont.", "MT", "Montana"),
        ("Neb.", "NE", "Nebraska"),
        ("Nev.", "NV", "Nevada"),
        ("N.H.", "NH", "New Hampshire"),
        ("N.J.", "NJ", "New Jersey"),
        ("N.M.", "NM", "New Mexico"),
        ("N.Y.", "NY", "New York"),
        ("N.C.", "NC", "North Carolina"),
        ("N.D.", "ND", "North Dakota"),
        ("Ohio", "OH", "Ohio"),
        ("Okla.", "OK", "Oklahoma"),
        ("Ore.", "OR", "Oregon"),
        ("Pa.", "PA", "Pennsylvania"),
        ("R.I.", "RI", "Rhode Island"),
        ("S.C.", "SC", "South Carolina"),
        ("S.D.", "SD", "South Dakota"),
        ("Tenn.", "TN", "Tennessee"),
        ("Texas", "TX", "Texas"),
        ("Utah", "UT", "Utah"),
        ("Vt.", "VT", "Vermont"),
        ("Va.", "VA", "Virginia"),
        ("Wash.", "WA", "Washington"),
        ("W.Va.", "WV", "West Virginia"),
        ("Wis.", "WI", "Wisconsin"),
        ("Wyo.", "WY", "Wyoming"),
        ("D.C.", "DC", "District of Columbia"),
    ];
    STATES
        .iter()
        .find(|(ap, postal, full)| *ap == abbreviation || *postal == abbreviation || *full == abbreviation)
        .map(|(_, _, full)| *full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::random_clauses;

    /// (name, descriptor, expected role, expected affiliation); `None` role and affiliation
    /// both `None` means `parse_role` returns `None`.
    type Case = (&'static str, &'static str, Option<&'static str>, Option<&'static str>);

    const CASES: &[Case] = &[
        (
            "relative_clause_dropped",
            "an economist at the Rail Institute who studies freight",
            Some("economist"),
            Some("Rail Institute"),
        ),
        (
            "second_apposition_dropped",
            "president of the Rail Institute, a group that studies trains",
            Some("president"),
            Some("Rail Institute"),
        ),
        (
            "age_and_hometown_skipped",
            "41, of Leeds, an economist at the Rail Institute",
            Some("economist"),
            Some("Rail Institute"),
        ),
        (
            "coordinated_roles_keep_the_first",
            "a former adviser to the mayor and a former director of the Budget Office",
            Some("former adviser to the mayor"),
            None,
        ),
        (
            "possessive_organisation",
            "the Russian Foreign Ministry's official spokesperson",
            Some("official spokesperson"),
            Some("Russian Foreign Ministry"),
        ),
        (
            "appositive_with_organisation_inside",
            "Special Advisor to the UN Special Envoy for Syria",
            Some("Special Advisor to the UN Special Envoy for Syria"),
            Some("UN"),
        ),
        ("title_with_party_state", "Senator (R-Texas)", Some("Senator"), Some("Republican, Texas")),
        ("abbreviation_with_party_state", "Sen. (D-N.Y.)", Some("Senator"), Some("Democrat, New York")),
        ("abbreviation_senator", "Sen.", Some("Senator"), None),
        ("abbreviation_governor", "Gov.", Some("Governor"), None),
        ("abbreviation_representative", "Rep.", Some("Representative"), None),
        ("abbreviation_major_general", "Maj. Gen.", Some("Major General"), None),
        (
            "party_premodifier",
            "Republican presidential candidate",
            Some("presidential candidate"),
            Some("Republican"),
        ),
        ("party_premodifier_democratic", "Democratic Sen.", Some("Senator"), Some("Democrat")),
        (
            "organisation_premodifier",
            "White House press secretary",
            Some("press secretary"),
            Some("White House"),
        ),
        (
            "organisation_word_premodifier",
            "State Department spokesman",
            Some("spokesman"),
            Some("State Department"),
        ),
        ("chamber_premodifier", "House Speaker", Some("Speaker"), Some("House")),
        ("chamber_majority_leader", "Senate Majority Leader", Some("Majority Leader"), Some("Senate")),
        (
            "organisation_before_role_phrase",
            "UN Special Envoy for Syria",
            Some("Special Envoy for Syria"),
            Some("UN"),
        ),
        (
            "spokesman_for",
            "a spokesman for the State Department",
            Some("spokesman"),
            Some("State Department"),
        ),
        (
            "chairman_of",
            "chairman of the House Intelligence Committee",
            Some("chairman"),
            Some("House Intelligence Committee"),
        ),
        ("ceo_of", "CEO of Apple", Some("CEO"), Some("Apple")),
        (
            "professor_at",
            "professor of economics at Harvard University",
            Some("professor of economics"),
            Some("Harvard University"),
        ),
        ("possessive_person", "Clinton's campaign manager", Some("campaign manager"), Some("Clinton")),
        (
            "possessive_common_noun_stays_whole",
            "the president's spokesman",
            Some("president's spokesman"),
            None,
        ),
        ("former_stays_on_role", "the former secretary of state", Some("former secretary of state"), None),
        (
            "former_with_affiliation",
            "former White House press secretary",
            Some("former press secretary"),
            Some("White House"),
        ),
        ("portfolio_is_part_of_title", "Secretary of State", Some("Secretary of State"), None),
        ("place_taking_head_stays_whole", "Special Envoy for Syria", Some("Special Envoy for Syria"), None),
        ("foreign_minister", "Foreign Minister", Some("Foreign Minister"), None),
        ("bare_title", "President", Some("President"), None),
        ("possessive_pronoun_dropped", "his spokesman", Some("spokesman"), None),
        ("hyphenated_then", "then-candidate", Some("then-candidate"), None),
        ("hyphenated_ex_with_organisation_inside", "ex-CIA director", Some("ex-CIA director"), Some("CIA")),
        ("company_premodifier", "Apple CEO", Some("CEO"), Some("Apple")),
        ("possessive_landmark", "the Kremlin's spokesman", Some("spokesman"), Some("Kremlin")),
        (
            "head_of_agency",
            "the head of the International Atomic Energy Agency",
            Some("head"),
            Some("International Atomic Energy Agency"),
        ),
        ("fellow_at", "a fellow at the Brookings Institution", Some("fellow"), Some("Brookings Institution")),
        ("abbreviations_combined", "Lt. Gov.", Some("Lieutenant Governor"), None),
        ("organisation_with_hyphenated_title", "UN Secretary-General", Some("Secretary-General"), Some("UN")),
        ("demonym_is_kept_as_written", "Israeli Prime Minister", Some("Prime Minister"), Some("Israeli")),
        ("bare_party_state", "(R-Fla.)", None, Some("Republican, Florida")),
        ("no_role_word", "the man", None, None),
        ("plain_name", "Maria Zakharova", None, None),
        ("empty", "", None, None),
    ];

    #[test]
    fn parses_every_form() {
        let failures: Vec<String> = CASES
            .iter()
            .filter_map(|&(name, descriptor, role, affiliation)| {
                let got = parse_role(descriptor);
                let want = (role.is_some() || affiliation.is_some()).then(|| Role {
                    role: role.map(str::to_owned),
                    affiliation: affiliation.map(str::to_owned),
                });
                (got != want).then(|| format!("{name}: {descriptor:?}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn party_state_reads_every_form() {
        type Expected = Option<(&'static str, Option<&'static str>)>;
        let cases: &[(&str, &str, Expected)] = &[
            ("parenthesised_full_state", "(R-Texas)", Some(("Republican", Some("Texas")))),
            ("parenthesised_ap_abbreviation", "(D-N.Y.)", Some(("Democrat", Some("New York")))),
            ("florida", "(R-Fla.)", Some(("Republican", Some("Florida")))),
            ("without_parentheses", "R-Texas", Some(("Republican", Some("Texas")))),
            ("postal_code", "(D-CA)", Some(("Democrat", Some("California")))),
            ("independent_without_state", "(I)", Some(("Independent", None))),
            ("not_a_party_note", "(Reuters)", None),
            ("empty", "", None),
        ];
        for &(name, input, expected) in cases {
            let want = expected.map(|(p, s)| (p.to_owned(), s.map(str::to_owned)));
            assert_eq!(party_state(input), want, "case {name}: {input:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["'s", "’s spokesman", "of", "Sen. of", "(R-", "the", "É's chief", "for the"] {
            let _ = parse_role(text);
            let _ = party_state(text);
        }
    }

    #[test]
    fn random_descriptors_never_panic() {
        for descriptor in random_clauses() {
            if let Some(role) = parse_role(&descriptor) {
                assert!(role.role.is_some() || role.affiliation.is_some(), "{descriptor:?}");
            }
            let _ = party_state(&descriptor);
        }
    }

    #[test]
    fn every_pattern_compiles() {
        for re in [&PARTY_PAREN, &PARTY_STATE, &ORGANISATION] {
            LazyLock::force(re);
        }
    }
}

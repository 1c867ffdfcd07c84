//! Where and to whom something was said: the occasion ("a news briefing", "Twitter"), the
//! place ("Ankara"), the addressee ("Asharq Al-Awsat", "reporters") of an attribution clause,
//! and the article's dateline ("NEW YORK, Nov. 19 (UPI) —").
//!
//! Design: each question is answered from the attribution clause alone, by a few compiled
//! patterns over closed vocabularies (venue head nouns, platforms, broadcasters, stop words)
//! plus a capitalised-phrase pattern for names. Vocabularies keep precision high: a name is a
//! place only after "in"/"at" and when it is not a month, weekday, language, institution or
//! publication, and an addressee is a noun phrase after "told", "said to" or "interview
//! with", cut at the first date word, preposition or clause boundary. Returned strings are
//! derived text (no offsets): leading lowercase articles and trailing date words are dropped.
//!
//! Decisions a caller should know: a platform ("Twitter", "Facebook") beats any other venue in
//! the same clause; a briefing, rally or other occasion after "told" is a venue, not an
//! addressee ("told a news briefing" has no addressee); a crowd or audience is an addressee
//! ("told the crowd" → "crowd"); "Congress", "Parliament", "the Senate" are institutions, not
//! places; "at the X" is a place only for buildings and landmarks ("at the White House", "at
//! the Kremlin"), not for organisations ("at the Council on Foreign Relations" is part of the
//! venue instead).
//!
//! Word boundaries are ASCII (`(?-u:\b)`, here and in `when.rs`, `roles.rs`): a Unicode `\b`
//! keeps the regex crate's lazy DFA off any clause with a curly quote or a non-breaking space,
//! which made these per-quote patterns the engine's hot spot.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// A capitalised name: capitalised words joined by spaces and the small words that occur
/// inside names ("Council on Foreign Relations", "Des Moines", "CNN's State of the Union").
macro_rules! name {
    () => {
        r"\p{Lu}[\w.&'’-]*(?:\s+(?:(?:of|on|for|and|the|de|del|du|la|al|el|&)\s+)*[\p{Lu}0-9][\w.&'’-]*)*"
    };
}

/// Social platforms, case-sensitive so that "x" or "threads" in running text do not count.
macro_rules! platforms {
    () => {
        r"Twitter|Facebook|Instagram|YouTube|Telegram|TikTok|Truth\s+Social|Weibo|LinkedIn|WeChat|Reddit|Snapchat|Bluesky|Threads|X"
    };
}

/// Broadcasters whose name after "on" makes a programme a venue ("on CNN's State of the Union").
macro_rules! broadcasters {
    () => {
        r"Fox\s+News|Fox\s+Business|MSNBC|CNBC|CNN|NBC|ABC|CBS|PBS|NPR|BBC(?:\s+Radio\s+\d)?|Sky\s+News|Al\s+Jazeera|RT|C-SPAN|Bloomberg\s+(?:TV|Television)|ITV|Channel\s+4|France\s+24|Deutsche\s+Welle|Newsmax|CTV|CBC|Fox"
    };
}

/// Posting on a platform: "on Twitter", "in a Facebook post", "tweeted", "wrote on Telegram".
static PLATFORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?x)
        (?-u:\b)(?:
            (?P<tweet>(?i:re)?tweet(?:ed|ing|s)?)(?-u:\b)                          # 'tweeted', 'in a tweet'
          | (?i:on|via|in|to|through|onto)\s+
            (?:(?i:a|an|the|his|her|its|their|my|our)\s+)?                   # 'on his'
            (?:(?:official|personal|verified)\s+)?                           # 'official'
            (?P<platform>",
        platforms!(),
        r")(?-u:\b)
        )"
    ))
    .expect("PLATFORM is a valid regex")
});

/// A broadcast programme: "on CNN's State of the Union", "on Fox News Sunday", "on Meet the
/// Press".
static PROGRAMME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?x)
        (?-u:\b)(?i:on|to)\s+
        (?P<show>
            (?:",
        broadcasters!(),
        r")(?-u:\b)(?:['’]s)?(?:\s+",
        name!(),
        r")?                                                  # 'CNN's State of the Union'
          | Meet\s+the\s+Press | Face\s+the\s+Nation | State\s+of\s+the\s+Union | This\s+Week
          | Morning\s+Joe | Fox\s+(?:&|and)\s+Friends | 60\s+Minutes | Hardball | The\s+View
          | Good\s+Morning\s+America | Sunday\s+Morning\s+Futures | Squawk\s+Box
        )",
    ))
    .expect("PROGRAMME is a valid regex")
});

/// An occasion introduced by a preposition or a verb of addressing: "in a statement", "told a
/// news briefing", "at a joint press conference", "during a Senate hearing", "in a speech at
/// the Council on Foreign Relations".
static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?x)
        (?-u:\b)(?P<prep>(?i:in|at|during|on|before|told|to|addressed|addressing|via|through
                      |after|while|gave|giving|delivered|delivering|held|holding))\s+
        (?:(?P<det>(?i:a|an|the|his|her|its|their|this|that|one))\s+)?
        (?P<mods>(?:(?:                                # up to three modifiers:
            (?:news|press|radio|television|tv|televised|phone|telephone|exclusive|joint
              |written|brief|short|recent|separate|lengthy|long|rare|emotional|fiery
              |wide-ranging|campaign|private|public|closed-door|video|videotaped|recorded
              |prepared|online|live|virtual|weekly|daily|regular|annual|keynote|farewell
              |policy|foreign|congressional|parliamentary|official|formal|late-night|morning
              |evening|afternoon|opening|closing|fundraising|victory|concession|commencement
              |inaugural|national|local|follow-up|subsequent|earlier|later|first|final|last
              |previous|impromptu|surprise|internal|leaked|open|signed|cabinet|security
              |budget|media|party|nationally|televised)
          | \p{Lu}[\w.&'’-]*                           # 'Senate hearing', 'Thursday's briefing'
        )\s+){0,3}?)
        (?P<head>
            news\s+conference | press\s+conference | news\s+briefing | press\s+briefing
          | press\s+availability | press\s+release | news\s+release
          | campaign\s+(?:event|rally|stop) | town\s+hall(?:\s+(?:meeting|event))?
          | question-and-answer\s+session | Q&A | op-ed | opinion\s+piece | blog\s+post
          | State\s+of\s+the\s+Union\s+address | commencement\s+address
          | interview | statement | speech | address | remarks | comments | rally | debate
          | hearing | testimony | letter | column | editorial | essay | memo | e-?mail | post
          | video | podcast | broadcast | briefing | conference | meeting | summit | forum
          | event | ceremony | session | panel | roundtable | appearance | message
          | communiqu[eé] | declaration | announcement | sermon | lecture | fundraiser
          | luncheon | dinner | gathering | vigil | programme | program | show | filing
          | report | book | memoir | floor                 # 'on the Senate floor'
        )(?-u:\b)
        (?P<comp>\s+(?:with|at|to|on|for|before)\s+   # 'interview with CNN', 'speech at the CFR'
            (?:the\s+)?",
        name!(),
        r"
        )?"
    ))
    .expect("VENUE is a valid regex")
});

/// A place after "in", "at" and friends: "in Ankara", "in New York City", "in Des Moines,
/// Iowa", "at the White House", "speaking from the Oval Office".
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?x)
        (?-u:\b)(?P<prep>(?i:in|at|outside|near|aboard|inside
                     |(?:speaking|spoke|calling|called|writing|wrote)\s+from))\s+
        (?P<the>the\s+)?
        (?P<name>",
        name!(),
        r")
        (?:,\s+(?P<region>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)?))?   # ', Iowa', ', N.Y.'"
    ))
    .expect("PLACE is a valid regex")
});

/// Words that end a place or venue name when they come last ("in Ankara Thursday").
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:\s+(?:
            (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?   # 'CNN Thursday'
          | (?:January|February|March|April|May|June|July|August|September|October|November
              |December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?
            (?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+\d{4})?                        # 'Aug. 13, 2018'
          | on|of|for|and|the|de|del|du|la|al|el|&                                # dangling small words
        ))+$",
    )
    .expect("TRAILING_DATE is a valid regex")
});

/// The cue that introduces an addressee: "told", "said to", "in an interview with".
static ADDRESSEE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(?:
            told | tells | telling                                    # 'told reporters'
          | (?:said|speaking|spoke|talking|talked|remarks|comments|statement|letter|e-?mail
              |message|speech|address|wrote|writing|explained|confirmed|testimony|testified
              |complained|pledged)\s+to                                # 'speaking to reporters'
          | (?:interview|conversation|exchange|phone\s+call|call|talk|chat|discussion|sit-down)
            \s+with                                                    # 'interview with NPR'
        )\s+",
    )
    .expect("ADDRESSEE_CUE is a valid regex")
});

/// An article dateline: "NEW YORK, Nov. 19 (UPI) —", "WASHINGTON —", "DES MOINES, Iowa —",
/// "BEIRUT (Reuters) -", "MOSCOW, August 10. /TASS/."
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s*
        (?P<city>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*)        # 'NEW YORK', 'ST. LOUIS'
        (?:,\s+(?P<region>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*))?   # ', Iowa', ', N.Y.'
        (?:,\s+\p{Lu}\p{Ll}*\.?\s+\d{1,2}(?:,\s+\d{4})?\.?)?           # ', Nov. 19'
        \s*(?:
            (?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-|$)                      # '(UPI) —', ' —'; not ':', which
                                                                        # ends headline labels ('EXCLUSIVE:')
          | /[\p{L}\s-]{1,20}/\.?                                       # '/TASS/.'
        )",
    )
    .expect("DATELINE is a valid regex")
});

/// The occasion of a statement: "news briefing", "press conference", "interview with CNN",
/// "statement", "speech at the Council on Foreign Relations", "Twitter", "CNN's State of the
/// Union". Without a leading article; `None` when the clause names no occasion.
///
/// A platform anywhere in a venue position wins ("said in a statement on Twitter" →
/// "Twitter"); otherwise the leftmost programme or occasion.
pub fn venue(clause: &str) -> Option<String> {
    if let Some(platform) = platform(clause) {
        return Some(platform);
    }
    let programme = PROGRAMME.captures(clause).and_then(|c| {
        let show = c.name("show")?;
        Some((c.get(0)?.start(), trim_name(show.as_str()).to_owned()))
    });
    let occasion = VENUE.captures_iter(clause).find_map(|c| {
        let text = occasion(clause, &c)?;
        Some((c.get(0)?.start(), text))
    });
    [programme, occasion]
        .into_iter()
        .flatten()
        .filter(|(_, text)| !text.is_empty())
        .min_by_key(|(start, _)| *start)
        .map(|(_, text)| text)
}

/// Where a statement was made: "Ankara", "New York City", "Des Moines, Iowa", "White House".
/// `None` for "in a statement", "in August", "in 2016", "in Spanish", "in Congress".
pub fn place(clause: &str) -> Option<String> {
    PLACE.captures_iter(clause).find_map(|c| place_name(clause, &c))
}

/// To whom a statement was made: "Asharq Al-Awsat", "reporters", "CNN's Jake Tapper", "The
/// Washington Post", "NPR", "crowd". `None` for an occasion ("told a news briefing") or a
/// pronoun ("told him").
pub fn addressee(clause: &str) -> Option<String> {
    ADDRESSEE_CUE.find_iter(clause).find_map(|m| noun_phrase(clause.get(m.end()..)?))
}

/// The place in an article's opening dateline, title-cased: "NEW YORK, Nov. 19 (UPI) —" →
/// "New York", "DES MOINES, Iowa —" → "Des Moines, Iowa". `None` when the text does not open
/// with a dateline.
pub fn dateline(text: &str) -> Option<String> {
    let caps = DATELINE.captures(text)?;
    // A dateline opens a paragraph of body text; a caps line alone ("ABSTRACT.") is a label.
    if text[caps.get(0)?.end()..].trim().is_empty() {
        return None;
    }
    let city = caps.name("city")?.as_str().trim_end_matches('.');
    if city.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let mut place = title_case(city);
    if let Some(region) = caps.name("region") {
        place.push_str(", ");
        if region.as_str().chars().any(char::is_lowercase) {
            place.push_str(region.as_str());
        } else {
            place.push_str(&title_case(region.as_str()));
        }
    }
    Some(place)
}

fn platform(clause: &str) -> Option<String> {
    let caps = PLATFORM.captures(clause)?;
    if caps.name("tweet").is_some() {
        return Some("Twitter".to_owned());
    }
    let name = caps.name("platform")?.as_str();
    Some(name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Builds the venue text from a [`VENUE`] match, or `None` when the match is not an occasion.
fn occasion(clause: &str, caps: &Captures<'_>) -> Option<String> {
    let prep = caps.name("prep")?;
    // 'according to a report': the report is the source, not the occasion.
    if prep.as_str().eq_ignore_ascii_case("to")
        && clause.get(..prep.start())?.trim_end().to_ascii_lowercase().ends_with("according")
    {
        return None;
    }
    let mut words: Vec<&str> =
        caps.name("mods").map(|m| m.as_str().split_whitespace().collect()).unwrap_or_default();
    words.retain(|w| !is_dropped_modifier(w));
    let head = caps.name("head")?.as_str();
    words.extend(head.split_whitespace());
    let mut text = words.join(" ");
    if let Some(comp) = caps.name("comp") {
        // Sentence punctuation is no part of the venue: "a news briefing on Thursday."
        let comp = trim_name(comp.as_str().trim().trim_end_matches(['.', ',', ';', ':', '!', '?']));
        // 'on Thursday' leaves only the preposition behind.
        if comp.contains(' ') {
            text.push(' ');
            text.push_str(comp);
        }
    }
    Some(text)
}

/// Modifiers that say nothing about the kind of occasion ("a recent interview") and dates
/// ("Thursday's briefing").
fn is_dropped_modifier(word: &str) -> bool {
    #[rustfmt::skip]
    const DROPPED: &[&str] = &[
        "recent", "separate", "earlier", "later", "subsequent", "previous", "brief", "short",
        "lengthy", "long", "rare", "emotional", "fiery", "wide-ranging", "exclusive", "first",
        "final", "last", "impromptu", "surprise",
    ];
    DROPPED.iter().any(|d| d.eq_ignore_ascii_case(word)) || is_date_word(word)
}

/// Weekday and month names, with or without a possessive or period.
fn is_date_word(word: &str) -> bool {
    #[rustfmt::skip]
    const DATE_WORDS: &[&str] = &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
        "oct", "nov", "dec", "today", "yesterday", "tonight",
    ];
    let bare = word.trim_end_matches(['.', ',']).trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
    DATE_WORDS.contains(&bare.as_str())
}

/// Drops trailing date words and dangling small words from a name ("CNN Thursday" → "CNN"),
/// except in a title that ends with a weekday ("Fox News Sunday").
fn trim_name(name: &str) -> &str {
    let name = name.trim();
    if name.ends_with("News Sunday") {
        return name;
    }
    match TRAILING_DATE.find(name) {
        Some(m) => name.get(..m.start()).unwrap_or(name),
        None => name,
    }
}

/// Words after "in"/"at" that are capitalised but not places: languages ("said in
/// Spanish"), institutions ("testified in Congress"), sentence-initial articles, and names of
/// publications, broadcasters and platforms ("wrote in The Washington Post").
fn is_not_a_place(name: &str) -> bool {
    #[rustfmt::skip]
    const NOT_PLACES: &[&str] = &[
        "English", "Spanish", "French", "German", "Arabic", "Russian", "Chinese", "Mandarin",
        "Hebrew", "Turkish", "Persian", "Farsi", "Italian", "Portuguese", "Japanese", "Korean",
        "Hindi", "Urdu", "Ukrainian", "Polish", "Dutch", "Greek", "Kurdish", "Congress",
        "Parliament", "Senate", "House", "Court", "Supreme Court", "Cabinet", "Knesset", "Duma",
        "State Duma", "Bundestag", "A", "An", "The", "His", "Her", "Their",
    ];
    #[rustfmt::skip]
    const PUBLICATION_WORDS: &[&str] = &[
        "Times", "Post", "Journal", "News", "Magazine", "Tribune", "Guardian", "Telegraph",
        "Herald", "Gazette", "Review", "Daily", "Weekly", "Monitor", "Chronicle", "Observer",
        "Independent", "Economist", "Politico", "Axios", "Reuters", "Bloomberg", "Interfax",
        "Tass", "TASS", "Xinhua", "CNN", "BBC", "NPR", "AP", "AFP", "Fox", "MSNBC", "CBS", "NBC",
        "ABC",
    ];
    let first = name.split_whitespace().next().unwrap_or(name);
    NOT_PLACES.contains(&name)
        || is_date_word(first)
        || name
            .split_whitespace()
            .any(|w| PUBLICATION_WORDS.contains(&w) || w.ends_with("'s") || w.ends_with("’s"))
        || PLATFORM.is_match(&format!("on {name}"))
}

/// Last words of a building or landmark, the only names accepted after "at the".
fn is_landmark(name: &str) -> bool {
    const LANDMARKS: &[&str] = &[
        "White House",
        "Kremlin",
        "Pentagon",
        "Vatican",
        "Capitol",
        "United Nations",
        "Oval Office",
        "Elysee",
        "Élysée",
        "Hague",
    ];
    #[rustfmt::skip]
    const PLACE_HEADS: &[&str] = &[
        "Palace", "House", "Building", "Center", "Centre", "Hall", "Square", "Airport", "Hotel",
        "Stadium", "Arena", "Base", "Hospital", "Embassy", "Consulate", "Headquarters",
        "University", "College", "Park", "Church", "Cathedral", "Mosque", "Temple", "Museum",
        "Library", "Memorial", "Plaza", "Office", "Strip", "Bank",
    ];
    LANDMARKS.contains(&name) || name.split_whitespace().last().is_some_and(|w| PLACE_HEADS.contains(&w))
}

/// US states and their AP abbreviations, accepted as the region after a comma ("Des Moines,
/// Iowa") even when more text follows.
pub(crate) fn is_us_state(word: &str) -> bool {
    #[rustfmt::skip]
    const STATES: &[&str] = &[
        "Alabama", "Ala.", "Alaska", "Arizona", "Ariz.", "Arkansas", "Ark.", "California",
        "Calif.", "Colorado", "Colo.", "Connecticut", "Conn.", "Delaware", "Del.", "Florida",
        "Fla.", "Georgia", "Ga.", "Hawaii", "Idaho", "Illinois", "Ill.", "Indiana", "Ind.", "Iowa",
        "Kansas", "Kan.", "Kentucky", "Ky.", "Louisiana", "La.", "Maine", "Maryland", "Md.",
        "Massachusetts", "Mass.", "Michigan", "Mich.", "Minnesota", "Minn.", "Mississippi",
        "Miss.", "Missouri", "Mo.", "Montana", "Mont.", "Nebraska", "Neb.", "Nevada", "Nev.",
        "New Hampshire", "N.H.", "New Jersey", "N.J.", "New Mexico", "N.M.", "New York", "N.Y.",
        "North Carolina", "N.C.", "North Dakota", "N.D.", "Ohio", "Oklahoma", "Okla.", "Oregon",
        "Ore.", "Pennsylvania", "Pa.", "Rhode Island", "R.I.", "South Carolina", "S.C.",
        "South Dakota", "S.D.", "Tennessee", "Tenn.", "Texas", "Tex.", "Utah", "Vermont", "Vt.",
        "Virginia", "Va.", "Washington", "Wash.", "West Virginia", "W.Va.", "Wisconsin", "Wis.",
        "Wyoming", "Wyo.", "D.C.",
    ];
    STATES.contains(&word)
}

/// Builds the place from a [`PLACE`] match, or `None` when the name is not a place.
fn place_name(clause: &str, caps: &Captures<'_>) -> Option<String> {
    let name_match = caps.name("name")?;
    let name = trim_name(name_match.as_str());
    // A sentence's full stop is no part of the name ("in Ohio."), an abbreviation's is ("D.C.").
    let last_word = name.rsplit(' ').next().unwrap_or(name);
    let name =
        if last_word.ends_with('.') && !last_word[..last_word.len() - 1].contains('.') && last_word.len() > 4
        {
            &name[..name.len() - 1]
        } else {
            name
        };
    if name.is_empty() || is_not_a_place(name) {
        return None;
    }
    // A possessive is a person or organisation: 'in Trump's speech'.
    let after = clause.get(name_match.end()..)?;
    if after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    let prep = caps.name("prep")?.as_str().to_ascii_lowercase();
    let with_the = caps.name("the").is_some();
    if prep == "at" && with_the && !is_landmark(name) {
        return None;
    }
    let mut place = name.to_owned();
    // The region only when the name was not cut short by a trailing date word.
    if let (Some(region), true) = (caps.name("region"), name.len() == name_match.as_str().len()) {
        let rest = clause.get(region.end()..)?;
        let ends_phrase =
            rest.trim_start().is_empty() || rest.starts_with([',', '.', ';', ':', ')', '—', '–', '-']);
        let text = region.as_str().trim_end_matches(',');
        if is_us_state(text) || (ends_phrase && !is_date_word(text)) {
            place.push_str(", ");
            place.push_str(text);
        }
    }
    Some(place)
}

/// The noun phrase at the start of `text`, cut at the first clause boundary, preposition or
/// date word; `None` for pronouns, non-noun starts ("said to be") and occasions.
fn noun_phrase(text: &str) -> Option<String> {
    const PRONOUNS: &[&str] =
        &["him", "her", "them", "us", "me", "it", "you", "himself", "herself", "themselves"];
    const DETERMINERS: &[&str] =
        &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "several", "some"];
    const BARE_GROUPS: &[&str] = &["police", "staff", "parliament", "congress", "press", "media"];
    #[rustfmt::skip]
    const STOP: &[&str] = &[
        "that", "on", "in", "at", "during", "after", "before", "when", "while", "as", "last",
        "this", "earlier", "later", "ahead", "following", "about", "by", "via", "over", "from",
        "with", "for", "if", "whether", "how", "what", "why", "who", "which", "to", "he", "she",
        "they", "it", "said", "says", "adding", "but", "because", "recently", "late", "early",
        "next", "and", "or", "outside", "inside", "near", "aboard", "than", "the", "a", "an",
    ];
    const MAX_WORDS: usize = 8;
    const BOUNDARY: &[char] = &[',', ';', ':', '!', '?', ')', '(', '"', '“', '”', '—', '–'];

    let mut words: Vec<&str> = Vec::new();
    for raw in text.split_whitespace() {
        let ended =
            raw.ends_with(BOUNDARY) || (raw.ends_with('.') && raw.starts_with(|c: char| c.is_lowercase()));
        let word = raw.trim_matches(BOUNDARY);
        let word =
            if raw.starts_with(|c: char| c.is_lowercase()) { word.trim_end_matches('.') } else { word };
        if word.is_empty() {
            break;
        }
        let lower = word.to_lowercase();
        if words.is_empty() {
            let is_name = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            let is_group = lower.ends_with('s') || BARE_GROUPS.contains(&lower.as_str());
            let starts_np = DETERMINERS.contains(&lower.as_str()) || is_name || is_group;
            let is_stop = STOP.contains(&lower.as_str()) && !DETERMINERS.contains(&lower.as_str());
            // 'told him', 'said to be', 'told Thursday'.
            if !starts_np || is_stop || PRONOUNS.contains(&lower.as_str()) || is_date_word(word) {
                return None;
            }
        } else {
            let previous_is_plural = words.last().is_some_and(|w| w.ends_with('s'));
            let is_participle = word.starts_with(|c: char| c.is_lowercase())
                && (lower.ends_with("ed") || (lower.ends_with("ing") && previous_is_plural));
            let after_determiner =
                words.len() == 1 && DETERMINERS.contains(&words[0].to_lowercase().as_str());
            if (STOP.contains(&lower.as_str()) && !after_determiner) || is_date_word(word) || is_participle {
                break;
            }
        }
        words.push(word);
        if ended || words.len() >= MAX_WORDS {
            break;
        }
    }
    // 'the crowd' → 'crowd', but 'The Washington Post' keeps its article.
    if words.first().is_some_and(|w| ["the", "a", "an"].contains(w)) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| ["of", "and", "&"].contains(w)) {
        words.pop();
    }
    if words.is_empty()
        || is_occasion(&words)
        || words.iter().all(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    Some(words.join(" "))
}

/// Whether a noun phrase names an occasion rather than a party ("a news briefing", "a meeting
/// of party members"): its head, the last word before any "of", is an occasion noun.
fn is_occasion(words: &[&str]) -> bool {
    #[rustfmt::skip]
    const OCCASIONS: &[&str] = &[
        "briefing", "conference", "rally", "meeting", "session", "hearing", "summit", "forum",
        "event", "ceremony", "gathering", "convention", "dinner", "luncheon", "fundraiser",
        "vigil", "panel", "roundtable", "seminar", "symposium", "webinar", "program", "programme",
        "show", "interview", "broadcast", "podcast", "hall", "debate", "news", "press",
    ];
    let head = words.iter().take_while(|w| **w != "of").last().map(|w| w.to_lowercase());
    head.is_some_and(|h| OCCASIONS.contains(&h.as_str()))
}

/// Title-cases an all-caps name: "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis",
/// "AL-QAMISHLI" → "Al-Qamishli", "RIO DE JANEIRO" → "Rio de Janeiro"; initialisms such as
/// "N.Y." or "U.S." are kept.
fn title_case(name: &str) -> String {
    const SMALL: &[&str] = &["de", "da", "do", "dos", "das", "del", "of", "the", "la", "le", "y"];
    name.split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            let is_initialism = word.len() > 1
                && word
                    .chars()
                    .enumerate()
                    .all(|(j, c)| if j % 2 == 0 { c.is_uppercase() } else { c == '.' });
            if is_initialism {
                return word.to_owned();
            }
            let lower = word.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            // Capitalise each part of "AL-QAMISHLI" and the name after "O'" in "O'HARE".
            let mut out = String::with_capacity(lower.len());
            let mut capitalise = true;
            let mut letters = 0;
            for c in lower.chars() {
                if capitalise && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                    capitalise = false;
                } else {
                    out.push(c);
                }
                if c.is_alphabetic() {
                    letters += 1;
                }
                if c == '-' || (matches!(c, '\'' | '’') && letters == 1) {
                    capitalise = true;
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::random_clauses;

    /// (name, clause, expected)
    type Case = (&'static str, &'static str, Option<&'static str>);

    const VENUES: &[Case] = &[
        ("news_briefing", "Maria Zakharova told a news briefing on Thursday", Some("news briefing")),
        (
            "venue_drops_sentence_punctuation",
            "Maria Zakharova told a news briefing on Thursday.",
            Some("news briefing"),
        ),
        ("press_conference", "Erdogan said at a press conference", Some("press conference")),
        (
            "joint_press_conference",
            "Putin said at a joint press conference in Helsinki",
            Some("joint press conference"),
        ),
        ("interview_with", "Trump said in an interview with CNN", Some("interview with CNN")),
        (
            "interview_with_date",
            "Trump said in an interview with CNN on Thursday",
            Some("interview with CNN"),
        ),
        ("statement", "the ministry said in a statement", Some("statement")),
        ("written_statement", "the ministry said in a written statement Thursday", Some("written statement")),
        (
            "speech_at",
            "Pompeo said in a speech at the Council on Foreign Relations",
            Some("speech at the Council on Foreign Relations"),
        ),
        ("on_twitter", "Trump wrote on Twitter", Some("Twitter")),
        ("tweeted", "Trump tweeted Thursday", Some("Twitter")),
        ("in_a_tweet", "the president said in a tweet", Some("Twitter")),
        ("on_facebook", "the mayor wrote on Facebook", Some("Facebook")),
        ("facebook_post", "she said in a Facebook post", Some("Facebook")),
        ("platform_beats_statement", "the group said in a statement on Telegram", Some("Telegram")),
        ("platform_as_company_is_not_a_venue", "Twitter CEO Jack Dorsey said", None),
        ("rally", "Trump said during a rally in Ohio", Some("rally")),
        ("campaign_event", "Sanders said at a campaign event in Iowa", Some("campaign event")),
        ("town_hall", "Clinton said at a town hall", Some("town hall")),
        ("radio_interview", "he said in a radio interview", Some("radio interview")),
        ("recent_interview_drops_recent", "he said in a recent interview", Some("interview")),
        ("show_with_network", "Cruz said on CNN's State of the Union", Some("CNN's State of the Union")),
        ("show_fox_news_sunday", "Pence said on Fox News Sunday", Some("Fox News Sunday")),
        ("show_without_network", "Graham said on Meet the Press", Some("Meet the Press")),
        ("network", "she said on MSNBC Thursday", Some("MSNBC")),
        ("network_with_number", "he said on France 24", Some("France 24")),
        ("network_with_date", "he said on CNN Aug. 13", Some("CNN")),
        ("debate", "Rubio said during a debate", Some("debate")),
        ("hearing", "Mattis said at a hearing", Some("hearing")),
        ("senate_hearing", "Mattis said during a Senate hearing", Some("Senate hearing")),
        ("letter", "the senators said in a letter", Some("letter")),
        ("op_ed", "she wrote in an op-ed", Some("op-ed")),
        ("senate_floor", "McConnell said on the Senate floor", Some("Senate floor")),
        ("op_ed_for", "she wrote in an op-ed for The Washington Post", Some("op-ed for The Washington Post")),
        ("possessive_weekday", "Zakharova said at Thursday's briefing", Some("briefing")),
        ("according_to_a_report_is_a_source", "according to a report", None),
        ("no_venue", "A Russian source told Asharq Al-Awsat Thursday that", None),
        ("empty", "", None),
    ];

    const PLACES: &[Case] = &[
        ("city", "Erdogan said in Ankara", Some("Ankara")),
        ("city_before_full_stop", "Erdogan said in Ankara.", Some("Ankara")),
        ("abbreviation_keeps_its_stop", "she said in Washington, D.C.", Some("Washington, D.C.")),
        ("multiword_city", "she said in New York City on Monday", Some("New York City")),
        ("city_and_state", "Trump said at a rally in Des Moines, Iowa", Some("Des Moines, Iowa")),
        ("city_and_state_abbrev", "he said at an event in Albany, N.Y., on Monday", Some("Albany, N.Y.")),
        ("city_and_country_at_end", "she told reporters in Ankara, Turkey", Some("Ankara, Turkey")),
        ("city_then_speaker_is_not_region", "In Paris, Macron told reporters", Some("Paris")),
        ("city_with_date", "the minister said in Ankara Thursday", Some("Ankara")),
        ("landmark", "Trump told reporters at the White House", Some("White House")),
        ("the_country", "she said in the Netherlands", Some("Netherlands")),
        ("oval_office", "he said speaking from the Oval Office", Some("Oval Office")),
        ("statement_is_not_a_place", "the ministry said in a statement", None),
        ("month_is_not_a_place", "she said in August", None),
        ("year_is_not_a_place", "he said in 2016", None),
        ("language_is_not_a_place", "he said in Spanish", None),
        ("congress_is_an_institution", "she testified in Congress", None),
        ("publication_is_not_a_place", "he wrote in The Washington Post", None),
        ("possessive_is_not_a_place", "she said in Trump's presence", None),
        ("organisation_after_at_the", "Pompeo said in a speech at the Council on Foreign Relations", None),
        ("empty", "", None),
    ];

    const ADDRESSEES: &[Case] = &[
        (
            "told_outlet_with_weekday",
            "A Russian source told Asharq Al-Awsat Thursday that",
            Some("Asharq Al-Awsat"),
        ),
        ("told_reporters", "Trump told reporters", Some("reporters")),
        ("told_reporters_that", "Trump told reporters on Air Force One that", Some("reporters")),
        ("told_possessive_name", "Graham told CNN's Jake Tapper", Some("CNN's Jake Tapper")),
        ("told_the_newspaper", "the official told The Washington Post", Some("The Washington Post")),
        ("told_on_monday", "she told The Washington Post on Monday", Some("The Washington Post")),
        ("told_last_week", "he told Reuters last week", Some("Reuters")),
        ("interview_with", "Trump said in an interview with NPR", Some("NPR")),
        ("interview_with_the", "he said in an interview with the BBC", Some("BBC")),
        ("speaking_to", "speaking to reporters in Ankara, the minister said", Some("reporters")),
        ("told_the_crowd", "Trump told the crowd", Some("crowd")),
        ("told_a_group_of", "she told a group of supporters", Some("group of supporters")),
        ("told_participle_stops", "he told reporters gathered outside", Some("reporters")),
        ("told_a_briefing_is_a_venue", "Maria Zakharova told a news briefing on Thursday", None),
        ("told_a_rally_is_a_venue", "Trump told a rally in Ohio", None),
        ("told_pronoun", "he told them", None),
        ("said_to_be", "he is said to be furious", None),
        ("according_to_is_a_source", "according to the ministry", None),
        ("no_cue", "the ministry said in a statement", None),
        ("empty", "", None),
    ];

    const DATELINES: &[Case] = &[
        ("city_date_agency", "NEW YORK, Nov. 19 (UPI) — The...", Some("New York")),
        ("city_only", "WASHINGTON — President Trump said", Some("Washington")),
        ("city_state", "DES MOINES, Iowa — Sen. Ted Cruz", Some("Des Moines, Iowa")),
        ("city_state_caps", "DES MOINES, IOWA — Sen. Ted Cruz", Some("Des Moines, Iowa")),
        ("city_agency_hyphen", "BEIRUT (Reuters) - Syrian forces", Some("Beirut")),
        ("city_with_abbrev", "ST. LOUIS (AP) — Police said", Some("St. Louis")),
        ("city_with_small_word", "RIO DE JANEIRO (AP) — Brazil's", Some("Rio de Janeiro")),
        ("city_with_hyphen", "AL-QAMISHLI, Syria (Reuters) - Kurdish", Some("Al-Qamishli, Syria")),
        ("tass_style", "MOSCOW, August 10. /TASS/. Russia's", Some("Moscow")),
        ("state_initialism", "ALBANY, N.Y. (AP) — The", Some("Albany, N.Y.")),
        ("no_dateline", "The Russian Foreign Ministry said", None),
        ("acronym_in_sentence", "US officials said on Monday", None),
        ("agency_only", "(CNN) — The", None),
        ("empty", "", None),
        ("section_label_alone", "ABSTRACT.", None),
        ("headline_label", "EXCLUSIVE: In memo to Congress, Saudis insist", None),
        ("city_with_period", "WASHINGTON. — The president said", Some("Washington")),
        ("dateline_without_body", "WASHINGTON —", None),
    ];

    fn check(table: &[Case], f: fn(&str) -> Option<String>, what: &str) {
        let failures: Vec<String> = table
            .iter()
            .filter_map(|&(name, input, expected)| {
                let got = f(input);
                (got.as_deref() != expected)
                    .then(|| format!("{what} {name}: {input:?}: got {got:?}, want {expected:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn venue_covers_every_form() {
        check(VENUES, venue, "venue");
    }

    #[test]
    fn place_covers_every_form() {
        check(PLACES, place, "place");
    }

    #[test]
    fn addressee_covers_every_form() {
        check(ADDRESSEES, addressee, "addressee");
    }

    #[test]
    fn dateline_covers_every_form() {
        check(DATELINES, dateline, "dateline");
    }

    #[test]
    fn title_case_handles_apostrophes() {
        assert_eq!(title_case("O'HARE"), "O'Hare");
        assert_eq!(title_case("U.S."), "U.S.");
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["é", "told", "told ", "in ", "at the ", "ÉLYSÉE —", "told «»", "in Ł, Ż", "O’Ł"]
        {
            let _ = (venue(text), place(text), addressee(text), dateline(text), title_case(text));
        }
    }

    #[test]
    fn random_clauses_never_panic() {
        for clause in random_clauses() {
            let _ = (venue(&clause), place(&clause), addressee(&clause), dateline(&clause));
            let _ = title_case(&clause);
        }
    }

    #[test]
    fn every_pattern_compiles() {
        for re in [&PLATFORM, &PROGRAMME, &VENUE, &PLACE, &TRAILING_DATE, &ADDRESSEE_CUE, &DATELINE] {
            LazyLock::force(re);
        }
    }
}

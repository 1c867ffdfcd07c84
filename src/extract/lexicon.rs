//! Word lists the rules consult: reporting verbs, titles, pronouns and the head nouns that tell
//! a person from an organisation, a group, an anonymous source or a document.
//!
//! Design choice: plain sorted-free `&[&str]` tables compared case-insensitively. They are small
//! (a few hundred words), so a linear scan per lookup is cheaper than hashing at our sizes, and
//! the lists stay readable and easy to extend in review.

/// Reporting verbs, every inflection spelled out (irregular forms make generated morphology
/// error-prone). Any of these after a subject opens an attribution: "X said", "X warned".
pub(crate) const CUE_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "explain", "explains", "explained", "explaining", "note", "notes", "noted",
    "noting", "stress", "stresses", "stressed", "stressing", "warn", "warns", "warned",
    "warning", "insist", "insists", "insisted", "insisting", "argue", "argues", "argued",
    "arguing", "claim", "claims", "claimed", "claiming", "announce", "announces", "announced",
    "announcing", "declare", "declares", "declared", "declaring", "write", "writes", "wrote",
    "writing", "ask", "asks", "asked", "acknowledge", "acknowledges", "acknowledged",
    "acknowledging", "urge", "urges", "urged", "urging", "deny", "denies", "denied", "denying",
    "suggest", "suggests", "suggested", "suggesting", "tweet", "tweets", "tweeted", "tweeting",
    "believe", "believes", "believed", "think", "thinks", "thought", "report", "reports",
    "reported", "stated", "respond", "responds", "responded", "reply", "replies", "replied",
    "recall", "recalls", "recalled", "recalling", "predict", "predicts", "predicted",
    "predicting", "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged",
    "pledging", "vow", "vows", "vowed", "vowing", "admit", "admits", "admitted", "admitting",
    "confirm", "confirms", "confirmed", "confirming", "contend", "contends", "contended",
    "contending", "assert", "asserts", "asserted", "asserting", "maintain", "maintains",
    "maintained", "concede", "concedes", "conceded", "conceding", "emphasize", "emphasizes",
    "emphasized", "emphasizing", "emphasise", "emphasised", "complain", "complains",
    "complained", "complaining", "charged", "observed", "estimated", "cautioned", "testified",
    "mentioned", "reveal", "reveals", "revealed", "concluded", "concludes", "agreed", "agree",
    "agrees", "joked", "quipped", "boasted", "lamented", "remarked", "retorted", "countered",
    "shouted", "yelled", "posted", "reiterated", "clarified", "disclosed", "alleged", "alleges",
    "indicated", "hinted", "continued", "wondered", "wonders", "explains", "recounted",
    "conclude", "know", "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared",
    "worry", "worries", "worried", "expect", "expects", "expected", "show", "shows", "showed",
    "found", "finds", "feel", "feels", "felt", "figure", "figures", "figured", "contend",
    "accused", "accuses", "blamed", "blames", "criticized", "insist", "read", "reads",
];

/// Cues that need no complement clause to count: "X said." opens nothing, but a trailer
/// "…, X said." or a lead-in "X said:" does. Cognition verbs ("believes", "hopes") are only
/// taken as lead-ins with a clause after them, never as trailers.
pub(crate) const TRAILER_VERBS: &[&str] = &[
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "explained",
    "explains", "noted", "notes", "stressed", "warned", "warns", "insisted", "insists", "argued",
    "argues", "claimed", "claims", "announced", "declared", "wrote", "writes", "asked", "asks",
    "acknowledged", "urged", "suggested", "tweeted", "reported", "reports", "stated",
    "responded", "replied", "recalled", "predicted", "promised", "pledged", "vowed", "admitted",
    "confirmed", "contended", "asserted", "maintained", "conceded", "emphasized", "complained",
    "charged", "observed", "estimated", "cautioned", "testified", "joked", "quipped", "boasted",
    "lamented", "remarked", "retorted", "countered", "shouted", "yelled", "posted",
    "reiterated", "continued", "recounted", "concluded", "says", "wondered", "explains",
    "believes", "thinks", "agreed", "alleged", "denied", "mentioned", "disclosed", "insisted",
];

/// Auxiliaries and adverbs allowed between a subject and its cue ("X has also said").
pub(crate) const AUX: &[&str] = &[
    "has", "have", "had", "also", "later", "previously", "repeatedly", "reportedly", "publicly",
    "once", "then", "further", "recently", "again", "would", "will", "did", "does", "do",
    "simply", "quickly", "privately", "initially", "first", "still", "just", "even", "often",
    "already", "frequently", "earlier", "flatly", "bluntly", "angrily", "quietly", "only",
    "long", "clearly", "explicitly", "openly", "separately", "subsequently", "specifically",
    "similarly", "told", "is", "was", "are", "were", "been", "being", "ultimately", "finally",
    "immediately", "directly", "privately", "personally", "herself", "himself", "themselves",
    "correctly", "falsely", "wrongly", "may", "might", "could", "can", "should", "must",
    "not", "never", "always", "usually", "now", "since", "both", "all",
];

/// Personal and relative pronouns that can head a source mention.
pub(crate) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that",
];

/// Words that can never be inside a speaker noun phrase; a backward scan stops at them.
pub(crate) const NP_STOP: &[&str] = &[
    "that", "who", "whom", "which", "whose", "when", "while", "because", "if", "as", "after",
    "before", "since", "but", "or", "than", "so", "then", "where", "although", "though",
    "whether", "until", "unless", "once", "is", "was", "are", "were", "be", "been", "being",
    "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    "do", "did", "does", "not", "also", "what", "how", "why", "there", "here", "this",
    "these", "those", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
    "very", "too", "just", "even", "only", "about", "into", "by", "over", "under", "against",
    "during", "without", "within", "through", "like", "again", "yet", "however", "meanwhile",
    "instead", "moreover", "still", "now", "later", "earlier", "separately", "asked",
    "speaking", "in", "on", "at", "with", "from", "to", "ago", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "month", "year", "night", "morning", "afternoon", "evening", "recently", "previously",
    "last", "next", "despite", "whatever", "whoever", "some", "most", "many", "all", "more",
    "both", "each", "several", "few", "any", "no",
];

/// Words that may appear *inside* a noun phrase between names and nouns
/// ("Secretary of State", "Special Advisor to the UN Special Envoy for Syria").
pub(crate) const NP_LINK: &[&str] = &["of", "for", "to", "at", "and", "&", "de", "la", "van", "von", "al", "bin", "in"];

/// Determiners and possessives that open a description ("the source", "a senior official").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another", "one",
    "two", "three", "some", "many", "most", "several", "other", "both", "few", "more", "all",
    "any", "each", "this", "these", "those",
];

/// Titles and role words that precede a personal name and are not part of it
/// ("Sen. Ted Cruz", "Foreign Minister Sergei Lavrov", "GOP frontrunner Donald Trump").
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "president", "vice", "secretary", "minister", "prime", "foreign", "state",
    "general", "gen", "attorney", "speaker", "house", "senate", "majority", "minority",
    "leader", "chairman", "chairwoman", "chair", "director", "chief", "spokesman",
    "spokeswoman", "spokesperson", "judge", "justice", "mayor", "ambassador", "commissioner",
    "adviser", "advisor", "special", "envoy", "officer", "former", "candidate", "nominee",
    "frontrunner", "front-runner", "hopeful", "rival", "republican", "democratic", "democrat",
    "gop", "presidential", "col", "lt", "sgt", "capt", "adm", "admiral", "prof", "professor",
    "rev", "pastor", "sheriff", "chancellor", "king", "queen", "prince", "pope", "lord", "sir",
    "dame", "congressman", "congresswoman", "councilman", "councilwoman", "pres", "gop",
    "campaign", "manager", "strategist", "pollster", "economist", "analyst", "author",
    "billionaire", "businessman", "businesswoman", "defense", "homeland", "security",
    "treasury", "u.s", "us", "executive", "deputy", "assistant", "associate", "senior", "white",
    "independent", "libertarian", "lawmaker", "sens", "reps", "u.n", "un", "russian",
    "american", "british", "french", "german", "israeli", "iranian", "syrian", "turkish",
    "chinese", "mexican", "lt.", "fmr", "businessman", "host", "anchor", "correspondent",
    "columnist", "editor", "reporter", "actor", "actress", "singer", "comedian", "rapper",
    "federal", "national", "district", "county", "city", "council", "member", "founder",
    "ceo", "cfo", "coo", "chairman", "press", "communications", "policy", "political",
];

/// Head nouns of organisations, lower case ("the ministry", "the Justice Department").
pub(crate) const ORG_WORDS: &[&str] = &[
    "ministry", "department", "committee", "party", "council", "commission", "agency",
    "office", "campaign", "times", "post", "journal", "news", "press", "association",
    "institute", "university", "court", "congress", "senate", "administration", "inc",
    "corp", "company", "group", "foundation", "center", "centre", "fund", "bureau", "service",
    "network", "pentagon", "kremlin", "government", "house", "un", "nato", "eu", "fbi", "cia",
    "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "ap", "reuters", "organization",
    "organisation", "union", "board", "authority", "police", "army", "military", "coalition",
    "alliance", "team", "state", "club", "bank", "corporation", "firm", "newspaper",
    "magazine", "channel", "station", "embassy", "mission", "secretariat", "parliament",
    "legislature", "assembly", "cabinet", "regime", "court", "tribunal", "school", "college",
    "hospital", "project", "initiative", "pac", "caucus", "gop", "dnc", "rnc", "nra", "aclu",
    "politico", "breitbart", "bloomberg", "tribune", "herald", "gazette", "examiner",
    "register", "globe", "review", "daily", "weekly", "wikileaks", "facebook", "twitter",
    "google", "nations", "commission", "council", "staff", "website", "site", "blog",
    "outlet", "paper", "lab", "laboratory", "watchdog", "monitor", "observatory", "unit",
    "division", "command", "forces", "force",
];

/// Head nouns of documents and other non-person sources ("the leaflets", "a statement").
pub(crate) const DOCUMENT_WORDS: &[&str] = &[
    "statement", "statements", "report", "reports", "leaflet", "leaflets", "letter",
    "letters", "memo", "memos", "poll", "polls", "survey", "surveys", "study", "studies",
    "email", "emails", "e-mail", "tweet", "tweets", "ad", "ads", "advertisement", "release",
    "book", "article", "editorial", "document", "documents", "filing", "complaint", "lawsuit",
    "transcript", "video", "data", "analysis", "figures", "records", "record", "message",
    "messages", "post", "posts", "note", "notice", "order", "ruling", "decision", "law",
    "bill", "resolution", "constitution", "platform", "proposal", "plan", "guidelines",
    "census", "estimates", "projections", "forecast", "results", "numbers", "research",
    "paper", "brief", "motion", "indictment", "affidavit", "manifesto", "flyer", "flyers",
    "banner", "banners", "sign", "signs", "headline", "story", "column", "op-ed", "piece",
    "interview", "speech", "remarks", "comments", "testimony", "evidence", "footage",
    "audio", "recording", "website", "page", "graphic", "chart", "map", "model",
];

/// Head nouns that mark an unnamed source ("a Russian source", "officials", "diplomats").
pub(crate) const ANONYMOUS_WORDS: &[&str] = &[
    "source", "sources", "official", "officials", "diplomat", "diplomats", "aide", "aides",
    "insider", "insiders", "person", "people", "adviser", "advisers", "advisor", "advisors",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "staffer", "staffers",
    "operative", "operatives", "strategist", "strategists", "associate", "associates",
    "confidant", "confidants", "ally", "allies", "friend", "friends", "witness", "witnesses",
    "observer", "observers", "expert", "experts", "analyst", "analysts", "officer",
    "officers", "lawmaker", "lawmakers", "member", "members", "man", "woman", "men", "women",
    "someone", "one", "representative", "representatives", "donor", "donors", "source",
];

/// Plural head nouns (and capitalised plurals) that name a group of people.
pub(crate) const GROUP_WORDS: &[&str] = &[
    "republicans", "democrats", "residents", "voters", "protesters", "protestors",
    "americans", "critics", "supporters", "opponents", "conservatives", "liberals",
    "progressives", "evangelicals", "activists", "leaders", "candidates", "rebels",
    "fighters", "citizens", "students", "workers", "families", "parents", "veterans",
    "immigrants", "delegates", "members", "lawmakers", "senators", "legislators", "donors",
    "economists", "scientists", "doctors", "police", "officers", "investigators",
    "prosecutors", "lawyers", "attorneys", "judges", "analysts", "experts", "observers",
    "pollsters", "strategists", "others", "many", "some", "most", "all", "both", "people",
    "crowd", "audience", "fans", "independents", "millennials", "women", "men", "voters",
    "russians", "syrians", "iranians", "israelis", "palestinians", "turks", "europeans",
    "muslims", "christians", "jews", "catholics", "latinos", "hispanics", "blacks", "whites",
    "republican", "advocates", "groups", "organizers", "participants", "respondents",
    "insiders", "allies", "aides", "advisers", "officials", "sources", "diplomats", "staffers",
];

/// Nouns that name a person by role and can stand for an earlier named speaker
/// ("the senator", "the UN top diplomat", "the spokeswoman").
pub(crate) const PERSON_ROLE_WORDS: &[&str] = &[
    "senator", "diplomat", "official", "spokesman", "spokeswoman", "spokesperson",
    "candidate", "nominee", "president", "governor", "minister", "secretary", "leader",
    "chairman", "chairwoman", "director", "chief", "envoy", "adviser", "advisor", "mayor",
    "congressman", "congresswoman", "lawmaker", "businessman", "businesswoman", "billionaire",
    "judge", "ambassador", "commissioner", "frontrunner", "front-runner", "mogul", "speaker",
    "economist", "strategist", "pollster", "professor", "author", "host", "anchor", "former",
    "source", "aide", "manager", "executive", "founder", "officer", "general", "star",
    "reporter", "columnist", "analyst", "expert", "activist", "representative", "democrat",
    "republican", "man", "woman", "veteran", "lawyer", "attorney", "pastor", "preacher",
    "politician", "contender", "hopeful", "rival", "opponent", "incumbent", "challenger",
    "entrepreneur", "developer", "tycoon", "magnate", "celebrity", "legislator", "sheriff",
    "rep", "sen", "gov",
];

/// True when `word` (any case) is in `list`.
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Lower-cased word with a trailing possessive ("Ministry’s", "voters'") and period removed.
pub(crate) fn bare(word: &str) -> String {
    let w = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    w.trim_end_matches('.').to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_possessives() {
        assert!(contains(CUE_VERBS, "Said"));
        assert!(contains(TITLES, &bare("Sen.")));
        assert_eq!(bare("Ministry’s"), "ministry");
        assert!(!contains(PRONOUNS, "Zakharova"));
    }
}

//! Reproducible, realistic benchmark data: articles from many outlets over several years that
//! quote speakers with a Zipf-like popularity (a few quoted thousands of times, most once), with
//! anonymous sources, organisations, groups, and direct, indirect and mixed quotations.
//!
//! Generation is pure and seeded (the same seed gives the same articles on every machine); the
//! articles are then extracted and stored by exactly the code `ingest` uses.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::store::NewArticle;

/// SplitMix64: tiny, fast and reproducible; good enough to draw benchmark data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One element of a non-empty slice.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Draws ranks `0..n` with probability proportional to `1 / (rank + 1)^s`.
#[derive(Debug, Clone)]
pub struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    /// A Zipf distribution over `n` ranks with exponent `s`.
    pub fn new(n: usize, s: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (0..n.max(1))
            .map(|k| {
                total += 1.0 / ((k + 1) as f64).powf(s);
                total
            })
            .collect();
        Zipf { cumulative }
    }

    /// A rank.
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let total = *self.cumulative.last().unwrap_or(&1.0);
        let x = rng.unit() * total;
        self.cumulative.partition_point(|&c| c < x).min(self.cumulative.len() - 1)
    }
}

const FIRST: &[&str] = &[
    "Maria", "John", "Elena", "David", "Sofia", "Ahmed", "Laura", "Peter", "Nadia", "James", "Olga",
    "Carlos", "Fatima", "Michael", "Anna", "Robert", "Leila", "Thomas", "Ines", "Daniel", "Yuki", "Samuel",
    "Grace", "Viktor", "Hannah", "Omar", "Claire", "Marco", "Priya", "George", "Amelia", "Hassan", "Julia",
    "Kevin", "Rosa", "Andrew", "Mei", "Patrick", "Sara", "William",
];
const LAST: &[&str] = &[
    "Zakharova",
    "Egeland",
    "Carter",
    "Nakamura",
    "Haddad",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Schmidt",
    "Rossi",
    "Kowalski",
    "Brennan",
    "Alvarez",
    "Tanaka",
    "Mensah",
    "Novak",
    "Ibrahim",
    "Fischer",
    "Duarte",
    "Sullivan",
    "Kaplan",
    "Dubois",
    "Larsen",
    "Mahmoud",
    "Ortega",
    "Reyes",
    "Chen",
    "Walsh",
    "Jensen",
    "Costa",
    "Hughes",
    "Volkov",
    "Bauer",
    "Sato",
    "Quinn",
    "Marsh",
    "Romero",
    "Keller",
    "Hale",
];
const ROLES: &[(&str, &str)] = &[
    ("spokesperson", "Foreign Ministry"),
    ("minister", "Ministry of Finance"),
    ("senator", "Senate"),
    ("governor", "State of Ohio"),
    ("mayor", "City Council"),
    ("chief economist", "World Bank"),
    ("special envoy", "United Nations"),
    ("press secretary", "White House"),
    ("campaign manager", "Democratic Party"),
    ("chairman", "Central Bank"),
    ("director", "Energy Agency"),
    ("professor", "University of Geneva"),
];
const ANONYMOUS: &[&str] = &[
    "a senior official",
    "a diplomatic source",
    "a source close to the talks",
    "a Western diplomat",
    "an official who spoke on condition of anonymity",
    "a government source",
    "a military source",
];
const ORGANIZATIONS: &[&str] = &[
    "the UN",
    "the World Bank",
    "the Pentagon",
    "the State Department",
    "NATO",
    "the European Commission",
    "the Red Cross",
    "the IMF",
    "the Interior Ministry",
    "the Election Commission",
];
const GROUPS: &[&str] =
    &["residents", "protesters", "analysts", "Republicans", "Democrats", "farmers", "teachers"];
const SUBJECTS: &[&str] = &[
    "the government",
    "the administration",
    "our party",
    "the committee",
    "the ministry",
    "the coalition",
    "the opposition",
    "the council",
    "this bill",
    "the agreement",
    "the new plan",
    "the delegation",
    "the central bank",
    "the city",
    "the army",
    "the union",
];
const VERBS: &[&str] = &[
    "will support",
    "cannot accept",
    "has rejected",
    "is ready to discuss",
    "must protect",
    "will not abandon",
    "wants to reform",
    "has delayed",
    "should fund",
    "will review",
    "is committed to",
    "has underestimated",
    "will challenge",
    "must address",
    "welcomes",
    "opposes",
];
const OBJECTS: &[&str] = &[
    "the budget",
    "the ceasefire",
    "the trade deal",
    "health care",
    "the border",
    "tax reform",
    "the election results",
    "the sanctions",
    "the pipeline",
    "energy prices",
    "the refugee crisis",
    "climate policy",
    "the investigation",
    "public schools",
    "the pension system",
    "the peace talks",
    "housing costs",
    "the minimum wage",
    "the water supply",
    "the vaccine rollout",
];
const ADJUNCTS: &[&str] = &[
    "before the end of the year",
    "in the coming weeks",
    "without further delay",
    "despite the protests",
    "after the vote",
    "at any cost",
    "for the sake of our children",
    "as soon as possible",
    "this time",
    "under the current rules",
    "in the long run",
    "until the talks resume",
];
const FRAGMENTS: &[&str] = &[
    "dead on arrival",
    "a historic mistake",
    "long overdue",
    "deeply troubling",
    "a step in the right direction",
    "simply unacceptable",
    "a win for families",
    "reckless",
    "premature",
    "a matter of survival",
];
const CUES: &[&str] = &["said", "said", "said", "told reporters", "added", "stressed", "warned", "noted"];
const NARRATIVE: &[&str] = &[
    "The talks have dragged on for months.",
    "Officials met again on the sidelines of the summit.",
    "The vote is expected later this month.",
    "Markets reacted cautiously to the news.",
    "The proposal still faces opposition in parliament.",
    "Several hundred people gathered outside the building.",
];
const SYLLABLES: &[&str] = &["vel", "mor", "an", "tri", "sol", "ka", "ren", "dal", "bu", "zor", "ith", "ova"];
const OUTLET_WORDS: &[&str] =
    &["Daily", "Herald", "Times", "Post", "Observer", "Tribune", "Gazette", "Courier"];
const OUTLET_PLACES: &[&str] = &["Capital", "Metro", "Valley", "Harbor", "National", "Northern", "Coastal"];

/// One speaker of the generated world.
#[derive(Debug, Clone)]
enum Source {
    Person { name: String, role: &'static str, affiliation: &'static str },
    Anonymous(&'static str),
    Organization(&'static str),
    Group(&'static str),
}

/// The generated world: speakers, outlets and places, and the article generator.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    sources: Vec<Source>,
    popularity: Zipf,
    outlets: Vec<String>,
    outlet_popularity: Zipf,
    towns: Vec<String>,
    town_popularity: Zipf,
    start: NaiveDate,
    days: usize,
}

impl Generator {
    /// A world sized for about `quotes` quotations, from `seed`.
    pub fn new(seed: u64, quotes: usize) -> Self {
        let mut rng = Rng::new(seed);
        let people = (quotes / 20).max(50);
        let mut sources: Vec<Source> = (0..people)
            .map(|i| {
                let first = FIRST[i % FIRST.len()];
                let last = LAST[(i / FIRST.len()) % LAST.len()];
                let round = i / (FIRST.len() * LAST.len());
                let name = if round == 0 {
                    format!("{first} {last}")
                } else {
                    format!("{first} {}. {last}", (b'A' + (round % 26) as u8) as char)
                };
                let (role, affiliation) = ROLES[rng.below(ROLES.len())];
                Source::Person { name, role, affiliation }
            })
            .collect();
        // Interleave the non-person sources among the popular ranks so they are quoted often.
        for (k, org) in ORGANIZATIONS.iter().enumerate() {
            sources.insert((k * 7 + 3).min(sources.len()), Source::Organization(org));
        }
        for (k, group) in GROUPS.iter().enumerate() {
            sources.insert((k * 11 + 5).min(sources.len()), Source::Group(group));
        }
        for (k, anon) in ANONYMOUS.iter().enumerate() {
            sources.insert((k * 5 + 2).min(sources.len()), Source::Anonymous(anon));
        }
        let outlets: Vec<String> = (0..60)
            .map(|i| {
                format!(
                    "The {} {}",
                    OUTLET_PLACES[i % OUTLET_PLACES.len()],
                    OUTLET_WORDS[(i / 7) % OUTLET_WORDS.len()]
                )
            })
            .collect();
        let towns: Vec<String> = (0..2000)
            .map(|i| {
                let a = SYLLABLES[i % SYLLABLES.len()];
                let b = SYLLABLES[(i / SYLLABLES.len()) % SYLLABLES.len()];
                let c = SYLLABLES[(i / (SYLLABLES.len() * SYLLABLES.len())) % SYLLABLES.len()];
                let mut town = format!("{a}{b}{c}");
                town[..1].make_ascii_uppercase();
                town
            })
            .collect();
        Generator {
            popularity: Zipf::new(sources.len(), 1.05),
            sources,
            outlet_popularity: Zipf::new(outlets.len(), 0.8),
            outlets,
            town_popularity: Zipf::new(towns.len(), 1.2),
            towns,
            rng,
            start: NaiveDate::from_ymd_opt(2019, 1, 1).expect("valid date"),
            days: 5 * 365,
        }
    }

    /// A rarely mentioned town name, for full-text benchmarks of a rare word.
    pub fn rare_word(&self) -> &str {
        &self.towns[self.towns.len() - 1]
    }

    fn sentence(&mut self) -> String {
        let subject = self.rng.pick(SUBJECTS);
        let verb = self.rng.pick(VERBS);
        let object = self.rng.pick(OBJECTS);
        let adjunct = self.rng.pick(ADJUNCTS);
        if self.rng.below(4) == 0 {
            let town = self.towns[self.town_popularity.sample(&mut self.rng)].clone();
            format!("{subject} {verb} {object} in {town} {adjunct}")
        } else {
            format!("{subject} {verb} {object} {adjunct}")
        }
    }

    /// The next article, with `quotes` quotations (plus narrative sentences between them).
    pub fn article(&mut self, index: usize, quotes: usize) -> NewArticle {
        let published = self.start + Duration::days(self.rng.below(self.days) as i64);
        let outlet = self.outlets[self.outlet_popularity.sample(&mut self.rng)].clone();
        let mut paragraphs = Vec::with_capacity(quotes + 2);
        let mut introduced: Vec<usize> = Vec::new();
        let mut title = String::new();
        for q in 0..quotes {
            let rank = self.popularity.sample(&mut self.rng);
            let first_time = !introduced.contains(&rank);
            introduced.push(rank);
            let mention = match &self.sources[rank] {
                Source::Person { name, role, affiliation } => {
                    if first_time {
                        format!("{affiliation} {role} {name}")
                    } else {
                        name.rsplit(' ').next().unwrap_or(name).to_owned()
                    }
                }
                Source::Anonymous(d) => d.to_string(),
                Source::Organization(o) => o.to_string(),
                Source::Group(g) => g.to_string(),
            };
            let content = self.sentence();
            if q == 0 {
                title = format!("{}: {}", capitalize(&content[..content.len().min(60)]), mention);
            }
            let cue = self.rng.pick(CUES);
            let when = match self.rng.below(5) {
                0 => format!(" on {}", weekday_name((published - Duration::days(1)).weekday())),
                _ => String::new(),
            };
            let is_org = matches!(self.sources[rank], Source::Organization(_));
            let sentence = match (self.rng.below(10), is_org) {
                (0, _) | (1, true) => format!("According to {mention}, {content}."),
                (0..=4, false) => format!("\"{},\" {mention} {cue}{when}.", capitalize(&content)),
                (5..=7, _) => format!("{} {cue}{when} that {content}.", capitalize(&mention)),
                _ => {
                    let fragment = self.rng.pick(FRAGMENTS);
                    format!(
                        "{} {cue}{when} that {} was \"{fragment}.\"",
                        capitalize(&mention),
                        self.rng.pick(OBJECTS)
                    )
                }
            };
            paragraphs.push(sentence);
            if self.rng.below(3) == 0 {
                paragraphs.push(self.rng.pick(NARRATIVE).to_owned());
            }
        }
        NewArticle {
            title: Some(title),
            url: Some(format!("https://news.example/{index}")),
            outlet: Some(outlet),
            published: Some(published),
            language: Some("en".into()),
            text: paragraphs.join("\n\n"),
        }
    }

    /// How many quotations the next article gets (4 to 14, about 8 on average).
    pub fn quotes_per_article(&mut self) -> usize {
        4 + self.rng.below(11)
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_articles() {
        let a: Vec<NewArticle> = {
            let mut g = Generator::new(7, 10_000);
            (0..5).map(|i| g.article(i, 6)).collect()
        };
        let mut g = Generator::new(7, 10_000);
        let b: Vec<NewArticle> = (0..5).map(|i| g.article(i, 6)).collect();
        assert_eq!(a, b);
        let mut other = Generator::new(8, 10_000);
        assert_ne!(a[0], other.article(0, 6));
    }

    #[test]
    fn popularity_is_zipf_like() {
        let zipf = Zipf::new(1000, 1.05);
        let mut rng = Rng::new(1);
        let mut counts = vec![0usize; 1000];
        for _ in 0..100_000 {
            counts[zipf.sample(&mut rng)] += 1;
        }
        assert!(counts[0] > 10 * counts[99], "top {} vs 100th {}", counts[0], counts[99]);
        assert!(counts[0] > 8_000, "{}", counts[0]);
        assert!(counts.iter().filter(|&&c| c <= 20).count() > 400);
    }

    #[test]
    fn articles_quote_their_speakers_in_every_layout() {
        let mut g = Generator::new(42, 10_000);
        let text: String = (0..50).map(|i| g.article(i, 10).text).collect::<Vec<_>>().join("\n\n");
        assert!(text.contains("According to "));
        assert!(text.contains(",\" "));
        assert!(text.contains(" that "));
        assert!(text.contains(".\""));
    }
}

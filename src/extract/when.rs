//! When a statement was made: the date phrase of an attribution clause ("told Asharq
//! Al-Awsat Thursday that", "said in an interview on Aug. 13", "said last week"), resolved
//! against the article's publication date.
//!
//! Design: each family of date phrases (explicit calendar dates, weekday names, relative words
//! such as "yesterday" or "last month", bare years) has its own pattern, compiled once. Every
//! match that resolves becomes a candidate; the most precise candidate wins, an explicit
//! calendar date beats a relative one of the same precision, and otherwise the leftmost wins.
//! Resolution never guesses: a phrase that resolves to a day *after* publication (for
//! example "next week", or "Aug. 14" in an article published Aug. 13) is not a speech date
//! and yields nothing, and so does a clause without any date phrase.
//!
//! Conventions a caller should know:
//! - A bare weekday is the most recent such day *on or before* publication, so "said on
//!   Friday" in an article published on a Friday is that same day (wire copy is written the
//!   day it happens). "last Friday" / "this past Friday" is strictly before publication, so
//!   in a Friday article it is the Friday a week earlier.
//! - A calendar date without a year takes the most recent year in which it falls no more than
//!   [`YEAR_INFERENCE_GRACE_DAYS`] after publication; if that date is after publication the
//!   phrase is a future reference and yields nothing ("Dec. 30" published 2019-01-02 is
//!   2018-12-30; "Aug. 14" published 2018-08-13 is nothing, not 2017-08-14).
//! - "Aug. 13-14" (a range of at most a week) has [`Precision::Week`] starting on its first
//!   day, since [`Precision::Week`] means "some day of the seven starting on `date`".
//! - "past week" is the seven days ending on publication ([`Precision::Week`] from six days
//!   before); "last week" is the previous Monday-to-Sunday week.

use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};

use super::{Precision, SaidOn};

/// How far after publication an explicit day-and-month may fall and still be read as this
/// year's date (then rejected as a future reference) rather than last year's.
pub const YEAR_INFERENCE_GRACE_DAYS: u64 = 7;

/// The longest day range ("Aug. 13-14") still reported, with [`Precision::Week`].
const MAX_RANGE_DAYS: u32 = 6;

/// Month names and their newsroom abbreviations, longest spelling first. Case-sensitive on
/// purpose: "may" and "march" are verbs.
macro_rules! months {
    () => {
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    };
}

/// Explicit calendar dates: day-month, month-day (with optional range) and month-year.
static EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?x)
        (?-u:\b)
        (?:
            # '13 August 2018', 'on 13 August', '13th of August'
            (?P<dm_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?
            (?P<dm_month>",
        months!(),
        r")(?-u:\b)\.?
            (?:,?\s+(?P<dm_year>(?:19|20)\d{2})(?-u:\b))?
          |
            # 'August 13, 2018', 'Aug. 13', 'Sept. 3', 'August 13th', 'Aug. 13-14'
            (?P<md_month>",
        months!(),
        r")(?-u:\b)\.?\s+
            (?P<md_day>\d{1,2})(?:st|nd|rd|th)?(?-u:\b)
            (?:\s*(?:-|–|to|and)\s*(?P<md_end>\d{1,2})(?:st|nd|rd|th)?(?-u:\b))?   # range end
            (?:,?\s+(?P<md_year>(?:19|20)\d{2})(?-u:\b))?
          |
            # 'March 2016', 'March of 2016', or a bare 'March' (kept only after 'in', 'last'...)
            (?P<m_month>",
        months!(),
        r")(?-u:\b)\.?
            (?:,?\s+(?:of\s+)?(?P<m_year>(?:19|20)\d{2})(?-u:\b))?
        )"
    ))
    .expect("EXPLICIT is a valid regex")
});

/// What must precede a bare month name for it to be a date ("in March", "last August",
/// "mid-July"), so that "Theresa May" is not a month. Matched against the text before it.
static MONTH_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(?:
            (?P<past>last|this\s+past)                                   # 'last August'
          | in | during | back\s+in | earlier\s+in | early | late | mid  # 'in March', 'mid-July'
        )[\s-]+$",
    )
    .expect("MONTH_LEAD is a valid regex")
});

/// Weekday names, with an optional possessive ("at Thursday's briefing").
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)
        (?:['’]s(?-u:\b))?",
    )
    .expect("WEEKDAY is a valid regex")
});

/// Words just before a weekday that change its meaning: 'last Monday' (strictly before),
/// 'next Monday' (future), and names that merely contain a weekday ('Fox News Sunday',
/// 'Super Tuesday', 'Black Friday', 'The Mail on Sunday').
static WEEKDAY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(?:
            (?P<past>last|this\s+past|past)                        # 'last Monday'
          | (?P<future>next|this\s+coming|coming)                  # 'next Monday'
          | (?P<name>news|super|black|good|easter|palm|ash|bloody  # 'Fox News Sunday'
                   |cyber|holy|maundy|mail\s+on)
        )\s+$",
    )
    .expect("WEEKDAY_LEAD is a valid regex")
});

/// Capitalised words just after a weekday that make it part of a title ('Sunday Times',
/// 'CBS Sunday Morning'); lowercase 'Thursday morning' stays a date.
static WEEKDAY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Morning|Night|Show|Edition
              |Magazine|Review|Independent|Star|Sport|Tribune|Futures)(?-u:\b)",
    )
    .expect("WEEKDAY_TAIL is a valid regex")
});

/// Relative day, week, month and year phrases.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(?:
            (?P<day_before_yesterday>the\s+day\s+before\s+yesterday)
          | (?P<yesterday>yesterday)
          | (?P<last_night>last\s+night)                                  # 'said last night'
          | (?P<today>(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening))
          | (?P<weekend>(?:last|this\s+past|over\s+the|this|at\s+the)\s+weekend)
          | (?P<this_mod>earlier|later|late)?\s*(?-u:\b)this\s+(?P<this_unit>week|month|year)
          | last\s+(?P<last_unit>week|month|year)                         # previous calendar unit
          | past\s+(?P<past_week>week)                                    # the trailing seven days
          | (?P<future>next|coming)\s+(?:week|month|year|weekend)         # never a speech date
        )(?-u:\b)",
    )
    .expect("RELATIVE is a valid regex")
});

/// Bare years: 'in 2015', 'in early 2016', 'during 2014', 'a 2016 interview'.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(?:
            (?P<prep>in|during|back\s+in)                  # 'in 2015'
          | (?P<det>a|an|the|his|her|its|their)            # 'a 2016 interview' (needs a noun after)
        )\s+
        (?:(?:early|late|mid)[\s-]+)?                      # 'in early 2016', 'mid-2016'
        (?P<year>(?:19|20)\d{2})(?-u:\b)
        (?P<tail>\s*[-–/]\s*\d|[.,]\d|\s+[A-Za-z])?        # '2015-16' and '2015.5' are not years",
    )
    .expect("YEAR is a valid regex")
});

/// What every date phrase above contains: a digit, a month's first three letters (as
/// case-sensitive as [`EXPLICIT`]), or a word of [`WEEKDAY`] or [`RELATIVE`]. Most clauses
/// have none, and this one search is far cheaper than the searches it spares.
static MAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?i:day|night|this|week|month|year)")
        .expect("MAY_DATE is a valid regex")
});

/// Resolves the date phrase of an attribution clause relative to the publication date.
///
/// Returns `None` when the clause has no date phrase, or when its only date phrases point
/// after `published` ("next week"). See the module docs for the weekday and year rules.
pub fn resolve(clause: &str, published: NaiveDate) -> Option<SaidOn> {
    if !MAY_DATE.is_match(clause) {
        return None;
    }
    let mut found: Vec<Candidate> = Vec::new();
    found.extend(explicit_dates(clause, published));
    found.extend(weekdays(clause, published));
    found.extend(relative_phrases(clause, published));
    found.extend(years(clause, published));
    found
        .into_iter()
        .filter(|c| c.said_on.date <= published)
        .min_by_key(|c| (std::cmp::Reverse(precision_rank(c.said_on.precision)), !c.explicit, c.start))
        .map(|c| c.said_on)
}

/// The most recent `weekday` on or before `published` (`published` itself when it falls on
/// that weekday). This is how a bare "Thursday" is read. `None` only at the start of the
/// calendar ([`NaiveDate::MIN`]).
pub fn weekday_on_or_before(published: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    published.checked_sub_days(Days::new(days_back(published, weekday)))
}

/// The most recent `weekday` strictly before `published` (a week earlier when `published`
/// falls on that weekday). This is how "last Thursday" is read. `None` only at the start of
/// the calendar.
pub fn weekday_before(published: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = match days_back(published, weekday) {
        0 => 7,
        n => n,
    };
    published.checked_sub_days(Days::new(back))
}

/// A resolved date phrase and where it starts in the clause.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    said_on: SaidOn,
    /// A calendar date written out, rather than a word relative to publication.
    explicit: bool,
}

fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 3,
        Precision::Week => 2,
        Precision::Month => 1,
        Precision::Year => 0,
    }
}

fn days_back(published: NaiveDate, weekday: Weekday) -> u64 {
    let from = published.weekday().num_days_from_monday();
    let to = weekday.num_days_from_monday();
    u64::from((from + 7 - to) % 7)
}

fn said(date: NaiveDate, precision: Precision) -> SaidOn {
    SaidOn { date, precision }
}

fn day(date: NaiveDate) -> SaidOn {
    said(date, Precision::Day)
}

/// Calendar dates written out: "Aug. 13", "13 August 2018", "March 2016", "in March".
fn explicit_dates(clause: &str, published: NaiveDate) -> Vec<Candidate> {
    EXPLICIT
        .captures_iter(clause)
        .filter_map(|caps| {
            let start = caps.get(0)?.start();
            let said_on = explicit_date(clause, &caps, published)?;
            Some(Candidate { start, said_on, explicit: true })
        })
        .collect()
}

fn explicit_date(clause: &str, caps: &Captures<'_>, published: NaiveDate) -> Option<SaidOn> {
    if let (Some(d), Some(m)) = (caps.name("dm_day"), caps.name("dm_month")) {
        let date = calendar_day(
            month_number(m.as_str())?,
            d.as_str().parse().ok()?,
            caps.name("dm_year"),
            published,
        )?;
        return Some(day(date));
    }
    if let (Some(d), Some(m)) = (caps.name("md_day"), caps.name("md_month")) {
        let first: u32 = d.as_str().parse().ok()?;
        let date = calendar_day(month_number(m.as_str())?, first, caps.name("md_year"), published)?;
        return match caps.name("md_end") {
            None => Some(day(date)),
            Some(end) => {
                let last: u32 = end.as_str().parse().ok()?;
                let span = last.checked_sub(first)?;
                (1..=MAX_RANGE_DAYS).contains(&span).then(|| said(date, Precision::Week))
            }
        };
    }
    let m = caps.name("m_month")?;
    let month = month_number(m.as_str())?;
    if let Some(year) = caps.name("m_year") {
        let first = NaiveDate::from_ymd_opt(year.as_str().parse().ok()?, month, 1)?;
        return Some(said(first, Precision::Month));
    }
    // A bare month name is a date only after "in", "last", "mid-"...
    let lead = MONTH_LEAD.captures(clause.get(..m.start())?)?;
    let this_year =
        if lead.name("past").is_some() { month < published.month() } else { month <= published.month() };
    let year = if this_year { published.year() } else { published.year() - 1 };
    Some(said(NaiveDate::from_ymd_opt(year, month, 1)?, Precision::Month))
}

/// A day of a month, in the given year or, without one, the most recent year in which it
/// falls no more than [`YEAR_INFERENCE_GRACE_DAYS`] after publication.
fn calendar_day(
    month: u32,
    day: u32,
    year: Option<regex::Match<'_>>,
    published: NaiveDate,
) -> Option<NaiveDate> {
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year.as_str().parse().ok()?, month, day);
    }
    let horizon = published.checked_add_days(Days::new(YEAR_INFERENCE_GRACE_DAYS))?;
    let y = published.year();
    [y + 1, y, y - 1]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date <= horizon)
}

/// 1-12 for a month name or abbreviation ("Sept", "August").
fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_ascii_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Weekday names: "Thursday", "on Monday", "last Friday", "Thursday night".
fn weekdays(clause: &str, published: NaiveDate) -> Vec<Candidate> {
    WEEKDAY
        .captures_iter(clause)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let name = caps.name("weekday")?.as_str();
            if WEEKDAY_TAIL.is_match(clause.get(whole.end()..)?) {
                return None;
            }
            let lead = WEEKDAY_LEAD.captures(clause.get(..whole.start())?);
            let weekday: Weekday = name.parse().ok()?;
            let date = match lead {
                Some(l) if l.name("past").is_some() => weekday_before(published, weekday)?,
                Some(_) => return None, // 'next Monday', 'Fox News Sunday'
                None => weekday_on_or_before(published, weekday)?,
            };
            Some(Candidate { start: whole.start(), said_on: day(date), explicit: false })
        })
        .collect()
}

/// Words relative to publication: "yesterday", "today", "last week", "earlier this month".
fn relative_phrases(clause: &str, published: NaiveDate) -> Vec<Candidate> {
    RELATIVE
        .captures_iter(clause)
        .filter_map(|caps| {
            let said_on = relative_phrase(&caps, published)?;
            Some(Candidate { start: caps.get(0)?.start(), said_on, explicit: false })
        })
        .collect()
}

fn relative_phrase(caps: &Captures<'_>, published: NaiveDate) -> Option<SaidOn> {
    let back = |n: u64| published.checked_sub_days(Days::new(n));
    if caps.name("day_before_yesterday").is_some() {
        return Some(day(back(2)?));
    }
    if caps.name("yesterday").is_some() || caps.name("last_night").is_some() {
        return Some(day(back(1)?));
    }
    if caps.name("today").is_some() {
        return Some(day(published));
    }
    if let Some(weekend) = caps.name("weekend") {
        let last = weekend.as_str().to_ascii_lowercase();
        let saturday = if last.starts_with("last") || last.starts_with("this past") {
            // 'last weekend' in a weekend article is the weekend before.
            weekday_before(back(1)?, Weekday::Sat)?
        } else {
            weekday_on_or_before(published, Weekday::Sat)?
        };
        return Some(said(saturday, Precision::Week));
    }
    if caps.name("past_week").is_some() {
        return Some(said(back(6)?, Precision::Week));
    }
    if let Some(unit) = caps.name("this_unit") {
        if caps.name("this_mod").is_some_and(|m| m.as_str().eq_ignore_ascii_case("later")) {
            return None; // 'later this week' is ahead of publication
        }
        return unit_start(unit.as_str(), published, 0);
    }
    if let Some(unit) = caps.name("last_unit") {
        return unit_start(unit.as_str(), published, 1);
    }
    None // 'next week' and friends
}

/// The first day of the week/month/year containing `published`, `ago` units earlier.
fn unit_start(unit: &str, published: NaiveDate, ago: u32) -> Option<SaidOn> {
    match unit.to_ascii_lowercase().as_str() {
        "week" => {
            let monday = published
                .checked_sub_days(Days::new(u64::from(published.weekday().num_days_from_monday())))?;
            let date = monday.checked_sub_days(Days::new(7 * u64::from(ago)))?;
            Some(said(date, Precision::Week))
        }
        "month" => {
            let first = published.with_day(1)?;
            Some(said(first.checked_sub_months(Months::new(ago))?, Precision::Month))
        }
        "year" => {
            let year = published.year().checked_sub(i32::try_from(ago).ok()?)?;
            Some(said(NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year))
        }
        _ => None,
    }
}

/// Bare years: "in 2015", "a 2016 interview".
fn years(clause: &str, published: NaiveDate) -> Vec<Candidate> {
    YEAR.captures_iter(clause)
        .filter_map(|caps| {
            let tail = caps.name("tail").map(|t| t.as_str());
            let is_noun_follows = tail.is_some_and(|t| t.trim_start().starts_with(char::is_alphabetic));
            let ok = if caps.name("det").is_some() {
                is_noun_follows // 'a 2016 interview', not 'the 2016'
            } else {
                tail.is_none() || is_noun_follows
            };
            if !ok {
                return None;
            }
            let year: i32 = caps.name("year")?.as_str().parse().ok()?;
            Some(Candidate {
                start: caps.get(0)?.start(),
                said_on: said(NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year),
                explicit: true,
            })
        })
        .filter(|c| c.said_on.date.year() <= published.year())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::random_clauses;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    /// Friday, 10 August 2018.
    const FRI: (i32, u32, u32) = (2018, 8, 10);

    type Case = (&'static str, &'static str, (i32, u32, u32), Option<((i32, u32, u32), Precision)>);

    use Precision::{Day, Month, Week, Year};

    const CASES: &[Case] = &[
        // Weekdays.
        (
            "weekday_bare",
            "A Russian source told Asharq Al-Awsat Thursday that",
            FRI,
            Some(((2018, 8, 9), Day)),
        ),
        (
            "weekday_with_on",
            "Maria Zakharova told a news briefing on Thursday",
            FRI,
            Some(((2018, 8, 9), Day)),
        ),
        ("weekday_same_as_publication_is_that_day", "Trump said on Friday", FRI, Some(((2018, 8, 10), Day))),
        ("weekday_earlier_in_week", "the ministry said Monday", FRI, Some(((2018, 8, 6), Day))),
        ("weekday_after_pub_weekday_is_previous_week", "she said Saturday", FRI, Some(((2018, 8, 4), Day))),
        ("weekday_last", "he said last Monday", FRI, Some(((2018, 8, 6), Day))),
        ("weekday_last_same_weekday_is_week_before", "he said last Friday", FRI, Some(((2018, 8, 3), Day))),
        ("weekday_this_past", "officials said this past Wednesday", FRI, Some(((2018, 8, 8), Day))),
        ("weekday_night", "Trump said Thursday night", FRI, Some(((2018, 8, 9), Day))),
        ("weekday_morning", "the spokesman said on Wednesday morning", FRI, Some(((2018, 8, 8), Day))),
        ("weekday_possessive", "Zakharova told Thursday's news briefing", FRI, Some(((2018, 8, 9), Day))),
        ("weekday_across_month_boundary", "she said Tuesday", (2018, 8, 2), Some(((2018, 7, 31), Day))),
        (
            "weekday_across_year_boundary",
            "he told reporters Sunday",
            (2019, 1, 1),
            Some(((2018, 12, 30), Day)),
        ),
        (
            "weekday_last_across_year_boundary",
            "he said last Tuesday",
            (2019, 1, 1),
            Some(((2018, 12, 25), Day)),
        ),
        ("weekday_next_is_future", "he will speak next Monday", FRI, None),
        ("weekday_in_show_name", "Pence said on Fox News Sunday", FRI, None),
        ("weekday_in_paper_name", "he told the Sunday Times", FRI, None),
        ("weekday_super_tuesday", "she said after Super Tuesday", FRI, None),
        // Relative days.
        ("yesterday", "the minister said yesterday", FRI, Some(((2018, 8, 9), Day))),
        ("day_before_yesterday", "he said the day before yesterday", FRI, Some(((2018, 8, 8), Day))),
        ("last_night", "Trump tweeted last night", FRI, Some(((2018, 8, 9), Day))),
        ("today", "the ministry said today", FRI, Some(((2018, 8, 10), Day))),
        ("earlier_today", "the ministry said earlier today", FRI, Some(((2018, 8, 10), Day))),
        ("tonight", "Obama said tonight", FRI, Some(((2018, 8, 10), Day))),
        ("this_morning", "police said this morning", FRI, Some(((2018, 8, 10), Day))),
        ("yesterday_across_year_boundary", "she said yesterday", (2019, 1, 1), Some(((2018, 12, 31), Day))),
        // Explicit dates.
        (
            "month_day_on",
            "Trump said in an interview on August 13",
            (2018, 8, 20),
            Some(((2018, 8, 13), Day)),
        ),
        (
            "month_day_abbrev",
            "Trump said in an interview on Aug. 13",
            (2018, 8, 20),
            Some(((2018, 8, 13), Day)),
        ),
        ("month_day_sept", "the agency said Sept. 3", (2018, 9, 5), Some(((2018, 9, 3), Day))),
        ("month_day_ordinal", "she said on August 13th", (2018, 8, 20), Some(((2018, 8, 13), Day))),
        ("day_month_year", "the envoy said on 13 August 2018", (2019, 3, 1), Some(((2018, 8, 13), Day))),
        ("month_day_year", "the envoy said on August 13, 2018", (2019, 3, 1), Some(((2018, 8, 13), Day))),
        ("day_month", "he told reporters on 13 August", (2018, 8, 20), Some(((2018, 8, 13), Day))),
        ("day_of_month", "he said on the 13th of August", (2018, 8, 20), Some(((2018, 8, 13), Day))),
        ("month_day_previous_year", "Trump said on Dec. 30", (2019, 1, 2), Some(((2018, 12, 30), Day))),
        ("month_day_publication_day", "she said on Aug. 13", (2018, 8, 13), Some(((2018, 8, 13), Day))),
        ("month_day_just_after_publication_is_future", "she said on Aug. 14", (2018, 8, 13), None),
        ("month_day_next_year_soon_is_future", "he said on Jan. 2", (2018, 12, 30), None),
        ("month_day_range_past", "at the summit on August 13-14", (2018, 8, 20), Some(((2018, 8, 13), Week))),
        ("month_day_range_future", "he said on August 13-14", (2018, 8, 10), None),
        ("month_year", "the senator said in March 2016", (2018, 8, 10), Some(((2016, 3, 1), Month))),
        ("month_of_year", "the senator said in March of 2016", (2018, 8, 10), Some(((2016, 3, 1), Month))),
        ("bare_month_this_year", "she said in March", (2018, 8, 10), Some(((2018, 3, 1), Month))),
        ("bare_month_previous_year", "she said in November", (2018, 8, 10), Some(((2017, 11, 1), Month))),
        ("bare_month_current", "she said in August", (2018, 8, 10), Some(((2018, 8, 1), Month))),
        ("last_month_name", "she said last August", (2018, 8, 10), Some(((2017, 8, 1), Month))),
        ("mid_month", "he said in mid-July", (2018, 8, 10), Some(((2018, 7, 1), Month))),
        ("bare_month_without_lead_is_a_name", "Prime Minister Theresa May said", (2018, 8, 10), None),
        ("month_year_future", "she said in March 2019", (2018, 8, 10), None),
        ("year", "he said in 2015", FRI, Some(((2015, 1, 1), Year))),
        ("year_early", "he said in early 2016", FRI, Some(((2016, 1, 1), Year))),
        ("year_as_modifier", "she said in a 2016 interview", FRI, Some(((2016, 1, 1), Year))),
        ("year_future", "he said in 2020", FRI, None),
        ("year_season_is_not_a_year", "he said in 2015-16", FRI, None),
        ("explicit_beats_weekday", "Trump said Thursday, Aug. 2", FRI, Some(((2018, 8, 2), Day))),
        ("day_beats_year", "she said in 2018 on Thursday", FRI, Some(((2018, 8, 9), Day))),
        // Weeks, months, years.
        ("last_week", "the ministry said last week", FRI, Some(((2018, 7, 30), Week))),
        (
            "last_week_across_year_boundary",
            "the ministry said last week",
            (2019, 1, 2),
            Some(((2018, 12, 24), Week)),
        ),
        ("earlier_this_week", "he said earlier this week", FRI, Some(((2018, 8, 6), Week))),
        ("this_week", "he said this week", FRI, Some(((2018, 8, 6), Week))),
        ("past_week", "he said over the past week", FRI, Some(((2018, 8, 4), Week))),
        ("weekend", "she said over the weekend", (2018, 8, 13), Some(((2018, 8, 11), Week))),
        ("last_weekend_on_sunday", "she said last weekend", (2018, 8, 12), Some(((2018, 8, 4), Week))),
        ("earlier_this_month", "she said earlier this month", FRI, Some(((2018, 8, 1), Month))),
        ("this_month", "she said this month", FRI, Some(((2018, 8, 1), Month))),
        ("last_month", "she said last month", FRI, Some(((2018, 7, 1), Month))),
        (
            "last_month_across_year_boundary",
            "she said last month",
            (2019, 1, 15),
            Some(((2018, 12, 1), Month)),
        ),
        ("earlier_this_year", "he said earlier this year", FRI, Some(((2018, 1, 1), Year))),
        ("last_year", "he said last year", FRI, Some(((2017, 1, 1), Year))),
        ("later_this_week_is_future", "he will say later this week", FRI, None),
        // No date phrase.
        ("no_date_phrase", "the Russian Foreign Ministry's official spokesperson said", FRI, None),
        ("number_is_not_a_date", "more than 2.5 million people, he said", FRI, None),
        ("number_range_is_not_a_date", "13-14 people were hurt, police said", FRI, None),
        ("next_week", "he said he would visit next week", FRI, None),
        ("next_month", "talks resume next month, she said", FRI, None),
        ("empty", "", FRI, None),
    ];

    #[test]
    fn resolves_every_form() {
        let failures: Vec<String> = CASES
            .iter()
            .filter_map(|&(name, clause, (y, m, d), expected)| {
                let got = resolve(clause, date(y, m, d));
                let want = expected.map(|((y, m, d), precision)| SaidOn { date: date(y, m, d), precision });
                (got != want).then(|| format!("{name}: {clause:?}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn weekday_helpers_cross_month_and_year_boundaries() {
        let new_year = date(2019, 1, 1); // a Tuesday
        let cases = [
            ("on_or_before_crosses_year", weekday_on_or_before(new_year, Weekday::Sun), date(2018, 12, 30)),
            ("on_or_before_same_day", weekday_on_or_before(new_year, Weekday::Tue), new_year),
            (
                "before_same_weekday_is_a_week_back",
                weekday_before(new_year, Weekday::Tue),
                date(2018, 12, 25),
            ),
            ("before_crosses_month", weekday_before(date(2018, 3, 1), Weekday::Wed), date(2018, 2, 28)),
            ("before_crosses_leap_month", weekday_before(date(2016, 3, 1), Weekday::Mon), date(2016, 2, 29)),
        ];
        for (name, got, want) in cases {
            assert_eq!(got, Some(want), "case {name}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let published = date(2018, 8, 10);
        for clause in [
            "é Thursday ü",
            "Aug. 99",
            "31 February",
            "Feb. 29",
            "“Monday’s”",
            "in 1999999",
            "said on 00 May",
            "last",
            "ŁŁŁ last weekend ŁŁŁ",
        ] {
            let _ = resolve(clause, published);
        }
        assert_eq!(resolve("said on Feb. 29", date(2016, 3, 1)).map(|s| s.date), Some(date(2016, 2, 29)));
        assert_eq!(resolve("said on Aug. 99", published), None);
        assert_eq!(resolve("said last Monday", NaiveDate::MIN), None);
        assert_eq!(weekday_before(NaiveDate::MIN, Weekday::Mon), None);
    }

    #[test]
    fn random_clauses_never_panic() {
        for published in [date(2018, 8, 10), date(2019, 1, 1), NaiveDate::MIN, NaiveDate::MAX] {
            for clause in random_clauses() {
                if let Some(said_on) = resolve(&clause, published) {
                    assert!(said_on.date <= published, "{clause:?} resolved after publication");
                }
            }
        }
    }

    #[test]
    fn every_pattern_compiles() {
        for re in
            [&EXPLICIT, &MONTH_LEAD, &WEEKDAY, &WEEKDAY_LEAD, &WEEKDAY_TAIL, &RELATIVE, &YEAR, &MAY_DATE]
        {
            LazyLock::force(re);
        }
    }

    /// `MAY_DATE` only spares work: every clause a date pattern matches gets past it.
    #[test]
    fn may_date_admits_every_date_phrase() {
        let clauses = CASES.iter().map(|c| c.1.to_owned()).chain(random_clauses());
        for clause in clauses {
            let dated = [&EXPLICIT, &WEEKDAY, &RELATIVE, &YEAR].iter().any(|re| re.is_match(&clause));
            assert!(!dated || MAY_DATE.is_match(&clause), "{clause:?} has a date phrase MAY_DATE misses");
        }
    }
}

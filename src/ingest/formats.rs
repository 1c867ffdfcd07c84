//! Input formats: the seed plain-text layout, JSON / JSON Lines records and saved HTML pages.
//!
//! Each parser turns one input into [`NewArticle`]s and never touches the database, so a bad
//! record is reported with its file and line while the others go on.

use chrono::{DateTime, NaiveDate};
use scraper::{ElementRef, Html, Selector};
use serde::Deserialize;

use crate::store::NewArticle;

/// What is wrong with one input record (the caller adds the file and line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FormatError {
    /// Not valid JSON, or JSON of the wrong shape.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// The record has no article text.
    #[error("missing article text (field \"text\" is absent or empty)")]
    MissingText,
    /// A date that is none of the accepted forms.
    #[error("unparseable date {0:?}: use YYYY-MM-DD, an RFC 3339 timestamp or M/D/YYYY")]
    BadDate(String),
    /// An HTML page with no article paragraphs.
    #[error("no article text found in the HTML page (no <p> paragraphs outside navigation)")]
    EmptyHtml,
}

/// The file formats `ingest` reads, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`: the seed layout (title line, `•` metadata lines, body).
    SeedText,
    /// `.json`: one record or an array of records.
    Json,
    /// `.jsonl` / `.ndjson`: one record per line.
    JsonLines,
    /// `.html` / `.htm`: a saved article page.
    Html,
}

impl Format {
    /// The format of a file name, `None` for files `ingest` skips. `NAME.meta.json` files are
    /// sidecars of `NAME.txt`/`NAME.html`, not inputs.
    pub fn of(file_name: &str) -> Option<Format> {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".meta.json") {
            return None;
        }
        let ext = lower.rsplit_once('.')?.1;
        match ext {
            "txt" => Some(Format::SeedText),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// A JSON article record: `{title, url, outlet, published, language, text}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct JsonRecord {
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Publication date (YYYY-MM-DD, RFC 3339 or M/D/YYYY).
    pub published: Option<String>,
    /// Language tag.
    pub language: Option<String>,
    /// Body text.
    pub text: Option<String>,
}

impl JsonRecord {
    /// Validates the record into an article.
    pub fn into_article(self) -> Result<NewArticle, FormatError> {
        let text = self.text.filter(|t| !t.trim().is_empty()).ok_or(FormatError::MissingText)?;
        let published = self.published.as_deref().map(parse_date).transpose()?;
        Ok(NewArticle {
            title: non_empty(self.title),
            url: non_empty(self.url),
            outlet: non_empty(self.outlet),
            published,
            language: non_empty(self.language),
            text,
        })
    }

    /// Fills the fields this record lacks from `defaults` (a sidecar or the command line).
    pub fn or(self, defaults: &JsonRecord) -> JsonRecord {
        JsonRecord {
            title: self.title.or_else(|| defaults.title.clone()),
            url: self.url.or_else(|| defaults.url.clone()),
            outlet: self.outlet.or_else(|| defaults.outlet.clone()),
            published: self.published.or_else(|| defaults.published.clone()),
            language: self.language.or_else(|| defaults.language.clone()),
            text: self.text.or_else(|| defaults.text.clone()),
        }
    }
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Parses a publication date: `2018-08-10`, an RFC 3339 timestamp, or `8/10/2018` (month first,
/// as US and the seed's site write it).
pub fn parse_date(value: &str) -> Result<NaiveDate, FormatError> {
    let v = value.trim();
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .or_else(|_| DateTime::parse_from_rfc3339(v).map(|d| d.date_naive()))
        .or_else(|_| NaiveDate::parse_from_str(v, "%m/%d/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(v.get(..10).unwrap_or(v), "%Y-%m-%d"))
        .map_err(|_| FormatError::BadDate(value.to_owned()))
}

/// Parses one JSON Lines line or a whole JSON document into records.
pub fn parse_json(text: &str) -> Result<Vec<JsonRecord>, FormatError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| FormatError::Json(e.to_string()))?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    };
    items
        .into_iter()
        .map(|item| {
            if !item.is_object() {
                return Err(FormatError::Json(format!(
                    "expected an article object, found {}",
                    json_type(&item)
                )));
            }
            serde_json::from_value(item).map_err(|e| FormatError::Json(e.to_string()))
        })
        .collect()
}

fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Parses the seed plain-text layout:
///
/// ```text
/// Title line
///
///   • 8/10/2018          <- metadata bullets; the first M/D/YYYY one is the publication date
///   • 00:00
/// news-picture           <- site chrome: a lone token
///
/// Body paragraphs...
///
/// مشاركة :               <- site chrome: a short trailing label such as the share line
/// ```
///
/// Returns the record with `title`, `published` and `text` (the body, trimmed of chrome). A text
/// file without bullets is all body, with its first line as title when followed by a blank line.
pub fn parse_seed_text(raw: &str) -> Result<JsonRecord, FormatError> {
    let lines: Vec<&str> = raw.lines().collect();
    let mut i = 0;
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    let mut title = None;
    let mut published = None;
    let has_header = lines.get(i + 1).is_some_and(|l| l.trim().is_empty() || is_bullet(l));
    if has_header && lines.len() > i + 2 {
        title = Some(lines[i].trim().to_owned());
        i += 1;
    }
    // Metadata bullets and chrome before the body.
    while i < lines.len() {
        let line = lines[i].trim();
        if line.is_empty() {
            i += 1;
        } else if is_bullet(line) {
            let value = line.trim_start_matches(['•', '*', '-', '·']).trim();
            if published.is_none() && value.contains('/') {
                published = NaiveDate::parse_from_str(value, "%m/%d/%Y").ok().map(|d| d.to_string());
            }
            i += 1;
        } else if is_chrome(line) {
            i += 1;
        } else {
            break;
        }
    }
    let mut end = lines.len();
    while end > i && (lines[end - 1].trim().is_empty() || is_chrome(lines[end - 1].trim())) {
        end -= 1;
    }
    let body = lines[i..end].join("\n");
    let body = body.trim();
    if body.is_empty() {
        return Err(FormatError::MissingText);
    }
    Ok(JsonRecord { title, published, text: Some(body.to_owned()), ..Default::default() })
}

fn is_bullet(line: &str) -> bool {
    line.trim_start().starts_with('•')
}

/// Site chrome: a line of at most three words with no sentence punctuation, such as an image
/// placeholder ("news-picture") or a share label ("مشاركة :").
fn is_chrome(line: &str) -> bool {
    let words = line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    words <= 3 && !line.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Parses a saved HTML article page: the title (`og:title` or `<title>`), publication date
/// (`article:published_time`), outlet (`og:site_name`), URL (`og:url` or the canonical link),
/// language (`<html lang>`) and the paragraphs of the article body, leaving out scripts,
/// navigation, headers, footers and asides.
pub fn parse_html(raw: &str) -> Result<JsonRecord, FormatError> {
    let doc = Html::parse_document(raw);
    let meta = |name: &str| -> Option<String> {
        let selector = Selector::parse(&format!(r#"meta[property="{name}"], meta[name="{name}"]"#)).ok()?;
        doc.select(&selector).find_map(|m| m.value().attr("content")).map(|s| s.trim().to_owned())
    };
    let first_text = |css: &str| -> Option<String> {
        let selector = Selector::parse(css).ok()?;
        doc.select(&selector)
            .next()
            .map(|e| collapse(&e.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    };
    let title = meta("og:title").or_else(|| first_text("h1")).or_else(|| first_text("title"));
    let published = meta("article:published_time").or_else(|| meta("date")).or_else(|| {
        let selector = Selector::parse("time[datetime]").ok()?;
        doc.select(&selector).next()?.value().attr("datetime").map(str::to_owned)
    });
    let url = meta("og:url").or_else(|| {
        let selector = Selector::parse(r#"link[rel="canonical"]"#).ok()?;
        doc.select(&selector).next()?.value().attr("href").map(str::to_owned)
    });
    let language = Selector::parse("html")
        .ok()
        .and_then(|s| doc.select(&s).next()?.value().attr("lang").map(str::to_owned));

    let paragraphs = ["article p", "main p", "body p"].iter().find_map(|css| {
        let selector = Selector::parse(css).ok()?;
        let found: Vec<String> = doc
            .select(&selector)
            .filter(|p| !inside_chrome(p))
            .map(|p| collapse(&p.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .collect();
        (!found.is_empty()).then_some(found)
    });
    let text = paragraphs.ok_or(FormatError::EmptyHtml)?.join("\n\n");
    Ok(JsonRecord { title, url, outlet: meta("og:site_name"), published, language, text: Some(text) })
}

fn inside_chrome(element: &ElementRef<'_>) -> bool {
    element.ancestors().filter_map(ElementRef::wrap).any(|a| {
        matches!(
            a.value().name(),
            "nav" | "header" | "footer" | "aside" | "script" | "style" | "form" | "figcaption"
        )
    })
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../seeds/000_e04ca7f6de3972df.txt");

    #[test]
    fn seed_layout_gives_title_date_and_body_without_chrome() {
        let record = parse_seed_text(SEED).unwrap();
        assert_eq!(record.title.as_deref(), Some("Russian-Turkish Coordination on Limited Idlib Battle"));
        assert_eq!(record.published.as_deref(), Some("2018-08-10"));
        let text = record.text.unwrap();
        assert!(text.starts_with("A Russian source told Asharq Al-Awsat Thursday"), "{text:.60}");
        assert!(text.ends_with("stamped with the militarys seal."), "{}", &text[text.len() - 40..]);
        assert!(!text.contains("news-picture") && !text.contains("مشاركة"));
    }

    #[test]
    fn plain_text_without_header_is_all_body() {
        let record = parse_seed_text("\"We will win,\" she said.\n").unwrap();
        assert_eq!(record.title, None);
        assert_eq!(record.text.as_deref(), Some("\"We will win,\" she said."));
    }

    #[test]
    fn empty_text_file_is_missing_text() {
        assert_eq!(parse_seed_text("\n  \n").unwrap_err(), FormatError::MissingText);
    }

    #[test]
    fn dates_in_each_accepted_form() {
        let day = NaiveDate::from_ymd_opt(2018, 8, 10).unwrap();
        for form in ["2018-08-10", "2018-08-10T09:30:00+03:00", "8/10/2018", "2018-08-10 09:30:00"] {
            assert_eq!(parse_date(form), Ok(day), "{form}");
        }
        assert_eq!(parse_date("10 Aug"), Err(FormatError::BadDate("10 Aug".into())));
    }

    #[test]
    fn json_array_and_object_and_wrong_shapes() {
        assert_eq!(parse_json(r#"[{"text":"a"},{"text":"b"}]"#).unwrap().len(), 2);
        assert_eq!(parse_json(r#"{"text":"a","title":"t"}"#).unwrap()[0].title.as_deref(), Some("t"));
        assert!(matches!(parse_json("[1]"), Err(FormatError::Json(m)) if m.contains("a number")));
        assert!(matches!(parse_json("{\"text\": "), Err(FormatError::Json(_))));
    }

    #[test]
    fn record_without_text_is_rejected() {
        let record = parse_json(r#"{"title":"t","text":"  "}"#).unwrap().remove(0);
        assert_eq!(record.into_article(), Err(FormatError::MissingText));
    }

    #[test]
    fn html_page_keeps_article_paragraphs_only() {
        let html = r#"<html lang="en"><head><title>T - Site</title>
            <meta property="og:title" content="Real title">
            <meta property="article:published_time" content="2018-08-10T08:00:00Z">
            <meta property="og:site_name" content="Asharq Al-Awsat">
            <script>var x = "not text";</script></head>
            <body><nav><p>Home | World</p></nav>
            <article><p>First  paragraph.</p><aside><p>Related</p></aside><p>"Second," he said.</p></article>
            <footer><p>Copyright</p></footer></body></html>"#;
        let record = parse_html(html).unwrap();
        assert_eq!(record.title.as_deref(), Some("Real title"));
        assert_eq!(record.outlet.as_deref(), Some("Asharq Al-Awsat"));
        assert_eq!(record.language.as_deref(), Some("en"));
        assert_eq!(record.text.as_deref(), Some("First paragraph.\n\n\"Second,\" he said."));
        let article = record.into_article().unwrap();
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2018, 8, 10));
    }

    #[test]
    fn html_without_paragraphs_is_an_error() {
        assert_eq!(
            parse_html("<html><body><nav><p>x</p></nav></body></html>").unwrap_err(),
            FormatError::EmptyHtml
        );
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::of("a.TXT"), Some(Format::SeedText));
        assert_eq!(Format::of("a.jsonl"), Some(Format::JsonLines));
        assert_eq!(Format::of("a.meta.json"), None);
        assert_eq!(Format::of("README"), None);
    }
}

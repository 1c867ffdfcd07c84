//! The write path: transactions around [`super::batch`] (one article, or many), with retries
//! when a concurrent writer wins a uniqueness race; re-extraction and deletion of a stored
//! article; and the row builders and counters both paths share.
//!
//! Named people, organisations and groups are shared across articles: a speaker is matched on
//! its aliases (every surface form seen, case- and punctuation-insensitive), so "Maria Zakharova"
//! in one article and "Russian Foreign Ministry spokeswoman Maria Zakharova" in the next become
//! one speaker. A surname alone ("Zakharova") joins a known person only when exactly one known
//! person carries it, so two people who share a surname stay apart. Anonymous sources and
//! documents are never shared: each belongs to its article. The matching itself is
//! `batch::resolve_speakers`, the one implementation of these rules.

use chrono::NaiveDate;
use entity::{article, quote, speaker, speaker_role};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    QueryFilter, QuerySelect, SqlErr, Statement, Value,
};
use sha2::{Digest, Sha256};

use super::{StoreError, begin_write};
use crate::extract::{self, Extraction};

/// An article to store, as read from its source file or API input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewArticle {
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL; unique when present.
    pub url: Option<String>,
    /// Outlet name ("Asharq Al-Awsat").
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Language tag ("en").
    pub language: Option<String>,
    /// The body text the quotes' offsets point into.
    pub text: String,
}

/// What [`store_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// The article is new and was stored with this many quotes.
    Inserted {
        /// The new article's id.
        article_id: i64,
        /// Number of quotes stored.
        quotes: usize,
    },
    /// An article with the same text (content hash) or URL was already stored; nothing changed.
    AlreadyPresent {
        /// The stored article's id.
        article_id: i64,
    },
}

impl Stored {
    /// The id of the stored article, new or old.
    pub fn article_id(self) -> i64 {
        match self {
            Stored::Inserted { article_id, .. } | Stored::AlreadyPresent { article_id } => article_id,
        }
    }
}

/// Hex SHA-256 of an article's text: the identity that makes ingestion idempotent.
pub fn content_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// How often a write that lost a uniqueness race to a concurrent writer is retried.
const RACE_RETRIES: usize = 4;

/// Stores an article and its extraction in one transaction; idempotent on the article's text.
///
/// Two concurrent writers of the same article (or of the same new speaker) race on unique
/// indexes; the loser's transaction rolls back whole and is retried, and then finds the
/// winner's rows.
#[tracing::instrument(skip_all, fields(title = article.title.as_deref().unwrap_or("")))]
pub async fn store_article(
    db: &DatabaseConnection,
    article: &NewArticle,
    extraction: &Extraction,
) -> Result<Stored, StoreError> {
    let item = (article.clone(), extraction.clone());
    let mut attempt = 0;
    loop {
        let txn = begin_write(db).await?;
        match super::batch::store_all(&txn, std::slice::from_ref(&item)).await {
            Ok(stored) => {
                txn.commit().await?;
                return Ok(stored[0]);
            }
            Err(err) => {
                txn.rollback().await?;
                attempt += 1;
                if !is_retryable(&err) || attempt >= RACE_RETRIES {
                    return Err(err.into());
                }
                tracing::debug!(attempt, "lost a uniqueness race, retrying");
            }
        }
    }
}

/// Whether a failed write may succeed when tried again: it lost a uniqueness race to a
/// concurrent writer, or PostgreSQL chose it as a deadlock victim.
fn is_retryable(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
        || err.to_string().contains("deadlock detected")
}

/// Stores many articles in one transaction with set-based statements ([`super::batch`]), so the
/// cost of lookups, inserts and the commit is shared. The batch is all or nothing, and so is each
/// article. When the batch fails as a whole (a uniqueness race with a concurrent writer, a
/// deadlock victim, a bad article), its articles are stored one by one with [`store_article`],
/// each with its own outcome.
pub async fn store_batch(
    db: &DatabaseConnection,
    items: &[(NewArticle, Extraction)],
) -> Result<Vec<Result<Stored, StoreError>>, StoreError> {
    let txn = begin_write(db).await?;
    match super::batch::store_all(&txn, items).await {
        Ok(stored) => {
            txn.commit().await?;
            return Ok(stored.into_iter().map(Ok).collect());
        }
        Err(err) => {
            txn.rollback().await?;
            tracing::debug!(%err, "batch failed, storing its articles one by one");
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (article, extraction) in items {
        out.push(store_article(db, article, extraction).await);
    }
    Ok(out)
}

/// The host of a URL without a leading `www.` ("https://www.aawsat.com/x" -> "aawsat.com").
pub(crate) fn domain_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Ids of the articles whose quotes were extracted by an older engine than the running one.
pub async fn stale_articles<C: ConnectionTrait>(db: &C) -> Result<Vec<i64>, DbErr> {
    article::Entity::find()
        .select_only()
        .column(article::Column::Id)
        .filter(article::Column::ExtractorVersion.lt(extract::EXTRACTOR_VERSION))
        .into_tuple()
        .all(db)
        .await
}

/// Replaces the quotes of a stored article with a new extraction of its text, atomically.
/// Returns the number of quotes now stored, or `None` when the article does not exist.
pub async fn replace_extraction(
    db: &DatabaseConnection,
    article_id: i64,
    extraction: &Extraction,
) -> Result<Option<usize>, StoreError> {
    let txn = begin_write(db).await?;
    let Some(stored) = article::Entity::find_by_id(article_id).one(&txn).await? else {
        return Ok(None);
    };
    let touched = detach_quotes(&txn, article_id).await?;
    let count = insert_extraction(&txn, &stored, extraction).await?;
    super::merge::refresh_stats(&txn, &touched).await?;
    article::Entity::update_many()
        .col_expr(article::Column::ExtractorVersion, Expr::val(extract::EXTRACTOR_VERSION))
        .filter(article::Column::Id.eq(article_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Some(count))
}

/// Deletes an article with its quotes and its own (anonymous, document) speakers; shared
/// speakers lose its quotes from their counts. Returns whether it existed.
pub async fn delete_article(db: &DatabaseConnection, article_id: i64) -> Result<bool, StoreError> {
    let txn = begin_write(db).await?;
    let touched = detach_quotes(&txn, article_id).await?;
    let deleted = article::Entity::delete_by_id(article_id).exec(&txn).await?.rows_affected > 0;
    super::merge::refresh_stats(&txn, &touched).await?;
    txn.commit().await?;
    Ok(deleted)
}

/// Removes an article's quotes, roles and article-scoped speakers; returns the shared speakers
/// whose counters need refreshing.
async fn detach_quotes<C: ConnectionTrait>(txn: &C, article_id: i64) -> Result<Vec<i64>, DbErr> {
    let touched: Vec<i64> = quote::Entity::find()
        .select_only()
        .column(quote::Column::SpeakerId)
        .distinct()
        .inner_join(speaker::Entity)
        .filter(quote::Column::ArticleId.eq(article_id))
        .filter(speaker::Column::ArticleId.is_null())
        .into_tuple()
        .all(txn)
        .await?;
    quote::Entity::delete_many().filter(quote::Column::ArticleId.eq(article_id)).exec(txn).await?;
    speaker_role::Entity::delete_many()
        .filter(speaker_role::Column::ArticleId.eq(article_id))
        .exec(txn)
        .await?;
    speaker::Entity::delete_many().filter(speaker::Column::ArticleId.eq(article_id)).exec(txn).await?;
    Ok(touched)
}

/// Stores the speakers and quotes of `article`'s extraction; returns the number of quotes.
///
/// Shared by ingestion and re-extraction.
pub(crate) async fn insert_extraction<C: ConnectionTrait>(
    txn: &C,
    article: &article::Model,
    extraction: &Extraction,
) -> Result<usize, DbErr> {
    let speaker_ids =
        super::batch::resolve_speakers(txn, std::slice::from_ref(article), &[extraction]).await?.remove(0);
    let rows = quote_rows(article, extraction, &speaker_ids);
    let count = rows.len();
    insert_quotes(txn, rows).await?;
    let mut stats = SpeakerStats::default();
    stats.add(article, extraction, &speaker_ids);
    stats.apply(txn).await?;
    Ok(count)
}

/// The rows of an extraction's quotes; `speaker_ids[i]` is the stored id of extracted speaker `i`.
pub(crate) fn quote_rows(
    article: &article::Model,
    extraction: &Extraction,
    speaker_ids: &[i64],
) -> Vec<quote::ActiveModel> {
    let utf16 = Utf16Index::new(&article.text);
    extraction
        .quotes
        .iter()
        .enumerate()
        .map(|(position, q)| {
            let speaker_id = q.speaker.and_then(|i| speaker_ids.get(i).copied());
            let said_sort = q.said_on.map(|s| s.date).or(article.published_on);
            quote::ActiveModel {
                article_id: Set(article.id),
                speaker_id: Set(speaker_id),
                origin_speaker_id: Set(speaker_id),
                position: Set(position as i32),
                text: Set(q.text.clone()),
                kind: Set(quote_kind(q.kind)),
                content_start: Set(q.span.start as i64),
                content_end: Set(q.span.end as i64),
                content_start_utf16: Set(utf16.of(q.span.start) as i64),
                content_end_utf16: Set(utf16.of(q.span.end) as i64),
                cue: Set(q.cue.as_ref().map(|m| m.text.clone())),
                cue_start: Set(q.cue.as_ref().map(|m| m.span.start as i64)),
                cue_end: Set(q.cue.as_ref().map(|m| m.span.end as i64)),
                speaker_mention: Set(q.speaker_mention.as_ref().map(|m| m.text.clone())),
                mention_start: Set(q.speaker_mention.as_ref().map(|m| m.span.start as i64)),
                mention_end: Set(q.speaker_mention.as_ref().map(|m| m.span.end as i64)),
                said_on: Set(q.said_on.map(|s| s.date)),
                said_on_precision: Set(q.said_on.map(|s| date_precision(s.precision))),
                said_sort: Set(said_sort),
                venue: Set(q.venue.clone()),
                place: Set(q.place.clone()),
                addressee: Set(q.addressee.clone()),
                confidence: Set(f64::from(q.confidence)),
                published_on: Set(article.published_on),
                outlet_id: Set(article.outlet_id),
                ..Default::default()
            }
        })
        .collect()
}

/// Inserts quote rows, in chunks that stay far below SQLite's bound on parameters per statement.
pub(crate) async fn insert_quotes<C: ConnectionTrait>(
    txn: &C,
    rows: Vec<quote::ActiveModel>,
) -> Result<(), DbErr> {
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        quote::Entity::insert_many(chunk).exec_without_returning(txn).await?;
    }
    Ok(())
}

/// Per speaker: how many quotes are added and their date range, ordered by speaker id so that
/// concurrent writers always lock speakers in the same order and cannot deadlock on them.
#[derive(Debug, Default)]
pub(crate) struct SpeakerStats(
    pub(crate) std::collections::BTreeMap<i64, (i64, Option<NaiveDate>, Option<NaiveDate>)>,
);

impl SpeakerStats {
    /// Counts the quotes of one stored extraction.
    pub(crate) fn add(&mut self, article: &article::Model, extraction: &Extraction, speaker_ids: &[i64]) {
        for q in &extraction.quotes {
            let Some(id) = q.speaker.and_then(|i| speaker_ids.get(i).copied()) else { continue };
            let date = q.said_on.map(|s| s.date).or(article.published_on);
            let entry = self.0.entry(id).or_insert((0, date, date));
            entry.0 += 1;
            entry.1 = min_date(entry.1, date);
            entry.2 = max_date(entry.2, date);
        }
    }

    /// Adds these counts and date ranges to the speakers' counters, atomically in SQL (so
    /// concurrent writers never lose an increment), 200 speakers per statement.
    pub(crate) async fn apply<C: ConnectionTrait>(&self, txn: &C) -> Result<(), DbErr> {
        let backend = txn.get_database_backend();
        let entries: Vec<_> = self.0.iter().collect();
        for chunk in entries.chunks(200) {
            let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 4);
            let mut tuples = Vec::with_capacity(chunk.len());
            for (n, (id, (count, first, last))) in chunk.iter().enumerate() {
                tuples.push(match backend {
                    DbBackend::Postgres => {
                        let p = n * 4;
                        format!(
                            "(${}::bigint, ${}::bigint, ${}::date, ${}::date)",
                            p + 1,
                            p + 2,
                            p + 3,
                            p + 4
                        )
                    }
                    _ => "(?, ?, ?, ?)".to_owned(),
                });
                values.extend([
                    Value::from(**id),
                    Value::from(*count),
                    Value::from(*first),
                    Value::from(*last),
                ]);
            }
            let sql = format!(
                "UPDATE speaker SET \
                   quote_count = speaker.quote_count + v.column2, \
                   first_quoted_on = CASE WHEN v.column3 IS NOT NULL AND (speaker.first_quoted_on IS NULL \
                     OR v.column3 < speaker.first_quoted_on) THEN v.column3 ELSE speaker.first_quoted_on END, \
                   last_quoted_on = CASE WHEN v.column4 IS NOT NULL AND (speaker.last_quoted_on IS NULL \
                     OR v.column4 > speaker.last_quoted_on) THEN v.column4 ELSE speaker.last_quoted_on END \
                 FROM (VALUES {}) AS v WHERE speaker.id = v.column1",
                tuples.join(", ")
            );
            txn.execute_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
        }
        Ok(())
    }
}

fn min_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(Ord::min(a, b)),
        (a, b) => a.or(b),
    }
}

fn max_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    Ord::max(a, b)
}

/// Makes `role` and `affiliation` the speaker's current ones, unless an article published after
/// `reported_on` reported a role of its own.
pub(crate) async fn advance_current_role<C: ConnectionTrait>(
    txn: &C,
    speaker_id: i64,
    role: Option<String>,
    affiliation: Option<String>,
    reported_on: Option<NaiveDate>,
) -> Result<(), DbErr> {
    let newer = speaker_role::Entity::find()
        .filter(speaker_role::Column::SpeakerId.eq(speaker_id))
        .filter(speaker_role::Column::ReportedOn.gt(reported_on))
        .one(txn)
        .await?;
    if newer.is_none() {
        speaker::Entity::update_many()
            .col_expr(speaker::Column::Role, Expr::val(role))
            .col_expr(speaker::Column::Affiliation, Expr::val(affiliation))
            .filter(speaker::Column::Id.eq(speaker_id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// The last word of a name key ("maria zakharova" -> "zakharova").
pub(crate) fn surname_key(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

/// Converts byte offsets of one text to UTF-16 code-unit offsets.
struct Utf16Index<'a> {
    text: &'a str,
}

impl<'a> Utf16Index<'a> {
    fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// The UTF-16 offset of byte offset `byte` (which lies on a character boundary).
    fn of(&self, byte: usize) -> usize {
        self.text.get(..byte).map_or(0, |prefix| prefix.chars().map(char::len_utf16).sum())
    }
}

/// The stored form of an extracted quote kind.
pub fn quote_kind(kind: extract::QuoteKind) -> entity::QuoteKind {
    match kind {
        extract::QuoteKind::Direct => entity::QuoteKind::Direct,
        extract::QuoteKind::Indirect => entity::QuoteKind::Indirect,
        extract::QuoteKind::Mixed => entity::QuoteKind::Mixed,
    }
}

/// The stored form of an extracted speaker kind.
pub fn speaker_kind(kind: extract::SpeakerKind) -> entity::SpeakerKind {
    match kind {
        extract::SpeakerKind::Person => entity::SpeakerKind::Person,
        extract::SpeakerKind::Anonymous => entity::SpeakerKind::Anonymous,
        extract::SpeakerKind::Organization => entity::SpeakerKind::Organization,
        extract::SpeakerKind::Group => entity::SpeakerKind::Group,
        extract::SpeakerKind::Document => entity::SpeakerKind::Document,
    }
}

/// The stored form of a date precision.
pub fn date_precision(precision: extract::Precision) -> entity::DatePrecision {
    match precision {
        extract::Precision::Day => entity::DatePrecision::Day,
        extract::Precision::Week => entity::DatePrecision::Week,
        extract::Precision::Month => entity::DatePrecision::Month,
        extract::Precision::Year => entity::DatePrecision::Year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_of_strips_scheme_www_port_and_path() {
        assert_eq!(domain_of("https://www.aawsat.com/english/home/article/1"), Some("aawsat.com".into()));
        assert_eq!(domain_of("http://user@News.example.org:8080/x?y"), Some("news.example.org".into()));
        assert_eq!(domain_of("not a url"), None);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_twice() {
        let text = "a\u{e9}\u{1F600}b"; // a, é (2 bytes, 1 unit), 😀 (4 bytes, 2 units), b
        let index = Utf16Index::new(text);
        assert_eq!(index.of(0), 0);
        assert_eq!(index.of(1), 1);
        assert_eq!(index.of(3), 2);
        assert_eq!(index.of(7), 4);
        assert_eq!(index.of(8), 5);
    }

    #[test]
    fn content_hash_is_hex_sha256() {
        assert_eq!(content_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}

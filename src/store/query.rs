//! The read side of the store: filtered, keyset-paginated lists of quotes, speakers and articles,
//! full-text search, batch lookups for the API's data loaders, and GROUP BY statistics.
//!
//! Key design choice: **keyset pagination, never OFFSET.** A page continues after a cursor
//! `(sort key, id)` with a row-value comparison `(said_sort, id) < (?, ?)` that the composite
//! indexes (`idx_quote_said`, `idx_quote_speaker_said`, ...) answer directly, so page 10,000
//! costs what page 1 costs. Nullable sort keys (a quote with no date) sort as the oldest: a page
//! is read from two index-friendly segments, first the rows with a key, then those without,
//! instead of `NULLS LAST` (which PostgreSQL cannot serve from a plain index). Full-text search
//! is the one backend-specific part: FTS5 `MATCH` + `bm25` on SQLite, `tsvector @@
//! websearch_to_tsquery` + `ts_rank` on PostgreSQL; user text never reaches FTS5 syntax
//! unquoted (see [`fts5_query`]).

use std::collections::HashMap;

use chrono::NaiveDate;
use entity::{QuoteKind, SpeakerKind, article, outlet, quote, speaker, speaker_alias, speaker_role};
use sea_orm::sea_query::{Alias, Condition, Expr, ExprTrait, Func, JoinType, Order, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select, Value,
};

use super::name_key;

/// Which quotes a list or count covers; every field narrows the set (`None` = no constraint).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteQuery {
    /// Quotes by one of these speakers (already resolved from names); empty matches nothing.
    pub speaker_ids: Option<Vec<i64>>,
    /// Quotes by speakers of this kind.
    pub speaker_kind: Option<SpeakerKind>,
    /// Direct, indirect or mixed.
    pub kind: Option<QuoteKind>,
    /// Full-text search over the quote text (all words must occur; "phrases" in double quotes).
    pub search: Option<String>,
    /// `said_sort` (when said, else published) on or after.
    pub said_from: Option<NaiveDate>,
    /// `said_sort` on or before.
    pub said_to: Option<NaiveDate>,
    /// Article publication date on or after.
    pub published_from: Option<NaiveDate>,
    /// Article publication date on or before.
    pub published_to: Option<NaiveDate>,
    /// Outlet name or domain, case-insensitive.
    pub outlet: Option<String>,
    /// Quotes of one article.
    pub article_id: Option<i64>,
    /// Place (case-insensitive substring).
    pub place: Option<String>,
    /// Extraction confidence at least this.
    pub min_confidence: Option<f64>,
}

/// Order of a quote list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteSort {
    /// Latest said first (by `said_sort`, then id); undated quotes last.
    #[default]
    SaidDesc,
    /// Latest published first; undated articles last.
    PublishedDesc,
    /// Best full-text match first (needs [`QuoteQuery::search`]).
    Relevance,
}

/// The sort key a cursor remembers.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    /// A nullable date (said_sort, published_on, last_quoted_on).
    Date(Option<NaiveDate>),
    /// A full-text score, lower is better (negated rank on PostgreSQL, bm25 on SQLite).
    Score(f64),
    /// A count (speaker quote counts).
    Count(i64),
    /// A name.
    Text(String),
}

impl SortKey {
    fn value(&self) -> Option<Value> {
        match self {
            SortKey::Date(d) => d.map(|d| Value::ChronoDate(Some(d))),
            SortKey::Score(s) => Some(Value::Double(Some(*s))),
            SortKey::Count(n) => Some(Value::BigInt(Some(*n))),
            SortKey::Text(t) => Some(Value::String(Some(t.clone()))),
        }
    }
}

/// A position in a list: the sort key and id of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    /// The row's sort key.
    pub key: SortKey,
    /// The row's id (the tie-breaker).
    pub id: i64,
}

/// Which way a page reads from its cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// In list order, after the cursor (`first`/`after`).
    Forward,
    /// Against list order, before the cursor (`last`/`before`); rows still come back in list order.
    Backward,
}

/// One page of rows in list order, each with its cursor.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The rows.
    pub rows: Vec<(T, Cursor)>,
    /// Whether more rows lie beyond the page in the reading direction.
    pub has_more: bool,
}

/// `sql` with `?` placeholders, rendered for `backend` (PostgreSQL numbers them `$1`, `$2`, ...).
fn cust(backend: DbBackend, sql: &str, values: Vec<Value>) -> Expr {
    let sql = if backend == DbBackend::Postgres {
        let mut out = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                out.push_str(&format!("${n}"));
            } else {
                out.push(c);
            }
        }
        out
    } else {
        sql.to_owned()
    };
    Expr::cust_with_values(sql, values)
}

/// Whether words of a full-text query must all match or any may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Every word or phrase (a user's search).
    All,
    /// Any word (candidate retrieval for quote verification).
    Any,
}

/// Turns user text into an FTS5 query that can never be a syntax error or an injection: every
/// word becomes a double-quoted string of letters and digits (`"idlib"`), text the user put in
/// double quotes stays a phrase (`"special place"`), and FTS5 operators typed by the user are
/// just words. `None` when the text has no words.
pub fn fts5_query(input: &str, mode: Match) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    for (i, part) in input.split('"').enumerate() {
        let words = words(part);
        if words.is_empty() {
            continue;
        }
        // Odd parts were inside double quotes: a phrase (only for "all words" searches).
        if i % 2 == 1 && mode == Match::All {
            terms.push(format!("\"{}\"", words.join(" ")));
        } else {
            terms.extend(words.into_iter().map(|w| format!("\"{w}\"")));
        }
    }
    if terms.is_empty() {
        return None;
    }
    Some(terms.join(if mode == Match::All { " " } else { " OR " }))
}

/// The lower-cased runs of letters and digits of `text`, as FTS5's unicode61 tokenizer sees them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The PostgreSQL `websearch_to_tsquery` text for `input`: as typed for [`Match::All`] (the
/// function never raises a syntax error), the words joined with `or` for [`Match::Any`].
fn pg_query(input: &str, mode: Match) -> Option<String> {
    let words = words(input);
    if words.is_empty() {
        return None;
    }
    Some(match mode {
        Match::All => input.to_owned(),
        Match::Any => words.join(" or "),
    })
}

/// The condition "quote text matches `input`", or `None` when `input` has no words.
fn search_condition(backend: DbBackend, input: &str, mode: Match) -> Option<Expr> {
    match backend {
        DbBackend::Postgres => {
            let q = pg_query(input, mode)?;
            Some(cust(backend, r#""quote"."search" @@ websearch_to_tsquery('english', ?)"#, vec![q.into()]))
        }
        _ => {
            let q = fts5_query(input, mode)?;
            Some(cust(
                backend,
                r#""quote"."id" IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)"#,
                vec![q.into()],
            ))
        }
    }
}

fn nothing() -> Expr {
    Expr::cust("1 = 0")
}

/// Ids of the outlets called `name` or at domain `name` (case-insensitive).
fn outlets_named(name: &str) -> SelectStatement {
    let name = name.trim().to_lowercase();
    Query::select()
        .column(outlet::Column::Id)
        .from(outlet::Entity)
        .cond_where(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(outlet::Column::Name))).eq(name.clone()))
                .add(outlet::Column::Domain.eq(name)),
        )
        .to_owned()
}

/// Escapes `%`, `_` and `\` for a `LIKE ... ESCAPE '\'` pattern.
fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The WHERE condition of `q`; the full-text part only when `with_search`.
fn quote_condition(backend: DbBackend, q: &QuoteQuery, with_search: bool) -> Condition {
    let mut c = Condition::all();
    if let Some(ids) = &q.speaker_ids {
        c = c.add(if ids.is_empty() { nothing() } else { quote::Column::SpeakerId.is_in(ids.clone()) });
    }
    if let Some(kind) = q.speaker_kind {
        c = c.add(
            quote::Column::SpeakerId.in_subquery(
                Query::select()
                    .column(speaker::Column::Id)
                    .from(speaker::Entity)
                    .and_where(speaker::Column::Kind.eq(kind))
                    .to_owned(),
            ),
        );
    }
    if let Some(kind) = q.kind {
        c = c.add(quote::Column::Kind.eq(kind));
    }
    if with_search && let Some(text) = &q.search {
        c = c.add(search_condition(backend, text, Match::All).unwrap_or_else(nothing));
    }
    if let Some(d) = q.said_from {
        c = c.add(quote::Column::SaidSort.gte(d));
    }
    if let Some(d) = q.said_to {
        c = c.add(quote::Column::SaidSort.lte(d));
    }
    if let Some(d) = q.published_from {
        c = c.add(quote::Column::PublishedOn.gte(d));
    }
    if let Some(d) = q.published_to {
        c = c.add(quote::Column::PublishedOn.lte(d));
    }
    if let Some(name) = &q.outlet {
        c = c.add(quote::Column::OutletId.in_subquery(outlets_named(name)));
    }
    if let Some(id) = q.article_id {
        c = c.add(quote::Column::ArticleId.eq(id));
    }
    if let Some(place) = &q.place {
        let pattern = format!("%{}%", like_escape(&place.trim().to_lowercase()));
        c = c.add(cust(backend, r#"LOWER("quote"."place") LIKE ? ESCAPE '\'"#, vec![pattern.into()]));
    }
    if let Some(min) = q.min_confidence {
        c = c.add(quote::Column::Confidence.gte(min));
    }
    c
}

/// How a keyset list is ordered: a (possibly nullable) key column, then the id.
struct Keyset {
    /// The key column, qualified and quoted (`"quote"."said_sort"`).
    key: &'static str,
    /// The id column, qualified and quoted.
    id: &'static str,
    /// Whether the key can be NULL (NULL sorts as the smallest key).
    nullable: bool,
    /// Whether the list is in descending key order.
    desc: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Segment {
    Keyed,
    Null,
}

/// Reads one page of `base` in `keyset` order from `cursor`, in as many index-friendly segments
/// as the nullable key needs (at most two statements).
async fn keyset_page<E, C>(
    db: &C,
    base: Select<E>,
    keyset: &Keyset,
    cursor: Option<&Cursor>,
    direction: Direction,
    limit: u64,
) -> Result<(Vec<E::Model>, bool), DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let backend = db.get_database_backend();
    // The order in which rows are scanned: list order, or its reverse when reading backward.
    let scan_desc = keyset.desc == (direction == Direction::Forward);
    let segments: &[Segment] = match (keyset.nullable, scan_desc) {
        (false, _) => &[Segment::Keyed],
        (true, true) => &[Segment::Keyed, Segment::Null],
        (true, false) => &[Segment::Null, Segment::Keyed],
    };
    let start = match cursor {
        Some(Cursor { key, .. }) if keyset.nullable && key.value().is_none() => Segment::Null,
        Some(_) => Segment::Keyed,
        None => segments[0],
    };
    let first = segments.iter().position(|s| *s == start).unwrap_or(0);
    let (cmp, order) = if scan_desc { ("<", Order::Desc) } else { (">", Order::Asc) };
    let mut rows = Vec::new();
    for (i, segment) in segments.iter().enumerate().skip(first) {
        let wanted = limit + 1 - rows.len() as u64;
        let mut select = base.clone();
        let bound = if i == first { cursor } else { None };
        match segment {
            Segment::Keyed => {
                if keyset.nullable {
                    select = select.filter(Expr::cust(format!("{} IS NOT NULL", keyset.key)));
                }
                if let Some(c) = bound {
                    let value = c.key.value().unwrap_or(Value::BigInt(None));
                    select = select.filter(cust(
                        backend,
                        &format!("({}, {}) {cmp} (?, ?)", keyset.key, keyset.id),
                        vec![value, Value::BigInt(Some(c.id))],
                    ));
                }
                select = select
                    .order_by(Expr::cust(keyset.key), order.clone())
                    .order_by(Expr::cust(keyset.id), order.clone());
            }
            Segment::Null => {
                select = select.filter(Expr::cust(format!("{} IS NULL", keyset.key)));
                if let Some(c) = bound {
                    select = select.filter(cust(
                        backend,
                        &format!("{} {cmp} ?", keyset.id),
                        vec![Value::BigInt(Some(c.id))],
                    ));
                }
                select = select.order_by(Expr::cust(keyset.id), order.clone());
            }
        }
        rows.extend(select.limit(wanted).all(db).await?);
        if rows.len() as u64 > limit {
            break;
        }
    }
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    if direction == Direction::Backward {
        rows.reverse();
    }
    Ok((rows, has_more))
}

fn quote_cursor(q: &quote::Model, sort: QuoteSort) -> Cursor {
    let key = match sort {
        QuoteSort::PublishedDesc => SortKey::Date(q.published_on),
        _ => SortKey::Date(q.said_sort),
    };
    Cursor { key, id: q.id }
}

/// One page of quotes matching `q` in `sort` order, continuing from `cursor`.
///
/// [`QuoteSort::Relevance`] without a search falls back to [`QuoteSort::SaidDesc`].
pub async fn quotes_page<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
    sort: QuoteSort,
    cursor: Option<&Cursor>,
    direction: Direction,
    limit: u64,
) -> Result<Page<quote::Model>, DbErr> {
    let backend = db.get_database_backend();
    if sort == QuoteSort::Relevance
        && let Some(search) = q.search.as_deref()
    {
        return relevance_page(db, q, search, cursor, direction, limit).await;
    }
    let sort = if sort == QuoteSort::Relevance { QuoteSort::SaidDesc } else { sort };
    let keyset = Keyset {
        key: if sort == QuoteSort::PublishedDesc {
            r#""quote"."published_on""#
        } else {
            r#""quote"."said_sort""#
        },
        id: r#""quote"."id""#,
        nullable: true,
        desc: true,
    };
    let mut condition = quote_condition(backend, q, true);
    if backend == DbBackend::Sqlite
        && let Some(search) = q.search.as_deref()
        && let Some(fts) = fts5_query(search, Match::All)
        && is_common(db, &fts).await?
    {
        // A common word matches tens of thousands of quotes: sorting them all by date is the
        // slow part. Walk the date index instead and test each quote against the full-text
        // index; at that frequency a page is found after a few hundred probes. Rare words keep
        // the `IN (matches)` form, which sorts their few matches.
        condition = quote_condition(backend, q, false).add(cust(
            backend,
            r#"EXISTS (SELECT 1 FROM quote_fts WHERE quote_fts.rowid = "quote"."id" AND quote_fts MATCH ?)"#,
            vec![fts.into()],
        ));
    }
    let base = quote::Entity::find().filter(condition);
    let (rows, has_more) = keyset_page(db, base, &keyset, cursor, direction, limit).await?;
    Ok(Page {
        rows: rows.into_iter().map(|m| (quote_cursor(&m, sort), m)).map(|(c, m)| (m, c)).collect(),
        has_more,
    })
}

/// How many full-text matches make a search "common" (see [`quotes_page`]).
const COMMON_MATCHES: u64 = 2000;

/// Whether an FTS5 query matches at least [`COMMON_MATCHES`] quotes (stops counting there).
async fn is_common<C: ConnectionTrait>(db: &C, fts: &str) -> Result<bool, DbErr> {
    let backend = db.get_database_backend();
    let mut probe = Query::select();
    probe
        .expr(Expr::cust("rowid"))
        .from(Alias::new("quote_fts"))
        .and_where(cust(backend, r#""quote_fts" MATCH ?"#, vec![fts.into()]))
        .limit(COMMON_MATCHES);
    let mut count = Query::select();
    count.expr_as(Expr::cust("COUNT(*)"), Alias::new("n")).from_subquery(probe, Alias::new("p"));
    let n: i64 = db.query_one(&count).await?.map_or(Ok(0), |row| row.try_get("", "n"))?;
    Ok(n as u64 >= COMMON_MATCHES)
}

/// Best full-text matches first: ids and scores from one ranked statement, then the rows.
async fn relevance_page<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
    search: &str,
    cursor: Option<&Cursor>,
    direction: Direction,
    limit: u64,
) -> Result<Page<quote::Model>, DbErr> {
    let backend = db.get_database_backend();
    let Some(inner) = ranked_matches(backend, search, Match::All, quote_condition(backend, q, false)) else {
        return Ok(Page { rows: Vec::new(), has_more: false });
    };
    let (cmp, order) = if direction == Direction::Forward { (">", Order::Asc) } else { ("<", Order::Desc) };
    let mut outer = Query::select();
    outer.column(Alias::new("id")).column(Alias::new("score")).from_subquery(inner, Alias::new("r"));
    if let Some(c) = cursor {
        let score = match c.key {
            SortKey::Score(s) => s,
            _ => f64::NEG_INFINITY,
        };
        outer.and_where(cust(
            backend,
            &format!(r#"("r"."score", "r"."id") {cmp} (?, ?)"#),
            vec![Value::Double(Some(score)), Value::BigInt(Some(c.id))],
        ));
    }
    outer.order_by(Alias::new("score"), order.clone()).order_by(Alias::new("id"), order).limit(limit + 1);
    let mut ranked: Vec<(i64, f64)> = db
        .query_all(&outer)
        .await?
        .iter()
        .map(|row| Ok((row.try_get::<i64>("", "id")?, row.try_get::<f64>("", "score")?)))
        .collect::<Result<_, DbErr>>()?;
    let has_more = ranked.len() as u64 > limit;
    ranked.truncate(limit as usize);
    if direction == Direction::Backward {
        ranked.reverse();
    }
    let mut by_id: HashMap<i64, quote::Model> =
        quotes_by_ids(db, &ranked.iter().map(|r| r.0).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
    let rows = ranked
        .into_iter()
        .filter_map(|(id, score)| by_id.remove(&id).map(|m| (m, Cursor { key: SortKey::Score(score), id })))
        .collect();
    Ok(Page { rows, has_more })
}

/// `SELECT id, score FROM quote ... WHERE <text matches> AND <condition>`: the ranked-match
/// subquery (lower score = better match on both backends). `None` when `search` has no words.
fn ranked_matches(
    backend: DbBackend,
    search: &str,
    mode: Match,
    condition: Condition,
) -> Option<SelectStatement> {
    let mut inner = Query::select();
    inner
        .expr_as(Expr::col((quote::Entity, quote::Column::Id)), Alias::new("id"))
        .from(quote::Entity)
        .cond_where(condition);
    match backend {
        DbBackend::Postgres => {
            let text = pg_query(search, mode)?;
            inner
                .expr_as(
                    cust(
                        backend,
                        r#"CAST(-ts_rank("quote"."search", websearch_to_tsquery('english', ?)) AS double precision)"#,
                        vec![text.clone().into()],
                    ),
                    Alias::new("score"),
                )
                .and_where(cust(
                    backend,
                    r#""quote"."search" @@ websearch_to_tsquery('english', ?)"#,
                    vec![text.into()],
                ));
        }
        _ => {
            let text = fts5_query(search, mode)?;
            inner
                .expr_as(Expr::cust(r#"bm25("quote_fts")"#), Alias::new("score"))
                .join(
                    JoinType::InnerJoin,
                    Alias::new("quote_fts"),
                    Expr::cust(r#""quote_fts"."rowid" = "quote"."id""#),
                )
                .and_where(cust(backend, r#""quote_fts" MATCH ?"#, vec![text.into()]));
        }
    }
    Some(inner)
}

/// Ids of the `limit` quotes that best match any word of `text` (best first): the candidates a
/// quote verification scores. Words are used as given; drop stop words before calling.
pub async fn search_any<C: ConnectionTrait>(db: &C, text: &str, limit: u64) -> Result<Vec<i64>, DbErr> {
    let backend = db.get_database_backend();
    let Some(inner) = ranked_matches(backend, text, Match::Any, Condition::all()) else {
        return Ok(Vec::new());
    };
    let mut outer = Query::select();
    outer
        .column(Alias::new("id"))
        .from_subquery(inner, Alias::new("r"))
        .order_by(Alias::new("score"), Order::Asc)
        .order_by(Alias::new("id"), Order::Asc)
        .limit(limit);
    db.query_all(&outer).await?.iter().map(|row| row.try_get::<i64>("", "id")).collect()
}

/// Ids of up to `limit` quotes holding every word of `text` (unranked: the query stops as soon as
/// it has found `limit`). The cheap, selective retrieval behind quote verification.
pub async fn search_all_words<C: ConnectionTrait>(db: &C, text: &str, limit: u64) -> Result<Vec<i64>, DbErr> {
    let backend = db.get_database_backend();
    let mut select = Query::select();
    match backend {
        DbBackend::Postgres => {
            let Some(q) = pg_query(text, Match::All) else { return Ok(Vec::new()) };
            select
                .expr_as(Expr::col((quote::Entity, quote::Column::Id)), Alias::new("id"))
                .from(quote::Entity)
                .and_where(cust(
                    backend,
                    r#""quote"."search" @@ websearch_to_tsquery('english', ?)"#,
                    vec![q.into()],
                ));
        }
        _ => {
            let Some(q) = fts5_query(text, Match::All) else { return Ok(Vec::new()) };
            select
                .expr_as(Expr::cust("rowid"), Alias::new("id"))
                .from(Alias::new("quote_fts"))
                .and_where(cust(backend, r#""quote_fts" MATCH ?"#, vec![q.into()]));
        }
    }
    select.limit(limit);
    db.query_all(&select).await?.iter().map(|row| row.try_get::<i64>("", "id")).collect()
}

/// How many quotes match `q`.
pub async fn count_quotes<C: ConnectionTrait>(db: &C, q: &QuoteQuery) -> Result<u64, DbErr> {
    quote::Entity::find().filter(quote_condition(db.get_database_backend(), q, true)).count(db).await
}

/// Quotes by id, in no particular order (missing ids are skipped).
pub async fn quotes_by_ids<C: ConnectionTrait>(db: &C, ids: &[i64]) -> Result<Vec<quote::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    quote::Entity::find().filter(quote::Column::Id.is_in(ids.to_vec())).all(db).await
}

/// The quotes of each article, in article order (one statement for all of them).
pub async fn quotes_of_articles<C: ConnectionTrait>(
    db: &C,
    article_ids: &[i64],
) -> Result<HashMap<i64, Vec<quote::Model>>, DbErr> {
    let mut out: HashMap<i64, Vec<quote::Model>> = HashMap::new();
    if article_ids.is_empty() {
        return Ok(out);
    }
    let rows = quote::Entity::find()
        .filter(quote::Column::ArticleId.is_in(article_ids.to_vec()))
        .order_by_asc(quote::Column::ArticleId)
        .order_by_asc(quote::Column::Position)
        .all(db)
        .await?;
    for row in rows {
        out.entry(row.article_id).or_default().push(row);
    }
    Ok(out)
}

/// Speakers by id (merged ones included: a quote never points at them, but a lookup by id may).
pub async fn speakers_by_ids<C: ConnectionTrait>(db: &C, ids: &[i64]) -> Result<Vec<speaker::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    speaker::Entity::find().filter(speaker::Column::Id.is_in(ids.to_vec())).all(db).await
}

/// Articles by id.
pub async fn articles_by_ids<C: ConnectionTrait>(db: &C, ids: &[i64]) -> Result<Vec<article::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    article::Entity::find().filter(article::Column::Id.is_in(ids.to_vec())).all(db).await
}

/// Outlets by id.
pub async fn outlets_by_ids<C: ConnectionTrait>(db: &C, ids: &[i64]) -> Result<Vec<outlet::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    outlet::Entity::find().filter(outlet::Column::Id.is_in(ids.to_vec())).all(db).await
}

/// The aliases of each speaker, alphabetically.
pub async fn aliases_of<C: ConnectionTrait>(
    db: &C,
    speaker_ids: &[i64],
) -> Result<HashMap<i64, Vec<String>>, DbErr> {
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    if speaker_ids.is_empty() {
        return Ok(out);
    }
    let rows: Vec<(i64, String)> = speaker_alias::Entity::find()
        .select_only()
        .column(speaker_alias::Column::SpeakerId)
        .column(speaker_alias::Column::Alias)
        .filter(speaker_alias::Column::SpeakerId.is_in(speaker_ids.to_vec()))
        .order_by_asc(speaker_alias::Column::SpeakerId)
        .order_by_asc(speaker_alias::Column::Alias)
        .into_tuple()
        .all(db)
        .await?;
    for (id, alias) in rows {
        let list = out.entry(id).or_default();
        if !list.contains(&alias) {
            list.push(alias);
        }
    }
    Ok(out)
}

/// The reported roles of each speaker, oldest report first.
pub async fn roles_of<C: ConnectionTrait>(
    db: &C,
    speaker_ids: &[i64],
) -> Result<HashMap<i64, Vec<speaker_role::Model>>, DbErr> {
    let mut out: HashMap<i64, Vec<speaker_role::Model>> = HashMap::new();
    if speaker_ids.is_empty() {
        return Ok(out);
    }
    let rows = speaker_role::Entity::find()
        .filter(speaker_role::Column::SpeakerId.is_in(speaker_ids.to_vec()))
        .order_by_asc(speaker_role::Column::SpeakerId)
        .order_by_asc(speaker_role::Column::ReportedOn)
        .order_by_asc(speaker_role::Column::Id)
        .all(db)
        .await?;
    for row in rows {
        out.entry(row.speaker_id).or_default().push(row);
    }
    Ok(out)
}

/// The outlets that quoted each speaker, with how often, most often first.
pub async fn outlets_of_speakers<C: ConnectionTrait>(
    db: &C,
    speaker_ids: &[i64],
) -> Result<HashMap<i64, Vec<(i64, i64)>>, DbErr> {
    let mut out: HashMap<i64, Vec<(i64, i64)>> = HashMap::new();
    if speaker_ids.is_empty() {
        return Ok(out);
    }
    let rows: Vec<(Option<i64>, Option<i64>, i64)> = quote::Entity::find()
        .select_only()
        .column(quote::Column::SpeakerId)
        .column(quote::Column::OutletId)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(quote::Column::SpeakerId.is_in(speaker_ids.to_vec()))
        .filter(quote::Column::OutletId.is_not_null())
        .group_by(quote::Column::SpeakerId)
        .group_by(quote::Column::OutletId)
        .order_by_desc(Expr::cust("COUNT(*)"))
        .order_by_asc(quote::Column::OutletId)
        .into_tuple()
        .all(db)
        .await?;
    for (speaker, outlet, n) in rows {
        if let (Some(speaker), Some(outlet)) = (speaker, outlet) {
            out.entry(speaker).or_default().push((outlet, n));
        }
    }
    Ok(out)
}

/// Ids of the active speakers a name refers to: any alias or canonical name, case- and
/// punctuation-insensitive (one indexed lookup on `alias_key`/`name_key`). Merging moves the
/// absorbed speaker's aliases to the kept one, so an old name leads to the speaker it is now.
pub async fn speaker_ids_by_name<C: ConnectionTrait>(db: &C, name: &str) -> Result<Vec<i64>, DbErr> {
    let key = name_key(name);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    let mut ids: Vec<i64> = speaker_alias::Entity::find()
        .select_only()
        .column(speaker_alias::Column::SpeakerId)
        .distinct()
        .filter(speaker_alias::Column::AliasKey.eq(&key))
        .into_tuple()
        .all(db)
        .await?;
    let named: Vec<(i64, Option<i64>)> = speaker::Entity::find()
        .select_only()
        .column(speaker::Column::Id)
        .column(speaker::Column::MergedInto)
        .filter(speaker::Column::NameKey.eq(&key))
        .into_tuple()
        .all(db)
        .await?;
    ids.extend(named.into_iter().map(|(id, merged)| merged.unwrap_or(id)));
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Which speakers a speaker list covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerQuery {
    /// Name or alias containing this text (case-insensitive).
    pub search: Option<String>,
    /// Only this kind.
    pub kind: Option<SpeakerKind>,
}

/// Order of a speaker list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeakerSort {
    /// Most quoted first.
    #[default]
    QuoteCountDesc,
    /// Alphabetical.
    NameAsc,
    /// Most recently quoted first; never-dated speakers last.
    LastQuotedDesc,
}

/// One page of active (not merged) speakers.
pub async fn speakers_page<C: ConnectionTrait>(
    db: &C,
    q: &SpeakerQuery,
    sort: SpeakerSort,
    cursor: Option<&Cursor>,
    limit: u64,
) -> Result<Page<speaker::Model>, DbErr> {
    let mut base = speaker::Entity::find().filter(speaker::Column::MergedInto.is_null());
    if let Some(kind) = q.kind {
        base = base.filter(speaker::Column::Kind.eq(kind));
    }
    if let Some(search) = &q.search {
        let key = name_key(search);
        let pattern = format!("%{}%", like_escape(&key));
        base = base.filter(
            speaker::Column::Id.in_subquery(
                Query::select()
                    .column(speaker_alias::Column::SpeakerId)
                    .from(speaker_alias::Entity)
                    .and_where(cust(
                        db.get_database_backend(),
                        r#""speaker_alias"."alias_key" LIKE ? ESCAPE '\'"#,
                        vec![pattern.into()],
                    ))
                    .to_owned(),
            ),
        );
    }
    let keyset = match sort {
        SpeakerSort::QuoteCountDesc => {
            Keyset { key: r#""speaker"."quote_count""#, id: r#""speaker"."id""#, nullable: false, desc: true }
        }
        SpeakerSort::NameAsc => {
            Keyset { key: r#""speaker"."name""#, id: r#""speaker"."id""#, nullable: false, desc: false }
        }
        SpeakerSort::LastQuotedDesc => Keyset {
            key: r#""speaker"."last_quoted_on""#,
            id: r#""speaker"."id""#,
            nullable: true,
            desc: true,
        },
    };
    let (rows, has_more) = keyset_page(db, base, &keyset, cursor, Direction::Forward, limit).await?;
    let rows = rows
        .into_iter()
        .map(|s| {
            let key = match sort {
                SpeakerSort::QuoteCountDesc => SortKey::Count(s.quote_count),
                SpeakerSort::NameAsc => SortKey::Text(s.name.clone()),
                SpeakerSort::LastQuotedDesc => SortKey::Date(s.last_quoted_on),
            };
            let id = s.id;
            (s, Cursor { key, id })
        })
        .collect();
    Ok(Page { rows, has_more })
}

/// Which articles an article list covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleQuery {
    /// Outlet name or domain, case-insensitive.
    pub outlet: Option<String>,
    /// Published on or after.
    pub published_from: Option<NaiveDate>,
    /// Published on or before.
    pub published_to: Option<NaiveDate>,
}

/// One page of articles, latest published first (undated last).
pub async fn articles_page<C: ConnectionTrait>(
    db: &C,
    q: &ArticleQuery,
    cursor: Option<&Cursor>,
    limit: u64,
) -> Result<Page<article::Model>, DbErr> {
    let mut base = article::Entity::find();
    if let Some(name) = &q.outlet {
        base = base.filter(article::Column::OutletId.in_subquery(outlets_named(name)));
    }
    if let Some(d) = q.published_from {
        base = base.filter(article::Column::PublishedOn.gte(d));
    }
    if let Some(d) = q.published_to {
        base = base.filter(article::Column::PublishedOn.lte(d));
    }
    let keyset =
        Keyset { key: r#""article"."published_on""#, id: r#""article"."id""#, nullable: true, desc: true };
    let (rows, has_more) = keyset_page(db, base, &keyset, cursor, Direction::Forward, limit).await?;
    let rows = rows
        .into_iter()
        .map(|a| {
            let cursor = Cursor { key: SortKey::Date(a.published_on), id: a.id };
            (a, cursor)
        })
        .collect();
    Ok(Page { rows, has_more })
}

/// An article by its URL.
pub async fn article_by_url<C: ConnectionTrait>(db: &C, url: &str) -> Result<Option<article::Model>, DbErr> {
    article::Entity::find().filter(article::Column::Url.eq(url)).one(db).await
}

/// Calendar buckets of the quotes-over-time statistic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    /// One bucket per day.
    Day,
    /// Weeks starting on Monday.
    Week,
    /// Calendar months.
    Month,
}

/// Counts of the quotes matching `q`, grouped by speaker (at most `limit`, most quoted first).
pub async fn count_by_speaker<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
    limit: u64,
) -> Result<Vec<(i64, i64)>, DbErr> {
    grouped(db, q, Expr::col((quote::Entity, quote::Column::SpeakerId)), Some(limit))
        .await
        .map(|rows| rows.into_iter().filter_map(|(k, n)| Some((k?, n))).collect())
}

/// Counts of the quotes matching `q`, grouped by outlet (at most `limit`, largest first).
pub async fn count_by_outlet<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
    limit: u64,
) -> Result<Vec<(i64, i64)>, DbErr> {
    grouped(db, q, Expr::col((quote::Entity, quote::Column::OutletId)), Some(limit))
        .await
        .map(|rows| rows.into_iter().filter_map(|(k, n)| Some((k?, n))).collect())
}

/// Counts of the quotes matching `q`, grouped by kind.
pub async fn count_by_kind<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
) -> Result<Vec<(QuoteKind, i64)>, DbErr> {
    let rows: Vec<(Option<String>, i64)> =
        grouped(db, q, Expr::col((quote::Entity, quote::Column::Kind)), None).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(k, n)| {
            let kind = match k?.as_str() {
                "direct" => QuoteKind::Direct,
                "indirect" => QuoteKind::Indirect,
                "mixed" => QuoteKind::Mixed,
                _ => return None,
            };
            Some((kind, n))
        })
        .collect())
}

/// Counts of the quotes matching `q` per period of `said_sort`, oldest first (undated skipped).
pub async fn count_by_period<C: ConnectionTrait>(
    db: &C,
    q: &QuoteQuery,
    interval: Interval,
) -> Result<Vec<(NaiveDate, i64)>, DbErr> {
    let bucket = match (db.get_database_backend(), interval) {
        (DbBackend::Postgres, Interval::Day) => r#"to_char("quote"."said_sort", 'YYYY-MM-DD')"#,
        (DbBackend::Postgres, Interval::Week) => {
            r#"to_char(date_trunc('week', "quote"."said_sort"), 'YYYY-MM-DD')"#
        }
        (DbBackend::Postgres, Interval::Month) => {
            r#"to_char(date_trunc('month', "quote"."said_sort"), 'YYYY-MM-DD')"#
        }
        (_, Interval::Day) => r#"date("quote"."said_sort")"#,
        // Back six days, then forward to the next Monday: the Monday on or before the date.
        (_, Interval::Week) => r#"date("quote"."said_sort", '-6 days', 'weekday 1')"#,
        (_, Interval::Month) => r#"strftime('%Y-%m-01', "quote"."said_sort")"#,
    };
    let rows: Vec<(Option<String>, i64)> = quote::Entity::find()
        .select_only()
        .column_as(Expr::cust(bucket), "k")
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(quote_condition(db.get_database_backend(), q, true))
        .filter(quote::Column::SaidSort.is_not_null())
        .group_by(Expr::cust(bucket))
        .order_by_asc(Expr::cust(bucket))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(k, n)| Some((NaiveDate::parse_from_str(k?.get(..10)?, "%Y-%m-%d").ok()?, n)))
        .collect())
}

/// `SELECT key, COUNT(*) ... GROUP BY key ORDER BY COUNT(*) DESC`.
async fn grouped<C, K>(
    db: &C,
    q: &QuoteQuery,
    key: Expr,
    limit: Option<u64>,
) -> Result<Vec<(Option<K>, i64)>, DbErr>
where
    C: ConnectionTrait,
    K: sea_orm::TryGetable,
    (Option<K>, i64): sea_orm::TryGetableMany,
{
    let mut select = quote::Entity::find()
        .select_only()
        .column_as(key.clone(), "k")
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(quote_condition(db.get_database_backend(), q, true))
        .group_by(key.clone())
        .order_by_desc(Expr::cust("COUNT(*)"))
        .order_by_asc(key);
    if let Some(limit) = limit {
        select = select.limit(limit);
    }
    select.into_tuple().all(db).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts5_query_quotes_every_word() {
        assert_eq!(fts5_query("Idlib war", Match::All).as_deref(), Some(r#""idlib" "war""#));
        assert_eq!(fts5_query("Idlib war", Match::Any).as_deref(), Some(r#""idlib" OR "war""#));
    }

    #[test]
    fn fts5_query_keeps_phrases() {
        assert_eq!(
            fts5_query(r#"Idlib "very special place""#, Match::All).as_deref(),
            Some(r#""idlib" "very special place""#)
        );
    }

    #[test]
    fn fts5_query_neutralises_syntax() {
        // Operators, column filters, unbalanced quotes and stars are plain words or dropped.
        let cases = [
            (r#"text:war OR NOT "#, r#""text" "war" "or" "not""#),
            (r#"war* AND ("peace"#, r#""war" "and" "peace""#),
            ("NEAR(a b)", r#""near" "a" "b""#),
        ];
        for (input, expected) in cases {
            assert_eq!(fts5_query(input, Match::All).as_deref(), Some(expected), "{input}");
        }
        assert_eq!(fts5_query("*** \"\" ---", Match::All), None);
    }

    #[test]
    fn like_escape_escapes_wildcards() {
        assert_eq!(like_escape(r"50%_a\b"), r"50\%\_a\\b");
    }

    #[test]
    fn cust_numbers_placeholders_for_postgres() {
        let sql = Query::select()
            .expr(cust(DbBackend::Postgres, "? = ?", vec![1.into(), 2.into()]))
            .to_owned()
            .to_string(sea_orm::sea_query::PostgresQueryBuilder);
        assert_eq!(sql, "SELECT 1 = 2");
        let sql = Query::select()
            .expr(cust(DbBackend::Sqlite, "? = ?", vec![1.into(), 2.into()]))
            .to_owned()
            .to_string(sea_orm::sea_query::SqliteQueryBuilder);
        assert_eq!(sql, "SELECT 1 = 2");
    }
}

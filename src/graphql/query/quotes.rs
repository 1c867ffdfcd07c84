//! `quotes(...)`: the filtered, keyset-paginated quote list, and the paging shared by every
//! quote connection (`Speaker.quotes` too).
//!
//! Key design choice: `totalCount` is a `COUNT(*)` over the whole filter, so it runs only when
//! the selection asks for it (`ctx.look_ahead()`), concurrently with the page query.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object, SimpleObject};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{decode_cursor, encode_cursor};
use crate::graphql::loaders::{Prefetched, db};
use crate::graphql::types::{Quote, QuoteFilter, QuoteOrder};
use crate::store::query::{Cursor, Direction, QuoteQuery, QuoteSort, count_quotes, quotes_page};
use entity::quote;

/// Page size when neither `first` nor `last` is given.
pub const DEFAULT_PAGE: i32 = 20;
/// Largest page a client may ask for.
pub const MAX_PAGE: i32 = 100;

/// Extra fields of a quote connection.
#[derive(Debug, Clone, SimpleObject)]
pub struct QuoteTotals {
    /// Number of quotes matching the filter, over all pages (computed only when selected).
    pub total_count: i64,
}

/// A page of quotes (Relay connection).
pub type QuoteConnection = Connection<String, Quote, QuoteTotals>;

/// Relay paging arguments.
#[derive(Debug, Clone, Default)]
pub struct PageArgs {
    /// Page size reading forward.
    pub first: Option<i32>,
    /// Cursor to continue after.
    pub after: Option<String>,
    /// Page size reading backward.
    pub last: Option<i32>,
    /// Cursor to continue before.
    pub before: Option<String>,
}

impl PageArgs {
    /// Direction, starting cursor and page size, or why the arguments make no sense.
    pub fn resolve(&self) -> ApiResult<(Direction, Option<Cursor>, u64)> {
        let size = |n: i32, name: &str| {
            if !(0..=MAX_PAGE).contains(&n) {
                Err(ApiError::BadInput(format!("`{name}` must be between 0 and {MAX_PAGE}, got {n}")))
            } else {
                Ok(n as u64)
            }
        };
        match (self.first, self.last) {
            (Some(_), Some(_)) => Err(ApiError::BadInput(
                "give `first` (with `after`) or `last` (with `before`), not both".into(),
            )),
            (_, Some(last)) => {
                if self.after.is_some() {
                    return Err(ApiError::BadInput(
                        "`last` pages backward: use it with `before`, not `after`".into(),
                    ));
                }
                let cursor = self.before.as_deref().map(decode_cursor).transpose()?;
                Ok((Direction::Backward, cursor, size(last, "last")?))
            }
            (first, None) => {
                if self.before.is_some() {
                    return Err(ApiError::BadInput(
                        "`before` pages backward: use it with `last`, not `first`".into(),
                    ));
                }
                let cursor = self.after.as_deref().map(decode_cursor).transpose()?;
                Ok((Direction::Forward, cursor, size(first.unwrap_or(DEFAULT_PAGE), "first")?))
            }
        }
    }
}

/// Complexity of a connection field: its children's cost times the page size (at most
/// [`MAX_PAGE`]; larger sizes are refused with BAD_USER_INPUT when the field runs).
pub fn page_cost(first: Option<i32>, last: Option<i32>, child_complexity: usize) -> usize {
    let size = first.or(last).unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE) as usize;
    1 + size * child_complexity.max(1)
}

/// One page of quotes as a connection; `totalCount` only when selected.
pub async fn quote_connection(
    ctx: &Context<'_>,
    query: QuoteQuery,
    sort: QuoteSort,
    page: PageArgs,
) -> ApiResult<QuoteConnection> {
    let (direction, cursor, limit) = page.resolve()?;
    let db = db(ctx);
    let wants_total = ctx.look_ahead().field("totalCount").exists();
    let (rows, total) =
        tokio::join!(quotes_page(db, &query, sort, cursor.as_ref(), direction, limit), async {
            if wants_total { count_quotes(db, &query).await.map(Some) } else { Ok(None) }
        });
    let rows = rows?;
    let total = total?.unwrap_or(0) as i64;
    if let Some(prefetched) = ctx.data_opt::<Prefetched>() {
        let quotes: Vec<quote::Model> = rows.rows.iter().map(|(q, _)| q.clone()).collect();
        prefetched.fetch_for(db, ctx.look_ahead().field("edges").field("node"), &quotes).await?;
    }
    let (has_previous, has_next) = match direction {
        Direction::Forward => (cursor.is_some(), rows.has_more),
        Direction::Backward => (rows.has_more, cursor.is_some()),
    };
    let mut connection =
        Connection::with_additional_fields(has_previous, has_next, QuoteTotals { total_count: total });
    connection.edges.extend(rows.rows.into_iter().map(|(q, c)| Edge::new(encode_cursor(&c), Quote(q))));
    Ok(connection)
}

/// Quote queries.
#[derive(Default)]
pub struct QuotesQuery;

#[Object]
impl QuotesQuery {
    /// Quotes matching `filter`, latest said first unless `orderBy` says otherwise. Page with
    /// `first`/`after` (forward) or `last`/`before` (backward); pages hold at most 100 quotes.
    #[graphql(complexity = "page_cost(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn quotes(
        &self,
        ctx: &Context<'_>,
        filter: Option<QuoteFilter>,
        order_by: Option<QuoteOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> ApiResult<QuoteConnection> {
        let query = filter.unwrap_or_default().to_query(ctx).await?;
        let order = order_by.unwrap_or_default();
        if order == QuoteOrder::Relevance && query.search.is_none() {
            return Err(ApiError::BadInput("orderBy: RELEVANCE needs filter.search".into()));
        }
        quote_connection(ctx, query, order.into(), PageArgs { first, after, last, before }).await
    }
}

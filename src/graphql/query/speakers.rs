//! `speakers(...)` and `speaker(id, name)`.
//!
//! Merged speakers are hidden from the list; `speaker(name)` resolves names through the alias
//! table, so a merged-away name leads to the speaker it was merged into.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Enum, ID, InputObject, Object};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{Kind, decode_cursor, encode_cursor, id_of};
use crate::graphql::loaders::{db, loaders};
use crate::graphql::query::quotes::{DEFAULT_PAGE, MAX_PAGE, page_cost};
use crate::graphql::types::{Speaker, SpeakerKind};
use crate::store::query::{self, SpeakerQuery, SpeakerSort};

/// Which speakers to list.
#[derive(Debug, Clone, Default, InputObject)]
pub struct SpeakerFilter {
    /// Name or alias containing this text, case-insensitive ("zakh").
    pub search: Option<String>,
    /// Only this kind.
    pub kind: Option<SpeakerKind>,
}

/// Order of a speaker list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Enum)]
pub enum SpeakerOrder {
    /// Most quoted first.
    #[default]
    QuoteCountDesc,
    /// Alphabetical by name.
    NameAsc,
    /// Most recently quoted first.
    LastQuotedDesc,
}

/// A page of speakers (Relay connection).
pub type SpeakerConnection = Connection<String, Speaker>;

/// Checks a forward page size.
pub fn page_size(first: Option<i32>) -> ApiResult<u64> {
    let n = first.unwrap_or(DEFAULT_PAGE);
    if !(0..=MAX_PAGE).contains(&n) {
        return Err(ApiError::BadInput(format!("`first` must be between 0 and {MAX_PAGE}, got {n}")));
    }
    Ok(n as u64)
}

/// Speaker queries.
#[derive(Default)]
pub struct SpeakersQuery;

#[Object]
impl SpeakersQuery {
    /// Speakers (merged ones excluded), most quoted first unless `orderBy` says otherwise.
    #[graphql(complexity = "page_cost(first, None, child_complexity)")]
    async fn speakers(
        &self,
        ctx: &Context<'_>,
        filter: Option<SpeakerFilter>,
        order_by: Option<SpeakerOrder>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<SpeakerConnection> {
        let limit = page_size(first)?;
        let cursor = after.as_deref().map(decode_cursor).transpose()?;
        let filter = filter.unwrap_or_default();
        let q = SpeakerQuery { search: filter.search, kind: filter.kind.map(Into::into) };
        let sort = match order_by.unwrap_or_default() {
            SpeakerOrder::QuoteCountDesc => SpeakerSort::QuoteCountDesc,
            SpeakerOrder::NameAsc => SpeakerSort::NameAsc,
            SpeakerOrder::LastQuotedDesc => SpeakerSort::LastQuotedDesc,
        };
        let page = query::speakers_page(db(ctx), &q, sort, cursor.as_ref(), limit).await?;
        let mut connection = Connection::new(cursor.is_some(), page.has_more);
        connection.edges.extend(page.rows.into_iter().map(|(s, c)| Edge::new(encode_cursor(&c), Speaker(s))));
        Ok(connection)
    }

    /// One speaker, by `id` or by `name` (any alias, case-insensitive; when several speakers
    /// carry the name, the most quoted). Null when there is none.
    async fn speaker(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        name: Option<String>,
    ) -> ApiResult<Option<Speaker>> {
        let l = loaders(ctx);
        match (id, name) {
            (Some(id), None) => Ok(l.speakers.load_one(id_of(Kind::Speaker, &id)?).await?.map(Speaker)),
            (None, Some(name)) => {
                let ids = query::speaker_ids_by_name(db(ctx), &name).await?;
                let found = l.speakers.load_many(ids).await?;
                Ok(found
                    .into_values()
                    .filter(|s| s.merged_into.is_none())
                    .max_by_key(|s| (s.quote_count, -s.id))
                    .map(Speaker))
            }
            _ => Err(ApiError::BadInput("give exactly one of `id` and `name`".into())),
        }
    }
}

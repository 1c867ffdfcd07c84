//! `stats(filter, interval)`: quote counts for dashboards.
//!
//! Key design choice: every breakdown is one SQL `GROUP BY` over the filtered quotes, and each
//! runs only if its field is selected (each is its own resolver on [`QuoteStats`]); nothing
//! is counted in Rust over all rows.

use async_graphql::{Context, Enum, Object, SimpleObject};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{db, loaders};
use crate::graphql::types::{Date, Outlet, QuoteFilter, QuoteKind, Speaker};
use crate::store::query::{self, Interval, QuoteQuery};

/// Calendar buckets for `QuoteStats.byPeriod`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Enum)]
pub enum StatsInterval {
    /// Days.
    Day,
    /// Weeks starting on Monday.
    Week,
    /// Calendar months.
    #[default]
    Month,
}

/// Quote counts over a filter.
pub struct QuoteStats {
    query: QuoteQuery,
    interval: Interval,
    limit: u64,
}

/// Number of quotes by one speaker.
#[derive(SimpleObject)]
pub struct SpeakerCount {
    /// The speaker.
    pub speaker: Speaker,
    /// Quotes.
    pub count: i64,
}

/// Number of quotes in one outlet.
#[derive(SimpleObject)]
pub struct OutletQuoteCount {
    /// The outlet.
    pub outlet: Outlet,
    /// Quotes.
    pub count: i64,
}

/// Number of quotes of one kind.
#[derive(SimpleObject)]
pub struct KindCount {
    /// The kind.
    pub kind: QuoteKind,
    /// Quotes.
    pub count: i64,
}

/// Number of quotes said in one period.
#[derive(SimpleObject)]
pub struct PeriodCount {
    /// First day of the period (a Monday for weeks, the 1st for months).
    pub start: Date,
    /// Quotes.
    pub count: i64,
}

#[Object]
impl QuoteStats {
    /// Quotes matching the filter.
    async fn total(&self, ctx: &Context<'_>) -> ApiResult<i64> {
        Ok(query::count_quotes(db(ctx), &self.query).await? as i64)
    }

    /// The most quoted speakers (up to `limit`), most quotes first.
    async fn by_speaker(&self, ctx: &Context<'_>) -> ApiResult<Vec<SpeakerCount>> {
        let rows = query::count_by_speaker(db(ctx), &self.query, self.limit).await?;
        let speakers = loaders(ctx).speakers.load_many(rows.iter().map(|r| r.0)).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, count)| {
                speakers.get(&id).map(|s| SpeakerCount { speaker: Speaker(s.clone()), count })
            })
            .collect())
    }

    /// The outlets with most quotes (up to `limit`), most quotes first.
    async fn by_outlet(&self, ctx: &Context<'_>) -> ApiResult<Vec<OutletQuoteCount>> {
        let rows = query::count_by_outlet(db(ctx), &self.query, self.limit).await?;
        let outlets = loaders(ctx).outlets.load_many(rows.iter().map(|r| r.0)).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, count)| {
                outlets.get(&id).map(|o| OutletQuoteCount { outlet: Outlet(o.clone()), count })
            })
            .collect())
    }

    /// Quotes per kind.
    async fn by_kind(&self, ctx: &Context<'_>) -> ApiResult<Vec<KindCount>> {
        Ok(query::count_by_kind(db(ctx), &self.query)
            .await?
            .into_iter()
            .map(|(kind, count)| KindCount { kind: kind.into(), count })
            .collect())
    }

    /// Quotes per day, week or month (the `interval` argument of `stats`), oldest first, by the
    /// date said (publication date when unknown); periods without quotes are left out.
    async fn by_period(&self, ctx: &Context<'_>) -> ApiResult<Vec<PeriodCount>> {
        Ok(query::count_by_period(db(ctx), &self.query, self.interval)
            .await?
            .into_iter()
            .map(|(start, count)| PeriodCount { start: Date(start), count })
            .collect())
    }
}

/// Statistics queries.
#[derive(Default)]
pub struct StatsQuery;

#[Object]
impl StatsQuery {
    /// Counts of the quotes matching `filter`: in total, by speaker, outlet, kind and period.
    /// `limit` caps the speaker and outlet lists.
    async fn stats(
        &self,
        ctx: &Context<'_>,
        filter: Option<QuoteFilter>,
        #[graphql(default)] interval: StatsInterval,
        #[graphql(default = 20)] limit: i32,
    ) -> ApiResult<QuoteStats> {
        if !(1..=100).contains(&limit) {
            return Err(ApiError::BadInput(format!("`limit` must be between 1 and 100, got {limit}")));
        }
        let query = filter.unwrap_or_default().to_query(ctx).await?;
        let interval = match interval {
            StatsInterval::Day => Interval::Day,
            StatsInterval::Week => Interval::Week,
            StatsInterval::Month => Interval::Month,
        };
        Ok(QuoteStats { query, interval, limit: limit as u64 })
    }
}

//! `quoteAdded(filter)`: live quotes as articles are ingested.
//!
//! Key design choice: one `tokio::sync::broadcast` channel in the schema data; `ingestArticle`
//! publishes each new quote with its speaker and outlet once, and every subscriber applies its
//! own filter in memory ([`matches`]), so a subscription costs no database work per event. A
//! subscriber too slow to keep up skips the events it missed (logged) instead of holding
//! memory for it.

use std::sync::Arc;

use async_graphql::futures_util::Stream;
use async_graphql::{Context, Subscription};
use entity::{outlet, quote, speaker};
use sea_orm::DatabaseConnection;
use tokio::sync::broadcast;

use crate::graphql::types::{Quote, QuoteFilter};
use crate::store::query::{self, QuoteQuery};
use crate::verify::words;

/// A newly stored quote with what subscription filters look at.
#[derive(Debug, Clone)]
pub struct QuoteEvent {
    /// The quote.
    pub quote: quote::Model,
    /// Its speaker.
    pub speaker: Option<speaker::Model>,
    /// Its outlet.
    pub outlet: Option<outlet::Model>,
}

/// The channel of new quotes (schema data).
#[derive(Clone)]
pub struct QuoteEvents(pub broadcast::Sender<Arc<QuoteEvent>>);

impl QuoteEvents {
    /// A channel buffering up to `capacity` events per slow subscriber.
    pub fn new(capacity: usize) -> QuoteEvents {
        QuoteEvents(broadcast::channel(capacity).0)
    }
}

/// Publishes the quotes of a newly stored article (a no-op without subscribers).
pub async fn publish_article(db: &DatabaseConnection, events: &QuoteEvents, quotes: &[quote::Model]) {
    if events.0.receiver_count() == 0 || quotes.is_empty() {
        return;
    }
    let speaker_ids: Vec<i64> = quotes.iter().filter_map(|q| q.speaker_id).collect();
    let outlet_ids: Vec<i64> = quotes.iter().filter_map(|q| q.outlet_id).collect();
    let (speakers, outlets) =
        tokio::join!(query::speakers_by_ids(db, &speaker_ids), query::outlets_by_ids(db, &outlet_ids));
    let (speakers, outlets) = match (speakers, outlets) {
        (Ok(s), Ok(o)) => (s, o),
        (Err(err), _) | (_, Err(err)) => {
            tracing::error!(error = %err, "cannot load speakers for quoteAdded; events dropped");
            return;
        }
    };
    for q in quotes {
        let event = QuoteEvent {
            quote: q.clone(),
            speaker: speakers.iter().find(|s| Some(s.id) == q.speaker_id).cloned(),
            outlet: outlets.iter().find(|o| Some(o.id) == q.outlet_id).cloned(),
        };
        // An error only means nobody is listening any more.
        let _ = events.0.send(Arc::new(event));
    }
}

/// Whether an event passes a subscriber's filter. Full-text search is approximated in memory:
/// every search word must begin a word of the quote ("displace" finds "displaced").
pub fn matches(q: &QuoteQuery, event: &QuoteEvent) -> bool {
    let quote = &event.quote;
    let within =
        |value: Option<chrono::NaiveDate>, from: Option<chrono::NaiveDate>, to: Option<chrono::NaiveDate>| {
            (from.is_none() && to.is_none())
                || value.is_some_and(|v| from.is_none_or(|f| v >= f) && to.is_none_or(|t| v <= t))
        };
    if let Some(ids) = &q.speaker_ids
        && !quote.speaker_id.is_some_and(|id| ids.contains(&id))
    {
        return false;
    }
    if let Some(kind) = q.speaker_kind
        && event.speaker.as_ref().map(|s| s.kind) != Some(kind)
    {
        return false;
    }
    if q.kind.is_some_and(|k| k != quote.kind) {
        return false;
    }
    if let Some(search) = &q.search {
        let text = words(&quote.text);
        if !words(search).iter().all(|w| text.iter().any(|t| t.starts_with(w.as_str()))) {
            return false;
        }
    }
    if !within(quote.said_sort, q.said_from, q.said_to)
        || !within(quote.published_on, q.published_from, q.published_to)
    {
        return false;
    }
    if let Some(name) = &q.outlet {
        let name = name.trim().to_lowercase();
        let hit = event
            .outlet
            .as_ref()
            .is_some_and(|o| o.name.to_lowercase() == name || o.domain.as_deref() == Some(name.as_str()));
        if !hit {
            return false;
        }
    }
    if q.article_id.is_some_and(|id| id != quote.article_id) {
        return false;
    }
    if let Some(place) = &q.place {
        let place = place.trim().to_lowercase();
        if !quote.place.as_deref().is_some_and(|p| p.to_lowercase().contains(&place)) {
            return false;
        }
    }
    q.min_confidence.is_none_or(|min| quote.confidence >= min)
}

/// Live updates.
#[derive(Default)]
pub struct Subscription;

#[Subscription]
impl Subscription {
    /// Every quote stored from now on that matches `filter` (same fields as `Query.quotes`;
    /// `search` matches word prefixes here).
    async fn quote_added(
        &self,
        ctx: &Context<'_>,
        filter: Option<QuoteFilter>,
    ) -> async_graphql::Result<impl Stream<Item = Quote> + use<>> {
        let query = filter.unwrap_or_default().to_query(ctx).await?;
        let rx = ctx.data_unchecked::<QuoteEvents>().0.subscribe();
        Ok(async_graphql::futures_util::stream::unfold((rx, query), |(mut rx, query)| async move {
            loop {
                match rx.recv().await {
                    Ok(event) if matches(&query, &event) => {
                        return Some((Quote(event.quote.clone()), (rx, query)));
                    }
                    Ok(_) => {}
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        tracing::warn!(missed, "quoteAdded subscriber lagged; events skipped");
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        }))
    }
}

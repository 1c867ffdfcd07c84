//! DataLoaders for nested fields: a page of 100 quotes asks for its speakers, articles and
//! outlets in one statement each, not one per quote.
//!
//! Key design choice: the loaders live in the schema (one set per server) with caching off.
//! Batching needs no cache, and a shared uncached loader can never serve a stale speaker after a
//! merge; it also works the same for HTTP requests and for `schema.execute` in tests.

use std::collections::HashMap;

use async_graphql::Context;
use async_graphql::dataloader::{DataLoader, Loader};
use entity::{article, outlet, quote, speaker, speaker_role};
use sea_orm::DatabaseConnection;

use super::error::ApiError;
use crate::store::query;

macro_rules! by_id_loader {
    ($(#[$doc:meta])* $name:ident, $model:ty, $fetch:path) => {
        $(#[$doc])*
        pub struct $name {
            db: DatabaseConnection,
        }

        impl Loader<i64> for $name {
            type Value = $model;
            type Error = ApiError;

            async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, $model>, ApiError> {
                Ok($fetch(&self.db, keys).await?.into_iter().map(|m| (m.id, m)).collect())
            }
        }
    };
}

macro_rules! grouped_loader {
    ($(#[$doc:meta])* $name:ident, $value:ty, $fetch:path) => {
        $(#[$doc])*
        pub struct $name {
            db: DatabaseConnection,
        }

        impl Loader<i64> for $name {
            type Value = $value;
            type Error = ApiError;

            async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, $value>, ApiError> {
                Ok($fetch(&self.db, keys).await?)
            }
        }
    };
}

by_id_loader!(
    /// Speakers by id.
    SpeakerLoader, speaker::Model, query::speakers_by_ids
);
by_id_loader!(
    /// Articles by id.
    ArticleLoader, article::Model, query::articles_by_ids
);
by_id_loader!(
    /// Outlets by id.
    OutletLoader, outlet::Model, query::outlets_by_ids
);
grouped_loader!(
    /// The quotes of an article (by article id), in article order.
    ArticleQuotesLoader, Vec<quote::Model>, query::quotes_of_articles
);
grouped_loader!(
    /// The aliases of a speaker (by speaker id).
    AliasLoader, Vec<String>, query::aliases_of
);
grouped_loader!(
    /// The reported roles of a speaker (by speaker id), oldest first.
    RoleLoader, Vec<speaker_role::Model>, query::roles_of
);
grouped_loader!(
    /// (outlet id, quote count) pairs of a speaker (by speaker id), most quoting outlet first.
    SpeakerOutletsLoader, Vec<(i64, i64)>, query::outlets_of_speakers
);

/// How long a loader collects keys before it runs its one statement. async-graphql's default
/// (1 ms) splits a page of 100 quotes into several batches when the runtime is busy; a few
/// milliseconds of latency per nesting level buys one statement per level.
pub const BATCH_DELAY: std::time::Duration = std::time::Duration::from_millis(10);

/// Speakers and articles of a page of quotes, fetched by the page's resolver in one statement
/// each when the selection asks for them, so nested `speaker`/`article` fields answer at once
/// instead of waiting [`BATCH_DELAY`] for a loader batch. One per request (the HTTP handler adds
/// it); without it, the loaders serve.
#[derive(Clone, Default)]
pub struct Prefetched(std::sync::Arc<std::sync::Mutex<PrefetchedRows>>);

/// The rows held by [`Prefetched`].
#[derive(Default)]
pub struct PrefetchedRows {
    speakers: HashMap<i64, speaker::Model>,
    articles: HashMap<i64, article::Model>,
}

impl Prefetched {
    /// A prefetched speaker.
    pub fn speaker(&self, id: i64) -> Option<speaker::Model> {
        self.0.lock().ok()?.speakers.get(&id).cloned()
    }

    /// A prefetched article.
    pub fn article(&self, id: i64) -> Option<article::Model> {
        self.0.lock().ok()?.articles.get(&id).cloned()
    }

    /// Fetches the speakers and articles of `quotes` that the selection `node` asks for.
    pub async fn fetch_for(
        &self,
        db: &DatabaseConnection,
        node: async_graphql::Lookahead<'_>,
        quotes: &[quote::Model],
    ) -> Result<(), ApiError> {
        let mut speaker_ids: Vec<i64> = quotes.iter().filter_map(|q| q.speaker_id).collect();
        let mut article_ids: Vec<i64> = quotes.iter().map(|q| q.article_id).collect();
        for ids in [&mut speaker_ids, &mut article_ids] {
            ids.sort_unstable();
            ids.dedup();
        }
        let want_speakers = node.field("speaker").exists() && !speaker_ids.is_empty();
        let want_articles = node.field("article").exists() && !article_ids.is_empty();
        let (speakers, articles) = tokio::join!(
            async {
                if want_speakers { query::speakers_by_ids(db, &speaker_ids).await } else { Ok(Vec::new()) }
            },
            async {
                if want_articles { query::articles_by_ids(db, &article_ids).await } else { Ok(Vec::new()) }
            },
        );
        let (speakers, articles) = (speakers?, articles?);
        if let Ok(mut rows) = self.0.lock() {
            rows.speakers.extend(speakers.into_iter().map(|s| (s.id, s)));
            rows.articles.extend(articles.into_iter().map(|a| (a.id, a)));
        }
        Ok(())
    }
}

/// All loaders, kept in the schema data.
pub struct Loaders {
    /// Speakers by id.
    pub speakers: DataLoader<SpeakerLoader>,
    /// Articles by id.
    pub articles: DataLoader<ArticleLoader>,
    /// Outlets by id.
    pub outlets: DataLoader<OutletLoader>,
    /// Quotes by article id.
    pub article_quotes: DataLoader<ArticleQuotesLoader>,
    /// Aliases by speaker id.
    pub aliases: DataLoader<AliasLoader>,
    /// Roles by speaker id.
    pub roles: DataLoader<RoleLoader>,
    /// Outlets by speaker id.
    pub speaker_outlets: DataLoader<SpeakerOutletsLoader>,
}

impl Loaders {
    /// Loaders reading from `db`.
    pub fn new(db: &DatabaseConnection) -> Loaders {
        let db = || db.clone();
        Loaders {
            speakers: DataLoader::new(SpeakerLoader { db: db() }, tokio::spawn).delay(BATCH_DELAY),
            articles: DataLoader::new(ArticleLoader { db: db() }, tokio::spawn).delay(BATCH_DELAY),
            outlets: DataLoader::new(OutletLoader { db: db() }, tokio::spawn).delay(BATCH_DELAY),
            article_quotes: DataLoader::new(ArticleQuotesLoader { db: db() }, tokio::spawn)
                .delay(BATCH_DELAY),
            aliases: DataLoader::new(AliasLoader { db: db() }, tokio::spawn).delay(BATCH_DELAY),
            roles: DataLoader::new(RoleLoader { db: db() }, tokio::spawn).delay(BATCH_DELAY),
            speaker_outlets: DataLoader::new(SpeakerOutletsLoader { db: db() }, tokio::spawn)
                .delay(BATCH_DELAY),
        }
    }
}

/// The loaders of the schema.
pub fn loaders<'a>(ctx: &Context<'a>) -> &'a Loaders {
    ctx.data_unchecked::<Loaders>()
}

/// The database connection of the schema.
pub fn db<'a>(ctx: &Context<'a>) -> &'a DatabaseConnection {
    ctx.data_unchecked::<DatabaseConnection>()
}

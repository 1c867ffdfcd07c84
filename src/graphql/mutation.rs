//! Mutations: ingest and delete articles, merge and split speakers.
//!
//! Key design choice: every mutation requires `Authorization: Bearer <token>` equal to the
//! server's `--token`; with no token configured they are all refused, so a server started
//! without one is read-only. The check is [`require_token`], called first in each resolver.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::extract;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{Kind, id_of};
use crate::graphql::loaders::db;
use crate::graphql::subscription::{QuoteEvents, publish_article};
use crate::graphql::types::{Article, Date, Quote, Speaker};
use crate::store::{self, NewArticle, Stored, query};

/// The bearer token the server accepts for mutations (schema data); `None`: mutations refused.
#[derive(Clone, Default)]
pub struct MutationToken(pub Option<String>);

/// The bearer token a request presented (request data, set by the HTTP handler).
#[derive(Clone, Default)]
pub struct PresentedToken(pub Option<String>);

/// Longest article text accepted, in bytes.
const MAX_TEXT: usize = 512 * 1024;

/// Compares without an early exit, so response times do not reveal how much of a guess is right.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Refuses the mutation unless the request carries the configured bearer token.
pub fn require_token(ctx: &Context<'_>) -> ApiResult<()> {
    let expected = ctx.data_opt::<MutationToken>().and_then(|t| t.0.as_deref());
    let Some(expected) = expected else {
        return Err(ApiError::Unauthenticated(
            "mutations are disabled on this server: start it with `--token <secret>` (or set \
             QUOTEGRAPH_TOKEN) and send `Authorization: Bearer <secret>`"
                .into(),
        ));
    };
    match ctx.data_opt::<PresentedToken>().and_then(|t| t.0.as_deref()) {
        Some(given) if same_secret(given, expected) => Ok(()),
        Some(_) => Err(ApiError::Unauthenticated("the bearer token is not valid".into())),
        None => Err(ApiError::Unauthenticated(
            "mutations need an `Authorization: Bearer <token>` header with the server's --token".into(),
        )),
    }
}

/// An article to ingest.
#[derive(Debug, Clone, InputObject)]
pub struct ArticleInput {
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL (an article with the same URL is not stored twice).
    pub url: Option<String>,
    /// Outlet name ("Asharq Al-Awsat").
    pub outlet: Option<String>,
    /// Publication date; relative dates in the text ("Thursday") are resolved against it.
    pub published: Option<Date>,
    /// Language tag ("en").
    pub language: Option<String>,
    /// The body text.
    pub text: String,
}

/// What `ingestArticle` did.
#[derive(SimpleObject)]
pub struct IngestResult {
    /// The stored article (the existing one when it was already present).
    pub article: Article,
    /// The article's quotes, in article order.
    pub quotes: Vec<Quote>,
    /// True when the same text (or URL) was already stored; nothing changed then.
    pub already_present: bool,
}

/// Write operations (require the bearer token).
#[derive(Default)]
pub struct Mutation;

#[Object]
impl Mutation {
    /// Extracts the quotes of an article and stores both; idempotent on the text. New quotes
    /// are published to `quoteAdded` subscribers.
    async fn ingest_article(&self, ctx: &Context<'_>, input: ArticleInput) -> ApiResult<IngestResult> {
        require_token(ctx)?;
        if input.text.trim().is_empty() {
            return Err(ApiError::BadInput("`text` is empty".into()));
        }
        if input.text.len() > MAX_TEXT {
            return Err(ApiError::BadInput(format!("`text` is longer than {MAX_TEXT} bytes")));
        }
        let article = NewArticle {
            title: input.title,
            url: input.url,
            outlet: input.outlet,
            published: input.published.map(|d| d.0),
            language: input.language,
            text: input.text,
        };
        let db = db(ctx);
        // Extraction is CPU work: keep it off the async workers.
        let (article, extraction) = tokio::task::spawn_blocking(move || {
            let extraction =
                extract::extract(&extract::Article { text: &article.text, published: article.published });
            (article, extraction)
        })
        .await
        .map_err(ApiError::internal)?;
        let stored = store::store_article(db, &article, &extraction).await?;
        let id = stored.article_id();
        let model = query::articles_by_ids(db, &[id])
            .await?
            .pop()
            .ok_or_else(|| ApiError::internal(format!("article {id} vanished after storing")))?;
        let quotes = query::quotes_of_articles(db, &[id]).await?.remove(&id).unwrap_or_default();
        let already_present = matches!(stored, Stored::AlreadyPresent { .. });
        if !already_present && let Some(events) = ctx.data_opt::<QuoteEvents>() {
            publish_article(db, events, &quotes).await;
        }
        Ok(IngestResult {
            article: Article(model),
            quotes: quotes.into_iter().map(Quote).collect(),
            already_present,
        })
    }

    /// Deletes an article with its quotes; returns its id.
    async fn delete_article(&self, ctx: &Context<'_>, id: ID) -> ApiResult<ID> {
        require_token(ctx)?;
        let n = id_of(Kind::Article, &id)?;
        if store::write::delete_article(db(ctx), n).await? {
            Ok(id)
        } else {
            Err(ApiError::NotFound(format!("no article with id {}", id.0)))
        }
    }

    /// Merges speaker `absorb` into `keep` (two names for one person): its quotes and aliases
    /// move to `keep`; `splitSpeaker(absorb)` undoes it.
    async fn merge_speakers(&self, ctx: &Context<'_>, keep: ID, absorb: ID) -> ApiResult<Speaker> {
        require_token(ctx)?;
        let (keep, absorb) = (id_of(Kind::Speaker, &keep)?, id_of(Kind::Speaker, &absorb)?);
        Ok(Speaker(store::merge::merge_speakers(db(ctx), keep, absorb).await?))
    }

    /// Undoes the merge of a speaker: its quotes and aliases move back to it.
    async fn split_speaker(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Speaker> {
        require_token(ctx)?;
        Ok(Speaker(store::merge::split_speaker(db(ctx), id_of(Kind::Speaker, &id)?).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_secret_compares_whole_strings() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}

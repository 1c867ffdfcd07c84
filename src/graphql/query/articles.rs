//! `articles(...)` and `article(id, url)`.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{Kind, decode_cursor, encode_cursor, id_of};
use crate::graphql::loaders::{db, loaders};
use crate::graphql::query::quotes::page_cost;
use crate::graphql::query::speakers::page_size;
use crate::graphql::types::{Article, Date};
use crate::store::query::{self, ArticleQuery};

/// Which articles to list.
#[derive(Debug, Clone, Default, InputObject)]
pub struct ArticleFilter {
    /// Outlet name or web domain, case-insensitive.
    pub outlet: Option<String>,
    /// Published on or after.
    pub published_from: Option<Date>,
    /// Published on or before.
    pub published_to: Option<Date>,
}

/// A page of articles (Relay connection).
pub type ArticleConnection = Connection<String, Article>;

/// Article queries.
#[derive(Default)]
pub struct ArticlesQuery;

#[Object]
impl ArticlesQuery {
    /// Articles, latest published first.
    #[graphql(complexity = "page_cost(first, None, child_complexity)")]
    async fn articles(
        &self,
        ctx: &Context<'_>,
        filter: Option<ArticleFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<ArticleConnection> {
        let limit = page_size(first)?;
        let cursor = after.as_deref().map(decode_cursor).transpose()?;
        let filter = filter.unwrap_or_default();
        let q = ArticleQuery {
            outlet: filter.outlet,
            published_from: filter.published_from.map(|d| d.0),
            published_to: filter.published_to.map(|d| d.0),
        };
        let page = query::articles_page(db(ctx), &q, cursor.as_ref(), limit).await?;
        let mut connection = Connection::new(cursor.is_some(), page.has_more);
        connection.edges.extend(page.rows.into_iter().map(|(a, c)| Edge::new(encode_cursor(&c), Article(a))));
        Ok(connection)
    }

    /// One article, by `id` or by `url`. Null when there is none.
    async fn article(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        url: Option<String>,
    ) -> ApiResult<Option<Article>> {
        match (id, url) {
            (Some(id), None) => {
                Ok(loaders(ctx).articles.load_one(id_of(Kind::Article, &id)?).await?.map(Article))
            }
            (None, Some(url)) => Ok(query::article_by_url(db(ctx), &url).await?.map(Article)),
            _ => Err(ApiError::BadInput("give exactly one of `id` and `url`".into())),
        }
    }
}

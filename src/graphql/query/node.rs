//! `node(id)`: any object by its global id (Relay object identification).

use async_graphql::{Context, ID, Object};

use crate::graphql::error::ApiResult;
use crate::graphql::ids::{Kind, parse_global_id};
use crate::graphql::loaders::loaders;
use crate::graphql::types::{Article, Node, Outlet, Quote, Speaker};
use crate::store::query::quotes_by_ids;

/// Object lookup by global id.
#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// The object with this global id (from any `id` field); null when there is none.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Node>> {
        let Some((kind, n)) = parse_global_id(&id) else { return Ok(None) };
        let l = loaders(ctx);
        Ok(match kind {
            Kind::Quote => {
                let db = crate::graphql::loaders::db(ctx);
                quotes_by_ids(db, &[n]).await?.into_iter().next().map(|q| Node::Quote(Quote(q)))
            }
            Kind::Speaker => l.speakers.load_one(n).await?.map(|s| Node::Speaker(Speaker(s))),
            Kind::Article => l.articles.load_one(n).await?.map(|a| Node::Article(Article(a))),
            Kind::Outlet => l.outlets.load_one(n).await?.map(|o| Node::Outlet(Outlet(o))),
        })
    }
}

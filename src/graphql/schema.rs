//! Building the schema: root types, shared data and the limits that make it safe to expose.
//!
//! Key design choice: cost is bounded before anything runs. Depth, complexity (connection
//! fields cost their page size times their children, see `page_cost`) and the number of field
//! selections (aliases included) are checked at validation, so a hostile query is refused
//! with `QUERY_TOO_COMPLEX` without touching the database. Page sizes (at most 100) are
//! checked by the resolvers; body size, batch size and time per request by the HTTP layer.

use async_graphql::Schema;
use sea_orm::DatabaseConnection;

use super::error::ErrorCodes;
use super::loaders::Loaders;
use super::mutation::{Mutation, MutationToken};
use super::query::Query;
use super::subscription::{QuoteEvents, Subscription};

/// The quotegraph schema.
pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Limits on what one request may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest field nesting.
    pub depth: usize,
    /// Highest complexity (1 per field, connections times their page size).
    pub complexity: usize,
    /// Most field selections in one document, aliases included.
    pub fields: usize,
    /// Most operations in one batched HTTP request.
    pub batch: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { depth: 12, complexity: 5_000, fields: 300, batch: 10 }
    }
}

/// How to build the schema.
#[derive(Debug, Clone, Default)]
pub struct SchemaOptions {
    /// Production: no introspection, no field suggestions in errors.
    pub production: bool,
    /// The bearer token mutations require; `None` refuses all mutations.
    pub token: Option<String>,
    /// Request limits.
    pub limits: Limits,
}

fn builder() -> async_graphql::SchemaBuilder<Query, Mutation, Subscription> {
    Schema::build(Query::default(), Mutation, Subscription)
}

/// The schema serving `db`, publishing new quotes on `events`.
pub fn build_schema(db: DatabaseConnection, events: QuoteEvents, options: &SchemaOptions) -> AppSchema {
    let mut builder = builder()
        .data(Loaders::new(&db))
        .data(db)
        .data(events)
        .data(MutationToken(options.token.clone().filter(|t| !t.is_empty())))
        .limit_depth(options.limits.depth)
        .limit_complexity(options.limits.complexity)
        .extension(ErrorCodes { max_fields: options.limits.fields });
    if options.production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The schema in SDL, as committed in `schema.graphql`.
pub fn schema_sdl() -> String {
    builder().finish().sdl()
}

//! The GraphQL API: schema, resolvers, data loaders and error mapping.
//!
//! Layout by concern: [`schema`] builds the schema with its limits, [`query`] holds one `*Query`
//! per feature merged into the root, [`types`] wraps entity models in API types (newtypes with
//! `#[Object]` impls, so the API shape is free of the table shape), [`loaders`] batches nested
//! lookups, [`error`] gives every error a stable `extensions.code`. Resolvers call the store's
//! read functions (`store::query`) and never build SQL themselves.

pub mod error;
pub mod ids;
pub mod loaders;
pub mod mutation;
pub mod query;
pub mod schema;
pub mod subscription;
pub mod types;

pub use schema::{AppSchema, Limits, SchemaOptions, build_schema, schema_sdl};

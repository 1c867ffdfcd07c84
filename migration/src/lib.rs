//! Schema migrations of the quotegraph store, one file per change, applied in order.
//!
//! Tables are built with sea-query so one definition serves SQLite and PostgreSQL; full-text
//! search is the one backend-specific piece (FTS5 on SQLite, `tsvector` + GIN on PostgreSQL).

pub use sea_orm_migration::prelude::*;

mod m20260101_000001_create_tables;
mod m20260101_000002_quote_search;

/// Runs every migration of the store.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20260101_000001_create_tables::Migration),
            Box::new(m20260101_000002_quote_search::Migration),
        ]
    }
}

//! Persistence with sea-orm: one store API over SQLite (the embedded default) and PostgreSQL.
//!
//! Functions take `&impl ConnectionTrait` (or a connection they open a transaction on) and return
//! entity models or small read structs. Writes of one article happen in one transaction, so an
//! article is stored whole or not at all. On SQLite, write transactions start `IMMEDIATE` so
//! concurrent writers queue on the busy timeout instead of failing on a lock upgrade.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

mod batch;
pub mod merge;
pub mod query;
pub mod write;

pub use write::{NewArticle, Stored, store_article, store_batch};

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database URL names no backend quotegraph supports.
    #[error("unsupported database URL {0:?}: use sqlite://FILE?mode=rwc or postgres://USER@HOST/DB")]
    UnsupportedUrl(String),
    /// Connecting or migrating failed.
    #[error("cannot open database {url}: {source}")]
    Connect {
        /// The URL, with any password removed.
        url: String,
        /// The driver's error.
        #[source]
        source: DbErr,
    },
    /// A named speaker does not exist.
    #[error("no speaker {0}")]
    SpeakerNotFound(String),
    /// A request that makes no sense (merging a speaker into itself, splitting an unmerged one).
    #[error("{0}")]
    Invalid(String),
    /// Any other database error.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The default database: an SQLite file in the working directory, created when missing.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://quotegraph.db?mode=rwc";

/// Removes the password from a database URL so it can be shown in messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!("{}{}:***{}", &url[..scheme + 3], &creds[..colon], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Opens the database at `url` and brings its schema up to date.
///
/// SQLite gets WAL journaling, foreign keys, `synchronous=NORMAL` and a 10 s busy timeout.
pub async fn connect(url: &str) -> Result<DatabaseConnection, StoreError> {
    if !(url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(StoreError::UnsupportedUrl(redact_url(url)));
    }
    let connect_error = |source| StoreError::Connect { url: redact_url(url), source };
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30))
        .max_connections(if url.starts_with("sqlite:") { 8 } else { 16 })
        .map_sqlx_sqlite_opts(|opts| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // 64 MiB of page cache per connection: a batch of articles with its FTS index
                // updates then stays in memory until commit instead of spilling page by page.
                .pragma("cache_size", "-65536")
                .pragma("temp_store", "memory")
        });
    let db = Database::connect(options).await.map_err(connect_error)?;
    Migrator::up(&db, None).await.map_err(connect_error)?;
    Ok(db)
}

/// Starts a write transaction: `BEGIN IMMEDIATE` on SQLite, a plain `BEGIN` elsewhere.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: (db.get_database_backend() == DbBackend::Sqlite)
            .then_some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

/// Checks that the database answers (for `/readyz`).
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.ping().await
}

/// Lower-cases a name and keeps only its letters, digits and single spaces: the key on which
/// speakers and aliases are matched ("Maria  Zakharova," and "maria zakharova" agree).
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_key_ignores_case_punctuation_and_spacing() {
        assert_eq!(name_key("Maria  Zakharova,"), "maria zakharova");
        assert_eq!(name_key("the U.N."), "the u n");
        assert_eq!(name_key("Jabhat al-Nusra"), "jabhat al nusra");
    }

    #[test]
    fn redact_url_hides_only_the_password() {
        assert_eq!(redact_url("postgres://bob:secret@db:5432/q"), "postgres://bob:***@db:5432/q");
        assert_eq!(redact_url("postgres://bob@db/q"), "postgres://bob@db/q");
        assert_eq!(redact_url("sqlite://quotegraph.db?mode=rwc"), "sqlite://quotegraph.db?mode=rwc");
    }
}

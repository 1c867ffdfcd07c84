//! Test databases: a fresh SQLite file per test, and a fresh PostgreSQL database per test when
//! `TEST_DATABASE_URL` names a server (created here, dropped when the test ends, even on panic).
//! Never `DATABASE_URL`: that is a user's real database.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use tempfile::TempDir;

/// A migrated, empty database that lives as long as the value.
pub struct TestDb {
    /// Connection to it.
    pub db: DatabaseConnection,
    /// Its URL, for child processes and servers.
    pub url: String,
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// Keeps the SQLite file's directory alive; also a scratch directory for the test.
    pub dir: TempDir,
    /// For PostgreSQL: the server URL and the database to drop.
    pg: Option<(String, String)>,
}

impl TestDb {
    /// A new SQLite file database.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("a temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        let db = quotegraph::store::connect(&url).await.expect("open and migrate SQLite");
        TestDb { db, url, backend: "sqlite", dir, pg: None }
    }

    /// A new PostgreSQL database on `TEST_DATABASE_URL`'s server, or `None` (printing why) when
    /// the variable is unset.
    pub async fn postgres() -> Option<TestDb> {
        let Ok(server) = std::env::var("TEST_DATABASE_URL") else {
            eprintln!("skipped: TEST_DATABASE_URL not set (PostgreSQL variant of this test not run)");
            return None;
        };
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name =
            format!("qg_test_{}_{}_{}", std::process::id(), nanos, COUNTER.fetch_add(1, Ordering::Relaxed));
        let admin = Database::connect(&server).await.expect("connect to TEST_DATABASE_URL");
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
        admin.close().await.ok();
        let url = with_database(&server, &name);
        let db = quotegraph::store::connect(&url).await.expect("open and migrate PostgreSQL");
        let dir = tempfile::tempdir().expect("a temp dir");
        Some(TestDb { db, url, backend: "postgres", dir, pg: Some((server, name)) })
    }
}

/// `server` with its database path replaced by `name`.
fn with_database(server: &str, name: &str) -> String {
    let (base, query) = server.split_once('?').map_or((server, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.pg.take() else { return };
        // Drop runs outside async; use a private runtime on a plain thread.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let admin = Database::connect(&server).await.ok()?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok()?;
                admin.close().await.ok()
            })
        })
        .join();
    }
}

/// Runs each test body once on SQLite and once on PostgreSQL (when `TEST_DATABASE_URL` is set):
///
/// ```ignore
/// both_backends! {
///     async fn ingesting_twice_stores_one_article(t: &TestDb) { ... }
/// }
/// ```
#[macro_export]
macro_rules! both_backends {
    ($( $(#[$meta:meta])* async fn $name:ident($t:ident: &TestDb) $body:block )*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                $(#[$meta])*
                async fn body($t: &$crate::common::TestDb) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let t = $crate::common::TestDb::sqlite().await;
                    body(&t).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let Some(t) = $crate::common::TestDb::postgres().await else { return };
                    body(&t).await;
                }
            }
        )*
    };
}

#[test]
fn with_database_replaces_only_the_path() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(
        with_database("postgres://u:p@h/db?sslmode=disable", "x"),
        "postgres://u:p@h/x?sslmode=disable"
    );
    assert_eq!(with_database("postgres://h:5432", "x"), "postgres://h:5432/x");
}

/// `count` seeded benchmark articles (recurring people, anonymous sources, organisations and
/// groups; see `benchdata::Generator`) with their extractions, ready for `store::store_batch`.
pub fn generated_articles(
    seed: u64,
    quotes: usize,
    count: usize,
) -> Vec<(quotegraph::store::NewArticle, quotegraph::extract::Extraction)> {
    use quotegraph::extract;
    let mut generator = quotegraph::benchdata::Generator::new(seed, quotes);
    (0..count)
        .map(|i| {
            let n = generator.quotes_per_article();
            let a = generator.article(i, n);
            let x = extract::extract(&extract::Article { text: &a.text, published: a.published });
            (a, x)
        })
        .collect()
}

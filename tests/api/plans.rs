//! Query plans of the dashboard paths: every statement the server runs for them is explained
//! with SQLite's `EXPLAIN QUERY PLAN`, and none may scan a large table without an index.
//! (SQLite has no statistics unless `ANALYZE` runs, so these plans do not depend on data size:
//! what holds here holds at a million quotes.)

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use quotegraph::store;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

use crate::common::TestDb;
use crate::helpers::{ingest_seeds, serve_config};

/// Runs `query` against a server whose every statement is recorded; returns the statements.
async fn statements_of(t: &TestDb, queries: &[&str]) -> Vec<Statement> {
    let seen: Arc<Mutex<Vec<Statement>>> = Arc::default();
    let mut db = t.db.clone();
    let sink = seen.clone();
    db.set_metric_callback(move |info| sink.lock().expect("not poisoned").push(info.statement.clone()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr: SocketAddr = listener.local_addr().expect("address");
    let config = serve_config(&[]);
    let server = tokio::spawn(async move { quotegraph::server::serve(db, &config, listener).await });
    let client = reqwest::Client::new();
    for query in queries {
        let body: serde_json::Value = client
            .post(format!("http://{addr}/graphql"))
            .json(&json!({ "query": query }))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("JSON");
        assert!(body.get("errors").is_none(), "{query}: {body}");
    }
    server.abort();
    seen.lock().expect("not poisoned").clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_queries_never_scan_a_large_table() {
    let t = TestDb::sqlite().await;
    ingest_seeds(&t).await;
    let items = crate::common::generated_articles(5, 5_000, 300);
    store::store_batch(&t.db, &items).await.expect("store");
    let claim = "The war cannot be permitted to go to Idlib. Idlib is a very special place";
    let queries = [
        r#"{ quotes(filter: {speaker: "Maria Zakharova"}, first: 20) { edges { cursor node { text saidOn } } } }"#,
        r#"{ quotes(filter: {speaker: "Maria Zakharova"}, first: 20) { totalCount } }"#,
        r#"{ quotes(filter: {search: "budget"}, first: 20) { edges { node { text } } } }"#,
        r#"{ quotes(filter: {search: "Idlib"}, first: 20) { edges { node { text } } } }"#,
        r#"{ quotes(filter: {search: "Idlib"}, orderBy: RELEVANCE, first: 20) { edges { node { text } } } }"#,
        r#"{ quotes(filter: {outlet: "The Capital Daily", saidFrom: "2021-01-01", saidTo: "2021-03-31"}, first: 20) { edges { node { text } } } }"#,
        r#"{ stats(filter: {speaker: "Maria Zakharova"}, interval: MONTH) { total byPeriod { start count } } }"#,
        &format!(r#"{{ verifyQuote(text: "{claim}") {{ verdict quote {{ text speaker {{ name }} }} }} }}"#),
        r#"{ quotes(first: 100) { edges { node { text speaker { name kind } article { title publishedOn } } } } }"#,
        r#"{ speakers(first: 20) { edges { node { name quoteCount } } } }"#,
    ];
    let statements = statements_of(&t, &queries).await;
    assert!(statements.len() >= queries.len(), "the recorder saw {} statements", statements.len());

    let large = ["quote", "speaker", "speaker_alias", "article", "speaker_role"];
    let mut offending = Vec::new();
    for statement in statements.iter().filter(|s| s.sql.trim_start().to_uppercase().starts_with("SELECT")) {
        let explain = Statement {
            sql: format!("EXPLAIN QUERY PLAN {}", statement.sql),
            values: statement.values.clone(),
            db_backend: statement.db_backend,
        };
        let rows = t.db.query_all_raw(explain).await.expect("explain");
        for row in rows {
            let detail: String = row.try_get("", "detail").expect("detail column");
            // "SCAN quote" is a full table scan; "SCAN quote USING [COVERING] INDEX ..." walks an
            // index in the order asked for and stops at the page's end.
            let scanned =
                detail.strip_prefix("SCAN ").map(|rest| rest.split_whitespace().collect::<Vec<_>>());
            if let Some(words) = scanned
                && large.contains(&words[0])
                && !words.contains(&"USING")
            {
                offending.push(format!("{detail}\n    in: {}", statement.sql));
            }
        }
    }
    assert!(offending.is_empty(), "full scans:\n{}", offending.join("\n"));
}

//! Test harness: the real server on an ephemeral port over a fresh test database, a client,
//! and a counter of the SQL statements the server runs.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use clap::Parser;
use quotegraph::config::{Cli, Command, ServeConfig};
use quotegraph::extract::{Extraction, Mention, Quote, QuoteKind, Speaker, SpeakerKind};
use quotegraph::ingest::{IngestOptions, ingest_paths};
use quotegraph::store::{self, NewArticle};
use serde_json::{Value, json};

use crate::common::TestDb;

/// The token the test servers accept for mutations.
pub const TOKEN: &str = "test-token-1234";

/// A running server.
pub struct TestApp {
    /// Base URL, `http://127.0.0.1:PORT`.
    pub base: String,
    /// HTTP client.
    pub client: reqwest::Client,
    /// SQL statements run through the server's connection so far.
    pub statements: Arc<AtomicUsize>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Serve configuration as the command line would build it, plus `extra` flags.
pub fn serve_config(extra: &[&str]) -> ServeConfig {
    let mut args = vec!["quotegraph", "serve", "--listen", "127.0.0.1:0"];
    args.extend_from_slice(extra);
    match Cli::try_parse_from(args).expect("valid serve flags").command {
        Command::Serve(config) => config,
        _ => unreachable!("parsed a serve command"),
    }
}

/// Starts the server on `127.0.0.1:0` over `t`, with the mutation token [`TOKEN`].
pub async fn spawn_app(t: &TestDb) -> TestApp {
    spawn_app_with(t, &["--token", TOKEN]).await
}

/// Starts the server with the given extra `serve` flags.
pub async fn spawn_app_with(t: &TestDb, flags: &[&str]) -> TestApp {
    let config = serve_config(flags);
    let mut db = t.db.clone();
    let statements = Arc::new(AtomicUsize::new(0));
    let counter = statements.clone();
    db.set_metric_callback(move |info| {
        if std::env::var_os("QG_PRINT_SQL").is_some() {
            eprintln!("SQL: {}", info.statement.sql.chars().take(160).collect::<String>());
        }
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind an ephemeral port");
    let addr: SocketAddr = listener.local_addr().expect("local address");
    let server = tokio::spawn(async move {
        quotegraph::server::serve(db, &config, listener).await.expect("server runs");
    });
    TestApp { base: format!("http://{addr}"), client: reqwest::Client::new(), statements, server }
}

/// The repository's seeds directory.
pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Ingests the seed articles (the reference article) into `t`.
pub async fn ingest_seeds(t: &TestDb) {
    let summary = ingest_paths(&t.db, &[seeds()], &IngestOptions::default(), &mut |e| panic!("{e}")).await;
    assert!(summary.ingested >= 1, "seeds ingested: {summary:?}");
}

/// Stores `n` one-quote articles by `n` different people, dated one day apart, so pages of
/// 100 quotes with 100 distinct speakers and articles exist.
pub async fn store_many(t: &TestDb, n: usize) {
    for i in 0..n {
        let words = format!("Budget line number {i} will be funded in full");
        let name = format!("Speaker Number{i}");
        let text = format!("\"{words},\" {name} said.");
        let content = 1..1 + words.len();
        let mention = content.end + 3..content.end + 3 + name.len();
        let quote = Quote {
            text: text[content.clone()].to_owned(),
            span: content,
            kind: QuoteKind::Direct,
            speaker: Some(0),
            speaker_mention: Some(Mention { text: name.clone(), span: mention }),
            cue: None,
            said_on: None,
            venue: None,
            place: None,
            addressee: None,
            confidence: 0.9,
        };
        let speaker = Speaker {
            name: name.clone(),
            kind: SpeakerKind::Person,
            role: None,
            affiliation: None,
            aliases: vec![name],
        };
        let article = NewArticle {
            title: Some(format!("Article {i}")),
            outlet: Some(format!("Outlet {}", i % 7)),
            published: NaiveDate::from_ymd_opt(2020, 1, 1).map(|d| d + chrono::Days::new(i as u64)),
            language: Some("en".into()),
            text,
            ..Default::default()
        };
        store::store_article(&t.db, &article, &Extraction { quotes: vec![quote], speakers: vec![speaker] })
            .await
            .expect("store a synthetic article");
    }
}

impl TestApp {
    /// POSTs a GraphQL request and returns status and JSON body.
    pub async fn post(&self, body: &Value, token: Option<&str>) -> (u16, Value) {
        let mut request = self.client.post(format!("{}/graphql", self.base)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let text = response.text().await.expect("response body");
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Runs a query, asserts it succeeded without errors and returns `data`.
    pub async fn data(&self, query: &str, variables: Value) -> Value {
        let (status, body) = self.post(&json!({ "query": query, "variables": variables }), None).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.get("errors").is_none(), "unexpected errors: {body}");
        body["data"].clone()
    }

    /// Runs a query that must fail and returns the first error's `extensions.code`.
    pub async fn error_code(&self, query: &str, variables: Value, token: Option<&str>) -> (String, Value) {
        let (_, body) = self.post(&json!({ "query": query, "variables": variables }), token).await;
        let code = body["errors"][0]["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {body}"));
        (code.to_owned(), body)
    }

    /// GET `path`: status and body text.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self.client.get(format!("{}{path}", self.base)).send().await.expect("request sent");
        (response.status().as_u16(), response.text().await.expect("body"))
    }

    /// SQL statements run since the last call.
    pub fn take_statements(&self) -> usize {
        self.statements.swap(0, Ordering::SeqCst)
    }
}

/// The `text` of every quote node in a `quotes` connection.
pub fn texts(connection: &Value) -> Vec<String> {
    connection["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["text"].as_str().expect("text").to_owned())
        .collect()
}

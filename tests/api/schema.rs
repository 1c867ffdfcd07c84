//! The schema without HTTP: the committed SDL, `schema.execute`, and subscriptions.

use async_graphql::Request;
use async_graphql::futures_util::StreamExt;
use quotegraph::graphql::mutation::PresentedToken;
use quotegraph::graphql::subscription::QuoteEvents;
use quotegraph::graphql::{AppSchema, SchemaOptions, build_schema};
use serde_json::json;

use crate::both_backends;
use crate::common::TestDb;
use crate::helpers::{TOKEN, ingest_seeds};

fn schema(t: &TestDb) -> AppSchema {
    let options = SchemaOptions { token: Some(TOKEN.into()), ..Default::default() };
    build_schema(t.db.clone(), QuoteEvents::new(16), &options)
}

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.graphql");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let current = quotegraph::server::schema_sdl();
    assert!(
        committed == current,
        "schema.graphql is out of date: run `cargo run -- schema > schema.graphql` and commit it"
    );
}

both_backends! {
    async fn schema_execute_answers_without_http(t: &TestDb) {
        ingest_seeds(t).await;
        let schema = schema(t);

        let response = schema
            .execute(r#"{ speakers(first: 3) { edges { node { name quoteCount } } pageInfo { hasNextPage } } }"#)
            .await;

        assert!(response.errors.is_empty(), "{:?}", response.errors);
        let data = response.data.into_json().unwrap();
        let first = &data["speakers"]["edges"][0]["node"];
        assert_eq!(first["quoteCount"], 5, "{data}");
        assert_eq!(data["speakers"]["pageInfo"]["hasNextPage"], true);
    }

    async fn quote_added_streams_matching_new_quotes(t: &TestDb) {
        let schema = schema(t);
        let mut all = schema.execute_stream("subscription { quoteAdded { text speaker { name } } }");
        let mut by_someone_else =
            schema.execute_stream(r#"subscription { quoteAdded(filter: {speaker: "nobody at all"}) { text } }"#);
        // Streams subscribe when first polled: poll both into tasks and let them register.
        let all = tokio::spawn(async move { all.next().await });
        let by_someone_else = tokio::spawn(async move { by_someone_else.next().await });
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let mutation = Request::new(
            r#"mutation($text: String!) { ingestArticle(input: {text: $text, published: "2024-05-02"}) { quotes { text } } }"#,
        )
        .variables(async_graphql::Variables::from_json(json!({
            "text": "\"We will rebuild every bridge,\" transport minister Anna Berg said on Tuesday."
        })))
        .data(PresentedToken(Some(TOKEN.into())));

        let response = schema.execute(mutation).await;
        assert!(response.errors.is_empty(), "{:?}", response.errors);

        let event = tokio::time::timeout(std::time::Duration::from_secs(5), all)
            .await
            .expect("an event within 5 s")
            .expect("task ran")
            .expect("stream open");
        let data = event.data.into_json().unwrap();
        assert_eq!(data["quoteAdded"]["text"], "We will rebuild every bridge,", "{data}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert!(!by_someone_else.is_finished(), "a filtered subscription got a quote it does not match");
        by_someone_else.abort();
    }
}

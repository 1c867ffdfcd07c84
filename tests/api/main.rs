//! The GraphQL API end to end: the real server on an ephemeral port, the reference article
//! ingested, requests over HTTP. Each test runs on SQLite and, with `TEST_DATABASE_URL`, on
//! PostgreSQL (`both_backends!`).

#[path = "../common/mod.rs"]
mod common;
mod helpers;
mod plans;
mod schema;

use helpers::{TOKEN, ingest_seeds, spawn_app, spawn_app_with, store_many, texts};
use serde_json::{Value, json};

const EGELAND: &str = "The war cannot be allowed to go to Idlib. Idlib is a very special place, it is the place where people fled";

both_backends! {
    async fn zakharova_said_two_things(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;

        let data = app
            .data(
                r#"{ quotes(filter: {speaker: "zakharova"}) {
                    totalCount edges { node { text speaker { name kind role affiliation } } } } }"#,
                json!({}),
            )
            .await;

        assert_eq!(data["quotes"]["totalCount"], 2, "{data}");
        let edges = data["quotes"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), 2);
        for edge in edges {
            assert_eq!(edge["node"]["speaker"]["name"], "Maria Zakharova");
            assert_eq!(edge["node"]["speaker"]["kind"], "PERSON");
        }
        assert!(texts(&data["quotes"]).iter().any(|t| t.contains("ambassadorial conference")), "{data}");
    }

    async fn anonymous_sources_are_filtered_by_kind(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;

        let data = app
            .data(
                r#"{ quotes(filter: {speakerKind: ANONYMOUS}, first: 50) {
                    totalCount edges { node { text speaker { name kind } } } } }"#,
                json!({}),
            )
            .await;

        let edges = data["quotes"]["edges"].as_array().unwrap();
        assert!(edges.iter().all(|e| e["node"]["speaker"]["kind"] == "ANONYMOUS"), "{data}");
        let russian = edges
            .iter()
            .filter(|e| e["node"]["speaker"]["name"].as_str().unwrap().to_lowercase().contains("russian source"))
            .count();
        assert_eq!(russian, 5, "{data}");
    }

    async fn full_text_search_finds_idlib(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;

        for order in ["SAID_ON_DESC", "RELEVANCE"] {
            let data = app
                .data(
                    r#"query($order: QuoteOrder) { quotes(filter: {search: "Idlib"}, orderBy: $order) {
                        totalCount edges { node { text } } } }"#,
                    json!({ "order": order }),
                )
                .await;
            let found = texts(&data["quotes"]);
            assert!(found.len() >= 2, "{order}: {data}");
            assert_eq!(data["quotes"]["totalCount"].as_u64(), Some(found.len() as u64));
            assert!(found.iter().all(|t| t.to_lowercase().contains("idlib")), "{order}: {found:?}");
            assert!(found.iter().any(|t| t.starts_with("The war cannot be allowed")), "{order}: {found:?}");
        }
    }

    async fn search_text_can_never_break_the_query(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;

        for search in [r#""Idlib OR"#, "text:* NEAR(", "-- ' ; DROP TABLE quote", "\"\"", "*"] {
            let data = app
                .data(
                    r#"query($s: String) { quotes(filter: {search: $s}, orderBy: RELEVANCE) { edges { node { id } } } }"#,
                    json!({ "s": search }),
                )
                .await;
            assert!(data["quotes"]["edges"].is_array(), "{search}: {data}");
        }
        let data = app.data("{ quotes { totalCount } }", json!({})).await;
        assert_eq!(data["quotes"]["totalCount"], 11);
    }

    async fn verify_quote_finds_close_wording_and_the_speaker(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;
        let query = r#"query($text: String!, $speaker: String) {
            verifyQuote(text: $text, speaker: $speaker) {
                verdict textVerdict similarity missingWords extraWords partial speakerMatches
                quote { text saidOn speaker { name } article { title } } } }"#;

        // Shortened, one word changed.
        let claim = "The war cannot be permitted to go to Idlib. Idlib is a very special place";
        let data = app.data(query, json!({ "text": claim, "speaker": "Jan Egeland" })).await;
        let best = &data["verifyQuote"][0];
        assert_eq!(best["verdict"], "CLOSE", "{data}");
        assert_eq!(best["quote"]["speaker"]["name"], "Jan Egeland");
        assert_eq!(best["missingWords"], json!(["allowed"]));
        assert_eq!(best["extraWords"], json!(["permitted"]));
        assert_eq!(best["partial"], true);
        assert_eq!(best["speakerMatches"], true);

        // The whole quote, no speaker given.
        let data = app.data(query, json!({ "text": EGELAND })).await;
        assert_eq!(data["verifyQuote"][0]["verdict"], "EXACT", "{data}");
        assert_eq!(data["verifyQuote"][0]["similarity"], 1.0);

        // His words under another speaker's name.
        let data = app.data(query, json!({ "text": EGELAND, "speaker": "Maria Zakharova" })).await;
        assert_eq!(data["verifyQuote"][0]["verdict"], "DIFFERENT_SPEAKER", "{data}");
        assert_eq!(data["verifyQuote"][0]["textVerdict"], "EXACT");
        assert_eq!(data["verifyQuote"][0]["quote"]["speaker"]["name"], "Jan Egeland");

        // Unrelated text.
        let unrelated = "The central bank raised interest rates by half a point to curb inflation";
        let data = app.data(query, json!({ "text": unrelated })).await;
        assert_eq!(data["verifyQuote"], json!([]), "{data}");
    }

    async fn graphiql_schema_and_health_are_served(t: &TestDb) {
        let app = spawn_app(t).await;

        let (status, html) = app.get("/graphql").await;
        assert_eq!(status, 200);
        assert!(html.to_lowercase().contains("graphiql"));
        let (status, html) = app.get("/").await;
        assert_eq!(status, 200, "/ redirects to GraphiQL");
        assert!(html.to_lowercase().contains("graphiql"));
        let (status, sdl) = app.get("/schema.graphql").await;
        assert_eq!(status, 200);
        assert!(sdl.contains("verifyQuote"));
        assert_eq!(app.get("/healthz").await.0, 200);
        assert_eq!(app.get("/readyz").await, (200, "ready".to_owned()));
    }

    async fn production_mode_hides_graphiql_and_introspection(t: &TestDb) {
        let app = spawn_app_with(t, &["--production"]).await;

        assert_eq!(app.get("/graphql").await.0, 404);
        assert_eq!(app.get("/schema.graphql").await.0, 404);
        let (_, body) = app.post(&json!({ "query": "{ __schema { types { name } } }" }), None).await;
        assert!(body["data"]["__schema"].is_null(), "introspection is off: {body}");
        let (_, body) = app.error_code("{ quotez { totalCount } }", json!({}), None).await;
        assert!(!body.to_string().contains("Did you mean"), "{body}");
        app.data("{ quotes { totalCount } }", json!({})).await;
    }

    async fn a_deep_query_is_too_complex(t: &TestDb) {
        let app = spawn_app(t).await;
        let mut query = String::from("id");
        for _ in 0..10 {
            query = format!("quotes(first: 1) {{ edges {{ node {{ speaker {{ {query} }} }} }} }}");
        }
        let query = format!("{{ {query} }}");
        assert!(query.matches('{').count() >= 40);

        let (code, body) = app.error_code(&query, json!({}), None).await;

        assert_eq!(code, "QUERY_TOO_COMPLEX", "{body}");
    }

    async fn a_thousand_aliases_are_too_complex(t: &TestDb) {
        let app = spawn_app(t).await;
        let fields: Vec<String> = (0..1000).map(|i| format!("a{i}: __typename")).collect();

        let (code, body) = app.error_code(&format!("{{ {} }}", fields.join(" ")), json!({}), None).await;

        assert_eq!(code, "QUERY_TOO_COMPLEX", "{body}");
    }

    async fn nested_pages_of_a_hundred_are_too_complex(t: &TestDb) {
        let app = spawn_app(t).await;
        let query = "{ speakers(first: 100) { edges { node { quotes(first: 100) { edges { node { text cue } } } } } } }";

        let (code, body) = app.error_code(query, json!({}), None).await;

        assert_eq!(code, "QUERY_TOO_COMPLEX", "{body}");
    }

    async fn a_ten_megabyte_body_is_refused(t: &TestDb) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let app = spawn_app(t).await;
        let addr = app.base.trim_start_matches("http://").to_owned();

        // Announced size: refused from the headers, before the body is read.
        let mut stream = tokio::net::TcpStream::connect(&addr).await.expect("connect");
        let head = format!(
            "POST /graphql HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{{\"query\": \"",
            10 * 1024 * 1024
        );
        stream.write_all(head.as_bytes()).await.expect("send headers");
        let _ = stream.write_all(&vec![b' '; 64 * 1024]).await;
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response).await;
        let response = String::from_utf8_lossy(&response);
        assert!(response.starts_with("HTTP/1.1 413"), "{response}");

        // Streamed without a length (chunked): cut off once past the limit.
        let mut stream = tokio::net::TcpStream::connect(&addr).await.expect("connect");
        let head = format!(
            "POST /graphql HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
             Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).await.expect("send headers");
        let mut chunk = format!("{:x}\r\n", 64 * 1024).into_bytes();
        chunk.extend(std::iter::repeat_n(b' ', 64 * 1024));
        chunk.extend(b"\r\n");
        for _ in 0..40 {
            if stream.write_all(&chunk).await.is_err() {
                break;
            }
        }
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response).await;
        let response = String::from_utf8_lossy(&response);
        assert!(response.starts_with("HTTP/1.1 413"), "{response}");
    }

    async fn page_sizes_over_a_hundred_are_bad_input(t: &TestDb) {
        let app = spawn_app(t).await;

        let (code, body) = app.error_code("{ quotes(first: 101) { totalCount } }", json!({}), None).await;
        assert_eq!(code, "BAD_USER_INPUT", "{body}");
        let (code, _) = app.error_code("{ quotes(first: 1, last: 1) { totalCount } }", json!({}), None).await;
        assert_eq!(code, "BAD_USER_INPUT");
        let (code, _) = app.error_code(r#"{ quotes(after: "bogus") { totalCount } }"#, json!({}), None).await;
        assert_eq!(code, "BAD_USER_INPUT");
        let (code, _) = app.error_code("{ nonsense }", json!({}), None).await;
        assert_eq!(code, "BAD_USER_INPUT");
    }

    async fn batches_are_capped(t: &TestDb) {
        let app = spawn_app(t).await;
        let one = json!({ "query": "{ quotes { totalCount } }" });

        let (status, body) = app.post(&Value::Array(vec![one.clone(); 2]), None).await;
        assert_eq!(status, 200);
        assert_eq!(body.as_array().map(Vec::len), Some(2), "{body}");

        let (status, body) = app.post(&Value::Array(vec![one; 11]), None).await;
        assert_eq!(status, 400);
        assert_eq!(body["errors"][0]["extensions"]["code"], "QUERY_TOO_COMPLEX", "{body}");
    }

    async fn mutations_need_the_token(t: &TestDb) {
        let app = spawn_app(t).await;
        let mutation = r#"mutation($input: ArticleInput!) { ingestArticle(input: $input) {
            alreadyPresent article { id title outlet { name } } quotes { text speaker { name } } } }"#;
        let input = json!({ "input": {
            "title": "Minister speaks",
            "outlet": "Test Wire",
            "published": "2024-05-02",
            "text": "\"We will rebuild every bridge,\" the minister of transport Anna Berg said on Tuesday."
        }});

        let (code, _) = app.error_code(mutation, input.clone(), None).await;
        assert_eq!(code, "UNAUTHENTICATED");
        let (code, _) = app.error_code(mutation, input.clone(), Some("wrong")).await;
        assert_eq!(code, "UNAUTHENTICATED");

        let (status, body) = app.post(&json!({ "query": mutation, "variables": input }), Some(TOKEN)).await;
        assert_eq!(status, 200);
        assert!(body.get("errors").is_none(), "{body}");
        let result = &body["data"]["ingestArticle"];
        assert_eq!(result["alreadyPresent"], false);
        assert_eq!(result["article"]["outlet"]["name"], "Test Wire");
        assert!(!result["quotes"].as_array().unwrap().is_empty(), "{body}");

        let (_, body) = app.post(&json!({ "query": mutation, "variables": input }), Some(TOKEN)).await;
        assert_eq!(body["data"]["ingestArticle"]["alreadyPresent"], true, "{body}");

        let id = result["article"]["id"].as_str().unwrap();
        let delete = json!({ "query": "mutation($id: ID!) { deleteArticle(id: $id) }", "variables": { "id": id } });
        let (_, body) = app.post(&delete, Some(TOKEN)).await;
        assert_eq!(body["data"]["deleteArticle"], id, "{body}");
        let (_, body) = app.post(&delete, Some(TOKEN)).await;
        assert_eq!(body["errors"][0]["extensions"]["code"], "NOT_FOUND", "{body}");
    }

    async fn without_a_configured_token_mutations_say_how_to_enable_them(t: &TestDb) {
        let app = spawn_app_with(t, &[]).await;

        let (code, body) =
            app.error_code(r#"mutation { splitSpeaker(id: "1") { name } }"#, json!({}), Some("anything")).await;

        assert_eq!(code, "UNAUTHENTICATED");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("--token") && message.contains("QUOTEGRAPH_TOKEN"), "{message}");
    }

    async fn merge_and_split_speakers_through_the_api(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;
        let ids = app
            .data(r#"{ a: speaker(name: "Jan Egeland") { id } b: speaker(name: "zakharova") { id } }"#, json!({}))
            .await;
        let (keep, absorb) = (ids["a"]["id"].clone(), ids["b"]["id"].clone());

        let merge = json!({
            "query": "mutation($k: ID!, $a: ID!) { mergeSpeakers(keep: $k, absorb: $a) { name quoteCount } }",
            "variables": { "k": keep, "a": absorb },
        });
        let (_, body) = app.post(&merge, Some(TOKEN)).await;
        assert_eq!(body["data"]["mergeSpeakers"]["quoteCount"], 4, "{body}");
        let data = app.data(r#"{ speaker(name: "Zakharova") { name } }"#, json!({})).await;
        assert_eq!(data["speaker"]["name"], "Jan Egeland", "speaker(name) follows aliases after a merge");

        let split = json!({
            "query": "mutation($a: ID!) { splitSpeaker(id: $a) { name quoteCount } }",
            "variables": { "a": absorb },
        });
        let (_, body) = app.post(&split, Some(TOKEN)).await;
        assert_eq!(body["data"]["splitSpeaker"]["quoteCount"], 2, "{body}");
    }

    async fn a_page_of_a_hundred_quotes_costs_a_constant_number_of_statements(t: &TestDb) {
        store_many(t, 110).await;
        let app = spawn_app(t).await;
        let query = r#"query($n: Int) { quotes(first: $n) { edges { node {
            text context speaker { name aliases } article { title outlet { name } } outlet { name } } } } }"#;

        app.take_statements();
        let data = app.data(query, json!({ "n": 5 })).await;
        let small = app.take_statements();
        assert_eq!(data["quotes"]["edges"].as_array().unwrap().len(), 5);
        let data = app.data(query, json!({ "n": 100 })).await;
        let large = app.take_statements();
        assert_eq!(data["quotes"]["edges"].as_array().unwrap().len(), 100);

        // One statement for the page plus one per loader (speakers, aliases, articles, outlets
        // twice: Quote.outlet and Article.outlet sit at different depths and merge into one
        // batch only when their timing overlaps), whatever the page size. On a busy machine a
        // loader's batch window (`BATCH_DELAY`) can close before the last keys of a 100-node
        // page arrive, so a loader may run a few straggler batches (up to 13 seen in a debug
        // build); a statement per quote would cost 100 or more.
        assert!(small > 0, "the statement counter sees the server's statements");
        assert!(small <= 6, "statements for 5 quotes: {small}");
        assert!(large <= 25, "statements for 100 quotes: {large}, for 5 quotes: {small}");
    }

    async fn keyset_pages_walk_every_quote_once_both_ways(t: &TestDb) {
        ingest_seeds(t).await;
        store_many(t, 7).await;
        let app = spawn_app(t).await;
        let query = r#"query($first: Int, $after: String, $last: Int, $before: String) {
            quotes(first: $first, after: $after, last: $last, before: $before) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id saidOn } } } }"#;
        let all = app.data(query, json!({ "first": 100 })).await;
        let all_ids: Vec<Value> =
            all["quotes"]["edges"].as_array().unwrap().iter().map(|e| e["node"]["id"].clone()).collect();
        assert_eq!(all_ids.len(), 18);

        let mut forward = Vec::new();
        let mut after = Value::Null;
        loop {
            let page = app.data(query, json!({ "first": 4, "after": after })).await;
            let q = &page["quotes"];
            forward.extend(q["edges"].as_array().unwrap().iter().map(|e| e["node"]["id"].clone()));
            if q["pageInfo"]["hasNextPage"] != true {
                break;
            }
            after = q["pageInfo"]["endCursor"].clone();
        }
        assert_eq!(forward, all_ids);

        let mut backward = Vec::new();
        let mut before = Value::Null;
        loop {
            let page = app.data(query, json!({ "last": 5, "before": before })).await;
            let q = &page["quotes"];
            let mut ids: Vec<Value> = q["edges"].as_array().unwrap().iter().map(|e| e["node"]["id"].clone()).collect();
            ids.extend(backward);
            backward = ids;
            if q["pageInfo"]["hasPreviousPage"] != true {
                break;
            }
            before = q["pageInfo"]["startCursor"].clone();
        }
        assert_eq!(backward, all_ids);
    }

    async fn stats_count_by_speaker_kind_and_month(t: &TestDb) {
        ingest_seeds(t).await;
        store_many(t, 40).await;
        let app = spawn_app(t).await;

        let data = app
            .data(
                r#"{ stats(interval: MONTH, limit: 3) {
                    total bySpeaker { speaker { name } count } byOutlet { outlet { name } count }
                    byKind { kind count } byPeriod { start count } }
                  week: stats(interval: WEEK, filter: {speaker: "zakharova"}) { byPeriod { start count } } }"#,
                json!({}),
            )
            .await;

        let stats = &data["stats"];
        assert_eq!(stats["total"], 51);
        assert_eq!(stats["bySpeaker"].as_array().unwrap().len(), 3);
        assert_eq!(stats["bySpeaker"][0]["count"], 5, "{stats}");
        let kinds: i64 = stats["byKind"].as_array().unwrap().iter().map(|k| k["count"].as_i64().unwrap()).sum();
        assert_eq!(kinds, 51);
        let months = stats["byPeriod"].as_array().unwrap();
        assert!(months.iter().all(|m| m["start"].as_str().unwrap().ends_with("-01")), "{stats}");
        assert_eq!(months.iter().map(|m| m["count"].as_i64().unwrap()).sum::<i64>(), 51);
        assert_eq!(months[0]["start"], "2018-08-01");
        assert_eq!(data["week"]["byPeriod"], json!([{ "start": "2018-08-06", "count": 2 }]), "{data}");
    }

    async fn objects_have_global_ids_and_nodes(t: &TestDb) {
        ingest_seeds(t).await;
        let app = spawn_app(t).await;
        let data = app
            .data(
                r#"{ quotes(first: 1, filter: {speaker: "Jan Egeland"}) { edges { node { id span { start end startUtf16 endUtf16 }
                    jsonLd article { id title quotes { text } speakers { name } }
                    speaker { id name description aliases roles { role affiliation reportedOn } outlets { outlet { name } count } } } } } }"#,
                json!({}),
            )
            .await;
        let node = &data["quotes"]["edges"][0]["node"];
        let speaker_id = node["speaker"]["id"].as_str().unwrap();

        let found = app
            .data(
                r#"query($id: ID!) { node(id: $id) { id ... on Speaker { name } }
                   quotes(filter: {speakerId: $id}) { totalCount } }"#,
                json!({ "id": speaker_id }),
            )
            .await;
        assert_eq!(found["node"]["name"], "Jan Egeland");
        assert_eq!(found["quotes"]["totalCount"], 2);
        let ld = &node["jsonLd"];
        assert_eq!(ld["@type"], "Quotation", "{ld}");
        assert_eq!(ld["creator"]["name"], "Jan Egeland");
        assert_eq!(ld["isPartOf"]["@type"], "NewsArticle");
        assert_eq!(node["article"]["quotes"].as_array().unwrap().len(), 11);
        assert!(node["speaker"]["aliases"].as_array().unwrap().iter().any(|a| a == "Jan Egeland"));
    }
}

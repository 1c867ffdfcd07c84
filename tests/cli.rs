//! The `quotegraph` binary end to end: ingestion errors, crash safety, `extract` and
//! `speakers`, run as a child process against a test database.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use entity::{article, quote};
use quotegraph::extract;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

fn quotegraph(db_url: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quotegraph"));
    cmd.args(args).env("DATABASE_URL", db_url).env("RUST_LOG", "warn").env_remove("QUOTEGRAPH_TOKEN");
    cmd
}

fn run(mut cmd: impl std::borrow::BorrowMut<Command>) -> Output {
    cmd.borrow_mut().output().expect("run quotegraph")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A realistic article with several quotes, distinct per `i`.
fn synthetic_article(i: usize) -> String {
    let speaker = ["Maria Zakharova", "Jan Egeland", "Sergei Lavrov", "Ted Cruz"][i % 4];
    let text = format!(
        "\"The talks on item {i} will continue next week,\" {speaker} said on Monday. \
         {speaker} told reporters that the delegation number {i} had arrived in Geneva. \
         \"We expect progress,\" {speaker} added. According to the UN, about {i} people were displaced."
    );
    serde_json::json!({
        "title": format!("Article {i}"),
        "url": format!("https://example.org/news/{i}"),
        "outlet": "Example News",
        "published": "2018-08-10",
        "text": text,
    })
    .to_string()
}

fn write_jsonl(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").expect("write input");
}

both_backends! {
    async fn a_broken_jsonl_line_is_named_and_the_good_lines_are_ingested(t: &TestDb) {
        let input = t.dir.path().join("articles.jsonl");
        let lines = vec![
            synthetic_article(1),
            "{\"title\": \"cut short\", \"text\": ".to_owned(),
            synthetic_article(2),
            r#"{"title": "no text"}"#.to_owned(),
            r#"{"text": "Fine text.", "published": "yesterday"}"#.to_owned(),
            synthetic_article(3),
        ];
        write_jsonl(&input, &lines);

        let out = run(quotegraph(&t.url, &["ingest", input.to_str().unwrap()]));

        let err = stderr(&out);
        assert!(!out.status.success(), "a failed record must make the exit status non-zero");
        let name = input.display().to_string();
        assert!(err.contains(&format!("{name}:2: invalid JSON")), "{err}");
        assert!(err.contains(&format!("{name}:4: missing article text")), "{err}");
        assert!(err.contains(&format!("{name}:5: unparseable date \"yesterday\"")), "{err}");
        assert!(err.contains("3 ingested") && err.contains("3 failed"), "{err}");
        assert_eq!(article::Entity::find().count(&t.db).await.unwrap(), 3);
    }

    async fn unreadable_and_non_utf8_files_are_named_and_the_rest_goes_on(t: &TestDb) {
        let dir = t.dir.path().join("in");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), b"Good line.\n\"Caf\xe9,\" he said.\n").unwrap();
        std::fs::write(dir.join("b.jsonl"), synthetic_article(7)).unwrap();
        let missing = t.dir.path().join("missing.json");

        let out = run(quotegraph(&t.url, &["ingest", dir.to_str().unwrap(), missing.to_str().unwrap()]));

        let err = stderr(&out);
        assert!(!out.status.success());
        assert!(err.contains(&format!("{}:2: not valid UTF-8 (byte offset 15)", dir.join("a.txt").display())), "{err}");
        assert!(err.contains(&missing.display().to_string()), "{err}");
        assert!(err.contains("1 ingested"), "{err}");
    }

    async fn ingesting_the_seeds_twice_reports_already_present(t: &TestDb) {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let first = run(quotegraph(&t.url, &["ingest", seeds.to_str().unwrap()]));
        let second = run(quotegraph(&t.url, &["ingest", seeds.to_str().unwrap()]));
        assert!(first.status.success() && second.status.success(), "{}", stderr(&second));
        assert!(stderr(&first).contains("1 ingested"), "{}", stderr(&first));
        assert!(stderr(&second).contains("0 ingested (0 quotes), 1 already present, 0 failed"), "{}", stderr(&second));
        assert_eq!(article::Entity::find().count(&t.db).await.unwrap(), 1);
    }

    async fn sigkill_midway_leaves_no_half_written_article(t: &TestDb) {
        let input = t.dir.path().join("many.jsonl");
        let lines: Vec<String> = (0..3000).map(synthetic_article).collect();
        write_jsonl(&input, &lines);
        let mut child = quotegraph(&t.url, &["ingest", input.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start ingest");

        // Kill it once it has stored some, but not all, articles.
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let stored = article::Entity::find().count(&t.db).await.unwrap_or(0);
            if stored >= 20 {
                break;
            }
            assert!(child.try_wait().unwrap().is_none(), "ingest ended before it could be killed");
            assert!(Instant::now() < deadline, "ingest stored nothing within 120 s");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        child.kill().expect("SIGKILL");
        child.wait().unwrap();

        let stored = article::Entity::find().all(&t.db).await.unwrap();
        assert!(!stored.is_empty() && stored.len() < lines.len(), "killed midway: {} stored", stored.len());
        for a in &stored {
            let expected = extract::extract(&extract::Article { text: &a.text, published: a.published_on });
            let quotes = quote::Entity::find().filter(quote::Column::ArticleId.eq(a.id)).count(&t.db).await.unwrap();
            assert_eq!(quotes as usize, expected.quotes.len(), "article {} is half-written", a.id);
        }
        // Running it again completes the rest without duplicates.
        let out = run(quotegraph(&t.url, &["ingest", input.to_str().unwrap()]));
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(article::Entity::find().count(&t.db).await.unwrap() as usize, lines.len());
        assert!(stderr(&out).contains(&format!("{} already present", stored.len())), "{}", stderr(&out));
    }

    async fn speakers_merge_and_split_from_the_command_line(t: &TestDb) {
        let input = t.dir.path().join("two.jsonl");
        write_jsonl(&input, &[
            r#"{"text": "\"We will win,\" Sergei Lavrov said on Monday.", "published": "2018-08-10"}"#.to_owned(),
            r#"{"text": "\"We will not give up,\" S. Lavrov said on Monday.", "published": "2018-08-11"}"#.to_owned(),
        ]);
        assert!(run(quotegraph(&t.url, &["ingest", input.to_str().unwrap()])).status.success());
        let lavrov = quotegraph::store::merge::find_speaker(&t.db, "Sergei Lavrov").await.unwrap();
        let initial = quotegraph::store::merge::find_speaker(&t.db, "S. Lavrov").await.unwrap();

        let merged = run(quotegraph(&t.url, &["speakers", "merge", "Sergei Lavrov", "S. Lavrov"]));
        assert!(merged.status.success(), "{}", stderr(&merged));
        assert!(String::from_utf8_lossy(&merged.stdout).contains("2 quotes"));
        let refused = run(quotegraph(&t.url, &["speakers", "merge", "Sergei Lavrov", "Nobody Here"]));
        assert!(!refused.status.success());
        assert!(stderr(&refused).contains("no speaker named \"Nobody Here\""), "{}", stderr(&refused));

        let split = run(quotegraph(&t.url, &["speakers", "split", &initial.id.to_string()]));
        assert!(split.status.success(), "{}", stderr(&split));
        let lavrov = quotegraph::store::merge::find_speaker(&t.db, &lavrov.id.to_string()).await.unwrap();
        assert_eq!(lavrov.quote_count, 1);
    }
}

#[test]
fn extract_prints_one_scorer_line_per_document_and_names_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a\", \"text\": \"\\\"We will win,\\\" Maria Zakharova said on Thursday.\", \"published\": \"2018-08-10\"}\n\
         not json\n\
         {\"id\": 7, \"text\": \"No quotes here.\"}\n",
    )
    .unwrap();

    let out = run(Command::new(env!("CARGO_BIN_EXE_quotegraph")).args(["extract", input.to_str().unwrap()]));

    assert!(!out.status.success());
    assert!(stderr(&out).contains(&format!("{}:2: not a document", input.display())), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    let q = &lines[0]["quotes"][0];
    assert_eq!(q["text"], "We will win,");
    assert_eq!(q["speaker"], "Maria Zakharova");
    assert_eq!(q["speaker_type"], "person");
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["said_on"], "2018-08-09");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["quotes"], serde_json::json!([]));
}

#[test]
fn extract_text_format_shows_speaker_role_and_date() {
    let seed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_e04ca7f6de3972df.txt"))
            .unwrap();
    let record = quotegraph::ingest::parse_seed_text(&seed).unwrap();
    let doc =
        serde_json::json!({"id": "seed", "text": record.text, "published": record.published}).to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["extract", "--format", "text"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), doc.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.contains("Maria Zakharova (person; official spokesperson, Russian Foreign Ministry)"),
        "{text}"
    );
    assert!(text.contains("on 2018-08-09 (day)"), "{text}");
    // The occasion of a conversation carries to its later quotes, like its date.
    assert_eq!(text.matches("on 2018-08-09 (day), at news briefing").count(), 2, "{text}");
    assert_eq!(text.matches("on 2018-08-09 (day), to Asharq Al-Awsat").count(), 5, "{text}");
}

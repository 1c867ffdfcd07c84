//! Store and ingestion behaviour, each test run on SQLite and (with `TEST_DATABASE_URL`) on
//! PostgreSQL.

mod common;

use chrono::NaiveDate;
use common::TestDb;
use entity::{article, quote, speaker, speaker_alias, speaker_role};
use quotegraph::extract::{self, Extraction, Mention, Quote, QuoteKind, Speaker, SpeakerKind};
use quotegraph::ingest::{IngestOptions, ingest_paths};
use quotegraph::store::{self, NewArticle, Stored};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

fn seeds() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// An article whose text says `"<words>," <mention> said.` and an extraction of it by hand, so the
/// store's rules are tested apart from the engine's.
fn article_quoting(
    words: &str,
    mention: &str,
    speaker: Speaker,
    published: NaiveDate,
) -> (NewArticle, Extraction) {
    let text = format!("\"{words},\" {mention} said.");
    let content = 1..1 + words.len() + 1;
    let mention_start = content.end + 2;
    let mention_span = mention_start..mention_start + mention.len();
    let cue_span = mention_span.end + 1..mention_span.end + 5;
    let quote = Quote {
        text: text[content.clone()].to_owned(),
        span: content,
        kind: QuoteKind::Direct,
        speaker: Some(0),
        speaker_mention: Some(Mention { text: text[mention_span.clone()].to_owned(), span: mention_span }),
        cue: Some(Mention { text: text[cue_span.clone()].to_owned(), span: cue_span }),
        said_on: None,
        venue: None,
        place: None,
        addressee: None,
        confidence: 0.9,
    };
    let article = NewArticle {
        title: Some(format!("{mention} speaks")),
        outlet: Some("Test Outlet".into()),
        published: Some(published),
        language: Some("en".into()),
        text,
        ..Default::default()
    };
    (article, Extraction { quotes: vec![quote], speakers: vec![speaker] })
}

fn person(name: &str, aliases: &[&str], role: Option<&str>, affiliation: Option<&str>) -> Speaker {
    Speaker {
        name: name.into(),
        kind: SpeakerKind::Person,
        role: role.map(Into::into),
        affiliation: affiliation.map(Into::into),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

fn anonymous(name: &str) -> Speaker {
    Speaker {
        name: name.into(),
        kind: SpeakerKind::Anonymous,
        role: None,
        affiliation: None,
        aliases: vec![name.into()],
    }
}

async fn aliases_of(t: &TestDb, speaker_id: i64) -> Vec<String> {
    speaker_alias::Entity::find()
        .filter(speaker_alias::Column::SpeakerId.eq(speaker_id))
        .order_by_asc(speaker_alias::Column::AliasKey)
        .all(&t.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.alias)
        .collect()
}

both_backends! {
    async fn ingesting_the_seed_twice_stores_one_article(t: &TestDb) {
        let options = IngestOptions::default();
        let first = ingest_paths(&t.db, &[seeds()], &options, &mut |e| panic!("{e}")).await;
        let second = ingest_paths(&t.db, &[seeds()], &options, &mut |e| panic!("{e}")).await;

        assert_eq!((first.ingested, first.already_present, first.failed), (1, 0, 0));
        assert_eq!((second.ingested, second.already_present, second.failed), (0, 1, 0));
        let stored = article::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(stored.len(), 1);
        let a = &stored[0];
        assert_eq!(a.title.as_deref(), Some("Russian-Turkish Coordination on Limited Idlib Battle"));
        assert_eq!(a.published_on, Some(date(2018, 8, 10)));
        assert!(a.text.starts_with("A Russian source told Asharq Al-Awsat Thursday"));
        assert_eq!(a.extractor_version, extract::EXTRACTOR_VERSION);
        let expected = extract::extract(&extract::Article { text: &a.text, published: a.published_on });
        let quotes = quote::Entity::find().filter(quote::Column::ArticleId.eq(a.id)).count(&t.db).await.unwrap();
        assert_eq!(quotes as usize, expected.quotes.len());
        assert_eq!(first.quotes, expected.quotes.len());
    }

    async fn the_seed_sidecar_names_its_outlet(t: &TestDb) {
        ingest_paths(&t.db, &[seeds()], &IngestOptions::default(), &mut |e| panic!("{e}")).await;
        let (a, outlet) = article::Entity::find().find_also_related(entity::outlet::Entity).one(&t.db).await.unwrap().unwrap();
        assert_eq!(outlet.map(|o| o.name).as_deref(), Some("Asharq Al-Awsat"));
        assert_eq!(a.language.as_deref(), Some("en"));
    }

    async fn one_person_named_differently_in_two_articles_is_one_speaker(t: &TestDb) {
        let (a1, x1) = article_quoting(
            "He will address the conference",
            "Zakharova",
            person("Maria Zakharova", &["the Russian Foreign Ministry's official spokesperson Maria Zakharova", "Zakharova"], Some("official spokesperson"), Some("Russian Foreign Ministry")),
            date(2018, 8, 10),
        );
        let (a2, x2) = article_quoting(
            "We never said that",
            "Maria Zakharova",
            person("Maria Zakharova", &["Russian Foreign Ministry spokeswoman Maria Zakharova"], Some("spokeswoman"), Some("Russian Foreign Ministry")),
            date(2019, 3, 1),
        );
        store::store_article(&t.db, &a1, &x1).await.unwrap();
        store::store_article(&t.db, &a2, &x2).await.unwrap();

        let people = speaker::Entity::find().filter(speaker::Column::Kind.eq(entity::SpeakerKind::Person)).all(&t.db).await.unwrap();
        assert_eq!(people.len(), 1, "{people:?}");
        let zakharova = &people[0];
        assert_eq!(zakharova.name, "Maria Zakharova");
        assert_eq!(zakharova.quote_count, 2);
        assert_eq!((zakharova.first_quoted_on, zakharova.last_quoted_on), (Some(date(2018, 8, 10)), Some(date(2019, 3, 1))));
        // The latest reported role wins; the history keeps both.
        assert_eq!(zakharova.role.as_deref(), Some("spokeswoman"));
        let roles = speaker_role::Entity::find().filter(speaker_role::Column::SpeakerId.eq(zakharova.id)).count(&t.db).await.unwrap();
        assert_eq!(roles, 2);
        let aliases = aliases_of(t, zakharova.id).await;
        for alias in ["Maria Zakharova", "Zakharova", "Russian Foreign Ministry spokeswoman Maria Zakharova"] {
            assert!(aliases.iter().any(|a| a == alias), "{alias} missing from {aliases:?}");
        }
    }

    async fn a_surname_alone_joins_the_only_person_who_carries_it(t: &TestDb) {
        let (a1, x1) = article_quoting("First", "Hillary Clinton", person("Hillary Clinton", &[], None, None), date(2016, 1, 1));
        let (a2, x2) = article_quoting("Second", "Clinton", person("Clinton", &[], None, None), date(2016, 1, 2));
        store::store_article(&t.db, &a1, &x1).await.unwrap();
        store::store_article(&t.db, &a2, &x2).await.unwrap();
        assert_eq!(speaker::Entity::find().count(&t.db).await.unwrap(), 1);

        // Once a second Clinton is known, a bare "Clinton" no longer picks one of them.
        let (a3, x3) = article_quoting("Third", "Bill Clinton", person("Bill Clinton", &[], None, None), date(2016, 1, 3));
        let (a4, x4) = article_quoting("Fourth", "Clinton", person("Clinton", &[], None, None), date(2016, 1, 4));
        store::store_article(&t.db, &a3, &x3).await.unwrap();
        store::store_article(&t.db, &a4, &x4).await.unwrap();
        let names: Vec<String> = speaker::Entity::find().order_by_asc(speaker::Column::Id).all(&t.db).await.unwrap().into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Hillary Clinton", "Bill Clinton", "Clinton"]);
    }

    async fn anonymous_sources_are_never_shared_across_articles(t: &TestDb) {
        let (a1, x1) = article_quoting("One", "a Russian source", anonymous("a Russian source"), date(2018, 8, 10));
        let (a2, x2) = article_quoting("Two", "a Russian source", anonymous("a Russian source"), date(2018, 8, 11));
        store::store_article(&t.db, &a1, &x1).await.unwrap();
        store::store_article(&t.db, &a2, &x2).await.unwrap();
        let sources = speaker::Entity::find().filter(speaker::Column::Kind.eq(entity::SpeakerKind::Anonymous)).all(&t.db).await.unwrap();
        assert_eq!(sources.len(), 2);
        assert!(sources.iter().all(|s| s.article_id.is_some() && s.name == "a Russian source" && s.quote_count == 1));
    }

    async fn merge_then_split_restores_quotes_and_aliases(t: &TestDb) {
        let (a1, x1) = article_quoting("One", "Sergei Lavrov", person("Sergei Lavrov", &[], None, None), date(2018, 8, 10));
        let (a2, x2) = article_quoting("Two", "S. Lavrov", person("S. Lavrov", &[], None, None), date(2018, 8, 12));
        let s1 = store::store_article(&t.db, &a1, &x1).await.unwrap();
        store::store_article(&t.db, &a2, &x2).await.unwrap();
        let lavrov = store::merge::find_speaker(&t.db, "sergei lavrov").await.unwrap();
        let initial = store::merge::find_speaker(&t.db, "S. Lavrov").await.unwrap();
        assert_ne!(lavrov.id, initial.id);

        let merged = store::merge::merge_speakers(&t.db, lavrov.id, initial.id).await.unwrap();
        assert_eq!(merged.quote_count, 2);
        assert_eq!(merged.last_quoted_on, Some(date(2018, 8, 12)));
        assert_eq!(aliases_of(t, lavrov.id).await, ["S. Lavrov", "Sergei Lavrov"]);
        // Either name now finds the merged speaker.
        assert_eq!(store::merge::find_speaker(&t.db, "S Lavrov").await.unwrap().id, lavrov.id);
        // A merge of a merged speaker is refused with a reason.
        let err = store::merge::merge_speakers(&t.db, lavrov.id, initial.id).await.unwrap_err();
        assert!(err.to_string().contains("already merged"), "{err}");

        let restored = store::merge::split_speaker(&t.db, initial.id).await.unwrap();
        assert_eq!(restored.quote_count, 1);
        assert_eq!(restored.merged_into, None);
        assert_eq!(aliases_of(t, initial.id).await, ["S. Lavrov"]);
        let lavrov = speaker::Entity::find_by_id(lavrov.id).one(&t.db).await.unwrap().unwrap();
        assert_eq!((lavrov.quote_count, lavrov.last_quoted_on), (1, Some(date(2018, 8, 10))));
        let q = quote::Entity::find().filter(quote::Column::ArticleId.eq(s1.article_id())).one(&t.db).await.unwrap().unwrap();
        assert_eq!(q.speaker_id, Some(lavrov.id));
    }

    async fn deleting_an_article_removes_its_quotes_and_updates_counts(t: &TestDb) {
        let zakharova = || person("Maria Zakharova", &[], None, None);
        let (a1, x1) = article_quoting("One", "Maria Zakharova", zakharova(), date(2018, 8, 10));
        let (a2, x2) = article_quoting("Two", "Maria Zakharova", zakharova(), date(2018, 8, 11));
        let first = store::store_article(&t.db, &a1, &x1).await.unwrap();
        store::store_article(&t.db, &a2, &x2).await.unwrap();

        assert!(store::write::delete_article(&t.db, first.article_id()).await.unwrap());
        assert!(!store::write::delete_article(&t.db, first.article_id()).await.unwrap());
        assert_eq!(quote::Entity::find().count(&t.db).await.unwrap(), 1);
        let s = store::merge::find_speaker(&t.db, "Maria Zakharova").await.unwrap();
        assert_eq!((s.quote_count, s.first_quoted_on), (1, Some(date(2018, 8, 11))));
    }

    async fn reextraction_replaces_an_articles_quotes(t: &TestDb) {
        let (a, x) = article_quoting("Old words", "Maria Zakharova", person("Maria Zakharova", &[], None, None), date(2018, 8, 10));
        let stored = store::store_article(&t.db, &a, &x).await.unwrap();
        let mut twice = x.clone();
        twice.quotes.push(twice.quotes[0].clone());
        let n = store::write::replace_extraction(&t.db, stored.article_id(), &twice).await.unwrap();
        assert_eq!(n, Some(2));
        assert_eq!(quote::Entity::find().count(&t.db).await.unwrap(), 2);
        assert_eq!(store::merge::find_speaker(&t.db, "Maria Zakharova").await.unwrap().quote_count, 2);
        assert_eq!(store::write::replace_extraction(&t.db, 999_999, &twice).await.unwrap(), None);
    }

    async fn the_same_url_with_other_text_is_already_present(t: &TestDb) {
        let (mut a1, x1) = article_quoting("One", "Maria Zakharova", person("Maria Zakharova", &[], None, None), date(2018, 8, 10));
        a1.url = Some("https://example.org/a".into());
        let (mut a2, x2) = article_quoting("Two", "Maria Zakharova", person("Maria Zakharova", &[], None, None), date(2018, 8, 10));
        a2.url = a1.url.clone();
        let first = store::store_article(&t.db, &a1, &x1).await.unwrap();
        let second = store::store_article(&t.db, &a2, &x2).await.unwrap();
        assert_eq!(second, Stored::AlreadyPresent { article_id: first.article_id() });
    }

    async fn parallel_ingesters_of_overlapping_inputs_store_each_article_once(t: &TestDb) {
        // 4 writers, each storing the same 12 articles (in a different order), all quoting the
        // same new person: content-hash and speaker uniqueness must hold under the race.
        let inputs: Vec<(NewArticle, Extraction)> = (0..12)
            .map(|i| article_quoting(&format!("Statement number {i}"), "Maria Zakharova", person("Maria Zakharova", &[], None, None), date(2018, 8, 1 + i)))
            .collect();
        let mut tasks = Vec::new();
        for w in 0..4 {
            let db = t.db.clone();
            let mut mine = inputs.clone();
            mine.rotate_left(w * 3);
            tasks.push(tokio::spawn(async move {
                let mut inserted = 0;
                for (a, x) in &mine {
                    if let Stored::Inserted { .. } = store::store_article(&db, a, x).await.expect("store under contention") {
                        inserted += 1;
                    }
                }
                inserted
            }));
        }
        let mut inserted = 0;
        for task in tasks {
            inserted += task.await.unwrap();
        }
        assert_eq!(inserted, 12);
        assert_eq!(article::Entity::find().count(&t.db).await.unwrap(), 12);
        assert_eq!(quote::Entity::find().count(&t.db).await.unwrap(), 12);
        let people = speaker::Entity::find().all(&t.db).await.unwrap();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].quote_count, 12);
    }

    async fn a_batch_stores_what_the_same_articles_stored_one_by_one_would(t: &TestDb) {
        // Generated articles quote recurring people (full names, then surnames), anonymous
        // sources, organisations and groups; some are repeated to exercise "already present".
        let mut items = common::generated_articles(11, 2_000, 120);
        items.push(items[3].clone());
        let one_by_one = TestDb::sqlite().await;
        let mut expected = Vec::new();
        for (a, x) in &items {
            expected.push(store::store_article(&one_by_one.db, a, x).await.unwrap());
        }

        let (first, rest) = items.split_at(50);
        let mut outcomes = store::store_batch(&t.db, first).await.unwrap();
        outcomes.extend(store::store_batch(&t.db, rest).await.unwrap());

        let inserted = |o: &[Result<Stored, _>]| o.iter().filter(|o| matches!(o, Ok(Stored::Inserted { .. }))).count();
        assert_eq!(inserted(&outcomes), 120);
        assert!(matches!(outcomes[120], Ok(Stored::AlreadyPresent { .. })));
        assert_eq!(expected.iter().filter(|o| matches!(o, Stored::Inserted { .. })).count(), 120);
        async fn summary(db: &sea_orm::DatabaseConnection) -> (Vec<(String, String, i64, Option<String>, Option<NaiveDate>)>, u64, u64, u64) {
            let mut speakers: Vec<_> = speaker::Entity::find()
                .all(db)
                .await
                .unwrap()
                .into_iter()
                .map(|s| (s.name, format!("{:?}", s.kind), s.quote_count, s.role, s.last_quoted_on))
                .collect();
            speakers.sort();
            let aliases = speaker_alias::Entity::find().count(db).await.unwrap();
            let roles = speaker_role::Entity::find().count(db).await.unwrap();
            let quotes = quote::Entity::find().count(db).await.unwrap();
            (speakers, aliases, roles, quotes)
        }
        let (batch, sequential) = (summary(&t.db).await, summary(&one_by_one.db).await);
        assert_eq!(batch.0.len(), sequential.0.len());
        assert_eq!(batch, sequential);
    }
}

//! The `quotegraph` command: parse the command line, build the configuration, call the library,
//! report errors with their context and exit non-zero on failure.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Parser;
use quotegraph::config::{Cli, Command, ExtractFormat, ServeConfig, SpeakersCommand};
use quotegraph::extract::{self, Extraction};
use quotegraph::ingest::{self, IngestOptions, JsonRecord};
use quotegraph::{eval, store};
use rayon::prelude::*;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, QueryOrder, QuerySelect};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(&cli.log);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

async fn open(url: &str) -> Result<DatabaseConnection> {
    Ok(store::connect(url).await?)
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Migrate => {
            open(&cli.database_url).await?;
            eprintln!("database {} is up to date", store::redact_url(&cli.database_url));
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { paths, outlet, language } => {
            let db = open(&cli.database_url).await?;
            let defaults = JsonRecord { outlet, language, ..Default::default() };
            ingest_command(&db, &paths, defaults).await
        }
        Command::Reextract => reextract(&open(&cli.database_url).await?).await,
        Command::Extract { file, format } => extract_command(file.as_deref(), format),
        Command::Serve(config) => serve(&cli.database_url, config).await,
        Command::Schema => {
            print!("{}", quotegraph::server::schema_sdl());
            Ok(ExitCode::SUCCESS)
        }
        Command::BenchData { quotes, seed, out } => match out {
            Some(dir) => write_bench_articles(&dir, quotes, seed),
            None => fill_bench_database(&open(&cli.database_url).await?, quotes, seed).await,
        },
        Command::Speakers(command) => speakers(&open(&cli.database_url).await?, command).await,
    }
}

async fn ingest_command(
    db: &DatabaseConnection,
    paths: &[PathBuf],
    defaults: JsonRecord,
) -> Result<ExitCode> {
    let options = IngestOptions { defaults, progress: true };
    let started = std::time::Instant::now();
    let summary = ingest::ingest_paths(db, paths, &options, &mut |err| eprintln!("error: {err}")).await;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} ingested ({} quotes), {} already present, {} failed in {secs:.2}s",
        summary.ingested, summary.quotes, summary.already_present, summary.failed
    );
    Ok(if summary.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

async fn reextract(db: &DatabaseConnection) -> Result<ExitCode> {
    use entity::article;
    let stale = store::write::stale_articles(db).await?;
    eprintln!(
        "{} articles extracted by an older engine than version {}",
        stale.len(),
        extract::EXTRACTOR_VERSION
    );
    for id in stale {
        let Some(stored) = article::Entity::find_by_id(id).one(db).await? else { continue };
        let extraction =
            extract::extract(&extract::Article { text: &stored.text, published: stored.published_on });
        store::write::replace_extraction(db, id, &extraction)
            .await
            .with_context(|| format!("re-extracting article {id}"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One input document of `quotegraph extract`.
#[derive(serde::Deserialize)]
struct ExtractInput {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

fn extract_command(file: Option<&Path>, format: ExtractFormat) -> Result<ExitCode> {
    let (name, reader): (String, Box<dyn BufRead>) = match file {
        Some(path) if path != Path::new("-") => {
            let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
            (path.display().to_string(), Box::new(std::io::BufReader::new(f)))
        }
        _ => ("<stdin>".to_owned(), Box::new(std::io::stdin().lock())),
    };
    let mut docs = Vec::new();
    let mut failed = 0;
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{name}:{}: cannot read", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<ExtractInput>(&line)
            .map_err(|e| format!("not a document {{\"id\", \"text\", \"published\"?}}: {e}"))
            .and_then(|doc| {
                let published = doc
                    .published
                    .as_deref()
                    .map(ingest::formats::parse_date)
                    .transpose()
                    .map_err(|e| e.to_string())?;
                Ok((doc, published))
            });
        match parsed {
            Ok(doc) => docs.push(doc),
            Err(msg) => {
                eprintln!("error: {name}:{}: {msg}", n + 1);
                failed += 1;
            }
        }
    }
    // Pure CPU work: every core extracts, output stays in input order.
    let extractions: Vec<Extraction> = docs
        .par_iter()
        .map(|(doc, published)| {
            extract::extract(&extract::Article { text: &doc.text, published: *published })
        })
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for ((doc, _), extraction) in docs.iter().zip(&extractions) {
        match format {
            ExtractFormat::Jsonl => {
                serde_json::to_writer(&mut out, &eval::Prediction::from_extraction(&doc.id, extraction))?;
                writeln!(out)?;
            }
            ExtractFormat::Text => write_readable(&mut out, &doc.id, &doc.text, extraction)?,
        }
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn write_readable(
    out: &mut impl Write,
    id: &serde_json::Value,
    text: &str,
    extraction: &Extraction,
) -> Result<()> {
    writeln!(out, "== {id}: {} quotes, {} speakers", extraction.quotes.len(), extraction.speakers.len())?;
    for (i, q) in extraction.quotes.iter().enumerate() {
        let speaker = q.speaker.and_then(|s| extraction.speakers.get(s));
        let who = match speaker {
            Some(s) => {
                let about: Vec<&str> =
                    [s.role.as_deref(), s.affiliation.as_deref()].into_iter().flatten().collect();
                let kind = format!("{:?}", s.kind).to_lowercase();
                if about.is_empty() {
                    format!("{} ({kind})", s.name)
                } else {
                    format!("{} ({kind}; {})", s.name, about.join(", "))
                }
            }
            None => "unknown speaker".to_owned(),
        };
        let mention = q.speaker_mention.as_ref().map_or(String::new(), |m| format!(" as {:?}", m.text));
        let cue = q.cue.as_ref().map_or(String::new(), |m| format!(", cue {:?}", m.text));
        let mut when_where = Vec::new();
        if let Some(s) = q.said_on {
            when_where.push(format!("on {} ({:?})", s.date, s.precision).to_lowercase());
        }
        for (label, value) in [("at", &q.venue), ("in", &q.place), ("to", &q.addressee)] {
            if let Some(v) = value {
                when_where.push(format!("{label} {v}"));
            }
        }
        writeln!(out, "[{}] {:?} by {who}{mention}{cue}  confidence {:.2}", i + 1, q.kind, q.confidence)?;
        if !when_where.is_empty() {
            writeln!(out, "    {}", when_where.join(", "))?;
        }
        writeln!(out, "    bytes {}..{}: {:?}", q.span.start, q.span.end, &text[q.span.clone()])?;
    }
    Ok(())
}

async fn serve(database_url: &str, config: ServeConfig) -> Result<ExitCode> {
    let db = open(database_url).await?;
    load_seeds(&db, &config.seeds).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    if config.production {
        tracing::info!(%addr, "serving GraphQL on http://{addr}/graphql");
    } else {
        tracing::info!(%addr, "GraphiQL on http://{addr}/graphql");
    }
    quotegraph::server::serve(db, &config, listener).await.context("serving")?;
    Ok(ExitCode::SUCCESS)
}

/// Loads `dir` into an empty database, so a newcomer has data at once; a no-op otherwise.
async fn load_seeds(db: &DatabaseConnection, dir: &Path) -> Result<()> {
    if entity::article::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    if !dir.is_dir() {
        // An empty playground with no word why is a poor first run: say where seeds were sought.
        tracing::warn!(
            dir = %dir.display(),
            "no seeds directory, so the database stays empty; run from the repository root or pass --seeds DIR"
        );
        return Ok(());
    }
    let options = IngestOptions { defaults: JsonRecord::default(), progress: false };
    let mut errors = Vec::new();
    let summary =
        ingest::ingest_paths(db, &[dir.to_owned()], &options, &mut |e| errors.push(e.to_string())).await;
    if !errors.is_empty() {
        bail!("loading seeds from {}: {}", dir.display(), errors.join("; "));
    }
    tracing::info!(articles = summary.ingested, quotes = summary.quotes, dir = %dir.display(), "seeds loaded");
    Ok(())
}

async fn speakers(db: &DatabaseConnection, command: SpeakersCommand) -> Result<ExitCode> {
    use entity::speaker;
    match command {
        SpeakersCommand::List { limit } => {
            let rows = speaker::Entity::find()
                .order_by_desc(speaker::Column::QuoteCount)
                .order_by_asc(speaker::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            for s in rows {
                let merged = s.merged_into.map_or(String::new(), |m| format!("  (merged into {m})"));
                println!(
                    "{:>6}  {:>5} quotes  {:<12} {}{merged}",
                    s.id,
                    s.quote_count,
                    format!("{:?}", s.kind).to_lowercase(),
                    s.name
                );
            }
        }
        SpeakersCommand::Merge { a, b } => {
            let kept = store::merge::find_speaker(db, &a).await?;
            let absorbed = store::merge::find_speaker(db, &b).await?;
            let merged = store::merge::merge_speakers(db, kept.id, absorbed.id).await?;
            println!(
                "merged {} ({}) into {} ({}): {} quotes",
                absorbed.name, absorbed.id, merged.name, merged.id, merged.quote_count
            );
        }
        SpeakersCommand::Split { speaker: reference } => {
            let found = store::merge::find_speaker(db, &reference).await.or_else(|_| {
                bail!("{reference:?}: give the id of the merged speaker (see `quotegraph speakers list`)")
            })?;
            let restored = store::merge::split_speaker(db, found.id).await?;
            println!("split {} ({}) out again: {} quotes", restored.name, restored.id, restored.quote_count);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Articles stored per transaction by `bench-data`.
const BENCH_BATCH: usize = 500;

async fn fill_bench_database(db: &DatabaseConnection, quotes: usize, seed: u64) -> Result<ExitCode> {
    use quotegraph::benchdata::Generator;
    let mut generator = Generator::new(seed, quotes);
    let bar = indicatif::ProgressBar::new(quotes as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} quotes  {per_sec}  eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();
    let (mut stored_quotes, mut articles, mut index) = (0usize, 0usize, 0usize);
    while stored_quotes < quotes {
        let batch: Vec<_> = (0..BENCH_BATCH)
            .map(|_| {
                index += 1;
                let n = generator.quotes_per_article();
                generator.article(index, n)
            })
            .collect();
        let items: Vec<_> = batch
            .into_par_iter()
            .map(|a| {
                let x = extract::extract(&extract::Article { text: &a.text, published: a.published });
                (a, x)
            })
            .collect();
        for outcome in store::store_batch(db, &items).await? {
            if let store::Stored::Inserted { quotes: n, .. } = outcome? {
                stored_quotes += n;
                articles += 1;
                bar.inc(n as u64);
            }
        }
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "stored {articles} articles, {stored_quotes} quotes in {secs:.1}s ({:.0} articles/s); rare word for search benchmarks: {}",
        articles as f64 / secs,
        generator.rare_word()
    );
    Ok(ExitCode::SUCCESS)
}

fn write_bench_articles(dir: &Path, quotes: usize, seed: u64) -> Result<ExitCode> {
    use quotegraph::benchdata::Generator;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut generator = Generator::new(seed, quotes);
    let (mut written, mut index, mut file_no) = (0usize, 0usize, 0usize);
    while written < quotes {
        let path = dir.join(format!("articles-{file_no:05}.jsonl"));
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?,
        );
        for _ in 0..1000 {
            if written >= quotes {
                break;
            }
            index += 1;
            let n = generator.quotes_per_article();
            let a = generator.article(index, n);
            written += n;
            let record = serde_json::json!({
                "title": a.title, "url": a.url, "outlet": a.outlet,
                "published": a.published.map(|d| d.to_string()), "language": a.language, "text": a.text,
            });
            serde_json::to_writer(&mut out, &record)?;
            writeln!(out)?;
        }
        out.flush()?;
        file_no += 1;
    }
    eprintln!("wrote {index} articles (about {written} quotations) to {}", dir.display());
    Ok(ExitCode::SUCCESS)
}

//! `quotegraph ingest`: files and directories in, articles with their quotes stored.
//!
//! Inputs are parsed and extracted in parallel (pure CPU work on rayon's pool), then stored one
//! article per transaction. A bad file or record is reported with its path (and line) and the
//! rest goes on; the summary tells how many were ingested, already present and failed.

pub mod formats;

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sea_orm::DatabaseConnection;

pub use formats::{Format, FormatError, JsonRecord, parse_seed_text};

use crate::extract::{self, Extraction};
use crate::store::{self, NewArticle, StoreError, Stored};

/// What went wrong with one input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// A path that does not exist or cannot be listed.
    #[error("{path}: {source}")]
    Walk {
        /// The path given.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file that cannot be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file that is not UTF-8.
    #[error("{path}:{line}: not valid UTF-8 (byte offset {offset})")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A record that does not parse or validate.
    #[error("{}: {source}", location(path, *line))]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line, for JSON Lines.
        line: Option<usize>,
        /// What is wrong.
        #[source]
        source: FormatError,
    },
    /// The database refused the article.
    #[error("{}: cannot store: {source}", location(path, *line))]
    Store {
        /// The file.
        path: PathBuf,
        /// 1-based line, for JSON Lines.
        line: Option<usize>,
        /// The store's error.
        #[source]
        source: StoreError,
    },
}

fn location(path: &Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    }
}

/// Settings of one ingestion run.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Fields for records that lack them (e.g. `--outlet`).
    pub defaults: JsonRecord,
    /// Show a progress bar (it draws only when stderr is a terminal).
    pub progress: bool,
}

/// Counts of one ingestion run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles stored.
    pub ingested: usize,
    /// Articles whose text was already stored.
    pub already_present: usize,
    /// Inputs or records that failed.
    pub failed: usize,
    /// Quotes stored.
    pub quotes: usize,
}

/// One parsed and extracted record, ready to store.
struct Prepared {
    path: PathBuf,
    line: Option<usize>,
    article: NewArticle,
    extraction: Extraction,
}

/// Files are read, parsed and extracted this many at a time before they are stored.
const BATCH_FILES: usize = 256;

/// Articles stored per transaction (each in its own savepoint, so each is still whole or absent).
const BATCH_ARTICLES: usize = 500;

/// Ingests every supported file under `paths` (directories recursively, in name order).
///
/// Each error is passed to `on_error` as it happens; the run goes on with the other inputs.
pub async fn ingest_paths(
    db: &DatabaseConnection,
    paths: &[PathBuf],
    options: &IngestOptions,
    on_error: &mut (dyn FnMut(IngestError) + Send),
) -> Summary {
    let mut summary = Summary::default();
    let mut files = Vec::new();
    for path in paths {
        if let Err(err) = collect_files(path, &mut files) {
            on_error(err);
            summary.failed += 1;
        }
    }
    let bar = if options.progress { ProgressBar::new(files.len() as u64) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} files  {per_sec}  eta {eta}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    for chunk in files.chunks(BATCH_FILES) {
        let chunk = chunk.to_vec();
        let defaults = options.defaults.clone();
        let prepared = tokio::task::spawn_blocking(move || {
            chunk.par_iter().map(|(path, format)| prepare_file(path, *format, &defaults)).collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        let files_in_chunk = prepared.len() as u64;
        let mut ready = Vec::new();
        for result in prepared.into_iter().flatten() {
            match result {
                Ok(item) => ready.push(item),
                Err(err) => {
                    summary.failed += 1;
                    on_error(err);
                }
            }
        }
        for batch in ready.chunks(BATCH_ARTICLES) {
            let items: Vec<(NewArticle, Extraction)> =
                batch.iter().map(|p| (p.article.clone(), p.extraction.clone())).collect();
            let outcomes = match store::store_batch(db, &items).await {
                Ok(outcomes) => outcomes,
                // The batch could not even begin or commit: try each article alone.
                Err(_) => {
                    let mut one_by_one = Vec::with_capacity(items.len());
                    for (article, extraction) in &items {
                        one_by_one.push(store::store_article(db, article, extraction).await);
                    }
                    one_by_one
                }
            };
            for (item, outcome) in batch.iter().zip(outcomes) {
                match outcome {
                    Ok(Stored::Inserted { quotes, .. }) => {
                        summary.ingested += 1;
                        summary.quotes += quotes;
                    }
                    Ok(Stored::AlreadyPresent { .. }) => summary.already_present += 1,
                    Err(source) => {
                        summary.failed += 1;
                        on_error(IngestError::Store { path: item.path.clone(), line: item.line, source });
                    }
                }
            }
        }
        bar.inc(files_in_chunk);
        bar.set_message(format!("{} ingested, {} failed", summary.ingested, summary.failed));
    }
    bar.finish_and_clear();
    summary
}

/// Adds `path` (a file, or a directory walked recursively in name order) to `files`.
fn collect_files(path: &Path, files: &mut Vec<(PathBuf, Format)>) -> Result<(), IngestError> {
    let walk_error = |source| IngestError::Walk { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(walk_error)?;
    if meta.is_file() {
        // A file named explicitly is read as seed text when its extension says nothing.
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        files.push((path.to_owned(), Format::of(&name).unwrap_or(Format::SeedText)));
        return Ok(());
    }
    let mut entries: Vec<_> =
        std::fs::read_dir(path).map_err(walk_error)?.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_files(&entry, files)?;
        } else if let Some(format) = entry.file_name().and_then(|n| Format::of(&n.to_string_lossy())) {
            files.push((entry, format));
        }
    }
    Ok(())
}

/// Reads a file as UTF-8, naming the line of the first invalid byte when it is not.
fn read_utf8(path: &Path) -> Result<String, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Read { path: path.to_owned(), source })?;
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let line = err.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        IngestError::NotUtf8 { path: path.to_owned(), line, offset }
    })
}

/// The optional `NAME.meta.json` beside `NAME.txt` / `NAME.html`: fields the file cannot carry.
fn sidecar(path: &Path) -> Result<Option<JsonRecord>, IngestError> {
    let meta_path = path.with_extension("meta.json");
    if !meta_path.is_file() {
        return Ok(None);
    }
    let raw = read_utf8(&meta_path)?;
    let mut records = formats::parse_json(&raw).map_err(|source| IngestError::Format {
        path: meta_path.clone(),
        line: None,
        source,
    })?;
    Ok(records.pop())
}

/// Parses and extracts every record of one file.
fn prepare_file(path: &Path, format: Format, defaults: &JsonRecord) -> Vec<Result<Prepared, IngestError>> {
    let raw = match read_utf8(path) {
        Ok(raw) => raw,
        Err(err) => return vec![Err(err)],
    };
    let format_error = |line, source| IngestError::Format { path: path.to_owned(), line, source };
    let records: Vec<(Option<usize>, Result<JsonRecord, FormatError>)> = match format {
        Format::JsonLines => raw
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| {
                let record = formats::parse_json(l).and_then(|mut v| match v.len() {
                    1 => Ok(v.remove(0)),
                    _ => Err(FormatError::Json("expected one article object per line".into())),
                });
                (Some(n + 1), record)
            })
            .collect(),
        Format::Json => match formats::parse_json(&raw) {
            Ok(records) => records.into_iter().map(|r| (None, Ok(r))).collect(),
            Err(err) => vec![(None, Err(err))],
        },
        Format::SeedText | Format::Html => {
            let parsed =
                if format == Format::Html { formats::parse_html(&raw) } else { parse_seed_text(&raw) };
            let side = match sidecar(path) {
                Ok(side) => side,
                Err(err) => return vec![Err(err)],
            };
            vec![(
                None,
                parsed.map(|r| match &side {
                    Some(side) => r.or(side),
                    None => r,
                }),
            )]
        }
    };
    records
        .into_iter()
        .map(|(line, record)| {
            let article =
                record.and_then(|r| r.or(defaults).into_article()).map_err(|e| format_error(line, e))?;
            let extraction =
                extract::extract(&extract::Article { text: &article.text, published: article.published });
            Ok(Prepared { path: path.to_owned(), line, article, extraction })
        })
        .collect()
}

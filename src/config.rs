//! Run-time configuration: the one place that knows flag and environment variable names.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::store::DEFAULT_DATABASE_URL;

/// quotegraph: who said what, when and where in the news.
#[derive(Debug, Parser)]
#[command(name = "quotegraph", version, about, propagate_version = true)]
pub struct Cli {
    /// Database: an SQLite file (created when missing) or a PostgreSQL server.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,
    /// Log filter (tracing's env-filter syntax), e.g. `info` or `quotegraph=debug`.
    #[arg(long, env = "RUST_LOG", default_value = "info,sea_orm_migration=warn,sqlx=warn", global = true)]
    pub log: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the GraphQL API and the GraphiQL playground (loads the seeds into an empty database).
    Serve(ServeConfig),
    /// Ingest articles: files or directories of .txt (seed layout), .json, .jsonl or .html.
    Ingest {
        /// Files or directories (walked recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Outlet name for records that do not give one.
        #[arg(long)]
        outlet: Option<String>,
        /// Language tag for records that do not give one.
        #[arg(long)]
        language: Option<String>,
    },
    /// Extract quotations from JSON Lines documents `{"id", "text", "published"?}` (a file or
    /// stdin) and print one prediction line per document, in the scorer's format.
    Extract {
        /// Input file; stdin when absent or `-`.
        file: Option<PathBuf>,
        /// Output: `jsonl` (the scorer's format) or `text` (a human-readable view).
        #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
        format: ExtractFormat,
    },
    /// Re-run extraction for articles stored by an older extractor version.
    Reextract,
    /// Apply pending schema migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Generate reproducible benchmark data: fill the database with about `--quotes` quotations
    /// (through extraction and the ingest store path), or write articles to `--out` for
    /// benchmarking `ingest`.
    BenchData {
        /// Stop once about this many quotes are stored (or written).
        #[arg(long, default_value_t = 1_000_000)]
        quotes: usize,
        /// Random seed: the same seed gives the same data.
        #[arg(long, default_value_t = 2018)]
        seed: u64,
        /// Write the articles as JSON Lines files (1,000 articles each) into this directory
        /// instead of storing them.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Inspect and correct speakers.
    #[command(subcommand)]
    Speakers(SpeakersCommand),
}

/// Output of `quotegraph extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// One JSON prediction per input line.
    Jsonl,
    /// A readable listing of each quote with its speaker, date and place.
    Text,
}

/// `quotegraph speakers ...`.
#[derive(Debug, Subcommand)]
pub enum SpeakersCommand {
    /// List speakers, most quoted first.
    List {
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: u64,
    },
    /// Merge speaker B into speaker A (ids or names): B's quotes and aliases move to A.
    Merge {
        /// The speaker that stays.
        a: String,
        /// The speaker merged into A.
        b: String,
    },
    /// Undo the merge of a speaker (id or name): its quotes and aliases move back to it.
    Split {
        /// The speaker that was merged.
        speaker: String,
    },
}

/// `quotegraph serve` settings.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on.
    #[arg(long, env = "QUOTEGRAPH_LISTEN", default_value = "127.0.0.1:8000")]
    pub listen: SocketAddr,
    /// Bearer token that mutations require; mutations are refused when unset.
    #[arg(long, env = "QUOTEGRAPH_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Allowed CORS origin (repeatable); `*` allows any.
    #[arg(long = "cors-origin", env = "QUOTEGRAPH_CORS_ORIGIN", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// Production mode: no introspection, no GraphiQL, no field suggestions.
    #[arg(long, env = "QUOTEGRAPH_PRODUCTION")]
    pub production: bool,
    /// Directory of articles loaded into an empty database at start.
    #[arg(long, env = "QUOTEGRAPH_SEEDS", default_value = "seeds")]
    pub seeds: PathBuf,
    /// Per-request timeout in seconds.
    #[arg(long, env = "QUOTEGRAPH_REQUEST_TIMEOUT", default_value_t = 30)]
    pub request_timeout_secs: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}

//! quotegraph: who said what, when and where in the news.
//!
//! Layers, each depending only on the ones below it: `server -> graphql -> store -> entity`,
//! and everyone -> [`extract`], the pure extraction engine. `ingest` reads input files into
//! the store; `config` is the only code that knows flag and environment names.

pub mod benchdata;
pub mod config;
pub mod eval;
pub mod extract;
pub mod graphql;
pub mod ingest;
pub mod server;
pub mod store;
pub mod verify;

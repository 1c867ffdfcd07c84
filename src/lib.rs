//! quotegraph: who said what, when and where in the news.
//!
//! Layers, each depending only on the ones below it: `server -> graphql -> store -> entity`,
//! and everyone -> [`extract`], the pure extraction engine.

pub mod extract;

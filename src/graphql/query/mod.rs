//! The query root: one `*Query` per feature, merged into [`Query`].

pub mod articles;
pub mod node;
pub mod quotes;
pub mod speakers;
pub mod stats;
pub mod verify;

use async_graphql::MergedObject;

/// Everything that can be read.
#[derive(MergedObject, Default)]
pub struct Query(
    quotes::QuotesQuery,
    speakers::SpeakersQuery,
    articles::ArticlesQuery,
    stats::StatsQuery,
    verify::VerifyQuery,
    node::NodeQuery,
);

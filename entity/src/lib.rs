//! sea-orm entities of the quotegraph store, one module per table.
//!
//! Only table shapes live here (plus the small string-backed enums the columns use); queries and
//! business rules live in the main crate's `store` module.

pub mod article;
pub mod enums;
pub mod outlet;
pub mod quote;
pub mod speaker;
pub mod speaker_alias;
pub mod speaker_role;

pub use enums::{DatePrecision, QuoteKind, SpeakerKind};

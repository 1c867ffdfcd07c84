//! String-backed enums stored in text columns (portable across SQLite and PostgreSQL).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How a quotation reproduces what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Verbatim, in quotation marks.
    #[sea_orm(string_value = "direct")]
    Direct,
    /// Reported speech.
    #[sea_orm(string_value = "indirect")]
    Indirect,
    /// Paraphrase with a verbatim fragment.
    #[sea_orm(string_value = "mixed")]
    Mixed,
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    #[sea_orm(string_value = "person")]
    Person,
    /// An unnamed source, scoped to one article.
    #[sea_orm(string_value = "anonymous")]
    Anonymous,
    /// An organisation.
    #[sea_orm(string_value = "organization")]
    Organization,
    /// A group of people.
    #[sea_orm(string_value = "group")]
    Group,
    /// A document or other non-person source, scoped to one article.
    #[sea_orm(string_value = "document")]
    Document,
}

/// How precise a stored date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The exact day.
    #[sea_orm(string_value = "day")]
    Day,
    /// The week starting on the date.
    #[sea_orm(string_value = "week")]
    Week,
    /// The month starting on the date.
    #[sea_orm(string_value = "month")]
    Month,
    /// The year starting on the date.
    #[sea_orm(string_value = "year")]
    Year,
}

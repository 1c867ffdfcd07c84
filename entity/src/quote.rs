//! A quotation: what was said, by whom, when and where, with offsets into its article's text.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{DatePrecision, QuoteKind};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "quote")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub article_id: i64,
    /// Current speaker (after any analyst merge); `None` when unresolved.
    pub speaker_id: Option<i64>,
    /// The speaker extraction attributed it to, kept so a merge can be undone.
    pub origin_speaker_id: Option<i64>,
    /// Order within the article, from 0.
    pub position: i32,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub kind: QuoteKind,
    /// Byte offsets of the content in the article text.
    pub content_start: i64,
    pub content_end: i64,
    /// The same offsets in UTF-16 code units, for JavaScript clients.
    pub content_start_utf16: i64,
    pub content_end_utf16: i64,
    /// Reporting cue as written ("said", "according to").
    pub cue: Option<String>,
    pub cue_start: Option<i64>,
    pub cue_end: Option<i64>,
    /// The speaker as written at this quote ("the source", "Zakharova").
    pub speaker_mention: Option<String>,
    pub mention_start: Option<i64>,
    pub mention_end: Option<i64>,
    pub said_on: Option<Date>,
    pub said_on_precision: Option<DatePrecision>,
    /// `said_on`, or the article's publication date when unknown: the key of the default order.
    pub said_sort: Option<Date>,
    pub venue: Option<String>,
    pub place: Option<String>,
    pub addressee: Option<String>,
    pub confidence: f64,
    /// Copied from the article, so date and outlet filters need no join.
    pub published_on: Option<Date>,
    pub outlet_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::article::Entity",
        from = "Column::ArticleId",
        to = "super::article::Column::Id",
        on_delete = "Cascade"
    )]
    Article,
    #[sea_orm(
        belongs_to = "super::speaker::Entity",
        from = "Column::SpeakerId",
        to = "super::speaker::Column::Id",
        on_delete = "SetNull"
    )]
    Speaker,
}

impl Related<super::article::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Article.def()
    }
}

impl Related<super::speaker::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Speaker.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

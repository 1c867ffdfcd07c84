//! A surface form seen for a speaker ("Zakharova", "Maria Zakharova").

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "speaker_alias")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub speaker_id: i64,
    /// As written.
    pub alias: String,
    /// Lower-cased, punctuation-free `alias`, for case-insensitive lookups.
    pub alias_key: String,
    /// The speaker this alias was first recorded for; a `speakers split` moves it back there.
    pub origin_speaker_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::speaker::Entity",
        from = "Column::SpeakerId",
        to = "super::speaker::Column::Id",
        on_delete = "Cascade"
    )]
    Speaker,
}

impl Related<super::speaker::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Speaker.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

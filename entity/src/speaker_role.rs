//! A role or affiliation an article reported for a speaker, dated, so the role at the time of
//! speaking is known and changes over time are kept.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "speaker_role")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub speaker_id: i64,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// The publication date of the article that reported it.
    pub reported_on: Option<Date>,
    pub article_id: i64,
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
    #[sea_orm(
        belongs_to = "super::article::Entity",
        from = "Column::ArticleId",
        to = "super::article::Column::Id",
        on_delete = "Cascade"
    )]
    Article,
}

impl Related<super::speaker::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Speaker.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

//! A news article, stored whole with the extractor version that produced its quotes.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "article")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub outlet_id: Option<i64>,
    /// Canonical URL, unique when present.
    #[sea_orm(unique)]
    pub url: Option<String>,
    pub title: Option<String>,
    pub published_on: Option<Date>,
    /// BCP 47 language tag ("en").
    pub language: Option<String>,
    /// The full original body text; every quote offset points into it.
    #[sea_orm(column_type = "Text")]
    pub text: String,
    /// Hex SHA-256 of `text`: the same text is never stored twice.
    #[sea_orm(unique)]
    pub content_hash: String,
    pub extractor_version: i32,
    pub ingested_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::outlet::Entity",
        from = "Column::OutletId",
        to = "super::outlet::Column::Id",
        on_delete = "SetNull"
    )]
    Outlet,
    #[sea_orm(has_many = "super::quote::Entity")]
    Quote,
}

impl Related<super::outlet::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Outlet.def()
    }
}

impl Related<super::quote::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Quote.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

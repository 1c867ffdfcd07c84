//! A speaker or source. Named people and organisations are shared across articles (matched on
//! `name_key`); anonymous sources and documents belong to the one article that quotes them.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::SpeakerKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "speaker")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Canonical name ("Maria Zakharova", "a Russian source").
    pub name: String,
    /// Lower-cased, punctuation-free `name`, the key for matching across articles.
    pub name_key: String,
    /// Last word of `name_key`: finds "Maria Zakharova" when an article says only "Zakharova".
    pub surname_key: String,
    pub kind: SpeakerKind,
    /// Latest known role ("official spokesperson"); the history is in `speaker_role`.
    pub role: Option<String>,
    /// Latest known affiliation ("Russian Foreign Ministry").
    pub affiliation: Option<String>,
    /// For article-scoped speakers (anonymous, document): the article they belong to.
    pub article_id: Option<i64>,
    /// Set when an analyst merged this speaker into another; its quotes moved there.
    pub merged_into: Option<i64>,
    /// Quotes currently attributed (kept in step by the store).
    pub quote_count: i64,
    pub first_quoted_on: Option<Date>,
    pub last_quoted_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::quote::Entity")]
    Quote,
    #[sea_orm(has_many = "super::speaker_alias::Entity")]
    Alias,
    #[sea_orm(has_many = "super::speaker_role::Entity")]
    Role,
}

impl Related<super::quote::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Quote.def()
    }
}

impl Related<super::speaker_alias::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Alias.def()
    }
}

impl Related<super::speaker_role::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Role.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

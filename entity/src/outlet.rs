//! A news outlet ("Asharq Al-Awsat").

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "outlet")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Display name, unique.
    #[sea_orm(unique)]
    pub name: String,
    /// Web domain when known ("aawsat.com").
    pub domain: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::article::Entity")]
    Article,
}

impl Related<super::article::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Article.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

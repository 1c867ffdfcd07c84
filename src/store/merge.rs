//! Analyst corrections: merging two speakers that are one, and undoing such a merge.
//!
//! A merge never loses information: every quote keeps the speaker extraction first gave it
//! (`origin_speaker_id`) and every alias its first owner, so `split` can put them back.

use entity::{quote, speaker, speaker_alias};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

use super::{StoreError, begin_write, name_key};

/// Finds the active speaker an analyst means: a numeric id, or a name or alias matching exactly
/// one active speaker (case- and punctuation-insensitive).
pub async fn find_speaker<C: ConnectionTrait>(db: &C, reference: &str) -> Result<speaker::Model, StoreError> {
    if let Ok(id) = reference.trim().parse::<i64>() {
        return speaker::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or_else(|| StoreError::SpeakerNotFound(format!("with id {id}")));
    }
    let key = name_key(reference);
    let ids: Vec<i64> = speaker_alias::Entity::find()
        .select_only()
        .column(speaker_alias::Column::SpeakerId)
        .distinct()
        .inner_join(speaker::Entity)
        .filter(speaker_alias::Column::AliasKey.eq(&key))
        .filter(speaker::Column::MergedInto.is_null())
        .limit(10)
        .into_tuple()
        .all(db)
        .await?;
    match ids[..] {
        [] => Err(StoreError::SpeakerNotFound(format!("named {reference:?}"))),
        [id] => Ok(speaker::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or_else(|| StoreError::SpeakerNotFound(format!("with id {id}")))?),
        _ => Err(StoreError::Invalid(format!(
            "{reference:?} names several speakers (ids {}); give an id",
            ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Merges speaker `absorbed` into `kept`: its quotes and aliases move to `kept`, and it is
/// remembered as merged so lookups of its names lead to `kept`.
pub async fn merge_speakers(
    db: &DatabaseConnection,
    kept: i64,
    absorbed: i64,
) -> Result<speaker::Model, StoreError> {
    if kept == absorbed {
        return Err(StoreError::Invalid("cannot merge a speaker into itself".into()));
    }
    let txn = begin_write(db).await?;
    let keep = active(&txn, kept).await?;
    active(&txn, absorbed).await?;
    quote::Entity::update_many()
        .col_expr(quote::Column::SpeakerId, Expr::val(kept))
        .filter(quote::Column::SpeakerId.eq(absorbed))
        .exec(&txn)
        .await?;
    speaker_alias::Entity::update_many()
        .col_expr(speaker_alias::Column::SpeakerId, Expr::val(kept))
        .filter(speaker_alias::Column::SpeakerId.eq(absorbed))
        .exec(&txn)
        .await?;
    speaker::Entity::update_many()
        .col_expr(speaker::Column::MergedInto, Expr::val(kept))
        .filter(speaker::Column::Id.eq(absorbed))
        .exec(&txn)
        .await?;
    refresh_stats(&txn, &[kept, absorbed]).await?;
    let keep = speaker::Entity::find_by_id(keep.id).one(&txn).await?.unwrap_or(keep);
    txn.commit().await?;
    Ok(keep)
}

/// Undoes the merge of `speaker_id`: the quotes and aliases it (and speakers merged into it)
/// brought are moved back to it, and it becomes active again.
pub async fn split_speaker(db: &DatabaseConnection, speaker_id: i64) -> Result<speaker::Model, StoreError> {
    let txn = begin_write(db).await?;
    let split = speaker::Entity::find_by_id(speaker_id)
        .one(&txn)
        .await?
        .ok_or_else(|| StoreError::SpeakerNotFound(format!("with id {speaker_id}")))?;
    let Some(target) = split.merged_into else {
        return Err(StoreError::Invalid(format!(
            "speaker {speaker_id} ({}) was not merged into another",
            split.name
        )));
    };
    // Everything whose merge chain passes through `speaker_id` comes back with it.
    let merged: Vec<(i64, i64)> = speaker::Entity::find()
        .select_only()
        .column(speaker::Column::Id)
        .column(speaker::Column::MergedInto)
        .filter(speaker::Column::MergedInto.is_not_null())
        .into_tuple()
        .all(&txn)
        .await?;
    let mut family = vec![speaker_id];
    loop {
        let before = family.len();
        for (id, into) in &merged {
            if family.contains(into) && !family.contains(id) {
                family.push(*id);
            }
        }
        if family.len() == before {
            break;
        }
    }
    quote::Entity::update_many()
        .col_expr(quote::Column::SpeakerId, Expr::val(speaker_id))
        .filter(quote::Column::OriginSpeakerId.is_in(family.clone()))
        .exec(&txn)
        .await?;
    speaker_alias::Entity::update_many()
        .col_expr(speaker_alias::Column::SpeakerId, Expr::val(speaker_id))
        .filter(speaker_alias::Column::OriginSpeakerId.is_in(family))
        .exec(&txn)
        .await?;
    speaker::Entity::update_many()
        .col_expr(speaker::Column::MergedInto, Expr::val(Option::<i64>::None))
        .filter(speaker::Column::Id.eq(speaker_id))
        .exec(&txn)
        .await?;
    refresh_stats(&txn, &[speaker_id, target]).await?;
    let restored = speaker::Entity::find_by_id(speaker_id).one(&txn).await?.unwrap_or(split);
    txn.commit().await?;
    Ok(restored)
}

async fn active<C: ConnectionTrait>(txn: &C, id: i64) -> Result<speaker::Model, StoreError> {
    let found = speaker::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or_else(|| StoreError::SpeakerNotFound(format!("with id {id}")))?;
    match found.merged_into {
        Some(into) => {
            Err(StoreError::Invalid(format!("speaker {id} ({}) is already merged into {into}", found.name)))
        }
        None => Ok(found),
    }
}

/// Recomputes the quote count and first/last quoted dates of `ids` from their quotes.
pub async fn refresh_stats<C: ConnectionTrait>(txn: &C, ids: &[i64]) -> Result<(), DbErr> {
    for &id in ids {
        let row: Option<(i64, Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> = quote::Entity::find()
            .select_only()
            .column_as(Expr::col(quote::Column::Id).count(), "n")
            .column_as(Expr::col(quote::Column::SaidSort).min(), "first")
            .column_as(Expr::col(quote::Column::SaidSort).max(), "last")
            .filter(quote::Column::SpeakerId.eq(id))
            .into_tuple()
            .one(txn)
            .await?;
        let (n, first, last) = row.unwrap_or((0, None, None));
        speaker::Entity::update_many()
            .col_expr(speaker::Column::QuoteCount, Expr::val(n))
            .col_expr(speaker::Column::FirstQuotedOn, Expr::val(first))
            .col_expr(speaker::Column::LastQuotedOn, Expr::val(last))
            .filter(speaker::Column::Id.eq(id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

//! Storing articles: many in one transaction with set-based statements.
//!
//! Looking things up per speaker costs a few dozen statements per article (speaker and alias
//! lookups, alias checks, counters). Here a whole batch shares them: one lookup of all content
//! hashes, one of all outlet names, one of all speaker aliases, one insert per table, one counter
//! update for all speakers. A single article is a batch of one
//! ([`super::write::store_article`]), so a batch stores what the same articles stored one by one
//! would. The batch is one transaction: a crash leaves none of it, never half an article.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, Utc};
use entity::{SpeakerKind, article, outlet, speaker, speaker_alias, speaker_role};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::name_key;
use super::write::{
    NewArticle, SpeakerStats, Stored, advance_current_role, content_hash, domain_of, insert_quotes,
    quote_rows, speaker_kind, surname_key,
};
use crate::extract::{self, Extraction};

/// Stores `items` with set-based statements inside the caller's transaction.
pub(crate) async fn store_all<C: ConnectionTrait>(
    txn: &C,
    items: &[(NewArticle, Extraction)],
) -> Result<Vec<Stored>, DbErr> {
    let hashes: Vec<String> = items.iter().map(|(a, _)| content_hash(&a.text)).collect();
    let urls: Vec<String> = items.iter().filter_map(|(a, _)| a.url.clone()).collect();

    // Articles already stored, or repeated within the batch, are "already present".
    let mut known = article::Entity::find()
        .select_only()
        .columns([article::Column::Id, article::Column::ContentHash, article::Column::Url])
        .filter(article::Column::ContentHash.is_in(hashes.clone()).or(article::Column::Url.is_in(urls)))
        .into_tuple::<(i64, String, Option<String>)>()
        .all(txn)
        .await?;
    let mut outcome: Vec<Option<Stored>> = vec![None; items.len()];
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    let mut repeat_of: Vec<Option<usize>> = vec![None; items.len()];
    let mut fresh: Vec<usize> = Vec::new();
    for (i, (a, _)) in items.iter().enumerate() {
        let stored = known.iter().find(|(_, h, u)| *h == hashes[i] || (u.is_some() && *u == a.url));
        if let Some((id, _, _)) = stored {
            outcome[i] = Some(Stored::AlreadyPresent { article_id: *id });
            continue;
        }
        let earlier =
            first_of.get(hashes[i].as_str()).or_else(|| a.url.as_deref().and_then(|u| first_of.get(u)));
        if let Some(&j) = earlier {
            repeat_of[i] = Some(j);
            continue;
        }
        first_of.insert(&hashes[i], i);
        if let Some(u) = a.url.as_deref() {
            first_of.insert(u, i);
        }
        fresh.push(i);
    }
    known.clear();

    let outlets = outlet_ids(txn, fresh.iter().map(|&i| &items[i].0)).await?;

    // The articles, then their ids by content hash (portable; no reliance on RETURNING order).
    let now = Utc::now();
    if !fresh.is_empty() {
        let rows = fresh.iter().map(|&i| {
            let a = &items[i].0;
            article::ActiveModel {
                outlet_id: Set(a.outlet.as_ref().and_then(|o| outlets.get(o).copied())),
                url: Set(a.url.clone()),
                title: Set(a.title.clone()),
                published_on: Set(a.published),
                language: Set(a.language.clone()),
                text: Set(a.text.clone()),
                content_hash: Set(hashes[i].clone()),
                extractor_version: Set(extract::EXTRACTOR_VERSION),
                ingested_at: Set(now),
                ..Default::default()
            }
        });
        article::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    let ids: HashMap<String, i64> = article::Entity::find()
        .select_only()
        .columns([article::Column::ContentHash, article::Column::Id])
        .filter(article::Column::ContentHash.is_in(fresh.iter().map(|&i| hashes[i].clone())))
        .into_tuple::<(String, i64)>()
        .all(txn)
        .await?
        .into_iter()
        .collect();
    let models: Vec<article::Model> = fresh
        .iter()
        .map(|&i| {
            let a = &items[i].0;
            article::Model {
                id: ids.get(&hashes[i]).copied().unwrap_or_default(),
                outlet_id: a.outlet.as_ref().and_then(|o| outlets.get(o).copied()),
                url: a.url.clone(),
                title: a.title.clone(),
                published_on: a.published,
                language: a.language.clone(),
                text: a.text.clone(),
                content_hash: hashes[i].clone(),
                extractor_version: extract::EXTRACTOR_VERSION,
                ingested_at: now,
            }
        })
        .collect();
    if models.iter().any(|m| m.id == 0) {
        return Err(DbErr::Custom("a batch article vanished after insert".into()));
    }

    let extractions: Vec<&Extraction> = fresh.iter().map(|&i| &items[i].1).collect();
    let speaker_ids = resolve_speakers(txn, &models, &extractions).await?;

    let mut stats = SpeakerStats::default();
    let mut rows = Vec::new();
    for ((model, extraction), ids) in models.iter().zip(&extractions).zip(&speaker_ids) {
        rows.extend(quote_rows(model, extraction, ids));
        stats.add(model, extraction, ids);
    }
    insert_quotes(txn, rows).await?;
    stats.apply(txn).await?;

    for ((&i, model), extraction) in fresh.iter().zip(&models).zip(&extractions) {
        outcome[i] = Some(Stored::Inserted { article_id: model.id, quotes: extraction.quotes.len() });
    }
    Ok(outcome
        .iter()
        .zip(&repeat_of)
        .map(|(o, rep)| match (o, rep) {
            (Some(stored), _) => *stored,
            (None, Some(j)) => {
                Stored::AlreadyPresent { article_id: outcome[*j].map_or(0, Stored::article_id) }
            }
            (None, None) => Stored::AlreadyPresent { article_id: 0 },
        })
        .collect())
}

/// Ids of the named outlets, creating the missing ones.
async fn outlet_ids<'a, C: ConnectionTrait>(
    txn: &C,
    articles: impl Iterator<Item = &'a NewArticle>,
) -> Result<HashMap<String, i64>, DbErr> {
    let mut wanted: BTreeMap<String, Option<String>> = BTreeMap::new();
    for a in articles {
        if let Some(name) = &a.outlet {
            wanted.entry(name.clone()).or_insert_with(|| a.url.as_deref().and_then(domain_of));
        }
    }
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    let find = || {
        outlet::Entity::find()
            .select_only()
            .columns([outlet::Column::Name, outlet::Column::Id])
            .filter(outlet::Column::Name.is_in(wanted.keys().cloned()))
            .into_tuple::<(String, i64)>()
    };
    let mut found: HashMap<String, i64> = find().all(txn).await?.into_iter().collect();
    let missing: Vec<outlet::ActiveModel> = wanted
        .iter()
        .filter(|(name, _)| !found.contains_key(*name))
        .map(|(name, domain)| outlet::ActiveModel {
            name: Set(name.clone()),
            domain: Set(domain.clone()),
            ..Default::default()
        })
        .collect();
    if !missing.is_empty() {
        outlet::Entity::insert_many(missing).exec_without_returning(txn).await?;
        found = find().all(txn).await?.into_iter().collect();
    }
    Ok(found)
}

/// One extracted speaker of one article of the batch.
struct Wanted<'a> {
    article: usize,
    found: &'a extract::Speaker,
    kind: SpeakerKind,
    key: String,
}

/// The stored speaker id of every extracted speaker, per article: shared speakers matched or
/// created (an exact name, else the one speaker with that alias, else for a bare
/// surname the one person who carries it), article-scoped ones created.
pub(crate) async fn resolve_speakers<C: ConnectionTrait>(
    txn: &C,
    models: &[article::Model],
    extractions: &[&Extraction],
) -> Result<Vec<Vec<i64>>, DbErr> {
    let mut wanted: Vec<Wanted<'_>> = Vec::new();
    for (article, extraction) in extractions.iter().enumerate() {
        for found in &extraction.speakers {
            wanted.push(Wanted {
                article,
                found,
                kind: speaker_kind(found.kind),
                key: name_key(&found.name),
            });
        }
    }
    let is_shared = |k: SpeakerKind| !matches!(k, SpeakerKind::Anonymous | SpeakerKind::Document);
    let mut id_of: Vec<Option<i64>> = vec![None; wanted.len()];

    // Known shared speakers by alias and, for bare surnames, by surname.
    let keys: Vec<String> = {
        let mut keys: Vec<String> =
            wanted.iter().filter(|w| is_shared(w.kind)).map(|w| w.key.clone()).collect();
        keys.sort();
        keys.dedup();
        keys
    };
    let mut by_alias: HashMap<String, Vec<i64>> = HashMap::new();
    let mut speakers: HashMap<i64, speaker::Model> = HashMap::new();
    for chunk in keys.chunks(500) {
        let pairs: Vec<(String, i64)> = speaker_alias::Entity::find()
            .select_only()
            .columns([speaker_alias::Column::AliasKey, speaker_alias::Column::SpeakerId])
            .filter(speaker_alias::Column::AliasKey.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(txn)
            .await?;
        for (key, id) in pairs {
            by_alias.entry(key).or_default().push(id);
        }
    }
    let alias_ids: Vec<i64> = by_alias.values().flatten().copied().collect();
    for chunk in alias_ids.chunks(500) {
        for s in active_shared().filter(speaker::Column::Id.is_in(chunk.iter().copied())).all(txn).await? {
            speakers.insert(s.id, s);
        }
    }
    let surnames: Vec<String> = keys.iter().filter(|k| !k.contains(' ')).cloned().collect();
    let mut by_surname: HashMap<String, Vec<i64>> = HashMap::new();
    for chunk in surnames.chunks(500) {
        let found = active_shared()
            .filter(speaker::Column::Kind.eq(SpeakerKind::Person))
            .filter(speaker::Column::SurnameKey.is_in(chunk.iter().cloned()))
            .filter(Expr::col(speaker::Column::NameKey).ne(Expr::col(speaker::Column::SurnameKey)))
            .all(txn)
            .await?;
        for s in found {
            by_surname.entry(s.surname_key.clone()).or_default().push(s.id);
            speakers.insert(s.id, s);
        }
    }

    // Full names and non-persons first, so bare surnames can join people created in this batch.
    let mut created: BTreeMap<(String, String), usize> = BTreeMap::new(); // (kind, key) -> first wanted
    let mut order: Vec<usize> = (0..wanted.len()).filter(|&i| is_shared(wanted[i].kind)).collect();
    order.sort_by_key(|&i| wanted[i].kind == SpeakerKind::Person && !wanted[i].key.contains(' '));
    for i in order {
        let w = &wanted[i];
        let kind_name = kind_str(w.kind);
        if created.contains_key(&(kind_name.clone(), w.key.clone())) {
            continue;
        }
        let mut candidates: Vec<i64> = by_alias
            .get(&w.key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|id| speakers.get(id).is_some_and(|s| s.kind == w.kind))
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        if let Some(exact) = candidates.iter().find(|id| speakers[id].name_key == w.key) {
            id_of[i] = Some(*exact);
            continue;
        }
        if w.kind == SpeakerKind::Person && !w.key.contains(' ') {
            for id in by_surname.get(&w.key).into_iter().flatten() {
                if !candidates.contains(id) {
                    candidates.push(*id);
                }
            }
            let new_namesakes = created
                .iter()
                .filter(|((k, key), _)| *k == kind_name && key.contains(' ') && surname_key(key) == w.key)
                .count();
            if candidates.len() + new_namesakes == 1 && new_namesakes == 1 {
                // Joins a person created earlier in this batch: resolved after creation below.
                continue;
            }
            if candidates.len() + new_namesakes > 1 {
                candidates.clear();
                candidates.push(-1);
            }
        }
        match candidates[..] {
            [only] if only > 0 => id_of[i] = Some(only),
            _ => {
                created.insert((kind_name, w.key.clone()), i);
            }
        }
    }

    // Create the new shared speakers and the article-scoped ones.
    let new_shared: Vec<usize> = created.values().copied().collect();
    if !new_shared.is_empty() {
        let rows = new_shared.iter().map(|&i| new_speaker(&wanted[i], None));
        speaker::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    let new_keys: Vec<String> = new_shared.iter().map(|&i| wanted[i].key.clone()).collect();
    let mut created_ids: HashMap<(String, String), i64> = HashMap::new();
    for chunk in new_keys.chunks(500) {
        for s in
            active_shared().filter(speaker::Column::NameKey.is_in(chunk.iter().cloned())).all(txn).await?
        {
            created_ids.insert((kind_str(s.kind), s.name_key.clone()), s.id);
        }
    }
    let scoped: Vec<usize> = (0..wanted.len()).filter(|&i| !is_shared(wanted[i].kind)).collect();
    if !scoped.is_empty() {
        let rows = scoped.iter().map(|&i| new_speaker(&wanted[i], Some(models[wanted[i].article].id)));
        speaker::Entity::insert_many(rows).exec_without_returning(txn).await?;
        // Match the new rows back in insertion order within each (article, name) group.
        let article_ids: Vec<i64> = models.iter().map(|m| m.id).collect();
        let rows: Vec<(i64, Option<i64>, String)> = speaker::Entity::find()
            .select_only()
            .columns([speaker::Column::Id, speaker::Column::ArticleId, speaker::Column::NameKey])
            .filter(speaker::Column::ArticleId.is_in(article_ids))
            .order_by_asc(speaker::Column::Id)
            .into_tuple()
            .all(txn)
            .await?;
        let mut queues: HashMap<(i64, String), std::collections::VecDeque<i64>> = HashMap::new();
        for (id, article_id, key) in rows {
            queues.entry((article_id.unwrap_or_default(), key)).or_default().push_back(id);
        }
        for &i in &scoped {
            let w = &wanted[i];
            id_of[i] = queues.get_mut(&(models[w.article].id, w.key.clone())).and_then(|q| q.pop_front());
        }
    }
    for (i, w) in wanted.iter().enumerate() {
        if id_of[i].is_some() || !is_shared(w.kind) {
            continue;
        }
        let kind_name = kind_str(w.kind);
        id_of[i] = created_ids.get(&(kind_name.clone(), w.key.clone())).copied().or_else(|| {
            // A bare surname that joins the one person of that surname created in this batch.
            created_ids
                .iter()
                .find(|((k, key), _)| *k == kind_name && key.contains(' ') && surname_key(key) == w.key)
                .map(|(_, id)| *id)
        });
    }
    if id_of.iter().any(Option::is_none) {
        return Err(DbErr::Custom("a batch speaker could not be resolved".into()));
    }
    let id_of: Vec<i64> = id_of.into_iter().flatten().collect();

    // Surname-only people who now get their full name.
    for (i, w) in wanted.iter().enumerate() {
        if let Some(s) =
            speakers.get_mut(&id_of[i]).filter(|s| w.key.contains(' ') && !s.name_key.contains(' '))
        {
            speaker::Entity::update_many()
                .col_expr(speaker::Column::Name, Expr::val(w.found.name.clone()))
                .col_expr(speaker::Column::SurnameKey, Expr::val(surname_key(&w.key)))
                .col_expr(speaker::Column::NameKey, Expr::val(w.key.clone()))
                .filter(speaker::Column::Id.eq(s.id))
                .exec(txn)
                .await?;
            s.name_key = w.key.clone();
        }
    }

    record_aliases(txn, &wanted, &id_of).await?;
    record_roles(txn, models, &wanted, &id_of, &speakers).await?;

    let mut per_article: Vec<Vec<i64>> = vec![Vec::new(); models.len()];
    for (w, id) in wanted.iter().zip(&id_of) {
        per_article[w.article].push(*id);
    }
    Ok(per_article)
}

fn active_shared() -> sea_orm::Select<speaker::Entity> {
    speaker::Entity::find()
        .filter(speaker::Column::ArticleId.is_null())
        .filter(speaker::Column::MergedInto.is_null())
}

fn kind_str(kind: SpeakerKind) -> String {
    format!("{kind:?}")
}

fn new_speaker(w: &Wanted<'_>, article_id: Option<i64>) -> speaker::ActiveModel {
    speaker::ActiveModel {
        name: Set(w.found.name.clone()),
        surname_key: Set(surname_key(&w.key).to_owned()),
        name_key: Set(w.key.clone()),
        kind: Set(w.kind),
        role: Set(w.found.role.clone()),
        affiliation: Set(w.found.affiliation.clone()),
        article_id: Set(article_id),
        merged_into: Set(None),
        quote_count: Set(0),
        first_quoted_on: Set(None),
        last_quoted_on: Set(None),
        ..Default::default()
    }
}

/// Records every surface form seen for each speaker that it does not have yet.
async fn record_aliases<C: ConnectionTrait>(
    txn: &C,
    wanted: &[Wanted<'_>],
    id_of: &[i64],
) -> Result<(), DbErr> {
    let mut seen: BTreeMap<(i64, String), String> = BTreeMap::new();
    for (w, &id) in wanted.iter().zip(id_of) {
        for alias in std::iter::once(w.found.name.as_str()).chain(w.found.aliases.iter().map(String::as_str))
        {
            let key = name_key(alias);
            if !key.is_empty() {
                seen.entry((id, key)).or_insert_with(|| alias.trim().to_owned());
            }
        }
    }
    let ids: Vec<i64> = {
        let mut ids: Vec<i64> = seen.keys().map(|(id, _)| *id).collect();
        ids.dedup();
        ids
    };
    for chunk in ids.chunks(500) {
        let known: Vec<(i64, String)> = speaker_alias::Entity::find()
            .select_only()
            .columns([speaker_alias::Column::SpeakerId, speaker_alias::Column::AliasKey])
            .filter(speaker_alias::Column::SpeakerId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn)
            .await?;
        for k in known {
            seen.remove(&k);
        }
    }
    let rows: Vec<speaker_alias::ActiveModel> = seen
        .into_iter()
        .map(|((id, key), alias)| speaker_alias::ActiveModel {
            speaker_id: Set(id),
            alias: Set(alias),
            alias_key: Set(key),
            origin_speaker_id: Set(id),
            ..Default::default()
        })
        .collect();
    for chunk in rows.chunks(500) {
        speaker_alias::Entity::insert_many(chunk.to_vec()).exec_without_returning(txn).await?;
    }
    Ok(())
}

/// A speaker's role, affiliation and the date they were reported.
type CurrentRole = (Option<String>, Option<String>, Option<NaiveDate>);

/// Keeps the role history: a row for a new speaker's role and for every change of a known
/// speaker's role; the current role follows the most recent report.
async fn record_roles<C: ConnectionTrait>(
    txn: &C,
    models: &[article::Model],
    wanted: &[Wanted<'_>],
    id_of: &[i64],
    known: &HashMap<i64, speaker::Model>,
) -> Result<(), DbErr> {
    let mut current: HashMap<i64, CurrentRole> = HashMap::new();
    let mut rows = Vec::new();
    let mut changed: Vec<i64> = Vec::new();
    let mut reported_before: Vec<i64> = Vec::new();
    for (w, &id) in wanted.iter().zip(id_of) {
        if w.found.role.is_none() && w.found.affiliation.is_none() {
            continue;
        }
        let reported = models[w.article].published_on;
        let now = current.entry(id).or_insert_with(|| match known.get(&id) {
            Some(s) => (s.role.clone(), s.affiliation.clone(), None),
            // New in this batch: created with no role yet recorded in the history.
            None => (None, None, None),
        });
        if now.0 == w.found.role && now.1 == w.found.affiliation {
            continue;
        }
        rows.push(speaker_role::ActiveModel {
            speaker_id: Set(id),
            role: Set(w.found.role.clone()),
            affiliation: Set(w.found.affiliation.clone()),
            reported_on: Set(reported),
            article_id: Set(models[w.article].id),
            ..Default::default()
        });
        if now.2.is_none_or(|d| reported >= Some(d)) {
            *now = (w.found.role.clone(), w.found.affiliation.clone(), reported);
            // A speaker created in this batch already carries its first reported role.
            if (known.contains_key(&id) || reported_before.contains(&id)) && !changed.contains(&id) {
                changed.push(id);
            }
        }
        reported_before.push(id);
    }
    for chunk in rows.chunks(500) {
        speaker_role::Entity::insert_many(chunk.to_vec()).exec_without_returning(txn).await?;
    }
    for id in changed {
        let (role, affiliation, reported) = current[&id].clone();
        advance_current_role(txn, id, role, affiliation, reported).await?;
    }
    Ok(())
}

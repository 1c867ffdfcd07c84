//! Opaque identifiers: global object ids (`base64("Quote:123")`) and page cursors.
//!
//! Clients must treat both as opaque strings; the encoding is URL-safe base64 without padding,
//! so ids can go in URLs as they are. Filters that take an id also accept the bare number.

use async_graphql::ID;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;

use super::error::{ApiError, ApiResult};
use crate::store::query::{Cursor, SortKey};

/// The object types that have global ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A quote.
    Quote,
    /// A speaker.
    Speaker,
    /// An article.
    Article,
    /// An outlet.
    Outlet,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Quote => "Quote",
            Kind::Speaker => "Speaker",
            Kind::Article => "Article",
            Kind::Outlet => "Outlet",
        }
    }

    fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "Quote" => Kind::Quote,
            "Speaker" => Kind::Speaker,
            "Article" => Kind::Article,
            "Outlet" => Kind::Outlet,
            _ => return None,
        })
    }
}

/// The global id of an object.
pub fn global_id(kind: Kind, id: i64) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{}:{id}", kind.name())))
}

/// The type and database id a global id names, if it is one.
pub fn parse_global_id(id: &str) -> Option<(Kind, i64)> {
    let bytes = URL_SAFE_NO_PAD.decode(id.trim().trim_end_matches('=')).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (kind, number) = text.split_once(':')?;
    Some((Kind::from_name(kind)?, number.parse().ok()?))
}

/// The database id of `id`, a global id of `kind` or a bare number.
pub fn id_of(kind: Kind, id: &str) -> ApiResult<i64> {
    if let Ok(n) = id.trim().parse::<i64>() {
        return Ok(n);
    }
    match parse_global_id(id) {
        Some((k, n)) if k == kind => Ok(n),
        Some((k, _)) => {
            Err(ApiError::BadInput(format!("id {id:?} is a {} id, not a {} id", k.name(), kind.name())))
        }
        None => Err(ApiError::BadInput(format!("{id:?} is not a {} id", kind.name()))),
    }
}

/// A page cursor as an opaque string.
pub fn encode_cursor(cursor: &Cursor) -> String {
    let text = match &cursor.key {
        SortKey::Date(Some(d)) => format!("d:{}:{d}", cursor.id),
        SortKey::Date(None) => format!("d:{}:", cursor.id),
        SortKey::Score(s) => format!("s:{}:{:016x}", cursor.id, s.to_bits()),
        SortKey::Count(n) => format!("c:{}:{n}", cursor.id),
        SortKey::Text(t) => format!("t:{}:{t}", cursor.id),
    };
    URL_SAFE_NO_PAD.encode(text)
}

/// Decodes a cursor made by [`encode_cursor`].
pub fn decode_cursor(cursor: &str) -> ApiResult<Cursor> {
    let bad = || ApiError::BadInput(format!("invalid cursor {cursor:?}: pass a cursor returned by this API"));
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let mut parts = text.splitn(3, ':');
    let (tag, id, key) = (parts.next(), parts.next(), parts.next());
    let id: i64 = id.and_then(|i| i.parse().ok()).ok_or_else(bad)?;
    let key = key.ok_or_else(bad)?;
    let key = match tag {
        Some("d") if key.is_empty() => SortKey::Date(None),
        Some("d") => SortKey::Date(Some(NaiveDate::parse_from_str(key, "%Y-%m-%d").map_err(|_| bad())?)),
        Some("s") => SortKey::Score(f64::from_bits(u64::from_str_radix(key, 16).map_err(|_| bad())?)),
        Some("c") => SortKey::Count(key.parse().map_err(|_| bad())?),
        Some("t") => SortKey::Text(key.to_owned()),
        _ => return Err(bad()),
    };
    Ok(Cursor { key, id })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_ids_round_trip() {
        let id = global_id(Kind::Quote, 123);
        assert_eq!(parse_global_id(&id), Some((Kind::Quote, 123)));
        assert_eq!(id_of(Kind::Quote, &id).ok(), Some(123));
        assert_eq!(id_of(Kind::Speaker, "42").ok(), Some(42));
        assert!(id_of(Kind::Speaker, &id).is_err());
        assert!(id_of(Kind::Speaker, "not an id").is_err());
    }

    #[test]
    fn cursors_round_trip() {
        let keys = [
            SortKey::Date(NaiveDate::from_ymd_opt(2018, 8, 10)),
            SortKey::Date(None),
            SortKey::Score(-1.25e-6),
            SortKey::Count(7),
            SortKey::Text("Maria: Zakharova".into()),
        ];
        for key in keys {
            let cursor = Cursor { key, id: 9 };
            assert_eq!(decode_cursor(&encode_cursor(&cursor)).ok(), Some(cursor));
        }
        assert!(decode_cursor("garbage!").is_err());
    }
}

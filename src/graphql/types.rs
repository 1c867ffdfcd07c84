//! The API's object, input and enum types.
//!
//! Key design choice: objects are newtypes over entity models with hand-written `#[Object]`
//! impls (`Quote(quote::Model)`), never `SimpleObject` derived on entities, so the API shape
//! stays free of the table shape. Every nested object (speaker, article, outlet, aliases,
//! roles) goes through a DataLoader; `///` comments here are the schema's descriptions.

use async_graphql::{
    Context, Enum, ID, InputObject, InputValueError, InputValueResult, Interface, Json, Object, Scalar,
    ScalarType, SimpleObject, Value,
};
use chrono::NaiveDate;
use entity::{article, outlet, quote, speaker, speaker_role};
use serde_json::json;

use super::error::{ApiError, ApiResult};
use super::ids::{Kind, global_id, id_of};
use super::loaders::{Prefetched, db, loaders};
use super::query::quotes::{PageArgs, QuoteConnection, quote_connection};
use crate::store::query::{QuoteQuery, QuoteSort, speaker_ids_by_name};

/// A calendar date in ISO 8601 form, e.g. `2018-08-10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub NaiveDate);

#[Scalar(name = "Date")]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map(Date)
                .map_err(|_| InputValueError::custom(format!("{s:?} is not a date like 2018-08-10"))),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

fn date(d: Option<NaiveDate>) -> Option<Date> {
    d.map(Date)
}

/// How a quotation reproduces what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum QuoteKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Reported speech, without quotation marks.
    Indirect,
    /// A paraphrase with a verbatim fragment in quotation marks.
    Mixed,
}

impl From<entity::QuoteKind> for QuoteKind {
    fn from(kind: entity::QuoteKind) -> Self {
        match kind {
            entity::QuoteKind::Direct => QuoteKind::Direct,
            entity::QuoteKind::Indirect => QuoteKind::Indirect,
            entity::QuoteKind::Mixed => QuoteKind::Mixed,
        }
    }
}

impl From<QuoteKind> for entity::QuoteKind {
    fn from(kind: QuoteKind) -> Self {
        match kind {
            QuoteKind::Direct => entity::QuoteKind::Direct,
            QuoteKind::Indirect => entity::QuoteKind::Indirect,
            QuoteKind::Mixed => entity::QuoteKind::Mixed,
        }
    }
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum SpeakerKind {
    /// A named person ("Maria Zakharova").
    Person,
    /// An unnamed source ("a Russian source"); belongs to the one article that quotes it.
    Anonymous,
    /// An organisation ("the UN").
    Organization,
    /// A group of people ("rebels", "residents").
    Group,
    /// A document ("the leaflets", "a statement"); belongs to the one article that quotes it.
    Document,
}

impl From<entity::SpeakerKind> for SpeakerKind {
    fn from(kind: entity::SpeakerKind) -> Self {
        match kind {
            entity::SpeakerKind::Person => SpeakerKind::Person,
            entity::SpeakerKind::Anonymous => SpeakerKind::Anonymous,
            entity::SpeakerKind::Organization => SpeakerKind::Organization,
            entity::SpeakerKind::Group => SpeakerKind::Group,
            entity::SpeakerKind::Document => SpeakerKind::Document,
        }
    }
}

impl From<SpeakerKind> for entity::SpeakerKind {
    fn from(kind: SpeakerKind) -> Self {
        match kind {
            SpeakerKind::Person => entity::SpeakerKind::Person,
            SpeakerKind::Anonymous => entity::SpeakerKind::Anonymous,
            SpeakerKind::Organization => entity::SpeakerKind::Organization,
            SpeakerKind::Group => entity::SpeakerKind::Group,
            SpeakerKind::Document => entity::SpeakerKind::Document,
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum DatePrecision {
    /// The exact day.
    Day,
    /// Some day of the week starting on the date ("last week").
    Week,
    /// Some day of the month starting on the date ("earlier this month").
    Month,
    /// Some day of the year starting on the date.
    Year,
}

impl From<entity::DatePrecision> for DatePrecision {
    fn from(p: entity::DatePrecision) -> Self {
        match p {
            entity::DatePrecision::Day => DatePrecision::Day,
            entity::DatePrecision::Week => DatePrecision::Week,
            entity::DatePrecision::Month => DatePrecision::Month,
            entity::DatePrecision::Year => DatePrecision::Year,
        }
    }
}

/// Order of a quote list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Enum)]
pub enum QuoteOrder {
    /// Latest first by the date the words were said (the publication date when unknown),
    /// undated quotes last.
    #[default]
    SaidOnDesc,
    /// Latest published article first, undated last.
    PublishedDesc,
    /// Best full-text match first; needs `filter.search` (otherwise same as SAID_ON_DESC).
    Relevance,
}

impl From<QuoteOrder> for QuoteSort {
    fn from(order: QuoteOrder) -> Self {
        match order {
            QuoteOrder::SaidOnDesc => QuoteSort::SaidDesc,
            QuoteOrder::PublishedDesc => QuoteSort::PublishedDesc,
            QuoteOrder::Relevance => QuoteSort::Relevance,
        }
    }
}

/// Which quotes to return. All given fields must hold (AND).
#[derive(Debug, Clone, Default, InputObject)]
pub struct QuoteFilter {
    /// Speaker name or any alias, case- and punctuation-insensitive ("zakharova",
    /// "Maria Zakharova"). Matches every speaker carrying that name.
    pub speaker: Option<String>,
    /// Speaker id (as returned by `Speaker.id`).
    pub speaker_id: Option<ID>,
    /// Only speakers of this kind, e.g. ANONYMOUS for unnamed sources.
    pub speaker_kind: Option<SpeakerKind>,
    /// Direct, indirect or mixed quotes.
    pub kind: Option<QuoteKind>,
    /// Full-text search over the quote text: all words must occur (English stemming, so
    /// "displace" finds "displaced"); put "a phrase" in double quotes.
    pub search: Option<String>,
    /// Said on or after this date (the publication date stands in when the date is unknown).
    pub said_from: Option<Date>,
    /// Said on or before this date.
    pub said_to: Option<Date>,
    /// Article published on or after this date.
    pub published_from: Option<Date>,
    /// Article published on or before this date.
    pub published_to: Option<Date>,
    /// Outlet name or web domain, case-insensitive ("Asharq Al-Awsat", "aawsat.com").
    pub outlet: Option<String>,
    /// Quotes of one article (an `Article.id`).
    pub article_id: Option<ID>,
    /// Where it was said (case-insensitive substring, e.g. "ankara").
    pub place: Option<String>,
    /// Extraction confidence at least this (0..1).
    pub min_confidence: Option<f64>,
}

impl QuoteFilter {
    /// The store query this filter means, with speaker names resolved to ids.
    pub async fn to_query(&self, ctx: &Context<'_>) -> ApiResult<QuoteQuery> {
        let mut speaker_ids: Option<Vec<i64>> = None;
        if let Some(id) = &self.speaker_id {
            speaker_ids = Some(vec![id_of(Kind::Speaker, id)?]);
        }
        if let Some(name) = &self.speaker {
            let named = speaker_ids_by_name(db(ctx), name).await?;
            speaker_ids = Some(match speaker_ids {
                Some(ids) => ids.into_iter().filter(|id| named.contains(id)).collect(),
                None => named,
            });
        }
        let article_id = self.article_id.as_ref().map(|id| id_of(Kind::Article, id)).transpose()?;
        if let Some(c) = self.min_confidence
            && !c.is_finite()
        {
            return Err(ApiError::BadInput("minConfidence must be a number between 0 and 1".into()));
        }
        Ok(QuoteQuery {
            speaker_ids,
            speaker_kind: self.speaker_kind.map(Into::into),
            kind: self.kind.map(Into::into),
            search: self.search.clone().filter(|s| !s.trim().is_empty()),
            said_from: self.said_from.map(|d| d.0),
            said_to: self.said_to.map(|d| d.0),
            published_from: self.published_from.map(|d| d.0),
            published_to: self.published_to.map(|d| d.0),
            outlet: self.outlet.clone(),
            article_id,
            place: self.place.clone(),
            min_confidence: self.min_confidence,
        })
    }
}

/// Where the quoted words sit in the article text.
#[derive(Debug, Clone, SimpleObject)]
pub struct Span {
    /// Start, in bytes of the UTF-8 article text.
    pub start: i64,
    /// End (exclusive), in bytes.
    pub end: i64,
    /// Start, in UTF-16 code units (JavaScript string indexes).
    pub start_utf16: i64,
    /// End (exclusive), in UTF-16 code units.
    pub end_utf16: i64,
}

/// A quotation: who said what, when and where, in which article.
#[derive(Debug, Clone)]
pub struct Quote(pub quote::Model);

#[Object]
impl Quote {
    /// Global id (opaque).
    async fn id(&self) -> ID {
        global_id(Kind::Quote, self.0.id)
    }

    /// The quoted words (for indirect quotes, the reported clause), as in the article.
    async fn text(&self) -> &str {
        &self.0.text
    }

    /// Direct, indirect or mixed.
    async fn kind(&self) -> QuoteKind {
        self.0.kind.into()
    }

    /// Who said it; null when the article does not say.
    async fn speaker(&self, ctx: &Context<'_>) -> ApiResult<Option<Speaker>> {
        match self.0.speaker_id {
            Some(id) => match ctx.data_opt::<Prefetched>().and_then(|p| p.speaker(id)) {
                Some(found) => Ok(Some(Speaker(found))),
                None => Ok(loaders(ctx).speakers.load_one(id).await?.map(Speaker)),
            },
            None => Ok(None),
        }
    }

    /// The speaker as written at this quote ("the source", "Zakharova").
    async fn speaker_mention(&self) -> Option<&str> {
        self.0.speaker_mention.as_deref()
    }

    /// The reporting verb or phrase ("said", "told", "according to").
    async fn cue(&self) -> Option<&str> {
        self.0.cue.as_deref()
    }

    /// When it was said, if the article says ("on Thursday" resolved against the publication
    /// date); see `saidOnPrecision`.
    async fn said_on(&self) -> Option<Date> {
        date(self.0.said_on)
    }

    /// How precise `saidOn` is.
    async fn said_on_precision(&self) -> Option<DatePrecision> {
        self.0.said_on_precision.map(Into::into)
    }

    /// Publication date of the article.
    async fn published_on(&self) -> Option<Date> {
        date(self.0.published_on)
    }

    /// The event or medium ("a news briefing", "a conference").
    async fn venue(&self) -> Option<&str> {
        self.0.venue.as_deref()
    }

    /// Where it was said ("Ankara").
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    /// To whom it was said ("Asharq Al-Awsat").
    async fn addressee(&self) -> Option<&str> {
        self.0.addressee.as_deref()
    }

    /// The extractor's confidence, 0..1.
    async fn confidence(&self) -> f64 {
        self.0.confidence
    }

    /// Order of the quote within its article, from 0.
    async fn position(&self) -> i32 {
        self.0.position
    }

    /// The article it appeared in.
    async fn article(&self, ctx: &Context<'_>) -> ApiResult<Article> {
        if let Some(found) = ctx.data_opt::<Prefetched>().and_then(|p| p.article(self.0.article_id)) {
            return Ok(Article(found));
        }
        loaders(ctx)
            .articles
            .load_one(self.0.article_id)
            .await?
            .map(Article)
            .ok_or_else(|| ApiError::NotFound(format!("the article of quote {} is gone", self.0.id)))
    }

    /// The outlet that published it.
    async fn outlet(&self, ctx: &Context<'_>) -> ApiResult<Option<Outlet>> {
        match self.0.outlet_id {
            Some(id) => Ok(loaders(ctx).outlets.load_one(id).await?.map(Outlet)),
            None => Ok(None),
        }
    }

    /// Where the words sit in `article.text`, in bytes and in UTF-16 code units.
    async fn span(&self) -> Span {
        Span {
            start: self.0.content_start,
            end: self.0.content_end,
            start_utf16: self.0.content_start_utf16,
            end_utf16: self.0.content_end_utf16,
        }
    }

    /// The sentence of the article the quote stands in (including the attribution), for
    /// showing it in context.
    async fn context(&self, ctx: &Context<'_>) -> ApiResult<String> {
        let article = loaders(ctx).articles.load_one(self.0.article_id).await?;
        let Some(article) = article else { return Ok(self.0.text.clone()) };
        let (start, end) = (self.0.content_start as usize, self.0.content_end as usize);
        Ok(sentence_around(&article.text, start, end).unwrap_or(&self.0.text).to_owned())
    }

    /// schema.org JSON-LD: a `Quotation` for direct quotes, a `Claim` for indirect and mixed
    /// ones, with its creator, date, location and the `NewsArticle` it appeared in.
    async fn json_ld(&self, ctx: &Context<'_>) -> ApiResult<Json<serde_json::Value>> {
        let l = loaders(ctx);
        let speaker = match self.0.speaker_id {
            Some(id) => l.speakers.load_one(id).await?,
            None => None,
        };
        let article = l.articles.load_one(self.0.article_id).await?;
        let outlet = match self.0.outlet_id {
            Some(id) => l.outlets.load_one(id).await?,
            None => None,
        };
        Ok(Json(json_ld(&self.0, speaker.as_ref(), article.as_ref(), outlet.as_ref())))
    }
}

/// The schema.org description of a quote (pure; see `Quote.jsonLd`).
pub fn json_ld(
    q: &quote::Model,
    speaker: Option<&speaker::Model>,
    article: Option<&article::Model>,
    outlet: Option<&outlet::Model>,
) -> serde_json::Value {
    let direct = q.kind == entity::QuoteKind::Direct;
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": if direct { "Quotation" } else { "Claim" },
        "@id": format!("urn:quotegraph:quote:{}", q.id),
        "text": q.text,
    });
    if let Some(s) = speaker {
        let mut creator = json!({
            "@type": match s.kind {
                entity::SpeakerKind::Person | entity::SpeakerKind::Anonymous => "Person",
                entity::SpeakerKind::Organization | entity::SpeakerKind::Group => "Organization",
                entity::SpeakerKind::Document => "CreativeWork",
            },
            "name": s.name,
        });
        if let Some(role) = &s.role {
            creator["jobTitle"] = json!(role);
        }
        if let Some(affiliation) = &s.affiliation {
            creator["affiliation"] = json!({"@type": "Organization", "name": affiliation});
        }
        doc["creator"] = creator;
    }
    if let Some(d) = q.said_on {
        doc["dateCreated"] = json!(d.format("%Y-%m-%d").to_string());
    }
    if let Some(place) = &q.place {
        doc["locationCreated"] = json!({"@type": "Place", "name": place});
    }
    if let Some(a) = article {
        let mut news = json!({"@type": "NewsArticle"});
        if let Some(t) = &a.title {
            news["headline"] = json!(t);
        }
        if let Some(u) = &a.url {
            news["url"] = json!(u);
        }
        if let Some(d) = a.published_on {
            news["datePublished"] = json!(d.format("%Y-%m-%d").to_string());
        }
        if let Some(lang) = &a.language {
            news["inLanguage"] = json!(lang);
        }
        if let Some(o) = outlet {
            news["publisher"] = json!({"@type": "Organization", "name": o.name});
        }
        doc[if direct { "isPartOf" } else { "appearance" }] = news;
    }
    doc
}

/// Characters that may follow a sentence's final punctuation before the space (closing quotes
/// and brackets).
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']')
}

/// The sentence containing `text[start..end]`: from the end of the previous sentence (or the
/// line start) to the first sentence end at or after `end`, at most about 600 bytes either side.
/// `None` when the offsets do not fit the text.
pub fn sentence_around(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    const REACH: usize = 600;
    let mut lo = start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    // Begin: after the last sentence end or line break before `start`.
    let before = &text[lo..start];
    let mut begin = lo;
    let mut chars = before.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            begin = lo + i + 1;
        } else if matches!(c, '.' | '!' | '?') {
            let mut after = i + c.len_utf8();
            while let Some(&(j, c2)) = chars.peek() {
                if !is_closer(c2) {
                    break;
                }
                after = j + c2.len_utf8();
                chars.next();
            }
            if chars.peek().is_some_and(|&(_, c2)| c2.is_whitespace()) {
                begin = lo + after;
            }
        }
    }
    // End: the first sentence end at or after the quote's last character.
    let scan_from = text[..end].char_indices().next_back().map_or(end, |(i, _)| i.max(start));
    let mut stop = text.len().min(end + REACH);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let after = &text[scan_from..stop];
    let mut chars = after.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' && scan_from + i >= end {
            stop = scan_from + i;
            break;
        }
        if matches!(c, '.' | '!' | '?') {
            let mut finish = i + c.len_utf8();
            while let Some(&(j, c2)) = chars.peek() {
                if !is_closer(c2) {
                    break;
                }
                finish = j + c2.len_utf8();
                chars.next();
            }
            let at_end = chars.peek().is_none_or(|&(_, c2)| c2.is_whitespace());
            if at_end && scan_from + finish >= end {
                stop = scan_from + finish;
                break;
            }
        }
    }
    Some(text[begin..stop].trim())
}

/// A speaker or source: a person, organisation, group, anonymous source or document.
#[derive(Debug, Clone)]
pub struct Speaker(pub speaker::Model);

#[Object]
impl Speaker {
    /// Global id (opaque).
    async fn id(&self) -> ID {
        global_id(Kind::Speaker, self.0.id)
    }

    /// Canonical name ("Maria Zakharova", "a Russian source").
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What sort of source this is.
    async fn kind(&self) -> SpeakerKind {
        self.0.kind.into()
    }

    /// Latest reported role ("official spokesperson"); see `roles` for the history.
    async fn role(&self) -> Option<&str> {
        self.0.role.as_deref()
    }

    /// Latest reported affiliation ("Russian Foreign Ministry").
    async fn affiliation(&self) -> Option<&str> {
        self.0.affiliation.as_deref()
    }

    /// Role and affiliation in one line ("official spokesperson, Russian Foreign Ministry").
    async fn description(&self) -> Option<String> {
        let parts: Vec<&str> =
            [self.0.role.as_deref(), self.0.affiliation.as_deref()].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// Every name this speaker was mentioned by ("Zakharova", "Maria Zakharova").
    async fn aliases(&self, ctx: &Context<'_>) -> ApiResult<Vec<String>> {
        Ok(loaders(ctx).aliases.load_one(self.0.id).await?.unwrap_or_default())
    }

    /// Number of quotes attributed to this speaker.
    async fn quote_count(&self) -> i64 {
        self.0.quote_count
    }

    /// Date of the earliest quote.
    async fn first_quoted_on(&self) -> Option<Date> {
        date(self.0.first_quoted_on)
    }

    /// Date of the latest quote.
    async fn last_quoted_on(&self) -> Option<Date> {
        date(self.0.last_quoted_on)
    }

    /// Roles and affiliations as reported over time, oldest first.
    async fn roles(&self, ctx: &Context<'_>) -> ApiResult<Vec<RoleReport>> {
        Ok(loaders(ctx)
            .roles
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(RoleReport)
            .collect())
    }

    /// The outlets that quoted this speaker, most quotes first.
    async fn outlets(&self, ctx: &Context<'_>) -> ApiResult<Vec<OutletCount>> {
        let l = loaders(ctx);
        let pairs = l.speaker_outlets.load_one(self.0.id).await?.unwrap_or_default();
        let outlets = l.outlets.load_many(pairs.iter().map(|p| p.0)).await?;
        Ok(pairs
            .into_iter()
            .filter_map(|(id, count)| {
                outlets.get(&id).map(|o| OutletCount { outlet: Outlet(o.clone()), count })
            })
            .collect())
    }

    /// For an anonymous source or document: the article it belongs to.
    async fn article(&self, ctx: &Context<'_>) -> ApiResult<Option<Article>> {
        match self.0.article_id {
            Some(id) => Ok(loaders(ctx).articles.load_one(id).await?.map(Article)),
            None => Ok(None),
        }
    }

    /// When an analyst merged this speaker into another: that speaker (its quotes are there).
    async fn merged_into(&self, ctx: &Context<'_>) -> ApiResult<Option<Speaker>> {
        match self.0.merged_into {
            Some(id) => Ok(loaders(ctx).speakers.load_one(id).await?.map(Speaker)),
            None => Ok(None),
        }
    }

    /// This speaker's quotes, latest first by default; same filter and paging as `Query.quotes`.
    #[graphql(complexity = "crate::graphql::query::quotes::page_cost(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn quotes(
        &self,
        ctx: &Context<'_>,
        filter: Option<QuoteFilter>,
        order_by: Option<QuoteOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> ApiResult<QuoteConnection> {
        let mut query = filter.unwrap_or_default().to_query(ctx).await?;
        query.speaker_ids = Some(match query.speaker_ids {
            Some(ids) => ids.into_iter().filter(|id| *id == self.0.id).collect(),
            None => vec![self.0.id],
        });
        let page = PageArgs { first, after, last, before };
        quote_connection(ctx, query, order_by.unwrap_or_default().into(), page).await
    }
}

/// A role or affiliation an article reported for a speaker.
#[derive(Debug, Clone)]
pub struct RoleReport(pub speaker_role::Model);

#[Object]
impl RoleReport {
    /// The role ("official spokesperson").
    async fn role(&self) -> Option<&str> {
        self.0.role.as_deref()
    }

    /// The affiliation ("Russian Foreign Ministry").
    async fn affiliation(&self) -> Option<&str> {
        self.0.affiliation.as_deref()
    }

    /// Publication date of the article that reported it.
    async fn reported_on(&self) -> Option<Date> {
        date(self.0.reported_on)
    }

    /// The article that reported it.
    async fn article(&self, ctx: &Context<'_>) -> ApiResult<Option<Article>> {
        Ok(loaders(ctx).articles.load_one(self.0.article_id).await?.map(Article))
    }
}

/// An outlet with a number of quotes.
#[derive(Debug, Clone, SimpleObject)]
pub struct OutletCount {
    /// The outlet.
    pub outlet: Outlet,
    /// How many quotes.
    pub count: i64,
}

/// A news article.
#[derive(Debug, Clone)]
pub struct Article(pub article::Model);

#[Object]
impl Article {
    /// Global id (opaque).
    async fn id(&self) -> ID {
        global_id(Kind::Article, self.0.id)
    }

    /// Headline.
    async fn title(&self) -> Option<&str> {
        self.0.title.as_deref()
    }

    /// Canonical URL.
    async fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }

    /// The outlet that published it.
    async fn outlet(&self, ctx: &Context<'_>) -> ApiResult<Option<Outlet>> {
        match self.0.outlet_id {
            Some(id) => Ok(loaders(ctx).outlets.load_one(id).await?.map(Outlet)),
            None => Ok(None),
        }
    }

    /// Publication date.
    async fn published_on(&self) -> Option<Date> {
        date(self.0.published_on)
    }

    /// Language tag ("en").
    async fn language(&self) -> Option<&str> {
        self.0.language.as_deref()
    }

    /// The full body text; quote spans point into it.
    async fn text(&self) -> &str {
        &self.0.text
    }

    /// The quotes extracted from it, in article order.
    async fn quotes(&self, ctx: &Context<'_>) -> ApiResult<Vec<Quote>> {
        Ok(loaders(ctx)
            .article_quotes
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(Quote)
            .collect())
    }

    /// The speakers it quotes, in order of their first quote.
    async fn speakers(&self, ctx: &Context<'_>) -> ApiResult<Vec<Speaker>> {
        let l = loaders(ctx);
        let quotes = l.article_quotes.load_one(self.0.id).await?.unwrap_or_default();
        let mut ids: Vec<i64> = Vec::new();
        for id in quotes.iter().filter_map(|q| q.speaker_id) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let speakers = l.speakers.load_many(ids.iter().copied()).await?;
        Ok(ids.iter().filter_map(|id| speakers.get(id).cloned().map(Speaker)).collect())
    }
}

/// A news outlet.
#[derive(Debug, Clone)]
pub struct Outlet(pub outlet::Model);

#[Object]
impl Outlet {
    /// Global id (opaque).
    async fn id(&self) -> ID {
        global_id(Kind::Outlet, self.0.id)
    }

    /// Display name ("Asharq Al-Awsat").
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Web domain when known ("aawsat.com").
    async fn domain(&self) -> Option<&str> {
        self.0.domain.as_deref()
    }
}

/// Any object with a global id; fetch one with `Query.node(id)`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Global id (opaque)."))]
pub enum Node {
    /// A quote.
    Quote(Quote),
    /// A speaker.
    Speaker(Speaker),
    /// An article.
    Article(Article),
    /// An outlet.
    Outlet(Outlet),
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Earlier, Moscow failed. Despite a preparation, the Russian source said, \u{201c}There could be an agreement.\u{201d} Lavrov will visit Ankara.";

    #[test]
    fn sentence_around_takes_the_whole_sentence() {
        let start = TEXT.find("There").unwrap();
        let end = TEXT.find(" agreement.").unwrap() + " agreement.".len();
        assert_eq!(
            sentence_around(TEXT, start, end),
            Some(
                "Despite a preparation, the Russian source said, \u{201c}There could be an agreement.\u{201d}"
            )
        );
    }

    #[test]
    fn sentence_around_runs_to_the_attribution() {
        let text = "Before. \"The war cannot go to Idlib. Idlib is special,\" the UN diplomat said. After.";
        let start = text.find("The war").unwrap();
        let end = text.find(",\"").unwrap();
        assert_eq!(
            sentence_around(text, start, end),
            Some("\"The war cannot go to Idlib. Idlib is special,\" the UN diplomat said.")
        );
    }

    #[test]
    fn sentence_around_rejects_bad_offsets() {
        assert_eq!(sentence_around("abc", 2, 9), None);
        assert_eq!(sentence_around("\u{201c}x", 1, 2), None);
    }
}

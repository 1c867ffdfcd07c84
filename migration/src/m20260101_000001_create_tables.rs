//! The tables: outlet, article, speaker, speaker_alias, speaker_role, quote, and the indexes the
//! API's lookups use (by speaker, by article, by date, by outlet).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outlet {
    Table,
    Id,
    Name,
    Domain,
}

#[derive(DeriveIden)]
enum Article {
    Table,
    Id,
    OutletId,
    Url,
    Title,
    PublishedOn,
    Language,
    Text,
    ContentHash,
    ExtractorVersion,
    IngestedAt,
}

#[derive(DeriveIden)]
enum Speaker {
    Table,
    Id,
    Name,
    NameKey,
    SurnameKey,
    Kind,
    Role,
    Affiliation,
    ArticleId,
    MergedInto,
    QuoteCount,
    FirstQuotedOn,
    LastQuotedOn,
}

#[derive(DeriveIden)]
enum SpeakerAlias {
    Table,
    Id,
    SpeakerId,
    Alias,
    AliasKey,
    OriginSpeakerId,
}

#[derive(DeriveIden)]
enum SpeakerRole {
    Table,
    Id,
    SpeakerId,
    Role,
    Affiliation,
    ReportedOn,
    ArticleId,
}

#[derive(DeriveIden)]
enum Quote {
    Table,
    Id,
    ArticleId,
    SpeakerId,
    OriginSpeakerId,
    Position,
    Text,
    Kind,
    ContentStart,
    ContentEnd,
    ContentStartUtf16,
    ContentEndUtf16,
    Cue,
    CueStart,
    CueEnd,
    SpeakerMention,
    MentionStart,
    MentionEnd,
    SaidOn,
    SaidOnPrecision,
    SaidSort,
    Venue,
    Place,
    Addressee,
    Confidence,
    PublishedOn,
    OutletId,
}

fn index(name: &str, table: impl IntoIden, cols: &[&'static str]) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(name).table(table);
    for col in cols {
        stmt.col(Alias::new(*col));
    }
    stmt.if_not_exists().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outlet::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Outlet::Id))
                    .col(string_uniq(Outlet::Name))
                    .col(string_null(Outlet::Domain))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Article::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Article::Id))
                    .col(big_integer_null(Article::OutletId))
                    .col(text_null(Article::Url).unique_key())
                    .col(text_null(Article::Title))
                    .col(date_null(Article::PublishedOn))
                    .col(string_null(Article::Language))
                    .col(text(Article::Text))
                    .col(string_uniq(Article::ContentHash))
                    .col(integer(Article::ExtractorVersion))
                    .col(timestamp_with_time_zone(Article::IngestedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Article::Table, Article::OutletId)
                            .to(Outlet::Table, Outlet::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Speaker::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Speaker::Id))
                    .col(text(Speaker::Name))
                    .col(text(Speaker::NameKey))
                    .col(text(Speaker::SurnameKey))
                    .col(string_len(Speaker::Kind, 16))
                    .col(text_null(Speaker::Role))
                    .col(text_null(Speaker::Affiliation))
                    .col(big_integer_null(Speaker::ArticleId))
                    .col(big_integer_null(Speaker::MergedInto))
                    .col(big_integer(Speaker::QuoteCount).default(0))
                    .col(date_null(Speaker::FirstQuotedOn))
                    .col(date_null(Speaker::LastQuotedOn))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Speaker::Table, Speaker::ArticleId)
                            .to(Article::Table, Article::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Speaker::Table, Speaker::MergedInto)
                            .to(Speaker::Table, Speaker::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SpeakerAlias::Table)
                    .if_not_exists()
                    .col(big_pk_auto(SpeakerAlias::Id))
                    .col(big_integer(SpeakerAlias::SpeakerId))
                    .col(text(SpeakerAlias::Alias))
                    .col(text(SpeakerAlias::AliasKey))
                    .col(big_integer(SpeakerAlias::OriginSpeakerId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SpeakerAlias::Table, SpeakerAlias::SpeakerId)
                            .to(Speaker::Table, Speaker::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SpeakerRole::Table)
                    .if_not_exists()
                    .col(big_pk_auto(SpeakerRole::Id))
                    .col(big_integer(SpeakerRole::SpeakerId))
                    .col(text_null(SpeakerRole::Role))
                    .col(text_null(SpeakerRole::Affiliation))
                    .col(date_null(SpeakerRole::ReportedOn))
                    .col(big_integer(SpeakerRole::ArticleId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SpeakerRole::Table, SpeakerRole::SpeakerId)
                            .to(Speaker::Table, Speaker::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SpeakerRole::Table, SpeakerRole::ArticleId)
                            .to(Article::Table, Article::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Quote::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Quote::Id))
                    .col(big_integer(Quote::ArticleId))
                    .col(big_integer_null(Quote::SpeakerId))
                    .col(big_integer_null(Quote::OriginSpeakerId))
                    .col(integer(Quote::Position))
                    .col(text(Quote::Text))
                    .col(string_len(Quote::Kind, 16))
                    .col(big_integer(Quote::ContentStart))
                    .col(big_integer(Quote::ContentEnd))
                    .col(big_integer(Quote::ContentStartUtf16))
                    .col(big_integer(Quote::ContentEndUtf16))
                    .col(text_null(Quote::Cue))
                    .col(big_integer_null(Quote::CueStart))
                    .col(big_integer_null(Quote::CueEnd))
                    .col(text_null(Quote::SpeakerMention))
                    .col(big_integer_null(Quote::MentionStart))
                    .col(big_integer_null(Quote::MentionEnd))
                    .col(date_null(Quote::SaidOn))
                    .col(string_len_null(Quote::SaidOnPrecision, 8))
                    .col(date_null(Quote::SaidSort))
                    .col(text_null(Quote::Venue))
                    .col(text_null(Quote::Place))
                    .col(text_null(Quote::Addressee))
                    .col(double(Quote::Confidence))
                    .col(date_null(Quote::PublishedOn))
                    .col(big_integer_null(Quote::OutletId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Quote::Table, Quote::ArticleId)
                            .to(Article::Table, Article::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Quote::Table, Quote::SpeakerId)
                            .to(Speaker::Table, Speaker::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        let indexes = [
            index("idx_article_published", Article::Table, &["published_on", "id"]),
            index("idx_article_outlet", Article::Table, &["outlet_id", "published_on"]),
            index("idx_speaker_name_key", Speaker::Table, &["name_key"]),
            index("idx_speaker_surname", Speaker::Table, &["surname_key"]),
            index("idx_speaker_article", Speaker::Table, &["article_id"]),
            index("idx_speaker_quote_count", Speaker::Table, &["quote_count", "id"]),
            index("idx_speaker_last_quoted", Speaker::Table, &["last_quoted_on", "id"]),
            index("idx_speaker_name", Speaker::Table, &["name", "id"]),
            index("idx_alias_key", SpeakerAlias::Table, &["alias_key"]),
            index("idx_alias_speaker", SpeakerAlias::Table, &["speaker_id", "alias_key"]),
            index("idx_role_speaker", SpeakerRole::Table, &["speaker_id", "reported_on"]),
            index("idx_role_article", SpeakerRole::Table, &["article_id"]),
            index("idx_quote_article", Quote::Table, &["article_id", "position"]),
            index("idx_quote_speaker_said", Quote::Table, &["speaker_id", "said_sort", "id"]),
            index("idx_quote_origin_speaker", Quote::Table, &["origin_speaker_id"]),
            index("idx_quote_said", Quote::Table, &["said_sort", "id"]),
            index("idx_quote_published", Quote::Table, &["published_on", "id"]),
            index("idx_quote_outlet_said", Quote::Table, &["outlet_id", "said_sort", "id"]),
        ];
        for stmt in indexes {
            manager.create_index(stmt).await?;
        }
        // One active shared speaker per kind and name: concurrent ingesters that both meet a new
        // person race here, and the loser retries and finds the winner's row. Same SQL on both
        // backends (partial indexes).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX IF NOT EXISTS uq_speaker_shared ON speaker (kind, name_key) \
                 WHERE article_id IS NULL AND merged_into IS NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Quote::Table.into_iden(),
            SpeakerRole::Table.into_iden(),
            SpeakerAlias::Table.into_iden(),
            Speaker::Table.into_iden(),
            Article::Table.into_iden(),
            Outlet::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).if_exists().to_owned()).await?;
        }
        Ok(())
    }
}

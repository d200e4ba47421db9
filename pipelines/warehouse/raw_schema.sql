-- The raw layer: written only by pipelines/warehouse/raw.py, read by dbt (models/staging).
-- Idempotent DDL: safe to run at the start of every write.
create schema if not exists raw;

create table if not exists raw.articles (
    article_id          varchar primary key,
    url                 varchar,
    title               varchar,
    source              varchar,
    published_at        timestamp,
    published_at_origin varchar,      -- record | page_metadata | feed | ingested (last resort)
    text                varchar,
    content_hash        varchar not null,
    origin              varchar,
    language            varchar,
    batch_id            varchar not null,
    ingested_at         timestamp not null,
    updated_at          timestamp not null,
    partition_key       varchar           -- the ingestion day (YYYY-MM-DD) whose run ingested this version
);

-- Warehouses created before partitions: add the column, and put old rows in the day they were ingested.
alter table raw.articles add column if not exists partition_key varchar;
update raw.articles set partition_key = strftime(ingested_at, '%Y-%m-%d') where partition_key is null;

-- how an article's bytes were decoded (pipelines/ingestion/encoding.py); null for JSON records
alter table raw.articles add column if not exists encoding varchar;

-- One row per article and extractor version: what has been extracted, even when it found nothing.
create table if not exists raw.extractions (
    article_id        varchar primary key,
    content_hash      varchar not null,
    extractor_version varchar not null,
    n_statements      integer not null,
    n_area_claims     integer not null,
    batch_id          varchar not null,
    extracted_at      timestamp not null
);

-- what pipelines/extraction/batch.py cut from a hostile article's results (null: nothing)
alter table raw.extractions add column if not exists limits_applied varchar;

create table if not exists raw.statements (
    statement_id      varchar primary key,
    article_id        varchar not null,
    speaker           varchar,
    speaker_raw       varchar,
    actor_id          varchar,
    speaker_side      varchar,
    statement_type    varchar,
    cue               varchar,
    quote_text        varchar,
    char_start        integer,
    char_end          integer,
    sentence_start    integer,
    sentence_end      integer,
    extractor_version varchar not null,
    batch_id          varchar not null,
    extracted_at      timestamp not null
);

create table if not exists raw.area_claims (
    claim_id          varchar primary key,
    article_id        varchar not null,
    claimant          varchar,
    claimant_actor_id varchar,
    claimant_side     varchar,
    controller        varchar,
    region            varchar,
    metric            varchar,
    value_low         double,
    value_high        double,
    unit              varchar,
    approximate       boolean,
    period_days       double,
    as_of             date,
    evidence          varchar,
    char_start        integer,
    char_end          integer,
    extractor_version varchar not null,
    batch_id          varchar not null,
    extracted_at      timestamp not null
);

-- Named-place control claims (CONTRACT.md "Named places"): written with the area claims, same transaction.
create table if not exists raw.place_claims (
    place_claim_id    varchar primary key,
    article_id        varchar not null,
    claimant          varchar,
    claimant_actor_id varchar,
    claimant_side     varchar,
    place             varchar,
    place_raw         varchar,
    place_id          varchar,
    region            varchar,
    controller        varchar,
    stance            varchar,
    action            varchar,
    as_of             date,
    evidence          varchar,
    char_start        integer,
    char_end          integer,
    extractor_version varchar not null,
    batch_id          varchar not null,
    extracted_at      timestamp not null
);

create table if not exists raw.quarantine (
    quarantine_id varchar primary key,   -- origin + content hash: the same bad input is recorded once
    origin        varchar not null,
    stage         varchar not null,      -- ingest | extract
    reason        varchar not null,
    content_hash  varchar,
    sample        varchar,
    batch_id      varchar not null,
    first_seen    timestamp not null,
    last_seen     timestamp not null,
    attempts      integer not null
);

-- Copies of an article that were not stored again (same URL, or same content under another URL or title):
-- counted once in raw.articles, every copy recorded here with where the kept one came from.
create table if not exists raw.duplicates (
    duplicate_id  varchar primary key,   -- origin + content hash: the same copy read again is one row
    origin        varchar not null,      -- where the copy was read
    url           varchar,
    first_source  varchar not null,      -- the kept article's URL (or origin)
    content_hash  varchar not null,
    batch_id      varchar not null,
    first_seen    timestamp not null,
    last_seen     timestamp not null
);

-- The same figure for the same territory, side, metric and date, reported by several
-- articles, is one claim event with all its sources (fct_area_claims keeps one row per article).
--
-- Incremental by event: a build recomputes, from all their claims, the events a changed article touches
-- (delete+insert on claim_event_id). An event left without claims comes through as one placeholder row
-- (n_sources null) so its old row is deleted, and the post_hook removes it.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- rows it rewrites may keep an older (or null) loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='claim_event_id',
    meta={'publish': 'by_row_hash'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where n_sources is null",
) }}
{%- set incremental = is_incremental() %}
{%- set watermark = incremental_watermark() %}

-- (not materialized: several CTEs read it, and DuckDB would otherwise copy the whole table first)
with claims as not materialized (
    select * from {{ ref('fct_area_claims') }}
),

-- (read by incremental builds only; outside the branch so that dbt sees its refs when it parses)
changed_articles as (
    {{ articles_changed_since(watermark) }}
),
{%- if incremental %}

-- The events to recompute: those a new or re-extracted claim belongs to, and those a changed article was
-- a source of at the last build (it may have left them since; its old claims are gone from
-- fct_area_claims, so the stored article_ids are where that shows; only articles an earlier build can have
-- written are looked for there, macros/incremental.sql).
affected_events as (
    -- (distinct: the union below, when a build has it, also removes the repeats of an event with several new claims)
    select distinct claim_event_id from claims where loaded_at > {{ watermark }}
    {%- if any_changed_articles_built_before(watermark) %}
    union
    select stored.claim_event_id
    from {{ this }} as stored
    -- a test on each stored list, not an unnest of them all (which joined every source of every stored row to
    -- find the few a build changed: 2-3x slower at 100,000 articles)
    where list_has_any(stored.article_ids, (select list(article_id) from ({{ changed_articles_built_before() }})))
    {%- endif %}
),
{%- endif %}

events as (
    select
        claim_event_id,
        -- the event's key (its id is their hash): one value per event
        min(region) as region,
        min(controller) as controller,
        min(metric) as metric,
        min(as_of) as as_of,
        min(value_low) as value_low,
        min(value_high) as value_high,
        min(unit) as unit,
        min(claimant_side) as claimant_side,
        -- the claimant as the earliest source reported it, first mention first (ties broken by claim id,
        -- so that every build, full or incremental, picks the same one)
        arg_min(claimant, (published_at, char_start, claim_id)) as claimant,
        list(distinct claimant order by claimant) filter (where claimant is not null) as claimants,
        bool_or(approximate) as approximate,
        max(period_days) as period_days,
        min(published_at) as first_seen,
        max(published_at) as last_seen,
        count(distinct article_id) as n_sources,
        list(distinct article_id order by article_id) as article_ids,
        list(distinct article_source order by article_source) as sources,
        arg_min(claim_id, (published_at, char_start, claim_id)) as first_claim_id,
        max(loaded_at) as loaded_at
    from claims
    {%- if incremental %}
    where claim_event_id in (select claim_event_id from affected_events)
    {%- endif %}
    group by claim_event_id
)
{%- if incremental %}

select
    affected_events.claim_event_id,
    events.region,
    events.controller,
    events.metric,
    events.as_of,
    events.value_low,
    events.value_high,
    events.unit,
    events.claimant_side,
    events.claimant,
    events.claimants,
    events.approximate,
    events.period_days,
    events.first_seen,
    events.last_seen,
    events.n_sources,
    events.article_ids,
    events.sources,
    events.first_claim_id,
    events.loaded_at
from affected_events
left join events on affected_events.claim_event_id = events.claim_event_id
{%- else %}

select * from events
{%- endif %}

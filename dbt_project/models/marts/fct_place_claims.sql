-- One row per claim that a named place is (or is not) held by a side (CONTRACT.md "Named places").
-- Incremental by article, like fct_area_claims: a build replaces the rows of the articles changed since the
-- last one (delete+insert on article_id); a changed article left with no place claim comes through as one
-- placeholder row (place_claim_id null), which the post_hook removes.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- every row a build rewrites carries that build's loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    meta={'publish': 'by_key', 'new_rows': 'loaded_at'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where place_claim_id is null",
) }}

{%- set incremental = is_incremental() %}

{%- set watermark = incremental_watermark() %}

with changed_articles as (
    {{ articles_changed_since(watermark) }}
),

-- (found by their stamps, macros/incremental.sql)
place_claims as (
    {%- if incremental %}
    {{ rows_of_changed_articles(ref('stg_raw__place_claims'), 'extracted_at', 'extraction', watermark) }}
    {%- else %}
    select * from {{ ref('stg_raw__place_claims') }}
    {%- endif %}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

actors as (
    select * from {{ ref('actors') }}
),

claims as (
    select
        place_claims.place_claim_id,
        place_claims.article_id,
        articles.url as article_url,
        articles.source as article_source,
        articles.published_at,
        coalesce(actors.canonical_name, place_claims.claimant) as claimant,
        place_claims.claimant_actor_id,
        coalesce(actors.side, place_claims.claimant_side) as claimant_side,
        place_claims.place,
        place_claims.place_raw,
        place_claims.place_id,
        place_claims.region,
        place_claims.controller,
        place_claims.stance,
        place_claims.action,
        place_claims.as_of,
        place_claims.evidence,
        place_claims.char_start,
        place_claims.char_end,
        place_claims.extractor_version,
        -- one key per place: the gazetteer id, else the name as written within its oblast
        coalesce(place_claims.place_id,
                 'unknown:' || lower(place_claims.place) || '|' || coalesce(place_claims.region, '')) as place_key,
        greatest(place_claims.extracted_at, articles.updated_at) as loaded_at
    from place_claims
    inner join articles on place_claims.article_id = articles.article_id
    left join actors on place_claims.claimant_actor_id = actors.actor_id
)

select
    claims.place_claim_id,
    -- from changed_articles on an incremental build, so that a placeholder row carries it
    {{ 'changed_articles' if incremental else 'claims' }}.article_id,
    claims.article_url,
    claims.published_at,
    claims.claimant,
    claims.claimant_actor_id,
    claims.claimant_side,
    claims.place,
    claims.place_raw,
    claims.place_id,
    claims.region,
    claims.controller,
    claims.stance,
    claims.action,
    claims.as_of,
    claims.evidence,
    claims.char_start,
    claims.char_end,
    claims.article_source,
    claims.extractor_version,
    claims.place_key,
    claims.loaded_at
{%- if incremental %}
from changed_articles
left join claims on changed_articles.article_id = claims.article_id
{%- else %}
from claims
{%- endif %}

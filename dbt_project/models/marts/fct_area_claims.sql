-- Incremental by article: a build replaces the rows of the articles changed since the last one
-- (delete+insert on article_id). A changed article that no longer has any claim still needs its old rows
-- deleted, so it comes through as one placeholder row (claim_id null), which the post_hook removes.
-- A full build reads every claim.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- every row a build rewrites carries that build's loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    meta={'publish': 'by_key', 'new_rows': 'loaded_at'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where claim_id is null",
) }}

{%- set incremental = is_incremental() %}

{%- set watermark = incremental_watermark() %}

with changed_articles as (
    {{ articles_changed_since(watermark) }}
),

-- (found by their stamps, macros/incremental.sql)
claims as (
    {%- if incremental %}
    {{ rows_of_changed_articles(ref('int_area_claims_enriched'), 'extracted_at', 'extraction', watermark) }}
    {%- else %}
    select * from {{ ref('int_area_claims_enriched') }}
    {%- endif %}
)

select
    claims.claim_id,
    -- from changed_articles on an incremental build, so that a placeholder row carries it
    {{ 'changed_articles' if incremental else 'claims' }}.article_id,
    claims.article_url,
    claims.published_at,
    claims.claimant,
    claims.claimant_actor_id,
    claims.claimant_side,
    claims.controller,
    claims.region,
    claims.metric,
    claims.value_low,
    claims.value_high,
    claims.unit,
    claims.approximate,
    claims.period_days,
    claims.as_of,
    claims.temporal_scope,
    claims.evidence,
    claims.char_start,
    claims.char_end,
    claims.region_area_km2,
    claims.implied_share_low,
    claims.implied_share_high,
    claims.article_source,
    claims.extractor_version,
    -- the keys of the claim's event (fct_claim_events) and series (area_control_series), hashed once here
    md5(concat_ws('|', claims.region, claims.controller, claims.metric, cast(claims.as_of as varchar),
                  cast(claims.value_low as varchar), cast(claims.value_high as varchar),
                  coalesce(claims.claimant_side, 'unattributed'))) as claim_event_id,
    md5(concat_ws('|', claims.region, claims.controller, claims.metric,
                  coalesce(claims.claimant_side, 'unattributed'))) as series_id,
    claims.loaded_at
{%- if incremental %}
from changed_articles
left join claims on changed_articles.article_id = claims.article_id
{%- else %}
from claims
{%- endif %}

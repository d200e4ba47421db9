-- Incremental by article: a build replaces the rows of the articles ingested, changed or extracted since
-- the last one (raw articles are replaced, never deleted, so every changed article still has its row).
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- every row a build rewrites carries that build's loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    meta={'publish': 'by_key', 'new_rows': 'loaded_at'},
    on_schema_change='fail',
) }}

{%- set incremental = is_incremental() %}
{%- set watermark = incremental_watermark() %}

with changed_articles as (
    {{ articles_changed_since(watermark) }}
),

-- (found by their stamps, macros/incremental.sql)
articles as (
    {%- if incremental %}
    {{ rows_of_changed_articles(ref('stg_raw__articles'), 'updated_at', 'article', watermark) }}
    {%- else %}
    select * from {{ ref('stg_raw__articles') }}
    {%- endif %}
),

extractions as (
    {%- if incremental %}
    {{ rows_of_changed_articles(ref('stg_raw__extractions'), 'extracted_at', 'extraction', watermark) }}
    {%- else %}
    select * from {{ ref('stg_raw__extractions') }}
    {%- endif %}
)

select
    articles.article_id,
    articles.url,
    articles.title,
    articles.source,
    articles.published_at,
    articles.published_at_is_fallback,
    articles.language,
    articles.ingested_at,
    articles.updated_at,
    articles.origin,
    articles.content_hash,
    extractions.extractor_version,
    extractions.extracted_at,
    coalesce(extractions.n_statements, 0) as n_statements,
    coalesce(extractions.n_area_claims, 0) as n_area_claims,
    -- the newest raw write behind the row (an article not extracted yet has only its own)
    greatest(articles.updated_at, extractions.extracted_at) as loaded_at
from articles
left join extractions on articles.article_id = extractions.article_id

with articles as (
    select * from {{ ref('stg_raw__articles') }}
),

extractions as (
    select * from {{ ref('stg_raw__extractions') }}
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
    coalesce(extractions.n_area_claims, 0) as n_area_claims
from articles
left join extractions on articles.article_id = extractions.article_id

with source as (
    select * from {{ source('raw', 'articles') }}
)

select
    article_id,
    url,
    nullif(trim(title), '') as title,
    coalesce(nullif(trim(source), ''), 'unknown') as source,
    published_at,
    published_at_origin,
    published_at_origin = 'ingested' as published_at_is_fallback,
    language,
    text,
    content_hash,
    origin,
    batch_id,
    ingested_at,
    updated_at
from source

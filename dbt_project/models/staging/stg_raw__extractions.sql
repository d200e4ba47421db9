with source as (
    select * from {{ source('raw', 'extractions') }}
)

select
    article_id,
    content_hash,
    extractor_version,
    n_statements,
    n_area_claims,
    batch_id,
    extracted_at
from source

with source as (
    select * from {{ source('raw', 'area_claims') }}
)

select
    claim_id,
    article_id,
    nullif(trim(claimant), '') as claimant,
    claimant_actor_id,
    claimant_side,
    controller,
    region,
    metric,
    value_low,
    coalesce(value_high, value_low) as value_high,
    unit,
    coalesce(approximate, false) as approximate,
    period_days,
    as_of,
    -- rows of extractors before 0.5.0 have none: they are re-extracted on the next build
    coalesce(temporal_scope, 'current') as temporal_scope,
    evidence,
    char_start,
    char_end,
    extractor_version,
    batch_id,
    extracted_at
from source

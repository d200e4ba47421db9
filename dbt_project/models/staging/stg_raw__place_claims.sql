with source as (
    select * from {{ source('raw', 'place_claims') }}
)

select
    place_claim_id,
    article_id,
    nullif(trim(claimant), '') as claimant,
    claimant_actor_id,
    claimant_side,
    coalesce(nullif(trim(place), ''), place_raw) as place,
    place_raw,
    nullif(place_id, '') as place_id,
    region,
    controller,
    coalesce(stance, 'asserted') as stance,
    action,
    as_of,
    evidence,
    char_start,
    char_end,
    extractor_version,
    batch_id,
    extracted_at
from source

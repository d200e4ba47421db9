with source as (
    select * from {{ source('raw', 'quarantine') }}
)

select
    quarantine_id,
    origin,
    stage,
    reason,
    content_hash,
    sample,
    attempts,
    first_seen,
    last_seen,
    batch_id
from source

with source as (
    select * from {{ source('raw', 'statements') }}
)

select
    statement_id,
    article_id,
    coalesce(nullif(trim(speaker), ''), speaker_raw) as speaker,
    speaker_raw,
    actor_id,
    speaker_side,
    statement_type,
    cue,
    quote_text,
    char_start,
    char_end,
    sentence_start,
    sentence_end,
    extractor_version,
    batch_id,
    extracted_at
from source

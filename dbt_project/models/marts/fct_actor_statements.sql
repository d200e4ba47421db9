with statements as (
    select * from {{ ref('stg_raw__statements') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

actors as (
    select * from {{ ref('actors') }}
)

select
    statements.statement_id,
    statements.article_id,
    articles.url as article_url,
    articles.published_at,
    statements.actor_id,
    coalesce(actors.canonical_name, statements.speaker) as speaker,
    statements.speaker_raw,
    coalesce(actors.side, statements.speaker_side) as speaker_side,
    statements.statement_type,
    statements.cue,
    statements.quote_text,
    statements.char_start,
    statements.char_end,
    -- the sentence(s) the statement was read from, for tracing a row back to its text
    substr(articles.text, statements.sentence_start + 1, statements.sentence_end - statements.sentence_start)
        as evidence,
    articles.source as article_source,
    statements.extractor_version
from statements
inner join articles on statements.article_id = articles.article_id
left join actors on statements.actor_id = actors.actor_id

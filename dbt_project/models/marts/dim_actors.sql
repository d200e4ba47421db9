with actors as (
    select * from {{ ref('actors') }}
),

aliases as (
    select * from {{ ref('actor_aliases') }}
),

statements as (
    select * from {{ ref('fct_actor_statements') }}
),

known_spellings as (
    select actor_id, alias as spelling from aliases
    union
    select actor_id, canonical_name from actors
),

seen_spellings as (
    select actor_id, speaker_raw as spelling
    from statements
    where actor_id is not null and speaker_raw is not null
),

activity as (
    select
        actor_id,
        count(*) as n_statements,
        min(published_at) as first_seen,
        max(published_at) as last_seen
    from statements
    where actor_id is not null
    group by actor_id
)

select
    actors.actor_id,
    actors.canonical_name,
    actors.side,
    actors.role,
    actors.organisation,
    actors.kind,
    (select list(distinct s.spelling order by s.spelling)
       from (select * from known_spellings union select * from seen_spellings) as s
      where s.actor_id = actors.actor_id) as aliases,
    (select list(distinct s.spelling order by s.spelling)
       from seen_spellings as s
      where s.actor_id = actors.actor_id) as spellings_seen,
    coalesce(activity.n_statements, 0) as n_statements,
    activity.first_seen,
    activity.last_seen
from actors
left join activity on actors.actor_id = activity.actor_id

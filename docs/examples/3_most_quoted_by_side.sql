-- Who is quoted most, by side?
with ranked as (
    select coalesce(speaker_side, 'unknown') as side, speaker, count(*) as statements,
           row_number() over (partition by coalesce(speaker_side, 'unknown') order by count(*) desc, speaker) as rank
    from marts.fct_actor_statements
    group by 1, 2
)
select side, rank, speaker, statements from ranked where rank <= 3 order by side, rank;

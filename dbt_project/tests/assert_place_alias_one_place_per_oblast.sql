-- An alias (or canonical name) never names two places of the same oblast (seeds/places.csv, place_aliases.csv).
with names as (
    select p.place_id, p.oblast, lower(p.name) as name_key from {{ ref('places') }} as p
    union
    select a.place_id, p.oblast, lower(a.alias) from {{ ref('place_aliases') }} as a
    join {{ ref('places') }} as p using (place_id)
)
select oblast, name_key, count(distinct place_id) as n_places
from names
group by oblast, name_key
having count(distinct place_id) > 1

-- The gazetteer (seeds/places.csv) with every other spelling and former name (seeds/place_aliases.csv),
-- and how often the warehouse's claims name each place.
with places as (
    select * from {{ ref('places') }}
),

aliases as (
    select * from {{ ref('place_aliases') }}
),

claims as (
    select * from {{ ref('fct_place_claims') }}
),

activity as (
    select place_id, count(*) as n_claims, max(as_of) as last_claimed_as_of
    from claims
    where place_id is not null
    group by place_id
)

select
    places.place_id,
    places.name,
    (select list(distinct aliases.alias order by aliases.alias)
       from aliases where aliases.place_id = places.place_id) as other_names,
    places.kind,
    places.oblast as region,
    places.country,
    places.latitude,
    places.longitude,
    coalesce(activity.n_claims, 0) as n_claims,
    activity.last_claimed_as_of
from places
left join activity on places.place_id = activity.place_id

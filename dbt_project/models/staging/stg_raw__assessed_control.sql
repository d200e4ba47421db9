-- One row per assessed series (source, region, controller) and day. When two loaded files give the same
-- series and day, the most recently loaded one wins.
with source as (
    select * from {{ source('raw', 'assessed_control') }}
),

ranked as (
    select
        *,
        row_number() over (
            partition by source, region, controller, date order by loaded_at desc, origin
        ) as rank_in_day
    from source
)

select
    assessed_id,
    date,
    region,
    controller,
    area_km2,
    source,
    credit,
    origin,
    batch_id,
    loaded_at
from ranked
where rank_in_day = 1

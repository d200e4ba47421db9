-- Every comparable area claim beside an independent assessment of the same region and side (CONTRACT.md
-- "Claims against the record"), one row per claim and assessed source (sources are never spliced):
-- - holdings: area_controlled (km2) and territory_share (a fraction of the region's area in seeds/regions.csv)
--   against the source's area on as_of (or its latest day at most var('assessed_max_lag_days') before);
-- - gains and losses (area_gained, area_lost, km2, with period_days) against the source's net change over
--   the same window, as_of - period_days .. as_of. A source that measures the other side's holding stands in
--   with the opposite sign (what one side gains in a region the other loses there).
-- Historical figures ("at one point", "at its peak") are past holdings said later: left out.
{%- set lag = var('assessed_max_lag_days') %}
{%- set tolerance = var('assessed_tolerance') %}

with claims as (
    select * from {{ ref('fct_area_claims') }}
    where coalesce(temporal_scope, 'current') <> 'historical'
),

assessed as (
    select * from {{ ref('stg_raw__assessed_control') }}
),

regions as (
    select * from {{ ref('regions') }}
),

-- a series of the other side, with the sign it stands in with for changes
assessed_sides as (
    select source, region, controller, date, area_km2, credit, 1 as sign
    from assessed
    union all
    select
        source,
        region,
        case controller when 'Russia' then 'Ukraine' else 'Russia' end as controller,
        date,
        area_km2,
        credit,
        -1 as sign
    from assessed
    where not exists (
        select 1 from assessed as same_side
        where same_side.source = assessed.source
            and same_side.region = assessed.region
            and same_side.controller <> assessed.controller
    )
),

holdings as (
    select *
    from claims
    where (metric = 'area_controlled' and unit = 'km2')
        or (metric = 'territory_share' and unit = 'fraction')
),

changes as (
    select
        *,
        cast(as_of - cast(round(period_days) as integer) as date) as window_start
    from claims
    where metric in ('area_gained', 'area_lost') and unit = 'km2' and period_days >= 1
),

holding_matches as (
    select
        holdings.claim_id,
        assessed.source as assessed_source,
        assessed.credit as assessed_credit,
        assessed.date as assessed_as_of,
        cast(null as date) as assessed_from,
        case
            when holdings.unit = 'fraction' then assessed.area_km2 / nullif(regions.area_km2, 0)
            else assessed.area_km2
        end as assessed_value,
        row_number() over (
            partition by holdings.claim_id, assessed.source order by assessed.date desc
        ) as rank_in_claim
    from holdings
    inner join assessed
        on holdings.region = assessed.region
        and holdings.controller = assessed.controller
        and assessed.date between holdings.as_of - {{ lag }} and holdings.as_of
    left join regions on holdings.region = regions.region
    where holdings.unit = 'km2' or regions.area_km2 > 0
),

change_ends as (
    select
        changes.claim_id,
        assessed_sides.source,
        assessed_sides.credit,
        assessed_sides.sign,
        assessed_sides.date,
        assessed_sides.area_km2,
        row_number() over (
            partition by changes.claim_id, assessed_sides.source order by assessed_sides.date desc
        ) as rank_in_claim
    from changes
    inner join assessed_sides
        on changes.region = assessed_sides.region
        and changes.controller = assessed_sides.controller
        and assessed_sides.date between changes.as_of - {{ lag }} and changes.as_of
),

change_starts as (
    select
        changes.claim_id,
        assessed_sides.source,
        assessed_sides.date,
        assessed_sides.area_km2,
        row_number() over (
            partition by changes.claim_id, assessed_sides.source order by assessed_sides.date desc
        ) as rank_in_claim
    from changes
    inner join assessed_sides
        on changes.region = assessed_sides.region
        and changes.controller = assessed_sides.controller
        and assessed_sides.date between changes.window_start - {{ lag }} and changes.window_start
),

change_matches as (
    select
        changes.claim_id,
        change_ends.source as assessed_source,
        change_ends.credit as assessed_credit,
        change_ends.date as assessed_as_of,
        change_starts.date as assessed_from,
        -- the net change of the claim's side over the window: a gain as is, a loss as a positive figure
        change_ends.sign * (change_ends.area_km2 - change_starts.area_km2)
            * case changes.metric when 'area_lost' then -1 else 1 end as assessed_value,
        1 as rank_in_claim
    from changes
    inner join change_ends
        on changes.claim_id = change_ends.claim_id and change_ends.rank_in_claim = 1
    inner join change_starts
        on changes.claim_id = change_starts.claim_id
        and change_ends.source = change_starts.source
        and change_starts.rank_in_claim = 1
),

matches as (
    select * from holding_matches where rank_in_claim = 1
    union all
    select * from change_matches
),

compared as (
    select
        claims.claim_id,
        claims.article_id,
        claims.article_url,
        claims.published_at,
        claims.claimant,
        claims.claimant_side,
        claims.region,
        claims.controller,
        claims.metric,
        claims.as_of,
        claims.period_days,
        claims.value_low as claimed_low,
        claims.value_high as claimed_high,
        claims.unit,
        (claims.value_low + claims.value_high) / 2 as claimed_mid,
        matches.assessed_value,
        matches.assessed_source,
        matches.assessed_as_of,
        matches.assessed_from,
        matches.assessed_credit,
        claims.evidence
    from matches
    inner join claims on matches.claim_id = claims.claim_id
)

select
    claim_id,
    article_id,
    article_url,
    published_at,
    claimant,
    claimant_side,
    region,
    controller,
    metric,
    as_of,
    period_days,
    claimed_low,
    claimed_high,
    unit,
    claimed_mid,
    assessed_value,
    assessed_source,
    assessed_as_of,
    assessed_from,
    claimed_mid - assessed_value as difference,
    claimed_mid / nullif(assessed_value, 0) as ratio,
    -- the claimed range meets the assessed value widened by the tolerance (either way of it)
    least(claimed_low, claimed_high) <= greatest(assessed_value * (1 - {{ tolerance }}), assessed_value * (1 + {{ tolerance }}))
        and greatest(claimed_low, claimed_high) >= least(assessed_value * (1 - {{ tolerance }}), assessed_value * (1 + {{ tolerance }}))
        as within_tolerance,
    assessed_credit,
    evidence
from compared

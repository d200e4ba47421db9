-- The same figure for the same territory, side, metric and date, reported by several
-- articles, is one claim event with all its sources (fct_area_claims keeps one row per article).
with claims as (
    select * from {{ ref('fct_area_claims') }}
)

select
    md5(concat_ws('|', region, controller, metric, cast(as_of as varchar), cast(value_low as varchar),
                  cast(value_high as varchar), coalesce(claimant_side, 'unattributed'))) as claim_event_id,
    region,
    controller,
    metric,
    as_of,
    value_low,
    value_high,
    min(unit) as unit,
    claimant_side,
    -- the claimant as the earliest source reported it
    arg_min(claimant, published_at) as claimant,
    list(distinct claimant order by claimant) filter (where claimant is not null) as claimants,
    bool_or(approximate) as approximate,
    max(period_days) as period_days,
    min(published_at) as first_seen,
    max(published_at) as last_seen,
    count(distinct article_id) as n_sources,
    list(distinct article_id order by article_id) as article_ids,
    list(distinct article_source order by article_source) as sources,
    arg_min(claim_id, published_at) as first_claim_id
from claims
group by region, controller, metric, as_of, value_low, value_high, claimant_side

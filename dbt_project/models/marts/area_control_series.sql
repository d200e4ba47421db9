-- One row per day per series (region, controller, metric, claimant_side), from the series'
-- first claim to its last. Days between claims carry the latest figure forward.
with claims as (
    select * from {{ ref('fct_area_claims') }}
),

keyed as (
    select
        *,
        md5(concat_ws('|', region, controller, metric, coalesce(claimant_side, 'unattributed'))) as series_id
    from claims
),

-- one figure per series and day: the latest-published claim wins
ranked as (
    select
        *,
        row_number() over (partition by series_id, as_of order by published_at desc, claim_id) as rank_in_day
    from keyed
),

day_sources as (
    select series_id, as_of, value_low, value_high, count(distinct article_id) as n_sources
    from keyed
    group by series_id, as_of, value_low, value_high
),

reported as (
    select
        ranked.series_id,
        ranked.region,
        ranked.controller,
        ranked.metric,
        ranked.claimant_side,
        ranked.unit,
        ranked.as_of as day,
        ranked.value_low,
        ranked.value_high,
        ranked.claim_id as latest_claim_id,
        day_sources.n_sources,
        lag(ranked.as_of) over (partition by ranked.series_id order by ranked.as_of) as previous_day,
        lag(ranked.value_low) over (partition by ranked.series_id order by ranked.as_of) as previous_value_low
    from ranked
    inner join day_sources
        on ranked.series_id = day_sources.series_id
        and ranked.as_of = day_sources.as_of
        and ranked.value_low = day_sources.value_low
        and ranked.value_high = day_sources.value_high
    where ranked.rank_in_day = 1
),

bounds as (
    select series_id, region, controller, metric, claimant_side, min(unit) as unit,
           min(day) as first_day, max(day) as last_day
    from reported
    group by series_id, region, controller, metric, claimant_side
),

days as (
    select
        bounds.*,
        cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as day
    from bounds
),

filled as (
    select
        days.series_id,
        days.region,
        days.controller,
        days.metric,
        days.claimant_side,
        days.unit,
        days.day,
        reported.day is not null as is_reported,
        last_value(reported.value_low ignore nulls) over series_so_far as value_low,
        last_value(reported.value_high ignore nulls) over series_so_far as value_high,
        last_value(reported.latest_claim_id ignore nulls) over series_so_far as latest_claim_id,
        coalesce(reported.n_sources, 0) as n_sources,
        reported.value_low - reported.previous_value_low as change_since_previous_claim,
        (reported.value_low - reported.previous_value_low)
            / nullif(date_diff('day', reported.previous_day, reported.day), 0) as implied_daily_rate
    from days
    left join reported
        on days.series_id = reported.series_id
        and days.day = reported.day
    window series_so_far as (partition by days.series_id order by days.day
                             rows between unbounded preceding and current row)
)

select * from filled

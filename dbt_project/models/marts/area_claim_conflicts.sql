-- Where the record disagrees with itself:
--   * claims_disagree: two claim events for the same territory, controller, metric and day whose
--     figures differ by more than the tolerance (the two sides, or two claimants of one side);
--   * gain_mismatch: a claimed gain over a period that does not match the change between the
--     consecutive totals (area_controlled) the same side reported around it.
{% set tolerance = var('conflict_tolerance', 0.10) %}

with events as (
    select * from {{ ref('fct_claim_events') }}
),

series as (
    select * from {{ ref('area_control_series') }}
),

disagreements as (
    select
        'claims_disagree' as conflict_type,
        a.region,
        a.controller,
        a.metric,
        a.as_of,
        a.claimant_side as side_a,
        a.claimant as claimant_a,
        a.value_low as value_a,
        b.claimant_side as side_b,
        b.claimant as claimant_b,
        b.value_low as value_b,
        a.first_claim_id as claim_id_a,
        b.first_claim_id as claim_id_b
    from events as a
    inner join events as b
        on a.region = b.region
        and a.controller = b.controller
        and a.metric = b.metric
        and a.as_of = b.as_of
        -- gains over different periods are different claims, not a disagreement
        and a.period_days is not distinct from b.period_days
        and a.claim_event_id < b.claim_event_id
    where abs(a.value_low - b.value_low) > {{ tolerance }} * greatest(abs(a.value_low), abs(b.value_low))
      and (a.claimant_side is distinct from b.claimant_side or a.claimant is distinct from b.claimant)
),

totals as (
    select series_id, region, controller, claimant_side, day, value_low, change_since_previous_claim,
           lag(day) over (partition by series_id order by day) as previous_day
    from series
    where metric = 'area_controlled' and is_reported
),

gains as (
    select * from events
    where metric = 'area_gained' and period_days is not null and period_days > 0
),

gain_mismatches as (
    select
        'gain_mismatch' as conflict_type,
        gains.region,
        gains.controller,
        gains.metric,
        gains.as_of,
        gains.claimant_side as side_a,
        gains.claimant as claimant_a,
        gains.value_low as value_a,
        totals.claimant_side as side_b,
        'change between totals' as claimant_b,
        totals.change_since_previous_claim * gains.period_days
            / date_diff('day', totals.previous_day, totals.day) as value_b,
        gains.first_claim_id as claim_id_a,
        null as claim_id_b
    from gains
    inner join totals
        on gains.region = totals.region
        and gains.controller = totals.controller
        and gains.claimant_side is not distinct from totals.claimant_side
        and gains.as_of = totals.day
    where totals.previous_day is not null
      and abs(gains.value_low - totals.change_since_previous_claim * gains.period_days
              / date_diff('day', totals.previous_day, totals.day))
          > {{ tolerance }} * greatest(abs(gains.value_low), 1)
)

select * from disagreements
union all
select * from gain_mismatches

-- Where the record disagrees with itself:
--   * claims_disagree: two claim events for the same territory, controller, metric and day whose
--     figures differ by more than the tolerance (the two sides, or two claimants of one side);
--   * gain_mismatch: a claimed gain over a period that does not match the change between the
--     consecutive totals (area_controlled) the same side reported around it.
--
-- Both compare the figures of one group (region, controller, metric, as_of; a gain mismatch belongs to the
-- gain's group), so the model is incremental by group (delete+insert): a build rebuilds the groups
-- int_conflict_groups_fingerprinted marked pending, and its post_hook marks them done in the same
-- transaction. A group left without conflicts comes through as one placeholder row (conflict_type null) so
-- its old rows are deleted, and the other post_hook removes it.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py): the
-- groups its queue stamped since the snapshot was made (the rows it rewrites may keep older loaded_at)
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['region', 'controller', 'metric', 'as_of'],
    meta={'publish': 'by_group', 'publish_groups': 'int_conflict_groups_fingerprinted'},
    on_schema_change='fail',
    post_hook=[
        "delete from {{ this }} where conflict_type is null",
        "update {{ ref('int_conflict_groups_fingerprinted') }} set is_pending = false where is_pending",
    ],
) }}
{%- set tolerance = var('conflict_tolerance', 0.10) %}
{%- set incremental = is_incremental() %}

with
{%- if incremental %}

pending_groups as (
    select region, controller, metric, as_of
    from {{ ref('int_conflict_groups_fingerprinted') }}
    where is_pending
),

events as (
    select events.*
    from {{ ref('fct_claim_events') }} as events
    inner join pending_groups
        on events.region = pending_groups.region
        and events.controller = pending_groups.controller
        and events.metric = pending_groups.metric
        and events.as_of = pending_groups.as_of
),

-- the totals reported on the days of the area_gained groups
series as (
    select series.*
    from {{ ref('area_control_series') }} as series
    inner join pending_groups
        on series.region = pending_groups.region
        and series.controller = pending_groups.controller
        and series.day = pending_groups.as_of
        and pending_groups.metric = 'area_gained'
),
{%- else %}
{#- a full build reads everything (the post_hook still marks every group done) #}
-- depends_on: {{ ref('int_conflict_groups_fingerprinted') }}
-- (not materialized: several CTEs read them, and DuckDB would otherwise copy each whole table first)

events as not materialized (
    select * from {{ ref('fct_claim_events') }}
),

series as not materialized (
    select * from {{ ref('area_control_series') }}
),
{%- endif %}

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
        b.first_claim_id as claim_id_b,
        greatest(a.loaded_at, b.loaded_at) as loaded_at
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

-- reported totals with the one the same series reported before (area_control_series keeps its day)
totals as (
    select series_id, region, controller, claimant_side, day, value_low, change_since_previous_claim,
           previous_claim_day, loaded_at
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
            / date_diff('day', totals.previous_claim_day, totals.day) as value_b,
        gains.first_claim_id as claim_id_a,
        null as claim_id_b,
        greatest(gains.loaded_at, totals.loaded_at) as loaded_at
    from gains
    inner join totals
        on gains.region = totals.region
        and gains.controller = totals.controller
        and gains.claimant_side is not distinct from totals.claimant_side
        and gains.as_of = totals.day
    where totals.previous_claim_day is not null
      and abs(gains.value_low - totals.change_since_previous_claim * gains.period_days
              / date_diff('day', totals.previous_claim_day, totals.day))
          > {{ tolerance }} * greatest(abs(gains.value_low), 1)
),

conflicts as (
    select * from disagreements
    union all
    select * from gain_mismatches
)

{%- if incremental %}

select
    conflicts.conflict_type,
    pending_groups.region,
    pending_groups.controller,
    pending_groups.metric,
    pending_groups.as_of,
    conflicts.side_a,
    conflicts.claimant_a,
    conflicts.value_a,
    conflicts.side_b,
    conflicts.claimant_b,
    conflicts.value_b,
    conflicts.claim_id_a,
    conflicts.claim_id_b,
    conflicts.loaded_at
from pending_groups
left join conflicts
    on pending_groups.region = conflicts.region
    and pending_groups.controller = conflicts.controller
    and pending_groups.metric = conflicts.metric
    and pending_groups.as_of = conflicts.as_of
{%- else %}

select * from conflicts
{%- endif %}

-- What area_claim_conflicts compares, per group of figures (region, controller, metric, as_of): a
-- fingerprint of its inputs, and whether the group changed since area_claim_conflicts last rebuilt it. A
-- group's inputs are its claim events; an area_gained group also has the totals (area_controlled) reported
-- that day, which its gains are checked against.
--
-- It is area_claim_conflicts' queue of work: a build marks the groups whose fingerprint changed as pending;
-- area_claim_conflicts rebuilds the pending groups and, in the same transaction, marks them done (its
-- post_hook). A build of area_claim_conflicts that fails or does not run leaves them pending for the next.
--
-- Why a table of its own: a group whose events change can gain or lose conflicts, including a group that
-- had none (so left no row in area_claim_conflicts to compare with), and a group whose events all went
-- leaves nothing in fct_claim_events. A group that went keeps a row with a null fingerprint.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['region', 'controller', 'metric', 'as_of'],
    on_schema_change='fail',
) }}

with events as (
    select * from {{ ref('fct_claim_events') }}
),

series as (
    select * from {{ ref('area_control_series') }}
),

-- every column a conflict reads or shows, hashed per row (DuckDB's hash(): if a DuckDB upgrade changes it,
-- one build rechecks every group)
inputs as (
    select
        region,
        controller,
        metric,
        as_of,
        hash(claim_event_id, claimant, period_days, first_claim_id, loaded_at) as row_hash
    from events
    union all
    select
        region,
        controller,
        'area_gained' as metric,
        day as as_of,
        hash(series_id, claimant_side, value_low, change_since_previous_claim, previous_claim_day, loaded_at)
            as row_hash
    from series
    where metric = 'area_controlled' and is_reported
),

-- the sum kept below 2^53: a lake stores the table as Parquet, which holds a 128-bit integer as a DOUBLE, and a
-- fingerprint rounded on the way back differed from the same one computed again, so every build queued every group
-- (tests/integration/test_lake_conflict_queue.py); 53 bits still tell a changed group from an unchanged one
current_groups as (
    select region, controller, metric, as_of, sum(row_hash) % 9007199254740992 as fingerprint
    from inputs
    group by region, controller, metric, as_of
),

-- the groups whose fingerprint differs from the stored one: new, changed, or gone (null)
changed_groups as (
    {%- if is_incremental() %}
    select
        coalesce(current_groups.region, stored.region) as region,
        coalesce(current_groups.controller, stored.controller) as controller,
        coalesce(current_groups.metric, stored.metric) as metric,
        coalesce(current_groups.as_of, stored.as_of) as as_of,
        current_groups.fingerprint
    from current_groups
    full outer join {{ this }} as stored
        on current_groups.region = stored.region
        and current_groups.controller = stored.controller
        and current_groups.metric = stored.metric
        and current_groups.as_of = stored.as_of
    where current_groups.fingerprint is distinct from stored.fingerprint
    {%- else %}
    select * from current_groups
    {%- endif %}
)

select
    region,
    controller,
    metric,
    as_of,
    fingerprint,
    true as is_pending,
    {{ raw_loaded_at() }} as loaded_at
from changed_groups

-- Where the record disagrees about a named place, within a window of days (var place_conflict_window_days,
-- 3 by default):
--   * sides_disagree: the two sides assert different controllers for the same place;
--   * assertion_denied: one claimant asserts that a side holds the place and another denies it.
-- Claims are first grouped into events (same place, claimant, controller, stance and day), so ten outlets
-- repeating one claim make one event and a conflict row counts its sources.
--
-- Incremental by place (delete+insert on place_key): the places with a claim loaded since the last build,
-- and the places whose stored rows were computed from another set of claims (place_fingerprint, a hash of
-- the place's claim ids: a claim gone or added), are recomputed. A place left without conflicts comes
-- through as one placeholder row (conflict_type null), which the post_hook removes.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- rows it rewrites may keep an older (or null) loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='place_key',
    meta={'publish': 'by_row_hash'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where conflict_type is null",
) }}

{%- set window_days = var('place_conflict_window_days', 3) %}
{%- set incremental = is_incremental() %}

with claims as (
    select * from {{ ref('fct_place_claims') }}
),

place_fingerprints as (
    select
        place_key,
        md5(string_agg(place_claim_id, ',' order by place_claim_id)) as place_fingerprint,
        max(loaded_at) as place_loaded_at
    from claims
    group by place_key
),

{%- if incremental %}

changed_places as (
    select place_key from claims where loaded_at > {{ incremental_watermark() }}
    union
    select stored.place_key from {{ this }} as stored
    left join place_fingerprints on stored.place_key = place_fingerprints.place_key
    where place_fingerprints.place_fingerprint is distinct from stored.place_fingerprint
),

scope as (
    select claims.* from claims
    where claims.place_key in (select place_key from changed_places)
),
{%- else %}

scope as (
    select * from claims
),
{%- endif %}

events as (
    select
        place_key,
        any_value(place) as place,
        any_value(place_id) as place_id,
        any_value(region) as region,
        claimant,
        claimant_side,
        controller,
        stance,
        as_of,
        min(place_claim_id) as place_claim_id,
        count(distinct article_id) as n_sources
    from scope
    group by place_key, claimant, claimant_side, controller, stance, as_of
),

pairs as (
    select
        case when a.stance = 'asserted' and b.stance = 'asserted' then 'sides_disagree'
             else 'assertion_denied' end as conflict_type,
        a.place_key,
        a.place,
        a.place_id,
        a.region,
        a.as_of as as_of_a,
        a.claimant as claimant_a,
        a.claimant_side as side_a,
        a.controller as controller_a,
        a.stance as stance_a,
        a.n_sources as n_sources_a,
        a.place_claim_id as place_claim_id_a,
        b.as_of as as_of_b,
        b.claimant as claimant_b,
        b.claimant_side as side_b,
        b.controller as controller_b,
        b.stance as stance_b,
        b.n_sources as n_sources_b,
        b.place_claim_id as place_claim_id_b,
        place_fingerprints.place_fingerprint,
        place_fingerprints.place_loaded_at as loaded_at
    from events as a
    inner join place_fingerprints on a.place_key = place_fingerprints.place_key
    inner join events as b
        on a.place_key = b.place_key
        and abs(date_diff('day', a.as_of, b.as_of)) <= {{ window_days }}
    where (
        -- the two sides, each asserting its own controller
        a.stance = 'asserted' and b.stance = 'asserted'
        and a.controller <> b.controller
        and a.claimant_side in ('Ukraine', 'Russia') and b.claimant_side in ('Ukraine', 'Russia')
        and a.claimant_side <> b.claimant_side
        and a.place_claim_id < b.place_claim_id
    ) or (
        -- an assertion and a denial of the same control
        a.stance = 'asserted' and b.stance = 'denied'
        and a.controller = b.controller
        and a.claimant is distinct from b.claimant
    )
)

{%- if incremental %}

select
    pairs.conflict_type,
    changed_places.place_key,
    pairs.place,
    pairs.place_id,
    pairs.region,
    pairs.as_of_a,
    pairs.claimant_a,
    pairs.side_a,
    pairs.controller_a,
    pairs.stance_a,
    pairs.n_sources_a,
    pairs.place_claim_id_a,
    pairs.as_of_b,
    pairs.claimant_b,
    pairs.side_b,
    pairs.controller_b,
    pairs.stance_b,
    pairs.n_sources_b,
    pairs.place_claim_id_b,
    pairs.place_fingerprint,
    pairs.loaded_at
from changed_places
left join pairs on changed_places.place_key = pairs.place_key
{%- else %}

select * from pairs
{%- endif %}

-- Per place and claimant side: each change of the claimed controller, with the claim behind it. The first
-- claim of a side about a place is a change from nothing (previous_controller null). Denials are not
-- claims of control: they are in place_claim_conflicts.
--
-- Incremental by place (delete+insert on place_key): a build recomputes the places with a claim loaded
-- since the last build, and the places whose rows point at a claim that is gone (its article was
-- re-extracted). A claim gone that was not a change changes nothing: its neighbours had its controller.
-- A place left with no asserted claim comes through as one placeholder row (place_claim_id null), which
-- the post_hook removes.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- rows it rewrites may keep an older (or null) loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='place_key',
    meta={'publish': 'by_row_hash'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where place_claim_id is null",
) }}

{%- set incremental = is_incremental() %}

with claims as (
    select * from {{ ref('fct_place_claims') }}
),

{%- if incremental %}

changed_places as (
    select place_key from claims where loaded_at > {{ incremental_watermark() }}
    union
    select timeline.place_key from {{ this }} as timeline
    where timeline.place_claim_id not in (select place_claim_id from claims)
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

asserted as (
    select
        *,
        coalesce(claimant_side, 'unattributed') as side
    from scope
    where stance = 'asserted'
),

ordered as (
    select
        *,
        lag(controller) over (
            partition by place_key, side order by as_of, published_at, place_claim_id
        ) as previous_controller
    from asserted
),

changes as (
    select
        place_key,
        place,
        place_id,
        region,
        side as claimant_side,
        as_of,
        controller,
        previous_controller,
        action,
        claimant,
        place_claim_id,
        article_url,
        article_source,
        evidence,
        loaded_at
    from ordered
    where previous_controller is null or previous_controller <> controller
)

{%- if incremental %}

select
    changed_places.place_key,
    changes.place,
    changes.place_id,
    changes.region,
    changes.claimant_side,
    changes.as_of,
    changes.controller,
    changes.previous_controller,
    changes.action,
    changes.claimant,
    changes.place_claim_id,
    changes.article_url,
    changes.article_source,
    changes.evidence,
    changes.loaded_at
from changed_places
left join changes on changed_places.place_key = changes.place_key
{%- else %}

select * from changes
{%- endif %}

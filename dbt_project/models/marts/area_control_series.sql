-- One row per day per series (region, controller, metric, claimant_side), from the series' first claim to
-- its last. Days between claims carry the latest figure forward: each day's figure owns the days up to the
-- series' next one, but shows its value for at most var('series_max_carry_days') days after its own; later
-- days are stale (is_stale, no value) until the next figure. Historical figures ("at one point", "at its
-- peak": fct_area_claims.temporal_scope) are not current holdings and make no days.
--
-- Incremental by day (delete+insert on series_id, day). A build recomputes the figure of each day a changed
-- article touches, then rewrites the days whose row that can change: the days owned by the figure before it
-- and by itself (a figure that appears or goes changes what they carry), the next figure's own day (its
-- change since the previous claim), and the days a series gains or loses at either end. A day that no longer
-- belongs to its series comes through as a placeholder row (is_reported null) so its old row is deleted, and
-- the post_hook removes it.
-- meta.publish: how the readers' snapshot copies a build's changes (pipelines/warehouse/publish.py);
-- rows it rewrites may keep an older (or null) loaded_at
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['series_id', 'day'],
    meta={'publish': 'by_row_hash'},
    on_schema_change='fail',
    post_hook="delete from {{ this }} where is_reported is null",
) }}
{%- set incremental = is_incremental() %}
{%- set watermark = incremental_watermark() %}

-- (not materialized: several CTEs read them, and DuckDB would otherwise copy each whole table first)
-- Only figures dated from var('series_first_day') to today make days: a figure dated in the future (a
-- hostile or mistyped date) would otherwise extend its series day by day up to it (year 9999: 14.6 million
-- rows), so a series holds at most one row per day of that window. The claim itself stays in fct_area_claims.
with claims as not materialized (
    select * from {{ ref('fct_area_claims') }}
    where as_of between cast('{{ var("series_first_day") }}' as date) and current_date
        and coalesce(temporal_scope, 'current') <> 'historical'
),

-- (read by incremental builds only; outside the branch so that dbt sees its refs when it parses)
changed_articles as (
    {{ articles_changed_since(watermark) }}
),
{%- if incremental %}

stored as not materialized (
    select * from {{ this }}
),

-- The days whose figure may have changed: days a new or re-extracted claim refers to, and days whose figure
-- a changed article was a source of at the last build (its old claims are gone from fct_area_claims, so the
-- stored article_ids are where that shows; only articles an earlier build can have written are looked for there,
-- macros/incremental.sql). A changed claim that was not the day's figure, and is not now, changes nothing.
touched_days as (
    select distinct series_id, as_of as day from claims where loaded_at > {{ watermark }}
    {%- if any_changed_articles_built_before(watermark) %}
    union
    select stored.series_id, stored.day
    from stored
    -- a test on each stored list, not an unnest of them all (which joined every source of every stored row to
    -- find the few a build changed: 2-3x slower at 100,000 articles)
    where list_has_any(stored.article_ids, (select list(article_id) from ({{ changed_articles_built_before() }})))
    {%- endif %}
),

touched_series as (
    select distinct series_id from touched_days
),

stored_series as (
    select
        series_id,
        min(region) as region,
        min(controller) as controller,
        min(metric) as metric,
        min(claimant_side) as claimant_side,
        min(unit) as unit,
        min(day) as first_day,
        max(day) as last_day
    from stored
    where series_id in (select series_id from touched_series)
    group by series_id
),

-- A series' unit is the smallest of its figures' units, so one new figure can change it on every row. While
-- all the claims of a series have the unit it has stored, it holds whichever claims win; a series whose
-- claims now carry another unit (or several, or none) is rebuilt whole. New series are rebuilt whole too.
rebuilt_series as (
    select claim_units.series_id
    from (
        select series_id, min(unit) as min_unit, max(unit) as max_unit, count(*) - count(unit) as n_without_unit
        from claims
        where series_id in (select series_id from touched_series)
        group by series_id
    ) as claim_units
    left join stored_series on claim_units.series_id = stored_series.series_id
    where claim_units.n_without_unit > 0
        or claim_units.min_unit <> claim_units.max_unit
        or stored_series.unit is distinct from claim_units.min_unit
),

-- the days whose figure is recomputed from the claims
days_to_rebuild as (
    select series_id, day from touched_days
    union
    select series_id, as_of from claims where series_id in (select series_id from rebuilt_series)
    union
    select series_id, day from stored where is_reported and series_id in (select series_id from rebuilt_series)
),
{%- endif %}

day_claims as (
    select
        claims.series_id,
        claims.region,
        claims.controller,
        claims.metric,
        claims.claimant_side,
        claims.unit,
        claims.as_of,
        claims.value_low,
        claims.value_high,
        claims.claim_id,
        claims.article_id,
        claims.published_at,
        claims.loaded_at
    from claims
    {%- if incremental %}
    inner join days_to_rebuild
        on claims.series_id = days_to_rebuild.series_id
        and claims.as_of = days_to_rebuild.day
    {%- endif %}
),

-- one figure per series and day: the latest-published claim wins
ranked as (
    select
        *,
        row_number() over (partition by series_id, as_of order by published_at desc, claim_id) as rank_in_day
    from day_claims
),

-- the articles reporting each figure of a day
figure_sources as (
    select
        series_id,
        as_of,
        value_low,
        value_high,
        count(distinct article_id) as n_sources,
        list(distinct article_id order by article_id) as article_ids,
        max(loaded_at) as loaded_at
    from day_claims
    group by series_id, as_of, value_low, value_high
),

rebuilt_figures as (
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
        figure_sources.n_sources,
        figure_sources.article_ids,
        figure_sources.loaded_at
    from ranked
    inner join figure_sources
        on ranked.series_id = figure_sources.series_id
        and ranked.as_of = figure_sources.as_of
        and ranked.value_low = figure_sources.value_low
        and ranked.value_high = figure_sources.value_high
    where ranked.rank_in_day = 1
),

-- the days of every figure of the series in play, and the recomputed days that lost theirs
timeline as (
    select series_id, day, true as is_figure, true as is_rebuilt from rebuilt_figures
    {%- if incremental %}
    union all
    select days_to_rebuild.series_id, days_to_rebuild.day, false as is_figure, true as is_rebuilt
    from days_to_rebuild
    left join rebuilt_figures
        on days_to_rebuild.series_id = rebuilt_figures.series_id
        and days_to_rebuild.day = rebuilt_figures.day
    where rebuilt_figures.day is null
    union all
    select stored.series_id, stored.day, true as is_figure, false as is_rebuilt
    from stored
    left join days_to_rebuild
        on stored.series_id = days_to_rebuild.series_id
        and stored.day = days_to_rebuild.day
    where stored.is_reported
        and stored.series_id in (select series_id from touched_series)
        and days_to_rebuild.day is null
    {%- endif %}
),

neighbours as (
    select
        *,
        lag(case when is_figure then day end ignore nulls) over series_days as previous_figure_day,
        lead(case when is_figure then day end ignore nulls) over series_days as next_figure_day
    from timeline
    window series_days as (partition by series_id order by day)
),

bounds as (
    select series_id, min(day) as first_day, max(day) as last_day
    from timeline
    where is_figure
    group by series_id
),

series_attributes as (
    select series_id, region, controller, metric, claimant_side, min(unit) as unit
    from rebuilt_figures
    {%- if incremental %}
    where series_id in (select series_id from rebuilt_series)
    {%- endif %}
    group by series_id, region, controller, metric, claimant_side
    {%- if incremental %}
    union all
    select series_id, region, controller, metric, claimant_side, unit
    from stored_series
    where series_id not in (select series_id from rebuilt_series)
    {%- endif %}
),

-- the days to write, with the day of the figure each carries (none on a day that leaves its series) and the
-- day of the figure before that one
rewritten_ranges as (
    -- the days a figure owns: every figure's on a full build; on an incremental one, those of the figure
    -- before each recomputed day and of the recomputed day itself when it is a figure
    select
        series_id,
        day as first_day,
        coalesce(next_figure_day - 1, day) as last_day,
        day as figure_day,
        previous_figure_day
    from neighbours
    where is_figure
    {%- if incremental %} and is_rebuilt
    union
    select
        neighbours.series_id,
        neighbours.day,
        coalesce(neighbours.next_figure_day - 1, neighbours.day),
        neighbours.day,
        neighbours.previous_figure_day
    from (
        select distinct series_id, previous_figure_day as day
        from neighbours
        where is_rebuilt and previous_figure_day is not null
    ) as figures_before
    inner join neighbours
        on figures_before.series_id = neighbours.series_id
        and figures_before.day = neighbours.day
    union all
    -- the day of the figure after each recomputed day: its change since the previous claim
    select
        series_id,
        next_figure_day,
        next_figure_day,
        next_figure_day,
        case when is_figure then day else previous_figure_day end
    from neighbours
    where is_rebuilt and next_figure_day is not null
    union all
    -- the days the stored series had before the new first figure or after the new last one
    select stored_series.series_id, stored_series.first_day, coalesce(bounds.first_day - 1, stored_series.last_day),
           null, null
    from stored_series
    left join bounds on stored_series.series_id = bounds.series_id
    where bounds.first_day is null or bounds.first_day > stored_series.first_day
    union all
    select stored_series.series_id, bounds.last_day + 1, stored_series.last_day, null, null
    from stored_series
    inner join bounds on stored_series.series_id = bounds.series_id
    where bounds.last_day < stored_series.last_day
    {%- endif %}
),

rewritten_days as (
    select {% if incremental %}distinct{% endif %}
        series_id,
        cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as day,
        figure_day,
        previous_figure_day
    from rewritten_ranges
),

-- the values of the figures those days show or compare with
figures as (
    select series_id, day, value_low, value_high, latest_claim_id, n_sources, article_ids, loaded_at
    from rebuilt_figures
    {%- if incremental %}
    union all
    select
        stored.series_id, stored.day, stored.value_low, stored.value_high, stored.latest_claim_id,
        stored.n_sources, stored.article_ids, stored.loaded_at
    from (
        select series_id, figure_day as day from rewritten_ranges
        union
        select series_id, previous_figure_day from rewritten_ranges
        except
        select series_id, day from days_to_rebuild
    ) as shown
    inner join stored on shown.series_id = stored.series_id and shown.day = stored.day
    where stored.is_reported
    {%- endif %}
),

rewritten_rows as (
    select
        rewritten_days.series_id,
        series_attributes.region,
        series_attributes.controller,
        series_attributes.metric,
        series_attributes.claimant_side,
        series_attributes.unit,
        rewritten_days.day,
        rewritten_days.day = carried.day as is_reported,
        -- a figure older than the carry limit says nothing about this day
        date_diff('day', carried.day, rewritten_days.day) > {{ var('series_max_carry_days') }} as is_stale,
        date_diff('day', carried.day, rewritten_days.day) as days_since_claim,
        case when date_diff('day', carried.day, rewritten_days.day) <= {{ var('series_max_carry_days') }}
            then carried.value_low end as value_low,
        case when date_diff('day', carried.day, rewritten_days.day) <= {{ var('series_max_carry_days') }}
            then carried.value_high end as value_high,
        carried.latest_claim_id,
        case when rewritten_days.day = carried.day then carried.n_sources else 0 end as n_sources,
        carried.value_low - previous.value_low as change_since_previous_claim,
        (carried.value_low - previous.value_low) / nullif(date_diff('day', previous.day, carried.day), 0)
            as implied_daily_rate,
        previous.day as previous_claim_day,
        case when rewritten_days.day = carried.day then carried.article_ids end as article_ids,
        case when rewritten_days.day = carried.day then carried.loaded_at end as loaded_at
    from rewritten_days
    inner join figures as carried
        on rewritten_days.series_id = carried.series_id
        and rewritten_days.figure_day = carried.day
    inner join series_attributes on rewritten_days.series_id = series_attributes.series_id
    -- the previous claim only matters on the day of a figure: on other days the key is null and matches
    -- nothing. (Written as a join condition on the left side alone, `day = figure_day`, it made DuckDB plan a
    -- nested-loop join: 5-10 s of a build at 1,000 articles, 0.3-0.7 s this way, docs/scaling.md.)
    left join figures as previous
        on rewritten_days.series_id = previous.series_id
        and case when rewritten_days.day = rewritten_days.figure_day then rewritten_days.previous_figure_day end
            = previous.day
)
{%- if incremental %}

select
    rewritten_days.series_id,
    rewritten_rows.region,
    rewritten_rows.controller,
    rewritten_rows.metric,
    rewritten_rows.claimant_side,
    rewritten_rows.unit,
    rewritten_days.day,
    rewritten_rows.is_reported,
    rewritten_rows.is_stale,
    rewritten_rows.days_since_claim,
    rewritten_rows.value_low,
    rewritten_rows.value_high,
    rewritten_rows.latest_claim_id,
    rewritten_rows.n_sources,
    rewritten_rows.change_since_previous_claim,
    rewritten_rows.implied_daily_rate,
    rewritten_rows.previous_claim_day,
    rewritten_rows.article_ids,
    rewritten_rows.loaded_at
from (select distinct series_id, day from rewritten_days) as rewritten_days
left join rewritten_rows
    on rewritten_days.series_id = rewritten_rows.series_id
    and rewritten_days.day = rewritten_rows.day
{%- else %}

select * from rewritten_rows
{%- endif %}

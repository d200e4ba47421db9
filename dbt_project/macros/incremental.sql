{#- Helpers of the incremental marts.

    Why a timestamp watermark is enough: every raw write stamps its rows at write time
    (raw.extractions/statements/area_claims.extracted_at, raw.articles.updated_at) under the writer lock
    that `dbt build` also holds, so anything written after a build carries a timestamp greater than every
    timestamp that build saw. Each incremental mart keeps, as `loaded_at`, the raw timestamp behind each
    row; the largest one is the mart's watermark, and the articles stamped after it are the ones to redo.
    Re-extraction deletes an article's raw rows and writes the new ones: the marts find what the old rows
    fed from what they stored themselves (article_ids lists, fingerprints), never from raw.

    Not seen by the watermark, so they need `dbt build --full-refresh` (`claimwatch build --full-refresh`):
    a change to a model's SQL, to the seeds (actors, regions) or to a var such as conflict_tolerance, and
    raw rows deleted with nothing written in their place (nothing in pipelines/ does that today). -#}


{#- dbt's should_full_refresh(), plus two rules: an incremental mart whose table has no `loaded_at` column
    was built before the marts were incremental (as a plain table), so it has neither the watermark nor
    the stored lineage an incremental build reads, and it is rebuilt in full, as with --full-refresh; and a
    table that lacks a column its model documents (a column added since, such as temporal_scope or
    is_stale) was built by an older model, and is rebuilt in full too (on_schema_change='fail' would
    otherwise stop the build). An existing warehouse upgrades on its first build, with no flag. (Overrides the macro of the same name in
    dbt's global project; the rest is dbt's own.) -#}
{% macro should_full_refresh() %}
    {%- set config_full_refresh = config.get('full_refresh') -%}
    {%- if config_full_refresh is none -%}
        {%- set config_full_refresh = flags.FULL_REFRESH -%}
    {%- endif -%}
    {%- if not config_full_refresh and execute and model.config.materialized == 'incremental' -%}
        {%- set relation = adapter.get_relation(this.database, this.schema, this.identifier) -%}
        {%- if relation is not none and relation.type == 'table' -%}
            {%- set columns = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
            {%- set missing = model.columns.keys() | map('lower') | reject('in', columns) | list -%}
            {%- set config_full_refresh = 'loaded_at' not in columns or missing | length > 0 -%}
        {%- endif -%}
    {%- endif -%}
    {%- do return(config_full_refresh) -%}
{% endmacro %}


{#- The watermark: the newest raw timestamp this mart has seen. The epoch on a full build (everything is new).
    In a lake, a timestamp literal read when dbt compiles the model, just before it runs, so before dbt touches the
    table; in a file warehouse a subquery, evaluated once when the build's new rows are selected (in_lake() says
    why). A literal rather than a subquery in a lake: DuckDB pushes a constant comparison into the scans of the views
    over raw, where file and row-group statistics skip everything written before the watermark (raw rows are
    written in stamp order); a subquery's value is known only while the query runs, so each `> watermark`
    read its table whole (in a lake, every Parquet file of it from object storage).
    In lake mode writers hold no lock, so a row stamped at t may commit after a build that saw a later
    stamp. The build reads the lake's change feed for the raw rows committed since the last complete build
    started, and passes the oldest stamp among them as CLAIMWATCH_LATE_STAMP_FLOOR
    (pipelines/warehouse/lake.py, begin_build): the watermark steps back to just before it, and the few
    articles from there on are redone (idempotent). Usually the oldest of them is the new batch itself, and
    nothing more is redone. CLAIMWATCH_WATERMARK_MARGIN_S (default 0) can still step it back by seconds. -#}
{% macro incremental_watermark(column='loaded_at') -%}
    {%- if is_incremental() -%}
        {%- set floor = env_var('CLAIMWATCH_LATE_STAMP_FLOOR', '') -%}
        {%- set expr -%}
        (select least(coalesce(max({{ column }}), cast('1970-01-01' as timestamp))
                - to_seconds({{ env_var('CLAIMWATCH_WATERMARK_MARGIN_S', '0') | int }})
                {%- if floor %}, cast('{{ floor | replace("'", "") }}' as timestamp) - interval 1 microsecond{% endif %})
         from {{ this }})
        {%- endset -%}
        {{ timestamp_literal(expr) }}
    {%- else -%}
        cast('1970-01-01' as timestamp)
    {%- endif -%}
{%- endmacro %}


{#- Whether the build writes a lake (the profile's database `lake`, dbt_project/profiles.yml). The reads a model
    makes when it compiles (the watermark as a literal, the checks below) pay off only there: in a lake every scan
    reads Parquet files from object storage, and statistics let a literal skip them. A file warehouse scans its
    stamp columns cheaply either way, and the extra queries cost more than they saved: 100 new articles onto
    100,000, dbt's step 13.5 s without them, 17.1 s with them (docs/scaling.md). -#}
{% macro in_lake() -%}
    {{ return(target.database == 'lake') }}
{%- endmacro %}


{#- A scalar timestamp query's value as a literal, read when the model is compiled to run, in a lake; the query
    itself in a file warehouse, and while dbt only parses (nothing is read then). -#}
{% macro timestamp_literal(query) -%}
    {%- if execute and in_lake() -%}
        {%- set value = run_query("select strftime(" ~ query ~ ", '%Y-%m-%d %H:%M:%S.%f')").columns[0].values()[0] -%}
        {%- if value is none %}cast(null as timestamp){% else %}cast('{{ value }}' as timestamp){% endif -%}
    {%- else -%}
        {{ query }}
    {%- endif -%}
{%- endmacro %}


{#- The articles whose raw rows changed after `watermark`: re-extracted (or extracted for the first
    time), or ingested with new content. -#}
{% macro articles_changed_since(watermark) -%}
    select article_id from {{ ref('stg_raw__extractions') }} where extracted_at > {{ watermark }}
    union
    select article_id from {{ ref('stg_raw__articles') }} where updated_at > {{ watermark }}
{%- endmacro %}


{#- The rows of `relation` that belong to the changed articles (the CTE `changed_articles`), found by their own
    stamp where they can be: an extraction stamps every row it writes (statements, claims) with one time, and an
    ingestion stamps the article's row, so the rows of an article changed since `watermark` carry a newer stamp,
    which file and row-group statistics find without reading older rows. The exception: articles changed on the
    other side only (text updated and not extracted again, or extracted again with the same text), whose rows here
    keep their old stamp; they are looked up by id, and only when a build has such articles (checked when the
    model compiles; usually none, and a lookup by id reads the ids of every stored row).
    `restamped_by`: 'extraction' for tables written by an extraction, 'article' for the articles' own rows.
    In a file warehouse (in_lake()), by id alone unless `by_stamp_in_a_file` (the articles' texts, which a semi-join
    by id reads whole), and the check is not made. -#}
{% macro rows_of_changed_articles(relation, stamp_column, restamped_by, watermark, by_stamp_in_a_file=false) -%}
    {%- if not in_lake() and not by_stamp_in_a_file %}
    select * from {{ relation }} where article_id in (select article_id from changed_articles)
    {%- else %}
    select * from {{ relation }} where {{ stamp_column }} > {{ watermark }}
    {%- if changed_articles_not_restamped(restamped_by, watermark) %}
    union all
    select * from {{ relation }}
    where ({{ stamp_column }} > {{ watermark }}) is not true
        and article_id in (select article_id from changed_articles)
    {%- endif %}
    {%- endif %}
{%- endmacro %}


{#- Whether some article changed since `watermark` without a new stamp on the rows `restamped_by` writes (see
    rows_of_changed_articles). True while dbt only parses, and in a file warehouse (not asked). -#}
{% macro changed_articles_not_restamped(restamped_by, watermark) -%}
    {%- if not execute or not in_lake() -%}
        {{ return(true) }}
    {%- endif -%}
    {%- set changed, stamped = (ref('stg_raw__articles'), 'updated_at'), (ref('stg_raw__extractions'), 'extracted_at') -%}
    {%- if restamped_by == 'article' -%}
        {%- set changed, stamped = stamped, changed -%}
    {%- endif -%}
    {%- set query -%}
        select count(*) from {{ changed[0] }} as changed
        where changed.{{ changed[1] }} > {{ watermark }}
            and not exists (
                select 1 from {{ stamped[0] }} as stamped
                where stamped.article_id = changed.article_id and stamped.{{ stamped[1] }} > {{ watermark }}
            )
    {%- endset -%}
    {{ return(run_query(query).columns[0].values()[0] > 0) }}
{%- endmacro %}


{#- Of the changed articles (the CTE `changed_articles`), those an earlier build can have written into this model's
    stored rows: first ingested no later than the newest stamp those rows carry. An article's rows carry stamps no
    older than its first ingestion (an updated article keeps that time, pipelines/warehouse/raw.py), so the
    articles a batch brings for the first time are left out, and with them the cost of looking for them in every
    stored row's article_ids (list_has_any over 546,000 rows at 10,000 articles: 0.7 s for 100 new articles, and
    it grows with both). -#}
{% macro changed_articles_built_before() -%}
    select changed_articles.article_id
    from changed_articles
    inner join {{ ref('stg_raw__articles') }} as first_seen on changed_articles.article_id = first_seen.article_id
    where first_seen.ingested_at <= {{ timestamp_literal('(select max(loaded_at) from ' ~ this ~ ')') }}
{%- endmacro %}


{#- Whether changed_articles_built_before() finds any article, asked when the model compiles (true while dbt only
    parses, and in a file warehouse: not asked): a build of new articles only has none, and skips the test of every
    stored row's article_ids. -#}
{% macro any_changed_articles_built_before(watermark) -%}
    {%- if not execute or not in_lake() -%}
        {{ return(true) }}
    {%- endif -%}
    {%- set query -%}
        with changed_articles as (
            {{ articles_changed_since(watermark) }}
        )
        select count(*) from ({{ changed_articles_built_before() }})
    {%- endset -%}
    {{ return(run_query(query).columns[0].values()[0] > 0) }}
{%- endmacro %}


{#- The newest raw timestamp in the warehouse now: stamps what changed in this build. -#}
{% macro raw_loaded_at() -%}
    greatest(
        (select max(extracted_at) from {{ ref('stg_raw__extractions') }}),
        (select max(updated_at) from {{ ref('stg_raw__articles') }})
    )
{%- endmacro %}


{#- dbt-duckdb's delete+insert, with two changes: on a composite unique_key it deletes with a semi-join,
    `where (k1, k2) in (select k1, k2 from <new rows>)`, instead of `delete ... using <new rows> where ...`.
    The join repeats each old row once per new row of its key; area_claim_conflicts has many rows per key
    (a group of figures), which made millions of matches to delete tens of thousands of rows; and in a lake it
    turns off the join filter for the delete (below). (Overrides dbt-duckdb's macro of the same name.) -#}
{% macro duckdb__get_delete_insert_merge_sql(target, source, unique_key, dest_columns, incremental_predicates) -%}
    {%- set dest_cols_csv = get_quoted_csv(dest_columns | map(attribute="name")) -%}
    {%- if unique_key -%}
        {%- set keys = unique_key if (unique_key is sequence and unique_key is not string) else [unique_key] -%}
        {#- In a lake (in_lake()), the delete reads its key columns without DuckDB's join filter
            pushdown: the filter made from the new keys' range selects rows scattered over every Parquet file, and
            the scan then fetched them in many small reads from object storage; a plain read of the key columns is
            cheaper (area_claim_conflicts onto 100,000 articles, cold: 4.8 s -> 1.3 s). -#}
        {%- set lake = in_lake() -%}
        {%- if lake %}
        set disabled_optimizers = 'join_filter_pushdown';
        {%- endif %}
        delete from {{ target }}
        where ({{ keys | join(', ') }}) in (select {{ keys | join(', ') }} from {{ source }})
        {%- for predicate in incremental_predicates or [] %}
            and {{ predicate }}
        {%- endfor %};
        {%- if lake %}
        reset disabled_optimizers;
        {%- endif %}
    {%- endif %}

    insert into {{ target }} ({{ dest_cols_csv }})
    (
        select {{ dest_cols_csv }}
        from {{ source }}
    )
{%- endmacro %}

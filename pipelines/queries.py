"""Read-only access for people: queries run against the published snapshot, never the writer's file."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.warehouse import db


class QueryError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def snapshot_path(home: Path) -> Path:
    published = settings.published_path(home)
    if published.exists():
        return published
    raise QueryError(f"no published warehouse in {home}: run `claimwatch run` first", exit_code=3)


def run_query(home: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    con = db.connect(snapshot_path(home), read_only=True)
    try:
        cur = con.execute(sql, params or [])
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    except duckdb.Error as exc:
        raise QueryError(f"query failed: {exc}") from exc
    finally:
        con.close()


def run_summary(home: Path) -> dict:
    _, counts = run_query(home, """
        select 'articles', count(*) from marts.dim_articles
        union all select 'statements', count(*) from marts.fct_actor_statements
        union all select 'area claims', count(*) from marts.fct_area_claims
        union all select 'place claims', count(*) from marts.fct_place_claims
        union all select 'claim events', count(*) from marts.fct_claim_events
        union all select 'speakers', count(distinct speaker) from marts.fct_actor_statements
        union all select 'known actors quoted', count(distinct actor_id) from marts.fct_actor_statements
        union all select 'quarantined inputs', count(*) from staging.stg_raw__quarantine""")
    columns, kursk = run_query(home, """
        select cast(as_of as varchar) as as_of, metric, controller, coalesce(claimant, '(article)') as claimant,
               (case when approximate then '~' else '' end)
               || (case when value_low = value_high then format('{:g}', value_low)
                        else format('{:g}-{:g}', value_low, value_high) end) || ' ' || unit as figure,
               case when period_days is null then '' else format('{:g} d', period_days) end as period,
               n_sources as sources
        from marts.fct_claim_events where region = 'Kursk Oblast' order by as_of, metric""")
    # the names claims give that the gazetteer lacks: what seeds/places.csv should learn next
    unknown_columns, unknown = run_query(home, """
        select place, coalesce(region, '') as region, count(*) as claims
        from marts.fct_place_claims where place_id is null
        group by all order by claims desc, place limit 10""")
    return {"counts": dict(counts), "kursk_columns": columns, "kursk": kursk,
            "unknown_places_columns": unknown_columns, "unknown_places": unknown}


def ingest_summary(home: Path) -> str:
    con = db.connect(settings.warehouse_path(home), read_only=True)
    try:
        n_articles, = con.execute("select count(*) from raw.articles").fetchone()
        n_quarantine, = con.execute("select count(*) from raw.quarantine").fetchone()
    finally:
        con.close()
    return f"raw.articles: {n_articles} rows; raw.quarantine: {n_quarantine} rows (run `claimwatch build` next)"

"""Read-only access for people: queries run against one complete build (file mode: the published snapshot,
never the writer's file; lake mode: the lake as of the last build), see pipelines/warehouse/storage.py."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.warehouse.storage import NotPublished, Storage


class QueryError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def run_query(home: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    try:
        con = Storage.from_env(home).reader()
    except NotPublished as exc:
        raise QueryError(str(exc), exit_code=3) from None
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
    return {"counts": dict(counts), "kursk_columns": columns, "kursk": kursk}


def ingest_summary(home: Path) -> str:
    con = Storage.from_env(home).connect(read_only=True)
    try:
        n_articles, = con.execute("select count(*) from raw.articles").fetchone()
        n_quarantine, = con.execute("select count(*) from raw.quarantine").fetchone()
    finally:
        con.close()
    return f"raw.articles: {n_articles} rows; raw.quarantine: {n_quarantine} rows (run `claimwatch build` next)"

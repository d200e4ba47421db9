"""Read-only access for people: queries run against one complete build (file mode: the published snapshot,
never the writer's file; lake mode: the lake as of the last build, see pipelines/warehouse/storage.py), in a
sandbox: SQL given to `claimwatch query` reads that build and nothing else on the machine.

DuckDB's full powers include writing files (`COPY ... TO`, `EXPORT DATABASE`), reading any file or folder
(`read_text('/etc/passwd')`, `glob('/root/**')`), attaching other databases, changing limits and installing
extensions. The reader's connection turns those off (external access, extension autoload and autoinstall),
then locks its configuration so no statement can turn them back on; only read statements are run at all.
In lake mode the connection first attaches the lake (its extensions, catalog and data), then is locked down
the same way, the lake's data path the one place it may still read.
"""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.warehouse import db, lake
from pipelines.warehouse.storage import NotPublished, Storage


class QueryError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def snapshot_path(home: Path) -> Path:
    published = settings.published_path(home)
    if published.exists():
        return published
    raise QueryError(f"no published warehouse in {home}: run `claimwatch run` first", exit_code=3)


SANDBOX = {
    "enable_external_access": False,        # no files, URLs or other databases beyond the one opened
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,             # applied last: nothing above can be SET back
}
READ_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}  # SELECT covers FROM, DESCRIBE, SHOW


def reader_connect(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True, config={**db.config(), **SANDBOX})


def lake_reader_connect(store: Storage) -> duckdb.DuckDBPyConnection:
    """The lake as of the last build, then the same sandbox. The lake reads its Parquet files as queries run,
    so its data path stays readable (allowed_directories, set before external access is turned off)."""
    try:
        con = store.reader()
    except NotPublished as exc:
        raise QueryError(str(exc), exit_code=3) from None
    try:
        con.execute("set allowed_directories = ?", [[lake.data_url(store.data)]])
        for name, value in SANDBOX.items():  # in order: lock_configuration last
            con.execute(f"set {name} = {str(value).lower()}")
    except BaseException:
        con.close()
        raise
    return con


def _connect(home: Path) -> duckdb.DuckDBPyConnection:
    store = Storage.from_env(home)
    if store.is_lake:
        return lake_reader_connect(store)
    path = snapshot_path(home)
    try:
        return reader_connect(path)
    except duckdb.IOException as exc:  # a damaged or replaced snapshot: say which file, and how to recover
        raise QueryError(f"cannot open the published warehouse {path} ({exc}); `claimwatch build` publishes "
                         "it again from the writer's warehouse") from None


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"query failed: {exc}") from exc
    for st in statements:
        if st.type not in READ_STATEMENTS:
            kind = st.type.name.lower()
            raise QueryError(f"claimwatch query runs read statements only (select, explain); "
                             f"refused a {kind} statement: {st.query.strip()[:80]}", exit_code=2)


def run_query(home: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    con = _connect(home)
    try:
        check_read_only(con, sql)
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
        union all select 'quarantined inputs', count(*) from staging.stg_raw__quarantine
        union all select 'assessed days', count(*) from staging.stg_raw__assessed_control
        union all select 'claims vs assessed', count(*) from marts.claims_vs_assessed""")
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
    con = Storage.from_env(home).connect(read_only=True)
    try:
        n_articles, = con.execute("select count(*) from raw.articles").fetchone()
        n_quarantine, = con.execute("select count(*) from raw.quarantine").fetchone()
    finally:
        con.close()
    return f"raw.articles: {n_articles} rows; raw.quarantine: {n_quarantine} rows (run `claimwatch build` next)"


def failed_inputs(home: Path, batch_ids: list[str]) -> list[tuple[str, str]]:
    """(origin, reason) of the inputs these runs quarantined; read from the live warehouse (the writer's file,
    or the lake's latest snapshot), which holds them even when nothing was built."""
    store = Storage.from_env(home)
    if not batch_ids or (not store.is_lake and not store.warehouse_path.exists()):
        return []
    from pipelines.warehouse.lock import writer_lock

    # file mode: under the writer lock, so another process's write is not open meanwhile; a lake needs none
    with (nullcontext() if store.is_lake else writer_lock(home)), store.connect(read_only=True) as con:
        return con.execute("""
            select origin, reason from raw.quarantine
            where batch_id in (select unnest(?::varchar[]))
            order by first_seen, origin""", [batch_ids]).fetchall()

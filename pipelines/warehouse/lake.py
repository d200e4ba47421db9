"""DuckLake, the lake storage mode: a catalog database plus Parquet files that many DuckDB processes write
and read at once, each transaction one snapshot.

Everything DuckLake-specific lives here: loading the extensions, the S3 secret, the ATTACH statement, the
record of complete builds (which readers pin, and from which incremental builds look for late commits), and
retrying a write that lost a commit race.

Extensions come from the `duckdb-extension-*` wheels in the lock file, loaded by file path: nothing is
downloaded at run time (this machine, and CI, reach no extension repository).
"""
from __future__ import annotations

import importlib.util
import os
import random
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

import duckdb

ALIAS = "lake"  # the attached database's name: raw, staging, marts ... are its schemas
_PACKAGES = ("duckdb_extension_ducklake", "duckdb_extension_postgres_scanner", "duckdb_extension_sqlite_scanner",
             "duckdb_extension_httpfs")

T = TypeVar("T")


def extension_files() -> list[Path]:
    """The `.duckdb_extension` file inside each installed extension wheel (built for our duckdb version)."""
    files = []
    for package in _PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"{package} is not installed: lake mode needs it (make setup installs it)")
        found = sorted(Path(spec.origin).parent.glob(f"extensions/v{duckdb.__version__}/*.duckdb_extension"))
        if not found:
            raise RuntimeError(f"{package} has no extension built for duckdb {duckdb.__version__}")
        files.append(found[0])
    return files


def load_extensions(con: duckdb.DuckDBPyConnection, files: list[Path] | None = None) -> None:
    con.execute("set autoinstall_known_extensions = false")  # a missing one fails clearly, never downloads
    for path in extension_files() if files is None else files:
        con.execute(f"load '{path}'")


# DuckDB checks an extension's signature on every LOAD by hashing the whole file: 0.1 s for each of these 20-40 MB
# files, 0.45 s a connection on a quiet machine and 1.7 s at load 3, two thirds of what opening a lake reader
# cost. So a process lets DuckDB check the files once (on its first lake connection, default settings), remembers
# each file as checked (size, modification time, inode), and opens later connections with the check off while the
# files are unchanged. Those connections load nothing else: autoloading, which could pick an unchecked file from
# the user's extension folder, is off with it.
_CHECKED: dict[Path, tuple[int, int, int]] = {}


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_ino


def open_database(config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake's extensions loaded: signature-checked by DuckDB once per process."""
    files = extension_files()
    checked = all(_CHECKED.get(f) == _stamp(f) for f in files)
    settings = dict(config or {})
    if checked:
        settings.update(allow_unsigned_extensions="true", autoload_known_extensions="false")
    con = duckdb.connect(config=settings)
    try:
        load_extensions(con, files)
    except BaseException:
        con.close()
        raise
    if not checked:
        _CHECKED.update({f: _stamp(f) for f in files})
    return con


def s3_secret_sql() -> str | None:
    """An S3 secret from the usual AWS_* variables; AWS_ENDPOINT_URL points at a local or other S3 API."""
    key = os.environ.get("AWS_ACCESS_KEY_ID")
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if not key and not endpoint:
        return None
    parts = {"type": "s3", "key_id": key or "", "secret": os.environ.get("AWS_SECRET_ACCESS_KEY", ""),
             "region": os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"}
    if os.environ.get("AWS_SESSION_TOKEN"):
        parts["session_token"] = os.environ["AWS_SESSION_TOKEN"]
    sql = ", ".join(f"{k} {_quote(v) if k != 'type' else v}" for k, v in parts.items())
    if endpoint:
        url = urlparse(endpoint if "://" in endpoint else f"http://{endpoint}")
        # path-style URLs: a local S3 API (moto, MinIO) has no per-bucket host names
        sql += f", endpoint {_quote(url.netloc)}, url_style 'path', use_ssl {str(url.scheme == 'https').lower()}"
    return f"create or replace secret claimwatch_s3 ({sql})"


# Object stores refuse or drop requests under load (S3 throttles with 503s; the tests' local S3 API refused
# connections on a machine at load 30): DuckDB's default gives up after ~2 s of retries, this after ~50 s.
HTTP_RETRIES = {"http_retries": 8, "http_retry_wait_ms": 200, "http_retry_backoff": 2}


def prepare(con: duckdb.DuckDBPyConnection, *, loaded: bool = False) -> None:
    """Extensions (unless `loaded`: open_database loaded them) and credentials on a fresh connection, before the
    lake is attached (also dbt's plugin, on the connection dbt opened)."""
    if not loaded:
        load_extensions(con)
    for name, value in HTTP_RETRIES.items():
        con.execute(f"set {name} = {value}")
    secret = s3_secret_sql()
    if secret:
        con.execute(secret)


def catalog_url(catalog: str) -> str:
    """`postgres:dbname=...` as given; a path is a SQLite file, which several local processes share."""
    if catalog.startswith(("postgres:", "sqlite:")):
        return f"ducklake:{catalog}"
    return f"ducklake:sqlite:{Path(catalog).resolve()}"


def data_url(data: str) -> str:
    if "://" in data:
        return data.rstrip("/") + "/"
    path = Path(data).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return f"{path}/"


def attach_sql(catalog: str, data: str, *, read_only: bool = False, snapshot: int | None = None) -> str:
    options = [f"data_path {_quote(data_url(data))}"]
    if read_only:
        options.append("read_only")
    if snapshot is not None:
        options.append(f"snapshot_version {int(snapshot)}")
    return f"attach {_quote(catalog_url(catalog))} as {ALIAS} ({', '.join(options)})"


# what a writer sees when another process creates the same new lake at the same moment: DuckLake creates its
# catalog tables with plain CREATE TABLE, and PostgreSQL lets one of two concurrent creations fail on its own
# catalog ("duplicate key value violates unique constraint pg_type_typname_nsp_index")
_CREATION_RACE = ("Failed to initialize DuckLake", "duplicate key value", "already exists")


def connect(catalog: str, data: str, *, read_only: bool = False, snapshot: int | None = None,
            config: dict | None = None, attempts: int = 8) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached and in use (so `marts.x` means `lake.marts.x`). A writer
    that lost the race to create a new lake attaches again, to the lake the winner made (the first day runs
    of a backfill start at once on an empty catalog)."""
    def attach() -> duckdb.DuckDBPyConnection:
        con = open_database(config)
        try:
            prepare(con, loaded=True)
            con.execute(attach_sql(catalog, data, read_only=read_only, snapshot=snapshot))
            con.execute(f"use {ALIAS}")
        except BaseException:
            con.close()
            raise
        return con

    def lost_creation(exc: duckdb.Error) -> bool:
        return not read_only and any(m in str(exc) for m in _CREATION_RACE)

    return _with_retries(attach, lost_creation, attempts, first_wait=0.1)


# ---------------------------------------------------------------- whole builds for readers

_BUILDS_DDL = """
create schema if not exists published;
create table if not exists published.builds (snapshot_id bigint not null, run_id varchar, built_at timestamp not null)
"""


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute(f"select max(snapshot_id) from ducklake_snapshots('{ALIAS}')").fetchone()[0]


def record_build(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Remember the snapshot a finished build left: readers attach the lake as of that snapshot.

    A build commits model by model (one snapshot each); day runs may commit raw rows in between, which
    is harmless: what readers must not see is a build's marts half-done, and the recorded snapshot is
    taken after the whole build (builds run one at a time: the instance's `claimwatch/builds` limit).
    """
    con.execute(_BUILDS_DDL)
    snapshot = current_snapshot(con)
    con.execute("insert into published.builds values (?, ?, now()::timestamp)", [snapshot, run_id])
    return snapshot


_BUILD_STARTS_DDL = """
create schema if not exists published;
create table if not exists published.build_starts
    (snapshot_id bigint not null, run_id varchar, started_at timestamp not null)
"""


def begin_build(con: duckdb.DuckDBPyConnection, run_id: str, *, record: bool = True) -> datetime | None:
    """Record where this build starts reading, and return the oldest raw stamp that committed since the last
    complete build started (None if nothing did).

    Raw writers hold no lock in lake mode, so a row stamped at t can commit after a build that saw a later
    stamp: a watermark made of stamps alone would pass it by. The lake knows the commit order: every raw
    row committed after the snapshot the last complete build started from is in DuckLake's change feed
    (ducklake_table_insertions), and the incremental marts redo from its oldest stamp
    (macros/incremental.sql). Usually that is the new batch itself and the marts do no more work; a row
    that committed late lowers the watermark to its own stamp. (Before, a fixed margin of 600 s stood in
    for this: it redid every article of the last ten minutes, and it missed a row that took longer.)

    Called under the build lock; the last complete build is the newest one recorded in published.builds
    (a failed build recorded none, and its start is not used). Without one, the feed is read from the lake's
    first snapshot: the whole of raw, once. A build of some models only (from the UI) reads the feed but records
    no start (``record=False``): the models it left out have not seen what it saw.
    """
    now = current_snapshot(con)
    since = _last_complete_build_start(con)
    floor = _oldest_stamp_committed(con, 0 if since is None else since + 1, now)
    if record:
        con.execute(_BUILD_STARTS_DDL)
        con.execute("insert into published.build_starts values (?, ?, now()::timestamp)", [now, run_id])
    return floor


def _last_complete_build_start(con: duckdb.DuckDBPyConnection) -> int | None:
    if not _has_tables(con, "published", "builds", "build_starts"):
        return None
    return con.execute("select max(s.snapshot_id) from published.build_starts as s "
                       "where s.run_id in (select run_id from published.builds)").fetchone()[0]


def _oldest_stamp_committed(con: duckdb.DuckDBPyConnection, first: int, last: int) -> datetime | None:
    """The oldest write stamp of raw.extractions and raw.articles rows committed in snapshots first..last."""
    if first > last or not _has_tables(con, "raw", "extractions", "articles"):
        return None
    return con.execute(
        "select least((select min(extracted_at) from ducklake_table_insertions($1, 'raw', 'extractions', $2, $3)),"
        "             (select min(updated_at) from ducklake_table_insertions($1, 'raw', 'articles', $2, $3)))",
        [ALIAS, first, last]).fetchone()[0]


def _has_tables(con: duckdb.DuckDBPyConnection, schema: str, *names: str) -> bool:
    return con.execute("select count(*) from duckdb_tables() where database_name = ? and schema_name = ? "
                       "and list_contains(?, table_name)", [ALIAS, schema, list(names)]).fetchone()[0] == len(names)


def pin(con: duckdb.DuckDBPyConnection, catalog: str, data: str, snapshot: int) -> None:
    """Attach the lake again on the same connection, read-only as of `snapshot` (a reader's whole build)."""
    con.execute("use memory")
    con.execute(f"detach {ALIAS}")
    con.execute(attach_sql(catalog, data, read_only=True, snapshot=snapshot))
    con.execute(f"use {ALIAS}")


def last_build(con: duckdb.DuckDBPyConnection) -> int | None:
    if not _has_tables(con, "published", "builds"):
        return None
    return con.execute("select max(snapshot_id) from published.builds").fetchone()[0]


# ---------------------------------------------------------------- concurrent writers

def is_conflict(exc: BaseException) -> bool:
    """DuckLake commits optimistically: two transactions that delete from the same table conflict; and a
    SQLite catalog admits one committer at a time ("database is locked"). Both leave nothing written."""
    text = str(exc)
    return isinstance(exc, duckdb.Error) and any(
        s in text for s in ("Transaction conflict", "Failed to commit", "database is locked"))


def retry_conflicts(write: Callable[[], T], attempts: int = 10) -> T:
    """Run `write` (a whole transaction, idempotent) again when it lost a commit race to another writer."""
    return _with_retries(write, is_conflict, attempts, first_wait=0.05)


def _with_retries(act: Callable[[], T], lost_race: Callable[[duckdb.Error], bool], attempts: int,
                  first_wait: float) -> T:
    """`act` again, after a growing wait with jitter (racers spread out), while it fails by losing a race."""
    for attempt in range(attempts):
        try:
            return act()
        except duckdb.Error as exc:
            if not lost_race(exc) or attempt == attempts - 1:
                raise
            time.sleep(min(2.0, first_wait * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"

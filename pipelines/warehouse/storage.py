"""The two storage modes behind one set of calls: the raw writers, dbt's profile, `claimwatch query` and the
report ask this module for connections and never look at the mode themselves.

* `file` (default, no configuration): one DuckDB file, `<home>/warehouse.duckdb`. DuckDB admits one writing
  process, so writers take the home's lock; readers query `<home>/published/warehouse.duckdb`, a snapshot of
  the marts written after each build (pipelines/warehouse/publish.py).
* `lake`: DuckLake (pipelines/warehouse/lake.py). Catalog: CLAIMWATCH_LAKE_CATALOG, a file path (SQLite,
  default `<home>/lake/catalog.sqlite`) or `postgres:dbname=... host=... user=...`; data:
  CLAIMWATCH_LAKE_DATA, a folder (default `<home>/lake/data`) or `s3://bucket/prefix` (credentials and
  endpoint from AWS_*). Writers take no lock; readers attach the lake as of the last complete build.

Chosen by CLAIMWATCH_STORAGE=file|lake (the CLI's --storage, --lake-catalog, --lake-data set the same).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.warehouse import db, lake
from pipelines.warehouse.lock import writer_lock

# from this size up, dbt builds a file warehouse with two threads (Storage._dbt_threads)
LARGE_WAREHOUSE_BYTES = 512 * 1024 * 1024

MODES = ("file", "lake")


class NotPublished(RuntimeError):
    """No complete build to read yet."""


@dataclass(frozen=True)
class Storage:
    home: Path
    mode: str = "file"
    catalog: str = ""
    data: str = ""

    @classmethod
    def from_env(cls, home: Path | str | None = None) -> Storage:
        home = Path(home).resolve() if home else settings.home_dir()
        mode = (os.environ.get("CLAIMWATCH_STORAGE") or "file").strip().lower()
        if mode not in MODES:
            raise ValueError(f"CLAIMWATCH_STORAGE={mode!r}: expected one of {', '.join(MODES)}")
        if mode == "file":
            return cls(home)
        return cls(home, "lake", os.environ.get("CLAIMWATCH_LAKE_CATALOG") or str(home / "lake" / "catalog.sqlite"),
                   os.environ.get("CLAIMWATCH_LAKE_DATA") or str(home / "lake" / "data"))

    @property
    def is_lake(self) -> bool:
        return self.mode == "lake"

    @property
    def warehouse_path(self) -> Path:
        """File mode's writer file (in lake mode it is never created)."""
        return settings.warehouse_path(self.home)

    @property
    def published_path(self) -> Path:
        return settings.published_path(self.home)

    def describe(self) -> str:
        return f"lake {self.catalog} + {self.data}" if self.is_lake else str(self.warehouse_path)

    # ------------------------------------------------------------ connections

    def connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        """The live warehouse (not a published build): for writers, checks and summaries of what was written."""
        if self.is_lake:
            if not read_only:
                self.home.mkdir(parents=True, exist_ok=True)
            return lake.connect(self.catalog, self.data, read_only=read_only, config=db.config())
        return db.connect(self.warehouse_path, read_only=read_only)

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A raw writer's connection, the raw schema created. File mode holds the home's writer lock with it;
        lake mode needs none (each write is a transaction; conflicts are retried by the caller)."""
        from pipelines.warehouse import raw

        with (nullcontext() if self.is_lake else writer_lock(self.home)):
            con = self.connect()
            try:
                raw.create_schema(con, lake=self.is_lake)
                yield con
            finally:
                con.close()

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """What a dbt build and its publish hold. File mode: the writer lock (one writing process). Lake
        mode: a lock of builds only, so day runs keep writing; builds on other machines are kept one at a
        time by the Dagster instance (`claimwatch/builds` limit in config/dagster*.yaml)."""
        with writer_lock(self.home, name=".build.lock" if self.is_lake else ".writer.lock"):
            yield

    def reader(self) -> duckdb.DuckDBPyConnection:
        """Read-only, one whole build: the published snapshot file, or the lake as of the last build."""
        if not self.is_lake:
            if not self.published_path.exists():
                raise NotPublished(f"no published warehouse in {self.home}: run `claimwatch run` first")
            return db.connect(self.published_path, read_only=True)
        if not self._lake_exists():
            raise NotPublished(f"no lake at {self.catalog}: run `claimwatch run` first")
        try:
            con = lake.connect(self.catalog, self.data, read_only=True, config=db.config())
        except duckdb.Error as exc:
            if "creating a new DuckLake is explicitly disabled" not in str(exc):
                raise
            raise NotPublished(f"no lake in {self.catalog} yet: run `claimwatch run` first") from None
        try:
            snapshot = lake.last_build(con)
            if snapshot is None:
                raise NotPublished(f"no complete build in the lake {self.catalog}: run `claimwatch build` first")
            lake.pin(con, self.catalog, self.data, snapshot)  # the same connection: one attach less a read
        except BaseException:
            con.close()
            raise
        return con

    def dbt_env(self) -> dict[str, str]:
        """What dbt_project/profiles.yml reads: its target and where the warehouse is."""
        if self.is_lake:
            url = lake.catalog_url(self.catalog)
            return {"CLAIMWATCH_DBT_TARGET": "lake", "CLAIMWATCH_LAKE_URL": url,
                    "CLAIMWATCH_LAKE_DATA_URL": lake.data_url(self.data),
                    # one thread: two threads' transactions in one process meet SQLite's lock ("database is
                    # locked"), and with a Postgres catalog a table model's rename of its __dbt_tmp failed
                    # ("does not exist") while the other thread committed (seen once in three builds)
                    "CLAIMWATCH_DBT_THREADS": "1",
                    # raw writes commit without a lock, after their stamp: the build finds those that
                    # committed late in the lake's change feed (lake.begin_build), not by a margin of time
                    "CLAIMWATCH_WATERMARK_MARGIN_S": os.environ.get("CLAIMWATCH_WATERMARK_MARGIN_S", "0")}
        # the file's name, relative to the folder dbt runs in (dbt_project/profiles.yml says why)
        return {"CLAIMWATCH_DBT_TARGET": "local", "CLAIMWATCH_WAREHOUSE": self.warehouse_path.name,
                "CLAIMWATCH_DBT_CWD": str(self.warehouse_path.parent),
                "CLAIMWATCH_DBT_THREADS": str(self._dbt_threads()),
                "CLAIMWATCH_WATERMARK_MARGIN_S": "0"}  # the writer lock orders stamps and commits

    def _dbt_threads(self) -> int:
        """File mode: one dbt thread for a small warehouse, two for a large one. On a small one each node is a
        short query wrapped in dbt's Python (one GIL): a second thread made the samples' build no faster on 2
        cores and cost ~2.3 s more CPU (16.9 s against 19.2 s a build, three alternating builds each). On
        the 100,000-article bench warehouse the queries dominate and two threads overlapped them (31 s of
        node time in 20.5 s, bench/README.md)."""
        try:
            size = self.warehouse_path.stat().st_size
        except OSError:
            size = 0
        return 2 if size >= LARGE_WAREHOUSE_BYTES else 1

    def env(self) -> dict[str, str]:
        """The variables that select this storage in another process (spawned day runs, Celery workers)."""
        if self.is_lake:
            return {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_LAKE_CATALOG": self.catalog,
                    "CLAIMWATCH_LAKE_DATA": self.data, "CLAIMWATCH_HOME": str(self.home)}
        return {"CLAIMWATCH_STORAGE": "file", "CLAIMWATCH_HOME": str(self.home)}

    def _lake_exists(self) -> bool:
        if self.catalog.startswith("postgres:"):
            return True  # the server answers for itself when attached
        path = Path(self.catalog.removeprefix("sqlite:"))
        return path.exists()


def storage(home: Path | str | None = None) -> Storage:
    return Storage.from_env(home)

"""Whether the warehouse's reference tables (the dbt seeds: actors, places, regions and their spellings) are
the ones in this checkout, so that a build can skip reloading them.

Seeds change with a commit, not with a run, yet every `dbt build` reloaded all seven and re-ran their 41 data
tests: 48 of a build's 223 nodes. A build now loads them only when their files differ from what the
warehouse last loaded (or on a full refresh), which dbt's `state:modified` would also do but from a saved
manifest that can outlive the warehouse it describes. The fingerprint lives in the warehouse itself, written
after a build succeeded: a new, deleted or failed warehouse has none and loads them.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

TABLE = "build_state.reference_seeds"


def fingerprint(project_dir: Path) -> str:
    """sha256 over the seed files and the project file that types their columns."""
    project_dir = Path(project_dir)
    seeds = (project_dir / ".." / "seeds").resolve()
    digest = hashlib.sha256()
    for path in sorted([*seeds.glob("*.csv"), *seeds.glob("*.yml"), project_dir / "dbt_project.yml"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def loaded(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint of the seeds the last successful build loaded, if the reference tables are there."""
    try:
        row = con.execute(f"select fingerprint from {TABLE} order by loaded_at desc limit 1").fetchone()
        # a table dropped by hand since would make the skipped build fail: check the seeds' tables too
        tables = con.execute("select count(*) from duckdb_tables() where schema_name = 'reference'").fetchone()[0]
    except duckdb.CatalogException:
        return None
    return row[0] if row and tables else None


def record(con: duckdb.DuckDBPyConnection, value: str) -> None:
    con.execute("create schema if not exists build_state")
    con.execute(f"create table if not exists {TABLE} (fingerprint varchar not null, loaded_at timestamp not null)")
    con.execute(f"insert into {TABLE} values (?, now()::timestamp)", [value])

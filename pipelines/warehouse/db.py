"""Every DuckDB connection claimwatch opens, with bounded memory.

DuckDB's buffer manager takes up to 80% of RAM by default; a pipeline that must stay within a couple of
gigabytes at any size caps it (CLAIMWATCH_DUCKDB_MEMORY, default 1GB; dbt's profile uses the same value).
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb


def config() -> dict[str, str]:
    return {"memory_limit": os.environ.get("CLAIMWATCH_DUCKDB_MEMORY", "1GB")}


class WarehouseDamaged(RuntimeError):
    """The warehouse file is not a DuckDB database (damaged, truncated or replaced)."""


# Rows per row group of every table a writer appends to. DuckDB's default (122,880) made each build rewrite the
# whole last row group at its checkpoint: with 100,000 articles in one row group, appending 100 re-encoded all their
# texts (the checkpoint took 4.7 s; 3.3 s for 100 articles' rows of the statements mart): a cost that grew with
# the warehouse. With small row groups an append rewrites at most this many rows (0.09 s, measured at 100,000).
# DuckDB does not store the size in the file: it is an ATTACH option, given by every writing connection here and
# by dbt's profile (dbt_project/profiles.yml); a writer without it (the duckdb CLI) still works, its checkpoint
# merely slower.
ROW_GROUP_SIZE = 16384


def database_name(path: Path | str) -> str:
    """The catalog name DuckDB gives a file it opens ("warehouse" for warehouse.duckdb or .warehouse.duckdb.tmp)."""
    return Path(path).name.lstrip(".").split(".")[0] or "warehouse"


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection, or an error that says what to do: DuckDB's own messages name neither the cause nor a fix.
    A writer's is an in-memory DuckDB with the file attached under its usual name and in use, so that it can
    set ROW_GROUP_SIZE."""
    try:
        if read_only:
            return duckdb.connect(str(path), read_only=True, config=config())
        con = duckdb.connect(config=config())
        try:
            name = database_name(path)
            quoted = "'" + str(path).replace("'", "''") + "'"
            con.execute(f'attach {quoted} as "{name}" (row_group_size {ROW_GROUP_SIZE})')
            con.execute(f'use "{name}"')
        except BaseException:
            con.close()
            raise
        return con
    except duckdb.IOException as exc:
        message = str(exc)
        if "not a valid DuckDB database file" in message:
            raise WarehouseDamaged(
                f"{path} is not a DuckDB database file (damaged or replaced). Move it aside; the next "
                "`claimwatch run` starts a new warehouse, or copy back a backup (published/warehouse.duckdb holds "
                "the last good build's marts, not the raw layer)") from None
        if "Could not set lock on file" in message:
            from pipelines.warehouse.lock import WarehouseBusy

            holder = message.split("Conflicting lock is held in", 1)[-1].split(". See also")[0].strip()
            raise WarehouseBusy(f"{path} is open for writing in another process ({holder}), perhaps left "
                                "behind by a killed run: wait for it to end, or end that process") from None
        raise

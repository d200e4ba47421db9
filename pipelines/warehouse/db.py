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


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection, or an error that says what to do: DuckDB's own messages name neither the cause nor a fix."""
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config())
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

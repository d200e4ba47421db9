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


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=read_only, config=config())

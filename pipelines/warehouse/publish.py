"""Readers never touch the writer's file: after each successful build the warehouse is copied
to `<home>/published/warehouse.duckdb`, switched atomically with os.replace. Queries (CLI,
DuckDB CLI, notebooks) read that snapshot, so they work while a run writes and always see one
consistent build.
"""
from __future__ import annotations

import os
from pathlib import Path

from pipelines.warehouse import db


def publish_snapshot(warehouse: Path, published: Path) -> Path:
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = db.connect(tmp)
    try:
        con.execute("attach ? as src (read_only)", [str(warehouse)])
        con.execute(f"copy from database src to {con.execute('select current_database()').fetchone()[0]}")
        con.execute("detach src")
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, published)
    return published

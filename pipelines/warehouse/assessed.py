"""raw.assessed_control: the one place that writes assessed series (through raw.py's transaction, insert and
quarantine helpers, under the caller's writer lock). A re-load of a file replaces every row that file gave, and
its rejected rows in raw.quarantine (stage 'assessed'); an unchanged file is left as it is.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from pipelines.ingestion import Rejected
from pipelines.ingestion.assessed import AssessedRead, AssessedSpec
from pipelines.warehouse import raw

STAGE = "assessed"


def write_assessed(con: duckdb.DuckDBPyConnection, spec: AssessedSpec, read: AssessedRead,
                   batch_id: str) -> dict[str, int]:
    """Replace the rows of `read.origin` with this read, in one transaction; returns what happened."""
    now = raw.utcnow()
    stored = con.execute("""
        select count(*) from raw.assessed_control where origin = ? and content_hash = ? and source = ? and region = ?
            and controller = ? and coalesce(credit, '') = ?""",
        [read.origin, read.content_hash, spec.source, spec.region, spec.controller, spec.credit or ""]).fetchone()
    everything = con.execute("select count(*) from raw.assessed_control where origin = ?", [read.origin]).fetchone()[0]
    if read.rows and stored[0] == len(read.rows) == everything:  # the same file, loaded the same way
        return dict(loaded=0, unchanged=len(read.rows), replaced=0, quarantined=0)
    frame = pd.DataFrame([dict(
        assessed_id=raw._id(spec.source, spec.region, spec.controller, r.date.isoformat(), read.origin),
        date=r.date, region=spec.region, controller=spec.controller, area_km2=r.area_km2, source=spec.source,
        credit=spec.credit, origin=read.origin, content_hash=read.content_hash, batch_id=batch_id, loaded_at=now)
        for r in read.rows])
    rejected = [(raw._id(r.origin, r.content_hash, STAGE), r, STAGE) for r in read.rejected]
    with raw.transaction(con):
        con.execute("delete from raw.assessed_control where origin = ?", [read.origin])
        # a file that reads cleanly now leaves quarantine (its rows, and the whole file's own entry)
        con.execute("delete from raw.quarantine where stage = ? and (origin = ? or starts_with(origin, ?))",
                    [STAGE, read.origin, read.origin + "#"])
        raw._insert(con, "raw.assessed_control", frame)
        raw._quarantine(con, rejected, batch_id, now)
    return dict(loaded=len(frame), unchanged=0, replaced=everything, quarantined=len(rejected))


def quarantine_unreadable(con: duckdb.DuckDBPyConnection, origin: str, reason: str, batch_id: str) -> None:
    """A series that could not be read at all (missing file, unknown column): one quarantine row; its rows stay."""
    rejected = Rejected(origin=origin, reason=f"assessed series: {reason}", content_hash=raw._id(origin, reason))
    with raw.transaction(con):
        raw._quarantine(con, [(raw._id(origin, reason, STAGE), rejected, STAGE)], batch_id, raw.utcnow())

"""Ingestion days: how the raw assets are partitioned.

A partition is the day a batch of articles belongs to: today for live runs (the CLI, the feed schedule,
the inbox sensor), the archive day for a backfill (`<home>/archive/<YYYY-MM-DD>...`). Each article row
carries its partition key (raw.articles.partition_key), so a partition run ingests and extracts only its
own articles and many days can run side by side. The dbt models and the published snapshot are not
partitioned: they are built once over everything (incremental models keep that cheap).
"""
import os
from datetime import date, datetime, timedelta, timezone

import dagster as dg

# The full-scale invasion; older archives can set CLAIMWATCH_PARTITIONS_START (read when definitions load).
DEFAULT_START = "2022-02-24"

ingestion_days = dg.DailyPartitionsDefinition(
    start_date=os.environ.get("CLAIMWATCH_PARTITIONS_START", DEFAULT_START),
    end_offset=1,  # today's partition exists: live runs write into it while the day is still running
    timezone="UTC",
)

# One run per day: a backfill of many days becomes many runs the run queue can execute side by side.
one_day_per_run = dg.BackfillPolicy.multi_run(max_partitions_per_run=1)


def today() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def days_between(first: str, last: str) -> list[str]:
    """Every day from `first` to `last` inclusive, as partition keys; a clear error for bad input."""
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError as exc:
        raise ValueError(f"partition days are YYYY-MM-DD: {exc}") from None
    if end < start:
        raise ValueError(f"{last} is before {first}")
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


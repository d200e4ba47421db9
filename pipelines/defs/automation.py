"""Jobs, the feed schedule and the inbox sensor.

Live runs (schedule, sensor, CLI) write today's ingestion-day partition and build everything after it.
Backfills run `raw_job` for many days side by side (each day its own run), then one build. Every write
to the DuckDB file takes the warehouse's writer lock, held per page of work, so parallel day runs take
turns only for their short writes.
"""

import hashlib
from pathlib import Path

import dagster as dg
import yaml

from pipelines import settings
from pipelines.defs.partitions import ingestion_days, today

RAW_ASSETS = dg.AssetSelection.assets(
    *[dg.AssetKey(["raw", name]) for name in ("articles", "quarantine", "statements", "area_claims", "extractions",
                                                   "place_claims")])

claimwatch_job = dg.define_asset_job(
    "claimwatch_job",
    selection=dg.AssetSelection.all(),
    partitions_def=ingestion_days,
    description="One ingestion day: ingest the sources (default: that day's archive, or the bundled samples), "
                "extract, build the dbt models, publish.",
    tags={"claimwatch/builds": "marts"},
)

raw_job = dg.define_asset_job(
    "raw_job",
    selection=RAW_ASSETS,
    partitions_def=ingestion_days,
    description="Ingest and extract one ingestion day, nothing else: the unit of a backfill "
                "(`claimwatch backfill`, or a backfill launched from the UI).",
)

build_job = dg.define_asset_job(
    "build_job",
    selection=dg.AssetSelection.all() - RAW_ASSETS,
    description="Build the dbt models over every day and publish: run once after a backfill.",
    tags={"claimwatch/builds": "marts"},
)


def configured_feeds(path: Path = settings.FEEDS_CONFIG) -> list[str]:
    if not path.exists():
        return []
    doc = yaml.safe_load(path.read_text()) or {}
    return [f["url"] if isinstance(f, dict) else str(f) for f in doc.get("feeds") or []]


def _ingest_config(sources: list[str]) -> dict:
    return {"ops": {"ingest_articles": {"config": {"sources": sources}}}}


@dg.schedule(job=claimwatch_job, cron_schedule="0 * * * *", execution_timezone="UTC",
             description="Hourly: poll the feeds listed in feeds.yaml and sweep the inbox folder.")
def poll_feeds_schedule(context: dg.ScheduleEvaluationContext):
    # the inbox is swept too (a no-op for files already ingested), in case the sensor is switched off
    inbox = [str(inbox_dir())] if inbox_dir().is_dir() and any(inbox_dir().iterdir()) else []
    sources = configured_feeds() + inbox
    if not sources:
        return dg.SkipReason(f"no feeds listed in {settings.FEEDS_CONFIG.name} and nothing in {inbox_dir()}")
    return dg.RunRequest(run_key=None, run_config=_ingest_config(sources), partition_key=today(),
                         tags={"claimwatch/trigger": "schedule"})


def inbox_dir() -> Path:
    return settings.home_dir() / "inbox"


@dg.sensor(job=claimwatch_job, minimum_interval_seconds=60,
           description="Ingests files dropped into <home>/inbox: one run per new batch of files.")
def inbox_sensor(context: dg.SensorEvaluationContext):
    inbox = inbox_dir()
    files = sorted(p for p in inbox.glob("*") if p.is_file() and not p.name.startswith(".")) if inbox.exists() else []
    seen = set((context.cursor or "").split("\n")) - {""}
    fresh = [p for p in files if f"{p.name}:{p.stat().st_mtime_ns}" not in seen]
    if not fresh:
        return dg.SkipReason("no new files in the inbox")
    active = context.instance.get_runs(filters=dg.RunsFilter(
        job_name=claimwatch_job.name, statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.QUEUED,
                                                 dg.DagsterRunStatus.STARTING]), limit=1)
    if active:
        return dg.SkipReason(f"run {active[0].run_id[:8]} is in progress; new files wait for the next tick")
    keys = [f"{p.name}:{p.stat().st_mtime_ns}" for p in fresh]
    context.update_cursor("\n".join(sorted(seen | set(keys))))
    return dg.RunRequest(run_key=hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16],
                         run_config=_ingest_config([str(p) for p in fresh]), partition_key=today(),
                         tags={"claimwatch/trigger": "inbox"})

"""A backfill: many ingestion days as parallel Dagster runs, then one build.

Each day is its own run of `raw_job` (ingest + extract of that day's archive entries, its two steps in the
run's process) against a persistent instance, `parallel` day runs at a time in their own processes; the runs share
the warehouse through its writer lock, held only for short writes (lake mode: no lock, each write one DuckLake
transaction). When every day has finished, one
in-process build run updates the dbt models (incrementally) and publishes. The same days can be
backfilled from the Dagster UI (select the raw assets, "Materialize", pick the range): the daemon then
launches one run per day under the instance's run queue.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import dagster as dg

from pipelines.distributed import BROKER_ENV, celery_run_config
from pipelines.housekeeping import fail_stale_runs, run_tags


@dataclass
class DayRun:
    day: str
    run_id: str
    success: bool
    seconds: float
    error: str = ""


def _raw_job() -> dg.JobDefinition:
    from pipelines.definitions import defs

    return defs.resolve_job_def("raw_job")


def _run_day(home: str, day: str, instance_dir: str | None, workers: int) -> DayRun:
    """One partition run in a worker process (spawned: no state shared with the parent but the files)."""
    os.environ["CLAIMWATCH_HOME"] = home
    os.environ["CLAIMWATCH_WAREHOUSE"] = str(Path(home) / "warehouse.duckdb")
    os.environ["CLAIMWATCH_WORKERS"] = str(workers)  # parallel days share the cores
    run_config: dict = {"resources": {"warehouse": {"config": {"home": home}}},
                        "loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    broker = os.environ.get(BROKER_ENV)
    if broker:  # the distributed shape: the day's steps are Celery tasks (pipelines/distributed.py)
        job = dg.build_reconstructable_job("pipelines.distributed", "raw_job_on_celery")
        run_config.update(celery_run_config(broker))
    else:
        job = dg.build_reconstructable_job("pipelines.backfill", "_raw_job")
    instance = dg.DagsterInstance.from_config(instance_dir) if instance_dir else dg.DagsterInstance.get()
    started = time.monotonic()
    with instance:
        result = dg.execute_job(job, instance=instance, tags={"dagster/partition": day, **run_tags()},
                                raise_on_error=False, run_config=run_config)
        errors = [str(getattr(e.event_specific_data, "error", "") or "").strip().splitlines()[:1]
                  for e in result.all_events if e.is_step_failure]
    return DayRun(day, result.run_id, result.success, time.monotonic() - started,
                  "; ".join(e[0] for e in errors if e))


def backfill(home: Path, days: list[str], *, parallel: int = 2, instance_dir: Path | None = None,
             build: bool = True) -> tuple[list[DayRun], object | None]:
    """Run `days` as partition runs, `parallel` at a time; then build once if every day succeeded.

    `instance_dir`: the Dagster instance the runs are recorded in (default: $DAGSTER_HOME). Returns the
    day runs (in day order) and the build's PipelineRun (None when not built).
    """
    from pipelines.defs.partitions import ingestion_days

    valid = set(ingestion_days.get_partition_keys())
    outside = [d for d in days if d not in valid]
    if outside:
        raise ValueError(f"{outside[0]} is not an ingestion day (partitions run from "
                         f"{ingestion_days.start.date()} to today; see CLAIMWATCH_PARTITIONS_START)")
    parallel = max(1, min(parallel, len(days)))
    workers = max(1, (os.cpu_count() or 1) // parallel)
    # open the instance here first: its storage is created once, not raced by the workers (a new folder is
    # made: Dagster refuses one that does not exist)
    if instance_dir:
        Path(instance_dir).mkdir(parents=True, exist_ok=True)
    instance = dg.DagsterInstance.from_config(str(instance_dir)) if instance_dir else dg.DagsterInstance.get()
    fail_stale_runs(instance)  # a killed backfill's runs, still STARTED
    with ProcessPoolExecutor(max_workers=parallel, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_run_day, str(home), day, str(instance_dir) if instance_dir else None, workers)
                   for day in days]
        runs = [f.result() for f in futures]
    if not build or not all(r.success for r in runs):
        instance.dispose()
        return runs, None
    from pipelines.runs import run_pipeline

    with instance:
        return runs, run_pipeline(home, ingest=False, build=True, instance=instance, raise_on_error=False,
                                  run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})

"""Dagster in the distributed shape (lake mode): the instance keeps runs, events and schedules in Postgres
(dagster-postgres), and a backfill's day runs execute their steps on Celery workers (dagster-celery) fed by a
broker (redis). Every worker runs this same code against the same lake, so it may be on another machine.

On Kubernetes the same is configuration (docs/scaling.md): `celery_k8s_job_executor` or `k8s_job_executor`
instead of `celery_executor`, and `K8sRunLauncher` in the instance's YAML.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import dagster as dg
import yaml

BROKER_ENV = "CLAIMWATCH_CELERY_BROKER"  # e.g. redis://127.0.0.1:6379/0; set: backfill day runs go to Celery


def write_instance_yaml(folder: Path, postgres_url: str) -> Path:
    """A DAGSTER_HOME whose runs, events and schedules live in Postgres (dagster-postgres):
    config/dagster-distributed.yaml with the URL filled in."""
    folder.mkdir(parents=True, exist_ok=True)
    base = yaml.safe_load((Path(__file__).resolve().parents[1] / "config" / "dagster-distributed.yaml").read_text())
    base["storage"] = {"postgres": {"postgres_url": postgres_url}}
    path = folder / "dagster.yaml"
    path.write_text(yaml.safe_dump(base, sort_keys=False))
    return path


def celery_run_config(broker: str) -> dict:
    # results go back through the broker's redis too: no second service
    return {"execution": {"config": {"broker": broker, "backend": broker}}}


def raw_job_on_celery() -> dg.JobDefinition:
    """raw_job (ingest + extract of one day) with each step a Celery task. A module-level function, so
    workers can rebuild the job from its name (dg.build_reconstructable_job)."""
    from dagster_celery import celery_executor

    from pipelines.defs.automation import RAW_ASSETS
    from pipelines.defs.partitions import ingestion_days
    from pipelines.definitions import ASSETS, resources

    job = dg.define_asset_job("raw_job", selection=RAW_ASSETS, partitions_def=ingestion_days,
                              executor_def=celery_executor)
    return dg.Definitions(assets=ASSETS, jobs=[job], resources=resources()).resolve_job_def("raw_job")


def start_worker(broker: str, config_dir: Path, env: dict[str, str], concurrency: int = 2,
                 name: str = "claimwatch") -> subprocess.Popen:
    """A Celery worker on dagster-celery's queue, as `dagster-celery worker start` would run it but as one
    process we can stop (that command forks `celery` and returns). Its broker comes from a config module
    on PYTHONPATH, the way dagster-celery passes it."""
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "dagster_celery_config.py").write_text(
        f"broker_url = {broker!r}\nresult_backend = {broker!r}\nworker_prefetch_multiplier = 1\n")
    celery = Path(sys.executable).with_name("celery")
    pythonpath = os.pathsep.join(p for p in (str(config_dir), env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen(
        [str(celery), "-A", "dagster_celery.app", "worker", "-Q", "dagster", "--concurrency", str(concurrency),
         "--pool", "prefork", "--loglevel", "WARNING", "-n", f"{name}-{os.getpid()}@{socket.gethostname()}"],
        env={**env, "PYTHONPATH": pythonpath}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True)  # its own process group: a worker's shutdown signals never reach its starter

"""The distributed shape with real parts: lake mode (PostgreSQL catalog, S3 API server), a Dagster instance
whose runs live in PostgreSQL (dagster-postgres), and a backfill whose day runs execute their steps on a
Celery worker (dagster-celery) through a real redis-server on 127.0.0.1."""
from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg
import pytest

from pipelines.backfill import backfill
from pipelines.distributed import BROKER_ENV, start_worker, write_instance_yaml
from pipelines.warehouse.storage import Storage
from tests.conftest import ROOT, skip_unless_ci, storage_env
from tests.services import Redis

pytestmark = [pytest.mark.slow, pytest.mark.lake_e2e, pytest.mark.xdist_group("distributed")]
SAMPLES = (ROOT / "data" / "samples" / "articles.jsonl").read_text().splitlines()
DAYS = {"2024-08-06": SAMPLES[0:3], "2024-08-07": SAMPLES[3:6]}


@pytest.fixture
def redis():
    if not Redis.available():
        skip_unless_ci("redis-server is not installed: `make test` installs Debian's redis-server; "
                       "without it the Celery test cannot run")
    server = Redis().start()
    yield server
    server.stop()


def test_backfill_day_runs_execute_on_celery_workers_with_runs_in_postgres(tmp_path: Path, monkeypatch, request,
                                                                           redis):
    home = tmp_path / "home"
    archive = home / "archive"
    archive.mkdir(parents=True)
    for day, lines in DAYS.items():
        (archive / f"{day}.jsonl").write_text("\n".join(lines) + "\n")
    pg, _ = request.getfixturevalue("lake_services")
    instance_dir = tmp_path / "dagster_home"
    write_instance_yaml(instance_dir, pg.url(pg.create_database("dagster")))
    env = {**storage_env("lake", request), "CLAIMWATCH_HOME": str(home), "DAGSTER_HOME": str(instance_dir),
           BROKER_ENV: redis.url}
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    worker = start_worker(redis.url, tmp_path / "celery", {**os.environ}, concurrency=2)
    try:
        # the day runs only: the build after them runs in this process, not on Celery, and the lake build after a
        # backfill is test_lake_concurrency.py's (each lake build costs a minute or two of this suite)
        runs, build = backfill(home, list(DAYS), parallel=2, instance_dir=instance_dir, build=False)
    finally:
        worker.terminate()
        worker_log = worker.communicate(timeout=60)[1].decode(errors="replace")
    assert all(r.success for r in runs), [r.error for r in runs] + [worker_log[-3000:]]
    assert build is None

    with dg.DagsterInstance.from_config(str(instance_dir)) as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        records = instance.get_run_records(filters=dg.RunsFilter(job_name="raw_job"))
        on_celery = [e for r in records for e in instance.all_logs(r.dagster_run.run_id)
                     if e.dagster_event and "in celery worker" in (e.message or "")]
        materialized = instance.get_materialized_partitions(dg.AssetKey(["raw", "statements"]))
    assert sorted(r.dagster_run.tags["dagster/partition"] for r in records) == sorted(DAYS)
    # every step of every day ran in the worker: ingest and extract, for both days
    assert len(on_celery) == 2 * len(DAYS), [e.message for e in on_celery]
    assert materialized == set(DAYS)

    store = Storage.from_env(home)
    with store.connect(read_only=True) as con:    # the lake the workers wrote, read from here
        articles = con.execute("select count(*) from raw.articles").fetchone()[0]
        urls = {r[0] for r in con.execute("select url from raw.articles").fetchall()}
        extracted = con.execute("select count(*) from raw.extractions").fetchone()[0]
        by_day = dict(con.execute("select partition_key, count(*) from raw.articles group by 1").fetchall())
    assert articles == 6 and extracted == 6
    assert urls == {json.loads(line)["url"] for lines in DAYS.values() for line in lines}
    assert by_day == {day: 3 for day in DAYS}

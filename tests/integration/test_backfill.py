"""A local backfill: archive days run as parallel Dagster partition runs (each run's steps in its own process,
a persistent instance), then one build. Real runs, real DuckDB, real dbt."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("backfill")]
CLI = Path(sys.executable).with_name("claimwatch")
SAMPLES = (ROOT / "data" / "samples" / "articles.jsonl").read_text().splitlines()
DAYS = ["2024-08-06", "2024-08-07", "2024-08-08"]


def test_backfill_runs_days_as_parallel_partition_runs_then_builds_once(home: Path):
    archive = home / "archive"
    archive.mkdir()
    # two days with three articles each; 2024-08-07 has no entries (an empty day is not an error)
    per_day = {"2024-08-06": SAMPLES[0:3], "2024-08-08": SAMPLES[3:6]}
    for day, lines in per_day.items():
        (archive / f"{day}.jsonl").write_text("\n".join(lines) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "CLAIMWATCH_WAREHOUSE")}
    done = subprocess.run([str(CLI), "--home", str(home), "backfill", DAYS[0], DAYS[-1], "--parallel", "2"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert all(day in done.stdout for day in DAYS)

    # the warehouse: every article in its day's partition, extracted, modelled (the published copy has the marts)
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    by_day = dict(con.execute("select partition_key, count(*) from raw.articles group by 1").fetchall())
    urls = {day: {r[0] for r in con.execute("select url from raw.articles where partition_key = ?", [day]).fetchall()}
            for day in per_day}
    extracted = con.execute("select count(*) from raw.extractions").fetchone()[0]
    in_marts = con.execute("select count(*) from marts.dim_articles").fetchone()[0]
    statements = con.execute("select count(distinct article_id) from marts.fct_actor_statements").fetchone()[0]
    con.close()
    assert by_day == {day: 3 for day in per_day}
    for day, lines in per_day.items():
        assert urls[day] == {json.loads(line)["url"] for line in lines}
    assert extracted == in_marts == 6
    assert statements >= 5

    # Dagster recorded one raw_job run per day, each with its steps in its own process, some side by side
    with dg.DagsterInstance.from_config(str(home / "dagster")) as instance:
        records = instance.get_run_records(filters=dg.RunsFilter(job_name="raw_job"))
        materialized = instance.get_materialized_partitions(dg.AssetKey(["raw", "articles"]))
        extracted_days = instance.get_materialized_partitions(dg.AssetKey(["raw", "statements"]))
        engine = [e.message for r in records for e in instance.all_logs(r.dagster_run.run_id)
                  if e.dagster_event and e.dagster_event.event_type_value == "ENGINE_EVENT"]
    assert sorted(r.dagster_run.tags["dagster/partition"] for r in records) == DAYS
    assert all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in records)
    assert materialized == set(DAYS) and extracted_days == set(DAYS)
    assert sum("executing steps in process" in (m or "").lower() for m in engine) == len(DAYS)
    spans = sorted((r.start_time, r.end_time) for r in records)
    assert any(b[0] < a[1] for a, b in zip(spans, spans[1:])), spans  # at least two days ran at once


def test_backfill_refuses_days_outside_the_partitions(home: Path):
    (home / "archive").mkdir()
    done = subprocess.run([str(CLI), "--home", str(home), "backfill", "2001-01-01", "2001-01-02"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "not an ingestion day" in done.stderr
    backwards = subprocess.run([str(CLI), "--home", str(home), "backfill", "2024-08-09", "2024-08-01"],
                               capture_output=True, text=True, timeout=120)
    assert backwards.returncode == 2 and "before" in backwards.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(url: str, query: str, variables: dict | None = None) -> dict:
    req = urllib.request.Request(url, data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    body = json.loads(urllib.request.urlopen(req, timeout=30).read())
    assert "errors" not in body, body
    return body["data"]


LAUNCH = """mutation($p: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $p) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message } } }"""
STATUS = """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status runs(limit: 50) { runId status } } } }"""


def _quick_backfill_loop(tmp_path: Path) -> Path:
    """A folder whose sitecustomize.py shortens the daemon's backfill loop in the `dagster._daemon` process only.

    That loop sleeps a fixed 30 s between iterations (dagster._daemon.controller, not configurable), and a backfill
    takes three of them (submit the runs, see them finish, mark the backfill done): most of this test's ~145 s in
    CI was that clock. (The asset daemon reads the same constant; with no automation conditions in the project,
    its iterations find nothing to do.)"""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import sys\n"
        "if 'dagster._daemon' in sys.orig_argv:\n"
        "    import dagster._daemon.controller as controller\n"
        "    assert hasattr(controller, 'DEFAULT_DAEMON_INTERVAL_SECONDS'), 'dagster renamed the loop interval'\n"
        "    controller.DEFAULT_DAEMON_INTERVAL_SECONDS = 3\n")
    return site


def test_backfill_launched_in_the_ui_runs_through_the_daemon(home: Path, tmp_path: Path):
    """The same backfill as a user starts it in the UI: `dagster dev` (webserver + daemon) with the
    project's instance settings, a partition backfill of the raw assets over two days."""
    archive = home / "archive"
    archive.mkdir()
    for i, day in enumerate(DAYS[:2]):
        (archive / f"{day}.jsonl").write_text("\n".join(SAMPLES[2 * i:2 * i + 2]) + "\n")
    dagster_home = tmp_path / "dagster_home"
    dagster_home.mkdir()
    shutil.copy(ROOT / "config" / "dagster.yaml", dagster_home / "dagster.yaml")
    env = {k: v for k, v in os.environ.items() if k != "CLAIMWATCH_WAREHOUSE"}
    env.update(CLAIMWATCH_HOME=str(home), DAGSTER_HOME=str(dagster_home),
               PYTHONPATH=os.pathsep.join(filter(None, [str(_quick_backfill_loop(tmp_path)),
                                                        os.environ.get("PYTHONPATH")])))
    port = _free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    with (tmp_path / "dagster_dev.log").open("wb") as log:
        proc = subprocess.Popen([str(Path(sys.executable).with_name("dagster")), "dev", "-w", "workspace.yaml",
                                 "-h", "127.0.0.1", "-p", str(port)], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                entries = _graphql(url, "{ workspaceOrError { ... on Workspace { locationEntries { loadStatus } } } }")
                if entries["workspaceOrError"]["locationEntries"][0]["loadStatus"] == "LOADED":
                    break
            except (OSError, KeyError, IndexError, AssertionError):
                pass
            assert time.monotonic() < deadline, (tmp_path / "dagster_dev.log").read_text()[-3000:]
            time.sleep(1)
        keys = [{"path": ["raw", n]} for n in ("articles", "quarantine", "statements", "area_claims", "extractions",
                                                 "place_claims")]
        launched = _graphql(url, LAUNCH, {"p": {"assetSelection": keys, "partitionNames": DAYS[:2]}})
        backfill_id = launched["launchPartitionBackfill"]["backfillId"]
        deadline = time.monotonic() + 420
        while True:
            backfill = _graphql(url, STATUS, {"id": backfill_id})["partitionBackfillOrError"]
            if backfill["status"] != "REQUESTED":
                break
            assert time.monotonic() < deadline, f"backfill still running: {backfill}"
            time.sleep(2)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    assert backfill["status"] == "COMPLETED_SUCCESS", backfill
    assert len(backfill["runs"]) == 2 and all(r["status"] == "SUCCESS" for r in backfill["runs"]), backfill
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    by_day = dict(con.execute("select partition_key, count(*) from raw.articles group by 1").fetchall())
    extracted = con.execute("select count(*) from raw.extractions").fetchone()[0]
    con.close()
    assert by_day == {day: 2 for day in DAYS[:2]} and extracted == 4

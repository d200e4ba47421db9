"""Single hostile records through the real CLI: the bad ones are quarantined with their reasons, the good
ones land beside them, the last line of the output names the cause and the exit code says inputs failed."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile_records")]
CLI = Path(sys.executable).with_name("claimwatch")
RECORDS = FIXTURES / "hostile" / "records.jsonl"
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"


def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMWATCH_HOME": str(home)}
    env.pop("DAGSTER_HOME", None)  # an ephemeral instance: the test leaves no run history behind
    return subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, timeout=600)


def test_bad_records_are_quarantined_and_the_batch_lands(home: Path):
    done = cli(home, "run", str(SAMPLES), str(RECORDS), "/no/such/folder")
    assert done.returncode == 4, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("claimwatch: 10 input(s) could not be read: "), last
    # the first failed input by origin, with its reason, and how many more there are
    assert "/no/such/folder: no such file or folder" in last and "(and 9 more; see raw.quarantine)" in last
    con = duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True)
    try:
        urls = {u for (u,) in con.execute("select url from marts.dim_articles").fetchall()}
        reasons = dict(con.execute("select origin, reason from staging.stg_raw__quarantine").fetchall())
        last_day = con.execute("select max(day) from marts.area_control_series").fetchone()[0]
        titles = dict(con.execute("select url, title from marts.dim_articles").fetchall())
    finally:
        con.close()
    n_samples = sum(1 for line in SAMPLES.read_text().splitlines() if line.strip())
    assert len(urls) == n_samples + 2  # every sample, the surrogate one and the long-title one
    assert "\ufffd" in titles["https://example.org/hostile/surrogate"]
    assert len(titles["https://example.org/hostile/long-title"]) == 500
    assert "no such file or folder" in reasons["/no/such/folder"]
    assert sum(o.startswith(str(RECORDS)) for o in reasons) == 9
    assert last_day <= date.today()


def test_every_input_failing_is_not_success(home: Path):
    done = cli(home, "ingest", "/no/such/file.jsonl")
    assert done.returncode == 4
    assert "no such file or folder: /no/such/file.jsonl" in done.stderr.strip().splitlines()[-1]


def test_the_writer_lock_is_free_while_a_slow_page_is_fetched(home: Path, http_server,
                                                              monkeypatch: pytest.MonkeyPatch):
    import threading

    from pipelines.runs import run_pipeline
    from pipelines.warehouse.lock import writer_lock

    base, _ = http_server
    monkeypatch.setenv("CLAIMWATCH_FETCH_TIMEOUT", "6")  # the drip page takes ~50 s: the deadline ends it
    outcome = {}
    ingest = threading.Thread(target=lambda: outcome.update(run=run_pipeline(home, [f"{base}/drip"], build=False)))
    ingest.start()
    try:
        while not (home / "tmp").exists() and ingest.is_alive():  # the run is reading its sources now
            threading.Event().wait(0.05)
        with writer_lock(home, wait_s=1.0):  # another writer gets the lock at once, not after the page
            took_lock = ingest.is_alive()
    finally:
        ingest.join()
    assert took_lock
    assert outcome["run"].success
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    reason, = con.execute("select reason from raw.quarantine").fetchone()
    con.close()
    assert "timed out after 6s" in reason

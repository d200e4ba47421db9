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
    assert "(and 9 more; see raw.quarantine)" in last
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
    # the last line names a failed input with its reason (which one comes first depends on where the
    # checkout lives: CI's path sorts before /no/such/folder, a developer's may not)
    assert any(f"{origin}: {reason}" in last for origin, reason in reasons.items()), last
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


def test_bounds_hold_through_the_warehouse(home: Path, tmp_path: Path, http_server):
    """A quote flood, ~1 MB feed titles, and a figure dated 9999-12-31: every row stays bounded."""
    import json
    from datetime import date as day_type

    from pipelines.extraction import EXTRACTOR_VERSION, AreaClaim
    from pipelines.extraction.batch import BoundedExtraction
    from pipelines.runs import run_pipeline
    from pipelines.warehouse import raw
    from pipelines.warehouse.storage import Storage
    from tests.fixtures.hostile_corpus import huge_title_feed, quote_flood
    from tests.fixtures.make_feed import KURSK_ARTICLES, write_feed

    base, root = http_server
    write_feed(root, base, KURSK_ARTICLES[:2])
    (root / "huge.xml").write_text(huge_title_feed(base, [f"{base}/{a['slug']}.html" for a in KURSK_ARTICLES[:2]]))
    flood = tmp_path / "flood.jsonl"
    flood.write_text(json.dumps({"url": "https://example.org/flood", "title": "Flood",
                                 # (a tenth of the unit test's flood: 500 statements, still past the 300 kept,
                                 # each sentence past 2,000 characters; ~14 s less extraction)
                                 "published_at": "2024-08-15T10:00:00Z", "text": quote_flood(1_000)}) + "\n")
    # ingested only: the build below extracts the rest (one build for the test, not two)
    assert run_pipeline(home, [str(flood), f"{base}/huge.xml"], build=False).success

    # a figure dated in year 9999 beside an ordinary one, written as the extractor would write them (the second
    # feed article's extraction, so that the build does not extract it again)
    warehouse = home / "warehouse.duckdb"
    with Storage.from_env(home).writer() as con:
        row = con.execute(f"select article_id, content_hash from raw.articles where url = '{base}/kremlin-reaction.html'"
                          ).fetchone()
        claims = [AreaClaim(controller="Ukraine", region="Kursk Oblast", metric="area_controlled", value_low=v,
                            value_high=v, unit="km2", approximate=False, as_of=d, evidence="e", char_start=0,
                            char_end=1, claimant_side="Ukraine") for v, d in
                  [(900.0, day_type(2024, 8, 10)), (9e9, day_type(9999, 12, 31))]]
        raw.write_extractions(con, [({"article_id": row[0], "content_hash": row[1]},
                                     BoundedExtraction(area_claims=claims))], EXTRACTOR_VERSION, "test")
    assert run_pipeline(home, ingest=False).success

    con = duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True)
    try:
        per_article, longest_evidence, longest_quote = con.execute("""
            select max(n), max(e), max(q) from (
                select article_id, count(*) as n, max(length(evidence)) as e, max(length(quote_text)) as q
                from marts.fct_actor_statements group by article_id)""").fetchone()
        longest_title, longest_source = con.execute(
            "select max(length(title)), max(length(source)) from marts.dim_articles").fetchone()
        first_day, last_day, n_days = con.execute("""
            select min(day), max(day), count(*) from marts.area_control_series
            where region = 'Kursk Oblast' and claimant_side = 'Ukraine' and metric = 'area_controlled'""").fetchone()
        claimed = con.execute("select count(*) from marts.fct_area_claims where as_of = date '9999-12-31'").fetchone()[0]
    finally:
        con.close()
    assert per_article == 300 and longest_evidence == 2000 and longest_quote <= 2000
    assert longest_title == 500 and longest_source == 200
    assert first_day == day_type(2024, 8, 10) and last_day <= day_type.today()
    assert n_days == (last_day - first_day).days + 1
    assert claimed == 1  # the claim itself is kept (and visible); only the series ignores it
    con = duckdb.connect(str(warehouse), read_only=True)
    limits = con.execute("select limits_applied from raw.extractions where limits_applied is not null").fetchall()
    con.close()
    assert limits == [("500 statements, first 300 kept; statement quote or evidence cut to 2000 characters",)]

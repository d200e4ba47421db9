"""Operations: killed runs, failing models, readers during writes, the schedule and the sensor."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs import automation
from pipelines.definitions import defs
from pipelines.defs.partitions import today
from pipelines.runs import run_pipeline
from pipelines.queries import QueryError, run_query
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("operations")]
SEED = json.loads((ROOT / "data" / "samples" / "articles.jsonl").read_text().splitlines()[0])
CLI = Path(sys.executable).with_name("claimwatch")


def corpus(path: Path, n: int, tag: str = "") -> Path:
    """n distinct articles (distinct URLs and a distinct sentence each), as JSON lines."""
    with path.open("w") as fh:
        for i in range(n):
            rec = dict(SEED, url=f"https://example.org/{tag}{i}", text=SEED["text"] + f"\n\nDispatch {tag}{i}.")
            fh.write(json.dumps(rec) + "\n")
    return path


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# the killed run's batch: enough that extraction (one worker) is still going when the kill lands right after the
# ingest transaction commits (120 copies of a sample take ~6 s to extract on a loaded CI machine; the kill lands
# within a poll of 0.05 s of the commit)
N_KILLED = 120


def test_sigkill_mid_run_leaves_all_or_nothing_and_the_next_run_completes(home: Path, tmp_path: Path):
    src = corpus(tmp_path / "batch.jsonl", N_KILLED)
    env = {**os.environ, "CLAIMWATCH_HOME": str(home), "CLAIMWATCH_WORKERS": "1"}
    proc = subprocess.Popen([str(CLI), "run", str(src)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    db = home / "warehouse.duckdb"
    # kill it while it works: as soon as its ingest transaction is seen committed (whole: N_KILLED rows), so the
    # kill lands in extraction, dbt or publishing; a read that meets the writer's open file is retried
    deadline = time.monotonic() + 120
    seen = 0
    while seen == 0 and time.monotonic() < deadline and proc.poll() is None:
        try:
            seen = count(db, "select count(*) from raw.articles") if db.exists() else 0
        except duckdb.Error:
            pass
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert seen == N_KILLED, seen                       # the ingest batch is one transaction: never part of it
    n = count(db, "select count(*) from raw.articles")
    assert n == N_KILLED, n
    extracted = count(db, "select count(*) from raw.extractions")
    statements = count(db, "select count(*) from raw.statements")
    # every extracted article has all its rows (extraction chunks are transactions too)
    assert statements == count(db, "select coalesce(sum(n_statements), 0) from raw.extractions")
    assert extracted <= n
    done = subprocess.run([str(CLI), "run", str(src)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert count(db, "select count(*) from raw.articles") == N_KILLED
    assert count(db, "select count(*) from raw.extractions") == N_KILLED
    assert count(db, "select count(*) from marts.dim_articles") == N_KILLED
    per_article = count(db, "select count(distinct n_statements) from raw.extractions")
    assert per_article == 1                      # no duplicates, no losses: every copy yields the same


def test_failing_build_keeps_the_published_marts(built_home: Path):
    home = built_home                # the samples built and published once (conftest.py)
    published = home / "published" / "warehouse.duckdb"
    before = count(published, "select count(*) from marts.fct_actor_statements")
    stamp = published.stat().st_mtime_ns
    # a row that breaks a dbt test on the staging layer: the build must fail, downstream marts stay
    con = duckdb.connect(str(home / "warehouse.duckdb"))
    con.execute("""insert into raw.statements (statement_id, article_id, speaker, statement_type, quote_text,
                   extractor_version, batch_id, extracted_at)
                   select 'broken', article_id, 'X', 'shouted', 'y', 'test', 'test', now() from raw.articles limit 1""")
    con.close()
    result = run_pipeline(home, raise_on_error=False)
    assert not result.success
    assert published.stat().st_mtime_ns == stamp
    assert count(published, "select count(*) from marts.fct_actor_statements") == before
    assert count(home / "warehouse.duckdb", "select count(*) from marts.fct_actor_statements") == before


def test_readers_query_while_a_run_writes(built_home: Path, tmp_path: Path):
    home = built_home                # readers need a published build before the writer starts
    src = corpus(tmp_path / "more.jsonl", 150, tag="r")
    errors, snapshots = [], []
    done = threading.Event()

    def reader():
        while not done.is_set():
            try:
                _, rows = run_query(home, """select (select count(*) from marts.fct_actor_statements),
                                                    (select coalesce(sum(n_statements), 0) from marts.dim_articles)""")
                snapshots.append(rows[0])
            except QueryError as exc:
                errors.append(str(exc))
            time.sleep(0.1)   # ten reads a second: each opens the published file anew

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        writer = subprocess.run([str(CLI), "run", str(src)], env={**os.environ, "CLAIMWATCH_HOME": str(home)},
                                capture_output=True, text=True)
    finally:
        done.set()
        thread.join()
    assert writer.returncode == 0, writer.stderr[-2000:]
    assert not errors, errors[:3]
    assert len(snapshots) > 10
    assert all(a == b for a, b in snapshots)  # each read sees one consistent build
    _, rows = run_query(home, "select count(*) from marts.dim_articles")
    n_samples = len((ROOT / "data" / "samples" / "articles.jsonl").read_text().splitlines())
    assert rows[0][0] == 150 + n_samples


def test_sensor_requests_one_run_per_new_batch_and_skips_while_running(home: Path):
    inbox = home / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text(json.dumps(SEED) + "\n")
    (inbox / "b.md").write_text("# Title\n\n" + SEED["text"])
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, definitions=defs)
        first = automation.inbox_sensor(ctx)
        assert isinstance(first, dg.RunRequest)
        assert first.partition_key == today()  # inbox files belong to today's ingestion day
        assert sorted(Path(p).name for p in first.run_config["ops"]["ingest_articles"]["config"]["sources"]) == [
            "a.jsonl", "b.md"]
        again = automation.inbox_sensor(dg.build_sensor_context(instance=instance, cursor=ctx.cursor, definitions=defs))
        assert isinstance(again, dg.SkipReason)  # files already requested are never requested again
        (inbox / "c.txt").write_text(SEED["text"])
        instance.add_run(dg.DagsterRun(job_name="claimwatch_job", run_id="r1", status=dg.DagsterRunStatus.STARTED))
        busy = automation.inbox_sensor(dg.build_sensor_context(instance=instance, cursor=ctx.cursor, definitions=defs))
        assert isinstance(busy, dg.SkipReason) and "in progress" in busy.skip_message


def test_schedule_skips_without_feeds_and_requests_configured_ones(monkeypatch: pytest.MonkeyPatch):
    ctx = dg.build_schedule_context()
    monkeypatch.setattr(automation, "configured_feeds", lambda: [])
    assert isinstance(automation.poll_feeds_schedule(ctx), dg.SkipReason)
    monkeypatch.setattr(automation, "configured_feeds", lambda: ["https://example.org/feed.xml"])
    req = automation.poll_feeds_schedule(ctx)
    assert isinstance(req, dg.RunRequest)
    assert req.run_config["ops"]["ingest_articles"]["config"]["sources"] == ["https://example.org/feed.xml"]
    assert req.partition_key == today()


def test_configured_feeds_reads_the_project_file(tmp_path: Path):
    f = tmp_path / "feeds.yaml"
    f.write_text("feeds:\n  - url: https://example.org/a.xml\n    name: A\n  - https://example.org/b.xml\n")
    assert automation.configured_feeds(f) == ["https://example.org/a.xml", "https://example.org/b.xml"]


def test_query_without_a_build_says_what_to_do(home: Path):
    with pytest.raises(QueryError, match="claimwatch run"):
        run_query(home, "select 1")


def test_new_extractor_version_reextracts_only_what_it_must(built_home: Path, monkeypatch: pytest.MonkeyPatch):
    from pipelines.defs.assets import extract as extract_asset
    from pipelines.extraction import EXTRACTOR_VERSION

    home = built_home                # the samples extracted and built once by this version (conftest.py)

    def run():
        result = run_pipeline(home)
        assert result.success
        return result.asset_materializations_for_node("extract_claims")[0].metadata

    db = home / "warehouse.duckdb"
    n_articles = count(db, "select count(*) from raw.articles")
    assert count(db, f"select count(*) from raw.extractions where extractor_version = '{EXTRACTOR_VERSION}'") == n_articles
    statements = count(db, "select count(*) from raw.statements")
    # (a run with nothing new re-extracts nothing: test_pipeline.py::test_same_input_twice_adds_nothing)
    monkeypatch.setattr(extract_asset, "EXTRACTOR_VERSION", "next-test-version")
    assert run()["articles_extracted_this_run"].value == n_articles  # a new version re-extracts everything
    assert count(db, "select count(*) from raw.statements") == statements  # replaced, not duplicated
    assert count(db, "select count(distinct extractor_version) from raw.statements") == 1
    assert count(db, "select count(*) from raw.extractions where extractor_version = 'next-test-version'") == n_articles


def test_conflicting_claims_warn_without_failing_the_run(home: Path, tmp_path: Path):
    base = ("Fighting continued along the front line on Friday as both sides reported heavy shelling "
            "near several towns in the east, officials said in separate statements. ")
    docs = [
        dict(url="https://example.org/c1", title="Monitor", published_at="2024-11-01T10:00:00Z", source="Wire A",
             text=base + "Russian forces captured 610 square kilometres of Ukrainian territory in October, "
                         "the DeepState monitoring group said on Friday."),
        dict(url="https://example.org/c2", title="Briefing", published_at="2024-11-01T12:00:00Z", source="Wire B",
             text=base + "Russian forces captured about 400 square kilometres of Ukrainian territory in October, "
                         "Britain's Ministry of Defence said on Friday."),
    ]
    src = tmp_path / "conflict.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    result = run_pipeline(home, [str(src)])
    assert result.success                                   # a conflict is a finding, not a failure
    evaluation = [e for e in result.get_asset_check_evaluations()
                  if e.check_name == "no_unreviewed_claim_conflicts"][0]
    assert not evaluation.passed
    assert evaluation.severity == dg.AssetCheckSeverity.WARN
    assert evaluation.metadata["conflicts"].value >= 1

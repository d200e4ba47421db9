"""Lake mode, one lake through three builds (a local lake: SQLite catalog, Parquet in a folder; every check on one
lake, and two of them on one build, because a lake build of the samples costs ~55 s of CI):

1. area_claim_conflicts' queue of work (int_conflict_groups_fingerprinted) marks only the groups whose inputs
   changed. Parquet holds no 128-bit integer (DuckDB writes a HUGEINT as a DOUBLE), so a fingerprint stored at full
   width came back rounded, differed from the one computed again, and every build redid every group: the 100,000-
   article lake's incremental build rewrote all 2.5 million conflict rows for 100 new articles.
2. Two outlets' copies of one figure make one claim event with both sources.
3. Without a writer lock, a raw write stamped before a build saw later stamps, but committed after it, still reaches
   the marts on the next build (pipelines/warehouse/lake.py, begin_build; macros/incremental.sql). The change feed
   is DuckLake's own, whatever the catalog."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from pipelines.runs import run_pipeline
from pipelines.warehouse import raw
from pipelines.warehouse.storage import Storage
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"


def _write(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def _copy(outlet: str) -> dict:
    """One wire story about a Russian figure, as an outlet of that name printed it."""
    return dict(
        url=f"https://example.org/{outlet.lower().replace(' ', '-')}/2024/08/21/moscow-700-km2", source=outlet,
        title="Moscow: Ukrainian forces hold no more than 700 square kilometres", published_at="2024-08-21T20:00:00Z",
        text=f"MOSCOW, Aug 21 ({outlet}) - Russia's Defence Ministry said on Wednesday that Ukrainian forces held no "
             "more than 700 square kilometres of the Kursk region, far less than Kyiv claims.\n\nOfficials in Moscow "
             "gave no further details, and the figures could not be verified independently.")


def _groups_queued(con, first: int, last: int) -> int:
    """The groups the queue wrote between two snapshots (marked pending; its post_hook's update writes them again)."""
    return con.execute("select count(distinct (region, controller, metric, as_of)) from ducklake_table_insertions("
                       "'lake', 'intermediate', 'int_conflict_groups_fingerprinted', ?, ?)", [first, last]).fetchone()[0]


def _events_of_700(store: Storage) -> list[tuple[int, list[str]]]:
    with store.connect(read_only=True) as con:
        events = con.execute("select n_sources, sources from marts.fct_claim_events "
                             "where value_low = 700 and metric = 'area_controlled'").fetchall()
    return [(n, sorted(s)) for n, s in events]


def test_incremental_lake_builds_queue_new_groups_merge_copies_and_take_late_commits(tmp_path: Path,
                                                                                     local_lake: Path, monkeypatch):
    home = local_lake
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    assert run_pipeline(home, [_write(tmp_path / "first.jsonl", records[1:])]).success  # the samples but d000
    store = Storage.from_env(home)
    with store.connect(read_only=True) as con:
        groups = con.execute("select count(*) from intermediate.int_conflict_groups_fingerprinted").fetchone()[0]
        (built,) = con.execute("select max(snapshot_id) from published.builds").fetchone()
    assert groups > 0

    # 1. One more sample article (d000) and two outlets' copies of one figure, in one build: only the groups their
    # claims touch are queued again, not every group
    new = records[:1] + [_copy("Second Wire"), _copy("Third Wire")]
    assert run_pipeline(home, [_write(tmp_path / "second.jsonl", new)]).success
    with store.connect(read_only=True) as con:
        (rebuilt,) = con.execute("select max(snapshot_id) from published.builds").fetchone()
        queued = _groups_queued(con, built + 1, rebuilt)
        touched = con.execute("""
            select count(distinct (region, controller, metric, as_of)) from marts.fct_claim_events e
            where exists (select 1 from raw.articles a where list_contains(e.article_ids, a.article_id)
                          and a.url in (select unnest(?)))""", [[r["url"] for r in new]]).fetchone()[0]
        fingerprints = [r[0] for r in con.execute(
            "select fingerprint from intermediate.int_conflict_groups_fingerprinted where fingerprint is not null").fetchall()]
    assert rebuilt > built and touched > 0
    # the new articles' groups, and no more than a few others (an area_gained group can be queued through the
    # totals it is checked against); the rounded fingerprints queued all of them (25 of 25 here)
    assert touched <= queued < groups // 2
    # and a stored fingerprint is what the next build computes again: Parquet's DOUBLE holds it exactly
    assert all(abs(f) < 2 ** 53 for f in fingerprints)

    # 2. A lake's incremental build finds the new claims by their stamps and skips the stored events' sources when
    # only new articles came (macros/incremental.sql); an event two of them report is still written once, with both
    # sources. (It was written once per new claim: the build's unique test failed, on a 100,000-article lake.)
    assert _events_of_700(store) == [(2, ["Second Wire", "Third Wire"])]

    # 3. A late writer: its raw transactions took their stamp an hour before the newest one the last build saw,
    # and commit only now (in lake mode nothing orders stamps and commits); then the next build
    with store.reader() as con:
        newest = con.execute("select max(loaded_at) from marts.dim_articles").fetchone()[0]
        n_articles = con.execute("select count(*) from marts.dim_articles").fetchone()[0]
    assert n_articles == len(records) + 2
    late = _copy("Fourth Wire")
    with monkeypatch.context() as clock:
        clock.setattr(raw, "utcnow", lambda: newest - timedelta(hours=1))
        assert run_pipeline(home, [_write(tmp_path / "late.jsonl", [late])]).success
    with store.connect(read_only=True) as con:
        article_id, stamp = con.execute("select article_id, updated_at from raw.articles where url = ?",
                                        [late["url"]]).fetchone()
        raw_statements = con.execute("select count(*) from raw.statements where article_id = ?",
                                     [article_id]).fetchone()[0]
    assert stamp < newest and raw_statements > 0
    with store.reader() as con:
        assert con.execute("select count(*) from marts.dim_articles").fetchone()[0] == n_articles + 1
        assert con.execute("select count(*) from marts.fct_actor_statements where article_id = ?",
                           [article_id]).fetchone()[0] == raw_statements
    # and the event it reports again was redone with it: one event, three sources
    assert _events_of_700(store) == [(3, ["Fourth Wire", "Second Wire", "Third Wire"])]

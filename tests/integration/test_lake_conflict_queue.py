"""Lake mode: area_claim_conflicts' queue of work (int_conflict_groups_fingerprinted) marks only the groups whose
inputs changed. Parquet holds no 128-bit integer (DuckDB writes a HUGEINT as a DOUBLE), so a fingerprint stored at
full width came back rounded, differed from the one computed again, and every build redid every group: the 100,000-
article lake's incremental build rewrote all 2.5 million conflict rows for 100 new articles. A local lake (SQLite
catalog, Parquet in a folder)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.runs import run_pipeline
from pipelines.warehouse.storage import Storage
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"


def _groups_queued(con, first: int, last: int) -> int:
    """The groups the queue wrote between two snapshots (marked pending; its post_hook's update writes them again)."""
    return con.execute("select count(distinct (region, controller, metric, as_of)) from ducklake_table_insertions("
                       "'lake', 'intermediate', 'int_conflict_groups_fingerprinted', ?, ?)", [first, last]).fetchone()[0]


def test_new_articles_queue_only_their_groups_and_two_sources_make_one_event(tmp_path: Path, local_lake: Path):
    """One lake, three builds (one build of the samples fewer than a test per check: ~80 s of CI): the samples but
    one; that one article (only its conflict groups queued); two outlets' copies of one figure (one event)."""
    home = local_lake
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in records[1:]))
    second.write_text(json.dumps(records[0]) + "\n")
    assert run_pipeline(home, [str(first)]).success
    store = Storage.from_env(home)
    with store.connect(read_only=True) as con:
        groups = con.execute("select count(*) from intermediate.int_conflict_groups_fingerprinted").fetchone()[0]
        (built,) = con.execute("select max(snapshot_id) from published.builds").fetchone()
    assert groups > 0

    # one more article: only the groups its claims touch are queued again, not every group
    assert run_pipeline(home, [str(second)]).success
    with store.connect(read_only=True) as con:
        (rebuilt,) = con.execute("select max(snapshot_id) from published.builds").fetchone()
        queued = _groups_queued(con, built + 1, rebuilt)
        touched = con.execute("""
            select count(distinct (region, controller, metric, as_of)) from marts.fct_claim_events
            where list_contains(article_ids, (select article_id from raw.articles where url = ?))""",
                              [records[0]["url"]]).fetchone()[0]
        fingerprints = [r[0] for r in con.execute(
            "select fingerprint from intermediate.int_conflict_groups_fingerprinted where fingerprint is not null").fetchall()]
    assert rebuilt > built and touched > 0
    # the new article's groups, and no more than a few others (an area_gained group can be queued through the
    # totals it is checked against); the rounded fingerprints queued all of them (25 of 25 here)
    assert touched <= queued < groups // 2
    # and a stored fingerprint is what the next build computes again: Parquet's DOUBLE holds it exactly
    assert all(abs(f) < 2 ** 53 for f in fingerprints)

    # A lake's incremental build finds the new claims by their stamps and skips the stored events' sources when only
    # new articles came (macros/incremental.sql); an event two of them report is still written once, with both
    # sources. (It was written once per new claim: the build's unique test failed, on a 100,000-article lake.)
    copies = tmp_path / "copies.jsonl"
    copies.write_text("".join(json.dumps(dict(
        url=f"https://example.org/{outlet.lower().replace(' ', '-')}/2024/08/21/moscow-700-km2", source=outlet,
        title="Moscow: Ukrainian forces hold no more than 700 square kilometres", published_at="2024-08-21T20:00:00Z",
        text=f"MOSCOW, Aug 21 ({outlet}) - Russia's Defence Ministry said on Wednesday that Ukrainian forces held no "
             "more than 700 square kilometres of the Kursk region, far less than Kyiv claims.\n\nOfficials in Moscow "
             "gave no further details, and the figures could not be verified independently.")) + "\n"
        for outlet in ("Second Wire", "Third Wire")))
    assert run_pipeline(home, [str(copies)]).success
    with Storage.from_env(home).connect(read_only=True) as con:
        events = con.execute("select claim_event_id, n_sources, sources from marts.fct_claim_events "
                             "where value_low = 700 and metric = 'area_controlled'").fetchall()
    assert [(n, sorted(s)) for _id, n, s in events] == [(2, ["Second Wire", "Third Wire"])]

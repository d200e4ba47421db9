"""Lake mode without a writer lock: a raw write stamped before a build saw later stamps, but committed after it,
still reaches the marts on the next build (pipelines/warehouse/lake.py, begin_build; macros/incremental.sql).
A local lake (SQLite catalog, Parquet in a folder): the change feed is DuckLake's own, whatever the catalog."""
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


def test_a_write_that_commits_after_a_later_stamp_reaches_the_next_build(tmp_path: Path, local_lake: Path,
                                                                          monkeypatch):
    home = local_lake
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    first, late = records[1:], records[:1]  # d000, the Kursk article with statements, comes late
    assert run_pipeline(home, [_write(tmp_path / "first.jsonl", first)]).success
    store = Storage.from_env(home)
    with store.reader() as con:
        newest = con.execute("select max(loaded_at) from marts.dim_articles").fetchone()[0]
        n_articles = con.execute("select count(*) from marts.dim_articles").fetchone()[0]
    assert n_articles == len(first)

    # the late writer: its raw transactions took their stamp an hour before the newest one the build saw,
    # and commit only now (in lake mode nothing orders stamps and commits); then the next build
    with monkeypatch.context() as clock:
        clock.setattr(raw, "utcnow", lambda: newest - timedelta(hours=1))
        assert run_pipeline(home, [_write(tmp_path / "late.jsonl", late)]).success
    with store.connect(read_only=True) as con:
        article_id, stamp = con.execute("select article_id, updated_at from raw.articles where url = ?",
                                        [late[0]["url"]]).fetchone()
        raw_statements = con.execute("select count(*) from raw.statements where article_id = ?",
                                     [article_id]).fetchone()[0]
    assert stamp < newest and raw_statements > 0

    with store.reader() as con:
        assert con.execute("select count(*) from marts.dim_articles").fetchone()[0] == len(records)
        assert con.execute("select count(*) from marts.fct_actor_statements where article_id = ?",
                           [article_id]).fetchone()[0] == raw_statements
        # and the events it feeds were redone with it
        assert con.execute("select count(*) from marts.fct_claim_events where list_contains(article_ids, ?)",
                           [article_id]).fetchone()[0] > 0

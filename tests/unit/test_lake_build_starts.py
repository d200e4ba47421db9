"""Where an incremental lake build starts looking (pipelines/warehouse/lake.py, begin_build): the oldest stamp among the
raw rows committed since the last complete build started, read from DuckLake's change feed, on a local lake."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from pipelines.warehouse import lake


@pytest.fixture
def con(tmp_path: Path):
    c = lake.connect(str(tmp_path / "catalog.sqlite"), str(tmp_path / "data"))
    c.execute("create schema raw; create table raw.articles (article_id varchar, updated_at timestamp); "
              "create table raw.extractions (article_id varchar, extracted_at timestamp)")
    c.execute("create schema published; create table published.builds "
              "(snapshot_id bigint not null, run_id varchar, built_at timestamp not null)")
    yield c
    c.close()


def _write(con, article_id: str, stamp: str) -> None:
    con.execute("insert into raw.articles values (?, ?)", [article_id, stamp])
    con.execute("insert into raw.extractions values (?, ?)", [article_id, stamp])


def test_rows_committed_after_the_last_complete_build_began_set_the_floor(con):
    _write(con, "a", "2024-01-03")
    assert lake.begin_build(con, "r1") == datetime(2024, 1, 3)   # no complete build yet: all of raw
    lake.record_build(con, "r1")
    assert lake.begin_build(con, "r2") is None                   # nothing committed since r1 began
    lake.record_build(con, "r2")
    _write(con, "b", "2023-06-01")                               # stamped long before, committed now
    _write(con, "c", "2024-02-01")
    assert lake.begin_build(con, "r3") == datetime(2023, 6, 1)


def test_a_build_that_did_not_finish_moves_nothing(con):
    _write(con, "a", "2024-01-03")
    lake.begin_build(con, "r1")
    lake.record_build(con, "r1")
    _write(con, "late", "2023-06-01")
    assert lake.begin_build(con, "r2") == datetime(2023, 6, 1)  # r2 fails: no published.builds row
    assert lake.begin_build(con, "r3") == datetime(2023, 6, 1)  # so r3 looks from r1's start again


def test_a_partial_build_reads_the_feed_but_records_no_start(con):
    _write(con, "a", "2024-01-03")
    lake.begin_build(con, "r1")
    lake.record_build(con, "r1")
    _write(con, "late", "2023-06-01")
    assert lake.begin_build(con, "subset", record=False) == datetime(2023, 6, 1)
    lake.record_build(con, "subset")
    assert lake.begin_build(con, "r2") == datetime(2023, 6, 1)  # the models the subset left out still redo it

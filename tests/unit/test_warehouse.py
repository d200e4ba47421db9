"""The raw layer's guarantees: one transaction per write, one writer at a time, atomic snapshots."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from pipelines.ingestion import Article, Rejected
from pipelines.warehouse import raw
from pipelines.warehouse.lock import WarehouseBusy, writer_lock
from pipelines.warehouse.publish import publish_snapshot


DAY = "2024-08-06"


def article(n: int, text: str = "Some article text long enough to be an article for this test.") -> Article:
    return Article.build(url=f"https://example.org/{n}", title=f"t{n}", source="s", published_at=datetime(2024, 8, 13),
                         published_at_origin="record", text=f"{text} {n}", origin=f"test:{n}", language="en")


def count(db: Path, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def test_a_failure_mid_batch_leaves_no_partial_rows(tmp_path: Path):
    db = tmp_path / "w.duckdb"

    def records():
        yield article(1)
        yield Rejected("bad.txt", "empty article: no text")
        yield article(2)
        raise RuntimeError("disk on fire")

    con = raw.connect(db)
    with pytest.raises(RuntimeError):
        raw.write_ingested(con, records(), batch_id="b1", partition_key=DAY)
    con.close()
    assert count(db, "raw.articles") == 0
    assert count(db, "raw.quarantine") == 0


def test_reingest_is_a_no_op_and_a_change_is_an_update(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    assert raw.write_ingested(con, [article(1), article(2)], "b1", partition_key=DAY).as_dict() == dict(
        new=2, updated=0, unchanged=0, quarantined=0, duplicates=0)
    assert raw.write_ingested(con, [article(1), article(2)], "b2", partition_key=DAY).as_dict() == dict(
        new=0, updated=0, unchanged=2, quarantined=0, duplicates=0)
    changed = article(1, text="A corrected version of the article text, long enough to count.")
    assert raw.write_ingested(con, [changed], "b3", partition_key=DAY).updated == 1
    assert con.execute("select count(*) from raw.articles").fetchone()[0] == 2
    con.close()


def test_quarantine_counts_attempts_and_clears_when_input_reads(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    bad = Rejected("test:1", "invalid JSON line", content_hash="h1")
    raw.write_ingested(con, [bad], "b1", partition_key=DAY)
    raw.write_ingested(con, [bad], "b2", partition_key=DAY)
    assert con.execute("select attempts from raw.quarantine").fetchone()[0] == 2
    raw.write_ingested(con, [article(1)], "b3", partition_key=DAY)  # the same origin now reads cleanly
    assert con.execute("select count(*) from raw.quarantine").fetchone()[0] == 0
    con.close()


def _hold_lock(home: str, ready, release):
    with writer_lock(Path(home)):
        ready.set()
        release.wait(10)


def test_second_writer_waits_then_gives_a_clear_message(tmp_path: Path):
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        started = time.monotonic()
        with pytest.raises(WarehouseBusy, match="another claimwatch run"):
            with writer_lock(tmp_path, wait_s=0.5, poll_s=0.1):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        release.set()
        holder.join(10)
    with writer_lock(tmp_path, wait_s=1):  # released when the holder ends
        pass


def test_publish_copies_the_marts_and_the_quarantine_not_the_raw_texts(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    con = raw.connect(db)
    raw.write_ingested(con, [article(1), Rejected("bad.html", "not valid UTF-8", "h")], "b1", partition_key=DAY)
    con.execute("create schema marts; create table marts.dim_articles as select article_id, title from raw.articles")
    con.execute("create schema staging; create view staging.stg_raw__quarantine as select * from raw.quarantine")
    con.close()
    published = publish_snapshot(db, tmp_path / "published" / "w.duckdb")
    assert count(published, "marts.dim_articles") == 1
    assert count(published, "raw.quarantine") == 1
    assert count(published, "staging.stg_raw__quarantine") == 1
    with duckdb.connect(str(published), read_only=True) as pub:
        tables = {r[0] for r in pub.execute("select schema_name || '.' || table_name from duckdb_tables()").fetchall()}
    assert "raw.articles" not in tables  # the article texts, most of the warehouse's bytes, stay behind
    assert not list(published.parent.glob(".*.tmp"))


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(sql).fetchall())


def _publish_state(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select delta_builds from claimwatch_publish.state").fetchone()[0]


def test_publish_by_delta_equals_a_full_copy_and_old_readers_keep_their_snapshot(tmp_path: Path):
    db, pub = tmp_path / "w.duckdb", tmp_path / "published" / "w.duckdb"
    keys = {"marts.fct": ["article_id"], "marts.series": "by_row_hash"}
    con = duckdb.connect(str(db))
    con.execute("create schema marts")
    con.execute("create table marts.fct as select * from (values ('a', 1, timestamp '2024-01-01'), "
                "('a', 2, timestamp '2024-01-01'), ('b', 3, timestamp '2024-01-02')) t(article_id, v, loaded_at)")
    con.execute("create table marts.series as select * from (values ('s', 1, 10, timestamp '2024-01-02'), "
                "('s', 2, 10, timestamp '2024-01-02')) t(series_id, day, v, loaded_at)")
    con.execute("create table marts.dim as select 1 as x")   # not incremental: copied in full
    con.close()
    publish_snapshot(db, pub, keys)
    assert _publish_state(pub) == 0   # the first snapshot is a full copy
    reader = duckdb.connect(str(pub), read_only=True)   # a reader of that first build, still open

    # the next build, as dbt's delete+insert leaves it: article a rewritten (one row fewer), c new, a new day
    con = duckdb.connect(str(db))
    con.execute("delete from marts.fct where article_id = 'a'")
    con.execute("insert into marts.fct values ('a', 9, timestamp '2024-01-03'), ('c', 4, timestamp '2024-01-03')")
    con.execute("insert into marts.series values ('s', 3, 11, timestamp '2024-01-03')")
    # a day carried forward is rewritten with its old stamp: only the row hash can see it changed
    con.execute("update marts.series set v = 12 where day = 2")
    con.execute("update marts.dim set x = 2")
    con.close()
    publish_snapshot(db, pub, keys)
    assert sorted(reader.execute("select article_id, v from marts.fct").fetchall()) == [("a", 1), ("a", 2), ("b", 3)]
    reader.close()   # (DuckDB shares one instance per path within a process: the next connect sees the new file)
    assert _publish_state(pub) == 1   # made by delta
    for table in ("marts.fct", "marts.series", "marts.dim"):
        assert _rows(pub, f"select * from {table}") == _rows(db, f"select * from {table}")

    # rows deleted with nothing in their place (a post_hook's placeholder): the counts disagree, the table is
    # copied in full and still equals the warehouse
    con = duckdb.connect(str(db))
    con.execute("delete from marts.fct where article_id = 'b'")
    con.execute("insert into marts.fct values ('d', 5, timestamp '2024-01-04')")
    con.close()
    publish_snapshot(db, pub, keys)
    assert _rows(pub, "select * from marts.fct") == _rows(db, "select * from marts.fct")

    # a full refresh makes the snapshot again in full
    publish_snapshot(db, pub, keys, full=True)
    assert _publish_state(pub) == 0
    assert _rows(pub, "select * from marts.fct") == _rows(db, "select * from marts.fct")
    assert not list(pub.parent.glob(".*.tmp"))


def _how(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("select relation, how from claimwatch_publish.tables").fetchall())


def test_publish_by_group_takes_the_groups_its_queue_stamped_since_the_snapshot(tmp_path: Path):
    # area_claim_conflicts' shape: rows per group (region, as_of), rebuilt whole by delete+insert when the queue
    # model (int_conflict_groups_fingerprinted) stamps the group; rewritten rows keep their own older stamps
    db, pub = tmp_path / "w.duckdb", tmp_path / "published" / "w.duckdb"
    plans = {"marts.conflicts": {"key": ["region", "as_of"], "groups": "intermediate.queue"}}
    con = duckdb.connect(str(db))
    con.execute("create schema marts; create schema intermediate")
    con.execute("create table marts.conflicts as select * from (values ('Kursk', date '2024-08-10', 'x', 1), "
                "('Kursk', date '2024-08-10', 'y', 2), ('Sumy', date '2024-08-11', 'z', 3)) t(region, as_of, kind, v)")
    con.execute("create table intermediate.queue as select * from (values "
                "('Kursk', date '2024-08-10', timestamp '2024-08-12'), ('Sumy', date '2024-08-11', timestamp '2024-08-12')"
                ") t(region, as_of, loaded_at)")
    con.close()
    publish_snapshot(db, pub, plans)
    assert _how(pub)["marts.conflicts"] == "copy"   # the first snapshot: in full, and its queue's mark kept

    # the next build: Kursk's group rebuilt with one row fewer and another value, Sumy's gone (its queue row
    # stays, stamped), a new group; each changed group stamped with the build's newer raw stamp
    con = duckdb.connect(str(db))
    con.execute("delete from marts.conflicts where region in ('Kursk', 'Sumy')")
    con.execute("insert into marts.conflicts values ('Kursk', date '2024-08-10', 'x', 7), "
                "('Donetsk', date '2024-08-12', 'w', 4)")
    con.execute("update intermediate.queue set loaded_at = timestamp '2024-08-13'")
    con.execute("insert into intermediate.queue values ('Donetsk', date '2024-08-12', timestamp '2024-08-13')")
    con.close()
    publish_snapshot(db, pub, plans)
    assert _how(pub)["marts.conflicts"] == "delta"
    assert _rows(pub, "select * from marts.conflicts") == _rows(db, "select * from marts.conflicts")

    # a build that changed no group: nothing to take, the snapshot still equals the warehouse
    publish_snapshot(db, pub, plans)
    assert _how(pub)["marts.conflicts"] == "delta"
    assert _rows(pub, "select * from marts.conflicts") == _rows(db, "select * from marts.conflicts")


def _written(pub: Path) -> tuple[str, int]:
    """How the snapshot readers are pointed at was written, and which file it is."""
    with duckdb.connect(str(pub), read_only=True) as con:
        return con.execute("select written from claimwatch_publish.state").fetchone()[0], os.readlink(pub)


def _next_build(db: Path, article_id: str, stamp: str) -> None:
    con = duckdb.connect(str(db))
    con.execute(f"insert into marts.fct values ('{article_id}', 1, timestamp '{stamp}')")
    con.close()


def _first_build(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A warehouse with one per-article mart, built and published once (in full, into the first file)."""
    db, pub = tmp_path / "w.duckdb", tmp_path / "published" / "w.duckdb"
    plans = {"marts.fct": ["article_id"]}
    con = duckdb.connect(str(db))
    con.execute("create schema marts")
    con.execute("create table marts.fct as select 'a' as article_id, 1 as v, timestamp '2024-01-01' as loaded_at")
    con.close()
    publish_snapshot(db, pub, plans)
    return db, pub, plans


def test_publish_writes_the_older_of_two_files_in_place_unless_a_reader_holds_it(tmp_path: Path):
    db, pub, plans = _first_build(tmp_path)
    assert _written(pub) == ("copy", ".w.a.duckdb")   # the first: in full, and readers pointed at it
    _next_build(db, "b", "2024-01-02")
    publish_snapshot(db, pub, plans)
    assert _written(pub) == ("copy", ".w.b.duckdb")   # the other file did not exist: a byte copy, then the delta
    # a reader in another process opens the snapshot now (build 2) and keeps it open
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys\n"
         f"con = duckdb.connect({str(pub)!r}, read_only=True)\n"
         "print('open', flush=True); sys.stdin.readline()\n"
         "print(con.execute('select count(*) from marts.fct').fetchone()[0], flush=True)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        a_inode = (pub.parent / ".w.a.duckdb").stat().st_ino
        _next_build(db, "c", "2024-01-03")
        publish_snapshot(db, pub, plans)
        # build 1's file caught up by two builds' deltas, in place: nothing copied, the same file
        assert _written(pub) == ("in place", ".w.a.duckdb")
        assert (pub.parent / ".w.a.duckdb").stat().st_ino == a_inode
        assert _rows(pub, "select * from marts.fct") == _rows(db, "select * from marts.fct")
        _next_build(db, "d", "2024-01-04")
        publish_snapshot(db, pub, plans)
        # the reader holds build 2's file: it is not written under it, the new file is a copy put in its place
        assert _written(pub) == ("copy", ".w.b.duckdb")
        assert _rows(pub, "select * from marts.fct") == _rows(db, "select * from marts.fct")
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "2"   # still build 2
    finally:
        reader.kill()
        reader.wait()
    _next_build(db, "e", "2024-01-05")
    publish_snapshot(db, pub, plans)
    assert _written(pub) == ("in place", ".w.a.duckdb")
    # a full refresh starts a new line of snapshots: the other file, of the old line, is not caught up by deltas
    publish_snapshot(db, pub, plans, full=True)
    assert _written(pub) == ("copy", ".w.b.duckdb")
    _next_build(db, "f", "2024-01-06")
    publish_snapshot(db, pub, plans)
    assert _written(pub) == ("copy", ".w.a.duckdb")
    _next_build(db, "g", "2024-01-07")
    publish_snapshot(db, pub, plans)
    assert _written(pub) == ("in place", ".w.b.duckdb")
    assert _rows(pub, "select * from marts.fct") == _rows(db, "select * from marts.fct")
    assert sorted(p.name for p in pub.parent.iterdir()) == [".w.a.duckdb", ".w.b.duckdb", "w.duckdb"]


def test_a_publish_that_fails_in_place_leaves_readers_their_build_and_the_next_starts_again(tmp_path: Path):
    db, pub, plans = _first_build(tmp_path)
    _next_build(db, "b", "2024-01-02")
    publish_snapshot(db, pub, plans)
    _next_build(db, "c", "2024-01-03")
    # a relation that cannot be read (a view whose table is gone): the publish fails after fct took its delta
    con = duckdb.connect(str(db))
    con.execute("create table marts.gone as select 1 as x; create view marts.broken as select * from marts.gone; "
                "drop table marts.gone")
    con.close()
    with pytest.raises(duckdb.Error):
        publish_snapshot(db, pub, plans)
    assert os.readlink(pub) == ".w.b.duckdb" and count(pub, "marts.fct") == 2   # readers: still build 2
    assert not (pub.parent / ".w.a.duckdb").exists()   # never a file half caught up
    con = duckdb.connect(str(db))
    con.execute("drop view marts.broken")
    con.close()
    publish_snapshot(db, pub, plans)
    assert _written(pub) == ("copy", ".w.a.duckdb") and count(pub, "marts.fct") == 3


def test_article_text_never_reaches_sql_as_text(tmp_path: Path):
    hostile = "Robert'); drop table raw.articles; -- \"quoted\" ''; select * from raw.quarantine; "
    con = raw.connect(tmp_path / "w.duckdb")
    raw.write_ingested(con, [article(1, text=hostile * 3)], "b1", partition_key=DAY)
    stored = con.execute("select text from raw.articles").fetchone()[0]
    con.close()
    assert stored == f"{hostile * 3} 1".strip()
    assert count(tmp_path / "w.duckdb", "raw.articles") == 1


def test_extraction_reads_only_its_own_days(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    raw.write_ingested(con, [article(1)], "b1", partition_key="2024-08-06")
    raw.write_ingested(con, [article(2)], "b2", partition_key="2024-08-07")
    assert len(raw.pending_keys(con, "v1")) == 2
    assert [k for k, _ in raw.pending_keys(con, "v1", ["2024-08-07"])] == [article(2).article_id]
    rows = raw.articles_by_key(con, raw.pending_keys(con, "v1", ["2024-08-06"]))
    assert [r["article_id"] for r in rows] == [article(1).article_id]
    assert raw.pending_days(con, "v1") == ["2024-08-06", "2024-08-07"]
    # a changed article moves to the day that ingested the new version
    changed = article(1, text=article(1).text + " A new paragraph was added later.")
    raw.write_ingested(con, [changed], "b3", partition_key="2024-08-08")
    assert con.execute("select partition_key from raw.articles where article_id = ?",
                       [changed.article_id]).fetchone()[0] == "2024-08-08"
    con.close()


def test_texts_are_read_by_key_in_their_latest_version(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    raw.write_ingested(con, [article(1), article(2), article(3)], "b1", partition_key=DAY)
    keys = raw.pending_keys(con, "v1")
    assert [k for k, _ in keys] == sorted(article(i).article_id for i in (1, 2, 3))
    # changed after its key was read: the text read is the newer one, with the hash that goes with it
    changed = article(2, text=article(2).text + " A correction was appended.")
    raw.write_ingested(con, [changed], "b2", partition_key=DAY)
    rows = raw.articles_by_key(con, [k for k in keys if k[0] != article(1).article_id])
    assert [r["article_id"] for r in rows] == sorted(article(i).article_id for i in (2, 3))
    assert {r["article_id"]: r["text"] for r in rows}[changed.article_id] == changed.text
    assert raw.articles_by_key(con, []) == []
    con.close()


def test_a_warehouse_from_before_partitions_is_upgraded_in_place(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    ddl = (Path(raw.__file__).with_name("raw_schema.sql")).read_text()
    old.execute(ddl[:ddl.index("-- Warehouses created before partitions")].replace(
        "    partition_key       varchar           -- the ingestion day (YYYY-MM-DD) whose run ingested this version\n",
        "").replace("updated_at          timestamp not null,", "updated_at          timestamp not null"))
    old.execute("insert into raw.articles (article_id, content_hash, batch_id, ingested_at, updated_at) "
                "values ('a1', 'h', 'b', timestamp '2024-08-06 10:00', timestamp '2024-08-06 10:00')")
    assert "partition_key" not in [c[0] for c in old.execute("describe raw.articles").fetchall()]
    old.close()
    con = raw.connect(path)  # the writer's connection applies the schema
    assert con.execute("select partition_key from raw.articles").fetchone()[0] == "2024-08-06"
    con.close()


def test_duplicates_are_recorded_with_their_count_and_first_source(tmp_path: Path):
    """Files with one body and different titles (no URL: the body is the identity), and one body under a
    second URL: one article each, every other copy in raw.duplicates, the same copies read again counted once."""
    from pipelines.ingestion.sources import finish

    db = tmp_path / "w.duckdb"
    body = "Ukrainian forces said on Monday they had pushed further into the region near the border town. " * 2
    copies = [finish(url=None, title=f"Title {i}", source=None, published_at=None, published_origin="ingested",
                     text=body, origin=f"inbox/{i:03d}.txt") for i in range(200)]
    mirror = Article.build(url="https://mirror.example/1", title="t1", source="s", published_at=datetime(2024, 8, 13),
                           published_at_origin="record", text=article(1).text, origin="mirror", language="en")
    mirrored = [article(1), mirror]
    for _ in range(2):  # the same batch twice: nothing new, the same copies
        con = raw.connect(db)
        stats = raw.write_ingested(con, copies + mirrored, batch_id="b", partition_key=DAY)
        con.close()
    assert stats.duplicates == 200
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == 2
        assert con.execute("select first_source, count(*) from raw.duplicates group by 1 order by 1").fetchall() == [
            ("https://example.org/1", 1), ("inbox/000.txt", 199)]
        assert con.execute("select origin from raw.duplicates where url is not null").fetchall() == [("mirror",)]
    finally:
        con.close()


def test_dbt_builds_a_small_file_warehouse_with_one_thread_and_a_large_one_with_two(tmp_path: Path, monkeypatch):
    from pipelines.warehouse import storage

    monkeypatch.delenv("CLAIMWATCH_STORAGE", raising=False)
    store = storage.Storage.from_env(tmp_path)
    assert store.dbt_env()["CLAIMWATCH_DBT_THREADS"] == "1"          # no file yet
    store.warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    with open(store.warehouse_path, "wb") as fh:                       # sparse: no disk used
        fh.truncate(storage.LARGE_WAREHOUSE_BYTES)
    assert store.dbt_env()["CLAIMWATCH_DBT_THREADS"] == "2"


def test_a_writers_tables_have_small_row_groups_and_keep_their_name(tmp_path):
    # pipelines/warehouse/db.py ROW_GROUP_SIZE: an append's checkpoint rewrites at most that many rows
    from pipelines.warehouse import db

    path = tmp_path / "warehouse.duckdb"
    con = db.connect(path)
    con.execute("create schema raw; create table raw.t as select range as i, 'text ' || range as s from range(40000)")
    assert con.execute("select current_database()").fetchone() == ("warehouse",)
    con.close()
    con = db.connect(path)
    con.execute("insert into raw.t select range, 'more' from range(100)")
    con.close()
    with db.connect(path, read_only=True) as ro:
        groups = ro.execute("select row_group_id, max(count) from pragma_storage_info('raw.t') "
                            "group by all order by 1").fetchall()
    assert len(groups) == 4 and max(n for _, n in groups) <= db.ROW_GROUP_SIZE   # 40,100 rows in 16,384s
    assert db.database_name(tmp_path / ".warehouse.duckdb.tmp") == "warehouse"

"""Opening lake connections (pipelines/warehouse/lake.py) on a local lake (SQLite catalog, Parquet in a folder):
the extension files are signature-checked by DuckDB once per process and only while unchanged, and a reader
pins the last complete build on the connection it opened."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse import lake
from pipelines.warehouse.storage import NotPublished, Storage


def _setting(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute(f"select current_setting('{name}')").fetchone()[0]


@pytest.fixture
def fresh_checks(monkeypatch):
    """No file checked yet in this process (as in a new one)."""
    monkeypatch.setattr(lake, "_CHECKED", {})


def test_the_first_connection_checks_signatures_and_later_ones_trust_the_checked_files(fresh_checks):
    first = lake.open_database()
    assert _setting(first, "allow_unsigned_extensions") is False
    first.close()
    later = lake.open_database()
    assert _setting(later, "allow_unsigned_extensions") is True
    assert _setting(later, "autoload_known_extensions") is False  # nothing unchecked is loaded on its own
    assert {r[0] for r in later.execute("select extension_name from duckdb_extensions() where loaded").fetchall()} \
        >= {"ducklake", "postgres_scanner", "sqlite_scanner", "httpfs"}
    later.close()


def test_a_changed_file_is_checked_again_and_a_tampered_one_refused(fresh_checks, tmp_path: Path, monkeypatch):
    real = lake.extension_files()
    copies = []
    for path in real:
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    monkeypatch.setattr(lake, "extension_files", lambda: list(copies))
    lake.open_database().close()                       # checked: the copies are the signed files
    assert set(lake._CHECKED) == set(copies)
    # replaced (as an upgrade replaces files: a new file, not the loaded one written over) by a file of the same
    # size with one byte changed in the middle: not the file checked, so DuckDB checks it again
    data = bytearray(copies[-1].read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered = tmp_path / "tampered"
    tampered.write_bytes(bytes(data))
    tampered.replace(copies[-1])
    with pytest.raises(duckdb.Error, match="(?i)signature"):
        lake.open_database()


def test_a_reader_reads_the_last_complete_build_not_what_came_after(fresh_checks, tmp_path: Path, monkeypatch):
    catalog, data = str(tmp_path / "catalog.sqlite"), str(tmp_path / "data")
    for k, v in {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_LAKE_CATALOG": catalog,
                 "CLAIMWATCH_LAKE_DATA": data}.items():
        monkeypatch.setenv(k, v)
    store = Storage.from_env(tmp_path / "home")
    with lake.connect(catalog, data) as con:
        con.execute("create schema marts; create table marts.t as select 1 as a")
        with pytest.raises(NotPublished, match="no complete build"):
            store.reader()
        lake.record_build(con, "run-1")
        con.execute("insert into marts.t values (2)")   # a build's first model, committed, its build not done
    with store.reader() as reader:
        assert reader.execute("select a from marts.t").fetchall() == [(1,)]
        with pytest.raises(duckdb.Error):
            reader.execute("insert into marts.t values (3)")  # read-only


def test_a_query_on_a_trusting_connection_still_cannot_load_an_extension(fresh_checks, tmp_path: Path, monkeypatch):
    """`claimwatch query` in lake mode, on a connection opened with the signature check off (a later connection
    of the process): the sandbox still refuses loading any file, signed or not."""
    from pipelines.queries import QueryError, run_query

    catalog, data = str(tmp_path / "catalog.sqlite"), str(tmp_path / "data")
    for k, v in {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_LAKE_CATALOG": catalog,
                 "CLAIMWATCH_LAKE_DATA": data}.items():
        monkeypatch.setenv(k, v)
    with lake.connect(catalog, data) as con:
        con.execute("create schema marts; create table marts.t as select 1 as a")
        lake.record_build(con, "run-1")
    unsigned = tmp_path / "copy.duckdb_extension"
    shutil.copyfile(lake.extension_files()[0], unsigned)
    home = tmp_path / "home"
    _, rows = run_query(home, "select current_setting('allow_unsigned_extensions'), "
                              "current_setting('enable_external_access'), count(*) from marts.t")
    assert rows == [(True, False, 1)]
    with pytest.raises(QueryError):
        run_query(home, f"load '{unsigned}'")

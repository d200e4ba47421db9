"""`claimwatch query` runs in a sandbox: it reads the published warehouse and nothing else, writes nothing,
and cannot change its own limits. A real DuckDB file stands in for a published build."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.queries import QueryError, run_query


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "published").mkdir(parents=True)
    con = duckdb.connect(str(home / "published" / "warehouse.duckdb"))
    con.execute("create schema marts; create table marts.dim_articles as select 'a' as article_id, 'T' as title")
    con.close()
    (tmp_path / "secret.txt").write_text("do not read me")
    return home


def test_reads_work(home: Path):
    assert run_query(home, "select article_id, title from marts.dim_articles") == (["article_id", "title"],
                                                                                  [("a", "T")])
    assert run_query(home, "from marts.dim_articles select count(*) as n") == (["n"], [(1,)])
    columns, _ = run_query(home, "explain select * from marts.dim_articles")
    assert columns  # explain is a read statement


@pytest.mark.parametrize("sql,words", [
    ("select * from read_text('{tmp}/secret.txt')", "disabled by configuration"),
    ("select * from glob('{tmp}/*')", "disabled by configuration"),
    ("select * from read_csv('{tmp}/secret.txt')", "disabled by configuration"),
    ("select * from marts.dim_articles; copy marts.dim_articles to '{tmp}/out.csv'", "refused a copy statement"),
    ("copy (select 1) to '{tmp}/out.csv'", "refused a copy statement"),
    ("export database '{tmp}/export'", "refused a export statement"),
    ("attach '{tmp}/other.duckdb' as other", "refused a attach statement"),
    ("set memory_limit = '64GB'", "refused a set statement"),
    ("install httpfs from 'http://127.0.0.1:9/repo'", "refused a load statement"),
    ("load httpfs", "refused a load statement"),
    ("pragma enable_profiling", "refused a pragma statement"),
    ("create table marts.x as select 1", "refused a create statement"),
])
def test_everything_else_is_refused(home: Path, sql: str, words: str):
    tmp = home.parent
    with pytest.raises(QueryError, match=words):
        run_query(home, sql.format(tmp=tmp))
    assert sorted(p.name for p in tmp.iterdir()) == ["home", "secret.txt"]  # nothing was written


def test_the_sandbox_settings_are_locked(home: Path):
    _, rows = run_query(home, "select current_setting('enable_external_access'), "
                              "current_setting('lock_configuration'), current_setting('autoinstall_known_extensions')")
    assert rows == [(False, True, False)]


def test_a_damaged_snapshot_gets_a_clear_message(home: Path):
    (home / "published" / "warehouse.duckdb").write_bytes(b"not a database" * 100)
    with pytest.raises(QueryError, match="cannot open the published warehouse .* `claimwatch build` publishes"):
        run_query(home, "select 1")

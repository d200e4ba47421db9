"""End to end in both storage modes, with real parts: file mode (one DuckDB file, published marts snapshot)
and lake mode (DuckLake with its catalog in a real PostgreSQL and its Parquet files on an S3 API server on
127.0.0.1). The same assets, dbt models and readers run in both; only the environment differs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.runs import run_pipeline
from pipelines.warehouse.storage import NotPublished, Storage
from tests.conftest import ROOT, storage_env

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("storage_modes")]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
N_SAMPLES = sum(1 for line in SAMPLES.read_text().splitlines() if line.strip())
MARTS = ("fct_actor_statements", "fct_area_claims", "fct_claim_events", "area_control_series",
         "area_claim_conflicts", "dim_actors", "dim_articles", "fct_place_claims", "dim_places",
         "place_control_timeline", "place_claim_conflicts")


def live(store: Storage, sql: str) -> list[tuple]:
    with store.connect(read_only=True) as con:
        return con.execute(sql).fetchall()


def published(store: Storage, sql: str) -> list[tuple]:
    with store.reader() as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module", params=["file", "lake"])
def built(request, tmp_path_factory) -> tuple[Path, dict]:
    """The bundled samples built once per mode; returns (home, the mode's environment)."""
    home = tmp_path_factory.mktemp(f"built-{request.param}")
    env = {**storage_env(request.param, request), "CLAIMWATCH_HOME": str(home)}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        assert run_pipeline(home, [str(SAMPLES)]).success
    return home, env


@pytest.fixture
def store(built, monkeypatch) -> Storage:
    home, env = built
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return Storage.from_env(home)


def test_every_mart_is_built_and_traces_to_its_article(store: Storage):
    for mart in MARTS:
        assert live(store, f"select count(*) from marts.{mart}")[0][0] > 0 or mart.endswith("_conflicts"), mart
    assert live(store, "select count(*) from marts.dim_articles")[0][0] == N_SAMPLES
    # a claim's evidence is the article text at its span
    assert live(store, """select count(*) from marts.fct_area_claims c join raw.articles a using (article_id)
                          where substr(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.evidence""")[0][0] == 0


def test_readers_see_the_build(store: Storage):
    for mart in MARTS:
        assert published(store, f"select count(*) from marts.{mart}") == live(store, f"select count(*) from marts.{mart}")
    assert (store.home / "published" / "report" / "index.html").read_text().count("<tr>") > 3


def test_cli_query_reads_the_build(store: Storage, built):
    _, env = built
    cli = Path(sys.executable).with_name("claimwatch")
    out = subprocess.run([str(cli), "--home", str(store.home), "query", "--format", "csv",
                          "select count(*) as n from marts.dim_articles"],
                         capture_output=True, text=True, check=True, env={**os.environ, **env}).stdout
    assert out.splitlines() == ["n", str(N_SAMPLES)]


def test_where_the_data_lives(store: Storage, request):
    if store.is_lake:
        _, s3 = request.getfixturevalue("lake_services")
        assert not store.warehouse_path.exists() and not store.published_path.exists()
        assert s3.count_objects(store.data) > 0  # the Parquet files are on the S3 server
        assert live(store, "select count(*) from published.builds")[0][0] == 1  # one complete build recorded
    else:
        # the readers' copy holds the marts, not the raw article texts
        assert store.published_path.stat().st_size < store.warehouse_path.stat().st_size
        with pytest.raises(Exception, match="raw.articles|articles"):
            published(store, "select count(*) from raw.articles")


@pytest.mark.parametrize("mode", ["file", "lake"])
def test_rerun_adds_nothing_and_a_changed_article_replaces_its_rows(mode: str, request, tmp_path: Path, monkeypatch):
    home = tmp_path / "home"
    for k, v in {**storage_env(mode, request), "CLAIMWATCH_HOME": str(home)}.items():
        monkeypatch.setenv(k, v)
    store = Storage.from_env(home)
    with pytest.raises(NotPublished):
        store.reader()
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines()[:2]]
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert run_pipeline(home, [str(src)]).success
    tables = ("raw.articles", "raw.statements", "raw.area_claims", "marts.fct_actor_statements")
    before = [live(store, f"select count(*) from {t}")[0][0] for t in tables]
    first_hash = live(store, "select content_hash from raw.articles order by article_id limit 1")[0][0]

    second = run_pipeline(home, [str(src)])
    assert second.success
    assert [live(store, f"select count(*) from {t}")[0][0] for t in tables] == before
    assert second.asset_materializations_for_node("ingest_articles")[0].metadata["unchanged"].value == 2

    records[0]["text"] += "\n\nUpdate: this article was updated with a correction."
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert run_pipeline(home, [str(src)]).success
    assert live(store, "select count(*) from raw.articles")[0][0] == 2
    assert live(store, "select count(*), count(distinct article_id) from raw.extractions")[0] == (2, 2)
    assert live(store, "select count(*) from raw.articles a join raw.extractions e using (article_id, content_hash)"
                )[0][0] == 2
    assert first_hash not in {r[0] for r in live(store, "select content_hash from raw.articles")}
    assert published(store, "select count(*) from marts.dim_articles")[0][0] == 2

"""End to end in lake mode, with real parts: DuckLake with its catalog in a real PostgreSQL and its Parquet
files on an S3 API server on 127.0.0.1. The same assets, dbt models and readers as file mode (whose end-to-end
tests are test_pipeline.py and the rest); only the environment differs. Lake builds are the slow part (each
model a commit to Postgres and files on S3), so this module builds twice in all: once shared, once changed."""
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

# in `make test` (CI): lake mode end to end, one build against its own PostgreSQL and S3 servers; only the rebuild
# below (marker lake) stays in `make test-lake` (pyproject.toml says why)
pytestmark = [pytest.mark.slow, pytest.mark.lake_e2e, pytest.mark.xdist_group("storage_modes")]
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


@pytest.fixture(scope="module")
def built(request, tmp_path_factory) -> tuple[Path, dict]:
    """The bundled samples built once in lake mode; returns (home, the lake's environment)."""
    home = tmp_path_factory.mktemp("built-lake")
    env = {**storage_env("lake", request), "CLAIMWATCH_HOME": str(home)}
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


def counts_sql(relations) -> str:
    return " union all ".join(f"select '{name}', count(*) from marts.{name}" for name in relations)


def test_every_mart_is_built_and_traces_to_its_article(store: Storage):
    counts = dict(live(store, counts_sql(MARTS)))  # one attach: each costs catalog and S3 round trips
    assert [m for m, n in counts.items() if n == 0 and not m.endswith("_conflicts")] == []
    assert counts["dim_articles"] == N_SAMPLES
    # a claim's evidence is the article text at its span
    assert live(store, """select count(*) from marts.fct_area_claims c join raw.articles a using (article_id)
                          where substr(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.evidence""")[0][0] == 0


def test_readers_see_the_build(store: Storage):
    assert sorted(published(store, counts_sql(MARTS))) == sorted(live(store, counts_sql(MARTS)))
    assert (store.home / "published" / "report" / "index.html").read_text().count("<tr>") > 3


def test_cli_query_reads_the_build(store: Storage, built):
    _, env = built
    cli = Path(sys.executable).with_name("claimwatch")
    out = subprocess.run([str(cli), "--home", str(store.home), "query", "--format", "csv",
                          "select count(*) as n from marts.dim_articles"],
                         capture_output=True, text=True, check=True, env={**os.environ, **env}).stdout
    assert out.splitlines() == ["n", str(N_SAMPLES)]


def test_the_query_sandbox_holds_in_lake_mode(store: Storage, tmp_path: Path):
    from pipelines.queries import QueryError, run_query

    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    with pytest.raises(QueryError, match="disabled by configuration"):
        run_query(store.home, f"select * from read_text('{secret}')")
    _, rows = run_query(store.home, "select current_setting('enable_external_access'), "
                                    "current_setting('lock_configuration'), count(*) from marts.dim_articles")
    assert rows == [(False, True, N_SAMPLES)]


def test_where_the_data_lives(store: Storage, request):
    _, s3 = request.getfixturevalue("lake_services")
    assert not store.warehouse_path.exists() and not store.published_path.exists()
    assert s3.count_objects(store.data) > 0  # the Parquet files are on the S3 server
    assert live(store, "select count(*) from published.builds")[0][0] == 1  # one complete build recorded


@pytest.mark.lake  # a second lake build (~100 s on two cores): in `make test-lake`, not in the suite
def test_rerun_adds_nothing_and_a_changed_article_replaces_its_rows(request, tmp_path: Path, monkeypatch):
    """Last in the module: it writes to the shared lake (the samples again, then one of them changed)."""
    home, env = request.getfixturevalue("built")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    store = Storage.from_env(home)
    tables = ("raw.articles", "raw.statements", "raw.area_claims", "raw.place_claims", "raw.extractions",
              "raw.quarantine", "marts.fct_actor_statements")
    before = [live(store, f"select count(*) from {t}")[0][0] for t in tables]

    again = run_pipeline(home, [str(SAMPLES)], build=False)  # the same input: nothing new to write
    assert again.success
    assert [live(store, f"select count(*) from {t}")[0][0] for t in tables] == before
    assert again.asset_materializations_for_node("ingest_articles")[0].metadata["unchanged"].value == N_SAMPLES

    records = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    old_hash = live(store, f"select content_hash from raw.articles where url = '{records[0]['url']}'")[0][0]
    records[0]["text"] += "\n\nUpdate: this article was updated with a correction."
    src = tmp_path / "changed.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert run_pipeline(home, [str(src)]).success
    assert live(store, "select count(*), count(distinct article_id) from raw.articles")[0] == (N_SAMPLES, N_SAMPLES)
    assert live(store, "select count(*), count(distinct article_id) from raw.extractions")[0] == (N_SAMPLES, N_SAMPLES)
    assert live(store, "select count(*) from raw.articles a join raw.extractions e using (article_id, content_hash)"
                )[0][0] == N_SAMPLES
    assert live(store, "select count(*), count(distinct place_claim_id) from raw.place_claims")[0] == (before[3],) * 2
    assert old_hash not in {r[0] for r in live(store, "select content_hash from raw.articles")}
    assert published(store, "select count(*) from marts.dim_articles")[0][0] == N_SAMPLES
    assert live(store, "select count(*) from published.builds")[0][0] == 2  # the second whole build


def test_a_new_lake_has_nothing_to_read(request, tmp_path: Path, monkeypatch):
    for k, v in {**storage_env("lake", request), "CLAIMWATCH_HOME": str(tmp_path)}.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(NotPublished):
        Storage.from_env(tmp_path).reader()


def _create_lake_at(catalog: str, data: str, barrier, results) -> None:
    """One writer process: wait for the others, then open the (new) lake and write to it."""
    from pipelines.warehouse import lake, raw

    barrier.wait(timeout=60)
    try:
        with lake.connect(catalog, data) as con:
            # the writers' own first write: the raw schema, whose concurrent creation conflicts and is retried
            # (a bare CREATE SCHEMA here lost that race once in CI, 2026-12-01)
            raw.create_schema(con, lake=True)
        results.put("ok")
    except Exception as exc:  # every failure is a finding
        results.put(f"{type(exc).__name__}: {exc}"[:300])


def test_writers_that_create_one_new_lake_at_once_all_get_it(lake_services, tmp_path: Path):
    # a backfill's first day runs start together on an empty catalog: each would create the lake, and
    # PostgreSQL fails all but one of the concurrent CREATE TABLEs (pipelines/warehouse/lake.py, connect)
    import multiprocessing

    pg, _ = lake_services
    context = multiprocessing.get_context("fork")   # started at once: the race is in the first milliseconds
    for _ in range(3):
        catalog = pg.catalog(pg.create_database())
        barrier, results = context.Barrier(4), context.Queue()
        writers = [context.Process(target=_create_lake_at, args=(catalog, str(tmp_path / "data"), barrier, results))
                   for _ in range(4)]
        for w in writers:
            w.start()
        outcomes = [results.get(timeout=120) for _ in writers]
        for w in writers:
            w.join(timeout=60)
        assert outcomes == ["ok"] * 4, outcomes

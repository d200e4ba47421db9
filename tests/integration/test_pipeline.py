"""End to end with real parts: Dagster materialises the real assets into a temporary DuckDB file,
real dbt builds the models, feeds come from a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import ASSETS, resources
from pipelines.defs.automation import RAW_ASSETS
from pipelines.defs.partitions import today
from pipelines.runs import PipelineRun, run_pipeline
from tests.conftest import ROOT, copy_home, skip_unless_ci
from tests.dbt_cli import run_dbt
from tests.fixtures.make_feed import KURSK_ARTICLES, write_feed

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("pipeline")]
SAMPLES = ROOT / "data" / "samples"
N_SAMPLES = sum(1 for line in (SAMPLES / "articles.jsonl").read_text().splitlines() if line.strip())


def materialize(home: Path, sources: list[str]) -> PipelineRun:
    """A Dagster run of the raw assets (ingest and extraction, as a backfill's day run: pipelines/defs/automation.py)
    without the dbt build and the publishing after them: the tests below assert raw tables; the marts are asserted
    on the samples' full build (``built``) and by the modules that test them."""
    result = dg.materialize(ASSETS, selection=RAW_ASSETS, partition_key=today(), resources=resources(str(home)),
                            run_config={"ops": {"ingest_articles": {"config": {"sources": sources}}}})
    return PipelineRun([result])


def scalar(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_build) -> Path:
    """The bundled samples built once (conftest.py's sample_build, copied), for the read-only assertions below."""
    return copy_home(sample_build, tmp_path_factory.mktemp("built"))


def test_sample_run_builds_every_mart(built: Path):
    db = built / "warehouse.duckdb"
    for mart in ("fct_actor_statements", "fct_area_claims", "fct_claim_events", "area_control_series",
                 "area_claim_conflicts", "dim_actors", "dim_articles"):
        assert scalar(db, f"select count(*) from information_schema.tables where table_schema = 'marts' "
                          f"and table_name = '{mart}'") == 1, mart
    assert scalar(db, "select count(*) from marts.dim_articles") == N_SAMPLES
    # every extracted row reaches its mart (69 statements and 23 Kursk figures with extractor 0.2.0; the
    # floors catch an extractor that stops finding them, without pinning the next version's exact count)
    statements = scalar(db, "select count(*) from marts.fct_actor_statements")
    kursk = scalar(db, "select count(*) from marts.fct_area_claims where region = 'Kursk Oblast'")
    assert statements == scalar(db, "select count(*) from raw.statements") and statements >= 60
    assert kursk == scalar(db, "select count(*) from raw.area_claims where region = 'Kursk Oblast'") and kursk >= 20


def test_every_row_traces_to_its_article_and_sentence(built: Path):
    db = built / "warehouse.duckdb"
    orphans = scalar(db, """select count(*) from marts.fct_actor_statements s
                             left join marts.dim_articles a using (article_id) where a.article_id is null""")
    assert orphans == 0
    # the claim's evidence is the article text at its span
    mismatched = scalar(db, """
        select count(*) from marts.fct_area_claims c join raw.articles a using (article_id)
        where substr(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.evidence""")
    assert mismatched == 0


def test_published_snapshot_matches_the_build(built: Path):
    published = built / "published" / "warehouse.duckdb"
    assert published.exists()
    assert scalar(published, "select count(*) from marts.fct_actor_statements") == scalar(
        built / "warehouse.duckdb", "select count(*) from marts.fct_actor_statements")
    # the readers' copy holds the marts (and the quarantine), not the raw article texts: it grows with the marts
    assert published.stat().st_size < (built / "warehouse.duckdb").stat().st_size
    with pytest.raises(duckdb.CatalogException, match="articles"):
        scalar(published, "select count(*) from raw.articles")


def _dbt_nodes(home: Path) -> list[str]:
    """The nodes the last dbt build ran (its run_results.json, kept under the home)."""
    results = json.loads((home / "dbt" / "target" / "run_results.json").read_text())
    return [r["unique_id"] for r in results["results"]]


def test_same_input_twice_adds_nothing(built_home: Path):
    home = built_home                # the samples built once (their first build's dbt nodes are in its target)
    first_nodes = _dbt_nodes(home)
    db = home / "warehouse.duckdb"
    before = [scalar(db, f"select count(*) from {t}") for t in
              ("raw.articles", "raw.statements", "raw.area_claims", "marts.fct_actor_statements")]
    second = run_pipeline(home, [str(SAMPLES / "articles.jsonl")])     # with its build (the nodes below)
    assert second.success
    after = [scalar(db, f"select count(*) from {t}") for t in
             ("raw.articles", "raw.statements", "raw.area_claims", "marts.fct_actor_statements")]
    assert before == after
    meta = second.asset_materializations_for_node("ingest_articles")[0].metadata
    assert meta["new"].value == 0 and meta["unchanged"].value == N_SAMPLES
    extracted = second.asset_materializations_for_node("extract_claims")[0].metadata
    assert extracted["articles_extracted_this_run"].value == 0  # nothing new, nothing re-extracted
    # the reference seeds did not change, so the second build neither reloads them nor re-runs their tests,
    # but keeps the test that relates a model to one of them (pipelines/warehouse/reference_state.py)
    second_nodes = _dbt_nodes(home)
    assert sum(n.startswith("seed.") for n in first_nodes) == 7
    assert not any(n.startswith("seed.") for n in second_nodes)
    assert not any(".unique_places_place_id" in n for n in second_nodes) and any(
        ".unique_places_place_id" in n for n in first_nodes)
    related = [n for n in first_nodes if n.startswith("test.") and "ref_regions_" in n and "stg_raw" in n]
    assert related and set(related) <= set(second_nodes)
    assert scalar(db, "select count(*) from reference.places") > 400


def test_changed_article_is_replaced_and_reextracted(home: Path, tmp_path: Path):
    record = json.loads((SAMPLES / "articles.jsonl").read_text().splitlines()[0])
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(record) + "\n")
    assert materialize(home, [str(src)]).success
    db = home / "warehouse.duckdb"
    first_hash = scalar(db, "select content_hash from raw.articles")
    record["text"] += "\n\nUpdate: this article was updated with a correction."
    src.write_text(json.dumps(record) + "\n")
    assert materialize(home, [str(src)]).success
    assert scalar(db, "select count(*) from raw.articles") == 1
    assert scalar(db, "select content_hash from raw.articles") != first_hash
    assert scalar(db, "select count(distinct content_hash) from raw.extractions") == 1
    assert scalar(db, "select content_hash from raw.extractions") == scalar(db, "select content_hash from raw.articles")


def test_feed_over_http_is_ingested_with_item_dates(home: Path, http_server):
    base, root = http_server
    feed_url = write_feed(root, base, KURSK_ARTICLES)
    assert materialize(home, [feed_url]).success
    db = home / "warehouse.duckdb"
    got = rows(db, "select url, source, cast(published_at as date), published_at_origin from raw.articles "
                   "order by url")
    assert [r[0].rsplit("/", 1)[1] for r in got] == ["kremlin-reaction.html", "kursk-advance.html"]
    assert {r[1] for r in got} == {"Example Wire"}
    assert [str(r[2]) for r in got] == ["2024-08-16", "2024-08-15"]
    assert {r[3] for r in got} == {"feed"}
    # navigation and footer are not article text
    assert scalar(db, "select count(*) from raw.articles where text like '%All rights reserved%'") == 0
    # the same feed again adds nothing
    assert materialize(home, [feed_url]).success
    assert scalar(db, "select count(*) from raw.articles") == 2


def test_bad_inputs_are_quarantined_and_the_rest_go_through(home: Path, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = json.loads((SAMPLES / "articles.jsonl").read_text().splitlines()[0])
    (inbox / "batch.jsonl").write_text(json.dumps(good) + "\n" + '{"url": "https://x.org/a", "text": "trunc\n'
                                       + json.dumps({"url": "https://x.org/b", "title": "no text"}) + "\n")
    (inbox / "empty.txt").write_text("")
    (inbox / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    assert materialize(home, [str(inbox)]).success
    db = home / "warehouse.duckdb"
    assert scalar(db, "select count(*) from raw.articles") == 1
    reasons = dict(rows(db, "select origin, reason from raw.quarantine"))
    assert len(reasons) == 4
    assert any("invalid JSON" in r for r in reasons.values())
    assert any("no 'text'" in r for r in reasons.values())
    assert any("empty" in r for r in reasons.values())
    assert any("PDF" in r for r in reasons.values())


def test_cli_query_prints_a_table(built: Path):
    cli = Path(sys.executable).with_name("claimwatch")
    out = subprocess.run([str(cli), "--home", str(built), "query",
                          "select speaker, statement_type, quote_text from marts.fct_actor_statements"],
                         capture_output=True, text=True, check=True).stdout
    assert "speaker" in out and "statement_type" in out
    assert "Syrskyi" in out
    csv_out = subprocess.run([str(cli), "--home", str(built), "query", "--format", "csv",
                              "select count(*) as n from marts.dim_articles"],
                             capture_output=True, text=True, check=True).stdout
    assert csv_out.splitlines() == ["n", str(N_SAMPLES)]


def test_dbt_unit_tests_pass(built: Path):
    """dbt unit tests (hand-made rows for forward-fill, dedup and conflicts) run here, not in every build."""
    proc = run_dbt(built / "warehouse.duckdb", built / "dbt_target", "test", "--select", "test_type:unit")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "ERROR=0" in proc.stdout and "PASS=0" not in proc.stdout


def test_dbt_docs_generate_and_every_model_and_column_is_described(built: Path):
    """`make docs` works, and the docs say what every model and every built column means."""
    target = built / "docs_target"
    proc = run_dbt(built / "warehouse.duckdb", target, "docs", "generate")
    assert proc.returncode == 0, proc.stdout[-3000:]
    manifest = json.loads((target / "manifest.json").read_text())
    catalog = json.loads((target / "catalog.json").read_text())
    undocumented = []
    for uid, node in manifest["nodes"].items():
        if node["resource_type"] != "model":
            continue
        if not node.get("description"):
            undocumented.append(uid)
        described = {c for c, v in node["columns"].items() if v.get("description")}
        built_columns = {c.lower() for c in catalog["nodes"][uid]["columns"]}
        undocumented += [f"{uid}.{c}" for c in sorted(built_columns - described)]
    assert not undocumented, undocumented


def test_seed_article_d000_matches_its_gold(built: Path):
    """The first sample is the dev corpus's seed article: the warehouse must reproduce its gold exactly."""
    import importlib.util

    scorer_path = ROOT.parent / "shared" / "eval" / "score.py"
    if not scorer_path.exists():
        skip_unless_ci(f"the shared scorer is not at {scorer_path}")
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = [g for g in score.load_jsonl(str(scorer_path.parent / "dev" / "gold.jsonl")) if g["id"] == "d000"]
    result = score.score(gold, score.from_warehouse(str(built / "warehouse.duckdb")))
    assert result["statements"]["f1"] == 1.0, result["statements"]
    assert result["area_claims"]["f1"] == 1.0, result["area_claims"]
    # and the rows an analyst reads
    db = built / "warehouse.duckdb"
    d000 = "(select article_id from marts.dim_articles where url like '%seed/ukrainian-forces-strengthen%')"
    speakers = {r[0] for r in rows(db, f"select speaker from marts.fct_actor_statements where article_id = {d000}")}
    assert speakers == {"Volodymyr Zelensky", "Oleksandr Syrskyi", "Heorhii Tykhyi", "Mykhailo Podolyak"}
    quotes = rows(db, f"""select quote_text from marts.fct_actor_statements
                          where article_id = {d000} and statement_type = 'direct' order by char_start""")
    assert "Only pressure works" in quotes[-1][0]
    claims = set(rows(db, f"""select metric, value_low, value_high, cast(as_of as varchar), claimant
                              from marts.fct_area_claims where article_id = {d000}"""))
    assert ("area_controlled", 1000.0, 1000.0, "2024-08-13", "Oleksandr Syrskyi") in claims
    assert ("advance_depth", 1.0, 3.0, "2024-08-13", "Oleksandr Syrskyi") in claims
    assert ("territory_share", 0.2, 0.2, "2024-08-13", None) in claims


def test_a_build_of_some_models_records_no_seed_fingerprint(home: Path):
    """A subset of the models (as launched from the UI) may load no seed, so it must not record the seeds'
    fingerprint: the next whole build would then skip loading them (pipelines/warehouse/reference_state.py)."""
    from pipelines.definitions import ASSETS, resources
    from pipelines.defs.assets.dbt import claimwatch_dbt_models
    from pipelines.runs import run_pipeline

    assert run_pipeline(home, [str(SAMPLES / "articles.jsonl")], build=False).success  # raw articles only
    staging = next(k for k in claimwatch_dbt_models.keys if k.path[-1] == "stg_raw__articles")
    result = dg.materialize(ASSETS, selection=dg.AssetSelection.assets(staging), resources=resources(str(home)))
    assert result.success
    db = home / "warehouse.duckdb"
    assert scalar(db, "select count(*) from staging.stg_raw__articles") == N_SAMPLES
    assert scalar(db, "select count(*) from duckdb_tables() where schema_name = 'build_state'") == 0
    assert not any(n.startswith("seed.") for n in _dbt_nodes(home))

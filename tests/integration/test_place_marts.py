"""Named places end to end: real Dagster assets, real extractor, real dbt, on three articles of our own
(tests/fixtures/place_articles.jsonl): a Russian capture claim, the Ukrainian denial and counter-claim, and
a historical capture."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.runs import run_pipeline
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("pipeline")]
ARTICLES = ROOT / "tests" / "fixtures" / "place_articles.jsonl"


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    home = tmp_path_factory.mktemp("places")
    result = run_pipeline(home, [str(ARTICLES)], day="2025-11-03")
    assert result.success          # a conflict is a finding, not a failure
    return home, result


@pytest.fixture(scope="module")
def built(run) -> Path:
    return run[0] / "warehouse.duckdb"


def test_fct_place_claims_rows(built: Path):
    got = set(rows(built, "select place, place_id, region, controller, stance, claimant, cast(as_of as varchar) "
                          "from marts.fct_place_claims"))
    assert ("Pokrovsk", "ua-donetsk-pokrovsk", "Donetsk Oblast", "Russia", "asserted",
            "Russian Ministry of Defence", "2025-11-01") in got
    assert ("Pokrovsk", "ua-donetsk-pokrovsk", "Donetsk Oblast", "Russia", "denied",
            "Ukrainian General Staff", "2025-11-02") in got
    assert ("Pokrovsk", "ua-donetsk-pokrovsk", "Donetsk Oblast", "Ukraine", "asserted",
            "Ukrainian General Staff", "2025-11-02") in got
    assert ("Avdiivka", "ua-donetsk-avdiivka", "Donetsk Oblast", "Russia", "asserted", None, "2024-02-29") in got
    assert not any(place == "Kostiantynivka" for place, *_ in got)   # "fighting near" is not a claim
    # every row's evidence is the article text at its span, and its extractor version is recorded
    assert rows(built, """select count(*) from marts.fct_place_claims c join raw.articles a using (article_id)
                          where substr(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.evidence
                             or c.extractor_version is null""") == [(0,)]


def test_conflicts_timeline_and_dim_places(built: Path):
    kinds = {r[0] for r in rows(built, "select conflict_type from marts.place_claim_conflicts where place = 'Pokrovsk'")}
    assert kinds == {"sides_disagree", "assertion_denied"}
    timeline = rows(built, "select claimant_side, controller from marts.place_control_timeline "
                           "where place = 'Pokrovsk' order by claimant_side")
    assert timeline == [("Russia", "Russia"), ("Ukraine", "Ukraine")]
    assert rows(built, "select n_claims > 0 from marts.dim_places where name = 'Pokrovsk'") == [(True,)]
    assert rows(built, "select count(*) > 500 from marts.dim_places") == [(True,)]


def test_new_place_conflicts_warn_without_failing(run):
    (evaluation,) = [e for e in run[1].get_asset_check_evaluations() if e.check_name == "no_new_place_conflicts"]
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
    assert evaluation.metadata["new_conflicts"].value == evaluation.metadata["conflicts"].value >= 2


def test_place_assets_are_in_the_lineage_graph_with_their_check():
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()

    def upstream(key: dg.AssetKey) -> set[dg.AssetKey]:
        seen, todo = set(), [key]
        while todo:
            for parent in graph.get(todo.pop()).parent_keys:
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    for mart in ("fct_place_claims", "place_control_timeline", "place_claim_conflicts"):
        ups = upstream(dg.AssetKey(["marts", mart]))
        assert {dg.AssetKey(["raw", "place_claims"]), dg.AssetKey(["raw", "articles"]),
                dg.AssetKey(["staging", "stg_raw__place_claims"])} <= ups, mart
    assert dg.AssetKey(["marts", "place_claim_conflicts"]) in upstream(dg.AssetKey(["published", "warehouse"]))
    checks = {(k.asset_key, k.name) for k in graph.asset_check_keys}
    assert (dg.AssetKey(["marts", "place_claim_conflicts"]), "no_new_place_conflicts") in checks

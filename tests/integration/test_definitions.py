"""The code location loads, and the asset graph links sources -> raw -> staging -> marts."""
from __future__ import annotations

import dagster as dg

from pipelines.definitions import defs


def test_definitions_load_and_validate():
    dg.Definitions.validate_loadable(defs)
    assert defs.resolve_job_def("claimwatch_job") is not None
    assert defs.resolve_schedule_def("poll_feeds_schedule") is not None
    assert defs.resolve_sensor_def("inbox_sensor") is not None


def test_lineage_runs_from_raw_tables_to_marts():
    graph = defs.resolve_asset_graph()

    def upstream(key: dg.AssetKey) -> set[dg.AssetKey]:
        seen, todo = set(), [key]
        while todo:
            for parent in graph.get(todo.pop()).parent_keys:
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    for mart in ("fct_actor_statements", "fct_area_claims", "area_control_series"):
        ups = upstream(dg.AssetKey(["marts", mart]))
        assert dg.AssetKey(["raw", "articles"]) in ups, mart
        assert any(k.path[-1].startswith("stg_raw__") for k in ups), mart
    assert dg.AssetKey(["raw", "statements"]) in upstream(dg.AssetKey(["marts", "fct_actor_statements"]))
    assert dg.AssetKey(["raw", "area_claims"]) in upstream(dg.AssetKey(["marts", "fct_area_claims"]))
    # claims against the record: the assessed series' own raw asset (group ingest) feeds the comparison
    for mart in ("claims_vs_assessed", "claimant_track_record"):
        ups = upstream(dg.AssetKey(["marts", mart]))
        assert {dg.AssetKey(["raw", "assessed_control"]), dg.AssetKey(["raw", "area_claims"])} <= ups, mart
    assert graph.get(dg.AssetKey(["raw", "assessed_control"])).group_name == "ingest"


def test_dbt_tests_are_asset_checks():
    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert any(name.startswith("unique_stg_raw__statements") for name in checks)

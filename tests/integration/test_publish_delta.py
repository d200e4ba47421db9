"""File mode: the readers' snapshot made by delta after an incremental build equals the warehouse, row by row
(pipelines/warehouse/publish.py; each mart's `meta.publish` says how it takes a delta)."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipelines.runs import run_pipeline
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("publish_delta")]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
# one mart of each delta plan: by_key, by_row_hash (two), by_group
DELTA_MARTS = ["fct_actor_statements", "area_control_series", "fct_claim_events", "area_claim_conflicts"]


def _differences(home: Path) -> dict[str, tuple[int, int]]:
    """Per published table: (rows only the warehouse has, rows only the snapshot has), by whole-row hash."""
    con = duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True)
    try:
        con.execute(f"attach '{home / 'warehouse.duckdb'}' as src (read_only)")
        tables = con.execute("select schema_name, table_name from duckdb_tables() where database_name = "
                             "current_database() and schema_name <> 'claimwatch_publish'").fetchall()
        out = {}
        for schema, name in tables:
            t = f'"{schema}"."{name}"'
            out[f"{schema}.{name}"] = tuple(con.execute(
                f"select (select count(*) from src.{t} as s where hash(s) not in (select hash(p) from {t} as p)), "
                f"(select count(*) from {t} as p where hash(p) not in (select hash(s) from src.{t} as s))").fetchone())
        return out
    finally:
        con.close()


def _delta_builds(home: Path) -> int:
    with duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True) as con:
        return con.execute("select delta_builds from claimwatch_publish.state").fetchone()[0]


def _belgorod(day: int, km2: str) -> dict:
    """An article of our own with one figure of one series: Ukraine's holding in Belgorod Oblast (no sample
    has a figure there)."""
    return {"url": f"https://example.org/belgorod-{day}", "title": f"Belgorod, August {day}", "source": "Test Wire",
            "published_at": f"2024-08-{day:02d}T12:00:00Z",
            "text": f"Ukrainian forces now control {km2} square kilometres of Russia's Belgorod region, "
                    "commander-in-chief Oleksandr Syrskyi said on Saturday. Fighting continued along the border."}


def _russian_figure(day: int, km2: str) -> dict:
    """The other side's figure for the same holding, from another outlet."""
    return {"url": f"https://example.org/belgorod-mod-{day}", "title": f"Moscow on Belgorod, August {day}",
            "source": "Other Wire", "published_at": f"2024-08-{day:02d}T15:00:00Z",
            "text": f"Ukrainian forces now control only {km2} square kilometres of Russia's Belgorod region, the "
                    "Russian defence ministry said on Saturday. Fighting continued along the border."}


def test_a_snapshot_made_by_delta_equals_the_warehouse(built_home: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_STORAGE", "file")
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    home = built_home    # the samples built, their snapshot published in full (conftest.py's sample_build)
    assert _delta_builds(home) == 0
    runs = {
        # two figures of one series, ten days apart
        "first": [_belgorod(10, "1,000"), _belgorod(24, "1,250")],
        # a figure between them: the days after it, carried forward, are rewritten with no stamp of their own;
        # and the other side's figure for the last day, a new conflict (area_claim_conflicts takes a delta by
        # the groups its queue marked); in the same run (one build fewer: ~25 s of CI), an article changed: its
        # rows replaced, its claim events and conflicts recomputed
        "between": [_belgorod(17, "1,100"), _russian_figure(24, "400"),
                    {**records[0], "text": records[0]["text"] + "\n\nUpdate: this article was corrected on Friday."}],
    }
    for n, (name, articles) in enumerate(runs.items(), start=1):
        source = tmp_path / f"{name}.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in articles))
        assert run_pipeline(home, [str(source)]).success
        assert _delta_builds(home) == n        # after the samples' snapshot in full, each by delta
        differences = _differences(home)
        assert "marts.area_control_series" in differences and "marts.fct_actor_statements" in differences
        assert {t: d for t, d in differences.items() if d != (0, 0)} == {}, name
        # each plan was taken, not the full copy a delta falls back to when its counts disagree
        with duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True) as con:
            how = dict(con.execute("select relation, how from claimwatch_publish.tables").fetchall())
        assert {m: how[f"marts.{m}"] for m in DELTA_MARTS} == dict.fromkeys(DELTA_MARTS, "delta"), name
        if name == "between":
            with duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True) as con:
                carried = con.execute(
                    "select value_low from marts.area_control_series where region = 'Belgorod Oblast' "
                    "and metric = 'area_controlled' and day = date '2024-08-20'").fetchall()
            assert carried == [(1100.0,)]    # carried forward from the new figure, not from the old one
            with duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True) as con:
                conflicts = con.execute(
                    "select conflict_type, value_a, value_b from marts.area_claim_conflicts "
                    "where region = 'Belgorod Oblast' and as_of = date '2024-08-24'").fetchall()
                marked = con.execute("select relation, mark from claimwatch_publish.marks").fetchall()
            assert len(conflicts) == 1 and {conflicts[0][1], conflicts[0][2]} == {400.0, 1250.0}, conflicts
            assert [r for r, m in marked if m is not None] == ["marts.area_claim_conflicts"]

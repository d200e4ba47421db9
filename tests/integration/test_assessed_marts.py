"""Claims against the record end to end: the real assets load both reference series (liveuamap's CSV, NZZ's
JSON) from configuration, the real extractor reads five articles of our own (tests/fixtures/assessed_articles.jsonl),
real dbt builds claims_vs_assessed, claimant_track_record and the honest series. Expected values are computed by
hand from the reference files."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.runs import run_pipeline
from tests.conftest import ROOT, skip_unless_ci

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("pipeline")]
ARTICLES = ROOT / "tests" / "fixtures" / "assessed_articles.jsonl"
REFERENCE = ROOT.parent / "shared" / "reference" / "assessed"
UKRAINE_KM2 = 603628.0   # seeds/regions.csv
# liveuamap_territory.csv
LIVEUAMAP = {"2024-09-30": 110406.756, "2024-10-31": 111104.785}


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    if not (REFERENCE / "liveuamap_territory.csv").exists():
        skip_unless_ci(f"the reference series are not in {REFERENCE}")
    home = tmp_path_factory.mktemp("assessed")
    config = home / "assessed.yaml"
    config.write_text(f"""assessed:
  - path: {REFERENCE / 'liveuamap_territory.csv'}
    source: liveuamap
    region: Ukraine
    controller: Russia
    date_column: date
    area_column: area
    credit: liveuamap (conflict-investigations/liveuamap-analysis)
  - path: {REFERENCE / 'nzz_area_occupied.json'}
    source: nzz
    region: Ukraine
    controller: Russia
    credit: NZZ
  - path: {home / 'missing.csv'}
    source: missing
    region: Ukraine
    controller: Russia
""")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMWATCH_ASSESSED_CONFIG", str(config))
        result = run_pipeline(home, [str(ARTICLES)], day="2024-11-03")
    assert result.success
    return home


@pytest.fixture(scope="module")
def db(home: Path) -> Path:
    return home / "warehouse.duckdb"


def test_both_reference_series_load_and_a_missing_one_is_quarantined(db: Path):
    assert rows(db, "select source, count(*), min(date)::varchar, max(date)::varchar from raw.assessed_control "
                    "group by 1 order by 1") == [("liveuamap", 1062, "2022-02-20", "2025-01-16"),
                                                 ("nzz", 384, "2022-02-24", "2023-03-14")]
    ((origin, stage, reason),) = rows(db, "select origin, stage, reason from raw.quarantine")
    assert origin.endswith("missing.csv") and stage == "assessed" and "FileNotFoundError" in reason


def test_a_share_of_ukraine_against_the_liveuamap_area_that_day(db: Path):
    """"Russian forces now occupy about 18% of Ukraine" (2024-10-31) vs liveuamap's 111,104.785 km2 that day."""
    ((value, as_of, ratio, diff, within, claimant),) = rows(db, """
        select assessed_value, assessed_as_of::varchar, ratio, difference, within_tolerance, claimant
        from marts.claims_vs_assessed where metric = 'territory_share'""")
    expected = LIVEUAMAP["2024-10-31"] / UKRAINE_KM2          # 0.18406...
    assert value == pytest.approx(expected) and as_of == "2024-10-31"
    assert ratio == pytest.approx(0.18 / expected) and diff == pytest.approx(0.18 - expected)
    assert within and claimant == "Ukrainian General Staff"


def test_a_monthly_gain_against_the_assessed_change_over_that_month(db: Path):
    """"captured 500 square kilometres ... in October" (31 days to 2024-10-31) vs liveuamap's change from
    2024-09-30 to 2024-10-31: 111,104.785 - 110,406.756 = 698.029 km2."""
    ((value, start, end, ratio, within, side),) = rows(db, """
        select assessed_value, assessed_from::varchar, assessed_as_of::varchar, ratio, within_tolerance,
               claimant_side
        from marts.claims_vs_assessed where metric = 'area_gained'""")
    assert (start, end, side) == ("2024-09-30", "2024-10-31", "Russia")
    assert value == pytest.approx(698.029) and ratio == pytest.approx(500 / 698.029) and not within


def test_historical_figures_and_regions_without_a_series_are_left_out(db: Path):
    assert rows(db, "select count(*) from marts.fct_area_claims where temporal_scope = 'historical'") == [(1,)]
    assert rows(db, "select metric, assessed_source from marts.claims_vs_assessed order by metric") == [
        ("area_gained", "liveuamap"), ("territory_share", "liveuamap")]   # NZZ ends in 2023: no pair


def test_track_record_per_claimant_and_side(db: Path):
    got = rows(db, """select claimant, claimant_side, assessed_source, comparable_claims, median_ratio,
                             share_within_tolerance, first_as_of::varchar, last_as_of::varchar
                      from marts.claimant_track_record order by claimant""")
    assert [r[:4] for r in got] == [("Russian Ministry of Defence", "Russia", "liveuamap", 1),
                                    ("Ukrainian General Staff", "Ukraine", "liveuamap", 1)]
    assert got[0][4] == pytest.approx(500 / 698.029) and got[0][5] == 0.0
    assert got[1][5] == 1.0 and got[1][6:] == ("2024-10-31", "2024-10-31")


def test_the_series_goes_stale_after_fourteen_days(db: Path):
    """Kursk: 1,000 km2 claimed on 2024-08-12, 900 on 2024-09-20: carried to 08-26, stale 08-27..09-19."""
    got = rows(db, """select day::varchar, value_low, is_stale from marts.area_control_series
                      where region = 'Kursk Oblast' and metric = 'area_controlled' order by day""")
    assert got[0] == ("2024-08-12", 1000.0, False) and got[14] == ("2024-08-26", 1000.0, False)
    stale = [d for d, v, s in got if s]
    assert stale[0] == "2024-08-27" and stale[-1] == "2024-09-19" and len(stale) == 24
    assert all(v is None for _, v, s in got if s) and got[-1] == ("2024-09-20", 900.0, False)


def test_the_report_charts_the_record_with_its_credit(home: Path):
    report = home / "published" / "report"
    assert (report / "claims_vs_assessed.png").stat().st_size > 10_000
    page = (report / "index.html").read_text()
    assert "Claims against the record" in page
    assert "liveuamap (conflict-investigations/liveuamap-analysis)" in page and "NZZ" in page


def test_the_cli_loads_one_file_quarantines_its_bad_rows_and_rebuilds(home: Path, tmp_path: Path):
    series = tmp_path / "isw.csv"
    series.write_text("day,km2\n2024-09-30,110000\n2024-10-31,111000\n2024-10-15,oops\n")
    cli = Path(sys.executable).with_name("claimwatch")
    proc = subprocess.run([str(cli), "--home", str(home), "assessed", str(series), "--source", "isw", "--region",
                           "Ukraine", "--controller", "Russia", "--date-column", "day", "--area-column", "km2",
                           "--credit", "ISW"], capture_output=True, text=True,
                          env={**os.environ, "CLAIMWATCH_ASSESSED_CONFIG": str(home / "assessed.yaml")})
    assert proc.returncode == 4, proc.stderr[-2000:]   # the run finished; one row could not be read
    assert "1 row(s) could not be read" in proc.stderr and "line 4" in proc.stderr
    published = home / "published" / "warehouse.duckdb"
    assert rows(published, "select metric, assessed_value from marts.claims_vs_assessed "
                           "where assessed_source = 'isw' order by metric") == [
        ("area_gained", 1000.0), ("territory_share", pytest.approx(111000 / UKRAINE_KM2))]


def test_every_documented_column_of_an_incremental_mart_is_built(db: Path):
    """macros/incremental.sql rebuilds in full a table that lacks a documented column (an older model's table):
    a documented column that the model never builds would make every build a full one."""
    import json

    manifest = json.loads((ROOT / "dbt_project" / "target" / "manifest.json").read_text())
    missing = []
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["config"].get("materialized") != "incremental":
            continue
        built = {c for (c,) in rows(db, f"select column_name from information_schema.columns "
                                        f"where table_schema = '{node['schema']}' and table_name = '{node['name']}'")}
        missing += [f"{node['name']}.{c}" for c in node["columns"] if c.lower() not in {b.lower() for b in built}]
    assert not missing, missing

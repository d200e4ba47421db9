"""Assessed control series: parsing (CSV and JSON, the two reference files), bad rows rejected with a reason,
and the raw writer (a re-load replaces the file's rows, an unchanged file is left alone, quarantine clears)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.ingestion.assessed import AssessedSpec, parse_assessed, read_assessed, specs_from_config
from pipelines.warehouse import raw
from pipelines.warehouse.assessed import quarantine_unreadable, write_assessed
from tests.conftest import ROOT, skip_unless_ci

REFERENCE = ROOT.parent / "shared" / "reference" / "assessed"


def spec(location="x.csv", **kw) -> AssessedSpec:
    return AssessedSpec(**{**dict(location=location, source="test", region="Ukraine", controller="Russia"), **kw})


@pytest.fixture
def reference() -> Path:
    if not (REFERENCE / "liveuamap_territory.csv").exists():
        skip_unless_ci(f"the reference series are not in {REFERENCE}")
    return REFERENCE


def test_the_liveuamap_csv_reads_whole(reference: Path):
    read = read_assessed(spec(str(reference / "liveuamap_territory.csv"), source="liveuamap",
                              date_column="date", area_column="area"))
    assert len(read.rows) == 1062 and not read.rejected
    assert read.rows[0].date == date(2022, 2, 20) and read.rows[0].area_km2 == pytest.approx(42980.991)
    assert read.origin == str((reference / "liveuamap_territory.csv").resolve())


def test_the_nzz_json_object_reads_whole(reference: Path):
    read = read_assessed(spec(str(reference / "nzz_area_occupied.json"), source="nzz"))
    assert not read.rejected and len(read.rows) == 384
    assert (read.rows[0].date, read.rows[0].area_km2) == (date(2022, 2, 24), pytest.approx(30619.84572184))
    assert max(r.date for r in read.rows) == date(2023, 3, 14)


def test_bad_rows_are_rejected_with_a_reason_and_the_rest_load():
    content = (b"day,km2\n2024-01-01,100\n2024-01-02,abc\nnot a date,5\n2024-01-03,-4\n2024-01-01,101\n"
               b"2024-01-04,\"1,234.5\"\n2024-01-05,nan\n")
    read = parse_assessed(content, spec(date_column="day", area_column="km2"), "/data/x.csv")
    assert [(r.date.isoformat(), r.area_km2) for r in read.rows] == [("2024-01-01", 100.0), ("2024-01-04", 1234.5)]
    reasons = {r.origin: r.reason for r in read.rejected}
    assert reasons == {
        "/data/x.csv#line 3": "assessed row: unreadable area: could not convert string to float: 'abc'",
        "/data/x.csv#line 4": "assessed row: unreadable date: Invalid isoformat string: 'not a date'",
        "/data/x.csv#line 5": "assessed row: unreadable area: negative area: '-4'",
        "/data/x.csv#line 6": "assessed row: date 2024-01-01 repeats line 2",
        "/data/x.csv#line 8": "assessed row: unreadable area: not a finite number: 'nan'",
    }


def test_a_json_list_of_objects_and_a_missing_column():
    read = parse_assessed(b'[{"when": "2024-01-01T00:00:00", "sq_km": 10}, {"when": "2024-01-02", "sq_km": null}]',
                          spec(date_column="when", area_column="sq_km"), "u")
    assert len(read.rows) == 1 and len(read.rejected) == 1
    with pytest.raises(ValueError, match="no area column 'area'"):
        parse_assessed(b"date,km\n2024-01-01,1\n", spec(area_column="area"), "u")


def test_a_series_names_a_known_region_and_a_side(tmp_path: Path):
    with pytest.raises(ValueError, match="controller"):
        spec(controller="NATO")
    (tmp_path / "a.csv").write_text("date,area\n2024-01-01,1\n")
    with pytest.raises(ValueError, match="unknown region 'Narnia'"):
        read_assessed(spec(str(tmp_path / "a.csv"), region="Narnia"))


def test_configuration_lists_series_relative_to_its_file(tmp_path: Path):
    (tmp_path / "assessed.yaml").write_text(
        "assessed:\n  - path: data/a.csv\n    source: s\n    region: Ukraine\n    controller: Russia\n"
        "    credit: Someone\n  - url: https://example.org/b.json\n    source: t\n    region: Ukraine\n"
        "    controller: Russia\n")
    a, b = specs_from_config(tmp_path / "assessed.yaml")
    assert a.location == str(tmp_path / "data" / "a.csv") and a.credit == "Someone"
    assert b.location == "https://example.org/b.json"
    assert specs_from_config(tmp_path / "missing.yaml") == []


def _rows(con) -> list[tuple]:
    return con.execute("select cast(date as varchar), area_km2, source, credit from raw.assessed_control "
                       "order by date").fetchall()


def test_a_reload_replaces_the_files_rows_and_its_quarantine(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    s = spec("/data/x.csv", credit="c1")
    first = parse_assessed(b"date,area\n2024-01-01,100\n2024-01-02,bad\n2024-01-03,120\n", s, "/data/x.csv")
    assert write_assessed(con, s, first, "b1") == dict(loaded=2, unchanged=0, replaced=0, quarantined=1)
    assert write_assessed(con, s, first, "b2") == dict(loaded=0, unchanged=2, replaced=0, quarantined=0)
    assert con.execute("select origin, stage, attempts from raw.quarantine").fetchall() == [
        ("/data/x.csv#line 3", "assessed", 1)]
    # the file changed: a day fixed, a day gone, a day added; the other file's rows stay
    other = parse_assessed(b"date,area\n2024-01-01,7\n", spec("/data/y.csv", source="other"), "/data/y.csv")
    write_assessed(con, spec("/data/y.csv", source="other"), other, "b3")
    second = parse_assessed(b"date,area\n2024-01-02,110\n2024-01-04,130\n", s, "/data/x.csv")
    assert write_assessed(con, s, second, "b4") == dict(loaded=2, unchanged=0, replaced=2, quarantined=0)
    assert _rows(con) == [("2024-01-01", 7.0, "other", None), ("2024-01-02", 110.0, "test", "c1"),
                          ("2024-01-04", 130.0, "test", "c1")]
    assert con.execute("select count(*) from raw.quarantine").fetchone()[0] == 0
    # the same file with another credit is loaded again (the credit is part of every row)
    s2 = spec("/data/x.csv", credit="c2")
    assert write_assessed(con, s2, second, "b5")["loaded"] == 2
    assert {r[3] for r in _rows(con) if r[2] == "test"} == {"c2"}
    con.close()


def test_an_unreadable_series_is_quarantined_once(tmp_path: Path):
    con = raw.connect(tmp_path / "w.duckdb")
    for batch in ("b1", "b2"):
        quarantine_unreadable(con, "/data/missing.csv", "FileNotFoundError: no such file", batch)
    assert con.execute("select origin, stage, attempts, reason from raw.quarantine").fetchall() == [
        ("/data/missing.csv", "assessed", 2, "assessed series: FileNotFoundError: no such file")]
    con.close()

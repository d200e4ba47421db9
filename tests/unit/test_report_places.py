"""The named-places report on a hand-made marts schema in an in-memory DuckDB (the real SQL, no warehouse)."""
from datetime import date

import duckdb

from pipelines.report_places import disputed_places, draw_places_map, places_section


def marts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute("""create table marts.dim_places as select * from (values
        ('ua-pokrovsk', 'Pokrovsk', 'Donetsk Oblast', 37.18, 48.28),
        ('ua-myrnohrad', 'Myrnohrad', 'Donetsk Oblast', 37.26, 48.30),
        ('ua-kramatorsk', 'Kramatorsk', 'Donetsk Oblast', 37.56, 48.72),
        ('ru-sudzha', 'Sudzha', 'Kursk Oblast', 35.27, 51.19)) t(place_id, name, region, longitude, latitude)""")
    con.execute("""create table marts.fct_place_claims as select * from (values
        ('c1', 'ua-pokrovsk', 'ua-pokrovsk', 'Pokrovsk', 'Donetsk Oblast', 'Russia', 'Russian Ministry of Defence',
         'Russia', 'asserted', date '2025-10-30', timestamp '2025-10-30 10:00', 'Wire A'),
        ('c2', 'ua-pokrovsk', 'ua-pokrovsk', 'Pokrovsk', 'Donetsk Oblast', 'Russia', 'Russian Ministry of Defence',
         'Russia', 'asserted', date '2025-11-01', timestamp '2025-11-01 10:00', 'Wire B'),
        ('c3', 'ua-pokrovsk', 'ua-pokrovsk', 'Pokrovsk', 'Donetsk Oblast', 'Ukraine', 'Ukrainian General Staff',
         'Russia', 'denied', date '2025-11-02', timestamp '2025-11-02 10:00', 'Paper C'),
        ('c4', 'ua-kramatorsk', 'ua-kramatorsk', 'Kramatorsk', 'Donetsk Oblast', null, null,
         'Ukraine', 'asserted', date '2025-11-02', timestamp '2025-11-02 10:00', 'Paper C'))
        t(place_claim_id, place_key, place_id, place, region, claimant_side, claimant, controller, stance, as_of,
          published_at, article_source)""")
    con.execute("create table marts.place_claim_conflicts as select 'ua-pokrovsk' as place_key")
    return con


def test_disputed_places_show_each_sides_latest_claim_with_sources():
    rows = disputed_places(marts())
    assert rows == [
        ("Pokrovsk", "Donetsk Oblast", "Russia", "Russia", "asserted", "Russian Ministry of Defence",
         date(2025, 11, 1), "Wire B"),
        ("Pokrovsk", "Donetsk Oblast", "Ukraine", "Russia", "denied", "Ukrainian General Staff",
         date(2025, 11, 2), "Paper C"),
    ]


def test_map_is_drawn_per_side_and_the_section_escapes_names(tmp_path):
    con = marts()
    path = draw_places_map(con, tmp_path / "map.png")
    assert path is not None and path.read_bytes()[:4] == b"\x89PNG"
    con.execute("update marts.fct_place_claims set claimant = '<script>x</script>' where place_claim_id = 'c3'")
    html = places_section(con, tmp_path)
    assert "places_map.png" in html and "&lt;script&gt;" in html and "<script>" not in html


def test_no_claims_no_map(tmp_path):
    con = marts()
    con.execute("delete from marts.fct_place_claims")
    assert draw_places_map(con, tmp_path / "map.png") is None
    assert "none" in places_section(con, tmp_path)

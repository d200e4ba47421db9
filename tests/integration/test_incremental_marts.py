"""The incremental marts against full rebuilds, with real parts: raw writes through pipelines.warehouse.raw,
the real extractor, real dbt on a DuckDB file.

A warehouse goes through the changes a live one sees, each followed by an incremental `dbt build`: new
articles; articles whose content changed (a figure changed, figures withdrawn, an article left with no claim
at all, an article re-ingested but not re-extracted yet); articles re-extracted by a new extractor version;
nothing. After each, a file copy of the warehouse is rebuilt with `--full-refresh`, and every mart must hold
the same rows as the incremental one.

Before each incremental build, one column of every stored row is marked (a column the build never reads
back), so the rows the build rewrote are the unmarked ones afterwards: they must be the rows of what
changed, not the whole table.
"""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipelines.extraction import EXTRACTOR_VERSION
from pipelines.extraction.batch import extract_rows
from pipelines.ingestion import read_sources
from pipelines.warehouse import raw
from tests.conftest import ROOT
from tests.dbt_cli import run_dbt

pytestmark = [pytest.mark.slow]

SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
MARTS = ["dim_articles", "fct_actor_statements", "fct_area_claims", "fct_claim_events", "area_control_series",
         "area_claim_conflicts", "dim_actors"]
MARTS += ["fct_place_claims", "place_control_timeline", "place_claim_conflicts", "dim_places"]   # named places

# the samples the scenario changes, by a fragment of their URL
LATE = ["russia-reports-recapture-of-sudscha", "syrskyi-1294-km2"]   # ingested in step (a)
NORTHLINE = "ukraine-says-it-controls-82-settlements"
RECAPTURE = "russia-reports-recapture-of-sudscha"
LIBERATED = "kursk-region-fully-liberated"
LIVE_DESK = "kursk-fighting-day-three"
SEED = "seed/ukrainian-forces-strengthen-position-kursk"

# The samples hold no conflicting figures: three more articles make some. Moscow's figures for Aug 15 and
# Aug 20 disagree with Syrskyi's (claims_disagree), and a claimed gain on Aug 20 does not match the totals
# reported on Aug 15 and Aug 20 (gain_mismatch).
TEST_WIRE = [
    dict(url="https://example.org/test-wire/2024/08/15/moscow-disputes-kursk-figures", source="Test Wire",
         title="Moscow disputes Kyiv's Kursk figures", published_at="2024-08-15T18:00:00Z",
         text="MOSCOW, Aug 15 (Test Wire) - Russia's Defence Ministry said on Thursday that Ukrainian forces held no "
              "more than 500 square kilometres of the Kursk region, far less than Kyiv claims.\n\nThe ministry "
              "said its troops had repelled attacks near seven villages and that the situation was under control. "
              "Officials in Moscow gave no further details of the fighting, and the figures could not be verified "
              "independently."),
    dict(url="https://example.org/test-wire/2024/08/20/moscow-disputes-kursk-figures-again", source="Test Wire",
         title="Moscow disputes Kyiv's Kursk figures again", published_at="2024-08-20T18:00:00Z",
         text="MOSCOW, Aug 20 (Test Wire) - Russia's Defence Ministry said on Tuesday that Ukrainian forces held no "
              "more than 600 square kilometres of the Kursk region, far less than Kyiv claims.\n\nThe ministry "
              "said its troops had repelled attacks near five villages. Officials in Moscow gave no further details "
              "of the fighting, and the figures could not be verified independently."),
    dict(url="https://example.org/test-wire/2024/08/20/syrskyi-40-km2-in-a-day", source="Test Wire",
         title="Syrskyi: 40 square kilometres in a day", published_at="2024-08-20T19:00:00Z",
         text="KYIV, Aug 20 (Test Wire) - Ukrainian forces have taken 40 square kilometres of the Kursk region over "
              "the past day, commander-in-chief Oleksandr Syrskyi said on Tuesday.\n\nSyrskyi said the advance "
              "continued despite heavy fighting. Officials in Kyiv gave no further details, and the figures could "
              "not be verified independently by reporters in the region."),
]

# Two more outlets' copies of Moscow's Aug 20 figure, ingested together in one build: an event that gains two sources
# at once (an incremental build that finds an event once per new claim would write it twice)
COPIES = [
    dict(url=f"https://example.org/{outlet.lower().replace(' ', '-')}/2024/08/20/moscow-600-km2", source=outlet,
         title="Moscow: Ukrainian forces hold no more than 600 square kilometres", published_at="2024-08-20T20:00:00Z",
         text=f"MOSCOW, Aug 20 ({outlet}) - Russia's Defence Ministry said on Tuesday that Ukrainian forces held no "
              "more than 600 square kilometres of the Kursk region, far less than Kyiv claims.\n\nOfficials in Moscow "
              "gave no further details of the fighting, and the figures could not be verified independently.")
    for outlet in ("Second Wire", "Third Wire")]

# One column per mart that no model reads back (and no build deletes by), marked on every stored row before
# an incremental build: (mark, unmark, "this row was rewritten by the build").
MARK = "#kept"
MARKS = {
    "dim_articles": (f"update marts.dim_articles set content_hash = content_hash || '{MARK}'",
                     f"update marts.dim_articles set content_hash = left(content_hash, -{len(MARK)}) "
                     f"where ends_with(content_hash, '{MARK}')",
                     f"not ends_with(content_hash, '{MARK}')"),
    "fct_actor_statements": (f"update marts.fct_actor_statements set quote_text = quote_text || '{MARK}'",
                             f"update marts.fct_actor_statements set quote_text = left(quote_text, -{len(MARK)}) "
                             f"where ends_with(quote_text, '{MARK}')",
                             f"not ends_with(quote_text, '{MARK}')"),
    "fct_area_claims": (f"update marts.fct_area_claims set extractor_version = extractor_version || '{MARK}'",
                        f"update marts.fct_area_claims set extractor_version = left(extractor_version, -{len(MARK)}) "
                        f"where ends_with(extractor_version, '{MARK}')",
                        f"not ends_with(extractor_version, '{MARK}')"),
    "fct_claim_events": ("update marts.fct_claim_events set n_sources = n_sources + 1000000",
                         "update marts.fct_claim_events set n_sources = n_sources - 1000000 where n_sources >= 1000000",
                         "n_sources < 1000000"),
    # the series reads its stored figures back (reported days), never its forward-filled days
    "area_control_series": ("update marts.area_control_series set n_sources = -1 where not is_reported",
                            "update marts.area_control_series set n_sources = 0 where n_sources = -1",
                            "not is_reported and n_sources = 0"),
    "area_claim_conflicts": (f"update marts.area_claim_conflicts set claim_id_a = claim_id_a || '{MARK}'",
                             f"update marts.area_claim_conflicts set claim_id_a = left(claim_id_a, -{len(MARK)}) "
                             f"where ends_with(claim_id_a, '{MARK}')",
                             f"not ends_with(claim_id_a, '{MARK}')"),
}


# ---------------------------------------------------------------- helpers

def dbt_build(warehouse: Path, work: Path, *args: str, command: str = "build") -> None:
    """`dbt build` (models and data tests; `command="run"`: models only) into `warehouse`; target and logs
    stay under `work`."""
    proc = run_dbt(warehouse, work / "dbt-target", command, "--exclude", "resource_type:unit_test", *args)
    assert proc.returncode == 0, proc.stdout[-4000:]


def sql(warehouse: Path, query: str, *params) -> list[tuple]:
    con = duckdb.connect(str(warehouse))
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def samples() -> dict[str, dict]:
    return {json.loads(line)["url"]: json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()}


def pick(records: dict[str, dict], fragment: str) -> dict:
    (url,) = [u for u in records if fragment in u]
    return dict(records[url])


def edit(record: dict, old: str, new: str) -> dict:
    assert old in record["text"], f"the sample changed: {old[:60]!r} is no longer in {record['url']}"
    return {**record, "text": record["text"].replace(old, new)}


def ingest(warehouse: Path, work: Path, records: list[dict], name: str) -> raw.IngestStats:
    path = work / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    con = raw.connect(warehouse)
    try:
        return raw.write_ingested(con, read_sources([str(path)]), batch_id=name, partition_key="2024-08-15")
    finally:
        con.close()


def extract(warehouse: Path, version: str = EXTRACTOR_VERSION, only: set[str] | None = None) -> dict[str, int]:
    """Extract the articles pending for `version` (only those in `only`, if given), as the extract asset does."""
    con = raw.connect(warehouse)
    try:
        rows = raw.articles_by_key(con, raw.pending_keys(con, version))
        rows = [r for r in rows if only is None or r["article_id"] in only]
        return raw.write_extractions(con, extract_rows(rows), version, batch_id=f"extract-{version}")
    finally:
        con.close()


def article_ids(warehouse: Path, *fragments: str) -> set[str]:
    ids = {aid for aid, url in sql(warehouse, "select article_id, url from raw.articles")
           if any(f in url for f in fragments)}
    assert len(ids) == len(fragments)
    return ids


def columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "select column_name from information_schema.columns where table_catalog = ? and table_schema = 'marts' "
        "and table_name = ? order by column_name", [catalog, table]).fetchall()]


def assert_same_as_full_refresh(warehouse: Path, work: Path) -> None:
    """Rebuild a file copy of the warehouse from scratch; every mart must hold the same rows (by column name)."""
    full = work / "full-refresh" / warehouse.name   # the same file name: dbt's parse state holds (dbt_build)
    full.parent.mkdir(exist_ok=True)
    shutil.copy(warehouse, full)
    # models only: the rebuilt copy is a reference for the comparison below, and the incremental build it is
    # compared with has just passed the data tests (running them twice per step made this the suite's slowest test)
    dbt_build(full, work, "--full-refresh", command="run")
    con = duckdb.connect()
    try:
        con.execute(f"attach '{warehouse}' as incremental (read_only)")
        con.execute(f"attach '{full}' as rebuilt (read_only)")
        for mart in MARTS:
            cols = columns(con, "rebuilt", mart)
            assert cols and columns(con, "incremental", mart) == cols, mart
            select = ", ".join(f'"{c}"' for c in cols)
            for a, b in (("incremental", "rebuilt"), ("rebuilt", "incremental")):
                extra = con.execute(f"select {select} from {a}.marts.{mart} except all "
                                    f"select {select} from {b}.marts.{mart}").fetchall()
                assert not extra, f"{mart}: rows only in the {a} build: {extra[:3]}"
    finally:
        con.close()
        full.unlink()


def mark(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        for mark_sql, _, _ in MARKS.values():
            con.execute(mark_sql)
    finally:
        con.close()


def unmark(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        for _, unmark_sql, _ in MARKS.values():
            con.execute(unmark_sql)
    finally:
        con.close()


def rewritten(warehouse: Path, mart: str, what: str) -> list:
    """`what` of the rows the last build wrote (one value, or a tuple for several columns)."""
    rows = sql(warehouse, f"select {what} from marts.{mart} where {MARKS[mart][2]}")
    return [r[0] if len(r) == 1 else r for r in rows]


def touched_by(warehouse: Path, changed: set[str]) -> dict[str, set]:
    """What the changed articles reach in the marts now: events, series, (region, controller)."""
    ids = list(changed)
    return dict(
        events={r[0] for r in sql(warehouse, "select claim_event_id from marts.fct_claim_events "
                                             "where list_has_any(article_ids, ?::varchar[])", ids)},
        series={r[0] for r in sql(warehouse, "select series_id from marts.fct_area_claims "
                                             "where article_id in (select unnest(?::varchar[]))", ids)},
        territories={(r[0], r[1]) for r in sql(warehouse, "select region, controller from marts.fct_area_claims "
                                                          "where article_id in (select unnest(?::varchar[]))", ids)},
    )


def build_incrementally(warehouse: Path, work: Path, changed: set[str]) -> None:
    """Mark, build, check that only what `changed` reaches was rewritten, unmark, compare with a full rebuild."""
    before = touched_by(warehouse, changed)
    mark(warehouse)
    # models only: what this test compares is the rows; the data tests of an incremental build are the next
    # test's subject, and every pipeline-run test builds with them (four test passes here cost ~60 s under load)
    dbt_build(warehouse, work, command="run")
    after = touched_by(warehouse, changed)

    for mart in ("dim_articles", "fct_actor_statements", "fct_area_claims"):
        rows_of_changed = sql(warehouse, f"select count(*) from marts.{mart} "
                                         f"where article_id in (select unnest(?::varchar[]))", list(changed))[0][0]
        redone = rewritten(warehouse, mart, "article_id")
        assert set(redone) <= changed and len(redone) == rows_of_changed, mart
    events = set(rewritten(warehouse, "fct_claim_events", "claim_event_id"))
    assert after["events"] <= events <= before["events"] | after["events"]
    assert set(rewritten(warehouse, "area_control_series", "series_id")) <= before["series"] | after["series"]
    assert set(rewritten(warehouse, "area_claim_conflicts", "region, controller")) <= (
        before["territories"] | after["territories"])
    # the changes here touch a few days of a few series: the rest of each mart stays as it was
    for mart in MARKS:
        kept = sql(warehouse, f"select count(*) from marts.{mart} where not ({MARKS[mart][2]})")[0][0]
        assert kept > 0, f"{mart}: every row was rewritten"

    unmark(warehouse)
    assert_same_as_full_refresh(warehouse, work)


# ---------------------------------------------------------------- tests

FIRST = [r for url, r in samples().items() if not any(f in url for f in LATE)] + TEST_WIRE


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """The warehouse as it stands before the changes: the samples but the LATE two, and the TEST_WIRE articles,
    ingested, extracted and built in full (no table yet), once for the module; each test builds on a copy."""
    work = tmp_path_factory.mktemp("first-build")
    warehouse = work / "home" / "warehouse.duckdb"
    ingest(warehouse, work, FIRST, "first")
    extract(warehouse)
    dbt_build(warehouse, work)
    return warehouse


def copy_first(first_build: Path, tmp_path: Path) -> Path:
    """A copy of the first build in ``tmp_path/home``, with its dbt state (target) in ``tmp_path``: the same file
    name, so dbt's parse state holds (dbt_build)."""
    warehouse = tmp_path / "home" / "warehouse.duckdb"
    warehouse.parent.mkdir(parents=True)
    shutil.copy(first_build, warehouse)
    shutil.copytree(first_build.parent.parent / "dbt-target", tmp_path / "dbt-target")
    return warehouse


def test_incremental_builds_match_full_rebuilds(first_build: Path, tmp_path: Path):
    warehouse = copy_first(first_build, tmp_path)
    records = samples()
    assert sql(warehouse, "select count(*) from marts.dim_articles")[0][0] == len(FIRST)
    assert dict(sql(warehouse, "select conflict_type, count(*) from marts.area_claim_conflicts group by all")) == {
        "claims_disagree": 2, "gain_mismatch": 1}

    # (a) new articles: one adds a later figure to a series (the series grows), one a figure in its middle
    ingest(warehouse, tmp_path, [pick(records, f) for f in LATE], "late")
    assert extract(warehouse)["articles"] == 2
    build_incrementally(warehouse, tmp_path, article_ids(warehouse, *LATE))

    # (a') two new copies of a figure already stored: its event is rewritten once, with all its sources
    ingest(warehouse, tmp_path, COPIES, "copies")
    assert extract(warehouse)["articles"] == 2
    copies = article_ids(warehouse, "second-wire/", "third-wire/")
    build_incrementally(warehouse, tmp_path, copies)
    assert sql(warehouse, "select n_sources from marts.fct_claim_events where len(list_filter(article_ids, "
                          "a -> list_contains(?::varchar[], a))) = 2", list(copies)) == [(3,)]

    # (b) changed content: a figure changes and a paragraph of claims goes; the last figure of a series goes (the
    # series ends earlier); an article is left with no claim at all; an article's new title is ingested but not
    # extracted yet (its rows keep their old extraction, with the new article)
    northline = edit(pick(records, NORTHLINE), "controlled 1,150 sq km", "controlled 1,180 sq km")
    northline = edit(northline, northline["text"][northline["text"].index("On Monday, Alexei Smirnov"):
                                                  northline["text"].index("More than 120,000 people")], "")
    recapture = edit(pick(records, RECAPTURE), "At its height, Ukraine controlled according to Syrskyj around "
                                               "1376 square kilometres of Russian territory. ", "")
    liberated = edit(pick(records, LIBERATED), "Gerasimov noted that at one point the enemy had occupied more than "
                                               "1,260 square kilometers of the region's territory.", "")
    live_desk = pick(records, LIVE_DESK)
    live_desk["title"] += " (updated)"
    assert ingest(warehouse, tmp_path, [northline, recapture, liberated, live_desk], "edits").updated == 4
    edited = article_ids(warehouse, NORTHLINE, RECAPTURE, LIBERATED)
    assert extract(warehouse, only=edited)["articles"] == 3
    claims = dict(sql(warehouse, "select a.url, count(c.claim_id) from raw.articles a "
                                 "left join raw.area_claims c using (article_id) group by a.url"))
    assert [n for url, n in claims.items() if LIBERATED in url] == [0]
    assert sql(warehouse, "select count(*) from raw.area_claims c join raw.articles a using (article_id) "
                          "where a.url like ? and c.as_of = date '2024-08-12'", f"%{NORTHLINE}%") == [(0,)]
    build_incrementally(warehouse, tmp_path, edited | article_ids(warehouse, LIVE_DESK))
    # Aug 15 now has two figures against Moscow's, and the gain of Aug 20 meets a smaller change of the totals
    assert sql(warehouse, "select conflict_type, as_of, least(value_a, value_b), greatest(value_a, value_b) "
                          "from marts.area_claim_conflicts where as_of = date '2024-08-15' "
                          "or conflict_type = 'gain_mismatch' order by all") == [
        ("claims_disagree", date(2024, 8, 15), 500.0, 1150.0), ("claims_disagree", date(2024, 8, 15), 500.0, 1180.0),
        ("gain_mismatch", date(2024, 8, 20), (1263.0 - 1180.0) / 5, 40.0)]

    # (c) a new extractor version re-extracts two articles (the one still pending among them)
    reextracted = article_ids(warehouse, SEED, LIVE_DESK)
    assert extract(warehouse, version="incremental-test", only=reextracted)["articles"] == 2
    build_incrementally(warehouse, tmp_path, reextracted)

    # (d) nothing changed: nothing is rewritten
    mark(warehouse)
    dbt_build(warehouse, tmp_path)
    for mart in MARKS:
        assert rewritten(warehouse, mart, "count(*)") == [0], mart
    unmark(warehouse)
    assert_same_as_full_refresh(warehouse, tmp_path)


def test_marts_built_as_plain_tables_are_rebuilt_on_the_first_build(first_build: Path, tmp_path: Path):
    """A warehouse whose marts an older version built as plain tables (no watermark column) upgrades on its
    first build, with no flag: those tables are rebuilt in full."""
    warehouse = copy_first(first_build, tmp_path)
    con = duckdb.connect(str(warehouse))
    try:
        for mart, new_columns in {
            "dim_articles": ["loaded_at"],
            "fct_actor_statements": ["loaded_at"],
            "fct_area_claims": ["claim_event_id", "series_id", "loaded_at"],
            "fct_claim_events": ["loaded_at"],
            "area_control_series": ["previous_claim_day", "article_ids", "loaded_at"],
            "area_claim_conflicts": ["loaded_at"],
        }.items():
            # the old table: the columns of the time, and rows that no longer match raw
            con.execute(f"create or replace table marts.{mart} as select * exclude ({', '.join(new_columns)}) "
                        f"from marts.{mart} where rowid % 3 <> 0")
        con.execute("drop table intermediate.int_conflict_groups_fingerprinted")
    finally:
        con.close()
    dbt_build(warehouse, tmp_path)
    assert_same_as_full_refresh(warehouse, tmp_path)


def test_an_incremental_builds_data_tests_read_the_rows_it_wrote(first_build: Path, tmp_path: Path, monkeypatch):
    # dbt_project/macros/tests_on_new_rows.sql: with CLAIMWATCH_TESTS_SINCE (the dbt asset's _tests_since), the
    # tests of the by-key marts and the staging views read the rows stamped after it; without it, every row
    from pipelines.defs.assets.dbt import _tests_since
    from pipelines.warehouse.storage import Storage

    warehouse = copy_first(first_build, tmp_path)
    records = samples()
    since = _tests_since(Storage(home=warehouse.parent))
    assert since is not None and sql(warehouse, "select max(loaded_at) from marts.dim_articles")[0][0].isoformat(
        sep=" ") == since
    # an old row goes bad after its build: the rows of the next build are tested, not it
    sql(warehouse, "update marts.fct_actor_statements set speaker = null where statement_id = "
                   "(select min(statement_id) from marts.fct_actor_statements)")
    ingest(warehouse, tmp_path, [pick(records, f) for f in LATE], "late")
    extract(warehouse)
    monkeypatch.setenv("CLAIMWATCH_TESTS_SINCE", since)
    log = tmp_path / "dbt-target" / "dbt.log"
    log_before = log.stat().st_size
    dbt_build(warehouse, tmp_path)
    compiled = next((tmp_path / "dbt-target" / "run").rglob("not_null_fct_actor_statements_speaker.sql"))
    assert f"loaded_at > cast('{since}' as timestamp)" in compiled.read_text()
    # the macro reads the variable only while executing: a new value (every build has one) leaves dbt's
    # partial-parse state valid, so no YAML file of tests is parsed again
    with log.open(encoding="utf-8") as fh:
        fh.seek(log_before)
        this_build = fh.read()
    assert "no changes found, skipping parsing" in this_build and "Partial parsing: updated file" not in this_build
    # every row again without the variable: the bad row fails its test
    monkeypatch.delenv("CLAIMWATCH_TESTS_SINCE")
    proc = run_dbt(warehouse, tmp_path / "dbt-target", "build", "--exclude", "resource_type:unit_test")
    assert proc.returncode != 0 and "not_null_fct_actor_statements_speaker" in proc.stdout

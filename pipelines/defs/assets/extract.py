"""raw.statements, raw.area_claims and raw.place_claims: the extractor run over what is new or out of date."""
import dagster as dg

from pipelines.defs.metadata import md_table
from pipelines.defs.partitions import ingestion_days, one_day_per_run
from pipelines.defs.resources import WarehouseResource
from pipelines.extraction import EXTRACTOR_VERSION
from pipelines.extraction.batch import ExtractorPool
from pipelines.warehouse import raw
from pipelines.warehouse.lake import retry_conflicts

PAGE = 500  # articles per read-extract-write cycle: bounds memory, and each page is one transaction


def _spec(name: str, description: str) -> dg.AssetSpec:
    return dg.AssetSpec(["raw", name], deps=[["raw", "articles"]], group_name="extract", description=description,
                        kinds={"duckdb", "python"}, owners=["team:claimwatch"])


@dg.multi_asset(
    specs=[
        _spec("statements", "Attributed statements found by the extractor (pipelines/extraction/statements.py)."),
        _spec("area_claims", "Area-control figures found by the extractor (pipelines/extraction/area_claims.py)."),
        _spec("extractions", "Which extractor version extracted which article version."),
        _spec("place_claims", "Named-place control claims found by the extractor (pipelines/extraction/place_claims.py)."),
    ],
    partitions_def=ingestion_days,
    backfill_policy=one_day_per_run,
    # a new extractor version marks every extracted day as changed code in the UI: backfill them (or
    # `claimwatch build`, which extracts every day with pending articles)
    code_version=EXTRACTOR_VERSION,
)
def extract_claims(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Extract only this run's days' articles that are new, changed, or extracted by an older extractor version.

    The writer lock is held only to read a page and to write its results, never while extracting,
    so other writers (and parallel partitions) wait seconds, not minutes.
    """
    days = context.partition_keys
    totals = dict(articles=0, statements=0, area_claims=0, place_claims=0, failed=0)
    # the pending articles are found once, by their keys alone, and their texts read a page at a time: the
    # search joins the whole of raw.articles and raw.extractions, which onto 100,000 articles costs more than
    # extracting a hundred new ones
    with warehouse.storage.writer() as con:
        keys = raw.pending_keys(con, EXTRACTOR_VERSION, days)
    context.log.info(f"extracting {len(keys)} articles of {days[0]}" + (f"..{days[-1]}" if len(days) > 1 else ""))
    with ExtractorPool() as pool:
        for start in range(0, len(keys), PAGE):
            with warehouse.storage.writer() as con:
                page = raw.articles_by_key(con, keys[start:start + PAGE])
            results = pool.extract(page)
            with warehouse.storage.writer() as con:
                stats = retry_conflicts(lambda: raw.write_extractions(con, results, EXTRACTOR_VERSION,
                                                                      batch_id=context.run.run_id))
            for k, v in stats.items():
                totals[k] += v
            context.log.info(f"extracted {totals['articles'] + totals['failed']} of {len(keys)} articles "
                             f"({totals['statements']} statements, {totals['area_claims']} area claims)")
    with warehouse.storage.writer() as con:
        counts = {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]
                  for t in ("statements", "area_claims", "extractions", "place_claims")}
        latest = con.execute(
            "select speaker, statement_type, left(quote_text, 80) from raw.statements "
            "order by extracted_at desc, char_start limit 5").fetchall()
    common = {"extractor_version": EXTRACTOR_VERSION, "articles_extracted_this_run": totals["articles"],
              "failed_this_run": totals["failed"]}
    yield dg.MaterializeResult(asset_key=["raw", "statements"], metadata={
        **common, "new_rows": totals["statements"], "row_count": dg.MetadataValue.int(counts["statements"]),
        "latest": md_table(["speaker", "type", "quote"], latest)})
    yield dg.MaterializeResult(asset_key=["raw", "area_claims"], metadata={
        **common, "new_rows": totals["area_claims"], "row_count": dg.MetadataValue.int(counts["area_claims"])})
    yield dg.MaterializeResult(asset_key=["raw", "extractions"], metadata={
        **common, "row_count": dg.MetadataValue.int(counts["extractions"])})
    yield dg.MaterializeResult(asset_key=["raw", "place_claims"], metadata={
        **common, "new_rows": totals["place_claims"], "row_count": dg.MetadataValue.int(counts["place_claims"])})

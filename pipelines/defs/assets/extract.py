"""raw.statements and raw.area_claims: the extractor run over what is new or out of date."""

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.extraction import EXTRACTOR_VERSION
from pipelines.extraction.batch import extract_rows
from pipelines.warehouse import raw
from pipelines.warehouse.lock import writer_lock

RAW_EXTRACTED = [["raw", "statements"], ["raw", "area_claims"], ["raw", "extractions"]]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "statements"], deps=[["raw", "articles"]], group_name="raw",
                     description="Attributed statements found by the extractor.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"]),
        dg.AssetSpec(["raw", "area_claims"], deps=[["raw", "articles"]], group_name="raw",
                     description="Area-control figures found by the extractor.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"]),
        dg.AssetSpec(["raw", "extractions"], deps=[["raw", "articles"]], group_name="raw",
                     description="Which extractor version extracted which article version.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"]),
    ],
)
def extract_claims(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Extract only articles that are new, changed, or extracted by an older extractor version."""
    totals = dict(articles=0, statements=0, area_claims=0, failed=0)
    with writer_lock(warehouse.home_path):
        con = raw.connect(warehouse.path)
        try:
            for chunk in raw.pending_articles(con, EXTRACTOR_VERSION):
                results = extract_rows(chunk)
                stats = raw.write_extractions(con, results, EXTRACTOR_VERSION, batch_id=context.run.run_id)
                for k, v in stats.items():
                    totals[k] += v
                context.log.info(f"extracted {sum(totals.values())} so far: {totals}")
            counts = dict(con.execute(
                "select 'statements', count(*) from raw.statements union all "
                "select 'area_claims', count(*) from raw.area_claims union all "
                "select 'extractions', count(*) from raw.extractions").fetchall())
        finally:
            con.close()
    common = {"extractor_version": EXTRACTOR_VERSION, "articles_extracted_this_run": totals["articles"],
              "failed_this_run": totals["failed"]}
    yield dg.MaterializeResult(asset_key=["raw", "statements"], metadata={
        **common, "new_rows": totals["statements"], "row_count": dg.MetadataValue.int(counts["statements"])})
    yield dg.MaterializeResult(asset_key=["raw", "area_claims"], metadata={
        **common, "new_rows": totals["area_claims"], "row_count": dg.MetadataValue.int(counts["area_claims"])})
    yield dg.MaterializeResult(asset_key=["raw", "extractions"], metadata={
        **common, "row_count": dg.MetadataValue.int(counts["extractions"])})

"""raw.articles and raw.quarantine: sources read by pipelines.ingestion, stored in one transaction."""

import dagster as dg
from pydantic import Field

from pipelines import settings
from pipelines.defs.resources import WarehouseResource
from pipelines.ingestion import read_sources
from pipelines.ingestion.sources import policy_from_env
from pipelines.warehouse import raw
from pipelines.warehouse.lock import writer_lock


class IngestConfig(dg.Config):
    sources: list[str] = Field(
        default=[], description="Paths, folders, .jsonl files or http(s) feed/page URLs. Empty: the bundled samples.")


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "articles"], description="Ingested articles: one row per article, latest content.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"], group_name="ingest"),
        dg.AssetSpec(["raw", "quarantine"], description="Inputs that could not be read, with the reason.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"], group_name="ingest"),
    ],
)
def ingest_articles(context: dg.AssetExecutionContext, config: IngestConfig, warehouse: WarehouseResource):
    sources = config.sources or [str(settings.SAMPLE_ARTICLES)]
    policy = policy_from_env()
    with writer_lock(warehouse.home_path):
        con = raw.connect(warehouse.path)
        try:
            stats = raw.write_ingested(con, read_sources(sources, policy), batch_id=context.run.run_id)
            totals = dict(con.execute(
                "select 'articles', count(*) from raw.articles union all select 'quarantine', count(*) from raw.quarantine"
            ).fetchall())
        finally:
            con.close()
    context.log.info(f"ingested from {sources}: {stats.as_dict()}")
    yield dg.MaterializeResult(asset_key=["raw", "articles"], metadata={
        "new": stats.new, "updated": stats.updated, "unchanged": stats.unchanged,
        "row_count": dg.MetadataValue.int(totals["articles"]), "sources": ", ".join(sources)})
    yield dg.MaterializeResult(asset_key=["raw", "quarantine"], metadata={
        "quarantined_this_run": stats.quarantined, "row_count": dg.MetadataValue.int(totals["quarantine"])})

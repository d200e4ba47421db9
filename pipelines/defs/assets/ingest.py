"""raw.articles and raw.quarantine: sources read by pipelines.ingestion, stored in one transaction per day."""

import dagster as dg
from pydantic import Field

from pipelines import settings
from pipelines.defs.partitions import ingestion_days, one_day_per_run
from pipelines.defs.resources import WarehouseResource
from pipelines.ingestion import read_sources
from pipelines.ingestion.archive import archive_dir, sources_for_day
from pipelines.ingestion.sources import policy_from_env
from pipelines.ingestion.spool import spooled
from pipelines.warehouse import raw
from pipelines.warehouse.lake import retry_conflicts


class IngestConfig(dg.Config):
    sources: list[str] = Field(
        default=[], description="Paths, folders, .jsonl files or http(s) feed/page URLs. Empty: the partition "
                                "day's archive entries (<home>/archive/<day>*), or the bundled samples when "
                                "there is no archive folder at all.")


def default_sources(home, day: str) -> list[str]:
    if archive_dir(home).is_dir():
        return sources_for_day(home, day)  # a day without archive entries is an empty partition, not an error
    return [str(settings.SAMPLE_ARTICLES)]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "articles"], description="Ingested articles: one row per article, latest content; "
                     "partitioned by ingestion day (raw.articles.partition_key).",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"], group_name="ingest"),
        dg.AssetSpec(["raw", "quarantine"], description="Inputs that could not be read, with the reason.",
                     kinds={"duckdb", "python"}, owners=["team:claimwatch"], group_name="ingest"),
    ],
    partitions_def=ingestion_days,
    backfill_policy=one_day_per_run,
)
def ingest_articles(context: dg.AssetExecutionContext, config: IngestConfig, warehouse: WarehouseResource):
    days = context.partition_keys
    if config.sources and len(days) > 1:
        raise dg.Failure(f"sources were given for {len(days)} days ({days[0]}..{days[-1]}): give them for one "
                         "day, or leave them empty to read each day's archive entries")
    policy = policy_from_env()
    totals = raw.IngestStats()
    used: list[str] = []
    for day in days:
        sources = config.sources or default_sources(warehouse.home_path, day)
        used += sources
        if not sources:
            context.log.info(f"{day}: no archive entries in {archive_dir(warehouse.home_path)}")
            continue
        # fetch and read first, without the writer lock; then write what was read in one transaction (a lost
        # commit race in lake mode writes the spooled records again)
        with spooled(read_sources(sources, policy), warehouse.home_path) as records, \
                warehouse.storage.writer() as con:
            stats = retry_conflicts(lambda: raw.write_ingested(
                con, records, batch_id=context.run.run_id, partition_key=day))
        context.log.info(f"{day}: ingested from {sources}: {stats.as_dict()}")
        for k, v in stats.as_dict().items():
            setattr(totals, k, getattr(totals, k) + v)
    # another day's run may be writing: read under the lock too
    with warehouse.storage.writer() as con:
        counts = dict(con.execute("select 'articles', count(*) from raw.articles "
                                  "union all select 'quarantine', count(*) from raw.quarantine").fetchall())
    yield dg.MaterializeResult(asset_key=["raw", "articles"], metadata={
        "new": totals.new, "updated": totals.updated, "unchanged": totals.unchanged,
        "row_count": dg.MetadataValue.int(counts["articles"]), "sources": ", ".join(used) or "(none)"})
    yield dg.MaterializeResult(asset_key=["raw", "quarantine"], metadata={
        "quarantined_this_run": totals.quarantined, "row_count": dg.MetadataValue.int(counts["quarantine"])})

"""The read-only snapshot analysts query while runs write (see pipelines/warehouse/publish.py)."""

import dagster as dg

from pipelines.defs.metadata import md_table
from pipelines.defs.resources import WarehouseResource
from pipelines.warehouse import db
from pipelines.warehouse.lock import writer_lock
from pipelines.report import build_report
from pipelines.warehouse.publish import publish_snapshot

MARTS = ["fct_actor_statements", "fct_area_claims", "fct_claim_events", "area_control_series",
         "area_claim_conflicts", "dim_actors", "dim_articles"]
MARTS += ["fct_place_claims", "dim_places", "place_control_timeline", "place_claim_conflicts"]   # named places
MARTS += ["claims_vs_assessed", "claimant_track_record"]   # claims against the record


@dg.asset(
    key=["published", "warehouse"],
    deps=[dg.AssetKey(["marts", m]) for m in MARTS],
    group_name="published",
    kinds={"duckdb"},
    owners=["team:claimwatch"],
    description="A consistent read-only copy of the warehouse, switched atomically after each build; "
                "`claimwatch query` and the DuckDB CLI read this file.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    with writer_lock(warehouse.home_path):
        path = publish_snapshot(warehouse.path, warehouse.published_path)
    with db.connect(path, read_only=True) as con:
        counts = {f"rows: marts.{m}": dg.MetadataValue.int(con.execute(f"select count(*) from marts.{m}").fetchone()[0])
                  for m in MARTS}
        latest = con.execute(
            "select cast(published_at as date) as day, speaker, statement_type, left(quote_text, 90) "
            "from marts.fct_actor_statements order by published_at desc, char_start limit 8").fetchall()
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(path)), "size_bytes": path.stat().st_size, **counts,
        "latest statements": md_table(["day", "speaker", "type", "quote"], latest),
        "query it": dg.MetadataValue.md(f"`claimwatch query \"select * from marts.fct_area_claims\"` "
                                        f"or `duckdb -readonly {path}`")})


@dg.asset(
    key=["published", "report"],
    deps=[published_warehouse],
    group_name="published",
    kinds={"html"},
    owners=["team:claimwatch"],
    description="A static HTML report with the area-control chart (PNG), the latest claims with their "
                "sources, conflicts and statements (<home>/published/report/).",
)
def published_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    path = build_report(warehouse.published_path, warehouse.published_path.parent / "report")
    chart = path.with_name("area_control_series.png")
    metadata = {"report": dg.MetadataValue.url(path.as_uri()), "report path": dg.MetadataValue.path(str(path))}
    if chart.exists():
        metadata["chart path"] = dg.MetadataValue.path(str(chart))
        metadata["chart"] = dg.MetadataValue.url(chart.as_uri())
    return dg.MaterializeResult(metadata=metadata)

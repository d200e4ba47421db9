"""The read-only snapshot analysts query while runs write (see pipelines/warehouse/publish.py)."""

import dagster as dg

from pipelines.defs.metadata import md_table
from pipelines.defs.resources import WarehouseResource, dbt_project
from pipelines.report import build_report
from pipelines.warehouse import lake
from pipelines.warehouse.publish import delta_plans, publish_snapshot

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
    description="What readers see of a complete build: in file mode a read-only copy of the marts, switched "
                "atomically (`claimwatch query` and the DuckDB CLI read it); in lake mode the build's snapshot "
                "id, recorded in the lake, which readers attach.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    store = warehouse.storage
    with store.build_lock():
        if store.is_lake:
            with store.connect() as con:
                snapshot = lake.record_build(con, context.run.run_id)
            where = {"lake snapshot": snapshot, "lake catalog": store.catalog, "lake data": store.data}
        else:
            # a full refresh rewrote every mart: the snapshot is made again in full, not by delta
            dbt_config = (context.run.run_config.get("ops") or {}).get("claimwatch_dbt_models", {}).get("config") or {}
            path = publish_snapshot(store.warehouse_path, store.published_path,
                                    delta_plans(dbt_project.manifest_path),
                                    full=bool(dbt_config.get("full_refresh")))
            where = {"path": dg.MetadataValue.path(str(path)), "size_bytes": path.stat().st_size}
    with store.reader() as con:
        counts = {f"rows: marts.{m}": dg.MetadataValue.int(con.execute(f"select count(*) from marts.{m}").fetchone()[0])
                  for m in MARTS}
        latest = con.execute(
            "select cast(published_at as date) as day, speaker, statement_type, left(quote_text, 90) "
            "from marts.fct_actor_statements order by published_at desc, char_start limit 8").fetchall()
    how = ("`claimwatch query` (lake mode: it attaches the lake as of this build)" if store.is_lake else
           f"`claimwatch query \"select * from marts.fct_area_claims\"` or `duckdb -readonly {store.published_path}`")
    return dg.MaterializeResult(metadata={
        **where, **counts,
        "latest statements": md_table(["day", "speaker", "type", "quote"], latest),
        "query it": dg.MetadataValue.md(how)})


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
    with warehouse.storage.reader() as con:
        path = build_report(con, warehouse.published_path.parent / "report")
    chart = path.with_name("area_control_series.png")
    metadata = {"report": dg.MetadataValue.url(path.as_uri()), "report path": dg.MetadataValue.path(str(path))}
    if chart.exists():
        metadata["chart path"] = dg.MetadataValue.path(str(chart))
        metadata["chart"] = dg.MetadataValue.url(chart.as_uri())
    return dg.MaterializeResult(metadata=metadata)

"""raw.assessed_control: the assessed series listed in configuration (assessed.yaml), re-read on every build."""

import dagster as dg
from pydantic import Field

from pipelines import settings
from pipelines.defs.resources import WarehouseResource
from pipelines.ingestion.assessed import read_assessed, specs_from_config
from pipelines.warehouse.assessed import quarantine_unreadable, write_assessed


class AssessedConfig(dg.Config):
    config_path: str = Field(default="", description="A YAML file with an `assessed:` list (default: "
                             "$CLAIMWATCH_ASSESSED_CONFIG, else assessed.yaml in the project).")


@dg.asset(
    key=["raw", "assessed_control"],
    group_name="ingest",
    kinds={"duckdb", "python"},
    owners=["team:claimwatch"],
    description="Independent assessed series (area a side holds per day: liveuamap, NZZ, ISW...) from the files "
                "and URLs listed in assessed.yaml; unreadable rows go to raw.quarantine (stage 'assessed'). "
                "`claimwatch assessed PATH ...` loads one more file.",
)
def assessed_control(context: dg.AssetExecutionContext, config: AssessedConfig,
                     warehouse: WarehouseResource) -> dg.MaterializeResult:
    path = settings.assessed_config(config.config_path or None)
    totals = dict(loaded=0, unchanged=0, replaced=0, quarantined=0, unreadable=0)
    for spec in specs_from_config(path):
        try:
            read = read_assessed(spec)   # read (or fetch) first, without the writer lock
        except Exception as exc:  # noqa: BLE001 - one bad series is quarantined, the others load
            with warehouse.storage.writer() as con:
                quarantine_unreadable(con, spec.location, f"{exc.__class__.__name__}: {exc}", context.run.run_id)
            totals["unreadable"] += 1
            context.log.warning(f"assessed series {spec.location} could not be read: {exc}")
            continue
        with warehouse.storage.writer() as con:
            stats = write_assessed(con, spec, read, batch_id=context.run.run_id)
        context.log.info(f"assessed {spec.source} {spec.region} ({spec.controller}) from {read.origin}: {stats}")
        for k, v in stats.items():
            totals[k] += v
    with warehouse.storage.writer() as con:
        count, series = con.execute(
            "select count(*), count(distinct (source, region, controller)) from raw.assessed_control").fetchone()
    return dg.MaterializeResult(metadata={**totals, "config": str(path), "series": series,
                                          "row_count": dg.MetadataValue.int(count)})

"""Checks that warn rather than fail: conflicting claims are findings for an analyst, not broken data."""
import dagster as dg

from pipelines.defs.metadata import md_table
from pipelines.defs.resources import WarehouseResource


@dg.asset_check(asset=dg.AssetKey(["marts", "area_claim_conflicts"]), blocking=False,
                description="Warns when claims disagree (sides, claimants, or gains vs totals).")
def no_unreviewed_claim_conflicts(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    store = warehouse.storage
    with store.build_lock(), store.connect(read_only=True) as con:
        by_type = dict(con.execute(
            "select conflict_type, count(*) from marts.area_claim_conflicts group by conflict_type").fetchall())
        sample = con.execute(
            "select conflict_type, region, metric, cast(as_of as varchar), claimant_a, value_a, claimant_b, value_b "
            "from marts.area_claim_conflicts order by as_of desc limit 10").fetchall()
    return dg.AssetCheckResult(
        passed=not by_type,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"conflicts": sum(by_type.values()), **{f"{k}": v for k, v in by_type.items()},
                  "latest": md_table(["type", "region", "metric", "as_of", "claimant A", "A", "claimant B", "B"], sample)},
    )

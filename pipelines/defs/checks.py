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


@dg.asset_check(asset=dg.AssetKey(["marts", "place_claim_conflicts"]), blocking=False,
                description="Warns when the latest build brought new disagreements about named places.")
def no_new_place_conflicts(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    # "new": rows whose claims were loaded by the newest raw write the marts have seen, i.e. this build's data
    store = warehouse.storage
    with store.build_lock(), store.connect(read_only=True) as con:
        total, new = con.execute(
            "select count(*), count(*) filter (where loaded_at >= (select max(loaded_at) from marts.fct_place_claims)) "
            "from marts.place_claim_conflicts").fetchone()
        sample = con.execute(
            "select conflict_type, place, cast(as_of_a as varchar), claimant_a, controller_a, claimant_b, "
            "stance_b, controller_b from marts.place_claim_conflicts order by loaded_at desc, as_of_b desc "
            "limit 10").fetchall()
    return dg.AssetCheckResult(
        passed=new == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"conflicts": total, "new_conflicts": new,
                  "latest": md_table(["type", "place", "as_of", "claimant A", "A holds", "claimant B", "B", "B holds"],
                                     sample)},
    )

"""The dbt project as Dagster assets: staging -> intermediate -> marts; dbt data tests become
asset checks. Sources `raw.*` map to the Python raw assets by key, so lineage needs no translator.
"""

import os
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from pipelines.defs.resources import WarehouseResource, dbt_project


class ClaimwatchTranslator(DagsterDbtTranslator):
    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


class DbtBuildConfig(dg.Config):
    full_refresh: bool = False  # rebuild the incremental models from scratch (after a model's SQL changed)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=ClaimwatchTranslator(),
    exclude="resource_type:unit_test",  # unit tests run in the test suite, not on every build
)
def claimwatch_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
                          config: DbtBuildConfig):
    store = warehouse.storage
    os.environ.update(store.dbt_env())  # read by dbt_project/profiles.yml: its target and the warehouse
    # dbt's compiled SQL, run results and log go under the home (dagster-dbt's default, a new folder in
    # dbt_project/target per run, grew the project by ~5 MB a run); one folder, reused: builds take turns
    # under the build lock, and dbt's partial parse keeps working
    target = warehouse.home_path / "dbt" / "target"
    with store.build_lock():
        args = ["build", "--full-refresh"] if config.full_refresh else ["build"]
        yield from dbt.cli(args, context=context, target_path=target).stream()

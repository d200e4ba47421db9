"""The dbt project as Dagster assets: staging -> intermediate -> marts; dbt data tests become
asset checks. Sources `raw.*` map to the Python raw assets by key, so lineage needs no translator.
"""

import os
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from pipelines.defs.resources import WarehouseResource, dbt_project
from pipelines.warehouse import lake, reference_state


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
        seeds = reference_state.fingerprint(Path(dbt_project.project_dir))
        everything = _builds_everything(context)
        skip_seeds = not config.full_refresh and everything and _loaded(store) == seeds
        if skip_seeds:
            # the reference tables are this checkout's (pipelines/warehouse/reference_state.py): no reload,
            # none of their tests. Cautious selection keeps a test that also reads a model (relationships
            # to a seed); eager selection would drop it with the seed.
            args += ["--exclude", "resource_type:seed"]
            context.log.info("reference seeds unchanged since the last build: not reloaded")
        # data tests read the rows this build writes (dbt_project/macros/tests_on_new_rows.sql); a full refresh
        # tests every row
        since = None if config.full_refresh else _tests_since(store)
        if since is None:
            os.environ.pop("CLAIMWATCH_TESTS_SINCE", None)
        else:
            os.environ["CLAIMWATCH_TESTS_SINCE"] = since
            context.log.info(f"data tests on the rows written after {since}")
        floor = _late_commits_floor(store, context.run.run_id, record=everything) if store.is_lake else None
        if floor is None:
            os.environ.pop("CLAIMWATCH_LATE_STAMP_FLOOR", None)
        else:
            os.environ["CLAIMWATCH_LATE_STAMP_FLOOR"] = floor
            context.log.info(f"raw writes committed since the last build start at stamp {floor}")
            if since is not None:
                os.environ["CLAIMWATCH_TESTS_SINCE"] = min(since, floor)
        with _indirect_selection("cautious" if skip_seeds else None):
            yield from dbt.cli(args, context=context, target_path=target).stream()
        if everything and not skip_seeds:
            # only a build of the whole project loaded every seed; a subset (from the UI) may have loaded none
            with closing(store.connect()) as con:
                reference_state.record(con, seeds)


def _builds_everything(context: dg.AssetExecutionContext) -> bool:
    """A run of the whole project (the job, a schedule): a subset selects its own nodes and keeps them. The
    step's assets definition is already the subset, so compare with the node's outputs (as dagster-dbt does)."""
    assets_def = context.assets_def
    return dict(assets_def.keys_by_output_name) == dict(assets_def.node_keys_by_output_name)


def _loaded(store) -> str | None:
    try:
        with closing(store.connect(read_only=True)) as con:
            return reference_state.loaded(con)
    except duckdb.Error:
        return None  # no warehouse or lake yet: the build creates it and loads the seeds


def _tests_since(store) -> str | None:
    """The newest raw stamp the previous build saw (every by-key mart row it wrote carries it as loaded_at), or
    None before the first build."""
    try:
        with closing(store.connect(read_only=True)) as con:
            row = con.execute("select max(loaded_at) from marts.dim_articles").fetchone()
    except duckdb.Error:
        return None
    return row[0].isoformat(sep=" ") if row and row[0] is not None else None


def _late_commits_floor(store, run_id: str, record: bool) -> str | None:
    """Lake mode: the oldest stamp among raw rows committed since the last complete build started, which the
    incremental marts' watermark does not pass (pipelines/warehouse/lake.py, begin_build)."""
    with closing(store.connect()) as con:
        floor = lake.begin_build(con, run_id, record=record)
    return None if floor is None else floor.isoformat(sep=" ")


@contextmanager
def _indirect_selection(mode: str | None) -> Iterator[None]:
    """dagster-dbt passes DBT_INDIRECT_SELECTION from this process's environment to dbt."""
    if mode is None:
        yield
        return
    before = os.environ.get("DBT_INDIRECT_SELECTION")
    os.environ["DBT_INDIRECT_SELECTION"] = mode
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("DBT_INDIRECT_SELECTION", None)
        else:
            os.environ["DBT_INDIRECT_SELECTION"] = before

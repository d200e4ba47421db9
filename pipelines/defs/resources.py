"""Resources: where the warehouse lives, and the dbt project that models it."""
from __future__ import annotations

import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject

from pipelines import settings
from pipelines.warehouse.storage import Storage


class WarehouseResource(dg.ConfigurableResource):
    """The claimwatch home; where the warehouse itself is stored (a DuckDB file, or a DuckLake) is the
    environment's choice, read when a run uses it (pipelines/warehouse/storage.py)."""

    home: str = str(settings.home_dir())

    @property
    def home_path(self) -> Path:
        return Path(self.home).resolve()

    @property
    def path(self) -> Path:
        return settings.warehouse_path(self.home_path)

    @property
    def published_path(self) -> Path:
        return settings.published_path(self.home_path)

    @property
    def storage(self) -> Storage:
        return Storage.from_env(self.home_path)


# The manifest is prepared in setup (`make setup` / `make manifest`), tests and CI; never parsed at import
# (not even under `dagster dev`: prepare_if_dev() would look for a dbt on PATH and rewrite the manifest).
dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)


class ClaimwatchDbtResource(DbtCliResource):
    """dagster-dbt's resource, without the dbt adapter it opens in the run's own process before every build.

    That adapter (profile, project and every macro loaded: ~4-6 s of CPU a build, measured with cProfile on
    `claimwatch run`) only serves `fetch_row_counts()` / `fetch_column_metadata()`, which claimwatch does not
    call: the build itself is the dbt child process, and its events come from its log. dagster-dbt runs the
    same way for dbt Fusion, which has no such adapter. (a private hook of dagster-dbt 0.29, pinned by the lock.)"""

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 - dagster-dbt's signature
        return None


def dbt_resource() -> DbtCliResource:
    # The dbt installed beside this interpreter (the project's venv), whether or not it is on PATH, through
    # claimwatch-dbt (pipelines/dbt_child.py) so that it ends when the run's process does.
    executable = Path(sys.executable).with_name("claimwatch-dbt")
    if not executable.exists():
        executable = Path(sys.executable).with_name("dbt")
    return ClaimwatchDbtResource(project_dir=dbt_project, profiles_dir=str(settings.DBT_PROJECT_DIR),
                          dbt_executable=str(executable) if executable.exists() else "dbt")

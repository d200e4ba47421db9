"""The code location: everything Dagster loads (`dagster dev` finds it through workspace.yaml)."""
from __future__ import annotations

import dagster as dg

from pipelines.defs.assets.assessed import assessed_control
from pipelines.defs.assets.dbt import claimwatch_dbt_models
from pipelines.defs.assets.extract import extract_claims
from pipelines.defs.assets.ingest import ingest_articles
from pipelines.defs.assets.publish import published_report, published_warehouse
from pipelines.defs.checks import no_new_place_conflicts, no_unreviewed_claim_conflicts
from pipelines.defs.automation import build_job, claimwatch_job, inbox_sensor, poll_feeds_schedule, raw_job
from pipelines.defs.resources import WarehouseResource, dbt_resource

# Assets and the checks that run with them. The raw assets are partitioned by ingestion day, so a
# materialisation names its day: pipelines.runs.materialize_day() does that for the CLI, tests and bench.
ASSETS = [ingest_articles, assessed_control, extract_claims, claimwatch_dbt_models, published_warehouse, published_report,
          no_unreviewed_claim_conflicts, no_new_place_conflicts]


def resources(home: str | None = None) -> dict:
    warehouse = WarehouseResource(home=home) if home else WarehouseResource()
    return {"warehouse": warehouse, "dbt": dbt_resource()}


# Every run executes its steps in the run's own process (no process per step). A run's steps follow one another (ingest, extract, build,
# publish); Dagster's default multiprocess executor gave each step its own interpreter, which imports these
# definitions again (~5 s of CPU a step: `python -c "import pipelines.definitions"`) for no parallelism.
# Days run side by side as separate runs (`claimwatch backfill --parallel`, the daemon's run queue), and the
# distributed shape puts each step on a Celery worker (pipelines/distributed.py).
defs = dg.Definitions(
    assets=ASSETS,
    executor=dg.in_process_executor,
    jobs=[claimwatch_job, raw_job, build_job],
    schedules=[poll_feeds_schedule],
    sensors=[inbox_sensor],
    resources=resources(),
)

"""Running the pipeline from Python: the CLI, the tests and the benchmark all go through here.

A live run writes one ingestion day (today, unless told otherwise) and builds everything after it. Days
that still hold articles an older extractor version read (an upgrade) are extracted first, in one run
over their range, so a build never publishes a half-upgraded warehouse.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines.defs.automation import RAW_ASSETS
from pipelines.defs.partitions import today
from pipelines.definitions import ASSETS, resources
from pipelines.extraction import EXTRACTOR_VERSION
from pipelines.housekeeping import run_tags
from pipelines.warehouse import raw
from pipelines.warehouse.storage import Storage

INGEST = dg.AssetSelection.assets(dg.AssetKey(["raw", "articles"]), dg.AssetKey(["raw", "quarantine"]))
EXTRACT = RAW_ASSETS - INGEST
BUILD = dg.AssetSelection.all() - RAW_ASSETS


@dataclass
class PipelineRun:
    """The Dagster runs one pipeline call made, read as one."""

    results: list[dg.ExecuteInProcessResult] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return all(r.success for r in self.results)

    @property
    def all_events(self) -> list:
        return [e for r in self.results for e in r.all_events]

    @property
    def run_ids(self) -> list[str]:
        return [r.run_id for r in self.results]

    def asset_materializations_for_node(self, node: str) -> list:
        return [m for r in self.results for m in r.asset_materializations_for_node(node)]

    def get_asset_check_evaluations(self) -> list:
        return [e for r in self.results for e in r.get_asset_check_evaluations()]


def days_pending_extraction(home: Path, extractor_version: str = EXTRACTOR_VERSION) -> list[str]:
    store = Storage.from_env(home)
    if not store.is_lake and not store.warehouse_path.exists():
        return []
    with store.writer() as con:
        return raw.pending_days(con, extractor_version)


def run_pipeline(home: Path, sources: list[str] | None = None, *, day: str | None = None, ingest: bool = True,
                 build: bool = True, instance: dg.DagsterInstance | None = None, run_config: dict | None = None,
                 raise_on_error: bool = True, full_refresh: bool = False) -> PipelineRun:
    """Ingest `sources` into `day` (default today), extract, build and publish, as Dagster runs.

    `full_refresh` rebuilds every dbt model from scratch instead of incrementally.
    """
    day = day or today()
    base = dict(run_config or {})
    if full_refresh:
        base["ops"] = {**base.get("ops", {}), "claimwatch_dbt_models": {"config": {"full_refresh": True}}}
    common = dict(resources=resources(str(home)), instance=instance, raise_on_error=raise_on_error)
    tags = run_tags()
    run = PipelineRun()
    if build:
        stale = [d for d in days_pending_extraction(home) if d != day or not ingest]
        if stale:
            extract_config = {k: v for k, v in base.items() if k != "ops"}
            run.results.append(dg.materialize(ASSETS, selection=EXTRACT, run_config=extract_config, tags={
                **tags, "dagster/asset_partition_range_start": stale[0],
                "dagster/asset_partition_range_end": stale[-1]}, **common))
            if not run.success:
                return run
    if ingest:
        config = {**base, "ops": {**base.get("ops", {}),
                                  "ingest_articles": {"config": {"sources": list(sources or [])}}}}
        selection = dg.AssetSelection.all() if build else INGEST
        run.results.append(dg.materialize(ASSETS, selection=selection, partition_key=day, run_config=config,
                                          tags=tags, **common))
    elif build:
        run.results.append(dg.materialize(ASSETS, selection=BUILD, run_config=base, tags=tags, **common))
    return run

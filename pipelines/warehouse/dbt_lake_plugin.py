"""dbt-duckdb plugin for lake mode (dbt_project/profiles.yml, target `lake`): dbt-duckdb's own `extensions:`
would INSTALL from the internet; this loads the packaged extension files and the S3 secret instead, on every
connection dbt opens, before dbt attaches the lake."""
from __future__ import annotations

from dbt.adapters.duckdb.plugins import BasePlugin

from pipelines.warehouse import lake


class Plugin(BasePlugin):
    def configure_connection(self, conn) -> None:
        lake.prepare(conn)

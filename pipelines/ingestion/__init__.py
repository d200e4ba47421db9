"""Ingestion: sources (files, JSON lines, HTML, feeds) in, `Article` / `Rejected` records out.

Pure Python: no Dagster, no warehouse. `read_sources()` is the one entry point.
"""
from pipelines.ingestion.records import Article, Rejected
from pipelines.ingestion.sources import read_sources

__all__ = ["Article", "Rejected", "read_sources"]

"""Extract many articles: in this process for small pages, on all cores for large ones."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from pipelines.extraction import ArticleText, Extraction, extract

PARALLEL_THRESHOLD = 64  # below this, shipping articles to worker processes costs more than it saves


def to_article_text(row: dict) -> ArticleText:
    return ArticleText(article_id=row["article_id"], text=row["text"], published_at=row.get("published_at"),
                       title=row.get("title"), url=row.get("url"))


def extract_one(row: dict) -> Extraction | Exception:
    """Never raises: an article that breaks the extractor is returned as its error (and quarantined)."""
    if row.get("language") not in (None, "en"):
        return Extraction()  # recorded as extracted, nothing found: never mis-extract another language
    try:
        return extract(to_article_text(row))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return exc


def extract_rows(rows: Sequence[dict], workers: int = 1) -> list[tuple[dict, Extraction | Exception]]:
    with ExtractorPool(workers) as pool:
        return pool.extract(rows)


class ExtractorPool:
    """Worker processes started once per run (not per page); CLAIMWATCH_WORKERS overrides the core count."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or int(os.environ.get("CLAIMWATCH_WORKERS", os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "ExtractorPool":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def extract(self, rows: Sequence[dict]) -> list[tuple[dict, Extraction | Exception]]:
        if self.workers <= 1 or len(rows) < PARALLEL_THRESHOLD:
            return [(row, extract_one(row)) for row in rows]
        if self._pool is None:
            # Workers fork from a small server process that has loaded only the extractor, not from this
            # process: forked from a Dagster process they would carry its memory (DuckDB's buffers, Dagster
            # itself) and every copy would count towards the run's peak.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["pipelines.extraction.batch"])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        chunksize = max(1, len(rows) // (self.workers * 8))
        return list(zip(rows, self._pool.map(extract_one, rows, chunksize=chunksize)))

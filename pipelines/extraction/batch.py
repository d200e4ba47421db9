"""Extract many articles: one process for small batches, all cores for large ones."""
from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from pipelines.extraction import ArticleText, Extraction, extract

PARALLEL_THRESHOLD = 64  # below this, starting worker processes costs more than it saves


def to_article_text(row: dict) -> ArticleText:
    return ArticleText(article_id=row["article_id"], text=row["text"], published_at=row.get("published_at"),
                       title=row.get("title"), url=row.get("url"))


def extract_one(row: dict) -> Extraction | Exception:
    """Never raises: an article that breaks the extractor is returned as its error (and quarantined)."""
    if row.get("language") not in (None, "en"):
        return Extraction()  # recorded as extracted with nothing found: never mis-extract another language
    try:
        return extract(to_article_text(row))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return exc


def extract_rows(rows: Sequence[dict], workers: int | None = None) -> list[tuple[dict, Extraction | Exception]]:
    workers = workers or int(os.environ.get("CLAIMWATCH_WORKERS", os.cpu_count() or 1))
    if workers <= 1 or len(rows) < PARALLEL_THRESHOLD:
        return [(row, extract_one(row)) for row in rows]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(zip(rows, pool.map(extract_one, rows, chunksize=16)))

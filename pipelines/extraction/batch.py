"""Extract many articles: in this process for small pages, on all cores for large ones.

What the extractor returns is bounded here, before it leaves the worker: a hostile text (10,000 unbalanced
quotation marks) made 2,000 statements of ~400 KB each, and every copy of that (pickling it back, the
pandas frame, DuckDB, the marts) multiplied it. The limits sit far above real reporting (the development
corpus's busiest article has 14 statements or claims) and are recorded in raw.extractions.limits_applied.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from pipelines.extraction import ArticleText, Extraction, extract

PARALLEL_THRESHOLD = 64  # below this, shipping articles to worker processes costs more than it saves
MAX_STATEMENTS = 300     # per article
MAX_AREA_CLAIMS = 300    # per article
MAX_QUOTE_CHARS = 2000   # quote_text per row
MAX_EVIDENCE_CHARS = 2000  # a statement's sentence span (its evidence) and an area claim's evidence per row


@dataclasses.dataclass(frozen=True)
class BoundedExtraction(Extraction):
    limits_applied: str | None = None  # what was cut, for raw.extractions; None when nothing was


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _bound_statement(s):
    changes = {}
    if len(s.quote_text) > MAX_QUOTE_CHARS:
        changes["quote_text"] = _cut(s.quote_text, MAX_QUOTE_CHARS)
    if s.sentence_end - s.sentence_start > MAX_EVIDENCE_CHARS:
        # keep the part of the sentence where the statement starts: the evidence still shows it
        start = max(s.sentence_start, min(s.char_start, s.sentence_end - MAX_EVIDENCE_CHARS))
        changes.update(sentence_start=start, sentence_end=start + MAX_EVIDENCE_CHARS)
    return dataclasses.replace(s, **changes) if changes else s


def bound(result: Extraction) -> BoundedExtraction:
    """The extraction with at most MAX_* rows per article and bounded text per row."""
    notes = []
    statements, claims = result.statements, result.area_claims
    if len(statements) > MAX_STATEMENTS:
        notes.append(f"{len(statements)} statements, first {MAX_STATEMENTS} kept")
        statements = statements[:MAX_STATEMENTS]
    if len(claims) > MAX_AREA_CLAIMS:
        notes.append(f"{len(claims)} area claims, first {MAX_AREA_CLAIMS} kept")
        claims = claims[:MAX_AREA_CLAIMS]
    bounded = [_bound_statement(s) for s in statements]
    if any(a is not b for a, b in zip(bounded, statements)):
        notes.append(f"statement quote or evidence cut to {MAX_QUOTE_CHARS} characters")
    bounded_claims = [c if len(c.evidence) <= MAX_EVIDENCE_CHARS
                      else dataclasses.replace(c, evidence=_cut(c.evidence, MAX_EVIDENCE_CHARS)) for c in claims]
    if any(a is not b for a, b in zip(bounded_claims, claims)):
        notes.append(f"area-claim evidence cut to {MAX_EVIDENCE_CHARS} characters")
    # place claims are bounded like area claims (a named-place flood must not grow without limit either)
    places = list(result.place_claims)
    if len(places) > MAX_AREA_CLAIMS:
        notes.append(f"{len(places)} place claims, first {MAX_AREA_CLAIMS} kept")
        places = places[:MAX_AREA_CLAIMS]
    places = [p if len(p.evidence) <= MAX_EVIDENCE_CHARS
              else dataclasses.replace(p, evidence=_cut(p.evidence, MAX_EVIDENCE_CHARS)) for p in places]
    return BoundedExtraction(statements=bounded, area_claims=bounded_claims, place_claims=places,
                             limits_applied="; ".join(notes) or None)


def to_article_text(row: dict) -> ArticleText:
    return ArticleText(article_id=row["article_id"], text=row["text"], published_at=row.get("published_at"),
                       title=row.get("title"), url=row.get("url"))


def extract_one(row: dict) -> Extraction | Exception:
    """Never raises: an article that breaks the extractor is returned as its error (and quarantined)."""
    if row.get("language") not in (None, "en"):
        return BoundedExtraction()  # recorded as extracted, nothing found: never mis-extract another language
    try:
        return bound(extract(to_article_text(row)))
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
            # itself) and every copy would count towards the run's peak. The server also loads the lexicons
            # (warm.py), once for all workers.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["pipelines.extraction.batch", "pipelines.extraction.warm"])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        chunksize = max(1, len(rows) // (self.workers * 8))
        return list(zip(rows, self._pool.map(extract_one, rows, chunksize=chunksize)))

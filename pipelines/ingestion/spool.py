"""Read every source before the writer lock is taken: records are spooled to a temporary file in the home,
then streamed into the one transaction that writes them. Fetching a feed's pages can take a page's deadline
per item; holding the lock meanwhile made every other writer wait behind the slowest server. The spool keeps
memory bounded (one record at a time) and stays inside the home like everything else a run writes.

What `spooled` yields can be iterated more than once, each time from the start: a lake-mode write that lost
a commit race to another writer is retried with the same records, without fetching the sources again.
"""
from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipelines.ingestion.records import Article, Rejected


@contextmanager
def spooled(records: Iterable[Article | Rejected], home: Path) -> Iterator[Iterable[Article | Rejected]]:
    """Consume `records` now (no lock held); yield an iterable that replays them from disk."""
    folder = home / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=folder, prefix="ingest-") as fh:
        n = 0
        for rec in records:
            pickle.dump(rec, fh, protocol=pickle.HIGHEST_PROTOCOL)  # our own file, read back by us only
            n += 1
        yield _Replay(fh, n)


class _Replay:
    """The spooled records, read back from the start on every iteration (one iteration at a time)."""

    def __init__(self, fh, n: int):
        self._fh, self._n = fh, n

    def __iter__(self) -> Iterator[Article | Rejected]:
        self._fh.seek(0)
        for _ in range(self._n):
            yield pickle.load(self._fh)

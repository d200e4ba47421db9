"""One writer at a time. DuckDB allows a single writing process, so every run that writes
(CLI, schedule, sensor, UI) takes this lock on the home folder first.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another run is writing the warehouse."""


@contextmanager
def writer_lock(home: Path, wait_s: float = 600.0, poll_s: float = 0.5, name: str = ".writer.lock") -> Iterator[None]:
    """Hold the home's writer lock; wait up to `wait_s` for a running writer, then give up clearly.

    An flock dies with its process, so a killed run never leaves a stale lock behind.
    """
    home.mkdir(parents=True, exist_ok=True)
    fd = os.open(home / name, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another claimwatch run is writing {home} (waited {wait_s:.0f}s); "
                        "it will finish on its own: run again afterwards") from None
                time.sleep(poll_s)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)  # releases the lock

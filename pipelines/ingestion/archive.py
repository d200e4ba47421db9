"""The archive: where a backfill finds a day's articles.

`<home>/archive/2024-08-06/` (a folder of files) or `<home>/archive/2024-08-06*.jsonl|.html|.txt|...`
(files whose name starts with the day) belong to partition 2024-08-06.
"""
from __future__ import annotations

from pathlib import Path


def archive_dir(home: Path) -> Path:
    return home / "archive"


def sources_for_day(home: Path, day: str) -> list[str]:
    """The archive entries of one day, sorted; empty when the day has none."""
    root = archive_dir(home)
    if not root.is_dir():
        return []
    return [str(p) for p in sorted(root.glob(f"{day}*")) if not p.name.startswith(".")]


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


def archive_days(home: Path) -> list[str]:
    """Days that have archive entries (YYYY-MM-DD prefixes), sorted."""
    root = archive_dir(home)
    if not root.is_dir():
        return []
    days = {p.name[:10] for p in root.iterdir() if _is_day(p.name[:10])}
    return sorted(days)


def _is_day(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10

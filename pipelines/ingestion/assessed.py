"""Assessed control series: independent daily estimates of the area a side holds (liveuamap, NZZ, ISW, DeepState),
read from a CSV or JSON file or URL into typed rows. Pure: bytes in, rows and rejected rows out; no warehouse.

Accepted shapes:
- CSV with a header: a date column and an area column (names given, or guessed: `date`/`day`, `area`/`area_km2`);
- JSON: an object `{date: km2}`, or a list of objects with the date and area columns.
Dates may carry a time of day at midnight ("2022-02-20 00:00:00", "2022-02-24T00:00:00.000"). A row whose date or
area cannot be read, whose area is negative or not finite, or whose date repeats an earlier row is rejected with a
reason; the other rows load.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from pipelines.ingestion.records import Rejected

SIDES = ("Ukraine", "Russia")
DATE_COLUMNS = ("date", "day", "as_of")
AREA_COLUMNS = ("area_km2", "area", "km2", "value")


@dataclass(frozen=True)
class AssessedSpec:
    """One assessed series to load: where it is, and what its numbers are."""

    location: str                    # a file path or an http(s) URL
    source: str                      # "liveuamap", "nzz", "isw", ...
    region: str                      # canonical region (seeds/regions.csv), e.g. "Ukraine"
    controller: str                  # the side whose holding the area measures: "Russia" or "Ukraine"
    date_column: str | None = None
    area_column: str | None = None
    credit: str | None = None        # the credit line the data's licence asks for

    def __post_init__(self):
        if self.controller not in SIDES:
            raise ValueError(f"controller must be one of {', '.join(SIDES)}, not {self.controller!r}")
        for name in ("source", "region", "location"):
            if not (getattr(self, name) or "").strip():
                raise ValueError(f"an assessed series needs a {name}")


@dataclass(frozen=True)
class AssessedRow:
    date: date
    area_km2: float


@dataclass
class AssessedRead:
    origin: str                      # the file's resolved path or the URL: re-loading it replaces its rows
    content_hash: str
    rows: list[AssessedRow] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def parse_date(value: object) -> date:
    text = str(value).strip()
    if not text:
        raise ValueError("empty date")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(text[:10])


def parse_area(value: object) -> float:
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, (int, float)):
        area = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("\u202f", "").replace(" ", "")
        if not text:
            raise ValueError("empty area")
        area = float(text)
    if not math.isfinite(area):
        raise ValueError(f"not a finite number: {value!r}")
    if area < 0:
        raise ValueError(f"negative area: {value!r}")
    return area


def _pick(columns: list[str], given: str | None, defaults: tuple[str, ...], what: str) -> str:
    if given:
        if given not in columns:
            raise ValueError(f"no {what} column {given!r} (columns: {', '.join(columns) or 'none'})")
        return given
    lowered = {c.lower().strip(): c for c in columns}
    for name in defaults:
        if name in lowered:
            return lowered[name]
    raise ValueError(f"no {what} column: name it (columns: {', '.join(columns) or 'none'})")


def _records(content: bytes, spec: AssessedSpec) -> list[tuple[str, object, object]]:
    """(row reference, date value, area value) per row of the file."""
    text = content.decode("utf-8-sig")
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        doc = json.loads(text)
        if isinstance(doc, dict):
            return [(f"key {k}", k, v) for k, v in doc.items()]
        if isinstance(doc, list):
            objects = [o for o in doc if isinstance(o, dict)]
            columns = sorted({k for o in objects for k in o})
            dcol = _pick(columns, spec.date_column, DATE_COLUMNS, "date")
            acol = _pick(columns, spec.area_column, AREA_COLUMNS, "area")
            return [(f"item {i}", o.get(dcol, "") if isinstance(o, dict) else "",
                     o.get(acol, "") if isinstance(o, dict) else "") for i, o in enumerate(doc)]
        raise ValueError("JSON must be an object {date: km2} or a list of objects")
    reader = csv.DictReader(io.StringIO(text))
    columns = list(reader.fieldnames or [])
    dcol = _pick(columns, spec.date_column, DATE_COLUMNS, "date")
    acol = _pick(columns, spec.area_column, AREA_COLUMNS, "area")
    return [(f"line {i + 2}", r.get(dcol) or "", r.get(acol) or "") for i, r in enumerate(reader)]


def parse_assessed(content: bytes, spec: AssessedSpec, origin: str) -> AssessedRead:
    """Every row of a file, read or rejected with its reason. A file that cannot be read at all raises ValueError."""
    read = AssessedRead(origin=origin, content_hash=hashlib.sha256(content).hexdigest())
    seen: dict[date, str] = {}
    try:
        records = _records(content, spec)
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise ValueError(f"cannot read {origin}: {exc.__class__.__name__}: {exc}") from None
    for ref, raw_date, raw_area in records:
        sample = f"{raw_date!s:.60}, {raw_area!s:.60}"
        row_hash = hashlib.sha256(f"{ref}\x1f{sample}".encode()).hexdigest()
        try:
            day = parse_date(raw_date)
        except (ValueError, TypeError) as exc:
            read.rejected.append(Rejected(f"{origin}#{ref}", f"assessed row: unreadable date: {exc}", row_hash, sample))
            continue
        try:
            area = parse_area(raw_area)
        except (ValueError, TypeError) as exc:
            read.rejected.append(Rejected(f"{origin}#{ref}", f"assessed row: unreadable area: {exc}", row_hash, sample))
            continue
        if day in seen:
            read.rejected.append(Rejected(f"{origin}#{ref}", f"assessed row: date {day} repeats {seen[day]}",
                                          row_hash, sample))
            continue
        seen[day] = ref
        read.rows.append(AssessedRow(day, area))
    return read


def known_regions() -> dict[str, float]:
    """Canonical regions and their areas (seeds/regions.csv): an assessed series must name one."""
    from pipelines import settings

    with open(settings.SEEDS_DIR / "regions.csv", newline="", encoding="utf-8") as f:
        return {r["region"]: float(r["area_km2"]) for r in csv.DictReader(f)}


def read_assessed(spec: AssessedSpec) -> AssessedRead:
    """Fetch (an http(s) URL, under the fetch policy) or read (a path) and parse one series."""
    regions = known_regions()
    if spec.region not in regions:
        raise ValueError(f"unknown region {spec.region!r}: use a region of seeds/regions.csv "
                         f"({', '.join(sorted(regions)[:6])}, ...)")
    location = spec.location
    if location.lower().startswith(("http://", "https://")):
        from pipelines.ingestion.fetch import fetch
        from pipelines.ingestion.sources import policy_from_env

        fetched = fetch(location, policy_from_env())
        return parse_assessed(fetched.content, spec, location)
    path = Path(location).expanduser().resolve()
    return parse_assessed(path.read_bytes(), spec, str(path))


def specs_from_config(path: Path) -> list[AssessedSpec]:
    """The `assessed:` entries of a YAML configuration file (assessed.yaml); paths relative to the file."""
    if not path.exists():
        return []
    doc = yaml.safe_load(path.read_text()) or {}
    specs = []
    for entry in doc.get("assessed") or []:
        location = str(entry.get("path") or entry.get("url") or "")
        if location and not location.lower().startswith(("http://", "https://")):
            location = str((path.parent / location).resolve())
        specs.append(AssessedSpec(location=location, source=str(entry.get("source") or ""),
                                  region=str(entry.get("region") or ""),
                                  controller=str(entry.get("controller") or ""),
                                  date_column=entry.get("date_column"), area_column=entry.get("area_column"),
                                  credit=entry.get("credit")))
    return specs

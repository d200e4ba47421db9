"""Regions gazetteer: canonical oblast-level regions and the place names that point to them.

Seeds (loaded once, cached):
- ``seeds/regions.csv``        region,country,area_km2,kind  (kind: oblast|city|republic|country)
- ``seeds/region_aliases.csv`` alias,region  (spellings, transliterations, "DPR", towns and
  "directions" that reporting names instead of their oblast)

Conventions:
- ``Donbas`` spans Donetsk and Luhansk oblasts, so it maps to ``Ukraine`` (a multi-oblast
  figure gets region ``Ukraine``, like "SMO zone").
- Bare ``Kyiv``/``Kiev`` is usually a metonym for the Ukrainian government ("Kyiv's forces"),
  so it is only read as a place after a locative preposition ("north of Kyiv"), and then maps
  to the city ``Kyiv``. "Kyiv region/oblast" maps to ``Kyiv Oblast``.
- "Russian territory" is deliberately not an alias: in reporting it nearly always refers to
  the border oblast named in context (Kursk), which the caller resolves.

Public API: ``find_regions(text)``, ``region_of(place)``, ``region_area_km2(region)``,
``country_of(region)``, ``canonical_regions()``.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from pipelines.settings import SEEDS_DIR

_SUFFIX = r"(?:'s|’s)?(?:\s+(?:[Oo]blasts?|[Rr]egions?|[Pp]rovinces?|[Dd]irections?|[Aa]xis|[Ff]ront|[Ss]ector))?"
_SIDE_ADJECTIVE_AFTER = re.compile(r"-(?:controlled|held|backed|occupied|installed|appointed|based|led|allied|friendly|"
                                   r"aligned|loyal)\b", re.I)
# (the place mentions, place_mentions.py, read it too)
OUTLET_AFTER = re.compile(r"\s+(?:Independent|Post|Times|Journal|Herald|Indy)\b")
_LOCATIVE_KYIV = re.compile(
    r"\b(?:of|in|near|around|outside|to|from|toward|towards|into|on)\s+(Kyiv|Kiev)\b(?!['’]s|\s+(?:regime|government|authorities))"
)
# "in Zhytomyr, Kyiv and Chernihiv regions": an item of a list of oblasts (the list's plural noun is the oblast's)
_LISTED_KYIV = re.compile(r"(?<=,\s)(Kyiv|Kiev)(?=(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)+\s+"
                          r"(?:regions|oblasts|provinces)\b)")


def place_names() -> set[str]:
    """Every spelling of a region or place in the gazetteer, lower-cased (one word or several)."""
    return {a for a in _aliases() if a} | {r.lower() for r in _regions()}


def _norm(s: str) -> str:
    s = s.replace("’", "'").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"\s+(oblast|region|province|direction|axis)s?$", "", s)
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=1)
def _regions() -> dict[str, dict]:
    out: dict[str, dict] = {}
    path = SEEDS_DIR / "regions.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                area = row.get("area_km2")
                out[row["region"]] = {
                    "country": row.get("country") or None,
                    "area_km2": float(area) if area else None,
                    "kind": row.get("kind") or None,
                }
    return out


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """normalised alias -> canonical region (canonical names themselves included)."""
    out: dict[str, str] = {}
    for region in _regions():
        out[_norm(region)] = region
        out[region.lower()] = region
    path = SEEDS_DIR / "region_aliases.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                alias, region = (row.get("alias") or "").strip(), (row.get("region") or "").strip()
                if alias and region:
                    out.setdefault(alias.lower(), region)
                    out.setdefault(_norm(alias), region)
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = set()
    for region in _regions():
        names.add(region)
        names.add(re.sub(r"\s+Oblast$", "", region))
    path = SEEDS_DIR / "region_aliases.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("alias"):
                    names.add(row["alias"].strip())
    names.discard("Kyiv")  # see module docstring: bare Kyiv only in locative use
    alts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names if n), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])" + _SUFFIX, re.IGNORECASE)


def canonical_regions() -> list[str]:
    return list(_regions())


def region_of(place: str | None) -> str | None:
    """Canonical region for a place name, alias or region name; None if unknown."""
    if not place:
        return None
    exact = re.sub(r"\s+", " ", place.replace("’", "'").strip().lower())
    hit = _aliases().get(exact)
    if hit:
        return hit
    key = _norm(place)
    hit = _aliases().get(key)
    if hit:
        return hit
    if key in ("kyiv", "kiev"):
        return "Kyiv"
    return None


# the state bodies named "of Ukraine" / "of the Russian Federation" ("the Armed Forces of Ukraine", "the Ministry of
# Defence of Ukraine", "the General Staff of the Armed Forces of Ukraine")
_BODY_OF_BEFORE = re.compile(r"\b(?:Forces|Defenders|Ministry(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|General\s+Staff|Security\s+Service|"
                             r"National\s+Guard|Navy|Air\s+Force|Guard|Service|Committee|Office)\s+of\s+(?:the\s+)?$")


def find_regions(text: str) -> list[tuple[int, int, str]]:
    """All gazetteer mentions in ``text`` as (start, end, canonical region), in text order."""
    if not text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _pattern().finditer(text):
        if _SIDE_ADJECTIVE_AFTER.match(text, m.end()):
            continue       # "Kiev-controlled forces", "Moscow-installed officials": the side or the origin, not a place
        if OUTLET_AFTER.match(text, m.end()):
            continue       # "The Kyiv Independent", "the Kyiv Post": an outlet's name, not a place
        region = region_of(m.group(0))
        if region is None:  # suffix variants normalise to the bare alias; try the bare word
            region = region_of(re.sub(_SUFFIX + "$", "", m.group(0)))
        if region in ("Ukraine", "Russia") and _BODY_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue       # "the Armed Forces of Ukraine returned 29 settlements": a body's name, not the ground
        if region:
            out.append((m.start(), m.end(), region))
    for m in _LOCATIVE_KYIV.finditer(text):
        s, e = m.span(1)
        if _SIDE_ADJECTIVE_AFTER.match(text, e):
            continue
        if not any(a <= s < b for a, b, _ in out):
            # "Kyiv region/oblast" already matched by the main pattern
            out.append((s, e, "Kyiv"))
    for m in _LISTED_KYIV.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), "Kyiv Oblast"))
    out.sort()
    return out


def region_area_km2(region: str | None) -> float | None:
    info = _regions().get(region or "")
    return info["area_km2"] if info else None


def country_of(region: str | None) -> str | None:
    info = _regions().get(region or "")
    return info["country"] if info else None

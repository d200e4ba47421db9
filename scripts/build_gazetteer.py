"""Build seeds/places.csv and seeds/place_aliases.csv from scripts/gazetteer_source.txt.

    .venv/bin/python scripts/build_gazetteer.py          # write both seeds
    .venv/bin/python scripts/build_gazetteer.py --check  # fail if the seeds are not what the source gives

The source holds one place a line (see its header). Besides the spellings written there, this script
derives, for places in Ukraine, the Ukrainian-based transliterations of the local (Cyrillic) name:
the national system of 2010 (which gives the canonical names: Kupiansk, Vovchansk, Kurakhove), the
same with apostrophes for the soft sign and apostrophe (Kup'ians'k), the "ya/yu/ye" spelling
(Kupyansk-style, as in older English usage) and the German one (Pokrowsk, Awdijiwka); and for the
Russian-based spellings their common ending variants (-oye/-oe, -iy/-yy, yo/e).

Rules it enforces: place_id unique, names unique within an oblast, coordinates present, oblast in
seeds/regions.csv, no alias naming two places in the same oblast (a derived spelling that would is
dropped; a hand-written one is an error). An alias shared by places in different oblasts is kept
and flagged ``ambiguous=true`` (computed on the loader's comparison key, ``places.place_key``).
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extraction.places import place_key  # noqa: E402

SOURCE = ROOT / "scripts" / "gazetteer_source.txt"
SEEDS = ROOT / "seeds"
KINDS = {"city", "town", "village", "settlement", "district"}
ALIAS_KINDS = ("ukrainian_translit", "russian_translit", "former_name", "other_spelling", "local_language")

# --- Ukrainian transliteration -----------------------------------------------------------------
_BASE = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
         "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
         "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
         "щ": "shch"}
_IOTATED_NATIONAL = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"),
                     "я": ("ya", "ia")}
_IOTATED_Y = {"є": ("ye", "ye"), "ї": ("yi", "yi"), "й": ("y", "y"), "ю": ("yu", "yu"), "я": ("ya", "ya")}
_GERMAN = {"а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "sch", "з": "s",
           "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
           "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch", "є": "je", "ї": "ji", "й": "j", "ю": "ju", "я": "ja", "ь": "", "'": "",
           "’": "", "ʼ": ""}
_APOS = "'’ʼ"


def _translit(word: str, base: dict, iotated: dict | None, soft: str, apos: str) -> str:
    out, prev = [], " "
    for ch in word:
        lo = ch.lower()
        initial = not prev.isalpha() and prev not in _APOS
        if iotated is None:
            r = base.get(lo, ch) if lo not in _APOS else ""
        elif lo == "г" and prev.lower() == "з" and base is _BASE:
            r = "gh"                                   # Zghurivka: зг -> zgh
        elif lo in iotated:
            r = iotated[lo][0 if initial else 1]
        elif lo == "ь":
            r = soft
        elif lo in _APOS:
            r = apos
        else:
            r = base.get(lo, ch)
        if ch != lo and r:
            r = r[0].upper() + r[1:]
        out.append(r)
        prev = ch
    return "".join(out)


def ukrainian_spellings(cyr: str) -> dict[str, str]:
    """national, apostrophe (both marks, either one), ya-style and German transliterations of a Ukrainian name."""
    return {
        "national": _translit(cyr, _BASE, _IOTATED_NATIONAL, "", ""),
        "apostrophe": _translit(cyr, _BASE, _IOTATED_NATIONAL, "'", "'"),
        "apostrophe_only": _translit(cyr, _BASE, _IOTATED_NATIONAL, "", "'"),
        "soft_sign_only": _translit(cyr, _BASE, _IOTATED_NATIONAL, "'", ""),
        "ya": _translit(cyr, _BASE, _IOTATED_Y, "", ""),
        "german": _translit(cyr, _GERMAN, None, "", ""),
    }


def russian_variants(name: str) -> list[str]:
    """Common spelling variants of a Russian-based romanisation (endings, yo/e)."""
    out = []
    subs = [
        (r"oye\b", "oe"), (r"oe\b", "oye"), (r"iy\b", "y"), (r"yy\b", "y"), (r"skiy\b", "sky"),
        (r"sky\b", "skiy"), (r"(?<=[bcdfhklmnprstvz])yo", "e"), (r"yevka\b", "evka"), (r"eyevka\b", "eevka"),
        (r"ye\b", "e"),
    ]
    for pat, rep in subs:
        v = re.sub(pat, rep, name)
        if v != name:
            out.append(v)
    return out


# --- source ------------------------------------------------------------------------------------

def read_source(path: Path = SOURCE) -> list[dict]:
    rows, oblast, prefix = [], None, None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            oblast, prefix = (x.strip() for x in s[1:].split("|"))
            continue
        f = [x.strip() for x in s.split("|")]
        f += [""] * (8 - len(f))
        kind, name, lat, lon, ru, former, other, local = f[:8]
        tags = dict(t.split("=", 1) for t in f[8:] if "=" in t)
        if kind not in KINDS:
            raise SystemExit(f"line {n}: kind {kind!r}")
        rows.append({
            "line": n, "kind": kind, "name": name, "oblast": oblast, "prefix": prefix,
            "lat": float(lat), "lon": float(lon), "local": local, "tags": tags,
            "ru": [x.strip() for x in ru.split(";") if x.strip()],
            "former": [x.strip() for x in former.split(";") if x.strip()],
            "other": [x.strip() for x in other.split(";") if x.strip()],
        })
    return rows


def slug(name: str) -> str:
    s = place_key(name)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _split_kind(value: str, default: str) -> tuple[str, str]:
    """'ua=Korenieve' -> ('Korenieve', 'ukrainian_translit'); 'ru=..' / 'former=..' likewise."""
    m = re.match(r"^(ua|ru|former|other|local)=(.+)$", value)
    if not m:
        return value, default
    return m.group(2).strip(), {"ua": "ukrainian_translit", "ru": "russian_translit", "former": "former_name",
                                "other": "other_spelling", "local": "local_language"}[m.group(1)]


def build(rows: list[dict], regions: dict[str, str]) -> tuple[list[dict], list[dict], list[str]]:
    notes: list[str] = []
    places: list[dict] = []
    ids: set[str] = set()
    names_in_oblast: dict[tuple[str, str], str] = {}
    for r in rows:
        if r["oblast"] not in regions:
            raise SystemExit(f"line {r['line']}: oblast {r['oblast']!r} is not in seeds/regions.csv")
        if not (-90 < r["lat"] < 90 and -180 < r["lon"] < 180) or (r["lat"] == 0 and r["lon"] == 0):
            raise SystemExit(f"line {r['line']}: coordinates")
        pid = f"{r['prefix']}-{slug(r['name'])}"
        if pid in ids:
            raise SystemExit(f"line {r['line']}: duplicate place_id {pid}")
        key = (r["oblast"], place_key(r["name"]))
        if key in names_in_oblast:
            raise SystemExit(f"line {r['line']}: {r['name']} twice in {r['oblast']}")
        ids.add(pid)
        names_in_oblast[key] = pid
        r["place_id"] = pid
        places.append({"place_id": pid, "name": r["name"], "kind": r["kind"], "oblast": r["oblast"],
                       "country": regions[r["oblast"]], "latitude": f"{r['lat']:.4f}",
                       "longitude": f"{r['lon']:.4f}"})

    # candidate aliases per place, hand-written first (they win a clash), then derived
    aliases: list[dict] = []
    owner_in_oblast: dict[tuple[str, str], str] = dict(names_in_oblast)
    for r in rows:
        pid, oblast = r["place_id"], r["oblast"]
        seen = {r["name"].lower()}
        cands: list[tuple[str, str, bool]] = []     # alias, kind, hand-written
        for v in r["ru"]:
            cands.append((*_split_kind(v, "russian_translit"), True))
        for v in r["former"]:
            cands.append((*_split_kind(v, "former_name"), True))
        for v in r["other"]:
            cands.append((*_split_kind(v, "other_spelling"), True))
        if r["local"]:
            cands.append((r["local"], "local_language", True))
        if regions[oblast] == "Ukraine" and r["local"]:
            sp = ukrainian_spellings(r["local"])
            if sp["national"] != r["name"]:
                cands.append((sp["national"], "ukrainian_translit", False))
            cands.append((sp["apostrophe_only"], "ukrainian_translit", False))
            cands.append((sp["soft_sign_only"], "ukrainian_translit", False))
            cands.append((sp["apostrophe"], "ukrainian_translit", False))
            cands.append((sp["ya"], "ukrainian_translit", False))
            cands.append((sp["german"], "other_spelling", False))
        for v in list(r["ru"]):
            for w in russian_variants(_split_kind(v, "russian_translit")[0]):
                cands.append((w, "russian_translit", False))
        if regions[oblast] == "Russia":
            for w in russian_variants(r["name"]):
                cands.append((w, "russian_translit", False))
        for alias, kind, hand in cands:
            alias = re.sub(r"\s+", " ", alias).strip()
            if not alias or alias.lower() in seen:
                continue
            okey = (oblast, place_key(alias))
            other = owner_in_oblast.get(okey)
            if other and other != pid:
                if hand:
                    raise SystemExit(f"line {r['line']}: alias {alias!r} of {pid} already names {other}")
                notes.append(f"dropped derived alias {alias!r} of {pid}: names {other}")
                continue
            owner_in_oblast[okey] = pid
            seen.add(alias.lower())
            aliases.append({"place_id": pid, "alias": alias, "alias_kind": kind})

    # ambiguity across oblasts, on the loader's key
    owners: dict[str, set[str]] = {}
    for p in places:
        owners.setdefault(place_key(p["name"]), set()).add(p["place_id"])
    for a in aliases:
        owners.setdefault(place_key(a["alias"]), set()).add(a["place_id"])
    for a in aliases:
        a["ambiguous"] = "true" if len(owners[place_key(a["alias"])]) > 1 else "false"
    return places, aliases, notes


def to_csv(rows: list[dict], fields: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the seeds differ from what the source gives")
    args = ap.parse_args(argv)
    with open(SEEDS / "regions.csv", encoding="utf-8") as fh:
        regions = {r["region"]: r["country"] for r in csv.DictReader(fh)}
    places, aliases, notes = build(read_source(), regions)
    out = {
        SEEDS / "places.csv": to_csv(places, ["place_id", "name", "kind", "oblast", "country", "latitude",
                                              "longitude"]),
        SEEDS / "place_aliases.csv": to_csv(aliases, ["place_id", "alias", "alias_kind", "ambiguous"]),
    }
    if args.check:
        stale = [p.name for p, text in out.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run scripts/build_gazetteer.py)")
            return 1
        return 0
    for path, text in out.items():
        path.write_text(text, encoding="utf-8")
    for n in notes:
        print(n)
    print(f"{len(places)} places, {len(aliases)} aliases "
          f"({sum(a['ambiguous'] == 'true' for a in aliases)} ambiguous)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

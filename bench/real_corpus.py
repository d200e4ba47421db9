"""The real-reporting corpus (eval/real/): assemble the annotators' parts and check them.

    python -m bench.real_corpus assemble   # eval/real/parts/*.{manifest,gold}.jsonl + cache -> the three corpus files
    python -m bench.real_corpus check      # every cached text matches its manifest line (sha256, length)
    python -m bench.real_corpus missing [V,W]  # texts not collected yet (of parts V and W), by the query that finds them
    python -m bench.real_corpus add ID FILE  # store FILE (a `search` excerpt) as ID's text if its sha256 matches
    python -m bench.real_corpus new LETTER ID FILE --url U --title T --date D --outlet O --query Q --style S \
        --figures yes|no --part heldbackN    # a new article of an annotator's part: its text and manifest line

The texts belong to their publishers and stay out of git (eval/real/cache/ is ignored). The manifest
says where each text came from: the page's url and the `search` query (library tool, corpus `pages`)
whose excerpt is the text, with the text's sha256, so a later session can collect the same texts again
and prove they are the same.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "eval" / "real"
CACHE = REAL / "cache"
HELDOUT_URLS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "heldout_urls.txt"


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _put(path: Path, row: dict) -> None:
    """Write ``row`` into a JSON-lines file of rows keyed by id, replacing the row of its id, in id order."""
    _write(path, sorted([r for r in _jsonl(path) if r["id"] != row["id"]] + [row], key=lambda r: r["id"]))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def forbidden_urls() -> set[str]:
    if not HELDOUT_URLS.is_file():
        return set()
    return {line.strip() for line in HELDOUT_URLS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


# Texts whose excerpt, collected again on 2026-11-30 from the same page and query, no longer matches the annotated
# one (hand-copied by their annotators, or changed in the tool's store): 1-8 characters differ. They are scored on
# the excerpt the tool returns now; `check` reports them and does not fail on them. On 2026-12-01 one more, r153
# (its excerpt is 71 characters longer now; every gold key is in it). On 2026-12-02 two more: r967 (6 characters
# longer) and r1003 (20 shorter: characters the tool's output does not show); every gold key is in both. `add`
# stores these as copied.
CHANGED = frozenset({"r153", "r219", "r249", "r398", "r967", "r1003"})


def problems(manifest: list[dict], gold: list[dict], articles: list[dict]) -> list[str]:
    out = []
    by_id = {a["id"]: a for a in articles}
    gold_ids = {g["id"]: g for g in gold}
    banned = forbidden_urls()
    seen_urls: set[str] = set()
    for m in manifest:
        if m["url"] in banned:
            out.append(f"{m['id']}: {m['url']} is a held-out page of the external measure")
        if m["url"] in seen_urls:
            out.append(f"{m['id']}: duplicate url {m['url']}")
        seen_urls.add(m["url"])
        g = gold_ids.get(m["id"])
        if g is None:
            out.append(f"{m['id']}: no gold line")
        elif g.get("url") != m["url"]:
            out.append(f"{m['id']}: gold url differs from the manifest")
        a = by_id.get(m["id"])
        if a is None:
            out.append(f"{m['id']}: text not collected")
        elif sha256(a["text"]) != m["text_sha256"]:
            out.append(f"{m['id']}: cached text differs from the manifest's sha256"
                       + (" (known: the search tool's excerpt changed since the annotation)" if m["id"] in CHANGED else ""))
    return out


def assemble() -> int:
    manifest, gold, articles = [], [], []
    for part in sorted((REAL / "parts").glob("*.manifest.jsonl")):
        name = part.name.split(".")[0]
        manifest += _jsonl(part)
        gold += _jsonl(REAL / "parts" / f"{name}.gold.jsonl")
        articles += _jsonl(CACHE / f"{name}.articles.jsonl")
    manifest.sort(key=lambda r: r["id"])
    order = {m["id"]: i for i, m in enumerate(manifest)}
    gold = sorted((g for g in gold if g["id"] in order), key=lambda g: order[g["id"]])
    articles = sorted((a for a in articles if a["id"] in order), key=lambda a: order[a["id"]])
    _write(REAL / "manifest.jsonl", manifest)
    _write(REAL / "gold.jsonl", gold)
    _write(CACHE / "articles.jsonl", articles)
    issues = problems(manifest, gold, articles)
    outlets = {m["outlet"] for m in manifest}
    # every part the manifests name, in the order they were added (dev, heldback, heldback2, ...)
    names = sorted({m["part"] for m in manifest}, key=lambda p: (p != "dev", len(p), p))
    parts = {p: sum(m["part"] == p for m in manifest) for p in names}
    print(f"{len(manifest)} articles from {len(outlets)} outlets; {parts}; "
          f"{sum(not m['has_territorial_figures'] for m in manifest)} without territorial figures")
    for p in issues:
        print("NOTE" if "(known:" in p else "PROBLEM", p)
    return 1 if any("(known:" not in p for p in issues) else 0


def check() -> int:
    found = problems(_jsonl(REAL / "manifest.jsonl"), _jsonl(REAL / "gold.jsonl"), _jsonl(CACHE / "articles.jsonl"))
    issues = [p for p in found if "(known:" not in p]
    for p in found:
        print("PROBLEM" if p in issues else "NOTE", p)
    print("ok" if not issues else f"{len(issues)} problems")
    return 1 if issues else 0


def _parts_manifest() -> dict[str, tuple[str, dict]]:
    """id -> (annotator part letter, manifest line), from eval/real/parts/."""
    out = {}
    for path in sorted((REAL / "parts").glob("*.manifest.jsonl")):
        for m in _jsonl(path):
            out[m["id"]] = (path.name.split(".")[0], m)
    return out


def _variants(text: str):
    """The excerpt as copied, and the same words with the edges' whitespace the tool may have shown
    differently; the sha256 decides which one is the annotated text, so nothing else can slip in."""
    core = text.strip()
    yield text
    for lead in ("", " ", "\n"):
        for trail in ("", "\n", "\n\n", " ", "\n\n\n", " \n"):
            yield lead + core + trail


# characters a copy from the tool's output can lose: which quote or apostrophe, a no-break or a doubled space
_CONFUSABLE = {"\u2019": "'", "'": "\u2019", "\u201c": '"', "\u201d": '"', '"': "\u201d", " ": "\u00a0"}


def _one_char_repairs(text: str):
    """The copy with one character swapped for the one the tool's output shows the same, one space doubled, or a
    space at a line's start (r094, r673 on 2026-12-01): the sha256 still decides, so nothing but the annotated
    text can be stored."""
    for i, ch in enumerate(text):
        if ch in _CONFUSABLE:
            yield text[:i] + _CONFUSABLE[ch] + text[i + 1:]
        if ch in (" ", "\n"):
            yield text[:i + 1] + " " + text[i + 1:]


def missing(letters: str = "") -> int:
    have = {a["id"] for path in CACHE.glob("[A-Z]*.articles.jsonl") for a in _jsonl(path)}
    wanted = set(letters.split(",")) if letters else None  # comma-separated: parts have two-letter names (AB)
    todo: dict[str, list[str]] = {}
    for id_, (part, m) in _parts_manifest().items():
        if id_ not in have and (wanted is None or part in wanted):
            todo.setdefault(m["query"], []).append(f"{id_} ({part}) {m['url']}")
    for query, rows in todo.items():
        print(f"query: {query}")
        for row in rows:
            print(f"    {row}")
    print(f"{sum(map(len, todo.values()))} texts missing, {len(todo)} queries")
    return 0


def add(id_: str, file: str) -> int:
    part, m = _parts_manifest()[id_]
    copied = Path(file).read_text(encoding="utf-8")
    text = next((t for t in _variants(copied) if sha256(t) == m["text_sha256"]), None)
    if text is None:
        text = next((t for t in _one_char_repairs(copied) if sha256(t) == m["text_sha256"]), None)
    if text is None and id_ in CHANGED:
        text = copied  # the excerpt the tool returns now; `check` lists it as changed
        print(f"{id_}: no match, stored as copied ({len(copied)} chars; known changed excerpt, CHANGED)")
    if text is None:
        print(f"{id_}: no match (copied {len(copied)} chars, {len(copied.strip())} stripped; "
              f"the manifest says {m['chars']})")
        return 1
    path = CACHE / f"{part}.articles.jsonl"
    _put(path, {"id": id_, "url": m["url"], "title": m["title"], "published_at": m["published_at"],
                "source": m["outlet"], "text": text})
    print(f"{id_}: stored in {path.name}")
    return 0


def new(argv: list[str]) -> int:
    """An annotator stores a new article (eval/real/ANNOTATOR_BRIEF.md): the text in the ignored cache, the manifest
    line with its sha256 in parts/LETTER.manifest.jsonl. Refuses the external measure's pages and pages already in
    the corpus."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m bench.real_corpus new")
    ap.add_argument("letter")
    ap.add_argument("id")
    ap.add_argument("file")
    for key in ("url", "title", "date", "outlet", "query", "style", "figures", "part"):
        ap.add_argument("--" + key, required=True)
    a = ap.parse_args(argv)
    if a.url in forbidden_urls():
        print("REFUSED: a held-out page of the external measure (../shared/eval/heldout_urls.txt); choose another")
        return 2
    taken = {id_ for id_, (_part, m) in _parts_manifest().items() if m["url"] == a.url}
    if taken - {a.id}:
        print(f"REFUSED: the url is already in the corpus as {sorted(taken)[0]}")
        return 2
    text = Path(a.file).read_text(encoding="utf-8")

    _put(CACHE / f"{a.letter}.articles.jsonl", {"id": a.id, "url": a.url, "title": a.title, "published_at": a.date,
                                               "source": a.outlet, "text": text})
    _put(REAL / "parts" / f"{a.letter}.manifest.jsonl", {
        "id": a.id, "url": a.url, "title": a.title, "published_at": a.date, "outlet": a.outlet, "query": a.query,
        "style": a.style, "has_territorial_figures": a.figures == "yes", "part": a.part,
        "text_sha256": sha256(text), "chars": len(text)})
    print(f"{a.id}: stored ({len(text)} chars)")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "add":
        sys.exit(add(sys.argv[2], sys.argv[3]))
    if cmd == "new":
        sys.exit(new(sys.argv[2:]))
    if cmd == "missing":
        sys.exit(missing(sys.argv[2] if len(sys.argv) > 2 else ""))
    sys.exit({"assemble": assemble, "check": check}[cmd]())

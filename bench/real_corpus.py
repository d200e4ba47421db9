"""The real-reporting corpus (eval/real/): assemble the annotators' parts and check them.

    python -m bench.real_corpus assemble   # eval/real/parts/*.{manifest,gold}.jsonl + cache -> the three corpus files
    python -m bench.real_corpus check      # every cached text matches its manifest line (sha256, length)

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


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def forbidden_urls() -> set[str]:
    if not HELDOUT_URLS.is_file():
        return set()
    return {line.strip() for line in HELDOUT_URLS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


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
            out.append(f"{m['id']}: cached text differs from the manifest's sha256")
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
        print("PROBLEM", p)
    return 1 if issues else 0


def check() -> int:
    issues = problems(_jsonl(REAL / "manifest.jsonl"), _jsonl(REAL / "gold.jsonl"), _jsonl(CACHE / "articles.jsonl"))
    for p in issues:
        print("PROBLEM", p)
    print("ok" if not issues else f"{len(issues)} problems")
    return 1 if issues else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    sys.exit({"assemble": assemble, "check": check}[cmd]())

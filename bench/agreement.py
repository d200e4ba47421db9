"""Inter-annotator agreement: a second, independent gold of a part scored against the first with the shared scorer.

    python -m bench.agreement eval/real/iaa/heldback6.second.gold.jsonl --part heldback6

The second annotator worked from the same texts, guide and schema, blind to the first gold and to claimwatch. Its
lines are read as predictions: area and place claims as written; a statement's ``quote_text`` is the sentence(s) of
the text holding its keys (the scorer matches a statement on speaker and on the first gold's keys inside the
predicted quote, so two annotators who chose different key phrases of one statement still agree). The figures
say how far the gold itself is from certain: a ceiling for the extractor's scores on that part.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.score_corpus import SCORER, _jsonl

REAL = Path(__file__).resolve().parents[1] / "eval" / "real"
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"\u201d\u2019]?|$)")


def as_predictions(second: list[dict], texts: dict[str, str]) -> list[dict]:
    out = []
    for line in second:
        text = texts[line["id"]]
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
        for s in line["statements"]:
            hits = [(a, b) for k in s.get("keys", []) if (i := text.find(k)) >= 0 for a, b in sentences if a <= i < b]
            s["quote_text"] = text[min(a for a, _ in hits):max(b for _, b in hits)] if hits else " ".join(s.get("keys", []))
            s["statement_type"] = s.get("type")
        out.append(line)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("second", help="the second annotator's gold file")
    ap.add_argument("--part", required=True, help="the manifest part both annotators annotated")
    args = ap.parse_args(argv)
    ids = {m["id"] for m in _jsonl(REAL / "manifest.jsonl") if m["part"] == args.part}
    first = [g for g in _jsonl(REAL / "gold.jsonl") if g["id"] in ids]
    texts = {a["id"]: a["text"] for a in _jsonl(REAL / "cache" / "articles.jsonl") if a["id"] in ids}
    second = [g for g in _jsonl(args.second) if g["id"] in ids]
    missing = ids - {g["id"] for g in second}
    if missing:
        raise SystemExit(f"the second gold lacks {len(missing)} articles of {args.part}: {sorted(missing)[:5]}")
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "first.jsonl", Path(tmp) / "second.jsonl"
        for path, rows in ((gold_path, first), (pred_path, as_predictions(second, texts))):
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return subprocess.call([sys.executable, str(SCORER), "--gold", str(gold_path), "--predictions", str(pred_path)])


if __name__ == "__main__":
    sys.exit(main())

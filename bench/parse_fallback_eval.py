"""Measure the parse fallback (pipelines/extraction/parse_fallback.py) on the real corpus, in one process.

    python -m bench.parse_fallback_eval                 # statements P/R/F1 per part, fallback off and on
    python -m bench.parse_fallback_eval --trace t.jsonl # and every candidate the fallback considered,
                                                        # with whether it hit a gold statement
    python -m bench.parse_fallback_eval --part heldback49   # another part (repeatable)

Statements only (the area and place lines come from bench.score_corpus). Scored with the shared
scorer's own matching (``statement_hits``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from bench.score_corpus import _jsonl, load_scorer

PARTS = ("dev", "heldback", "heldback2", "heldback3")


def _articles(part: str, manifest, gold, arts):
    ids = {m["id"] for m in manifest if m.get("part") == part}
    gl = [g for g in gold if g["id"] in ids]
    return gl, [arts[g["id"]] for g in gl]


def prf(counts):
    p = counts["tp_p"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["tp_r"] / counts["gold"] if counts["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(parts, gold, arts, manifest, sc, trace: list | None = None):
    from pipelines.extraction import parse_fallback
    from pipelines.extraction.predict import predict_line

    out = {}
    for part in parts:
        gl, al = _articles(part, manifest, gold, arts)
        c = {"gold": 0, "pred": 0, "tp_r": 0, "tp_p": 0}
        parsed0 = parse_fallback.STATS["parsed"]
        t0 = time.perf_counter()
        for g, a in zip(gl, al):
            n0 = len(parse_fallback.TRACE) if parse_fallback.TRACE is not None else 0
            p = predict_line(a)
            gs, ps = g.get("statements", []), p["statements"]
            c["gold"] += len(gs)
            c["pred"] += len(ps)
            c["tp_r"] += sum(any(sc.statement_hits(gi, pi) for pi in ps) for gi in gs)
            c["tp_p"] += sum(any(sc.statement_hits(gi, pi) for gi in gs) for pi in ps)
            if trace is not None and parse_fallback.TRACE is not None:
                for t in parse_fallback.TRACE[n0:]:
                    t = dict(t, id=g["id"], part=part)
                    if t["verdict"] == "kept":
                        pi = {"speaker": t["speaker"], "speaker_raw": t["mention"], "quote": t["quote"]}
                        t["hit"] = any(sc.statement_hits(gi, pi) for gi in gs)
                    trace.append(t)
        c["seconds"] = time.perf_counter() - t0
        c["parsed"] = parse_fallback.STATS["parsed"] - parsed0
        c["articles"] = len(al)
        out[part] = c
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default="eval/real/gold.jsonl")
    ap.add_argument("--articles", default="eval/real/cache/articles.jsonl")
    ap.add_argument("--manifest", default="eval/real/manifest.jsonl")
    ap.add_argument("--trace")
    # a newly scored blind part: "--part heldback49" (repeatable; the four first parts by default)
    ap.add_argument("--part", action="append", help="a manifest part to score (repeatable)")
    args = ap.parse_args(argv)
    parts = tuple(args.part) if args.part else PARTS
    sc = load_scorer()
    gold, manifest = _jsonl(args.gold), _jsonl(args.manifest)
    arts = {a["id"]: a for a in _jsonl(args.articles)}
    from pipelines.extraction import parse_fallback

    for mode in ("0", "1"):
        os.environ["CLAIMWATCH_PARSE_FALLBACK"] = mode
        trace = [] if (mode == "1" and args.trace) else None
        parse_fallback.TRACE = [] if trace is not None else None
        res = run(parts, gold, arts, manifest, sc, trace)
        for part, c in res.items():
            p, r, f = prf(c)
            print(f"fallback={mode} {part:10s} gold {c['gold']:4d} pred {c['pred']:4d} tp_r {c['tp_r']:4d} "
                  f"P {p:.3f} R {r:.3f} F1 {f:.3f}  parsed {c['parsed']:3d} sentences "
                  f"({c['parsed'] / max(1, c['articles']):.2f}/article)  {c['seconds']:.2f} s")
        if trace is not None:
            with open(args.trace, "w", encoding="utf-8") as fh:
                for t in trace:
                    fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

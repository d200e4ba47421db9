"""Score the extractor on an annotated corpus, in process, and time it.

    python -m bench.score_corpus --gold ../shared/eval/dev/gold.jsonl --articles ../shared/eval/dev/articles.jsonl
    python -m bench.score_corpus --gold eval/real/gold.jsonl --articles eval/real/cache/articles.jsonl \
        --manifest eval/real/manifest.jsonl --part dev --errors 40

Runs the pure-Python extractor on every article (no warehouse: `claimwatch eval` measures the same
through the whole pipeline), writes predictions in the gold file's shape, and prints the shared
scorer's lines (`<workspace>/shared/eval/score.py`), then three lines of our own:
- speed: articles per second of extraction alone, one process (this is the figure behind the
  README's "articles/s" column for a corpus);
- attributes: approximate and period accuracy on matched area claims (the scorer prints the others);
- no-figure articles: false area claims on the articles the manifest marks as having no territorial
  figures (the precision test of the real corpus: at most one per 20 articles).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from pipelines.extraction.predict import predict_line

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER):
    if not path.is_file():
        raise SystemExit(f"the shared scorer is not at {path} (the eval folder lives beside the repository)")
    spec = importlib.util.spec_from_file_location("claimwatch_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def select(gold: list[dict], articles: list[dict], manifest: list[dict] | None, part: str) -> tuple[list, list, set]:
    """The gold lines and articles of one part of the manifest, and the ids of no-figure articles."""
    ids = {r["id"] for r in gold}
    no_figures: set[str] = set()
    if manifest is not None:
        chosen = {m["id"] for m in manifest if part == "all" or m.get("part") == part}
        no_figures = {m["id"] for m in manifest if m.get("has_territorial_figures") is False}
        ids &= chosen
    by_id = {a["id"]: a for a in articles}
    missing = sorted(i for i in ids if i not in by_id)
    if missing:
        raise SystemExit(f"{len(missing)} articles are not in the articles file (collect them first): {missing[:5]}")
    return [g for g in gold if g["id"] in ids], [by_id[g["id"]] for g in gold if g["id"] in ids], no_figures & ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--manifest")
    ap.add_argument("--part", default="all", help="dev | heldback | all (needs --manifest)")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", help="write the scorer's full result here")
    args = ap.parse_args(argv)

    manifest = _jsonl(args.manifest) if args.manifest else None
    gold, articles, no_figures = select(_jsonl(args.gold), _jsonl(args.articles), manifest, args.part)
    # lexicons and the actor/region gazetteers load on first use: warm them up outside the timing,
    # as a long-running worker would have them loaded
    predict_line({"id": "warm-up", "text": 'Russia took 5 sq km, "we hold," Syrskyi said.', "published_at": "2024-08-13"})
    t0 = time.perf_counter()
    preds = [predict_line(a) for a in articles]
    seconds = time.perf_counter() - t0

    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
        cmd = ["--gold", str(gold_path), "--predictions", str(pred_path), "--errors", str(args.errors)]
        json_path = args.json or str(Path(tmp) / "result.json")
        scorer.main(cmd + ["--json", json_path])
        result = json.loads(Path(json_path).read_text(encoding="utf-8"))

    n = len(articles)
    print(f"speed        {n} articles in {seconds:.2f} s: {n / seconds if seconds else 0:.1f} articles/s (extraction, one process, after warm-up)")
    ac = result["area_claims"]
    print(f"attributes   approximate-acc {ac['approximate_accuracy']:.3f} period-acc {ac['period_accuracy']:.3f}")
    if no_figures:
        false_claims = sum(len(scorer.dedupe_claims(p["area_claims"])) for p in preds if p["id"] in no_figures)
        print(f"no-figures   {len(no_figures)} articles, {false_claims} false area claims "
              f"({20 * false_claims / len(no_figures):.2f} per 20 articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

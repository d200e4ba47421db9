"""Count the error classes of issue 11 on an annotated corpus (the table in its closing note).

    python -m bench.error_classes --gold eval/real/gold.jsonl --articles eval/real/cache/articles.jsonl \
        --manifest eval/real/manifest.jsonl --part dev

Each class is decided mechanically from the predictions and the gold, so that the counts before and
after a change are comparable (they are indicators, not a hand audit):

- statement classes: spurious speakers that are not names (places, unnamed groups, a capitalised word
  such as "United"), speakers left as a bare role ("leader", "Ukrainian top commander"), indirect
  quote_text that starts with the reporting verb or "that", statements inside page furniture
  (datelines, captions, cross-links, headlines), gold statements missed;
- area-claim classes: spurious claims with no gold figure of that value (numbers that are not
  territory), a gold figure found with another metric (running totals read as gains, recaptures as
  holdings), with another region, with another controller, and unit conversions counted twice.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from datetime import datetime

from bench.score_corpus import _jsonl, load_scorer, select
from pipelines.extraction import ArticleText, extract
from pipelines.extraction.actors import default_resolver
from pipelines.extraction.furniture import furniture_spans
from pipelines.extraction.places import default_gazetteer
from pipelines.extraction.regions import place_names
from pipelines.extraction.tokens import _lex

_VERB_FIRST = re.compile(r"^(?:that\b|(?:said|says|say|told|tells|added|adds|noted|stated|claimed|reported|"
                         r"announced|wrote|warned|stressed|confirmed|explained|insisted)\b)", re.IGNORECASE)
_GROUPS = {"analysts", "experts", "officials", "sources", "residents", "authorities", "military", "united"}
SQ_MI = 2.58999


def _is_place(name: str) -> bool:
    low = name.lower()
    return low in place_names() or default_gazetteer().resolve(name) is not None


def _bare_role(name: str) -> bool:
    lex = _lex()
    words = [w.lower().strip(".,'\u2019").removesuffix("'s") for w in name.split()]
    core = [w for w in words if w not in lex.demonyms and w not in ("ukraine", "russia", "ukrainian", "russian")]
    return bool(core) and all(w in lex.roles or w in lex.titles for w in core)


def _predictions(a: dict, given: dict | None) -> tuple[list[dict], list[dict]]:
    """Statements (with start offset and actor) and area claims of one article: extracted here, or
    read from a predictions file (another extractor version, run in its own process)."""
    if given is None:
        published = datetime.fromisoformat(a["published_at"]) if a.get("published_at") else None
        result = extract(ArticleText(a["id"], a["text"], published))
        return ([{"speaker": s.speaker, "speaker_raw": s.speaker_raw, "type": s.statement_type,
                  "quote": s.quote_text, "start": s.char_start, "actor": s.actor_id} for s in result.statements],
                [c.to_dict() for c in result.area_claims])
    resolver = default_resolver()
    out = []
    for s in given.get("statements", []):
        quote = s.get("quote") or ""
        out.append({**s, "start": a["text"].find(quote[:30]) if quote else -1,
                    "actor": getattr(resolver.resolve(s.get("speaker")), "actor_id", None)})
    return out, given.get("area_claims", [])


def classify(gold: list[dict], articles: list[dict], given: dict | None = None) -> Counter:
    sc = load_scorer()
    counts: Counter = Counter()
    for g, a in zip(gold, articles):
        furniture = furniture_spans(a["text"])
        preds, claims = _predictions(a, None if given is None else given.get(a["id"], {}))
        for p in preds:
            hit = any(sc.statement_hits(gs, p) for gs in g["statements"])
            if p["type"] == "indirect" and _VERB_FIRST.match(p["quote"]):
                counts["statements: indirect quote_text starts with the verb or 'that'"] += 1
            if any(fa <= p["start"] < fb for fa, fb, _ in furniture):
                counts["statements: inside page furniture (dateline, caption, cross-link, headline)"] += 1
            if hit:
                continue
            if p["actor"] is None and (_is_place(p["speaker"]) or p["speaker"].lower() in _GROUPS):
                counts["statements: spurious speaker that is not a name (place, group, 'United')"] += 1
            elif p["actor"] is None and _bare_role(p["speaker"]):
                counts["statements: speaker left as a bare role"] += 1
            else:
                counts["statements: other spurious"] += 1
        for gs in g["statements"]:
            if not any(sc.statement_hits(gs, p) for p in preds):
                counts["statements: gold statement missed"] += 1
        gc = sc.dedupe_claims(g["area_claims"])
        pc = sc.dedupe_claims(claims)
        for p in pc:
            if any(sc.claim_hits(gi, p) for gi in gc):
                continue
            same_value = [gi for gi in gc if sc.value_close(gi["value_low"], p["value_low"])]
            converted = [gi for gi in gc if sc.value_close(gi["value_low"] * SQ_MI, p["value_low"])
                         or sc.value_close(gi["value_low"] / SQ_MI, p["value_low"])]
            if not same_value:
                key = ("area: unit conversion counted twice" if converted
                       else "area: spurious figure (not territory, or not in gold)")
            elif any(gi["metric"] != p["metric"] for gi in same_value) and not any(
                    gi["metric"] == p["metric"] for gi in same_value):
                key = "area: metric (running total read as gain, recapture as holding, ...)"
            elif not any(sc.norm_region(gi["region"]) == sc.norm_region(p["region"]) for gi in same_value):
                key = "area: region from the wrong mention"
            else:
                key = "area: controller"
            counts[key] += 1
        for gi in gc:
            if not any(sc.claim_hits(gi, p) for p in pc):
                counts["area: gold claim missed"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--manifest")
    ap.add_argument("--part", default="all")
    ap.add_argument("--predictions", help="classify these predictions (python -m pipelines.extraction.predict) instead")
    args = ap.parse_args(argv)
    manifest = _jsonl(args.manifest) if args.manifest else None
    gold, articles, _ = select(_jsonl(args.gold), _jsonl(args.articles), manifest, args.part)
    given = {p["id"]: p for p in _jsonl(args.predictions)} if args.predictions else None
    for key, n in sorted(classify(gold, articles, given).items()):
        print(f"{n:5d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

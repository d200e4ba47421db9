"""An experiment: does a learned scorer of place-claim candidates beat the rules on text they never saw?

    python -m bench.place_classifier                     # leave one part out over the developed parts
    python -m bench.place_classifier --blind heldback7   # train on every developed part, score one blind part

Candidates are (place mention, controller) pairs of every sentence holding a control cue (``place_cues``,
``place_mentions``), for both sides; features are the words around the mention, the nearest cue (action, mode,
side, distance, agent, the words between), the side words of the sentence and whether the rules made that claim
from that sentence. A logistic regression (scikit-learn, the bench lock only) is trained on article-level labels:
the gold of the article has an asserted claim for that place and controller. Scores are type-level (one
(place, controller, asserted) per article, claimants ignored), so they are not the shared scorer's numbers; the
comparison of the three rows is what counts: ``rules`` (the extractor's own claims), ``clf`` (the classifier's,
threshold ``--threshold``) and ``union``.

Measured 2026-11-30 (README, "0.11.0 ..."): leave-one-part-out mean type-level F1 rules 0.908 (tuned on those
parts), clf 0.828, union 0.898; blind on part L+M rules 0.700, clf 0.620, union 0.700. The candidate generator covers
83-89% of the gold places of the two newest parts; the classifier recovers none of what the rules miss. Not used by
the extractor.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
from datetime import datetime
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from bench.score_corpus import load_scorer
from pipelines.extraction import ArticleText, extract
from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.furniture import mask_furniture, unwrap_lines
from pipelines.extraction.place_cues import find_cues
from pipelines.extraction.place_mentions import _mentions
from pipelines.extraction.text import normalise_quote_marks, split_sentences

REAL = Path(__file__).resolve().parents[1] / "eval" / "real"
DEVELOPED = ["dev", "heldback", "heldback2", "heldback3", "heldback4", "heldback5", "heldback6"]
_TOK = re.compile(r"[A-Za-z][\w'-]*|\d+|[^\w\s]")


def _jsonl(path: Path) -> dict[str, dict]:
    return {(row := json.loads(line))["id"]: row for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _sides(sent: str) -> list[tuple[int, str]]:
    out = []
    for m in _lex().side.finditer(sent):
        if m.group("possessive_pronoun") or m.group("first_person"):
            continue
        side = "U" if m.group("side_ukraine") else "R" if m.group("side_russia") else "E" if m.group("enemy") else None
        if side:
            out.append((m.start(), side))
    return out


def features(sent: str, m, controller: str, rule_hit: bool, cues) -> dict[str, float]:
    f: dict[str, float] = collections.defaultdict(float)
    c = controller[0]
    f["bias"] += 1
    f[c + ":bias"] += 1
    f[c + ":rule"] += float(rule_hit)
    f["rule_any"] += float(rule_hit)
    for i, t in enumerate(reversed(_TOK.findall(sent[max(0, m.start - 80):m.start].lower())[-6:])):
        f[f"b:{t}"] += 1
        f[f"{c}:b:{t}"] += 1
        if i < 2:
            f[f"b{i}:{t}"] += 1
    for i, t in enumerate(_TOK.findall(sent[m.end:m.end + 80].lower())[:6]):
        f[f"a:{t}"] += 1
        f[f"{c}:a:{t}"] += 1
        if i < 2:
            f[f"a{i}:{t}"] += 1
    near = min(cues, key=lambda q: abs(m.start - q.end if q.end <= m.start else q.start - m.end), default=None)
    if near is None:
        f["nocue"] += 1
    else:
        where = "before" if near.end <= m.start else "after"
        dist = abs(m.start - near.end if near.end <= m.start else near.start - m.end)
        f[f"cue:{near.action}:{near.mode}:{where}"] += 1
        f[f"{c}:cue:{near.action}:{near.mode}:{where}"] += 1
        f[f"cuedist:{min(dist // 20, 8)}"] += 1
        f[f"cue_denied:{near.denied}"] += 1
        if near.agent:
            f[f"{c}:agent:{near.agent.lower()}"] += 1
        for t in _TOK.findall(sent[min(near.end, m.end):max(near.start, m.start)].lower())[:10]:
            f[f"btw:{t}"] += 1
    sides = _sides(sent)
    for pos, side in sides:
        f[f"{c}:side:{side}:{'pre' if pos < m.start else 'post'}"] += 1
    if sides:
        f[f"{c}:nearside:{min(sides, key=lambda x: abs(x[0] - m.start))[1]}"] += 1
    f["known" if m.place is not None else "unknown"] += 1
    return dict(f)


def candidates(article: dict) -> tuple[set, list]:
    pub = datetime.fromisoformat(article["published_at"][:10])
    result = extract(ArticleText(article["id"], article["text"], pub, article.get("title"), article["url"]))
    rules = {(c.place, c.controller, c.stance) for c in result.place_claims}
    by_sentence = collections.defaultdict(set)
    for c in result.place_claims:
        by_sentence[c.evidence].add((c.place, c.controller))
    body = mask_furniture(normalise_quote_marks(unwrap_lines(article["text"] or "")), headlines=True)
    out = []
    for span in split_sentences(body):
        sent = body[span.start:span.end]
        cues = find_cues(sent)
        if not cues:
            continue
        for m in _mentions(sent):
            name = m.place.name if m.place else m.raw
            for controller in ("Ukraine", "Russia"):
                hit = (name, controller) in by_sentence.get(sent.strip(), set())
                out.append((name, controller, features(sent, m, controller, hit, cues)))
    return rules, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--blind", help="a part to score once, trained on every developed part")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--threshold", type=float, default=0.65)
    args = ap.parse_args(argv)
    scorer = load_scorer()
    manifest = _jsonl(REAL / "manifest.jsonl")
    gold = _jsonl(REAL / "gold.jsonl")
    articles = _jsonl(REAL / "cache" / "articles.jsonl")

    def label(aid: str, name: str, controller: str) -> bool:
        return any(scorer.place_match(g["place"], name) and scorer.norm_side(g["controller"]) == scorer.norm_side(controller)
                   and (g.get("stance") or "asserted") == "asserted" for g in gold[aid]["place_claims"])

    def f1(pred: dict[str, set], ids: list[str]) -> float:
        tp = n_gold = n_pred = 0
        for aid in ids:
            keys = {(scorer.fold(g["place"]), scorer.norm_side(g["controller"]), g.get("stance") or "asserted")
                    for g in gold[aid]["place_claims"]}
            preds, used = list(pred.get(aid, ())), set()
            n_gold, n_pred = n_gold + len(keys), n_pred + len(preds)
            for g in keys:
                j = next((j for j, p in enumerate(preds) if j not in used and scorer.place_match(g[0], p[0])
                          and scorer.norm_side(p[1]) == g[1] and p[2] == g[2]), None)
                if j is not None:
                    used.add(j)
                    tp += 1
        p, r = (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    parts = DEVELOPED + ([args.blind] if args.blind else [])
    data = {aid: candidates(articles[aid]) for aid, m in manifest.items() if m["part"] in parts}
    hasher = FeatureHasher(n_features=2 ** 18, input_type="dict")
    rows = collections.defaultdict(list)
    for held in ([args.blind] if args.blind else DEVELOPED):
        train = [(f, label(aid, n, c)) for aid, (_, cands) in data.items()
                 if manifest[aid]["part"] != held and manifest[aid]["part"] in DEVELOPED for n, c, f in cands]
        clf = LogisticRegression(C=args.C, max_iter=2000).fit(hasher.transform([f for f, _ in train]),
                                                               np.array([y for _, y in train]))
        ids = [aid for aid in data if manifest[aid]["part"] == held]
        rules = {aid: data[aid][0] for aid in ids}
        learned = {}
        for aid in ids:
            cands, best = data[aid][1], {}
            if cands:
                for (n, c, _), p in zip(cands, clf.predict_proba(hasher.transform([f for *_, f in cands]))[:, 1]):
                    best[(n, c)] = max(best.get((n, c), 0.0), p)
            learned[aid] = {(n, c, "asserted") for (n, c), p in best.items() if p >= args.threshold}
        union = {aid: rules[aid] | learned[aid] for aid in ids}
        for name, pred in (("rules", rules), ("clf", learned), ("union", union)):
            rows[name].append((held, f1(pred, ids)))
    for name, values in rows.items():
        print(f"{name:6s}", " ".join(f"{h}:{v:.3f}" for h, v in values), f" mean {np.mean([v for _, v in values]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

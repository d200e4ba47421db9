"""The extractor on the hand-written regression set in tests/fixtures/regression.

This set was once held out, but extractor 0.2.0 was fixed against it, so it is a REGRESSION set now:
its scores say the fixes still hold, not how the extractor does on unseen reporting (the real corpus
in eval/real/ measures that). Floors sit about 0.05 below the measured figures. The scorer is the
shared one (<workspace>/shared/eval/score.py).

- articles.jsonl / gold.jsonl: 12 articles in varied styles (wire, explainer, General Staff update,
  TASS-style bulletin, ISW-style assessment, live blog, long-quote feature, brief, Meduza-style,
  interview Q&A, numbers that are not area claims, role-first speakers).
- fresh_articles.jsonl / fresh_gold.jsonl: 3 more written after the 0.2.0 fixes, as a check that
  those fixes were not fitted to the first 12.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from pipelines.extraction.predict import predict_line
from tests.conftest import skip_unless_ci

REGRESSION = Path(__file__).resolve().parents[1] / "fixtures" / "regression"
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"

# (articles, gold, statements F1 floor, area-claims F1 floor); measured with EXTRACTOR_VERSION 0.2.0:
#   main set  statements F1 0.996, area claims F1 1.000 (0.882 / 0.765 before the 0.2.0 fixes)
#   fresh set statements F1 0.958, area claims F1 0.947 (0.894 / 0.842 on first contact)
SETS = [
    ("articles.jsonl", "gold.jsonl", 0.94, 0.95),
    ("fresh_articles.jsonl", "fresh_gold.jsonl", 0.90, 0.89),
]
CLAIMANT_ACC_FLOOR = 0.90
AS_OF_ACC_FLOOR = 0.90
# attribute floors: a match with the wrong type, speaker spelling, period or approximation is a regression
# too (measured 1.000 on both sets except canonical speaker 0.982 on the main set)
TYPE_ACC_FLOOR = 0.95
CANONICAL_ACC_FLOOR = 0.93
PERIOD_ACC_FLOOR = 0.95
APPROX_ACC_FLOOR = 0.95


def _scorer():
    if not SCORER.is_file():
        skip_unless_ci(f"shared scorer not found at {SCORER} (the eval folder lives outside this repository)")
    spec = importlib.util.spec_from_file_location("claimwatch_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _load(name):
    with open(REGRESSION / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _score(articles, gold):
    sc = _scorer()
    gold_rows = sc.load_jsonl(str(REGRESSION / gold))
    preds = {sc.key_of(p): p for p in (predict_line(a) for a in _load(articles))}
    return sc.score(gold_rows, preds)


@pytest.mark.parametrize("articles,gold", [(a, g) for a, g, _, _ in SETS])
def test_regression_files_line_up(articles, gold):
    arts, golds = _load(articles), _load(gold)
    assert [a["url"] for a in arts] == [g["url"] for g in golds]
    for a in arts:
        assert set(a) >= {"id", "url", "title", "published_at", "source", "text"}


@pytest.mark.parametrize("articles,gold,st_floor,cl_floor", SETS)
def test_regression_scores(articles, gold, st_floor, cl_floor):
    result = _score(articles, gold)
    assert not result["articles_missing"]
    assert result["statements"]["f1"] >= st_floor, result["errors"]
    assert result["area_claims"]["f1"] >= cl_floor, result["errors"]
    assert result["area_claims"]["claimant_accuracy"] >= CLAIMANT_ACC_FLOOR, result["errors"]
    assert result["area_claims"]["as_of_accuracy"] >= AS_OF_ACC_FLOOR, result["errors"]
    assert result["statements"]["type_accuracy"] >= TYPE_ACC_FLOOR, result["errors"]
    assert result["statements"]["canonical_speaker_accuracy"] >= CANONICAL_ACC_FLOOR, result["errors"]
    assert result["area_claims"]["period_accuracy"] >= PERIOD_ACC_FLOOR, result["errors"]
    assert result["area_claims"]["approximate_accuracy"] >= APPROX_ACC_FLOOR, result["errors"]

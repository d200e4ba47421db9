"""Bounds on what one article can produce (pipelines/extraction/batch.py), on a real quote flood."""
from __future__ import annotations

from pipelines.extraction.batch import (MAX_EVIDENCE_CHARS, MAX_QUOTE_CHARS, MAX_STATEMENTS, BoundedExtraction,
                                        extract_one)
from tests.fixtures.hostile_corpus import quote_flood


def test_a_quote_flood_is_bounded_and_the_cut_recorded():
    result = extract_one({"article_id": "flood", "text": quote_flood(), "language": "en"})
    assert isinstance(result, BoundedExtraction)
    assert len(result.statements) == MAX_STATEMENTS
    assert max(s.sentence_end - s.sentence_start for s in result.statements) == MAX_EVIDENCE_CHARS
    assert max(len(s.quote_text) for s in result.statements) <= MAX_QUOTE_CHARS
    # each kept statement's evidence still covers where it starts
    assert all(s.sentence_start <= s.char_start < s.sentence_end for s in result.statements)
    assert result.limits_applied.startswith("2000 statements, first 300 kept")


def test_an_ordinary_article_is_untouched():
    text = ('Ukraine\'s top commander Oleksandr Syrskyi said on Tuesday that "our units hold 1,000 square '
            'kilometres" of the Kursk region. The Russian defence ministry said its forces repelled attacks.')
    result = extract_one({"article_id": "a", "text": text, "language": "en",
                          "published_at": None})
    assert result.limits_applied is None and len(result.statements) >= 1


def test_place_claims_pass_through_the_bounds():
    text = "The Russian Ministry of Defence said its forces had captured the village of Prohres in Donetsk region."
    result = extract_one({"article_id": "p", "text": text, "language": "en", "published_at": None})
    assert [(p.place, p.controller) for p in result.place_claims] == [("Prohres", "Russia")]

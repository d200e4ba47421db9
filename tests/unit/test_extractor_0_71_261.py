"""Extractor 0.71.261 (after 0.71.260), in sentences of our own (each fails on 0.71.260 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.mentions import _build_mention
from pipelines.extraction.tokens import _tokens


def _speakers(text: str, day: datetime):
    return [(s.speaker, s.statement_type) for s in extract(ArticleText("t", text, day)).statements]


def test_a_place_told_by_its_holder_is_no_one_a_pronoun_can_mean():
    # (the page this came from gave "she said" to "Ukrainian-held Mala Tokmachka", a place whose first name reads
    # as a woman's; the mention builder is where it became someone)
    text = "Ukrainian-held Mala Tokmachka"
    toks = _tokens(text, 0, len(text))
    assert _build_mention(text, toks, 0, len(toks)) is None


def test_the_head_of_european_diplomacy_is_the_high_representative_of_the_day():
    assert _speakers('"The withdrawal is a turning point," the head of European diplomacy said on arrival.',
                     datetime(2022, 11, 14)) == [("Josep Borrell", "direct")]

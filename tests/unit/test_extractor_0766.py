"""Extractor 0.70.66, in sentences of our own (each case fails on 0.70.65): a credit line whose speaker is named in
commas after his title ("The head of the regional administration, X, announced this") credits the text before it,
as does "X reported about it"; a credit line of its own paragraph credits the paragraph before it; a figure's
period told only in the article's own voice goes to the attributed copy of the figure."""
from __future__ import annotations

from tests.unit.extraction_helpers import run, speaker_quotes


def test_a_title_then_the_name_in_commas_credits_the_sentence_before():
    text = ("Shelling damaged two schools in the city overnight. The head of the regional military administration, "
            "Petro Marchenko, announced this on the air of the national telethon.")
    assert speaker_quotes(text) == {("Petro Marchenko", "Shelling damaged two schools in the city overnight")}


def test_reported_about_it_credits_the_sentence_before():
    text = "Air defence shot down nine drones over the region. Governor Petro Marchenko reported about it on Telegram."
    assert speaker_quotes(text) == {("Petro Marchenko", "Air defence shot down nine drones over the region")}


def test_a_credit_line_of_its_own_paragraph_credits_the_paragraph_before():
    text = ("Ukrainian units pushed the line back near the river this week. The enemy is moving its reserves to the "
            "south.\n\nThe head of the regional military administration, Petro Marchenko, said this on television.")
    quotes = {q for _s, q in speaker_quotes(text)}
    assert quotes == {"Ukrainian units pushed the line back near the river this week. The enemy is moving its "
                      "reserves to the south"}


def test_a_period_told_in_the_articles_voice_goes_to_the_attributed_figure():
    text = ("Russian forces have captured 300 square kilometres of Ukrainian territory over the past month. "
            "Defence Minister Andrei Belousov told a meeting that the army had captured 300 square kilometres.")
    claims = [(c.claimant, c.metric, c.value_low, c.period_days) for c in run(text).area_claims]
    assert claims == [("Andrei Belousov", "area_gained", 300.0, 30)]

"""Extractor 0.71.116 (after 0.71.115), in sentences of our own (each fails on 0.71.115 unless marked a guard).

"This alarming development was disclosed by X" credits the sentence before; a sentence adverb before an opening time
adjunct ("Notably, earlier this week,") is no content; "replied in the affirmative" and "declared annexed into Russia"
(a participle whose object is a relative's gap) say nothing; "an official in the region's administration said" is an
unnamed member of the body, never the body."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_a_development_disclosed_by_credits_the_sentence_before():
    text = ("About 50 soldiers abandoned their positions near the town.\n\n"
            "This alarming development was disclosed by military expert Andrei Marochko to RIA Novosti.\n\n"
            "Nothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 9, 2))} == {"Andrey Marochko"}    # (the seeds' spelling)


def test_a_sentence_adverb_before_a_time_adjunct_is_no_content():
    text = ("The defence ministry issued its report. Notably, earlier this week, Ukraine's president Volodymyr Zelensky "
            "vowed to make the whole region Ukrainian.\n\nNothing else.")
    assert not any(q.startswith("Notably") for _s, q in quotes(text, datetime(2022, 6, 3)))


def test_an_answers_polarity_says_nothing():
    text = ("Rosatom's head visited the plant.\n\n"
            "When asked whether Russia could keep the plant safe, Alexei Likhachev replied in the affirmative.\n\n"
            "Nothing else.")
    assert quotes(text, datetime(2024, 9, 7)) == set()


def test_a_participle_with_a_relatives_gap_says_nothing():
    text = ("Moscow has held the city since early in the war, and it is one of the four regions Russian President "
            "Vladimir Putin declared annexed into Russia.\n\nNothing else.")
    assert quotes(text, datetime(2022, 10, 14)) == set()


def test_an_official_in_a_body_is_not_the_body():
    text = ("The head of the town was killed on Tuesday.\n\n"
            "A car bomb killed him on his way to work, an official in the region's Russian-backed administration "
            "said.\n\nNothing else.")
    assert quotes(text, datetime(2022, 8, 24)) == set()

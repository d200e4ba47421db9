"""Extractor 0.70.59, in sentences of our own (each case fails on 0.70.58): a participle after a long
opening subordinate clause belongs to the main clause's subject; data published by a body "show" what it says."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes


def test_a_participle_after_a_long_when_clause_is_the_main_subjects():
    text = ("When the television host Yevgeny Popov asked whether this meant the end of the talks with Washington, "
            "Lavrov avoided a direct answer, saying that he was only giving his personal view.")
    assert ("Sergei Lavrov", "he was only giving his personal view") in speaker_quotes(text)


def test_data_published_by_a_body_show_what_it_says():
    text = ("Aid slowed in the winter. Data published on March 3rd by the Kiel Institute for the World Economy, a German "
            "think-tank, show that European pledges now exceed American ones.")
    assert ("Kiel Institute for the World Economy", "European pledges now exceed American ones") in speaker_quotes(text)


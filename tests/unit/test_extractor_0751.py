"""Extractor 0.70.51: a denied holding with its time adverb and the places a passive adds after its agent, in
sentences of our own (each case but the guard fails on 0.70.50)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 8, 26)


def test_places_currently_not_occupied_are_a_denied_holding():
    text = "The villages of Zaporizke and Novoheorhiivka are currently not occupied by Russian troops."
    assert places(text, DAY) == {("Zaporizke", "Russia", "denied", None), ("Novoheorhiivka", "Russia", "denied", None)}


def test_the_places_a_passive_adds_after_its_agent_are_taken_too():
    text = ("The town of Volnovakha has been liberated by Russian troops, alongside the settlements of Olhynka and "
            "Zelenyi Hai.")
    assert {p for p, *_ in places(text, DAY)} == {"Volnovakha", "Olhynka", "Zelenyi Hai"}


def test_a_place_after_the_agent_with_no_list_word_is_not_added():
    # guard: "alongside" with people, not places, adds nothing
    text = "The town of Volnovakha has been liberated by Russian troops, alongside Chechen fighters from Grozny."
    assert {p for p, *_ in places(text, DAY)} == {"Volnovakha"}


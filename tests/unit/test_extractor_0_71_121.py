"""Extractor 0.71.121 (after 0.71.120), in sentences of our own (each fails on 0.71.120 unless marked a guard).

A person called later by a first or middle name finds the full name the article gave him before ("Defence Minister
Prabowo Subianto ... Prabowo said", "Luiz Inacio Lula da Silva ... Lula said"), unless a seed knows the word as it is."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_a_first_name_finds_the_full_name_given_before():
    text = ("A peace plan put forward by Defence Minister Prabowo Subianto drew criticism in Kyiv.\n\n"
            "Speaking in Singapore on Saturday, Prabowo said that the war had raised food prices across Asia.\n\n"
            "Nothing else.")
    assert {s for s, _q in quotes(text, datetime(2023, 6, 4))} == {"Prabowo Subianto"}


def test_a_middle_name_after_a_particle_finds_the_full_name():
    # (a person the seeds do not know: Lula, its first example, is seeded since 0.71.131)
    text = ("Portugal's envoy urged Ukraine to give up Crimea.\n\n"
            "Joao Pedro Vieira da Costa spoke to journalists in Lisbon on Thursday. Vieira said that the world needed "
            "calm.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2023, 4, 8))} == {"Joao Pedro Vieira da Costa"}


def test_a_weekday_is_no_part_of_a_name_and_a_seeded_name_stays_a_guard():
    # (a guard: "Putin Thursday" is no name; the seeds know Putin)
    text = ("Vladimir Putin spoke to reporters.\n\n"
            "Asked about the talks, Putin Thursday said that Russia wanted guarantees.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 11, 27))} == {"Vladimir Putin"}

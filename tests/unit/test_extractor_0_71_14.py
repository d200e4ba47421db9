"""Extractor 0.71.14 (after 0.71.13), in sentences of our own (each fails on 0.71.13 unless marked a guard): "its
Defense Ministry" after "Russia has seized ... in the Donetsk region of Ukraine" is Russia's (a country a preposition
governs is no subject); a research body's "found evidence indicating that ..."; "X lied that ..."; "It reported ..."
after a sentence opened by a body that reported nothing is that body."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers, statements


def test_its_ministry_is_the_subjects_not_the_country_after_of():
    text = "Russia has seized control of three settlements in the Donetsk region of Ukraine, its Defense Ministry said."
    assert speakers(text) == {"Russian Ministry of Defence"}


def test_its_ministry_after_the_subject_country():
    # guard: "Ukraine ..., its defence ministry said" stays Ukraine's
    text = "Ukraine has shot down 40 drones over the Kharkiv region, its defence ministry said."
    assert speakers(text) == {"Ukrainian Ministry of Defence"}


def test_a_research_body_found_evidence_indicating_that():
    text = ("The Institute for the Study of War (ISW) found evidence indicating that Russian forces had captured "
            "approximately 290 square kilometers since June 14.")
    assert {s for s, _t, q in statements(text) if "290 square kilometers" in q} == {"Institute for the Study of War"}


def test_police_found_bodies_is_no_statement():
    # guard: "found" reports only for a document or a research body
    assert statements("The police found two bodies in the village of Hroza.") == set()


def test_lied_that():
    text = "Governor Alexei Smirnov also cynically lied that Russian soldiers held the colony."
    assert statements(text) == {("Alexei Smirnov", "indirect", "Russian soldiers held the colony")}


def test_it_after_a_body_that_opened_the_sentence_before():
    text = ("Russia's defence ministry said on Wednesday that its troops had taken the village of Novoielyzavetivka. "
            "The General Staff of Ukraine's military made no mention of the village in a late evening report. "
            "It reported intensive Russian activity in the Pokrovsk sector.")
    assert {s for s, _t, q in statements(text) if "Pokrovsk" in q} == {"Ukrainian General Staff"}


def test_it_after_a_sentence_whose_speaker_was_named():
    # guard: "..., the military said. It said ...": the one who spoke there, not the body that opened it
    text = ("Ukrainian air defences destroyed 19 drones overnight, the Ukrainian Air Force said. "
            "It said Russia also fired two hypersonic missiles.")
    assert {s for s, _t, q in statements(text) if "hypersonic" in q} == {"Ukrainian Air Force"}

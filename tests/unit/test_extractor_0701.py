"""Extractor 0.70.1: from held back 74's misses, after its scoring, in sentences of our own (each case fails on 0.70.0;
the guards hold on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import places, speaker_types


def test_she_is_the_woman_a_surname_names_not_the_man_before_her():
    text = ("Senator John Whitfield opened the evening with the founder of the foundation, Olena Dovhanska, who also "
            "spoke. Dovhanska described the shelters as \"the last safe rooms of the city.\" \"We will keep them open "
            "through the winter,\" she said.")
    assert ("Senator John Whitfield", "direct") not in speaker_types(text)
    assert any(s.endswith("Dovhanska") and t == "direct" for s, t in speaker_types(text))


def test_a_surname_with_a_male_ending_is_no_she():
    text = ("Ruslan Bieleskov spoke first. Bieleskov described the shelters as \"the last safe rooms.\" \"We will keep "
            "them open through the winter,\" she said.")
    assert not any(s.endswith("Bieleskov") and t == "direct" for s, t in speaker_types(text))


def test_he_after_analysts_noted_the_words_of_a_named_person():
    text = ("Foreign Minister Sergei Lavrov said talks were possible. Analysts also noted the words of Kremlin "
            "spokesman Dmitry Peskov. He said that it was too early to talk about a settlement.")
    assert speaker_types(text) == {("Sergei Lavrov", "indirect"), ("Dmitry Peskov", "indirect")}


def test_he_after_a_named_subject_stays_with_the_subject():
    text = ("Foreign Minister Sergei Lavrov met Kremlin spokesman Dmitry Peskov on Monday. He said that it was too "
            "early to talk about a settlement.")
    assert ("Sergei Lavrov", "indirect") in speaker_types(text)


def test_a_list_whose_items_carry_their_community():
    text = ("According to the governor, the villages of Novenke and Basivka of the Yunakivska community and Veselivka "
            "and Zhuravka of the Khotynska community are under the control of the Russian Federation.")
    got = {p for p, controller, _s, _c in places(text) if controller == "Russia"}
    assert got == {"Novenke", "Basivka", "Veselivka", "Zhuravka"}

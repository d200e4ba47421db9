"""Extractor 0.62.0: the rules added for the classes the real corpus showed (all 59 parts, held back 58 included after
its scoring), each in sentences of our own, each failing on 0.61.1; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places
from tests.unit.extraction_helpers import statements as _statements


def test_the_reported_clauses_subject_after_the_verb_is_no_inverted_speaker():
    # an unnamed officer speaks; "Russian forces" open the clause he reports (they had been its speaker)
    text = ("A Ukrainian officer, in a radio interview, said Russian forces were pushing into the town, making the "
            "situation difficult.")
    assert all(s[0] != "Russian Ministry of Defence" for s in _statements(text))


def test_an_inverted_speaker_before_an_adjunct_stays():
    # guard (held on both)
    text = "The offensive goes on in the north, said Ukraine's commander-in-chief Oleksandr Syrskyi during the meeting."
    assert {s[0] for s in _statements(text)} == {"Oleksandr Syrskyi"}


def test_a_participle_after_a_quotations_frame_is_the_frames_speakers():
    # (the quotation's last sentence opens with a number word, which had been the participle's subject)
    text = ('"The front line is less than ten kilometres away. Twelve communities are still in the combat zone, home to '
            'about 20,000 people," Vadym Filashkin said, urging residents to leave.')
    assert ("Vadym Filashkin", "indirect", "residents to leave") in _statements(text)


def _places(text: str) -> set[tuple]:
    return {p[:3] for p in places(text, datetime(2024, 8, 31))}


def test_a_place_known_in_ukraine_by_another_name_takes_that_name():
    text = ("Russian forces have taken the Kirove settlement, known in Ukraine as Verezamske, in the Donetsk region, the "
            "defence ministry said.")
    assert _places(text) == {("Verezamske", "Russia", "asserted")}


def test_a_russian_name_without_its_ukrainian_one_resolves_as_before():
    # guard (held on both): the gazetteer's former name
    text = "Russian forces have taken Kirove in the Donetsk region, the Russian defence ministry said."
    assert {p[0] for p in _places(text)} == {"Pivnichne"}


def test_a_plural_apposition_held_by_a_side_renames_the_list_before_it():
    text = "The road runs east of Kramatorsk and Sloviansk, the last two big cities still held by Ukraine in the region."
    assert _places(text) == {("Kramatorsk", "Ukraine", "asserted"), ("Sloviansk", "Ukraine", "asserted")}


def test_a_reported_relative_after_a_double_hyphen():
    text = ("Fighting went on around Myrnohrad and Pokrovsk -- two towns that Russia's Defence Ministry had earlier on "
            "Monday said were now held by Moscow's forces.")
    assert _places(text) == {("Myrnohrad", "Russia", "asserted"), ("Pokrovsk", "Russia", "asserted")}


def test_two_adjectives_sharing_one_head_name_two_places():
    text = "Ukrainian troops liberated the villages of Zolota Balka, Velyka and Mala Oleksandrivka, the governor said."
    assert {p[0] for p in _places(text)} >= {"Velyka Oleksandrivka", "Mala Oleksandrivka"}


def test_a_place_a_side_withdrew_from_in_an_apposition():
    text = "Bucha is a small town on the outskirts of Kyiv from which Russian forces withdrew in March."
    assert _places(text) == {("Bucha", "Ukraine", "asserted")}

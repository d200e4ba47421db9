"""Extractor 0.70.92, in sentences of our own (each fails on 0.70.91 unless marked a guard): a place verb coordinated
after another takes the first verb's subject, Russian volunteer units fight for Ukraine, "vacated", and a name the
gazetteer holds for several places as the antecedent of "this settlement" in its own sentence."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run


def _places(text: str, day: datetime) -> set[tuple]:
    return {(p.place, p.controller) for p in run(text, day).place_claims}


def test_a_coordinated_verb_takes_the_first_verbs_subject():
    text = ("The spokesman said that Ukrainian forces have pushed Russian troops from the right bank of the river and "
            "liberated the Novomlynsk settlement.")
    assert _places(text, datetime(2024, 11, 27)) == {("Novomlynsk", "Ukraine")}


def test_a_new_subject_after_and_is_its_own():
    # guard
    text = "Ukrainian troops repelled the attack and Russian forces captured Pokrovsk."
    assert _places(text, datetime(2024, 11, 27)) == {("Pokrovsk", "Russia")}


def test_russian_volunteer_units_fight_for_ukraine():
    text = "On 17 March, Russian volunteer soldiers took control of the village of Gorkovskii in Belgorod Oblast."
    assert _places(text, datetime(2024, 3, 17)) == {("Gorkovskii", "Ukraine")}


def test_a_side_that_vacated_a_place_left_it():
    text = ("Russia claimed its troops were advancing on Synkivka. Ukrainian forces have reportedly vacated the "
            "settlement, the Russian-installed regional head Vitaliy Ganchev said.")
    assert ("Synkivka", "Russia") in _places(text, datetime(2023, 8, 21))


def test_an_ambiguous_name_is_this_settlement_in_its_own_sentence():
    text = ("According to the Institute for the Study of War, Russian troops have advanced south of the village of "
            "Andriivka and have likely completely seized this settlement.")
    assert _places(text, datetime(2025, 6, 10)) == {("Andriivka", "Russia")}

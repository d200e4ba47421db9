"""Extractor 0.71.30 (after 0.71.29), in sentences of our own (each fails on 0.71.29 unless marked a guard): an
advance "into Russian lines" is the other side's; "N sq km across Sumy and Kharkiv" names two oblasts, no towns;
"divide the enemy's forces in half" is no share; "temporarily occupied" is Russia's ground whatever subject a
translation gives it; a headline's rounded "almost 180" is the body's exact 179; a nation's people are no "he"; "the
city" after "governor of Luhansk" is the town named before, and a title's oblast-named topic gives way to it."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places, run, speaker_quotes

DAY = datetime(2023, 7, 14)


def test_an_advance_into_russian_lines():
    text = "The marines were the spearhead of the counteroffensive and advanced six kilometres into Russian lines."
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 6.0)}


def test_an_area_across_two_oblasts_names_no_towns():
    text = ("General Valery Gerasimov claimed Russian troops have taken control of about 700 square kilometres "
            "across Sumy and Kharkiv.")
    assert places(text, DAY) == set()


def test_towns_after_an_area_still_named():
    # guard: towns named after the area by their kind stay places
    text = "Russian troops have taken about 700 square kilometres and the towns of Sudzha and Korenevo."
    assert {p for p, _c in place_controllers(text, DAY)} == {"Sudzha", "Korenevo"}


def test_dividing_forces_in_half_is_no_share():
    text = ("The seized south is a likely focus for Kyiv's troops, who may want to cut the land bridge to the Crimean "
            "peninsula that Russia has annexed and divide its forces in half.")
    assert areas(text, DAY) == set()


def test_half_of_a_region_is_still_a_share():
    # guard: "half of" a region stays a share
    text = "Russian forces have taken half of the Donetsk region, the governor said."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.5)}


def test_temporarily_occupied_whatever_the_subject():
    text = ('Kharkiv governor Oleh Syniehubov spoke on television. "We have temporarily occupied 31 settlements; '
            'there is no connection with them," he said.')
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 31.0)}


def test_a_headlines_round_figure_and_the_exact_one():
    text = ("Ukrainian army liberates almost 260 settlements in the south within a week\n"
            "The Southern Operational Command reported that from Nov. 7 to Nov. 13 Ukrainian troops liberated 257 "
            "towns and villages in the south.")
    assert {(c.metric, c.value_low) for c in run(text, datetime(2022, 11, 13)).area_claims} == {
        ("settlements_gained", 257.0)}


def test_a_nations_people_are_no_he():
    text = ('Budanov spoke on Monday. North Koreans lack real combat experience, he said. North Koreans are '
            'advancing "almost without armour," he added.')
    assert {s for s, _q in speaker_quotes(text)} == {"Kyrylo Budanov"}


def test_the_city_after_a_governor_of_an_oblast():
    text = ("Russia Says It Holds Luhansk\n"
            "Putin declared victory in Luhansk on Monday. The army confirmed its forces had left Lysychansk on Sunday. "
            "Serhii Haidai, governor of Luhansk, said on Monday that Ukrainian forces had retreated from the city to "
            "avoid being surrounded.")
    assert ("Lysychansk", "Russia", "asserted", "Serhiy Haidai") in places(text, datetime(2022, 7, 4))

"""Extractor 0.71.31 (after 0.71.30), in sentences of our own (each fails on 0.71.30 unless marked a guard): a list
set off by dashes after "the settlements of the X region" is the subject of "have been officially confirmed to be
liberated"; "control about 60% of X, but the city remains under attack" claims nothing; "concentrating their efforts on
seizing X" is an aim; a known name with a noun of the land after it ("Kreminna Balka") is another place; "its forces
had repulsed the Russians and recaptured X" is the teller's own side's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places

DAY = datetime(2022, 9, 12)


def test_a_dashed_list_after_the_settlements_of_a_region():
    text = ("The settlements of the Kherson region \u2013 Vysokopillia, Bilohirka and Sukhyi Stavok \u2013 have "
            "been officially confirmed to be liberated from the occupiers, the spokesman wrote.")
    assert place_controllers(text, DAY) == {("Vysokopillia", "Ukraine"), ("Bilohirka", "Ukraine"),
                                            ("Sukhyi Stavok", "Ukraine")}


def test_a_share_of_a_town_then_the_city_in_another_clause():
    text = "Ukrainian troops control about 70% of Vovchansk, but the city remains under constant shelling."
    assert places(text, DAY) == set()


def test_the_town_the_verb_governs_still_read():
    # guard: "the town" right after the verb is its object
    text = "Vovchansk was shelled overnight. On Monday Russian troops captured the town after a week of fighting."
    assert place_controllers(text, DAY) == {("Vovchansk", "Russia")}


def test_concentrating_efforts_on_seizing_a_town():
    text = "The invaders are concentrating their efforts on seizing the border town of Vovchansk."
    assert places(text, DAY) == set()


def test_a_known_name_and_a_noun_of_the_land():
    text = "The Russian Defence Ministry said its forces had taken control of the village of Kreminna Balka."
    assert {p for p, _c in place_controllers(text, DAY)} == {"Kreminna Balka"}


def test_own_forces_subject_of_two_verbs():
    text = ("Ukraine's General Staff said that its forces had repulsed the Russians near the highway and recaptured "
            "Pitomnik, a village north of Kharkiv.")
    assert place_controllers(text, DAY) == {("Pitomnik", "Ukraine")}

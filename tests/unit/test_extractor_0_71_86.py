"""Extractor 0.71.86 (after 0.71.85), in sentences of our own (each fails on 0.71.85 unless marked a guard): a count
of "Russian-held villages" is a count of settlements (not "the four Russian-controlled areas"); "Nyzhnya", "Nizhneye",
"Verkhnye" open two-word names as "Nyzhnia" does; a region's alias inside another place's longer name ("Zhuravka" in
"Nyzhnia Zhuravka") places nothing; "X reported about it, informs <outlet>." credits the sentence before to X."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, run, said

DAY = datetime(2022, 10, 3)


def test_a_count_of_russian_held_villages():
    text = "Four Russian-held villages in the Kherson region have been freed by Ukrainian troops this week."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 4.0)}


def test_russian_controlled_areas_are_no_count():
    # guard: regions, not settlements
    text = "Votes were held in the four Russian-controlled areas that make up about 15 per cent of Ukrainian territory."
    assert not any(metric.startswith("settlements") for metric, _c, _v in areas(text, DAY))


def test_transliterations_of_lower_and_upper():
    text = "Ukrainian forces liberated Nyzhnya Kozynka, Verkhnye Solone and Lyptsi on Monday."
    assert place_controllers(text, DAY) == {("Nyzhnya Kozynka", "Ukraine"), ("Verkhnye Solone", "Ukraine"),
                                            ("Lyptsi", "Ukraine")}


def test_an_alias_inside_a_longer_name_places_nothing():
    text = "The army has liberated the villages of Pidlyman, Nyzhnia Zhuravka and Borova."
    regions = {p.place: p.region for p in run(text, DAY).place_claims}
    assert regions.get("Pidlyman") == "Kharkiv Oblast"


def test_reported_about_it_informs_the_outlet():
    text = ("The bridge near the village is intact.\nThe spokesman of the brigade Ivan Petrenko reported about it, "
            "informs Ukrinform.")
    assert ("Ivan Petrenko", "The bridge near the village is intact.") in said(text, DAY)

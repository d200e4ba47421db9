"""Extractor 0.71.32 (after 0.71.31), in sentences of our own (each fails on 0.71.31 unless marked a guard): "listed
the liberated settlements in X Oblast. Those are A, B and C" names the places; a name that the gazetteer knows only as
another spelling of a namesake abroad, listed with known places that all lie in the other country, is theirs
(Kherson's Liubymivka, not Kursk's Lyubimovka); "Operational Command Pivden" is Operational Command South; "according
to X's forecast" is X's, without the possessive."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, run, speaker_quotes, speakers

DAY = datetime(2022, 10, 4)


def test_those_are_after_the_liberated_settlements():
    text = ("Zelensky spoke on Tuesday evening. The President has listed the liberated settlements in Kherson "
            "Oblast. Those are Khreshchenivka, Zolota Balka and Davydiv Brid.")
    assert place_controllers(text, DAY) == {("Khreshchenivka", "Ukraine"), ("Zolota Balka", "Ukraine"),
                                            ("Davydiv Brid", "Ukraine")}


def test_a_namesakes_spelling_listed_with_the_other_countrys_places():
    text = ("In the Kherson region, the governor said that Liubymivka, Khreshchenivka, Zolota Balka and Davydiv Brid "
            "had all been liberated.")
    claims = {c.place: (c.controller, c.region) for c in run(text, DAY).place_claims}
    assert claims["Liubymivka"] == ("Ukraine", "Kherson Oblast")


def test_a_namesakes_spelling_listed_with_its_own_countrys_places():
    # guard: listed with villages of its own country it stays that country's place
    text = "The Russian defence ministry announced the recapture of Liubymivka, Sudzha and Korenevo."
    claims = {c.place: (c.controller, c.region) for c in run(text, DAY).place_claims}
    assert claims["Lyubimovka"] == ("Russia", "Kursk Oblast")


def test_operational_command_pivden():
    text = "Operational Command Pivden said that Ukrainian forces had shot down nine drones overnight."
    assert speakers(text) == {"Operational Command South"}


def test_according_to_an_owners_forecast():
    text = ("General Budanov gave an interview. According to the head of the Defence Intelligence Directorate's "
            "forecast, the decisive battles will take place in the spring.")
    assert speaker_quotes(text) == {("Kyrylo Budanov", "the decisive battles will take place in the spring")}

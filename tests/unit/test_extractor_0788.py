"""Extractor 0.70.88, in sentences of our own (each fails on 0.70.87 unless marked a guard): "occupied" a count on a
day or "two more", "the transfer of N settlements under the control of", a capture's agent after an apposition ("by
the PMC Wagner"), a withdrawal's destination, a holder in scare quotes, a place "retaken" with no side, "the
soldiers earlier liberated", a fall foreseen, claims spoken of, the body named after a city, a paragraph's place
label, and counted places "of" a region."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2024, 4, 27)


def _areas(text: str, day: datetime = DAY) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low, str(c.as_of)) for c in run(text, day).area_claims}


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return {(p.place, p.controller, p.stance) for p in run(text, day).place_claims}


def test_occupied_on_a_day_or_two_more_is_a_gain():
    assert _areas("Russian forces occupied three villages on 25 April, the analysts said.") == {
        ("settlements_gained", "Russia", 3.0, "2024-04-25")}
    assert _areas("Russia occupies two more villages near the city, the analysts said.") == {
        ("settlements_gained", "Russia", 2.0, "2024-04-27")}


def test_occupies_alone_is_still_a_holding():
    # guard: the present tense with no day and no "more" is what a side holds
    assert _areas("Russia occupies two villages near the city, the analysts said.") == {
        ("settlements_controlled", "Russia", 2.0, "2024-04-27")}


def test_the_transfer_of_settlements_under_control_is_a_gain():
    text = "The governor announced the transfer of 5 settlements of Zaporozhye under the operational control of the Russian army."
    assert _areas(text) == {("settlements_gained", "Russia", 5.0, "2024-04-27")}
    # the counted settlements "of Zaporozhye" are the region's, not a city's holding
    assert run(text, DAY).place_claims == []


def test_a_captures_agent_after_an_apposition():
    text = ("On April 20, it became known about the capture of the village of Klishchiivka, located south of "
            "Bakhmut, by the PMC Wagner.")
    assert {(p.place, p.controller, str(p.as_of)) for p in run(text, DAY).place_claims} == {
        ("Klishchiivka", "Russia", "2024-04-20")}


def test_where_troops_withdrew_to_is_no_place_left():
    text = "He said that Kyiv had withdrawn troops from the Zaporizhzhia region to the area of Soledar and Bakhmut."
    assert run(text, DAY).place_claims == []


def test_where_troops_withdrew_from_is():
    # guard
    assert _places("Ukrainian troops withdrew from Avdiivka to new positions.") == {("Avdiivka", "Russia", "asserted")}


def test_a_holder_in_scare_quotes():
    text = "\u201cKreminna is under the control of the \u2018Orcs\u2019 [Russians],\u201d the governor Serhiy Haidai said."
    assert _places(text, datetime(2022, 4, 19)) == {("Kreminna", "Russia", "asserted")}


def test_a_place_retaken_with_no_side_is_its_countrys():
    assert _places("\u201cSelydove has been retaken from the enemy,\u201d the spokesman Petro Marchenko said.") == {
        ("Selydove", "Ukraine", "asserted")}


def test_the_soldiers_point_back_to_the_side_before():
    text = ("On February 24, 2022 Russia launched a special military operation in Ukraine.\n"
            "Watch Russian Forces Hoist Flag in Another Village\n"
            "The soldiers earlier liberated the village of Uspenivka located southwest of Kurakhove.")
    assert ("Uspenivka", "Russia", "asserted") in _places(text, datetime(2024, 12, 20))


def test_a_fall_foreseen_and_claims_spoken_of_are_no_claims():
    assert _places("The fall of Pokrovsk is a matter of days, a marine officer said.") == set()
    assert _places("Statements that Pokrovsk has been lost harm the soldiers at the front, the general said.") == set()


def test_claims_denied_are_still_read():
    # guard: "denied the claims that ..." is a denial
    got = _places("Ukraine's army denied the claims that Russian forces had captured Siversk.")
    assert ("Siversk", "Russia", "denied") in got


def test_a_citys_administration_is_no_antecedent():
    text = ("Ukrainian troops have liberated the town of Trostianets. Later, the head of the Sumy Regional State "
            "Administration Dmytro Zhyvytskyi confirmed the liberation of the city.")
    assert {(p.place, p.claimant) for p in run(text, datetime(2022, 3, 26)).place_claims} == {
        ("Trostianets", None), ("Trostianets", "Dmytro Zhyvytskyi")}


def test_a_paragraphs_place_label_is_what_the_city_means():
    text = ("Kharkiv: shelling went on in the north, officials said.\n\n"
            "Kherson: protesters gathered on Wednesday. Russian authorities claimed they had taken the entire "
            "region after seizing the city early in the invasion.")
    assert {p.place for p in run(text, datetime(2022, 4, 28)).place_claims} == {"Kherson"}


def test_still_occupied_with_a_day_of_the_compared_figure_is_a_holding():
    # guard: "still occupied ..., down from more than 30 on March 20": what the side holds, the day the other figure's
    text = "The governor said on April 3 that Russian forces still occupied 9 settlements in the oblast, down from more than 30 on March 20."
    assert {m for m, _c, _v, _a in _areas(text, datetime(2022, 4, 4))} == {"settlements_controlled"}

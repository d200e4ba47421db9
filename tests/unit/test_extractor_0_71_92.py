"""Extractor 0.71.92 (after 0.71.91), in sentences of our own (each fails on 0.71.91 unless marked a guard).

Speakers: a turn of an excerpted exchange quoted whole ('Ivanenko: "..."') is the named person's; "X claimed ...,
which was later confirmed by Y" is Y's claim too; "As reported by <outlet>, <capitalised title>, X, said" is X's;
"Ukraine's new army chief" holds the office; "..., a fact X acknowledged" gives X the clause before; "<outlet>
reported this, citing Y" credits the sentence before to Y, and "the statement read" after it is Y's; "Seoul's spy
agency" is South Korea's. Places and figures: a "Source:" line may stand between a count and "these are the settlements
of A, B ..."; "the areas of the city under his control" is no holding of the city; "the Zaporozhye
nuclear facility" is no place; "23 km east of the Donetsk-Dnipropetrovsk region border" is no advance."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2024, 2, 19)


def _statements(text: str, day: datetime = DAY) -> set[tuple]:
    return {(s.speaker, s.statement_type, s.quote_text.rstrip(".")) for s in run(text, day).statements}


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return {(p.place, p.controller, p.claimant) for p in run(text, day).place_claims}


def test_a_quoted_turn_of_an_excerpted_exchange():
    text = ("Residents remain in the border districts, acting governor Alexei Smirnov told the president on Monday. "
            "An excerpt of the exchange follows:\n"
            "Smirnov: \u201cThe situation in the region is difficult. Twelve villages are cut off.\u201d\n")
    assert ("Alexei Smirnov", "direct", "The situation in the region is difficult. Twelve villages are cut off") \
        in _statements(text, datetime(2024, 8, 12))


def test_a_quoted_headline_label_is_no_turn():   # guard
    text = "Budanov: \u201cThe war will end at the negotiating table next year.\u201d\nThe interview was recorded in Kyiv."
    assert _statements(text) == set()


def test_a_claim_confirmed_by_a_second_actor():
    text = ("Russian private military company Wagner Group claimed control over Bakhmut on Saturday, which was later "
            "confirmed by Russia's Ministry of Defense.")
    assert _places(text, datetime(2023, 5, 22)) == {("Bakhmut", "Russia", "Wagner Group"),
                                                    ("Bakhmut", "Russia", "Russian Ministry of Defence")}


def test_a_source_line_between_a_count_and_its_names():
    text = ("Russian forces have captured three border villages in Kharkiv Oblast.\n\n"
            "Source: military sources\n\n"
            "Details: According to the sources, these are the settlements of Strilecha, Pylna and Borysivka.")
    assert {p for p, _c, _cl in _places(text, datetime(2024, 5, 10))} == {"Strilecha", "Pylna", "Borysivka"}


def test_areas_of_the_city_under_control_are_no_holding_of_it():
    text = ("Russia said it had taken Bakhmut. Deputy Defence Minister Hanna Maliar said that the enemy was clearing "
            "the areas of the city under his control.")
    assert _places(text, datetime(2023, 5, 22)) == {("Bakhmut", "Russia", None)}


def test_a_nuclear_facility_named_after_its_town_is_no_place():
    text = "The Zaporozhye nuclear facility, which has been under Russian control since March, was shelled again."
    assert _places(text, datetime(2022, 8, 20)) == set()


def test_a_distance_east_of_a_border_named_with_its_regions():
    text = "Russian troops advanced, pushing them about 23 km east of the Donetsk-Dnipropetrovsk region border."
    assert run(text, datetime(2024, 11, 26)).area_claims == []


def test_seouls_spy_agency():
    text = "Seoul's spy agency estimates that some 3,000 North Korean troops have been killed or wounded so far."
    assert {s for s, _t, _q in _statements(text, datetime(2025, 1, 13))} == {
        "South Korean National Intelligence Service"}


def test_as_reported_by_an_outlet_a_capitalised_title_then_the_name():
    text = ("As reported by Rubryka, People's Deputy from the Servant of the People party, Mariana Bezuhla, said that "
            "the president had visited the front line.")
    assert {s for s, _t, _q in _statements(text, datetime(2022, 6, 21))} == {"Mariana Bezuhla"}


def test_the_new_army_chief_of_a_country():
    text = "Ukraine's new army chief announced that Ukrainian troops had been withdrawn from the town."
    assert {s for s, _t, _q in _statements(text)} == {"Oleksandr Syrskyi"}


def test_a_fact_the_speaker_acknowledged():
    text = ("Fighting has favoured Russia in recent weeks because of its large edge in artillery, a fact President "
            "Volodymyr Zelensky acknowledged in his nightly address.")
    assert _statements(text, datetime(2022, 6, 22)) == {
        ("Volodymyr Zelensky", "indirect", "Fighting has favoured Russia in recent weeks because of its large edge "
                                           "in artillery")}


def test_an_outlet_citing_a_ministry_credits_the_ministry():
    text = ("Russian forces took full control of the plant on the outskirts of the town. The TASS agency reported "
            "this on Monday, citing the Russian Defense Ministry.\n\n"
            "\u201cRussian flags were hoisted over the plant,\u201d the statement read.")
    assert {s for s, _t, _q in _statements(text)} == {"Russian Ministry of Defence"}

"""Extractor 0.71.98 (after 0.71.97), in sentences of our own (each fails on 0.71.97 unless marked a guard).

Speakers: "the mayor of the eastern Ukrainian city of X" is the mayor, not the city; "..., the agency cited him as
saying" is his; "This follows from a statement by X, <outlet> reports." credits X, and the "It is noted that" lines after
it. Places: "Russian-controlled Donetsk, Luhansk, Kherson and Zaporizhzhia" names regions, not cities."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, run


def _statements(text: str, day: datetime) -> set[tuple]:
    return quotes(text, day)


def test_the_mayor_of_a_city_described_by_its_compass_point():
    text = "The mayor of the eastern Ukrainian city of Kramatorsk said four people were wounded overnight."
    assert {s for s, _q in _statements(text, datetime(2022, 7, 4))} == \
        {"mayor of the eastern Ukrainian city of Kramatorsk"}


def test_an_agency_citing_him_as_saying():
    text = ("Sergei Shoigu said the offensive was gaining pace. Ukraine was losing up to 1,500 soldiers a day, the RIA "
            "news agency cited him as saying.")
    assert ("Sergei Shoigu", "Ukraine was losing up to 1,500 soldiers a day") in _statements(text, datetime(2024, 9, 10))
    assert "RIA" not in {s for s, _q in _statements(text, datetime(2024, 9, 10))}


def test_this_follows_from_a_statement_by():
    text = ("The IAEA commented on the drone attack on the plant. This follows from a statement by the IAEA, the "
            "Ukrainian News Agency reports. It is noted that there are no signs of damage to the reactor systems.")
    got = _statements(text, datetime(2024, 4, 8))
    assert ("International Atomic Energy Agency", "there are no signs of damage to the reactor systems") in got
    assert all("News Agency" not in s for s, _q in got)


def test_a_list_of_oblast_names_after_russian_controlled():
    text = "Voting has been under way for days in Russian-controlled Donetsk, Luhansk, Kherson and Zaporizhzhia."
    assert run(text, datetime(2024, 3, 17)).place_claims == []


def test_a_list_of_towns_after_russian_occupied():    # a guard: towns keep their claims
    text = "Residents of Russian-occupied Melitopol and Berdiansk voted on Sunday."
    assert {p.place for p in run(text, datetime(2024, 3, 17)).place_claims} == {"Melitopol", "Berdiansk"}

"""Extractor 0.71.227 (after 0.71.226), in sentences of our own (each fails on 0.71.226 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 3, 3)


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_known_man_named_with_the_feminine_form_of_his_surname_is_still_him():
    claims = extract(ArticleText("t", "The troops hold the village of Orlivka, Dmytro Lykhova, the spokesman of the "
                                      "Tavria group, said on Sunday.", DAY)).place_claims
    assert [(c.claimant, c.place, c.controller) for c in claims] == [("Dmytro Lykhovii", "Orlivka", "Ukraine")]


def test_guard_a_longer_surname_after_the_same_first_name_is_another_person():
    got = _statements("Dmytro Lykhovenko, a local volunteer, said the shelling went on all night.")
    assert [speaker for speaker, _ in got] == ["Dmytro Lykhovenko"]


def test_ssu_is_the_security_service_of_ukraine():
    got = _statements("The SSU said its officers had detained an agent who was marking positions on a map.")
    assert got[0][0] == "Security Service of Ukraine (SBU)"


def test_that_opening_a_clause_before_its_speaker_is_no_time_adjunct():
    got = _statements("Delays in aid caused setbacks on the battlefield. That remains a problem, Syrsky said.")
    assert ("Oleksandr Syrskyi", "That remains a problem") in got


def test_guard_that_day_before_the_speaker_is_when():
    got = _statements("That day, Syrsky said the brigade held its lines.")
    assert got == [("Oleksandr Syrskyi", "the brigade held its lines.")]


def test_in_his_opinion_after_a_title_named_later_is_the_same_speaker():
    got = _statements("In other words, our strategy is working, the commander in chief said in an interview. "
                      "In his opinion, the Kursk operation was successful. According to the commander, the enemy "
                      "planned a new attack. Syrsky said the front was holding.")
    assert ("Oleksandr Syrskyi", "the Kursk operation was successful.") in got


def test_the_region_of_a_share_passes_over_a_country_named_in_between():
    claims = extract(ArticleText("t", "The Zaporizhzhia region was annexed by Russia after a referendum in 2022. "
                                      "Kyiv called the vote a challenge to Ukraine's territorial integrity. Russian "
                                      "forces have made inroads into the region, with over 75% of its territory "
                                      "under their control.", DAY)).area_claims
    assert [(c.region, c.value_low) for c in claims] == [("Zaporizhzhia Oblast", 0.75)]


def test_an_area_including_a_named_city_lies_in_that_citys_oblast():
    claims = extract(ArticleText("t", "Zelenskyy said Ukrainian forces had liberated 700 square miles, including "
                                      "the city of Izium, since the start of the month.", DAY)).area_claims
    assert [c.region for c in claims] == ["Kharkiv Oblast"]

"""Extractor 0.71.183 (after 0.71.182), in sentences of our own (each fails on 0.71.182 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 4, 26)


def statements(text: str) -> set[tuple[str, str]]:
    return {(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements}


def test_inverted_title_with_its_name_before_a_colon_names_the_speaker():
    got = statements("The plant employs most of the town, said the head of the Donetsk People's Republic, Denis "
                     "Pushilin.\n\nA buyer has already been found for the coking plant, said the head of the "
                     "Yasynuvata district, Dmitry Shevchenko:\n\n\u201cThe plant will be rebuilt within two years.\u201d")
    assert {s for s, q in got if "plant will be rebuilt" in q or "buyer" in q} == {"Dmitry Shevchenko"}


def test_two_word_label_line_is_no_speaker():
    got = statements("Russian forces have stepped up their attacks west of Avdiivka.\n\nTrending Now\n\n"
                     "Fighting near the village has intensified over the past week, according to an intelligence "
                     "update published on the social media platform X.\n\nThe report notes that Russian units have "
                     "created a narrow salient, aiming to reach Ocheretyne.")
    assert not any(s.startswith("Trending") for s, _ in got)


def test_according_to_a_countrys_intelligence_update_is_its_defence_ministry():
    got = statements("The Russian advance west of Avdiivka has picked up speed within the past week, according to a "
                     "British intelligence update.")
    assert {s for s, _ in got} == {"UK Ministry of Defence"}


def test_guard_according_to_an_agencys_analysis_is_the_agency():
    got = statements("The Russian advance west of Avdiivka has picked up speed within the past week, according to an "
                     "AFP analysis.")
    assert {s for s, _ in got} == {"AFP"}


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_capture_named_as_a_goal_is_an_aim():
    assert places("Moscow sees the capture of Kostiantynivka, a town it calls Konstantinovka, as its main objective "
                  "this year.") == set()


def test_guard_a_capture_announced_as_a_success_is_a_claim():
    assert places("The Russian defence ministry announced the capture of Pokrovsk on Sunday as a major success.") == {
        ("Pokrovsk", "Russia", "captured")}


def test_retreating_after_and_while_takes_the_subject_before_them():
    got = places("In recent weeks, Kyiv's troops have been losing ground in the area, and while retreating from the "
                 "town of Sudzha, they blew up a bridge, the Russian military said.")
    assert got == {("Sudzha", "Russia", "withdrew")}

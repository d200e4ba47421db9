"""Extractor 0.71.218 (after 0.71.217), in sentences of our own (each fails on 0.71.217 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 5, 23)


def said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_the_ceasefire_centre_named_with_its_remit_speaks_as_itself():
    assert said("Two houses were damaged in Horlivka on Monday, the representative office of the republic in the "
                "Joint Center for Control and Coordination of Issues Related to War Crimes of Ukraine (JCCC) "
                "reported.") == [("DPR JCCC", "Two houses were damaged in Horlivka on Monday")]


def test_the_ceasefire_centre_placed_in_its_republic_speaks_as_itself():
    assert [s for s, _ in said("The Joint Centre for Control and Coordination in Russia's Donetsk People's Republic said "
                               "four shells had hit the Kirovsky district.")] == ["DPR JCCC"]


def test_guard_a_described_command_is_not_read_as_the_known_body_its_words_begin():
    got = said("Ukraine's military command in the east said late on Tuesday that it had ordered troops to leave "
               "the town.")
    assert [s for s, _ in got] != ["Ukrainian General Staff"]


def test_the_occupation_head_titled_gauleiter_speaks_by_his_name():
    assert [s for s, _ in said("Gauleiter Balitsky announced the possible evacuation of villages near the front "
                               "line.")] == ["Yevgeny Balitsky"]


def test_the_gauleiter_points_back_to_the_installed_head_named_before():
    got = said("Volodymyr Saldo, the Russian-installed head of the Kherson region, said the harvest had started. "
               "The Kherson gauleiter says that farmers have adapted to the lack of irrigation.")
    assert [s for s, _ in got] == ["Volodymyr Saldo", "Volodymyr Saldo"]


def test_slavutych_is_a_known_place_with_its_oblast():
    claims = extract(ArticleText("t", "Russian troops seized Slavutich on Saturday, the regional administration "
                                      "said.", datetime(2022, 3, 27))).place_claims
    assert [(c.place, c.place_id, c.region) for c in claims] == [("Slavutych", "ua-kyiv-slavutych", "Kyiv Oblast")]

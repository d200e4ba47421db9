"""Extractor 0.71.175 (after 0.71.174), in sentences of our own (each fails on 0.71.174 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 8, 26)


def claims(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low, c.period_days)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def places(text: str, title: str | None = None) -> set[tuple]:
    article = ArticleText("t", (title + "\n\n" + text) if title else text, DAY, title=title)
    return {(c.place, c.controller, c.stance) for c in extract(article).place_claims}


def test_a_second_verb_after_continue_to_shares_the_first_verbs_subject():
    text = "Ukrainian troops have repelled the Russian invaders and continue to hold the village of Zaporizke."
    assert places(text) == {("Zaporizke", "Ukraine", "asserted")}


def test_these_settlements_in_a_later_clause_point_back_at_the_pair_just_listed():
    text = ("The General Staff said its units were fighting near the villages of Zaporizke and Novoheorhiivka in "
            "Dnipropetrovsk Oblast, but it added that these settlements have not fallen to Russian forces.")
    assert places(text) == {("Zaporizke", "Russia", "denied"), ("Novoheorhiivka", "Russia", "denied")}


def test_the_special_military_operation_zone_is_moscows_voice_for_its_liberations():
    text = ("Reports describe the liberation of 40 inhabited points across the zone of the special military "
            "operation. In Dnipropetrovsk Oblast, 12 settlements have been freed.")
    assert {(m, c) for m, c, *_ in claims(text)} == {("settlements_gained", "Russia")}


def test_guard_a_liberation_without_moscows_words_is_still_the_owners():
    assert {(m, c) for m, c, *_ in claims("In Kharkiv Oblast, 12 settlements have been freed.")} \
        == {("settlements_gained", "Ukraine")}


def test_prediction_market_options_are_no_claims():
    text = ("Will the front move?\nRussians reclaim 200 square kilometers \u2022 25%\n"
            "Ukrainians gain 500 square kilometers \u2022 25%")
    assert claims(text) == set()


def test_a_total_by_a_two_day_date_has_no_period():
    text = ("Ukrainian forces said they had advanced about 1,300 square kilometers in Russia's Kursk region by "
            "August 20-21.")
    assert claims(text) == {("area_controlled", "Ukraine", "Kursk Oblast", 1300.0, None)}


def test_the_village_later_on_is_the_one_the_title_names_when_none_is_named_since():
    title = "Ukraine says Klishchiivka village near Bakhmut recaptured"
    text = ("Kyiv said its troops had recaptured a village south of Bakhmut. Fighting went on all day. Oleksandr "
            "Syrskyi also confirmed the recapture of the village on Sunday.")
    assert ("Klishchiivka", "Ukraine", "asserted") in places(text, title)

"""Extractor 0.71.196 (after 0.71.195), in sentences of our own (each fails on 0.71.195 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def _extract(text: str):
    return extract(ArticleText("t", text, DAY))


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in _extract(text).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in _extract(text).area_claims}


def test_a_share_of_agricultural_land_is_no_territory():
    assert areas("Russia controls more than 18% of Ukrainian agricultural land, satellite data show.") == set()


def test_guard_a_share_of_ukrainian_land_is_territory():
    assert areas("Russia controls more than 18% of Ukrainian land.") == {("Russia", "territory_share", 0.18)}


def test_a_road_between_two_towns_is_the_object_not_the_towns():
    assert places("Ukrainian troops took control of a key road between occupied towns of Rubizhne and "
                  "Starobilsk.") == {("Rubizhne", "Russia", "holds"), ("Starobilsk", "Russia", "holds")}


def test_a_port_currently_occupied_between_dashes_is_held():
    assert places("A second convoy left Skadovsk \u2014 currently occupied by Russia \u2014 on "
                  "Monday.") == {("Skadovsk", "Russia", "holds")}


def test_a_pronoun_clause_after_the_comma_ends_the_object():
    assert places("Since Russian troops occupied the dam, they have shelled Ukrainian-held territory across the "
                  "river, in particular, Marhanets.") == {("Marhanets", "Ukraine", "holds")}


def test_guard_a_list_after_the_object_is_still_its_object():
    assert places("Russian troops occupied Lyman, Yampil and Torske, the ministry said.") == {
        ("Lyman", "Russia", "captured"), ("Yampil", "Russia", "captured"), ("Torske", "Russia", "captured")}


def test_highlighting_the_capture_reports_it():
    found = _extract("Valery Gerasimov gave an update to Vladimir Putin, highlighting the capture of Kurakhove.")
    assert {(c.place, c.controller, c.claimant) for c in found.place_claims} == {
        ("Kurakhove", "Russia", "Valery Gerasimov")}


def test_guard_highlighting_a_topic_reports_nothing():
    assert _extract("Valery Gerasimov met Vladimir Putin, highlighting the success of the troops.").statements == []

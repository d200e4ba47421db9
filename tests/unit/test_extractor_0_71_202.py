"""Extractor 0.71.202 (after 0.71.201), in sentences of our own (each fails on 0.71.201 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_an_extraposed_it_stands_for_no_place():
    assert claims("Shelling went on near Vovchansk overnight, officials said. It is believed that the seized "
                  "ground could be a bargaining chip in the hands of Ukraine.") == set()


def test_guard_an_it_that_opens_a_clause_of_its_own_still_stands_for_the_place():
    assert claims("Shelling went on near Vovchansk overnight, officials said. It is in the hands of Ukraine.") == {
        ("Vovchansk", "Ukraine", "asserted", None)}


def test_a_retreat_from_a_russian_oblasts_bare_name_is_no_claim_on_its_capital():
    assert claims("Morale sank as the retreat from Belgorod went on, the soldiers said.") == set()
    assert claims("Kyiv's troops dug in to keep hold of the Russian territory of Bryansk, officials said.") == set()


def test_guard_the_city_of_a_russian_oblast_named_as_a_city_is_still_a_place():
    assert claims("The city of Belgorod remains under Russian control, officials said.") == {
        ("Belgorod", "Russia", "asserted", None)}
    assert claims("Belgorod city remains under Russian control, officials said.") == {
        ("Belgorod", "Russia", "asserted", None)}


def test_a_countrys_areas_are_its_regions_not_a_count_of_settlements():
    assert area("The Kremlin announced that Moscow had annexed four areas of Ukraine after staged votes.") == set()


def test_guard_areas_in_a_region_still_count_settlements():
    assert ("settlements_gained", "Ukraine", "Kursk Oblast", 28.0) in area(
        "Ukrainian forces liberated 28 areas in the Kursk region, the commander said.")


def test_a_share_of_protected_nature_areas_is_no_territory():
    assert area("About 30% of the protected areas of Ukraine are occupied, the ecology ministry said.") == set()
    assert area("Some 20% of nature conservation areas in Ukraine are under occupation, the minister said.") == set()


def test_the_territory_of_a_name_that_is_an_oblasts_is_the_oblast():
    assert claims("Russian troops occupied the territory of Kherson in March 2022.") == set()


def test_guard_the_territory_of_a_town_is_the_town():
    assert {c[:2] for c in claims("Russian troops occupied the territory of Bakhmut in May 2023.")} == {
        ("Bakhmut", "Russia")}

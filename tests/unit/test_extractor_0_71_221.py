"""Extractor 0.71.221 (after 0.71.220), in sentences of our own (each fails on 0.71.220 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 2, 27)


def run(text: str):
    return extract(ArticleText("t", text, DAY))


def test_hectares_returned_to_farmers_in_a_demining_article_are_no_territory():
    text = ("Sappers keep clearing fields in the south.\n\n"
            "Since January, farmers have regained access to more than 150,000 hectares of land. "
            "By the end of May, nearly 120,000 hectares had been reclaimed for use in the Kherson region.")
    assert run(text).area_claims == []


def test_a_share_of_land_cleared_in_a_demining_article_is_no_territory():
    text = ("Deminers are working across the liberated areas.\n\n"
            "Engineers have explored and cleared about 18% of such land in the Kharkiv region.")
    assert run(text).area_claims == []


def test_guard_square_kilometres_retaken_stay_a_claim_beside_a_demining_story():
    text = ("Sappers keep clearing fields in the south.\n\n"
            "Ukrainian forces have retaken 300 square kilometres in the Kherson region, the General Staff said.")
    assert [(c.metric, c.value_low) for c in run(text).area_claims] == [("area_gained", 300.0)]


def test_villages_liberated_by_the_dpr_army_are_moscow_s():
    got = [(c.place, c.controller) for c in run("The villages of Pavlopil and Andriivka have been liberated by the "
                                                "DPR Army.").place_claims]
    assert got == [("Pavlopil", "Russia"), ("Andriivka", "Russia")]


def test_a_russian_namesake_in_a_list_of_one_oblast_s_villages_is_that_oblast_s_village():
    got = {c.place: (c.place_id, c.region) for c in run(
        "The villages of Novognatovka, Starognatovka, Trudovskoe, Svobodnoe, Viktorovka and Anadol have been "
        "liberated by the DPR Army.").place_claims}
    assert got["Viktorivka"] == (None, "Donetsk Oblast")
    assert got["Starohnativka"] == ("ua-donetsk-starohnativka", "Donetsk Oblast")


def test_an_unknown_ukrainian_village_in_pol_is_spelled_pil():
    got = [c.place for c in run("The villages of Pavlopol, Novognatovka and Starognatovka have been liberated by "
                                "the DPR Army.").place_claims]
    assert got[0] == "Pavlopil"

"""Extractor 0.42.0 (issue 12): place claims from the place claims every part still missed sentence by sentence
(145 came out without their place): an apposition that says who holds or took the place, a list set off by dashes,
"secured control of", positions abandoned at a place, a flag raised in or hoisted above it, a place claimed by a
side's troops. Each rule in sentences of our own; the cases that find something fail on 0.41.0, the cases that find
nothing guard the rule."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 11, 29)


def places(text: str) -> list[tuple[str, str, str]]:
    return [(p.place, p.controller, p.action)
            for p in extract(ArticleText(article_id="t", text=text, published_at=DAY)).place_claims]


def test_an_apposition_held_or_occupied_by_a_side():
    assert places("Supplies reach Kramatorsk, a city still held by Ukrainian forces, by rail.") \
        == [("Kramatorsk", "Ukraine", "holds")]
    assert places("The highway runs to Melitopol, a logistics hub now occupied by Russia's army.") \
        == [("Melitopol", "Russia", "holds")]
    # (the place that locates the noun is not the one described: "a city in Russian-occupied X" says nothing of
    # the city before it; "a town in the Russian-occupied part of the region" does, since 0.60.0)
    assert ("Vasylivka", "Russia", "holds") not in places(
        "Vasylivka, a town in Russian-occupied Zaporizhzhia region, was shelled.")


def test_an_apposition_whose_clause_says_a_side_took_the_place():
    assert places("The road leads past Vuhledar, a mining town Russia captured in October.") \
        == [("Vuhledar", "Russia", "captured")]
    # (a verb with its own object is no clause about the place before it)
    assert places("Russian forces captured the eastern town of Selydove.") == [("Selydove", "Russia", "captured")]
    # (a relative clause keeps its own reading: "which Russia captured")
    assert places("Drones hit Bakhmut, which Russia captured in May 2023.") == [("Bakhmut", "Russia", "captured")]


def test_a_list_set_off_by_dashes_is_the_subject():
    assert places("Four front-line towns \u2014 Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka \u2014 remain "
                  "under Ukrainian control.") == [("Sloviansk", "Ukraine", "holds"), ("Kramatorsk", "Ukraine", "holds"),
                                                  ("Druzhkivka", "Ukraine", "holds"),
                                                  ("Kostiantynivka", "Ukraine", "holds")]
    # (an apposition of a singular describes it, it lists no subject)
    assert places("The province \u2014 home to its largest city, Kherson \u2014 was occupied in March.") == []


def test_secured_control_of_a_place():
    assert places("Russian troops have secured control of the village of Novoselivka.") \
        == [("Novoselivka", "Russia", "captured")]


def test_positions_abandoned_at_a_place():
    assert places("Ukrainian units abandoned their positions at Krynky after months of fighting.") \
        == [("Krynky", "Russia", "withdrew")]
    # (a side must be the subject: "residents abandoned homes" is no claim)
    assert places("Residents abandoned their positions at Krynky market.") == []


def test_a_flag_raised_in_or_hoisted_above_a_place():
    assert places("The Ukrainian flag has also been raised in the town of Kupiansk, the governor said.") \
        == [("Kupiansk", "Ukraine", "captured")]
    assert places("Soldiers were filmed hoisting a Ukrainian flag above Robotyne.") \
        == [("Robotyne", "Ukraine", "captured")]
    # (a flag raised "in the city", with no name, is left to the place named before it, as it was)
    assert places("The Ukrainian flag was raised in the city centre on Friday.") == []


def test_a_place_claimed_by_troops_with_no_article_before_them():
    assert places("The village of Pishchane was claimed by Russian troops on Monday.") \
        == [("Pishchane", "Russia", "captured")]

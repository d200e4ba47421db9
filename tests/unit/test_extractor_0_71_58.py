"""Extractor 0.71.58 (after 0.71.57), in sentences of our own (each fails on 0.71.57 unless marked a guard): a count
over a list of oblasts with Kyiv in it is the country's; "has been occupying" is a holding; villages advanced on are
not taken; "Russia quits X", "had to leave X"; surnames with an elided particle ("d'Aniello") and a cleric's title;
"concluded" only with its clause or closing a quotation; "The spokesman for ... X announced this"; "described that";
"the state border guard service"; a captive's "captured" before his title."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes, speakers

DAY = datetime(2023, 6, 13)


def test_a_count_over_listed_oblasts_with_kyiv_among_them():
    text = "Overall, 640 settlements in Sumy, Kyiv, Chernihiv and Kharkiv oblasts were de-occupied, the minister said."
    assert areas(text, DAY, region=True) == {("settlements_gained", "Ukraine", "Ukraine", 640.0)}


def test_an_active_count_over_listed_oblasts():
    text = "Ukrainian troops have freed 640 settlements in Sumy, Kyiv and Chernihiv regions, the minister said."
    assert areas(text, DAY, region=True) == {("settlements_gained", "Ukraine", "Ukraine", 640.0)}


def test_has_been_occupying_is_a_holding():
    text = "Since Monday, Russian troops have been occupying about 200 square kilometres in the Kharkiv region."
    assert areas(text, DAY) == {("area_controlled", "Russia", 200.0)}


def test_a_dated_occupation_stays_a_gain():
    # guard: a finite "occupied" bounded by a span is still what was taken in it
    text = "Russian troops occupied about 350 square kilometres in the Kharkiv region last week."
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_gained"}


def test_villages_advanced_on_are_not_taken():
    text = "The monitors said Russian units had entered Pobieda and were advancing on three other villages."
    assert areas(text, DAY) == set()


def test_russia_quits_an_island():
    assert {(p, c) for p, c, _s, _cl in places("Russia quits Zmiinyi Island after weeks of strikes.", DAY)} == {
        ("Snake Island", "Ukraine")}


def test_had_to_leave():
    text = "The Russian garrison had to leave Snake Island, the ministry admitted."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Snake Island", "Ukraine")}


def test_an_elided_particle_in_a_surname_and_a_clerics_title():
    text = ("Archbishop Paolo d'Amico told reporters on Friday that the envoy hoped to free more children. The talks, "
            "the archbishop said, would go on in Moscow.")
    assert speakers(text) == {"Paolo d'Amico"}


def test_concluded_a_summit_reports_nothing():
    text = "Olena Kovalchuk visited the brigade, and on Wednesday she concluded a two-day tour of the front."
    assert speakers(text) == set()


def test_concluded_closing_a_quotation():
    # guard: the closing verb still reports, its subject after it
    text = "Major Petro Lytvyn led the assault. \u201cThe village is ours again,\u201d concluded Lytvyn."
    assert speakers(text) == {"Petro Lytvyn"}


def test_a_spokesman_titled_with_his_article_announced_this():
    text = ("Ukrainian forces have freed three villages near Kupiansk.\n\nThe spokesman for the Eastern group of troops "
            "Ivan Moroz announced this on national television.")
    assert {s for s, _q in speaker_quotes(text)} == {"Ivan Moroz"}


def test_described_that():
    text = "Militia leader Pavel Gubarev described that the town was \"theirs\" only on paper."
    assert speakers(text) == {"Pavel Gubarev"}


def test_the_border_guard_service_in_lower_case():
    text = "\u201cThe crossing is under our control again,\u201d said the state border guard service on Monday."
    assert speakers(text) == {"State Border Guard Service of Ukraine"}


def test_a_captives_title():
    # guard: "guard" as a title word must not cut the frame's content off at "captured"
    text = ("The minefields along the border were a myth, which the officers had never checked, captured Ukrainian "
            "border guard Ivan Savchuk told RIA Novosti.")
    assert speakers(text) == {"Ivan Savchuk"}

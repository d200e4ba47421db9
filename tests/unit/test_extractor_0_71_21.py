"""Extractor 0.71.21 (after 0.71.20), in sentences of our own (each fails on 0.71.20 unless marked a guard): "according
to X's translation" names a translator, no source; a live page's "Live Updates" heading is no one a later "he" can
mean; "Ukraine has lost control of about 11% of its land" is a share of the country, not of the oblast named before;
a Russian battlegroup named in quotation marks ("the 'Zapad' group seized X") is Russia's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speakers

DAY = datetime(2025, 3, 1)


def test_according_to_a_translation_credits_no_translator():
    text = ('The commander posted a video from the front. "Where are our shells!" he shouted, according to the '
            "BBC's translation.")
    assert not any("BBC" in speaker for speaker in speakers(text))


def test_according_to_an_outlet_still_credits_it():
    # guard: an outlet as the source of a report
    text = "Russian troops have crossed the river near the village, according to the BBC."
    assert speakers(text) == {"BBC"}


def test_a_live_pages_heading_is_no_speaker():
    text = ("Live Updates\n\nThe live updates for this event have ended.\n\n"
            'A fisherman was asked whether the boat was Russian. When they answered "yes," he replied, '
            '"We will not help you."')
    assert "Live Updates" not in speakers(text)


def test_a_share_of_its_land_is_the_countrys():
    text = ("The army suffered losses around Donetsk and Bakhmut. Since the full-scale invasion, Ukraine has lost "
            "control of about 11% of its land, according to the analysis.")
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Ukraine", 0.11)}


def test_a_russian_battlegroup_in_quotation_marks_is_russias():
    text = "In the north, the \u2018Zapad\u2019 group seized Kucherivka and Kurylivka, the ministry said."
    assert {(p, c) for p, c, _s, _c in places(text, DAY)} == {("Kucherivka", "Russia"), ("Kurylivka", "Russia")}

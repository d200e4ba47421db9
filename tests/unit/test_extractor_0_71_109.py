"""Extractor 0.71.109 (after 0.71.108), in sentences of our own (each fails on 0.71.108 unless marked a guard).

Hungary's, Sweden's and Germany's foreign ministers (seeds/offices.csv) are read from their titles; "South Korea's
intelligence service" is the NIS; "the commander-in-chief of the Ukrainian forces" is the army's commander on the day;
an opening time adjunct ("On the same day,") is no content before the speaker."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, speakers


def test_the_swedish_foreign_minister():
    text = "The Swedish Foreign Minister called for a ban on imports of Russian liquefied gas."
    assert speakers(text, datetime(2024, 3, 1)) == {"Tobias Billström"}


def test_hungarys_foreign_minister():
    text = "Hungary's foreign minister said his country would send no weapons to Kyiv."
    assert speakers(text, datetime(2023, 2, 23)) == {"Peter Szijjarto"}


def test_the_german_foreign_minister_on_the_day():
    text = "The German foreign minister said the shadow fleet was a direct threat to the Baltic Sea."
    assert speakers(text, datetime(2025, 6, 1)) == {"Johann Wadephul"}
    assert speakers(text, datetime(2023, 6, 1)) == {"Annalena Baerbock"}


def test_south_koreas_intelligence_service():
    text = "South Korea's intelligence service confirmed that Ukraine had captured two North Korean soldiers."
    assert speakers(text, datetime(2025, 1, 12)) == {"South Korean National Intelligence Service"}


def test_the_commander_in_chief_of_the_ukrainian_forces():
    text = "On Thursday the commander-in-chief of the Ukrainian forces said his troops had retaken 1,000 km2."
    assert speakers(text, datetime(2022, 9, 11)) == {"Valerii Zaluzhnyi"}


def test_an_opening_time_adjunct_is_no_content():
    text = ("On the same day, the presidential adviser Oleksiy Arestovych hinted at an advance of Ukrainian troops in "
            "the Luhansk region.")
    assert not any(q.startswith("On the same day") for _s, q in quotes(text, datetime(2022, 10, 5)))
    assert speakers(text, datetime(2022, 10, 5)) == {"Oleksiy Arestovych"}


def test_guard_a_clause_before_the_speaker_stays():
    text = "On the eastern front the troops are holding their lines, the presidential adviser Oleksiy Arestovych said."
    assert quotes(text, datetime(2022, 10, 5)) == {
        ("Oleksiy Arestovych", "On the eastern front the troops are holding their lines")}

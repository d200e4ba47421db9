"""Extractor 0.71.115 (after 0.71.114), in sentences of our own (each fails on 0.71.114 unless marked a guard).

"according to Brig. Gen. X" keeps the rank's stop inside the speaker phrase; "according to the spokesperson for the
<body>, Name, ..." is the named spokesperson's, whatever follows the name; "the post read" is the poster's, not the
outlet that relays the post; "which X claimed to have captured" says nothing of its own."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, speakers


def test_a_ranks_abbreviation_inside_according_to():
    text = ("Strikes continued over the year.\n\n"
            "Roughly 5,000 missile strikes were launched against Ukraine over the past year, according to Brig. Gen. "
            "Oleksiy Hromov, a senior official in the General Staff.")
    assert speakers(text, datetime(2023, 2, 25)) == {"Oleksii Hromov"}


def test_according_to_the_spokesperson_for_a_body_and_his_name():
    text = ("The situation is tense.\n\n"
            "According to the spokesperson for the Operational Group of Troops Kharkiv, Vitalii Sarantsev, Russian "
            "units are being moved from the Luhansk region.")
    assert quotes(text, datetime(2024, 8, 21)) == {("Vitalii Sarantsev", "Russian units are being moved from the "
                                                                          "Luhansk region")}


def test_the_post_is_the_posters_not_the_relays():
    text = ("Marines have released footage of the village.\n\n"
            "The 35th Marine Brigade posted the video on their Facebook page, Ukrinform reports.\n\n"
            "\"The marines liberated another settlement in the region. More will follow!\" the post read.")
    assert ("35th Marine Brigade", "The marines liberated another settlement in the region. More will follow!") \
        in quotes(text, datetime(2023, 8, 17))


def test_a_relatives_gap_says_nothing():
    text = ("Putin spoke again.\n\n"
            "He responded to a video of Zelensky near the stele in Kupiansk, which the Kremlin leader recently claimed "
            "to have captured.\n\nNothing else.")
    assert quotes(text, datetime(2025, 12, 19)) == set()

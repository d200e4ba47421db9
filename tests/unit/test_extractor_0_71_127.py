"""Extractor 0.71.127 (after 0.71.126), in sentences of our own (each fails on 0.71.126 unless marked a guard).

Speakers: "the Hungarian PM" is the prime minister's office; "Bergoglio" is Pope Francis; "Just weeks ahead of ...,
X ... noting" opens on an adverb, no name; "as quoted by X and reported by Y" is a passive credit, no frame; "X
previously stated that ..., according to TASS" keeps its speaker. Places: "pressing to capture X", "X is about to
fall" and "helps to liberate X" are aims and forecasts, no claims."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, speakers


def test_the_pm_of_a_country_is_its_prime_minister():
    text = ("Orban arrived in Kyiv on Tuesday. After the meeting, the Hungarian PM said he had proposed a quick "
            "ceasefire.")
    assert speakers(text, datetime(2024, 7, 2)) == {"Viktor Orban"}


def test_the_popes_surname_is_the_pope():
    text = "Bergoglio said peace would come on the day the two sides talk to each other."
    assert speakers(text, datetime(2023, 6, 1)) == {"Pope Francis"}


def test_an_adverb_opening_the_sentence_is_no_speaker():
    text = ("Just days before the offensive, Anna Kowalska and Piotr Nowak, two analysts at a Warsaw institute, "
            "published a study, noting better trench digging by the Russian infantry.")
    assert "Just" not in speakers(text, datetime(2023, 7, 12))


def test_as_quoted_by_and_reported_by_is_no_frame():
    text = ("Defence Minister Rustem Umerov expressed hope that the contact group would continue its work.\n\n"
            "Source: Umerov at a business forum in Kyiv on 12 November, as quoted by Interfax-Ukraine and reported "
            "by European Pravda\n\nDetails: the minister spoke at length.")
    assert [q for _s, q in quotes(text, datetime(2024, 11, 13))] == [
        "the contact group would continue its work"]


def test_a_frame_with_its_adverb_keeps_its_speaker_before_according_to():
    text = "Kremlin spokesman Dmitry Peskov previously stated that no papers would be signed, according to TASS."
    assert speakers(text, datetime(2025, 3, 25)) == {"Dmitry Peskov"}


def test_pressing_to_capture_is_an_aim():
    text = "Further north in the Donetsk region, Russia has been pressing to capture the town of Pokrovsk."
    assert places(text, datetime(2024, 9, 19)) == set()


def test_about_to_fall_is_a_forecast():
    text = "Neighbouring Myrnohrad is about to fall, the analysts wrote."
    assert places(text, datetime(2025, 12, 14)) == set()


def test_helps_to_liberate_is_a_purpose():
    text = "Clearing the spit helps to liberate Mykolaiv and its sea trade."
    assert places(text, datetime(2022, 11, 23)) == set()


def test_a_fall_told_stays_a_claim():
    # (a guard: the fall itself, beside the forecast)
    text = "Pokrovsk has fallen to Russian forces."
    assert places(text, datetime(2025, 12, 14)) == {("Pokrovsk", "Russia", "asserted", None)}

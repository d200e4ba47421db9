"""Extractor 0.71.113 (after 0.71.112), in sentences of our own (each fails on 0.71.112 unless marked a guard).

Content that says nothing is no statement: a topic after "about" with no verb, a self-description ("himself as"), a
place named alone ("mentioned the besieged Mariupol"), where and when ("wrote there on Monday"), the last also read as
the closing frame's adjunct; "the spokesperson for the eastern command" is the spokesman named next; "X told about
this on the air" credits the paragraph before it; a list after "specifically" names the settlements taken."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, quotes

DAY = datetime(2022, 4, 5)


def test_a_topic_after_about_says_nothing():
    text = "Fighting continued in the east.\n\nThe Chechen leader Ramzan Kadyrov boasts about the deployment of " \
           "his men in Ukraine.\n\nNothing else."
    assert quotes(text, DAY) == set()


def test_a_self_description_says_nothing():
    text = "Fighting continued in the east.\n\nRamzan Kadyrov described himself as Putin's foot soldier.\n\n" \
           "Nothing else."
    assert quotes(text, DAY) == set()


def test_a_place_named_alone_says_nothing():
    text = "Fighting continued in the east.\n\nAs he had done for days, Ramzan Kadyrov specifically mentioned the " \
           "besieged Mariupol.\n\nNothing else."
    assert quotes(text, DAY) == set()


def test_guard_a_noun_of_a_place_still_says_something():
    text = "Oleksandr Syrskyi, who led the counteroffensive, issued a statement announcing the liberation of " \
           "Klishchiivka.\n\nNothing else."
    assert quotes(text, datetime(2023, 9, 17)) == {("Oleksandr Syrskyi", "the liberation of Klishchiivka")}


def test_there_and_then_close_a_frame():
    text = ("Ramzan Kadyrov uses Telegram to praise his fighters.\n\n"
            "The fighters are \"participating most actively on all fronts\" in Ukraine, Kadyrov wrote there on "
            "Monday morning.\n\nNothing else.")
    assert quotes(text, DAY) == {
        ("Ramzan Kadyrov", "The fighters are \"participating most actively on all fronts\" in Ukraine")}


def test_guard_there_opening_a_clause_is_content():
    text = "Fighting continued in the east.\n\nRamzan Kadyrov said there were no losses.\n\nNothing else."
    assert quotes(text, DAY) == {("Ramzan Kadyrov", "there were no losses")}


def test_a_spokesperson_for_a_command_is_the_spokesman_named_next():
    text = ("Ukraine denies Russia controls the town.\n\n"
            "The spokesperson for Ukraine's eastern military command denied on Friday that Russia had seized the "
            "town.\n\n"
            "\"Our units are there,\" the spokesperson, Serhiy Cherevatyi, told Reuters by telephone.")
    assert {s for s, _q in quotes(text, datetime(2023, 1, 13))} == {"Serhii Cherevatyi"}


def test_told_about_this_credits_the_paragraph_before():
    text = ("The Ukrainian army liberated five settlements near the town of Lyman. Stabilization measures are under "
            "way there.\n\n"
            "The spokesman of the Eastern Group of Forces, Serhiy Cherevaty, told about this on the air of the "
            "telethon.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2022, 10, 1))} == {"Serhii Cherevatyi"}


def test_settlements_listed_after_specifically():
    text = ("Russian forces pressed on in the east.\n\n"
            "The Russian Defence Ministry announced that its troops had captured several settlements, specifically "
            "Stupochky and Loknia.")
    assert place_controllers(text, datetime(2025, 5, 24)) == {("Stupochky", "Russia"), ("Loknia", "Russia")}

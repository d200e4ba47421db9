"""Extractor 0.71.118 (after 0.71.117), in sentences of our own (each fails on 0.71.117 unless marked a guard).

"Russian-appointed administrators" names no one (who appointed them is no name of theirs); "according to the
ministry's Telegram channel" is the ministry's; "As X earlier reported, on <date>," is a credit and a time, no words of
the speaker after it; "As X informs, this is stated by Y." credits the sentence before to Y."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_an_appointed_groups_adjective_is_no_name():
    text = ("The port city is being rebuilt.\n\n"
            "Dozens of new schools are nearly finished, according to Moscow-appointed administrators.\n\nNothing else.")
    assert quotes(text, datetime(2023, 4, 21)) == set()


def test_a_channel_speaks_for_its_owner():
    text = ("Russia's Defence Ministry reported new gains on Saturday.\n\n"
            "According to the ministry's Telegram channel, the advance opens a route towards the Dnipropetrovsk "
            "region.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 8, 9))} == {"Russian Ministry of Defence"}


def test_a_named_owners_channel_speaks_for_him():
    text = ("Governor Vyacheslav Gladkov spoke on Friday.\n\n"
            "According to Gladkov's Telegram channel, two drones were shot down over the city.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 8, 9))} == {"Vyacheslav Gladkov"}


def test_an_outlets_credit_and_a_date_are_no_content():
    text = ("The governor added that fuel was short.\n\n"
            "As Ukrinform earlier reported, on September 11, the head of the Kharkiv Regional Military "
            "Administration, Oleh Syniehubov, hinted at the liberation of Kupiansk in the coming days.\n\nNothing else.")
    assert not any(q.startswith("As Ukrinform") for _s, q in quotes(text, datetime(2022, 9, 13)))


def test_a_relays_credit_before_a_passive_credit_line():
    text = ("On the first day of the raid, Russia lost control of the villages of Nikolaevo-Darino and Sverdlikovo.\n\n"
            "As Ukrainska Pravda informs, this is stated by the DeepState project.\n\nNothing else.")
    assert quotes(text, datetime(2024, 8, 7)) == {
        ("DeepState", "On the first day of the raid, Russia lost control of the villages of Nikolaevo-Darino and "
                      "Sverdlikovo")}

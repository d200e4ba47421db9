"""Extractor 0.71.48 (after 0.71.47), in sentences of our own (each fails on 0.71.47 unless marked a guard): "a village
which Russia had earlier in the day said it had full control over" is Russia's holding, not the speaker's side's; "we
do not control X anymore" and "no longer control X" are a loss (the negation is the loss, no denial); "Metyolkine" is
Metolkine."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places

DAY = datetime(2022, 6, 20)


def test_a_relative_said_by_the_other_side():
    text = ("Ukraine's military said fighting went on in Pisky, a village which Russia had earlier in the day said it "
            "had full control over.")
    assert place_controllers(text, DAY) == {("Pisky", "Russia")}


def test_we_do_not_control_it_anymore():
    text = "“Unfortunately, we do not control Toshkivka anymore,” the Luhansk governor Serhiy Haidai said."
    assert places(text, DAY) == {("Toshkivka", "Russia", "asserted", "Serhiy Haidai")}


def test_no_longer_control():
    assert place_controllers("Ukrainian forces no longer control Toshkivka, the governor said.", DAY) == {
        ("Toshkivka", "Russia")}


def test_not_controlling_the_sky():
    # guard: "do not control the sky over X" names no place lost
    assert place_controllers("We do not control the sky over Kyiv anymore, the governor said.", DAY) == set()


def test_metyolkine():
    text = "Ukrainian forces no longer control Metyolkine, the governor said."
    assert place_controllers(text, DAY) == {("Metolkine", "Russia")}

"""Extractor 0.70.57, in sentences of our own (each case fails on 0.70.56): Ukraine's southern military command is
Operational Command South (the name the gold gives it: Natalia Humeniuk's command), "the head of Russian diplomacy"
and "the chief of Ukraine's diplomacy" are the foreign ministers of their day, an "ALSO READ:" line is a cross-link,
and "Experts from X have analysed ... and confirmed" credits X."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run, speakers


def test_ukraines_southern_military_command_is_operational_command_south():
    text = "The port was hit overnight, Ukraine's southern military command said on Telegram."
    assert speakers(text) == {"Operational Command South"}


def test_the_head_of_russian_diplomacy_is_the_foreign_minister_of_the_day():
    text = "Asked about a summit, the head of Russian diplomacy said such a meeting would need careful preparation."
    assert {s.speaker for s in run(text, datetime(2025, 8, 20)).statements} == {"Sergei Lavrov"}


def test_the_chief_of_ukraines_diplomacy_is_the_foreign_minister_of_the_day():
    text = "The chief of Ukraine's diplomacy said the new sanctions would hit the shadow fleet hard."
    assert {s.speaker for s in run(text, datetime(2025, 6, 21)).statements} == {"Andrii Sybiha"}


def test_an_also_read_line_is_a_cross_link():
    text = ("The minister said the talks would continue next week in Geneva.\n"
            "ALSO READ: Trump says he will speak with Putin on a ceasefire soon")
    assert {s.speaker for s in run(text).statements} == set()


def test_experts_from_a_body_that_analysed_and_confirmed_credit_the_body():
    text = ("Experts from the Institute for the Study of War have reviewed the geolocated footage and confirmed the "
            "advance of Russian troops into the village.")
    assert speakers(text) == {"Institute for the Study of War"}

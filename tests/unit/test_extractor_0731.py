"""Extractor 0.70.31: offices named in full and "it" after a place (held back 91's errors, read after its one
scoring), in sentences of our own (each case fails on 0.70.30)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said

DAY = datetime(2025, 12, 2)


def test_the_chief_of_a_body_named_in_full_is_the_office_holder_not_the_body():
    text = ("The Chief of the General Staff of the Armed Forces of the Russian Federation said on Sunday that the "
            "offensive would continue.")
    assert [s for s, _ in said(text, DAY)] == ["Valery Gerasimov"]


def test_the_commander_in_chief_of_the_ukrainian_army_by_the_date():
    text = "On November 1, the Commander-in-Chief of the Ukrainian army said that his troops were still in the town."
    assert [s for s, _ in said(text, DAY)] == ["Oleksandr Syrskyi"]


def test_it_after_a_place_named_by_its_kind_is_the_speaker_before():
    text = ("Russian forces took a village outside the city, the Defence Ministry in Moscow announced on Wednesday.\n\n"
            "The village of Sukhyi Yar lies 1km south of the city, the ministry said.\n\n"
            "More than 200 soldiers were killed in the area over the past day, it added.")
    assert {s for s, _ in said(text, DAY)} == {"Russian Ministry of Defence"}

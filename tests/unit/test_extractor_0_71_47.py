"""Extractor 0.71.47 (after 0.71.46), in sentences of our own (each fails on 0.71.46 unless marked a guard): a
sentence's opening adverb ("Shortly after, X revised ..., noting") is no speaker; the "and" inside one body's name
before its officer ("the National Security and Defense Council Secretary X") is no second speaker; "The ministry in its
daily bulletin on Twitter said"; "the northern Ukrainian army command" is Operational Command North; "of the total N sq
km of Ukrainian territory" is the whole's size, no holding; "the capture by Russian troops of the settlements of A and
B" (a denied one here)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said

DAY = datetime(2023, 9, 15)


def test_an_opening_adverb_is_no_speaker():
    text = "Shortly after, Hanna Maliar revised her first report, noting that the situation in the village was changing."
    assert [s for s, _q in said(text, DAY)] == ["Hanna Maliar"]


def test_one_body_named_with_and():
    text = ("Ukraine's National Security and Defense Council Secretary Oleksiy Danilov called the talks "
            "“worthless”.")
    assert [s for s, _q in said(text, DAY)] == ["Oleksiy Danilov"]


def test_two_speakers_joined_by_and():
    # guard: a person and an officer are still two speakers
    text = "Zelensky and Defence Minister Rustem Umerov said the talks had failed."
    assert sorted(s for s, _q in said(text, DAY)) == ["Rustem Umerov", "Volodymyr Zelensky"]


def test_the_ministry_in_its_daily_bulletin():
    text = ("Britain's defence ministry spoke on Thursday. The ministry in its daily intelligence bulletin on Twitter "
            "said Russian forces had largely withdrawn west of the river.")
    assert [s for s, _q in said(text, DAY)] == ["UK Ministry of Defence"]


def test_the_northern_army_command():
    text = "Twenty rockets hit the village of Desna overnight, the northern Ukrainian army command said."
    assert [s for s, _q in said(text, DAY)] == ["Operational Command North"]


def test_the_whole_of_the_country_is_no_holding():
    text = ("After five days Russia controlled nearly 119,000 square kilometers of the total 603,500 square "
            "kilometers of Ukrainian territory.")
    assert {v for _m, _c, v in areas(text, DAY)} == {119000.0}


def test_the_capture_by_russian_troops_of_denied():
    text = ("The Dnipro group denied information about the capture by Russian troops of the settlements of "
            "Oleksandrohrad and Zelenyi Hai.")
    assert {(p, st) for p, _c, st, _cl in places(text, DAY)} == {("Oleksandrohrad", "denied"), ("Zelenyi Hai", "denied")}

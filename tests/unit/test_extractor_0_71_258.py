"""Extractor 0.71.258 (after 0.71.257), in sentences of our own (each fails on 0.71.257 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 25)


def _run(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def _speakers(text: str, day: datetime = DAY):
    return [s.speaker for s in _run(text, day).statements]


def _places(text: str, day: datetime = DAY):
    return {(c.place, c.controller, c.stance, c.action) for c in _run(text, day).place_claims}


def test_evidence_that_suggests_is_no_speaker():
    assert _speakers("Evidence suggests that the offensive near Vovchansk has stalled.") == []


def test_the_republics_are_no_speaker():
    assert _speakers("The Republics announced their independence from Kyiv in the spring of 2014.") == []


def test_wp_is_the_washington_post():
    assert _speakers("On May 28, WP wrote that Russia would open a new offensive in the summer.") == [
        "The Washington Post"]


def test_usa_today_is_no_speaker_named_usa():
    assert "USA" not in _speakers("Seven villages were recovered by Ukraine, USA Today reported on Monday.")


def test_a_place_it_is_possible_to_free_is_no_claim():
    assert _places("By the spring it is quite possible to deoccupy either Kreminna or Svatove, the governor said.",
                   datetime(2022, 12, 12)) == set()


def test_guard_a_place_troops_were_able_to_free_is_a_claim():
    assert _places("Ukrainian troops were able to liberate Kreminna, the governor said.", datetime(2022, 12, 12)) == {
        ("Kreminna", "Ukraine", "asserted", "liberated")}

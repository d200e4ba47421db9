"""Extractor 0.70.23: denials, expectations and partial holds of named places that the pooled real corpus's misses
showed, in sentences of our own (each case fails on 0.70.22)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 12, 12)


def _stances(text: str) -> set[tuple]:
    return {(p, c, s) for p, c, s, _cl in places(text, DAY)}


def test_claims_that_are_likely_inaccurate_are_denied():
    text = ("\u201cClaims by Russian commanders that their forces have taken full control of Lyman are likely "
            "inaccurate,\u201d the think tank assessed.")
    assert _stances(text) == {("Lyman", "Russia", "denied")}


def test_inaccurate_to_say_that_denies_the_capture():
    assert _stances("It is inaccurate to say that Russian troops have captured Kostiantynivka.") == {
        ("Kostiantynivka", "Russia", "denied")}


def test_a_matter_of_time_before_a_capture_is_no_capture():
    assert places("A soldier said it was only a matter of time before the Russians took Myrnohrad.", DAY) == set()


def test_portions_of_a_town_are_no_hold_of_it():
    text = "Russian troops pushed into Myrnohrad. Ukrainian forces still control portions of the town."
    assert ("Myrnohrad", "Ukraine", "asserted") not in _stances(text)


def test_the_agent_after_a_denied_capture_names_who_took_it():
    assert _stances("Russian military bloggers deny the capture of Kupiansk by Russian troops.") == {
        ("Kupiansk", "Russia", "denied")}

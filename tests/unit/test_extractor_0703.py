"""Extractor 0.70.3: from held back 75's misses, after its scoring, in sentences of our own (each case fails on 0.70.2;
the guards hold on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, statements


def test_a_bullet_that_closes_on_its_frame_is_no_headline():
    text = ("Ukrainian flags fly over the city\n\n"
            "All Russian units were moved to the eastern bank overnight, the defence ministry in Moscow said\n\n"
            "No equipment was left behind on the west bank, it added\n\n"
            "The city is quiet.")
    assert {q for _s, q in speaker_quotes(text)} == {"All Russian units were moved to the eastern bank overnight",
                                               "No equipment was left behind on the west bank"}


def test_a_headline_that_says_stays_furniture():
    text = "Kremlin says talks have stalled\n\nThe city is quiet tonight."
    assert not statements(text)


def test_a_later_that_of_a_second_verb_does_not_open_the_first_verbs_clause():
    text = ("Governor Vyacheslav Gladkov said at least 100 civilians were evacuated from the villages and added that "
            "residents were slowly returning.")
    # (the first verb's clause runs on through the second: both reports are in it; the corpus's gold splits them
    # as often as not, so they are not split here)
    assert any(s == "Vyacheslav Gladkov" and q.startswith("at least 100 civilians were evacuated")
               for s, q in speaker_quotes(text))


def test_a_coordinated_verb_after_a_time_phrase_keeps_the_subject():
    text = ("Governor Vyacheslav Gladkov said at least 100 civilians were evacuated but later on Tuesday said "
            "residents were slowly returning.")
    assert ("Vyacheslav Gladkov", "residents were slowly returning") in speaker_quotes(text)

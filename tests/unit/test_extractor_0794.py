"""Extractor 0.70.94, in sentences of our own (each fails on 0.70.93): a short reply opening its paragraph with its
frame after it ('"Not yet," Peskov said'), and "when asked whether ..." after the verb is the question put, not the
speaker's words."""
from __future__ import annotations

from tests.unit.extraction_helpers import said


def test_a_short_reply_with_its_frame_after_it():
    text = ("Washington has yet to respond to the initiative.\n"
            "\u201cNot yet,\u201d Peskov said when asked whether the United States had reacted to Moscow's proposal.")
    assert said(text) == [("Dmitry Peskov", "Not yet")]


def test_a_one_word_reply_and_the_question_put():
    text = "Talks stalled in March.\n\u201cNo,\u201d Peskov replied when asked whether talks would resume."
    assert said(text) == [("Dmitry Peskov", "No")]

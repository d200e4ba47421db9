"""Extractor 0.70.65, in sentences of our own (each case fails on 0.70.64): an event located in a country ("the war
in Ukraine") is no speaker; the name apposed to a role subject speaks through the participle after it."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speakers


def test_an_event_in_a_country_is_no_speaker():
    text = ("Two groups of Russians fighting on Kyiv's side in the war in Ukraine said on Monday they were holding "
            "two villages in the Bryansk region.")
    assert "war in Ukraine" not in speakers(text)


def test_the_name_apposed_to_a_role_subject_speaks_through_the_participle():
    text = ('The Tavria group of forces spokesperson, Oleksandr Shtupun, disputed the report in a comment for a local '
            'paper on May 3, saying that the line was "stable and holding."')
    assert ("Oleksandr Shtupun", 'the line was "stable and holding."') in speaker_quotes(text)

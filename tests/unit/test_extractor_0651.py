"""Extractor 0.65.1: rules from held back 62's misses, after its scoring, each in sentences of our own, each failing
on 0.65.0; guards keep their outcome on both."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements as _statements


def test_what_a_speaker_spoke_about_after_the_verb_is_no_content():
    found = _statements('The army\'s aims in the region remained "the same," Minister Petrenko said about the offensive.')
    assert any(q.startswith("The army's aims in the region remained") for _s, _t, q in found)
    assert not any(q.startswith("about the offensive") for _s, _t, q in found)


def test_said_about_a_figure_still_reports_it():
    found = _statements("The push has stalled, Minister Petrenko said about 2,000 troops were wounded this week.")
    assert any(q.startswith("about 2,000 troops were wounded") for _s, _t, q in found)


def test_the_topic_a_report_was_on_is_no_content_when_a_participle_says_it():
    found = _statements("Interfax reported on the drills, saying that the troops would stay in the region until June.")
    assert not any(q.startswith("on the drills") for _s, _t, q in found)
    assert any(q.startswith("the troops would stay") for _s, _t, q in found)


def test_the_outlet_told_after_a_kind_noun_is_no_content():
    found = _statements("Spokesman Oleksandr Borodin told the news outlet Hromadske there were no new attacks on the "
                        "bridge.")
    assert any(q.startswith("there were no new attacks") for _s, _t, q in found)

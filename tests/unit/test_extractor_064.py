"""Extractor 0.64.0: the rules added for the classes the real corpus showed (all 61 parts, held back 60 included after
its scoring), each in sentences of our own, each failing on 0.63.1; guards keep their outcome on both."""
from __future__ import annotations

from tests.unit.extraction_helpers import run
from tests.unit.extraction_helpers import statements as _statements


def test_an_inverted_frame_with_a_countrys_adjective_and_a_lower_case_domain_before_the_title():
    text = "\u201cThe last ship left the port on July 16,\u201d said Ukrainian infrastructure minister Oleksandr Kubrakov."
    assert {s[0] for s in _statements(text)} == {"Oleksandr Kubrakov"}


def test_an_inverted_frame_with_a_known_title_keeps_the_country_in_the_raw_speaker():
    # guard (held on both)
    got = run("\u201cThe talks go on,\u201d said Ukrainian foreign minister Dmytro Kuleba.").statements
    assert [(s.speaker, s.speaker_raw) for s in got] == [("Dmytro Kuleba", "Ukrainian foreign minister Dmytro Kuleba")]


def test_appealed_to_reports_an_appeal_like_urged():
    text = "President Zelensky also appealed to partners to allow long-range strikes on targets inside Russia."
    assert _statements(text) == {("Volodymyr Zelensky", "indirect",
                                  "to partners to allow long-range strikes on targets inside Russia")}


def test_a_person_from_an_organisation():
    text = "Military analyst Pasi Korhonen from Finland's Black Bird Group estimates that Russian forces took 600 sq km."
    assert {s[0] for s in _statements(text)} == {"Pasi Korhonen"}

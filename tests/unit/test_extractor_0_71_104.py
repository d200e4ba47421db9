"""Extractor 0.71.104 (after 0.71.103), in sentences of our own (each fails on 0.71.103 unless marked a guard).

"Explosions reported in X on March 23 were ..." is a noun and its participle, no report; "informed journalists about the
agreement after the meeting" names whom and on what, not what was said; "Former" opens a headline's title ("Former
Russian commander in Ukraine says ..."), it is no name; "declared on the 12th that ..." dates the claim to that day of
the article's month (translated copy's way of writing a date)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes, run


def _statements(text: str, day: datetime) -> set[tuple]:
    return quotes(text, day)


def test_a_participle_after_its_noun_is_no_report():
    text = ("Blasts reported in the occupied city of Berdiansk on May 3 were an attempt by partisans to destroy a "
            "depot, according to local media.")
    assert _statements(text, datetime(2023, 5, 4)) == set()


def test_guard_a_body_reported_on_a_day_that():
    text = "Ukraine's Khortytsia group of forces reported on Jan. 6 that battles are ongoing in the town."
    assert len(_statements(text, datetime(2025, 1, 6))) == 1


def test_informed_whom_about_what_says_nothing():
    text = "Defence Minister Rustem Umerov informed journalists about the agreement after the meeting."
    assert _statements(text, datetime(2025, 5, 16)) == set()


def test_guard_informed_that_reports_its_clause():
    text = "Defence Minister Rustem Umerov informed journalists that the agreement had been signed."
    assert _statements(text, datetime(2025, 5, 16)) == {("Rustem Umerov", "the agreement had been signed")}


def test_guard_a_headline_title_is_no_name():
    text = ("Former Russian commander in Ukraine says Moscow is heading for defeat\n"
            "Igor Girkin, also known as Igor Strelkov, speaks at a news conference.")
    assert not any(s.startswith("Former") for s, _q in _statements(text, datetime(2023, 4, 3)))


def test_on_the_twelfth():
    text = "President Zelensky declared on the 12th that he had liberated more than 6,000 square kilometers."
    claims = run(text, datetime(2022, 9, 13)).area_claims
    assert [c.as_of.isoformat()[:10] for c in claims] == ["2022-09-12"]


def test_guard_an_ordinal_unit_is_no_date():
    text = "Troops said on the 3rd Assault Brigade channel that three villages were liberated."
    assert {c.as_of.isoformat()[:10] for c in run(text, datetime(2022, 9, 13)).area_claims} <= {"2022-09-13"}
    assert areas(text, datetime(2022, 9, 13))

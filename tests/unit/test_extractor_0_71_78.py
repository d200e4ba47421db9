"""Extractor 0.71.78 (after 0.71.77), in sentences of our own (each fails on 0.71.77 unless marked a guard): a line of
its own that holds only a dash and a credit ("- Kovalenko said.", "- added the spokesman.") gives the unquoted
paragraph above it to its speaker, and that paragraph is no headline for lacking a full stop; "voiced hope on May 3
that X" reports X; "found themselves cut off, as reported by X" is X's report (a reflexive "found" reports nothing)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speaker_types, statements


def test_a_dash_line_credits_the_paragraph_above():
    text = ("The spokesman Oleh Kovalenko spoke on television on Monday.\n\n"
            "Heavy fighting goes on near the river, our units keep their positions despite constant shelling \n\n"
            "- Kovalenko said.\n\nThe shelling lasted all night.")
    assert ("Oleh Kovalenko", "direct",
            "Heavy fighting goes on near the river, our units keep their positions despite constant shelling") in \
        statements(text)


def test_a_dash_line_with_its_verb_first():
    text = ("Oleh Kovalenko described the week at the front.\n\n"
            "The enemy brings its men across the river in small boats. The boats are under fire themselves\n"
            "- added Kovalenko.\n")
    assert ("Oleh Kovalenko", "The enemy brings its men across the river in small boats. The boats are under fire "
                              "themselves") in speaker_quotes(text)


def test_a_bullet_with_content_is_no_dash_credit():
    # guard: a live page's bullet says something of its own; the line above it is not credited to its subject
    text = ("Key developments on Monday\n"
            "- Russia says it has evacuated two hundred people from the border district.\n")
    assert ("Russia", "Key developments on Monday") not in speaker_quotes(text)


def test_voiced_hope_with_a_date_before_that():
    text = "The ombudsman Dmytro Lubinets voiced hope on Jan. 3 that another prisoner exchange may take place soon."
    assert speaker_quotes(text) == {("Dmytro Lubinets", "another prisoner exchange may take place soon")}


def test_found_themselves_before_as_reported_by():
    text = ("Marines in the small village found themselves cut off and under heavy artillery fire, as reported by "
            "Vladimir Saldo, the Moscow-appointed head of the Kherson region, on Telegram.")
    assert ("Volodymyr Saldo", "indirect") in speaker_types(text)

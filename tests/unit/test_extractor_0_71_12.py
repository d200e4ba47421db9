"""Extractor 0.71.12 (after 0.71.11), in sentences of our own (each fails on 0.71.11 unless marked a guard): a
sentence closed by " - he emphasized." is his (a pronoun after the dash, as a name was); translated copy's closing
credit after a full stop and a dash, verb first (". - noted Ukrenergo."); '"...," X has charged.' ("charge" reports
only closing a quotation or with "that")."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_a_dash_and_a_pronoun_close_the_sentence():
    text = "Governor Oleh Syniehubov spoke on Monday. The front holds firm thanks to our soldiers - he emphasized."
    assert ("Oleh Syniehubov", "indirect", "The front holds firm thanks to our soldiers") in statements(text)


def test_a_dash_and_an_inverted_credit_after_a_full_stop():
    text = "In some regions, power cuts have been extended today. - noted Ukrenergo."
    assert {s for s, _t, _q in statements(text)} == {"Ukrenergo"}


def test_has_charged_closing_a_quotation():
    text = '"Kyiv does not actually want peace," Russian Foreign Ministry spokeswoman Maria Zakharova has charged.'
    assert {s for s, _t, _q in statements(text)} == {"Maria Zakharova"}


def test_charged_with_a_crime_is_no_statement():
    # guard: "charged with" is an indictment, not words
    assert statements("Prosecutors charged the commander with war crimes on Monday.") == set()

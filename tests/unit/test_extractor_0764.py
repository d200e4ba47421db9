"""Extractor 0.70.64, in sentences of our own (each case fails on 0.70.63 but the guard): a gerund after "by" shares
the main clause's subject ("broke through a Russian line of defence by capturing X"); a demand that troops pull out is
no withdrawal."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2023, 9, 1)


def _claims(text: str) -> set[tuple[str, str]]:
    return {(p, c) for p, c, _s, _cl in places(text, DAY)}


def test_a_gerund_after_by_shares_the_main_clauses_subject():
    text = "Ukrainian troops broke through the first Russian line of defence by capturing the village of Robotyne."
    assert _claims(text) == {("Robotyne", "Ukraine")}


def test_a_demand_that_troops_pull_out_is_no_withdrawal():
    text = "Moscow demands that Ukrainian troops pull out from Kherson and Zaporizhzhia before any ceasefire."
    assert _claims(text) == set()


def test_insisting_that_troops_captured_a_town_is_still_a_claim():
    # guard: "insisted that" reports an assertion, not a demand
    text = "Peskov insisted that Russian troops had captured Kupiansk."
    assert _claims(text) == {("Kupiansk", "Russia")}

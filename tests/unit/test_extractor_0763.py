"""Extractor 0.70.63, in sentences of our own (each case fails on 0.70.62): a withdrawal from an agreement names no
place ("withdrew from the grain deal ..., including Odesa"); villages "near X, which had been under Ukrainian control"
tell the villages' state before their recapture, no claim on X."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2023, 8, 1)


def test_a_withdrawal_from_an_agreement_is_no_place_claim():
    text = ("Barges use the Danube since Russia withdrew from the Black Sea grain deal in July, blockading "
            "Ukrainian ports on the coast, including Odesa, Reuters reported.")
    assert places(text, DAY) == set()


def test_the_prior_state_of_villages_near_a_town_is_no_claim_on_the_town():
    text = ("The Russian Defence Ministry reported recapturing three villages near Sudzha, which had been under "
            "Ukrainian control.")
    assert places(text, DAY) == set()

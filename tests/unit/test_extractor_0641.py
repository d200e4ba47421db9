"""Extractor 0.64.1: rules from held back 61's misses, after its scoring, each in sentences of our own, each failing
on 0.64.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places
from tests.unit.extraction_helpers import statements as _statements

TEXT = ("Russia's Defence Ministry said its forces had taken Soledar on Thursday evening. But Serhii Cherevatyi, a "
        "spokesman for the army in the east, denied the Russian Defence Ministry's claim, in remarks carried by a news "
        "outlet, saying that \"fighting is going on in the town\".")


def test_denying_an_owners_claim_denies_the_claim_told_before():
    assert ("Soledar", "Russia", "denied", "Serhii Cherevatyi") in places(TEXT, datetime(2023, 1, 13))


def test_the_owners_claim_denied_is_no_content_of_its_own():
    assert all(not quote.startswith("the Russian Defence Ministry") for _s, _t, quote in _statements(TEXT))

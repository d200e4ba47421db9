"""Extractor 0.70.76 (seeds): the Joint Forces Group, the Ukrainian grouping that speaks for the Kupiansk sector from
2025, is a known actor of Ukraine's side under its longer names; "Kupyansk-Vuzlovye" is another spelling of
Kupiansk-Vuzlovyi. Both fail on 0.70.75 (an unknown body with no side; an unknown place with no region)."""
from __future__ import annotations

from tests.unit.extraction_helpers import run


def test_the_joint_forces_grouping_is_a_known_ukrainian_body():
    text = ("The Joint Forces grouping of the Armed Forces of Ukraine said that Russian claims about the capture of "
            "Kupyansk-Vuzlovye do not correspond to reality.")
    result = run(text)
    assert [(s.speaker, s.speaker_side) for s in result.statements] == [("Joint Forces Group", "Ukraine")]
    assert [(p.place, p.region, p.controller, p.stance) for p in result.place_claims] == [
        ("Kupiansk-Vuzlovyi", "Kharkiv Oblast", "Russia", "denied")]

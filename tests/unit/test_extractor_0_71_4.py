"""Extractor 0.71.4 (after 0.71.3), in sentences of our own (each fails on 0.71.3 unless marked a guard): a credit
line "This was reported by the spokesman for <a body of many capitalised words> <a known person>" is the person's;
"Lithuania's foreign and defense ministers" is no speaker "Lithuanian foreign" (the head noun follows the "and");
"Energy officials said" is a sector's unnamed people."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_credit_line_to_a_known_person_after_a_long_body_name():
    text = ("The enemy keeps attacking near the highway, but our positions hold. This was reported by the spokesman "
            "for the Khortytsia Operational and Strategic Group of Troops Nazar Voloshyn on the air of a national "
            "radio station.")
    assert {s for s, _t, _q in statements(text)} == {"Nazar Voloshyn"}


def test_credit_line_to_a_body():
    # guard: with no person named after it, the body is credited
    text = ("The enemy keeps attacking near the highway, but our positions hold. This was reported by the General "
            "Staff of the Armed Forces of Ukraine.")
    assert {s for s, _t, _q in statements(text)} == {"Ukrainian General Staff"}


def test_a_coordinated_title_without_its_head():
    text = ("Lithuania's foreign and defense ministers sent a joint letter to the alliance on Tuesday, urging the "
            "allies to deploy anti-drone systems in the country.")
    assert statements(text) == set()


def test_a_sectors_officials():
    text = "Energy officials confirmed that the blackouts were a direct result of the Russian strikes."
    assert statements(text) == set()


def test_a_bodys_officials():
    # guard: a named body's officials speak for it
    text = "Pentagon officials said that the aid would arrive within weeks."
    assert {s for s, _t, _q in statements(text)} == {"Pentagon"}

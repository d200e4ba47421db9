"""Extractor 0.71.73 (after 0.71.72), in sentences of our own (each fails on 0.71.72): an ad slot's label ("Hide Ad",
"Skip Ad") is page furniture, no speaker; "DIU" (Defence Intelligence of Ukraine) and "RFERL" (a copy's spelling of
RFE/RL) are known speakers."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers


def test_an_ad_slot_label_is_no_speaker():
    text = ("Ben Wallace spoke to MPs on Wednesday.\nHide Ad\nHide Ad\n"
            "\u201cIt is a significant blow to Moscow,\u201d he said.")
    assert speakers(text) == {"Ben Wallace"}


def test_the_acronym_of_ukraine_s_defence_intelligence():
    text = "The DIU reported that its drones had destroyed two Russian radar stations in Crimea."
    assert speakers(text) == {"Ukrainian Defence Intelligence (HUR)"}


def test_a_copy_s_spelling_of_rfe_rl():
    text = "The battalion was formed in the spring of 2022, RFERL reported."
    assert speakers(text) == {"Radio Free Europe/Radio Liberty"}

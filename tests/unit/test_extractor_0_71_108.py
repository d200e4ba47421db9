"""Extractor 0.71.108 (after 0.71.107), in sentences of our own (each fails on 0.71.107 unless marked a guard).

"AFP reported this, Censor.NET says, with reference to X" credits the sentence before to AFP, and the relay's own
source is no statement; an outlet's "said ..., citing Y." is Y's; a name before an apposition whose closing comma is
left out ('"...," Serhiy Haidai, the head of ... told CNN') speaks; "advanced ... into Russia's Kursk region" is the
other side's advance; "control X (region) by about 70%" and "control the city of X, about 70%" are shares of a town, no
claim on the region or the place; "This was announced by X, ..., Censor.NET reports with reference to Y" is X's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, run

_DAY = datetime(2024, 6, 2)


def test_an_outlets_credit_line_relayed_with_its_source():
    text = ("The plan would let Russia gain about 2,000 square kilometres without a fight. AFP reported this, "
            "Censor.NET says, with reference to European Pravda.")
    assert {s for s, _q in quotes(text, datetime(2025, 11, 21))} == {"AFP"}


def test_an_outlet_citing_its_source_at_the_end():
    text = ("Air raid sirens sounded overnight. The Interfax news agency said Russian forces had captured the village "
            "of Vozdvyzhenka, citing Russia's Ministry of Defence.")
    assert {s for s, _q in quotes(text, datetime(2025, 1, 20))} == {"Russian Ministry of Defence"}


def test_a_name_before_its_unclosed_apposition():
    text = ('Voting went on for a fourth day. "People are being taken away for voting against Russia," Serhiy Haidai, '
            'the Ukrainian head of the Luhansk military administration told CNN.')
    assert {s for s, _q in quotes(text, datetime(2022, 9, 27))} == {"Serhiy Haidai"}


def test_an_advance_into_russias_region():
    text = "By nightfall the invaders had advanced about 15 kilometres into Russia's Kursk region."
    assert {(c.metric, c.controller) for c in run(text, datetime(2024, 8, 7)).area_claims} == {
        ("advance_depth", "Ukraine")}


def test_control_a_town_by_a_share():
    text = ("The defence forces control Vovchansk (Kharkiv region) by about 60%. This was announced by the spokesman "
            "for the Khortytsia group, Lieutenant Colonel Nazar Voloshyn, during a telethon, Censor.NET reports with "
            "reference to Ukrainska Pravda.")
    result = run(text, _DAY)
    assert result.area_claims == [] and result.place_claims == []
    assert {s.speaker for s in result.statements} == {"Nazar Voloshyn"}


def test_the_city_of_a_town_then_its_share():
    text = '"The Defence Forces control the city of Vovchansk, about 60%," Nazar Voloshyn said on Sunday.'
    assert run(text, _DAY).area_claims == []


def test_guard_a_share_of_a_region_stays():
    text = '"The Defence Forces control about 60% of the Kharkiv region," Nazar Voloshyn said on Sunday.'
    assert {c.metric for c in run(text, _DAY).area_claims} == {"territory_share"}


def test_guard_a_town_held_whole_stays():
    assert places("The defence forces control Vovchansk, Nazar Voloshyn said.", _DAY)

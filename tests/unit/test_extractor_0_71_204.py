"""Extractor 0.71.204 (after 0.71.203), in sentences of our own (each fails on 0.71.203 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 12, 15)


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low, c.claimant)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_falsely_stated_still_reports_the_claim_made():
    found = area("Russia's top general Valery Gerasimov falsely stated that 210 settlements came under the control "
                 "of Russian forces this year.")
    assert {c[:4] for c in found} == {("settlements_gained", "Russia", "Ukraine", 210.0)}


def test_guard_a_figure_called_false_is_still_no_claim():
    assert area("Claims that Russian forces took 210 settlements this year are false, Kyiv said.") == set()


def test_a_second_predicate_of_the_subject_ends_the_figures_zone():
    found = area("Fighting in the Sumy region went on, the governor said. DeepState says Russia has occupied 180 "
                 "square kilometres in the region and controls small pockets of Ukrainian territory to the east.")
    assert {c[:4] for c in found} == {("area_controlled", "Russia", "Sumy Oblast", 180.0)}


def test_guard_a_pair_of_regions_joined_by_and_stays_in_the_zone():
    found = area("Russia has occupied 180 square kilometres in the Sumy and Kharkiv regions, DeepState says.")
    assert {c[2] for c in found} == {"Ukraine"}


def test_the_bank_and_the_regulator_point_back_to_the_bank_named_before():
    assert speakers("The Bank of Russia will sue Euroclear in a Moscow court, the regulator's press service said. "
                    "The bank said the claim covers its blocked funds.") == ["Bank of Russia", "Bank of Russia"]


def test_guard_the_bank_is_never_a_ministry_named_since():
    assert speakers("The Defence Ministry said it had hit a depot. The bank said it would raise its key rate.") == [
        "Defence Ministry"]


def test_an_unnamed_spokesman_of_a_body_named_before_his_title_speaks_for_it():
    assert speakers("A Downing Street spokesman said the strikes showed Moscow was not serious about peace.") == [
        "Downing Street"]
    assert speakers("A Kremlin spokesman said the talks would resume next week.") == ["Kremlin"]


def test_guard_a_persons_spokesman_and_a_countrys_are_no_speakers_named():
    assert speakers("A Zelensky spokesman said the talks would resume next week.") == []
    assert speakers("A Ukrainian spokesman said the talks would resume next week.") == []

"""Extractor 0.71.193 (after 0.71.192), in sentences of our own (each fails on 0.71.192 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_lost_territories_are_no_loss_of_the_villages_freed_after():
    assert areas("Russia has countered with operations to regain control of lost territories, including two "
                 "villages, Daryino and Plekhovo, liberated on Wednesday.") == {("Russia", "settlements_gained", 2)}


def test_guard_forces_that_lost_control_of_villages_lost_them():
    assert areas("In September 2022 alone, Russian forces lost control of more than 300 towns and villages in the "
                 "Kharkiv region.") == {("Russia", "settlements_lost", 300)}


def test_those_forces_are_the_army_named_before():
    assert places("About 1,000 people lived here when Russian troops rolled over the border in February. Those "
                  "forces abandoned Hrakove around Sept. 9 as Ukrainian soldiers advanced.") == {
        ("Hrakove", "Ukraine", "withdrew")}


def test_it_is_the_village_not_the_town_that_locates_it():
    assert places("Russian forces may have gained a foothold around the village of Bohdanivka, three kilometers "
                  "northeast of Chasiv Yar, but Moscow's claims that it had been taken remain unconfirmed.") == {
        ("Bohdanivka", "Russia", "captured")}


def test_the_units_whose_actions_completed_a_liberation_are_its_side():
    assert places("The statement read: “The liberation of the city of Artyomovsk has been completed as a result of "
                  "the offensive actions of the ‘Wagner’ assault detachments.”") == {("Bakhmut", "Russia", "liberated")}


def test_guard_a_capture_by_named_forces():
    assert places("The capture of Soledar by Russian forces was announced on Friday.") == {
        ("Soledar", "Russia", "captured")}

"""Extractor 0.71.35 (after 0.71.34), in sentences of our own (each fails on 0.71.34 unless marked a guard): the
Russian-based spellings of an oblast name its governor's office ("the Lugansk regional governor, NAME"); "Ministers
say" names no one; "Russian-backed officials" are no body called "Russian-backed"; "A and B and 15 other towns" counts
the names joined by "and" too; "three areas - the X axis, the Y axis" are sectors of the front, no settlements."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run, speakers

DAY = datetime(2022, 6, 23)


def test_the_lugansk_regional_governor_and_his_name():
    text = '"We lost control over two villages," said the Lugansk regional governor, Sergiy Gaiday, on Thursday.'
    assert {s.speaker for s in run(text, DAY).statements} == {"Serhiy Haidai"}


def test_ministers_say_names_no_one():
    text = "Ministers say the project will create jobs and strengthen the country's own air defence industry."
    assert speakers(text) == set()


def test_russian_backed_officials_name_no_body():
    text = "Russian-backed officials had announced the results earlier, saying voters had supported joining Russia."
    assert speakers(text) == set()


def test_a_named_body_and_its_analysts():
    # guard: "DeepState analysts" are DeepState's
    text = "DeepState analysts said the village had been captured by Russian forces."
    assert speakers(text) == {"DeepState"}


def test_names_joined_by_and_before_n_other_towns():
    text = "Shoigu said Russian troops had taken control of Lyman and Sviatohirsk and 15 other towns in the region."
    assert areas(text, datetime(2022, 5, 24)) == {("settlements_gained", "Russia", 17.0)}


def test_areas_named_as_axes_are_no_settlements():
    text = ("Most Russian advances have been centred on three areas - the Pokrovsk axis, the Kurakhove axis and the "
            "Vuhledar axis, all in Donetsk oblast.")
    assert areas(text, datetime(2024, 12, 7)) == set()


def test_areas_captured_are_settlements():
    # guard: "12 areas" taken are still settlements
    text = "Russian forces captured 12 areas in the Donetsk region this month, the ministry said."
    assert areas(text, datetime(2024, 12, 7)) == {("settlements_gained", "Russia", 12.0)}

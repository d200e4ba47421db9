"""Extractor 0.71.27 (after 0.71.26), in sentences of our own (each fails on 0.71.26 unless marked a guard): "according
to X which analysed ..." ends the content before the relative clause, as with a comma; a gerund set off by a dash
("made bigger gains\u2014seizing 120 sq km") is an adjunct of the clause before it; a short time phrase before the
subject ("On 3 October, Ukrainian forces pushed ... back and recaptured ...") does not hide the subject of the second
verb; "advanced 500 metres deep inside Russian-held territory" is the other side's advance, whatever side word stands
before it as an object; rebel forces are Russia's side."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, speaker_quotes

DAY = datetime(2024, 10, 30)


def test_according_to_a_source_and_its_relative_clause_without_a_comma():
    text = ("Shelling in the city killed four people overnight, according to the monitoring group Memorial which "
            "collected reports from local hospitals.")
    assert speaker_quotes(text) == {("Memorial", "Shelling in the city killed four people overnight")}


def test_according_to_a_source_and_its_relative_clause_with_a_comma():
    # guard: the comma's relative clause was already no content
    text = ("Shelling in the city killed four people overnight, according to the monitoring group Memorial, which "
            "collected reports from local hospitals.")
    assert speaker_quotes(text) == {("Memorial", "Shelling in the city killed four people overnight")}


def test_a_gerund_after_a_dash_is_the_clause_befores():
    text = "Russia made its fastest gains of the year\u2014seizing 120 sq km, said analysts who study Ukrainian maps."
    assert areas(text, DAY) == {("area_gained", "Russia", 120.0)}


def test_a_time_phrase_before_the_subject_of_two_verbs():
    text = "On 3 October, Ukrainian forces pushed the Russian army back and recaptured about 400 sq km of land."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 400.0)}


def test_an_advance_deep_inside_the_other_sides_ground():
    text = ("The battalion broke through the Russian lines near Robotyne and advanced 500 metres deep inside "
            "Russian-held territory.")
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 0.5)}


def test_rebel_forces_are_russias_side():
    text = "Ukraine's army said rebel forces, backed by Russian troops, had liberated 12 villages in the Luhansk region."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 12.0)}

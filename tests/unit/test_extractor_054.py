"""Extractor 0.54.0: the rules added for the classes the real corpus showed (all 51 parts, held back 50 included
after its scoring), each in sentences of our own, each failing on 0.53.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.unit.extraction_helpers import run as _run
from tests.unit.extraction_helpers import statements as _statements
from pipelines.extraction.dates import find_time_expressions
from pipelines.extraction.numbers import find_quantities


def _areas(text: str, day: datetime = datetime(2024, 10, 5)) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low) for c in _run(text, day).area_claims}


def _dated(text: str, day: datetime = datetime(2024, 10, 5)) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low, c.as_of) for c in _run(text, day).area_claims}


# ---------------------------------------------------------------- figures as written

def test_a_space_typed_after_the_thousands_separator():
    (q,) = find_quantities("The army liberated about 4, 500 square kilometres this year.")
    assert (q.low, q.unit) == (4500.0, "km2")


@pytest.mark.parametrize("text, value", [
    ("In 2023, 500 square kilometres were retaken.", 500.0),       # a year before the comma
    ("Villages 1, 2 and 3 km from the town were shelled.", 3.0),   # a list of small numbers
])
def test_a_number_before_a_comma_stays_apart(text, value):
    # guard (held on both): only one to three digits, a comma, one space and a group of three are one number
    assert [q.low for q in find_quantities(text)] == [value]


def test_a_span_of_months_written_with_a_dash():
    (t,) = find_time_expressions("in March\u2013April the troops advanced", date(2024, 10, 5))
    assert (t.kind, t.date, t.days) == ("interval", date(2024, 4, 30), 60.0)


# ---------------------------------------------------------------- figures the rules did not reach

def test_a_definite_figure_with_its_participle_after_it():
    text = ("Russian forces seized 420 square kilometres in September. "
            "That was down from the 510 square kilometres captured in August, the think tank said.")
    assert ("area_gained", "Russia", 510.0, date(2024, 8, 31)) in _dated(text)


def test_that_figure_changed_to_is_the_same_measure_in_its_own_months():
    # (the en dashes of the two spans are ranges, not a parenthesis that hides the second clause)
    text = ("In January\u2013February the Russians seized 210 square kilometres, in March\u2013April that figure "
            "rose to 480 square kilometres.")
    assert _dated(text) == {("area_gained", "Russia", 210.0, date(2024, 2, 29)),
                            ("area_gained", "Russia", 480.0, date(2024, 4, 30))}


def test_a_months_figure_in_the_genitive_repeats_the_measure():
    text = "In September the Russian army seized 230 square kilometres, about half of August's 470 square kilometres."
    assert ("area_gained", "Russia", 470.0, date(2024, 8, 31)) in _dated(text)


def test_across_before_a_place_is_where_not_a_width():
    assert _areas("Russia captured just 90 square kilometres across Ukraine in March.") == {
        ("area_gained", "Russia", "Ukraine", 90.0)}


def test_a_width_across_stays_out():
    # guard (held on both)
    assert _areas("Ukrainian troops held a pocket 10 km across, the ministry said.") == set()


def test_brought_back_under_a_sides_control():
    text = "The Russian Defence Ministry said three villages had been brought back under Russian control."
    assert ("settlements_gained", "Russia", "Ukraine", 3.0) in _areas(text)


# ---------------------------------------------------------------- the side and the metric

def test_a_side_after_past_is_the_object_of_the_preposition():
    text = "Ukrainian units pushed past Russia's border posts and secured control of 420 square kilometres."
    assert {c[1] for c in _areas(text)} == {"Ukraine"}


@pytest.mark.parametrize("text, side", [
    ('"Eleven villages remain under temporary occupation," the regional governor Oleh Syniehubov said.', "Russia"),
    ("About 20 villages are under full Ukrainian control, the governor said.", "Ukraine"),
])
def test_a_modifier_before_control_or_occupation_is_no_side(text, side):
    assert {c[1] for c in _areas(text)} == {side}


def test_what_one_offensive_took_since_it_began_is_a_gain():
    text = "Russian troops have seized 380 square kilometres since the start of their offensive in October."
    assert _areas(text, datetime(2024, 12, 10)) == {("area_gained", "Russia", "Ukraine", 380.0)}


def test_an_incursions_running_total_stays_a_holding():
    # guard (held on both)
    text = "Since the start of the incursion, Ukrainian forces have taken 900 square kilometres in the Kursk region."
    assert _areas(text) == {("area_controlled", "Ukraine", "Kursk Oblast", 900.0)}


# ---------------------------------------------------------------- statements

def test_as_noted_by_x_opens_the_sentence():
    text = "As stated by the General Staff of the Armed Forces of Ukraine, the enemy lost 1,200 soldiers over the past day."
    assert ("Ukrainian General Staff", "indirect", "the enemy lost 1,200 soldiers over the past day") in _statements(text)


def test_as_noted_by_without_a_speaker_is_nothing():
    # guard (held on both)
    assert _statements("As noted by many, the front is quiet today.") == set()


def test_continued_before_a_quotation():
    text = ("Sergei Shoigu said the town was heavily fortified. He continued, \u201cThanks to the decisive movements of "
            "our soldiers, the defence was broken.\u201d")
    assert ("Sergei Shoigu", "direct", "Thanks to the decisive movements of our soldiers, the defence was broken") \
        in _statements(text)


def test_continued_without_a_speaker_before_a_quotation_is_nothing():
    # guard (held on both)
    assert _statements('The shelling continued, "we are told by locals" who fled.') == set()


# ---------------------------------------------------------------- place claims (0.54.1, after held back 51's scoring)

def _places(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.stance) for p in _run(text, datetime(2025, 12, 17)).place_claims}


def test_places_named_as_the_area_of_a_figure_are_not_taken():
    text = ("Ukrainian forces also recaptured 48 square kilometres of territory in the areas of Hryshyne and Kotlyne "
            "west of Pokrovsk.")
    assert _places(text) == set()


def test_places_taken_themselves_still_are():
    # guard (held on both)
    assert _places("Ukrainian forces recaptured Hryshyne and Kotlyne west of Pokrovsk.") == {
        ("Hryshyne", "Ukraine", "asserted"), ("Kotlyne", "Ukraine", "asserted")}


def test_also_captured_adds_to_the_change_of_hands_before_it():
    text = ("Russia's Defence Ministry said its troops had taken control of Lozova. The village of Sontsivka, north of "
            "Kurakhove, was also captured.")
    assert ("Sontsivka", "Russia", "asserted") in _places(text)


def test_also_with_no_change_of_hands_before_is_nothing():
    # guard (held on both)
    assert _places("The town of Vovchansk was also shelled on Monday.") == set()

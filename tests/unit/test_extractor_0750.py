"""Extractor 0.70.50: a total's parts after a colon, the side pushed back, a loss of men, unnumbered hamlets in dashes,
one person's coordinated titles and a title given before, in sentences of our own (each case but the guards fails on
0.70.49)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places
from tests.unit.extraction_helpers import speakers as _speakers

DAY = datetime(2025, 9, 27)


def test_a_totals_parts_after_a_colon_are_claims_of_their_own():
    text = ("The Russian defence ministry said its troops had taken 1,200 square kilometres since January 1: 150 "
            "square kilometres in the Luhansk region; 900 square kilometres in the Donetsk region and 150 square "
            "kilometres in the Kharkiv region.")
    got = areas(text, DAY, region=True)
    assert {("area_gained", "Russia", "Luhansk Oblast", 150.0), ("area_gained", "Russia", "Donetsk Oblast", 900.0),
            ("area_gained", "Russia", "Kharkiv Oblast", 150.0)} <= got
    assert ("area_gained", "Russia", "Ukraine", 1200.0) in got


def test_figures_after_a_colon_that_are_no_parts_stay_out():
    # guard: a colon, then figures with no region of their own
    text = "The ministry said its troops had taken 1,200 square kilometres: a record, 30% more than last year."
    assert {r for m, c, r, v in areas(text, DAY, region=True) if v != 1200.0} == set()


def test_the_side_pushed_back_is_not_the_one_that_takes_ground():
    text = "Since then, Russia has organised attacks to push back Ukraine and has so far reclaimed about 800 square km."
    assert areas(text, DAY) == {("area_gained", "Russia", 800.0)}


def test_the_side_pushed_back_who_advanced_is_the_advancer():
    # guard: the object of "pushing back" is the subject of its relative clause
    text = ("Ukrainian forces have been pushing back Russian troops who had advanced 15 kilometres towards the "
            "highway near Pokrovsk.")
    assert areas(text, DAY) == {("advance_depth", "Russia", 15.0)}


def test_a_loss_of_lives_is_no_loss_of_the_place():
    text = "Fighting goes on near Bakhmut, a city Russia captured last summer with a great loss of lives and equipment."
    assert places(text, DAY) == {("Bakhmut", "Russia", "asserted", None)}


def test_unnumbered_hamlets_named_between_dashes_were_taken():
    text = "Russian troops overran neighbouring hamlets – Soloviove and Novokalynove – and pushed forward to the west."
    assert {p for p, *_ in places(text, DAY)} == {"Soloviove", "Novokalynove"}


def test_one_persons_coordinated_titles_are_no_second_speaker():
    text = ("Former Russian President and Prime Minister Dmitry Medvedev warned that the West was underestimating "
            "the risk of nuclear war.")
    assert _speakers(text) == {"Dmitry Medvedev"}


def test_a_ministry_and_a_mayor_are_two_speakers():
    # guard: a body before "and" is a speaker of its own
    text = "Russia’s defence ministry and Moscow Mayor Sergey Sobyanin said that a drone was shot down near Istra."
    assert _speakers(text) == {"Russian Ministry of Defence", "Sergei Sobyanin"}   # (a seed since 0.71.1)


def test_a_title_given_before_names_its_person_again():
    text = ("On August 30, Valery Gerasimov, the Chief of the General Staff of the Russian armed forces, gave a "
            "briefing. The Chief of the General Staff reiterated that the offensive would continue.")
    assert _speakers(text) == {"Valery Gerasimov"}


def test_the_issuer_of_a_statement_that_says_something_speaks():
    text = ("The plant's owner posted a statement from Kremniy Holding which said work had been suspended after a "
            "drone attack.")
    assert _speakers(text) == {"Kremniy Holding"}

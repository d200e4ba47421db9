"""Extractor 0.70.82, in sentences of our own (each case fails on 0.70.81): "populated settlements" are a count of
settlements; ground "cleared of enemy sabotage groups" is no gain, with the figure's place between or the verb before
it; a list whose items carry their dates in brackets ("A (on May 25), B and C (on May 24)") stays one list, each item
dated by its bracket (a pair by the bracket after it)."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas, run


def test_populated_settlements_are_a_count():
    text = ("Russian units took control of six populated settlements from March 3 to 9, the Russian Ministry of "
            "Defence said.")
    assert areas(text) == {("settlements_gained", "Russia", 6.0)}


def test_ground_cleared_of_sabotage_groups_is_no_gain():
    assert areas("Over the past week, 5.2 square kilometers of territory in the Kupiansk district of the Kharkiv "
                 "region have been cleared of enemy sabotage groups.") == set()
    assert areas("Over the past seven days, search operations have cleared 5.2 square kilometers of enemy sabotage "
                 "groups.") == set()


def test_a_list_with_bracketed_dates_stays_one_list():
    text = ("Last week, the Russian Defence Ministry announced the liberation of the settlements of Romanivka "
            "(on May 25), Stupochky and Nova Poltavka (on May 24), and Novoolenivka (on May 19).")
    got = {(p.place, p.as_of.isoformat()) for p in run(text).place_claims}
    assert got == {("Romanivka", "2024-05-25"), ("Stupochky", "2024-05-24"), ("Nova Poltavka", "2024-05-24"),
                   ("Novoolenivka", "2024-05-19")}

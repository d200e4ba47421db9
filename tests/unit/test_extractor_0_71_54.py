"""Extractor 0.71.54 (after 0.71.53), in sentences of our own (each fails on 0.71.53 unless marked a guard): a battle
dated before this war is another war's; a plural "they" is the forces named last as a subject, not a country between;
a share in brackets after a region's name is that region's; "of Kharkiv border town" is a share of a town; "Following
the capture of X, <side> ..." is the main clause's capture; "denied reports of encirclement" denies no capture."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 9, 12)


def test_a_battle_dated_before_this_war():
    text = "In the Battle of Belleau Wood in 1918, the rate of advance was 410 meters per day."
    assert areas(text, DAY) == set()


def test_plural_they_is_the_forces_named_before():
    text = ("Russian forces now hold about a fifth of Ukraine. This leaves Ukraine without Crimea. In addition, they "
            "control about 70% of the Zaporizhzhia and Kherson regions.")
    got = areas(text, DAY, region=True)
    assert ("territory_share", "Russia", "Zaporizhzhia Oblast", 0.7) in got
    assert not any(c == "Ukraine" for _m, c, _r, _v in got)


def test_share_in_brackets_after_a_region():
    text = "Russia fully controls Crimea and Luhansk (100%), according to the estimate."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Crimea", 1.0),
                                             ("territory_share", "Russia", "Luhansk Oblast", 1.0)}


def test_share_of_a_border_town_named_by_its_region():
    text = "Ukraine controls 60% of Kharkiv border town after the raids, police said."
    assert areas(text, DAY) == set()


def test_capture_in_an_opening_time_adjunct():
    text = "Following the capture of Mariinka in January, the Russian army resumed its offensive on this front."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Marinka", "Russia")}


def test_reports_of_encirclement_deny_no_capture():
    text = "Russia said it had captured Pokrovsk. Zelensky denied reports of encirclement of his troops in the area."
    assert {st for _p, _c, st, _cl in places(text, DAY)} == {"asserted"}


def test_reports_of_the_capture_are_denied():
    # guard: "denied reports of the capture" still denies it
    text = "Russia said it had captured Pokrovsk. Zelensky denied reports of the capture."
    assert {st for _p, _c, st, _cl in places(text, DAY)} == {"asserted", "denied"}

"""Extractor 0.71.71 (after 0.71.70), in sentences of our own (each fails on 0.71.70 unless marked a guard).

Places: a hyphened "Russian-captured X" is the side's holding; "the city government" is no anaphor of the city; "the
Kyiv suburb of X" names X; "disinformation about capturing X" denies it; "no Ukrainian reports about the capture of"
and "taking part in talks" claim nothing; a change "-ing" coordinated with a progressive is under way; "half the
city" is a part; a denied report about something else denies no earlier capture.
Figures: "half-destroyed" is no share; a state coordinated before "under the control of"; "a half dozen" is six;
"released approximately N"; the French spelling "Bakhmout"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2023, 12, 14)


def test_a_hyphened_participle_of_capture_is_the_side_s_holding():
    text = "A car exploded in the centre of Russian-captured Nova Kakhovka on Tuesday, the mayor Ivan Ivanov said."
    assert places(text, DAY) == {("Nova Kakhovka", "Russia", "asserted", None)}


def test_the_city_government_is_no_anaphor_of_the_city():
    text = ("Residents of Nova Kakhovka oppose the occupation, the mayor said. He said the occupiers angered people by "
            "taking over the city government.")
    assert not any(s == "asserted" and c == "Russia" and p == "Nova Kakhovka" and cl == "Ivan Ivanov"
                   for p, c, s, cl in places(text, DAY))
    assert places(text, DAY) == set()


def test_the_suburb_of_a_named_city():
    text = "Ukrainian troops retook the Kyiv suburb of Hostomel on Monday, the general staff said."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Hostomel"}


def test_disinformation_about_a_capture_denies_it():
    text = ("Ukrainian troops repelled eight attacks near Avdiivka as Russia spreads disinformation about capturing "
            "the town, according to General Oleksandr Tarnavskyi.")
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Avdiivka", "Russia", "denied")}


def test_no_reports_about_a_capture_claim_nothing():
    text = ("Russian troops captured the village of Novoselivka near Kurakhove, the ministry said. There have been no "
            "Ukrainian reports about the capture of the village.")
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Novoselivka", "Russia")}


def test_a_change_coordinated_with_a_progressive_is_under_way():
    text = ("Russian troops are advancing on the towns of Siversk and Lyman, as well as clearing Ukrainian units "
            "from Kupiansk in the northeast.")
    assert places(text, DAY) == set()


def test_a_holding_coordinated_with_a_progressive_is_told():
    # guard: a holding goes on as told
    text = ("Ukrainian troops are repelling attacks on the town of Bakhmut and holding their positions in nearby "
            "Soledar, Zelensky said.")
    assert ("Soledar", "Ukraine") in {(p, c) for p, c, _s, _cl in places(text, DAY)}


def test_half_the_city_is_a_part():
    text = ("Yevgeny Prigozhin said Russian troops had taken Bakhmut. The analysts said Russian forces now control "
            "nearly half the city.")
    assert {(p, s) for p, _c, s, _cl in places(text, DAY)} == {("Bakhmut", "asserted")}
    assert len(places(text, DAY)) == 1


def test_a_denied_report_about_something_else():
    text = ("On Monday, Ukrainian forces said they had liberated the town of Irpin. The Kremlin denies a report that "
            "the businessman was poisoned while taking part in the talks.")
    assert {s for _p, _c, s, _cl in places(text, DAY)} == {"asserted"}


def test_half_destroyed_is_no_share():
    text = ("\u201cAround 60% of the region is completely destroyed and under the control of occupiers, including the "
            "half-destroyed Mariupol,\u201d Pavlo Kyrylenko said.")
    assert areas(text, DAY) == {("territory_share", "Russia", 0.6)}


def test_a_half_dozen_villages_is_six():
    assert areas("Ukraine has reclaimed about a half dozen villages in the area in two weeks, the official said.",
                 DAY) == {("settlements_gained", "Ukraine", 6.0)}
    assert areas("Russia says it captured half a dozen villages in the Donetsk region.", DAY) == {
        ("settlements_gained", "Russia", 6.0)}


def test_released_approximately_and_a_count():
    text = ("Valery Gerasimov said the group had released approximately three thousand square kilometers and 70 "
            "inhabited points on the Zaporizhia direction.")
    assert areas(text, DAY) == {("area_gained", "Russia", 3000.0), ("settlements_gained", "Russia", 70.0)}


def test_the_french_spelling_of_bakhmut():
    text = "Ukraine has regained 4 km\u00b2 of territory from Russian forces near Bakhmout, Hanna Maliar said."
    assert areas(text, DAY, region=True) == {("area_gained", "Ukraine", "Donetsk Oblast", 4.0)}

"""Extractor 0.71.60 (after 0.71.59), in sentences of our own (each fails on 0.71.59 unless marked a guard): a count
someone is preparing, vowing or expected to take is no holding; "managed to advance N sq km" is a gain, whatever
"losses" came before; "N% destroyed" is no share of land; "across the conflict zone" is the whole war; "such as the
town of X" gives X the count's verb; "Kurakhov"; "As <outlet> reported, ..." recaps news and is no one's statement;
"the Chief of the Armed Forces" is the Commander-in-Chief named before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said

DAY = datetime(2024, 11, 20)


def test_preparing_to_retake_a_count():
    text = "Kyiv says its army is preparing to retake five villages in the Kharkiv region."
    assert areas(text, DAY) == set()


def test_vowed_to_seize_a_count():
    text = "The Russian commander vowed to seize four more villages in the Luhansk region."
    assert areas(text, DAY) == set()


def test_will_take_a_count():
    text = "Russian forces will take two more towns in the Donetsk region before winter."
    assert areas(text, DAY) == set()


def test_a_future_after_the_figure():
    # guard: "will" after the figure is another clause's
    text = "Ukrainian forces have liberated three villages in the Kharkiv region and will push on, the army said."
    assert {(m, c, v) for m, c, v in areas(text, DAY)} == {("settlements_gained", "Ukraine", 3.0)}


def test_managed_to_advance_an_area():
    text = "Last month Russian troops managed to advance 320 square kilometres, analysts said."
    assert areas(text, DAY) == {("area_gained", "Russia", 320.0)}


def test_losses_before_managed_to_advance():
    text = "In October the losses were 45,000, and Russian forces managed to advance 410 square kilometres."
    assert areas(text, DAY) == {("area_gained", "Russia", 410.0)}


def test_a_town_percent_destroyed():
    text = "The regional governor said that occupied Rubizhne had been 80% destroyed."
    assert areas(text, DAY) == set()


def test_a_share_held_where_towns_are_destroyed():
    # guard: the ruin is said of something else than the share
    text = "Russia controls 80% of the Luhansk region, where many towns are destroyed."
    assert {m for m, _c, _v in areas(text, DAY)} == {"territory_share"}


def test_across_the_conflict_zone_is_the_whole_war():
    text = ("Russian forces pressed on in the Dnipropetrovsk region. Over the past week, Russian forces have taken "
            "control of nine settlements across the conflict zone, the ministry said.")
    assert ("settlements_gained", "Russia", "Ukraine", 9.0) in areas(text, DAY, region=True)


def test_such_as_the_town_after_a_count():
    text = "Moscow said it had seized three settlements in the Donetsk region, such as the town of Toretsk, " \
           "a key Ukrainian bastion."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Toretsk", "Russia")}


def test_regions_such_as():
    # guard: regions given as examples of a partial holding are no place claims
    text = "Russia also controls parts of other Ukrainian regions such as Kharkiv, Sumy and Mykolaiv."
    assert places(text, DAY) == set()


def test_kurakhov():
    text = "Russian troops captured Kurakhov last week, the defence ministry said."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Kurakhove"}


def test_as_an_agency_reported():
    text = "As Ukrainian News Agency reported, air defence forces shot down nine drones overnight."
    assert said(text, DAY) == []


def test_as_reported_by_an_outlet():
    text = "As reported by Interfax, the plant lost its last external power line on Monday."
    assert said(text, DAY) == []


def test_as_reported_by_an_outlet_then_a_speaker():
    # guard: the speaker the outlet's credit introduces keeps the statement
    text = "As reported by Ukrinform, General Oleksandr Tarnavskyi said the defenders achieved partial success."
    assert [s for s, _q in said(text, DAY)] == ["Oleksandr Tarnavskyi"]


def test_as_noted_by_a_body():
    # guard: a body that is no outlet speaks
    text = "As noted by the General Staff, the enemy lost 30 tanks over the past day."
    assert [s.endswith("General Staff") for s, _q in said(text, DAY)] == [True]


def test_the_chief_of_the_armed_forces():
    text = ("This was stated in an interview by the Commander-in-Chief of the Armed Forces of Ukraine Oleksandr "
            'Syrskyi. "We have pulled back to the heights," said the Chief of the Armed Forces.')
    assert ("Oleksandr Syrskyi", "We have pulled back to the heights") in said(text, DAY)

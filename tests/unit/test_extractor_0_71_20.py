"""Extractor 0.71.20 (after 0.71.19), in sentences of our own (each fails on 0.71.19 unless marked a guard): "the
advance of Ukrainian troops" names its side after "of"; "95% of A and about half of B" gives B its half; "holds 3,000
sq km less territory than it did" is a loss; "one of the highest rates since the start of the war" dates a record, not
a running total; "lost the village of X" and "denied losing X"; a briefing digest's bullet runs are its speaker's
statements; "X's remarks indicated that ..." is X's; a quoted name before its kind ('the "Freedom of Russia" Legion')
is one name."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said, speakers

DAY = datetime(2024, 8, 9)


def test_the_advance_of_a_sides_troops_is_that_sides():
    text = ("Analysts at the Institute for the Study of War said on Thursday the advance of Ukrainian troops reached "
            "up to 12 kilometers deep into Kursk.")
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 12.0)}


def test_about_half_of_the_second_region_is_its_own_share():
    text = "Russian forces now hold 90% of Luhansk and about half of Donetsk, the governor said."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Luhansk Oblast", 0.9),
                                             ("territory_share", "Russia", "Donetsk Oblast", 0.5)}


def test_a_year_and_a_half_is_no_share():
    # guard: "and a half" after a unit of time
    text = "After a year and a half of fighting, Russian forces hold a fifth of Ukraine."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.2)}


def test_holding_less_territory_than_before_is_a_loss():
    text = ("Russia now holds around 2,500 square kilometres less territory than it did in the spring, the analysis "
            "found.")
    assert areas(text, DAY) == {("area_lost", "Russia", 2500.0)}


def test_a_difference_between_two_months_gains_stays_out():
    # guard: two periods' gains compared, no holding
    text = "Russian troops took almost 150 sq km less in March than in February."
    assert areas(text, DAY) == set()


def test_a_record_since_the_start_of_the_war_is_no_running_total():
    text = ("Russian forces have occupied about 500 square kilometres of Ukrainian territory in July, one of the "
            "highest monthly rates since the start of the full-scale war.")
    assert areas(text, DAY) == {("area_gained", "Russia", 500.0)}


def test_lost_the_village_of_x_is_a_withdrawal():
    text = "Russian forces lost the village of Staromaiorske after days of attacks, a Moscow-installed official said."
    assert {(p, c, s) for p, c, s, _ in places(text, DAY)} == {("Staromaiorske", "Ukraine", "asserted")}


def test_denied_losing_x_denies_the_other_sides_capture():
    text = "Kyiv on Tuesday denied losing Krynky, saying fighting was continuing in the village."
    assert {(p, c, s) for p, c, s, _ in places(text, DAY)} == {("Krynky", "Russia", "denied")}


def test_losing_x_outside_a_denial_is_no_claim():
    # guard: a gerund with no denial or time word before it
    text = "Analysts warned that Ukraine risks losing Kupiansk within weeks."
    assert places(text, DAY) == set()


_DIGEST = (
    "Sanctions and the talks in Istanbul were the main topics of a briefing by presidential spokesman Dmitry Peskov "
    "on Friday.\n"
    "The news agency has compiled the key statements of the Kremlin representative.\n"
    "On the talks\n"
    "- Moscow expects the next round to take place in the coming weeks.\n"
    "- The delegations have agreed on a further exchange of prisoners.\n"
    "On sanctions\n"
    '- New Western sanctions will not change Russia\'s course: "We have long since adapted to them."\n'
)


def test_a_briefing_digest_gives_each_bullet_run_to_its_speaker():
    runs = [(speaker, quote.split(".")[0]) for speaker, quote in said(_DIGEST, DAY)]
    assert runs == [("Dmitry Peskov", "Moscow expects the next round to take place in the coming weeks"),
                    ("Dmitry Peskov", "New Western sanctions will not change Russia's course: \"We have long since "
                                      "adapted to them")]


def test_bullets_with_no_announcement_are_nobodys():
    # guard: bullet points after an ordinary sentence are no digest
    text = _DIGEST.replace("The news agency has compiled the key statements of the Kremlin representative.",
                           "The briefing lasted about an hour.")
    assert "Dmitry Peskov" not in {speaker for speaker, _q in said(text, DAY)}


def test_remarks_indicated_that_is_the_owners_statement():
    text = ("Putin's remarks indicated that Russia could strike military facilities in countries that supply the "
            "missiles.")
    assert speakers(text) == {"Vladimir Putin"}


def test_a_quoted_name_before_its_kind_is_one_name():
    text = ('The "Freedom of Russia" Legion announced that its fighters had entered the village of Tetkino in the '
            "Kursk region.")
    assert speakers(text) == {"Freedom of Russia Legion"}

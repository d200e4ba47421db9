"""Extractor 0.71.132 (after 0.71.131), in sentences of our own (each fails on 0.71.131 unless marked a guard).

Credit lines relayed by an outlet ("As X reports, Y said this", "That's according to X, ..., Z reports"), a name whose
space a page lost, the 'republics' and Moscow's own spelling as no speakers, a gesture after "said"; figures over two fronts
named before them, a share "since the start of" a war, "A, B, and 15 other towns", a garbled adjective before a
place."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes, run, speakers


def test_as_an_outlet_reports_then_a_titled_name_said_this():
    text = ("Shelling from across the border is observed every day.\n\n"
            "As Ukrinform reports, Andriy Demchenko, spokesman for the State Border Guard Service, said this on air, "
            "answering a question about the shelling.")
    assert quotes(text, datetime(2022, 5, 5)) == {
        ("Andriy Demchenko", "Shelling from across the border is observed every day")}


def test_according_to_an_outlet_citing_another_then_a_title_and_name_said_this():
    text = ("The shelling of the town has increased, but people do not want to leave.\n\n"
            "According to Censor.NET, citing Ukrinform, the head of the city military administration, Andrii Besedin, "
            "said this on TV.")
    assert quotes(text, datetime(2024, 11, 27)) == {
        ("Andrii Besedin", "The shelling of the town has increased, but people do not want to leave")}


def test_thats_according_to_a_channel_relayed_by_an_outlet():
    text = ("Two drones attacked the airfield overnight.\n\n"
            "That\u2019s according to the ASTRA Telegram channel, referring to its sources, Ukrinform reports.")
    assert speakers(text, datetime(2024, 1, 10)) == {"ASTRA"}


def test_a_name_whose_space_was_lost():
    text = "Spokesman OleksandrShtupun said the troops were advancing slowly."
    assert speakers(text, datetime(2023, 9, 1)) == {"Oleksandr Shtupun"}


def test_a_name_written_as_one_word_stays_whole():
    # (a guard: "DeepState" has no first name in it)
    assert speakers("DeepState said the front held.", datetime(2023, 9, 1)) == {"DeepState"}


def test_a_peoples_republic_is_no_speaker():
    text = "The Lugansk People's Republic said it now controls most of the city."
    assert speakers(text, datetime(2022, 4, 3)) == set()


def test_moscow_in_its_own_spelling_is_no_speaker():
    assert speakers("Moskva claims that most residents speak Russian.", datetime(2022, 4, 7)) == set()


def test_a_gesture_after_said_is_no_content():
    text = "Lena Danilova said wiping away tears of joy."
    assert speakers(text, datetime(2022, 9, 15)) == set()


def test_a_figure_over_two_directions_named_before_it_is_the_countrys():
    text = ("The total area returned to Ukraine's control in Kharkiv and Pivdenno-Buzke directions is more than 700 "
            "square kilometers, General Oleksiy Hromov said.")
    assert areas(text, datetime(2022, 9, 8), region=True) == {("area_gained", "Ukraine", "Ukraine", 700.0)}


def test_two_directions_in_one_oblast_keep_it():
    # (a guard)
    text = "In the Sudzha and Korenevo directions our forces took 40 square kilometers, Oleksandr Syrskyi said."
    assert areas(text, datetime(2024, 8, 20), region=True) == {("area_gained", "Ukraine", "Kursk Oblast", 40.0)}


def test_since_the_start_of_the_war_in_ukraine_is_a_time_not_the_region():
    text = ("The Lugansk militia said it has established control over around 90% of its declared territory since the "
            "start of the Russian operation in Ukraine.")
    claims = run(text, datetime(2022, 4, 3)).area_claims
    assert [(c.metric, c.region, c.value_low) for c in claims] == [("territory_share", "Luhansk Oblast", 0.9)]


def test_two_towns_and_fifteen_other_with_a_serial_comma():
    text = "Russian forces have captured Sviatohirsk, Lyman, and 15 other towns, Sergei Shoigu said."
    assert areas(text, datetime(2022, 6, 7)) == {("settlements_gained", "Russia", 17.0)}


def test_a_garbled_adjective_before_a_place_keeps_the_subjects_side():
    text = ("Moscow's forces combined their gains in asian Ukraine in July, taking control of almost 200 square "
            "kilometers of land, according to an AFP count.")
    assert areas(text, datetime(2024, 7, 31)) == {("area_gained", "Russia", 200.0)}


def test_a_noun_before_a_country_does_not_make_it_an_object():
    # (a guard: "around the time Ukraine captured Lyman": the country is the clause's subject)
    text = "The battle began in the fall, around the time Ukraine captured the town of Lyman."
    claims = run(text, datetime(2022, 12, 27)).place_claims
    assert [(c.place, c.controller) for c in claims] == [("Lyman", "Ukraine")]


def test_krasny_lyman_is_lyman():
    text = "Russian forces have captured Krasny Lyman, Sergei Shoigu said."
    claims = run(text, datetime(2022, 6, 7)).place_claims
    assert [(c.place, c.controller) for c in claims] == [("Lyman", "Russia")]

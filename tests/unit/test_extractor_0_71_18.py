"""Extractor 0.71.18 (after 0.71.17), in sentences of our own (each fails on 0.71.17 unless marked a guard): "according
to a Telegram post from X" credits X; "This is stated in the evening update of X" and a quote closed by "it was
reported" are X's; "the governor" after a region's head named as such is that head; a side that "has lost control of"
N settlements leaves them to the other side; a breach into a Russian region's territory is Ukraine's; "the brigade's
fighters advanced" is the side of the brigade the article quoted; "N sq km of its territory" is the country's; a table
of shares under "The occupation by region is as follows:" gives one share per row; a demonym before a place noun is no
taker of a nominal capture; a capture named as the time of another event is the outlet's; a country's claim verb
inside a statement makes the country the claimant."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes

DAY = datetime(2024, 8, 12)


def test_a_telegram_post_from_a_named_official_is_his():
    text = ("The village of Hryhorivka is now fully under Ukrainian control, according to a Telegram post from Ivan "
            "Fedorov on Monday.")
    assert {s for s, _ in speaker_quotes(text)} == {"Ivan Fedorov"}


def test_stated_in_the_evening_update_of_a_body_credits_the_sentence_before():
    text = ("The Ukrainian military pushed the enemy back from two villages east of the city.\n\n"
            "This is stated in the evening operational update of the General Staff of the Armed Forces of Ukraine.")
    assert speaker_quotes(text) == {
        ("Ukrainian General Staff", "The Ukrainian military pushed the enemy back from two villages east of the city")}


def test_a_quote_closed_by_it_was_reported_is_the_documents():
    text = ("This is stated in the morning update of the General Staff of the Armed Forces of Ukraine.\n\n"
            "\u201cOur units repelled eleven attacks near the river,\u201d it was reported.")
    assert ("Ukrainian General Staff", "Our units repelled eleven attacks near the river") in speaker_quotes(text)


def test_it_was_reported_that_opening_a_sentence_names_nobody():
    # guard: a sentence that opens on "It was reported that" is hearsay with no source
    text = ("The General Staff issued its morning update.\n\n"
            "It was reported that the bridge near the river had been damaged.")
    assert all("bridge" not in q for _, q in speaker_quotes(text))


def test_the_governor_is_the_regions_head_named_before():
    text = ("The head of the Sumy Regional Military Administration (OVA), Volodymyr Artiukh, said the shelling went on "
            "through the night.\n\n"
            "\u201cEvery border community was hit at least once,\u201d the governor added.")
    assert ("Volodymyr Artiukh", "Every border community was hit at least once") in speaker_quotes(text)


def test_lost_control_of_settlements_leaves_them_to_the_other_side():
    text = "Russia has lost control of 17 settlements in the Belgorod region, the acting governor said."
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 17.0)}


def test_losing_control_of_settlements_in_a_headline_is_the_same():
    text = "Moscow admits losing control of 17 settlements in Belgorod region"
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 17.0)}


def test_lost_control_over_a_week_is_still_a_loss():
    # guard: a span makes it what was lost in that span
    text = "Ukraine lost control of four villages in the Donetsk region over the past week, the General Staff said."
    assert areas(text, DAY) == {("settlements_lost", "Ukraine", 4.0)}


def test_a_breach_into_a_russian_regions_territory_is_ukraines():
    text = "According to the governor, the depth of the breach into the territory of the Bryansk region is 6 kilometers."
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 6.0)}


def test_the_brigades_fighters_are_the_quoted_brigades_side():
    text = ("The 47th Separate Mechanized Brigade reported that its soldiers had cleared two tree lines. "
            "The brigade's fighters advanced about three square kilometers.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 3.0)}


def test_square_kilometres_of_its_territory_are_the_countrys():
    text = ("Moscow moved reserves to the Donetsk region last week. The president said Ukraine had recovered 1,500 "
            "square kilometers of its territory.")
    assert areas(text, DAY, region=True) == {("area_gained", "Ukraine", "Ukraine", 1500.0)}


def test_a_table_of_shares_by_region_under_an_occupation_heading():
    text = ("Analysts published their latest estimate on Friday.\n"
            "The occupation by region is as follows:\n"
            "Kharkiv \u2014 3.5%\n"
            "Zaporizhzhia \u2014 73.1%\n"
            "Luhansk \u2014 98.8%\n")
    assert areas(text, DAY, region=True) == {
        ("territory_share", "Russia", "Kharkiv Oblast", 0.035),
        ("territory_share", "Russia", "Zaporizhzhia Oblast", 0.731),
        ("territory_share", "Russia", "Luhansk Oblast", 0.988)}


def test_a_table_without_an_occupation_heading_is_no_holding():
    # guard: rows of shares under a heading about something else are not territory
    text = ("Turnout by region was as follows:\n"
            "Kharkiv \u2014 43.5%\n"
            "Luhansk \u2014 38.8%\n")
    assert areas(text, DAY) == set()


def test_a_demonym_before_a_place_noun_takes_nothing():
    text = ("The Russian defence ministry said on Tuesday its forces had seized another Ukrainian village, pressing on "
            "after the fall of the town of Vuhledar this month.")
    assert ("Vuhledar", "Ukraine", "asserted", "Russian Ministry of Defence") not in places(text, DAY)
    assert ("Vuhledar", "Russia", "asserted", None) in places(text, DAY)


def test_a_capture_named_as_the_time_of_another_event_is_the_outlets():
    text = ("Russia's defence ministry said its troops had advanced near Pokrovsk, following the capture of the town "
            "of Selydove last month.")
    assert places(text, DAY) == {("Selydove", "Russia", "asserted", None)}


def test_a_countrys_claim_inside_a_statement_is_the_countrys():
    text = ("Ukrainian units have left Vuhledar, the Khortytsia group said on Wednesday, a day after Russia claimed to "
            "have captured the town.")
    assert ("Vuhledar", "Russia", "asserted", None) in places(text, DAY)

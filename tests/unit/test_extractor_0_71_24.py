"""Extractor 0.71.24 (after 0.71.23), in sentences of our own (each fails on 0.71.23 unless marked a guard):
"population centers" are settlements; "100km (62 miles) of Ukrainian territory" is an area; "commands 81% of" holds
it; "with 6,600 sq km still held by Ukraine" names its own holder; "the paper", "the magazine", "the article" and
"it" point back at the outlet named before, and an outlet's name is no person; "a <outlet> article which claimed
that" is the outlet's; "floated by X in June, who said that" is X's; a title that opens the clause before a name set
off in commas gives the name to a participle ("..., noting that"); "according to X, an officer of the Y." ends the
content before the source; "the villages" reaches back past sentences naming only oblasts; "They are the villages
of A, B and C" and '"This involves <...> the villages of A and B"' name the counted places of the sentence before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes, speakers

DAY = datetime(2024, 9, 20)


def test_population_centers_are_settlements():
    text = "The regional head said on Friday that Russian troops had taken control of four population centers."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 4.0)}


def test_km_of_territory_with_a_conversion_is_an_area():
    text = "Russian gains in the Kharkiv region have swallowed up around 120km (75 miles) of Ukrainian territory."
    assert areas(text, DAY) == {("area_gained", "Russia", 120.0)}


def test_km_of_distance_with_a_conversion_stays_a_distance():
    # guard: no land after the conversion
    text = "Russian troops advanced 12km (7 miles) towards the town in the Kharkiv region, the governor said."
    assert areas(text, DAY) == {("advance_depth", "Russia", 12.0)}


def test_commands_a_share():
    text = "Russia now commands 64% of the Zaporizhzhia region, according to the latest maps."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.64)}


def test_still_held_by_after_a_figure_names_its_holder():
    text = "Moscow controls most of the Donetsk region, with about 5,400 square km still held by Ukraine."
    assert ("area_controlled", "Ukraine", 5400.0) in areas(text, DAY)


def test_held_by_after_a_captured_figure_is_the_former_holder():
    # guard: the capture verb governs the figure
    text = "Russian troops captured 300 square km held by Ukraine in the Donetsk region since January."
    assert {(m, c) for m, c, _v in areas(text, DAY)} == {("area_gained", "Russia")}


def test_the_paper_and_it_point_back_at_the_outlet():
    text = ("The Financial Times reported on Tuesday that talks on a halt to strikes were under way. The paper also "
            "said that a deal would be the largest step back from escalation so far. It added, citing two officials, "
            "that both sides had already cut the number of strikes.")
    assert speakers(text) == {"Financial Times"}
    assert len(speaker_quotes(text)) == 3


def test_the_magazine_and_the_article_point_back_at_the_outlet():
    text = ("Forbes reported that the brigade had fallen back from the village after a week of assaults.\n\n"
            "The magazine writes that two more brigades were sent to hold the line.\n\n"
            "The article says that the attackers had a threefold advantage in artillery.")
    assert speakers(text) == {"Forbes"}
    assert len(speaker_quotes(text)) == 3


def test_the_paper_with_no_outlet_named_is_no_speaker():
    # guard: nothing to point back at
    text = "The paper also said that a deal would be the largest step back from escalation so far."
    assert speakers(text) == set()


def test_they_is_not_the_outlet():
    # guard: (an outlet's name of two words was a person's before, and no "they")
    text = ("The Financial Times reported that the envoy would travel to Kyiv. Sources close to the president said he "
            "would not give up the region. They added that he may accept a meeting with both leaders.")
    assert ("Financial Times", "he may accept a meeting with both leaders") not in speaker_quotes(text)


def test_an_outlets_article_which_claimed():
    text = "Peskov was asked about a Financial Times article which claimed that both sides were holding secret talks."
    assert speaker_quotes(text) == {("Financial Times", "both sides were holding secret talks")}


def test_who_said_after_a_month():
    text = ("He referred to a plan floated by Russian President Vladimir Putin in June, who said that Moscow would "
            "stop fighting if Kyiv withdrew its troops.")
    assert speaker_quotes(text) == {("Vladimir Putin", "Moscow would stop fighting if Kyiv withdrew its troops")}


def test_a_participles_subject_is_the_name_after_the_title():
    text = ("The US President's envoy for Ukraine, General Keith Kellogg, also disagreed with this view, noting that "
            "Kyiv would never give up the land.")
    assert speaker_quotes(text) == {("Keith Kellogg", "Kyiv would never give up the land")}


def test_according_to_a_name_and_a_closing_title():
    text = ("Russian troops are trying to go around the town on both flanks, according to Petro Ivanenko, an officer "
            "of the 45th Artillery Brigade named after Ivan Bohun of the Armed Forces of Ukraine.")
    assert speaker_quotes(text) == {
        ("Petro Ivanenko", "Russian troops are trying to go around the town on both flanks")}


def test_the_officer_after_a_long_apposition():
    text = ("Russian troops are trying to go around the town on both flanks, according to Petro Ivanenko, an officer "
            "of the 45th Artillery Brigade named after Ivan Bohun of the Armed Forces of Ukraine.\n\n"
            "\u201cThere is no threat of encirclement today,\u201d the officer says.")
    assert ("Petro Ivanenko", "There is no threat of encirclement today") in speaker_quotes(text)


def test_according_to_then_a_place_clause_is_content():
    # guard: "the village of X was liberated" is the content, not a title
    text = "According to the Russian defence ministry, the village of Synkivka was recently liberated."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Synkivka", "Russia")}
    assert speakers(text) == {"Russian Ministry of Defence"}


def test_the_villages_past_a_sentence_naming_oblasts():
    text = ("Russian forces occupied the villages of Zaporizke and Novoheorhiivka, the monitoring group DeepState "
            "said.\n\n"
            "It is the first time the monitors have reported Russian control of settlements in the region.\n\n"
            "Both lie near the borders between the Dnipropetrovsk, Donetsk, and Zaporizhzhia oblasts. Russia's defence "
            "ministry claimed to have captured the villages a day earlier.")
    claimed = {(p, cl) for p, _c, _s, cl in places(text, DAY)}
    assert ("Novoheorhiivka", "Russian Ministry of Defence") in claimed
    assert ("Zaporizke", "Russian Ministry of Defence") in claimed


def test_they_are_the_villages_of():
    text = ("Russian forces had taken control of three settlements in the Kharkiv region over recent days. They are "
            "the villages of Yahidne, Zatyshne and Mykolaivka.")
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Yahidne", "Zatyshne", "Mykolaivka"}


def test_this_involves_with_an_elision():
    text = ("Ganchev said that Russian forces had taken control of three population centers in the region over recent "
            "days.\n\n\u201cThis involves <...> the villages of Yahidne, Zatyshne and Mykolaivka. Our forces are "
            "evening out the line,\u201d he said.")
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Yahidne", "Zatyshne", "Mykolaivka"}

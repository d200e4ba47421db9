"""Extractor 0.71.126 (after 0.71.125), in sentences of our own (each fails on 0.71.125 unless marked a guard).

Speakers: the Vatican speaks as the Kremlin does; a country named alone is no speaker ("Sri Lanka opened an inquiry
..., he said" is the minister's), and "Nepal's government" is its government; a first name in -a tells a woman only in
a two-word name; "Putin's advisor" after "Kremlin aide X"; "the military chief" after "commander-in-chief X"; "the
Spokesperson for <Body>" in capitals is the person given that title; "..., said Deputy Prime Minister – Minister for
<...> X" over the dash; "..., said X, UNN reports with reference to Y" is X's; "X, <title>, made this statement" credits
the sentence before; "asked Congress for $24 billion" is a request for a thing. Figures: "500 square kilometers of
liberated land" is a gain. Places: "the first anniversary of the liberation of X" is the record of that day, a year
before, with no claimant."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes, run, speakers


def test_the_vatican_speaks():
    text = "The cardinal will travel to Moscow on Wednesday, the Vatican said."
    assert speakers(text, datetime(2023, 6, 27)) == {"Vatican"}


def test_a_country_named_alone_is_no_antecedent_of_he():
    text = ("Defence Minister Pramitha Bandara Tennakoon said on Tuesday that 16 veterans had been killed.\n\n"
            "Sri Lanka opened an inquiry into the recruitment of its citizens last week, he said.")
    assert ("Pramitha Bandara Tennakoon", "Sri Lanka opened an inquiry into the recruitment of its citizens last "
            "week") in quotes(text, datetime(2024, 5, 16))


def test_a_countrys_government_named_by_its_possessive():
    text = "Nepal's government said many of its citizens had been recruited by the Russian army."
    assert speakers(text, datetime(2024, 1, 25)) == {"Nepalese government"}


def test_an_owners_advisor_is_the_aide_named_before():
    text = ("Witkoff met Putin, alongside Kremlin foreign policy aide Yuri Ushakov. \u201cThe talks were useful,\u201d "
            "Ushakov told reporters. \u201cWe discussed direct negotiations,\u201d Putin\u2019s advisor added.")
    assert speakers(text, datetime(2025, 4, 25)) == {"Yuri Ushakov"}


def test_the_military_chief_is_the_commander_in_chief_named_before():
    text = ("Ukrainian commander-in-chief Oleksandr Syrskyi visited the front on Monday. President Zelensky called the "
            "situation difficult. Russia is moving more troops to the east, the military chief said in a briefing.")
    assert ("Oleksandr Syrskyi", "Russia is moving more troops to the east") in quotes(text, datetime(2024, 8, 20))


def test_the_spokesperson_for_a_capitalised_body_is_the_person_given_that_title():
    text = ("Andrii Demchenko, Spokesperson for the State Border Guard Service of Ukraine, spoke at a briefing.\n\n"
            "The Spokesperson for the State Border Guard Service noted that fewer sabotage groups had been seen.")
    assert speakers(text, datetime(2023, 9, 7)) == {"Andriy Demchenko"}


def test_two_titles_joined_by_a_dash_before_a_name():
    text = ("The ministry also dealt with prisoners of war, said Deputy Prime Minister \u2013 Minister for "
            "Reintegration of the Temporarily Occupied Territories Iryna Vereshchuk.")
    assert speakers(text, datetime(2022, 7, 22)) == {"Iryna Vereshchuk"}


def test_an_inverted_frame_relayed_by_an_outlet():
    text = ("The cardinal is on a visit to Moscow, said the head of the Vatican press service Matteo Bruni, UNN "
            "reports with reference to Sky TG24.")
    assert quotes(text, datetime(2024, 10, 14)) == {("Matteo Bruni", "The cardinal is on a visit to Moscow")}


def test_made_this_statement_credits_the_sentence_before():
    text = ("Most attempts to cross are observed in the Sumy region.\n\n"
            "Andrii Demchenko, spokesperson for the State Border Guard Service, made this statement during a "
            "briefing.")
    assert ("Andriy Demchenko", "Most attempts to cross are observed in the Sumy region") \
        in quotes(text, datetime(2023, 9, 7))


def test_asked_for_a_sum_is_no_statement():
    text = "In August the Biden administration asked Congress for $24 billion, some of which would go to Ukraine."
    assert speakers(text, datetime(2023, 8, 22)) == set()


def test_asked_to_do_stays_a_statement():
    # (a guard: a request to do something reports it)
    text = "Zelensky asked the allies to send more air defence systems."
    assert speakers(text, datetime(2023, 8, 22)) == {"Volodymyr Zelensky"}


def test_square_kilometres_of_liberated_land_are_a_gain():
    text = ("\u201cAnd that is over 400 square kilometers of liberated land,\u201d the southern command's spokeswoman "
            "Natalia Humeniuk said of the Kherson region.")
    assert areas(text, datetime(2022, 9, 16)) == {("area_gained", "Ukraine", 400.0)}


def test_an_anniversary_of_a_liberation_is_the_record_of_that_day():
    text = "\u201cToday is the first anniversary of the liberation of Kherson,\u201d Zelensky said in his address."
    claims = run(text, datetime(2023, 11, 11)).place_claims
    assert [(c.place, c.controller, c.claimant, c.as_of.isoformat()) for c in claims] == [
        ("Kherson", "Ukraine", None, "2022-11-11")]

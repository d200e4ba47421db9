"""Extractor 0.71.110 (after 0.71.109), in sentences of our own (each fails on 0.71.109 unless marked a guard).

A line that credits the words above it ("X said this, the outlet reported citing Y") is no headline though it lost
its full stop; " - said X." closing a paragraph credits the paragraph; "the Head of Government" is the prime minister
the text named; the separatist republics' leaders are the seeds' office holders; "the Bild analyst" is the analyst the
text named; "X, who on Monday accused ..." reports; a quotation closed by its full stop may still be credited by the
frame right after it on the same line; "once again" is no condition."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, quotes, speakers

DAY = datetime(2025, 5, 11)


def test_a_credit_line_without_its_full_stop_is_no_headline():
    text = ("Russian troops are trying to push the defenders back from the outskirts of two villages.\n\n"
            "The spokesman for the Southern Defence Forces, Petro Marchenko, said this, the agency reported citing "
            "a broadcaster\n\n"
            "\"Here the enemy is active near both villages,\" the spokesman said.\n\nThe fighting goes on.")
    assert speakers(text, DAY) == {"Petro Marchenko"}
    assert ("Petro Marchenko", "Here the enemy is active near both villages") in quotes(text, DAY)


def test_a_dash_credit_closing_its_paragraph():
    text = ("More than 8,000 civilians remain in the district, the head of the district administration, Andriy "
            "Kovalenko, said on the telethon.\n\n"
            "In the town itself, we still have about 1,800 residents. They live in three communities on the left "
            "bank - said Kovalenko.\n\nThe evacuation continues.")
    assert ("Andriy Kovalenko", "In the town itself, we still have about 1,800 residents. They live in three "
            "communities on the left bank") in quotes(text, DAY)


def test_guard_a_dash_inside_a_sentence_credits_nothing():
    text = ("The convoy reached the town - said to be the last one open - before noon.\n\n"
            "The evacuation continues.")
    assert quotes(text, DAY) == set()


def test_the_head_of_government_is_the_prime_minister_named():
    text = ("The commission met on February 6 under the chairmanship of Prime Minister Denys Shmyhal.\n\n"
            "\"We need to understand the full picture of the recovery in the region,\" the Head of Government noted.")
    assert speakers(text, datetime(2023, 2, 6)) == {"Denys Shmyhal"}


def test_the_leader_of_the_donetsk_peoples_republic():
    text = ("Heavy fighting continues in the east.\n\n"
            "Ukrainian fighters who refuse to surrender will be eliminated, said the leader of the Russian-backed "
            "Donetsk People's Republic (DPR).")
    assert speakers(text, datetime(2022, 4, 15)) == {"Denis Pushilin"}


def test_the_outlets_analyst_is_the_analyst_it_named():
    text = ("The German newspaper Bild reported this, citing its open data analysis expert Julian Meyer.\n\n"
            "According to Meyer, the videos show Ukrainian gains in the north of the town.\n\n"
            "Elsewhere on this part of the front the situation remains unchanged, according to the Bild analyst.")
    assert speakers(text, datetime(2024, 6, 3)) == {"Julian Meyer"}


def test_an_outlet_of_one_word_after_its_kind_is_no_person():
    text = ("The German newspaper Bild reported this, citing its military analyst Julian Röpcke.\n\n"
            "\"Only a quarter of the town is under Russian control,\" Röpcke said.\n\n"
            "He added that the Russians had stepped up the shelling of the town.")
    assert speakers(text, datetime(2024, 6, 3)) == {"Julian Röpcke"}


def test_a_relative_clause_with_its_day_reports():
    text = ("The remarks angered Ukrainian President Volodymyr Zelensky, who on Thursday accused the envoy of "
            "\"spreading Russian narratives.\"\n\n"
            "He said Kyiv would \"never recognise any occupied territory as Russian.\"")
    assert speakers(text, datetime(2025, 4, 20)) == {"Volodymyr Zelensky"}
    assert len(quotes(text, datetime(2025, 4, 20))) == 2


def test_a_ministry_named_by_its_portfolio_in_lower_case():
    text = ("Ships can leave the ports again.\n\n"
            "Sixteen more ships are waiting to leave the port, according to the Ukrainian infrastructure ministry. "
            "They will stop in Istanbul for inspection.")
    assert len(quotes(text, datetime(2022, 8, 2))) == 1


def test_a_frame_after_a_quotations_full_stop_on_the_same_line():
    text = ("The minister warned residents of the occupied territories.\n\n"
            "\"Do not take any Russian passports. Do not cooperate with the occupiers.\" Vereshchuk said on national "
            "TV.\n\nThe vote is illegal.")
    assert speakers(text, datetime(2022, 8, 1)) == {"Iryna Vereshchuk"}


def test_guard_a_sentence_with_words_of_its_own_is_no_frame():
    text = ("The minister warned residents of the occupied territories.\n\n"
            "\"Do not take any Russian passports.\" Vereshchuk said the vote was illegal.\n\nNobody voted.")
    assert ("Iryna Vereshchuk", "the vote was illegal") in quotes(text, datetime(2022, 8, 1))


def test_once_again_is_no_condition():
    text = ("The attack cut the supply routes to the front.\n\n"
            "Partisans have once again attacked a train in Russian-occupied Melitopol. Nobody was hurt.")
    assert place_controllers(text, datetime(2023, 10, 13)) == {("Melitopol", "Russia")}


def test_guard_once_they_take_it_is_a_condition():
    text = ("The attack cut the supply routes to the front.\n\n"
            "Once Russian troops capture Melitopol, the road will be cut. Nobody was hurt.")
    assert place_controllers(text, datetime(2023, 10, 13)) == set()

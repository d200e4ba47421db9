"""Extractor 0.71.100 (after 0.71.99), in sentences of our own (each fails on 0.71.99 unless marked a guard).

Speakers: "Media reports spoke of" is the press in general; "Contrary to X claims," opens the sentence and names no
one; "The Russian military's report highlights" is the body; a nationality before an apposed title ("The Ukrainian
mayor of occupied X, Name, wrote about this") still titles the name of a credit line; "Name of the London-based think
tank the Y said" is the person; "the cousin from Dharan told him" is nobody named; "X, during his meeting ... in
Nairobi, Kenya, asked" is X; "who publicly stated"; ", informs Name, spokesperson for ..."; '"...," - wrote Name'.
Content: "said this was a rout" is what was said, not a credit line; "confirming it hours later" and "said goodbye"
say nothing."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes

DAY = datetime(2025, 12, 4)


def _statements(text: str) -> set[tuple]:
    return quotes(text, DAY)


def _speakers(text: str) -> set[str]:
    return {s for s, _q in _statements(text)}


def test_media_reports_are_no_speaker():
    assert _statements("Shelling went on along the river. Media reports spoke of a lull near the dam.") == set()


def test_contrary_to_claims_opens_the_sentence():
    text = ("Contrary to Ukrainian claims, the Russian Ministry of Defence stated that the bridgehead had been "
            "cleared within a day.")
    assert _speakers(text) == {"Russian Ministry of Defence"}


def test_a_nationality_qualified_body_owns_its_report():
    text = "The Russian military's report also highlights the defeat of two brigades near the river crossing."
    assert _speakers(text) == {"Russian Ministry of Defence"}


def test_a_nationality_before_an_apposed_title_of_a_credit_line():
    text = ("Partisans blew up a railway bridge near occupied Vasylivka. At least four blasts were heard. The Ukrainian "
            "mayor of occupied Vasylivka, Serhii Ivanko, wrote about this on his Telegram channel.")
    assert _statements(text) == {("Serhii Ivanko", "At least four blasts were heard")}


def test_confirming_it_later_says_nothing():
    text = "The 24th Brigade first disputed the report, before confirming it hours later."
    assert _statements(text) == set()


def test_a_person_of_a_body_described_before_its_name():
    text = ("Petra Lindqvist of the Stockholm-based think tank the Baltic Defence Institute said the withdrawal "
            "was orderly.")
    assert _statements(text) == {("Petra Lindqvist", "the withdrawal was orderly")}


def test_said_this_was_opens_the_content():
    text = "Speaking to Reuters on Tuesday, Petra Lindqvist said this was a decisive moment for the southern front."
    assert _statements(text) == {("Petra Lindqvist", "this was a decisive moment for the southern front")}


def test_someone_from_a_place_is_not_the_place():
    text = '"The pay is good and the war will end soon," the cousin from Dharan told him over the phone.'
    assert _statements(text) == set()


def test_saying_goodbye_reports_nothing():
    assert _statements("Oleksandr Petrenko said goodbye to his mother and boarded the train to Dnipro.") == set()


def test_a_city_and_its_country_inside_an_aside():
    text = ("Foreign Minister Tomas Keller, during his meeting with the Russian envoy on Friday at a summit in "
            "Nairobi, Kenya, said his country would not send troops.")
    assert _speakers(text) == {"Tomas Keller"}


def test_an_inverted_verb_after_a_dash():
    text = '"Two villages came under fire. Nobody was hurt," \u2013 wrote Oleh Marchenko in his Telegram channel.'
    assert _statements(text) == {("Oleh Marchenko", "Two villages came under fire. Nobody was hurt")}


def test_a_relative_clause_with_a_manner_adverb():
    text = "The channel is run by the district head, Ivan Moroz, who publicly stated the depot had been hit twice."
    assert _statements(text) == {("Ivan Moroz", "the depot had been hit twice")}


def test_informs_before_a_person_and_his_title():
    text = ("No troop movements have been seen near the border, informs Taras Hnatyuk, spokesperson for the border "
            "guard service, in a comment to a local outlet.")
    assert _speakers(text) == {"Taras Hnatyuk"}


def test_guard_a_general_named_after_a_title_with_a_place():
    text = ("On Wednesday, the commander of Russian forces in Ukraine, General Sergei Surovikin, announced that the "
            "army was withdrawing from the right bank.")
    assert _speakers(text) == {"Sergei Surovikin"}


def test_guard_an_outlet_whose_name_ends_in_media():
    text = "The battalion has held its positions for four months, according to United24 Media."
    assert _speakers(text) == {"United24 Media"}


def test_guard_a_statement_from_a_body():
    text = 'A statement from the Russian Defence Ministry said: "Our units have completed the regrouping."'
    assert _speakers(text) == {"Russian Ministry of Defence"}

"""Extractor 0.60.1: rules from held back 57's misses, after its scoring, each in sentences of our own, each failing
on 0.60.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run
from tests.unit.extraction_helpers import statements as _statements


def test_a_list_of_the_plural_counted_in_the_sentence_before():
    text = ('"The units of the North group liberated nine settlements," the Russian Defence Ministry said.\n'
            "The settlements that have reportedly been recaptured include: Malaya Loknya, Zazulevka and Kolmakov.")
    got = {(p.place, p.controller, p.claimant) for p in run(text, datetime(2025, 3, 11)).place_claims}
    assert got == {(name, "Russia", "Russian Ministry of Defence") for name in ("Malaya Loknya", "Zazulevka", "Kolmakov")}


def test_a_relative_who_said_before_a_colon_quote():
    text = 'The retreat was confirmed by Roman Lesnoy, who said: "Yes, we left the city and two villages nearby."'
    assert _statements(text) == {("Roman Lesnoy", "direct", "Yes, we left the city and two villages nearby")}


def test_a_leading_participle_with_its_medium_before_a_trailing_outlet_credit():
    text = ('President Volodymyr Zelensky visited the town. The president watched the flag go up, later writing on '
            'social media: "Our flag flies over the city again, and it will fly over every village," the AFP news '
            'agency reported.')
    assert ("Volodymyr Zelensky", "direct", "Our flag flies over the city again, and it will fly over every village") \
        in _statements(text)


def test_a_frame_after_a_quotation_closing_with_an_exclamation():
    text = ("Explosions were heard in the city on Friday morning, Zelensky said.\n\n"
            "\u201cAir defence is working over the capital. Stay in the shelters!\u201d Mayor Vitali Klitschko said "
            "on Telegram.")
    assert ("Vitali Klitschko", "direct", "Air defence is working over the capital. Stay in the shelters!") \
        in _statements(text)


def test_a_sentence_of_its_own_after_a_question_is_not_its_frame():
    # guard (held on both): a reporting verb with its own clause opens a new statement
    text = ('Michael Kofman said the offensive is going badly.\n\n"How exhausted will the Russian forces be?"\n\n'
            'Kofman warned that the army would soon have to ration its shells.')
    assert ("Michael Kofman", "indirect", "the army would soon have to ration its shells") in _statements(text)


def test_two_outlets_after_their_kind_both_say():
    text = "Blasts were heard in Odesa and Lutsk on Thursday morning, Ukrainian news outlets Hromadske and Suspilne said."
    assert _statements(text) == {(name, "indirect", "Blasts were heard in Odesa and Lutsk on Thursday morning")
                                 for name in ("Hromadske", "Suspilne")}

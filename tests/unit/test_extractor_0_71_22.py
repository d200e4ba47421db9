"""Extractor 0.71.22 (after 0.71.21), in sentences of our own (each fails on 0.71.21 unless marked a guard): "X said
that A, and added: 'B'" gives X both A and B; a post's place closes its words ("..., the governor posted on
Telegram."); a descriptor before an inverted speaker ("says strategist X"); "the takeover of villages A and B" takes
them; "de-occupied the village of X" frees it; "the liberation of X village", "the A and B settlements" name unknown
places; an area's conversion in brackets does not end a verb's object; "Ukraine's military denied ..." is the General
Staff's denial; "the liberation of X from the Ukrainian forces" is Russia's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places, speaker_quotes, speaker_types

DAY = datetime(2025, 3, 1)


def test_said_that_and_added_a_quotation_gives_both():
    text = ('Mayor Olena Petrenko said on Facebook that the water supply had been cut by the night raid, and added: '
            '"We will repair it within days."')
    assert speaker_quotes(text) == {("Olena Petrenko", "the water supply had been cut by the night raid"),
                                    ("Olena Petrenko", "We will repair it within days")}


def test_added_a_quotation_alone_stays_direct():
    # guard: no clause of the first verb's own, only the quotation
    text = 'Olena Petrenko visited the port and added: "We will repair it within days."'
    assert {t for _s, t in speaker_types(text)} == {"direct"}


def test_a_post_on_telegram_closes_its_words():
    text = "Two houses caught fire after the drone attack on the village, Governor Ivan Sydorenko posted on Telegram."
    assert ("Ivan Sydorenko", "Two houses caught fire after the drone attack on the village") in speaker_quotes(text)


def test_soldiers_posted_in_a_town_say_nothing():
    # guard: "posted" as stationed
    text = "Most of the soldiers posted in the town have left, residents said."
    assert not any("soldiers" in s.lower() for s, _q in speaker_quotes(text))


def test_a_descriptor_before_an_inverted_speaker():
    text = "The offensive has run out of steam for the winter, says strategist Mark Collins."
    assert {s for s, _q in speaker_quotes(text)} == {"Mark Collins"}


def test_the_takeover_of_villages_takes_them():
    text = "The Russian Defence Ministry announced the takeover of villages Bilohorivka and Novoselivka."
    assert place_controllers(text, DAY) == {("Bilohorivka", "Russia"), ("Novoselivka", "Russia")}


def test_de_occupied_the_village_frees_it():
    text = "Ukrainian forces de-occupied the village of Zarichne last week, the General Staff said."
    assert place_controllers(text, DAY) == {("Zarichne", "Ukraine")}


def test_de_occupied_territories_are_no_claim():
    # guard: the participle as an adjective
    text = "Residents of the de-occupied territories of Kharkiv region returned home."
    assert places(text, DAY) == set()


def test_an_unknown_name_before_its_kind_noun():
    text = "The Russian Defence Ministry said its forces had liberated the Hlybokivka and Stavkivka settlements."
    assert place_controllers(text, DAY) == {("Hlybokivka", "Russia"), ("Stavkivka", "Russia")}


def test_the_liberation_of_an_unknown_village_named_before_its_kind():
    text = "The Russian Defence Ministry announced the liberation of Pryvilnivka village."
    assert place_controllers(text, DAY) == {("Pryvilnivka", "Russia")}


def test_a_conversion_in_brackets_does_not_end_the_object():
    text = ("The Ukrainian military said it controlled 1,100 square kilometres (425 square miles) and 80 settlements, "
            "including the town of Sudzha.")
    assert ("Sudzha", "Ukraine") in place_controllers(text, DAY)


def test_ukraines_military_denying_is_the_general_staff():
    text = ("The Russian Defence Ministry announced the capture of Bilohorivka. Ukraine's military rejected these "
            "claims.")
    assert ("Bilohorivka", "Russia", "denied", "Ukrainian General Staff") in places(text, DAY)


def test_liberation_from_the_ukrainian_forces_is_russias():
    text = "The militia announced on Tuesday the liberation of the village of Bilohorivka from the Ukrainian forces."
    assert place_controllers(text, DAY) == {("Bilohorivka", "Russia")}


def test_liberation_by_ukraine_stays_ukraines():
    # guard: no loser named after the place
    text = "The General Staff of Ukraine announced on Tuesday the liberation of the village of Bilohorivka."
    assert place_controllers(text, DAY) == {("Bilohorivka", "Ukraine")}

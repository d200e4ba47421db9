"""Extractor 0.71.56 (after 0.71.55), in sentences of our own (each fails on 0.71.55 unless marked a guard): whoever
thanks the victors claims the victory; "confirmed the release of A, B and C"; "Velika and Mala X"; sentence adverbs
and "Prior" are no speakers, nor "the United" cut from "the United States"; "cited sources on Sunday as saying";
"quoted X, head of a department of a ministry, as saying" is X's; "reminded viewers that", "drew attention to the
fact that", "expressed that"; "take it [the village] under their control" holds nothing beside the taking."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes, speakers

DAY = datetime(2024, 3, 4)


def test_thanks_for_liberating_is_the_thankers_claim():
    text = ("Yevgeny Balitsky expressed his gratitude to the paratroopers of the 7th Guards Division for liberating "
            "Robotyne.")
    assert places(text, DAY) == {("Robotyne", "Russia", "asserted", "Yevgeny Balitsky")}


def test_thanked_the_brigade():
    text = "Volodymyr Zelensky thanked the 65th brigade for liberating Robotyne."
    assert places(text, DAY) == {("Robotyne", "Ukraine", "asserted", "Volodymyr Zelensky")}


def test_confirmed_the_release_of_villages():
    text = ("In the Kherson region, the General Staff has confirmed the release of Davydiv Brid, Novovoskresenske "
            "and Novohryhorivka.")
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {
        ("Davydiv Brid", "Ukraine"), ("Novovoskresenske", "Ukraine"), ("Novohryhorivka", "Ukraine")}


def test_release_of_prisoners_names_no_place():
    # guard: a release of people is no release of a place
    text = "Kyiv welcomed the release of Mariupol defenders on Friday."
    assert places(text, DAY) == set()


def test_velika_and_mala_share_their_head():
    text = "Ukrainian troops liberated Velika and Mala Oleksandrivka in the Kherson region."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Velyka Oleksandrivka", "Mala Oleksandrivka"}


def test_a_sentence_adverb_is_no_speaker():
    text = "Currently, the situation in the area is difficult, the officer continued, adding that shelling went on."
    assert "Currently" not in speakers(text)


def test_prior_is_no_speaker_nor_the_united():
    text = ("Prior to the launch, Russia notified the United States in advance, indicating that it did not consider "
            "the strike a threat.")
    assert speakers(text) == set()


def test_cited_sources_on_a_weekday():
    text = "The Institute for the Study of War cited sources on Sunday as saying that the offensive had paused."
    assert "Sunday" not in speakers(text)
    assert speakers(text) == {"Institute for the Study of War"}


def test_quoted_a_person_then_his_department():
    text = ("RIA Novosti quoted Alexei Polishchuk, head of the Second CIS Department of the Russian Foreign Ministry, "
            "as saying the talks had stalled.")
    assert speakers(text) == {"Alexei Polishchuk"}


def test_reminded_viewers_that():
    text = "In his evening address, Volodymyr Zelensky reminded viewers that the strikes came from the Belgorod region."
    assert speaker_quotes(text) == {("Volodymyr Zelensky", "the strikes came from the Belgorod region")}


def test_drew_attention_to_the_fact_that():
    text = ("Sergei Lavrov spoke in Minsk. He drew attention to the fact that the Western coalition is trying to "
            "undermine the talks.")
    assert speaker_quotes(text) == {("Sergei Lavrov", "the Western coalition is trying to undermine the talks")}


def test_expressed_that():
    text = 'Oleksandr Musiienko, a military analyst, spoke. Musiienko expressed that "the battle is nearly over."'
    assert any(s == "Oleksandr Musiienko" and "battle is nearly over" in q for s, q in speaker_quotes(text))


def test_take_it_under_their_control():
    text = ('Vladimir Rogov spoke on Sunday. "The Ukrainian forces have managed to take it [Lobkove] under their '
            'control," Rogov wrote.')
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} <= {("Lobkove", "Ukraine")}
    assert ("Lobkove", "Russia") not in {(p, c) for p, c, _s, _cl in places(text, DAY)}

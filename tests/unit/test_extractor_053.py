"""Extractor 0.53.0: the rules added for the classes the real corpus showed (all 50 parts, held back 49 included
after its scoring), each in sentences of our own, each failing on 0.52.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.numbers import find_quantities


def _run(text: str, day: datetime = datetime(2025, 3, 20)):
    return extract(ArticleText(article_id="t", text=text, published_at=day))


def _areas(text: str, day: datetime = datetime(2025, 3, 20)) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low) for c in _run(text, day).area_claims}


def _places(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.stance, p.claimant) for p in _run(text).place_claims}


# ---------------------------------------------------------------- figures as written

@pytest.mark.parametrize("text, value, approximate", [
    ("Russian troops took 412sqkm of land in the past week.", 412.0, False),
    ("Russia seized 600+ square kilometres in November.", 600.0, True),
])
def test_a_glued_unit_and_a_plus_sign_are_read(text, value, approximate):
    (q,) = find_quantities(text)
    assert (q.low, q.unit, q.approximate) == (value, "km2", approximate)


@pytest.mark.parametrize("text", [
    "The ministry said over 40 villages have been 'liberated' since January.",
    'The ministry said its troops had "liberated" 40 villages since January.',
])
def test_a_verb_in_scare_quotes_is_still_the_figures_verb(text):
    assert ("settlements_gained", "Russia", "Ukraine", 40.0) in _areas(text)


def test_a_noun_in_scare_quotes_still_ends_the_figures_clause():
    # guard (held on both): the quotation marks around a noun keep "on Ukrainian territory" out of the clause
    text = ('The governor of the Kharkiv region said Russian forces had taken three villages to build a "buffer zone" '
            "on Ukrainian territory.")
    assert _areas(text) == {("settlements_gained", "Russia", "Kharkiv Oblast", 3.0)}


# ---------------------------------------------------------------- the region of a figure

def test_a_second_oblast_after_border_with_only_locates_the_first():
    text = "Russian forces seized three settlements in the Kharkiv region along the boundary with the Luhansk region."
    assert _areas(text) == {("settlements_gained", "Russia", "Kharkiv Oblast", 3.0)}


def test_a_count_followed_by_its_places_takes_their_oblast_whatever_the_period():
    # (a year's total with no region named is the whole front's, unless its places say where)
    text = "Throughout 2024, Russian forces seized four towns: Avdiivka, Selydove, Vuhledar and Kurakhove."
    assert ("settlements_gained", "Russia", "Donetsk Oblast", 4.0) in _areas(text, datetime(2025, 1, 10))


def test_in_the_south_after_an_eastern_oblast_is_the_whole_front():
    # the paragraph is about Donetsk, the figure about the south: not Donetsk's; several oblasts are Ukraine's
    text = ("Fighting raged around Pokrovsk in the Donetsk region on Monday. "
            "Maliar said Ukrainian troops had retaken 14 square kilometres in the south over the past week.")
    assert ("area_gained", "Ukraine", "Ukraine", 14.0) in _areas(text)


def test_in_the_south_after_a_southern_oblast_is_that_oblast():
    # guard (held on both): "the south" after Kherson is Kherson, as the conventions code it
    text = ("Ukrainian troops pressed towards Kherson city in the Kherson region on Monday. "
            "Maliar said Ukrainian troops had retaken 14 square kilometres in the south over the past week.")
    assert ("area_gained", "Ukraine", "Kherson Oblast", 14.0) in _areas(text)


def test_other_sectors_of_the_front_are_the_whole_front():
    text = ("Ukrainian troops advanced near Bakhmut in the Donetsk region. "
            "Syrskyi said the troops had also gained 4 square kilometres on other sectors of the front.")
    assert ("area_gained", "Ukraine", "Ukraine", 4.0) in _areas(text)


# ---------------------------------------------------------------- speakers

def test_a_name_ending_in_an_organisations_initials_is_still_a_name():
    # "Un" is no United Nations in "Kim Jong Un"
    (s,) = _run("North Korean leader Kim Jong Un said the soldiers were heroes.").statements
    assert s.speaker == "Kim Jong Un"


def test_the_un_is_still_an_organisation():
    # guard (held on both)
    (s,) = _run("UN Secretary General Antonio Guterres said the strike was appalling.").statements
    assert s.speaker == "Antonio Guterres"


# ---------------------------------------------------------------- place claims

def test_a_headlines_kind_of_place_with_its_adjective():
    text = "Kremlin says troops took border town of Sudzha from Ukraine"
    assert ("Sudzha", "Russia", "asserted", "Kremlin") in _places(text)


def test_a_locative_before_the_kind_of_place_is_no_object():
    # guard: "capturing the town of X" after "not given up" is no withdrawal from X
    text = "The governor said Moscow had not given up capturing the town of Vovchansk."
    assert not any(p[0] == "Vovchansk" and p[1] == "Ukraine" for p in _places(text))


def test_announcing_the_seizure_claims_the_capture_just_told():
    text = ("Russian forces have reportedly captured the town of Velyka Novosilka in eastern Ukraine. "
            "The Russian Defence Ministry announced the seizure on Sunday, though the claim remains unverified.")
    assert ("Velyka Novosilka", "Russia", "asserted", "Russian Ministry of Defence") in _places(text)


def test_announcing_a_liberation_claims_nothing_without_a_claim_before():
    # guard: a place only entered, never claimed, is not what "the liberation" stands for
    text = "Ukrainian troops entered Izium on Saturday. Zelensky confirmed the liberation in his evening address."
    assert _places(text) == set()


def test_an_office_after_a_name_without_its_closing_comma_is_that_persons():
    # "Name, <owner>'s <office> said": the closing comma of the apposition is often left out
    (s,) = _run("Akif Kilic, Erdogan's chief adviser said that Turkey was careful.").statements
    assert s.speaker == "Akif Kilic"


def test_an_office_after_a_dated_opener_stays_the_office():
    # guard (held on both): "On Monday," names no one
    (s,) = _run("On Monday, Erdogan's chief adviser said that Turkey was careful.").statements
    assert s.speaker != "On Monday"


def test_a_compass_point_inside_an_incursion_stays_in_its_oblast():
    # guard (held on both): "near Korenevo on the western side" of the Kursk incursion is Kursk's, not Ukraine's
    text = ("Ukrainian troops crossed into Russia's Kursk region in August. "
            "Since September, Ukraine has lost roughly 200 square kilometres, most of it in the west near Korenevo.")
    assert ("area_lost", "Ukraine", "Kursk Oblast", 200.0) in _areas(text)

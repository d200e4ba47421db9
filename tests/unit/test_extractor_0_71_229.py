"""Extractor 0.71.229 (after 0.71.228), in sentences of our own (each fails on 0.71.228 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 2, 19)


def _read(text: str):
    return extract(ArticleText("t", text, DAY))


def test_a_ministry_named_with_its_country_last_takes_the_countrys_adjective():
    got = _read("The Ministry of Defence of Romania said the wreckage of a drone was found near the Danube.").statements
    assert [s.speaker for s in got] == ["Romanian Ministry of Defence"]


def test_the_countrys_capitalised_ministry_is_the_country_of_its_sentences_subject():
    got = _read("Russian forces have taken control of the village of Zaporizhzhia in Ukraine's eastern Donetsk "
                "region, the country's Defence Ministry announced on Saturday.").statements
    assert [s.speaker for s in got] == ["Russian Ministry of Defence"]


def test_the_one_who_claims_to_have_taken_a_place_took_it_whatever_side_the_clause_before_names():
    claims = _read("Leaders of the richest democracies said on Sunday they would not back down from supporting Ukraine, "
                   "in a warning to Russian President Vladimir Putin as he claimed to have taken the eastern city of "
                   "Bakhmut.").place_claims
    assert [(c.claimant, c.place, c.controller) for c in claims] == [("Vladimir Putin", "Bakhmut", "Russia")]


def test_a_moscow_backed_group_is_russias_side():
    claims = _read("Zelenskyy insisted the city held after a Moscow-backed mercenary group seized control of "
                   "Bakhmut.").place_claims
    assert [(c.place, c.controller) for c in claims] == [("Bakhmut", "Russia")]


def test_the_subject_of_a_clause_dating_a_figure_is_no_region_of_it():
    claims = _read("The battle for the town of Avdiivka in the Donetsk region began years ago. The Russian Defense "
                   "Ministry said its forces had advanced 8.5 km since Ukraine announced its withdrawal.").area_claims
    assert [(c.region, c.value_low) for c in claims] == [("Donetsk Oblast", 8.5)]


def test_a_person_titled_after_an_outlets_credit_speaks_through_it():
    got = _read("According to CNN, Kremlin spokesman Dmitry Peskov, said the decision is a violation of "
                "everything.").statements
    assert [(s.speaker, s.quote_text) for s in got] == [("Dmitry Peskov", "the decision is a violation of everything.")]


def test_a_person_whose_apposition_lost_its_closing_comma_speaks_not_his_institute():
    got = _read("Jack Watling, a senior research fellow at the Royal United Services Institute wrote that Kyiv "
                "would be unlikely to break through this year.").statements
    assert [s.speaker for s in got] == ["Jack Watling"]


def test_guard_a_body_with_its_own_description_still_speaks():
    got = _read("The Institute for the Study of War, a think tank in Washington, said Russian forces advanced near "
                "Avdiivka.").statements
    assert [s.speaker for s in got] == ["Institute for the Study of War"]

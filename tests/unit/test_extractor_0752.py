"""Extractor 0.70.52: a conjunction before "she continued", a title qualified by its region, the centre a clause's
pronoun names, "X's report that", places apposed to a plural kind or each with its kind and oblast, "a day before",
the days of a month still running, and a measure of size, in sentences of our own (each case but the guards fails on
0.70.51)."""
from __future__ import annotations

from datetime import date, datetime

from tests.unit.extraction_helpers import places, run, said
from tests.unit.extraction_helpers import speakers as _speakers

DAY = datetime(2024, 11, 20)


def test_a_conjunction_before_the_continued_quotation_keeps_its_speaker():
    text = ("Maria Zakharova spoke to reporters on Tuesday. And she continued, \u201cThe talks in Geneva have no "
            "future while weapons keep arriving.\u201d")
    assert ("Maria Zakharova", "The talks in Geneva have no future while weapons keep arriving.") in said(text, DAY)


def test_a_title_qualified_by_its_region_names_the_speaker_after_it():
    text = ("The bridge near the village was destroyed overnight, said the Kherson region administration head "
            "Oleksandr Prokudin.")
    assert _speakers(text) == {"Oleksandr Prokudin"}


def test_a_person_named_before_as_he_speaks_is_who_he_says_refers_to():
    text = ("Some more now from US Secretary of State Antony Blinken as he speaks to reporters in Brussels. He is "
            "asked about the meeting between Donald Trump and Volodymyr Zelensky. \"It was a difficult day,\" he "
            "says.")
    assert [speaker for speaker, _quote in said(text, DAY)] == ["Antony Blinken"]


def test_a_possessive_report_that_names_who_reported_it():
    text = "Officials would not confirm DeepState's report that Russian troops had entered two villages near Kupiansk."
    assert _speakers(text) == {"DeepState"}


def test_a_recent_claim_that_is_its_owners_statement():
    text = "The fighting goes on despite Vladimir Putin's recent claim that his troops have encircled the town."
    assert _speakers(text) == {"Vladimir Putin"}


def test_places_apposed_to_a_plural_kind_without_of():
    text = "The Russian army also withdrew from Ukrainian cities Izium and Lyman."
    assert {p for p, *_ in places(text, DAY)} == {"Izium", "Lyman"}


def test_each_item_with_its_kind_and_oblast_before_a_passive():
    text = ("Valery Gerasimov said Kurakhove city in the Donetsk region and Kupiansk city in the Kharkiv region had been "
            "taken.")
    assert {p for p, *_ in places(text, DAY)} == {"Kurakhove", "Kupiansk"}


def test_a_day_before_opening_the_sentence_is_the_day_before_publication():
    text = ("Russia on Wednesday claimed two more villages. A day before, Valery Gerasimov said the town of Kurakhove "
            "had been taken.")
    got = {p.place: p.as_of for p in run(text, DAY).place_claims}
    assert got["Kurakhove"] == date(2024, 11, 19)


def test_a_day_before_another_event_is_not_the_day_before_publication():
    # guard: "a day before the talks" dates nothing
    text = "Russian troops captured the town of Kurakhove a day before the talks."
    got = {p.place: p.as_of for p in run(text, DAY).place_claims}
    assert got["Kurakhove"] == date(2024, 11, 20)


def test_the_month_still_running_counts_its_days_so_far():
    for text in ("Russian forces captured 400 square kilometres in November, analysts said.",
                 "Russian forces captured 400 square kilometres this month, analysts said."):
        (claim,) = run(text, DAY).area_claims
        assert (claim.metric, claim.as_of, claim.period_days) == ("area_gained", date(2024, 11, 20), 19.0), text


def test_a_finished_month_keeps_its_length():
    # guard: October, over before the article, is 31 days
    (claim,) = run("Russian forces captured 400 square kilometres in October, analysts said.", DAY).area_claims
    assert (claim.as_of, claim.period_days) == (date(2024, 10, 31), 31.0)


def test_an_area_the_size_of_half_a_city_is_no_share_and_no_place_claim():
    text = "Over the past month Russian troops have captured an area the size of half the city of Odesa, analysts said."
    result = run(text, DAY)
    assert result.area_claims == [] and result.place_claims == []

"""Extractor 0.70.87, in sentences of our own (each fails on 0.70.86 unless marked a guard): figures over several
oblasts named in one list, a quotation's elision marks, "in January this year", a count and its area after a dash,
a month's total told again in the next sentence, "~" and spans across two months in a list of periods, "this week",
a namesake the text places in another oblast, the time of a relative clause, and a count's names after "including"."""
from __future__ import annotations

from datetime import date, datetime

from pipelines.extraction.dates import find_time_expressions
from tests.unit.extraction_helpers import areas, run

SPRING = datetime(2026, 3, 2)


def _claims(text: str, day: datetime = SPRING) -> set[tuple]:
    return {(c.metric, c.region, c.value_low, str(c.as_of), c.period_days) for c in run(text, day).area_claims}


def test_a_total_over_oblasts_listed_with_commas_is_the_countrys():
    text = ("Russian troops liberated more than 60 settlements in the Sumy, Kharkov, Zaporozhye and Dnepropetrovsk "
            "Regions and the Donetsk People's Republic (DPR) this winter, taking control of nearly 1,100 square "
            "kilometers of territory, the expert said.")
    assert areas(text, SPRING, region=True) == {("settlements_gained", "Russia", "Ukraine", 60.0),
                                                 ("area_gained", "Russia", "Ukraine", 1100.0)}
    # the oblasts listed are no towns taken
    assert run(text, SPRING).place_claims == []


def test_a_comma_between_a_country_and_its_possessive_still_ends_the_zone():
    # guard: "controlled by Ukraine, Ukraine's top commander said" is no list of regions
    text = ("Fighting goes on in Russia's Kursk region, about 80 square kilometres of which is controlled by Ukraine, "
            "Ukraine's top commander said.")
    assert areas(text, region=True) == {("area_controlled", "Ukraine", "Kursk Oblast", 80.0)}


def test_the_aforementioned_regions_are_several():
    text = ("In the Sumy and Kharkiv regions, fighting continued. The expert said that in January the Russian army "
            "liberated 19 settlements in the aforementioned regions and the DPR.")
    assert {(m, r, v) for m, r, v, _a, _p in _claims(text)} == {("settlements_gained", "Ukraine", 19.0)}


def test_an_elision_mark_opens_a_sentence_and_months_of_this_year():
    text = ('"In December alone, the army liberated 31 settlements in the Sumy and Kharkiv regions. <…> In January '
            'this year, it liberated 22 settlements in the same regions - around 410 square kilometers of territory. '
            '<…> This February, it liberated 18 settlements," the expert said.')
    assert _claims(text) >= {("settlements_gained", "Ukraine", 31.0, "2025-12-31", 31.0),
                             ("settlements_gained", "Ukraine", 22.0, "2026-01-31", 31.0),
                             ("area_gained", "Ukraine", 410.0, "2026-01-31", 31.0),
                             ("settlements_gained", "Ukraine", 18.0, "2026-02-28", 28.0)}


def test_month_names_with_this_or_last_year():
    day = date(2026, 3, 2)
    got = [(t.text, t.date, t.days) for t in find_time_expressions("in December last year and in January this year", day)]
    assert got == [("in December last year", date(2025, 12, 31), 31.0), ("in January this year", date(2026, 1, 31), 31.0)]
    # guard: "this may" is a verb
    assert [t.text for t in find_time_expressions("this may take weeks", day)] == []


def test_the_next_sentence_of_a_months_total_keeps_its_month():
    text = ('"In December alone, the Russian army liberated 31 settlements in the Donetsk region. Overall, more than '
            '480 square kilometers of territory were liberated," military expert Ivan Petrenko said.')
    assert ("area_gained", "Donetsk Oblast", 480.0, "2025-12-31", 31.0) in _claims(text)


def test_a_total_since_the_operation_began_takes_no_period_from_the_sentence_before():
    text = ('"This week alone, our soldiers liberated 540 square kilometres in the east," the president said. "In '
            'total, 1,900 square kilometres have been liberated since the beginning of this operation," he added.')
    got = {(v, p) for _m, _r, v, _a, p in _claims(text, datetime(2022, 10, 7))}
    assert got == {(540.0, 7.0), (1900.0, None)}


def test_earlier_this_week_is_no_period():
    # guard: the week of the announcement, not of the figure
    text = "Earlier this week, the Russian defence ministry announced the capture of three villages in the east."
    assert {p for _m, _r, _v, _a, p in _claims(text, datetime(2024, 6, 16))} == {None}


def test_a_tilde_and_periods_across_months_in_a_list():
    text = ("Russian gains declined after peaking in early December, with about 250 km2 gained Dec 1-17, then ~95 km2 "
            "(Dec 17-31) and ~70 km2 (Dec 31-Jan 13).")
    claims = run(text, datetime(2026, 1, 15)).area_claims
    got = {(c.value_low, str(c.as_of), c.period_days, c.approximate) for c in claims}
    assert (95.0, "2025-12-31", 15.0, True) in got and (70.0, "2026-01-13", 13.0, True) in got


def test_a_total_since_the_start_after_a_figure_of_this_week():
    # guard: "this week", now a period, is the first figure's, not the total's since the counteroffensive began
    text = ("Together with 12.5 square kilometers re-captured this week, Ukraine has already liberated 190 square "
            "kilometers in the south since the start of the counteroffensive, according to the report.")
    got = {(v, p) for _m, _r, v, _a, p in _claims(text, datetime(2023, 7, 17))}
    assert (190.0, None) in got


def _places(text: str, day: datetime) -> set[tuple]:
    return {(p.place, p.region, str(p.as_of)) for p in run(text, day).place_claims}


def test_a_namesake_the_text_places_in_another_oblast():
    text = ("Russia's Defense Ministry said Sunday that its troops had captured the village of Kalynove in the "
            "northeastern Kharkiv region.")
    assert _places(text, datetime(2025, 1, 12)) == {("Kalynove", "Kharkiv Oblast", "2025-01-12")}


def test_the_time_of_a_relative_clause_belongs_to_its_own_event():
    text = ("Russia's Defense Ministry said its forces had captured the village of Yantarne in the Donetsk region, "
            "southwest of Kurakhove, a hub that Moscow claimed to have seized last week.")
    assert ("Yantarne", "Donetsk Oblast", "2025-01-12") in _places(text, datetime(2025, 1, 12))


def test_the_year_of_a_named_counteroffensive():
    text = "The river cuts through Kupiansk, a city recaptured by Ukraine in its 2022 counteroffensive."
    assert _places(text, datetime(2025, 1, 12)) == {("Kupiansk", "Kharkiv Oblast", "2022-12-31")}


def test_a_counts_names_after_including_each_in_its_own_oblast():
    text = ("Russian forces have taken control of two settlements on the front after intense fighting, including "
            "Bobylevka in the Sumy region and Veselyanka in the Zaporizhzhia region, the Russian Defense Ministry said.")
    got = {(p.place, p.region, p.controller) for p in run(text, datetime(2026, 3, 3)).place_claims}
    assert got == {("Bobylivka", "Sumy Oblast", "Russia"), ("Veselyanka", "Zaporizhzhia Oblast", "Russia")}


def test_a_speaker_after_a_count_is_no_place():
    # guard: "300 settlements in the area, Hanna Maliar, Deputy Minister ..., said"
    text = ("Ukrainian forces liberated 3,500 square kilometers in Kharkiv Oblast with 300 settlements in the area, "
            "Hanna Maliar, Deputy Minister of Defense of Ukraine, said.")
    assert run(text, datetime(2022, 9, 13)).place_claims == []

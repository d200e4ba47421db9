"""Figures that are not territory, and the "all but" complement, in sentences of our own."""
from datetime import date, datetime

import pytest

from pipelines.extraction.area_claims import extract_area_claims
from pipelines.extraction.figure_guards import not_territory
from pipelines.extraction.numbers import find_quantities
from pipelines.extraction.records import ArticleText

PUB = datetime(2025, 2, 12, 9, 0)


def claims(text):
    return extract_area_claims(ArticleText("g", text, PUB), [])


@pytest.mark.parametrize("text", [
    # time spans
    "The convoy needed about half an hour to reach the town that Russian troops hold.",
    "Ukraine has held a third of the year's attention, but Russia controls half a year of headlines.",
    # polls and votes
    "A survey found that 22% of respondents would accept that Russia controls part of the country.",
    "In the poll, a third of Ukrainians said Russia would never hold the whole of Donetsk region.",
    # distances to places, not advances
    "Russian troops advanced and are now 19 miles from the city centre of Pokrovsk.",
    "The brigade pushed forward to within 8 km of Kupiansk.",
    "Russian units advanced to positions some 15 km short of the highway.",
    # aims and hypotheticals
    "Moscow wants to take not just a third of the country but all of it.",
    "Analysts said Russia could capture half of Zaporizhzhia region by summer.",
    "If the line breaks, Russian forces might seize 500 square kilometres in a week.",
    "The Kremlin plans to occupy a fifth of Kharkiv region this year.",
    # negated and denied
    "Russian forces have not captured 100 square kilometres in Kursk region this month, the general said.",
    "Kyiv denied that Russian troops had taken 12 settlements in Donetsk region.",
    # a succession, not a count
    "Since the summer, Russian forces have taken one village after another in Donetsk region.",
])
def test_not_territory(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, metric, controller, value", [
    ("Russian forces may have advanced up to 4 km west of Pokrovsk.", "advance_depth", "Russia", 4),
    ("Ukrainian units advanced up to 10 kilometres from the border in Kursk region.", "advance_depth", "Ukraine", 10),
    ("Russia now occupies about a fifth of Ukraine.", "territory_share", "Russia", 0.2),
    ("Not only did Ukraine hold the line, it took 40 square kilometres in Kursk region.", "area_gained", "Ukraine", 40),
])
def test_real_claims_survive_the_guards(text, metric, controller, value):
    (c,) = claims(text)
    assert (c.metric, c.controller, c.value_low) == pytest.approx((metric, controller, value))


@pytest.mark.parametrize("text, controller", [
    # the subject holds or took everything except the figure: the figure is the other side's
    ("Ukrainian troops hold all but four settlements in the district of Kursk region.", "Russia"),
    ("Russian forces have captured all but two villages in Kursk region.", "Ukraine"),
    ("Russian forces had liberated all but three settlements in Kursk region.", "Ukraine"),
    # the subject was driven from everything except the figure: the figure is the subject's
    ("Ukrainian forces had been driven from all but three settlements in Kursk region.", "Ukraine"),
])
def test_all_but_is_the_complement(text, controller):
    (c,) = claims(text)
    assert (c.metric, c.controller, c.region) == ("settlements_controlled", controller, "Kursk Oblast")


def test_guard_reasons_name_the_class():
    s = "Russian troops are now 12 km from Pokrovsk."
    (q,) = find_quantities(s)
    assert not_territory(s, q, 0, None) == "a distance to a place, not an advance"
    s = "A poll showed 40% of voters back talks."
    (q,) = find_quantities(s)
    assert not_territory(s, q, 0, None) == "a share in a poll or vote"


@pytest.mark.parametrize("text, metric, value, period", [
    ("Russian forces advanced about 20 sq km a day in Donetsk region.", "area_gained", 20, 1),
    ("Russian troops were advancing by 200-300 metres daily in Donetsk region.", "advance_depth", 0.2, 1),
    ("Russian units took 35 square kilometres per week in Kharkiv region.", "area_gained", 35, 7),
])
def test_rates_have_their_period(text, metric, value, period):
    (c,) = claims(text)
    assert (c.metric, c.value_low, c.period_days) == pytest.approx((metric, value, period))


def test_one_share_for_several_oblasts_is_one_claim_each():
    got = claims("Russia controls about 75% of Donetsk, Zaporizhzhia and Kherson regions.")
    assert sorted(c.region for c in got) == ["Donetsk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast"]
    assert {(c.metric, c.controller, c.value_low) for c in got} == {("territory_share", "Russia", 0.75)}


def test_share_of_a_country_stays_one_claim():
    (c,) = claims("Russia occupies about 18% of Ukraine, including Crimea and parts of Donetsk.")
    assert (c.region, c.value_low) == ("Ukraine", 0.18)


def test_running_total_since_an_operation_began_is_a_holding():
    (c,) = claims("Since the start of the incursion, Ukrainian forces have taken 1,263 sq km in Kursk region.")
    assert (c.metric, c.controller, c.period_days) == ("area_controlled", "Ukraine", None)
    (c,) = claims("Since the start of the year, Russian forces have taken 4,500 sq km in Donetsk region.")
    assert c.metric == "area_gained" and c.period_days > 0


def test_the_other_sides_recapture_since_the_operation_began_stays_a_gain():
    (c,) = claims("Since the start of the Ukrainian incursion, Russian forces have regained more than 600 square "
                  "kilometres of Kursk region.")
    assert (c.metric, c.controller, c.period_days) == ("area_gained", "Russia", None)


@pytest.mark.parametrize("text, expected", [
    # controller named in "under the control of", and "under occupation" with no occupier named
    ("Today about 20 per cent of our territory is under the control of the occupiers.",
     [("territory_share", "Russia", "Ukraine", 0.2)]),
    ("Now 19,4% of Ukraine is under occupation.", [("territory_share", "Russia", "Ukraine", 0.194)]),
    # the subject of a relative clause is the noun before "which", even after "of"
    ("The advance of Moscow's forces, which control just under a fifth of Ukraine, worried Kyiv.",
     [("territory_share", "Russia", "Ukraine", 0.2)]),
    # a holding restated as a share after a dash or ", or"
    ("Russia controls about 116,000 sq km \u2014 about 19% of Ukraine.",
     [("area_controlled", "Russia", "Ukraine", 116000), ("territory_share", "Russia", "Ukraine", 0.19)]),
    # a period's gain restated as a share, and a comparison, are not shares held
    ("Russian troops captured about 259 square kilometres of Ukrainian territory last month, just 0.04% of Ukraine.",
     [("area_gained", "Russia", "Ukraine", 259)]),
    ("Russian troops occupied 44% less territory in Ukraine than in August.", []),
    ("In Kharkiv region Russians occupied 14% of all occupied territories in September.", []),
    # "by Ukraine" is the agent, the region comes from the clause before
    ("Ukraine launched an offensive in Kursk last summer, but Russia has won back more than two-thirds of the "
     "territory captured by Ukraine.", [("territory_share", "Russia", "Kursk Oblast", 0.6667)]),
    # the whole front, whatever the paragraph said before
    ("Fighting raged in Kharkiv region. Across the entire front line, Russian troops captured 259 square "
     "kilometres in September.", [("area_gained", "Russia", "Ukraine", 259)]),
    # a later clause with its own control phrase is not governed by the earlier verb
    ("Ukrainian troops have taken 40 square kilometres in Kursk region, and today 74 settlements are under their control.",
     [("area_gained", "Ukraine", "Kursk Oblast", 40), ("settlements_controlled", "Ukraine", "Kursk Oblast", 74)]),
    # a hyphenated length of the front with a conversion is not an advance
    ("Russian forces have been pushing west along the 1,000-km (620-mile) front line.", []),
])
def test_real_reporting_patterns(text, expected):
    got = [(c.metric, c.controller, c.region, c.value_low) for c in claims(text)]
    assert got == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize("text, expected", [
    ("In May, the army seized 449 square kilometres in Kharkiv region.", [("area_gained", "Russia", 449)]),
    ("More than half of the Donetsk People's Republic territory has been liberated from Ukrainian troops.",
     [("territory_share", "Russia", 0.5)]),
    ("Russian forces occupy around 20 percent of Ukraine, leaving the remaining 80 percent of the country "
     "under Ukraine's sovereign control.", [("territory_share", "Russia", 0.2), ("territory_share", "Ukraine", 0.8)]),
    ("Since the start of the year, 403 square kilometres in Donetsk region have come under Russian control.",
     [("area_gained", "Russia", 403)]),
])
def test_more_real_reporting_patterns(text, expected):
    got = [(c.metric, c.controller, c.value_low) for c in claims(text)]
    assert got == [pytest.approx(e) for e in expected]


def test_headline_figures_are_kept_but_headlines_are_not_speech():
    text = ("Russia Says It Took 7 Villages in Donetsk Region\n"
            "The Russian Ministry of Defence said its forces had taken seven villages in Donetsk region.\n")
    from pipelines.extraction import extract
    result = extract(ArticleText("h", text, PUB))
    assert [s.speaker for s in result.statements] == ["Russian Ministry of Defence"]
    assert {(c.metric, c.value_low) for c in result.area_claims} == {("settlements_gained", 7)}


@pytest.mark.parametrize("text, expected", [
    # a year in a later clause does not date the figure
    ('"Since the start of the year, 403 square kilometres in Donetsk region have come under our control," the '
     'minister said, referring to regions annexed in 2022.', ("area_gained", date(2025, 2, 12), 42)),
    # a running total since an event of a month has no period; since an event of a day, it has
    ("Ukrainian forces regained 2 square kilometres in Donetsk region during the past seven days, bringing the "
     "total recaptured since the counteroffensive began in June to 44 square kilometres.",
     ("area_gained", date(2025, 2, 12), None)),
    ("Ukrainian forces regained 2 square kilometres in Donetsk region during the past seven days, bringing the "
     "total recaptured since the counteroffensive began on January 2 to 44 square kilometres.",
     ("area_gained", date(2025, 2, 12), 41)),
    # a daily average after a conversion and a participle
    ("In May, the army seized 449 square kilometres (173 square miles) of land in Donetsk region, with an average "
     "of 14.5 square kilometres (5.6 square miles) claimed each day.", ("area_gained", date(2024, 5, 31), 1)),
])
def test_periods_of_real_reporting(text, expected):
    c = claims(text)[-1]
    assert (c.metric, c.as_of, c.period_days) == expected


def test_a_total_broken_down_by_oblast_gives_the_total_and_its_parts():
    got = [(c.region, c.value_low, c.period_days) for c in claims(
        "Russian forces had captured five settlements \u2014 four in Donetsk and one in Zaporizhzhia \u2014 over the "
        "past week.")]
    assert got == [("Ukraine", 5, 7), ("Donetsk Oblast", 4, 7), ("Zaporizhzhia Oblast", 1, 7)]


def test_a_holding_dated_by_its_year_and_an_updated_figure():
    got = [(c.metric, c.value_low, c.as_of) for c in claims(
        "In 2014, separatists and the Russian military controlled 43,000 square kilometres of Ukraine. "
        "But that figure had increased to nearly 125,000 square kilometres.")]
    assert got == [("area_controlled", 43000, date(2014, 12, 31)), ("area_controlled", 125000, date(2025, 2, 12))]


def test_a_year_that_dates_another_event_does_not_date_the_holding():
    (c,) = claims("Including the peninsula annexed in 2014, Russia has occupied almost a fifth of Ukraine.")
    assert c.as_of == date(2025, 2, 12)


def test_the_size_of_a_country_is_not_a_holding():
    got = claims("Russia holds 18% of Ukraine, a country of 233,000 square miles (603,500 sq km), analysts said.")
    assert [(c.metric, c.value_low) for c in got] == [("territory_share", 0.18)]


def test_a_share_of_one_town_is_no_territorial_claim_but_a_share_of_an_oblast_named_after_its_capital_is():
    assert not claims("Russian forces control about 80% of Vovchansk and 70% of Pokrovsk, the ISW said.")
    assert not claims("The ISW said Russian troops had captured 72 percent of the town of Velyka Novosilka.")
    got = {(c.region, c.value_low) for c in claims("Russia controls around 80% of Donetsk and 70% of Zaporizhzhia.")}
    assert got == {("Donetsk Oblast", 0.8), ("Zaporizhzhia Oblast", 0.7)}


def test_an_area_s_conversion_in_parentheses_is_no_advance():
    got = {(c.metric, c.value_low) for c in claims("Russia advanced by almost 4,000 square kilometres (1,500 miles) "
                                                  "in Ukraine in 2024.")}
    assert got == {("area_gained", 4000)}


@pytest.mark.parametrize("text, expected", [
    # Ukraine in a Russian oblast, the perfect with no period: what the incursion has taken so far
    ("Ukrainian units have taken control of 60 settlements in Russia's Belgorod region.",
     [("settlements_controlled", "Ukraine", "Belgorod Oblast", 60)]),
    ("Kyiv's Kursk incursion, in which Ukraine has seized more than 700 square kilometres of Russian territory, "
     "goes on.", [("area_controlled", "Ukraine", "Kursk Oblast", 700)]),
    # ... but a day's gain stays a gain
    ("Ukrainian forces took 15 square kilometres in the Kursk region on Tuesday.",
     [("area_gained", "Ukraine", "Kursk Oblast", 15)]),
    # a total over Ukraine and a Russian oblast is Ukraine's
    ("Russian troops captured 900 square kilometres in Ukraine and the Kursk region in the first quarter.",
     [("area_gained", "Russia", "Ukraine", 900)]),
    # sectors of the front are no settlements; a share of one month's gains is no share of territory
    ("Russian forces captured a village near Kupiansk, gaining ground in two key areas of the northern front.", []),
    ("Russian forces now hold about 80% of the land gained in October.", []),
])
def test_holdings_totals_and_sectors_of_real_reporting(text, expected):
    got = [(c.metric, c.controller, c.region, c.value_low) for c in claims(text)]
    assert got == [pytest.approx(e) for e in expected]


def test_a_list_of_monthly_figures_after_semicolons_and_a_list_of_months():
    got = [(c.value_low, c.as_of, c.period_days) for c in claims(
        "Analysts estimate that Russian troops captured about 400 square kilometres in October 2024; about 350 "
        "square kilometres in November 2024; and about 300 square kilometres in December 2024.")]
    assert got == [(400, date(2024, 10, 31), 31), (350, date(2024, 11, 30), 30), (300, date(2024, 12, 31), 31)]
    c = claims("In October, November and December 2024, Russian troops captured 1,050 square kilometres.")[0]
    assert (c.value_low, c.as_of) == (1050, date(2024, 12, 31))


def test_the_capital_where_words_are_said_is_not_the_figure_s_region():
    got = [(c.metric, c.region, c.value_low) for c in claims(
        "Ukrainian troops have pushed into the Kursk region. Speaking at a forum in Kyiv, the commander said "
        "Ukrainian forces had captured 800 square kilometres of territory.")]
    assert got == [("area_controlled", "Kursk Oblast", 800)]


def test_a_share_that_remains_occupied_is_the_other_side_s_for_the_speaker():
    from pipelines.extraction import extract
    got = [(c.controller, c.region, c.value_low) for c in extract(ArticleText(
        "o", "The governor Oleh Syniehubov said that about 6% of the Kharkiv region still remains occupied.",
        PUB)).area_claims]
    assert got == [("Russia", "Kharkiv Oblast", pytest.approx(0.06))]


def test_a_count_takes_the_oblast_of_the_villages_it_lists_and_a_share_taken_since_the_invasion_is_held():
    got = [(c.metric, c.region, c.value_low) for c in claims(
        "Russian troops have taken control of four villages near the border: Novenke, Zhuravka, Veselivka and "
        "Basivka.")]
    assert got == [("settlements_gained", "Sumy Oblast", 4)]
    got = [(c.metric, c.controller, c.value_low) for c in claims(
        "Since the start of the invasion in 2022, Russia has seized control of about 20% of Ukraine's territory.")]
    assert got == [("territory_share", "Russia", pytest.approx(0.2))]


def test_freed_from_the_occupation_a_list_with_people_and_a_conversion_before_the_region():
    got = [(c.metric, c.controller, c.value_low) for c in claims(
        "Since September 6, some 3,800 square kilometres, more than 300 settlements, and about 150,000 of our people "
        "have been freed from the occupation.")]
    assert got == [("area_gained", "Ukraine", 3800), ("settlements_gained", "Ukraine", 300)]
    got = [(c.region, c.value_low) for c in claims(
        "Ukraine said its forces recaptured 500 square kilometres\u00ac\u2020(193 square miles), in the southern Kherson "
        "region.")]
    assert got == [("Kherson Oblast", 500)]

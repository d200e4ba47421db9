from datetime import datetime

import pytest

from pipelines.extraction.area_claims import extract_area_claims
from pipelines.extraction.records import ArticleText, Statement

PUB = datetime(2024, 5, 16, 12, 0)  # Thursday


def run(text, statements=(), title=None):
    return extract_area_claims(ArticleText("t", text, PUB, title), list(statements))


def stmt(text, quote, speaker, side):
    s = text.index(quote)
    return Statement(speaker=speaker, speaker_raw=speaker, statement_type="indirect", quote_text=quote,
                     char_start=s, char_end=s + len(quote), speaker_side=side, sentence_start=0, sentence_end=0)


def test_narrator_gain_with_period():
    (c,) = run("Over the past 48 hours, Ukrainian troops have retaken 25 square kilometres in the Zaporizhzhia region.")
    assert (c.metric, c.controller, c.region, c.value_low, c.period_days, c.claimant) == (
        "area_gained", "Ukraine", "Zaporizhzhia Oblast", 25, 2, None)
    assert c.evidence.startswith("Over the past") and c.char_start == 0


def test_claimant_and_first_person_controller():
    text = 'The general said on Tuesday: "We now hold 640 square kilometres near Sudzha."'
    st = stmt(text, "We now hold 640 square kilometres near Sudzha.", "Test General", "Ukraine")
    (c,) = run(text, [st])
    assert (c.metric, c.controller, c.region, c.claimant) == ("area_controlled", "Ukraine", "Kursk Oblast", "Test General")
    assert c.as_of.isoformat() == "2024-05-14"


def test_russian_settlements_and_enemy():
    text = "Moscow's army liberated five settlements in the Kupiansk direction over the past week, the ministry said."
    (c,) = run(text)
    assert (c.metric, c.controller, c.region, c.value_low, c.period_days) == (
        "settlements_gained", "Russia", "Kharkiv Oblast", 5, 7)
    text2 = 'The enemy holds 12 villages in the region, the Ukrainian commander said.'
    st = stmt(text2, "The enemy holds 12 villages in the region", "Commander", "Ukraine")
    (c2,) = run(text2, [st], title="Fighting in Sumy region")
    assert (c2.controller, c2.region, c2.metric) == ("Russia", "Sumy Oblast", "settlements_controlled")


def test_losses():
    (c,) = run("Ukrainian units withdrew from four villages near Toretsk last week.")
    assert (c.metric, c.controller, c.value_low, c.region) == ("settlements_lost", "Ukraine", 4, "Donetsk Oblast")
    (c,) = run("Analysts said Russian forces lost control of about 60 square kilometres in Kherson region in April.")
    assert (c.metric, c.controller, c.period_days, c.as_of.isoformat()) == ("area_lost", "Russia", 30, "2024-04-30")


def test_share_and_multi_region():
    cs = run("Russia controls about 80% of the Donetsk region and roughly 70% each of the Kherson and Zaporizhzhia regions.")
    got = sorted((c.region, c.value_low) for c in cs)
    assert got == [("Donetsk Oblast", 0.8), ("Kherson Oblast", 0.7), ("Zaporizhzhia Oblast", 0.7)]
    (c,) = run("Russian troops have retaken more than 12 settlements in the Kharkiv and Sumy oblasts since May 10.")
    assert (c.region, c.period_days, c.approximate) == ("Ukraine", 6, True)


def test_advance_depth_vs_distance():
    (c,) = run("Russian forces advanced up to 3 km west of Avdiivka on Monday.")
    assert (c.metric, c.controller, c.value_high, c.approximate) == ("advance_depth", "Russia", 3, True)
    assert run("The town lies 15 km from Pokrovsk, where Russian troops are 8 kilometres away.") == []
    assert run("The front line stretches for 1,100 km and troops hold a 30-km-wide sector.") == []


def test_negatives():
    assert run("About 170,000 sq km may be contaminated by mines and 3 million hectares of farmland are affected.") == []
    assert run("The Belgorod region covers about 27,000 square kilometres.") == []
    assert run("Russia fired 80 drones and Ukraine took 300 prisoners.") == []
    assert run("Strikes destroyed about half of the country's generating capacity.") == []


def test_conversion_and_repeat_dedupe():
    text = ("Russian forces seized 250 square kilometres (97 square miles) in April, analysts said. "
            "Russian forces seized 250 square kilometres in April, the analysts repeated.")
    cs = run(text)
    assert len(cs) == 1 and cs[0].value_low == 250


def test_passive_and_under_control():
    (c,) = run("Over the past day, 9 villages were returned under Ukrainian control in the Kharkiv region.")
    assert (c.metric, c.controller) == ("settlements_gained", "Ukraine")


@pytest.mark.parametrize("text", ["", "   ", "km " * 3000, ("Russian forces captured 5 villages and " * 800) + "."])
def test_hostile_input(text):
    run(text)


# ---------------------------------------------------------------- unit grammar and figure structures for unseen reporting
def test_metres_are_converted_to_km_depth():
    (c,) = run("Russian troops advanced no more than 700 metres near Vovchansk over the past week.")
    assert (c.metric, c.controller, c.region, c.value_low, c.approximate, c.period_days) == (
        "advance_depth", "Russia", "Kharkiv Oblast", 0.7, True, 7)


def test_scare_quoted_figure_keeps_its_cue():
    (c,) = run('The channel wrote that Ukrainian units had pushed "up to 15 kilometres" into the Bryansk region.')
    assert (c.metric, c.controller, c.value_low, c.approximate) == ("advance_depth", "Ukraine", 15, True)


def test_hyphenated_front_width_is_not_a_depth():
    (c,) = run("Ukrainian troops advanced 6 kilometres along a 25-kilometre front in the Zaporizhzhia region.")
    assert (c.metric, c.value_low) == ("advance_depth", 6)


def test_coordinated_figures_share_the_trailing_region():
    cs = run("Ukrainian forces hold roughly 900 square kilometres and 40 villages in the Bryansk region.")
    assert sorted((c.metric, c.region) for c in cs) == [
        ("area_controlled", "Bryansk Oblast"), ("settlements_controlled", "Bryansk Oblast")]


def test_up_from_second_share_repeats_metric_with_its_own_date():
    cs = run("Russian forces now occupy about 80% of the Luhansk region, up from roughly 65% at the start of the year.")
    assert [(c.metric, c.controller, c.region, c.value_low, str(c.as_of)) for c in cs] == [
        ("territory_share", "Russia", "Luhansk Oblast", 0.8, "2024-05-16"),
        ("territory_share", "Russia", "Luhansk Oblast", 0.65, "2024-01-01")]


def test_compared_with_second_total():
    cs = run("Russian forces gained 610 square kilometres in April 2024, compared with 480 square kilometres "
             "in March 2024.")
    assert [(c.value_low, str(c.as_of), c.period_days) for c in cs] == [(610, "2024-04-30", 30), (480, "2024-03-31", 31)]


def test_restatement_in_km2_of_a_share():
    cs = run("Russia occupies about 19% of Ukraine. That is an area of roughly 115,000 sq km, by one estimate.")
    assert [(c.metric, c.controller, c.region, c.value_low) for c in cs] == [
        ("territory_share", "Russia", "Ukraine", 0.19), ("area_controlled", "Russia", "Ukraine", 115000)]


def test_they_in_an_officials_direct_quote_is_the_enemy():
    text = 'The commander said: "In April they took about 90 square kilometres in the Donetsk region."'
    quote = "In April they took about 90 square kilometres in the Donetsk region."
    s = text.index(quote)
    st = Statement(speaker="Test Commander", speaker_raw="Test Commander", statement_type="direct", quote_text=quote,
                   char_start=s, char_end=s + len(quote), speaker_side="Ukraine")
    (c,) = run(text, [st])
    assert (c.controller, c.metric, c.claimant) == ("Russia", "area_gained", "Test Commander")


def test_pushed_out_of_hectares_is_a_gain():
    (c,) = run("Ukrainian marines pushed Russian troops out of 80 hectares of marshland near Krynky.")
    assert (c.metric, c.controller, c.value_low) == ("area_gained", "Ukraine", 0.8)


def test_monthly_total_without_region_is_countrywide():
    text = ("Fighting continued near Pokrovsk in the Donetsk region.\n\n"
            "Russian forces gained about 520 square kilometres in April 2024, the analysts said.")
    (c,) = run(text)
    assert (c.region, c.period_days, str(c.as_of)) == ("Ukraine", 30, "2024-04-30")


def test_monthly_total_takes_region_from_its_own_paragraph():
    (c,) = run("The enemy is pressing in the Donetsk region. In April they captured 300 sq km, the general said.")
    assert c.region == "Donetsk Oblast"


def test_occupy_with_a_speech_date_is_a_holding_not_a_gain():
    (c,) = run("Russian troops now occupy about 120 square kilometres of the Sumy region, the governor said last week.")
    assert c.metric == "area_controlled"


def test_holding_at_a_dated_peak_gets_the_month_end():
    (c,) = run("At the peak of the offensive in March 2022, Russia controlled about 27% of Ukraine.")
    assert (c.metric, str(c.as_of)) == ("territory_share", "2022-03-31")


def test_period_is_read_from_the_figures_own_clause():
    (c,) = run("Since the start of the month Russian troops have captured 9 villages in the Donetsk region, "
               "and air defences downed 120 drones over the week.")
    assert (c.metric, c.value_low, c.period_days) == ("settlements_gained", 9, 15)


def test_a_year_and_a_half_is_not_a_share():
    assert run("The operation had taken a year and a half to prepare, officials said.") == []


def test_incursion_covered_is_an_area_held():
    (c,) = run("At its height, the Ukrainian incursion covered roughly 450 square miles of the Kursk region.")
    assert (c.metric, c.controller, c.region) == ("area_controlled", "Ukraine", "Kursk Oblast")
    assert c.value_low == pytest.approx(450 * 2.58999)


def test_year_to_date_settlement_total_without_region_is_countrywide():
    text = ("Fighting continued near Sudzha in the Kursk region.\n\n"
            "Since the start of the year, Russian troops have captured more than 150 settlements, the minister said.")
    (c,) = run(text)
    assert (c.metric, c.region, c.period_days) == ("settlements_gained", "Ukraine", 136)


# --- real-reporting patterns, second pass (sentences of our own)

def test_taking_back_control_of_villages_is_a_gain():
    (c,) = run("Moscow said its army was taking back control of four villages in the Belgorod region.")
    assert (c.metric, c.controller, c.value_low) == ("settlements_gained", "Russia", 4)


def test_as_of_today_a_taken_area_is_the_holding_so_far():
    text = 'The commander said: "As of today, we have taken control of 950 square kilometres in the Kursk region."'
    st = stmt(text, "As of today, we have taken control of 950 square kilometres in the Kursk region.",
              "Test Commander", "Ukraine")
    (c,) = run(text, [st])
    assert (c.metric, c.controller, c.region, c.period_days) == ("area_controlled", "Ukraine", "Kursk Oblast", None)


def test_one_passive_verb_for_a_list_of_figures_and_its_region_after_the_verb():
    text = ("The deputy minister said that 1,200 square kilometres, some 40 settlements and about 9,000 residents "
            "were freed in the Kherson region.")
    st = stmt(text, "1,200 square kilometres, some 40 settlements and about 9,000 residents were freed in the "
                    "Kherson region.", "Test Minister", "Ukraine")
    got = {(c.metric, c.value_low, c.region, c.controller) for c in run(text, [st])}
    assert got == {("area_gained", 1200, "Kherson Oblast", "Ukraine"),
                   ("settlements_gained", 40, "Kherson Oblast", "Ukraine")}


def test_a_participle_after_the_figure_needs_someone_saying_it():
    text = "The president said 2,500 square kilometres liberated from the occupiers in Kharkiv region were safe."
    st = stmt(text, "2,500 square kilometres liberated from the occupiers in Kharkiv region were safe.",
              "Test President", "Ukraine")
    assert [(c.metric, c.controller) for c in run(text, [st])] == [("area_gained", "Ukraine")]
    assert run("Almost 300 sq km liberated in the southern operation") == []   # a bare headline: no side


def test_a_count_followed_by_an_elliptic_one_keeps_its_own_region():
    # (the elliptic "one in Kharkiv region" is a claim of its own, see test_area_claim_regions.py)
    c = run("The ministry claimed its troops had captured two villages in Donetsk region as well as one in "
            "Kharkiv region.")[0]
    assert (c.value_low, c.region) == (2, "Donetsk Oblast")


def test_a_holding_since_a_past_seizure_is_a_share_held():
    (c,) = run("Russia, which has seized and occupied about a fifth of Ukraine since it annexed Crimea in 2014, "
               "wants more.")
    assert (c.metric, c.controller, c.region, c.value_low) == ("territory_share", "Russia", "Ukraine", 0.2)


def test_running_total_since_the_start_of_an_assault():
    # the conventions' running totals: what a side took "since the start of" its assault is what it holds
    (c,) = run("Ukrainian troops have pushed on since the start of their summer assault, "
               "seizing 640 square kilometres of the Belgorod region.")
    assert (c.metric, c.controller, c.period_days) == ("area_controlled", "Ukraine", None)


def test_gain_since_a_date_stays_a_gain():
    (c,) = run("Ukrainian forces have retaken 120 square km in the Kharkiv region since the start of the month.")
    assert c.metric == "area_gained"


def test_gerund_adjunct_takes_the_main_clause_subject():
    # "after seizing ...": the one who seized is the main clause's subject ("its troops": the speaker's
    # side), not the nearest side word (an object, "Ukrainian strongpoints")
    text = "The Russian Defence Ministry said its troops were shelling Ukrainian strongpoints after seizing five more villages in the Kharkiv region."
    (c,) = run(text, [stmt(text, "its troops were shelling Ukrainian strongpoints after seizing five more villages in the Kharkiv region.",
                           "Russian Ministry of Defence", "Russia")])
    assert (c.metric, c.controller, c.value_low) == ("settlements_gained", "Russia", 5)


def test_gerund_adjunct_with_a_named_subject():
    (c,) = run("Ukrainian brigades pressed Russian units near the border while retaking 14 square kilometres in the Sumy region.")
    assert (c.metric, c.controller) == ("area_gained", "Ukraine")


def test_wrested_control_of_an_area_is_a_gain():
    (c,) = run("Ukrainian troops have wrested control of 40 square kilometres in the Kharkiv region this week.")
    assert (c.metric, c.controller, c.value_low) == ("area_gained", "Ukraine", 40)


def test_dislodged_from_settlements_is_a_gain():
    (c,) = run("Ukraine's General Staff said defence forces had dislodged the enemy from more than 20 settlements "
               "in the past day.")
    assert (c.metric, c.controller, c.value_low, c.period_days) == ("settlements_gained", "Ukraine", 20, 1)


def test_the_enemys_advance_is_the_other_sides():
    text = 'The commander said: "The enemy\'s advance in some areas is two to three km per week."'
    st = stmt(text, "The enemy's advance in some areas is two to three km per week.", "Test General", "Ukraine")
    (c,) = run(text, [st])
    assert (c.metric, c.controller, c.value_low, c.value_high) == ("advance_depth", "Russia", 2, 3)


def test_a_speakers_breakdown_shares_the_month_of_their_dated_total():
    text = ("General Petrov said on Monday that his troops had retaken 40 square kilometres last month. "
            "The fighting was heaviest near the river. "
            "According to Petrov, near the river Russia captured 6 square kilometres but lost 9 square kilometres.")
    sts = [stmt(text, "his troops had retaken 40 square kilometres last month", "Ivan Petrov", "Ukraine"),
           stmt(text, "near the river Russia captured 6 square kilometres but lost 9 square kilometres",
                "Ivan Petrov", "Ukraine")]
    got = {(c.value_low, c.metric): (c.as_of.isoformat(), c.period_days) for c in run(text, sts)}
    assert got[(40.0, "area_gained")] == ("2024-04-30", 30.0)      # April, told on 2024-05-16
    assert got[(6.0, "area_gained")] == got[(9.0, "area_lost")] == ("2024-04-30", 30.0)


def test_settlements_the_area_encompassed_are_counted_as_the_area_was():
    got = {(c.metric, c.value_low) for c in run("Russian troops have retaken 300 square kilometres, encompassing 20 "
                                               "villages, since the start of the month, the general said.")}
    assert got == {("area_gained", 300), ("settlements_gained", 20)}
    got = {(c.metric, c.value_low) for c in run("Ukraine holds 1,100 square kilometres of land, encompassing 80 "
                                               "settlements.")}
    assert got == {("area_controlled", 1100), ("settlements_controlled", 80)}
    # a size with no claim of its own stays no claim
    assert not run("The region, encompassing 36 districts, is larger than Belgium.")


def test_an_incursion_oblast_outweighs_a_passing_mention_of_the_country():
    text = ("Ukrainian forces have lost about 500 square kilometres of the land they seized in Russia's Kursk region. "
            "Moscow is also moving more troops into Ukraine. "
            "\u201cNow we control about 700 square kilometres,\u201d an officer said.")
    got = {(c.metric, c.value_low, c.region) for c in run(text)}
    assert ("area_controlled", 700, "Kursk Oblast") in got
    # an oblast of Ukraine two sentences back does not outweigh it
    text = ("Ukrainian forces have pushed Russian troops back in the Kharkiv region. Kyiv is sending reserves across "
            "Ukraine. Ukrainian forces liberated 20 settlements in a day.")
    assert {c.region for c in run(text)} == {"Ukraine"}


def test_the_side_after_with_is_the_gerund_s_subject_whoever_reports_it():
    text = "In May, with the Russians occupying 400 square kilometres, the pace slowed, DeepState said."
    (c,) = run(text, [stmt(text, "In May, with the Russians occupying 400 square kilometres, the pace slowed",
                           "DeepState", "Ukraine")])
    assert (c.metric, c.controller, c.value_low) == ("area_gained", "Russia", 400)


def test_a_liberation_s_agent_after_its_object():
    (c,) = run("The announcement follows the liberation of three villages on Sunday by Ukrainian troops.")
    assert (c.metric, c.controller, c.value_low) == ("settlements_gained", "Ukraine", 3)


def test_reclaimed_and_handed_over_to_control_are_gains():
    (c,) = run("Moscow said it had reclaimed control of two villages in the Kursk region.")
    assert (c.metric, c.controller) == ("settlements_gained", "Russia")
    got = {(c.metric, c.controller, c.value_low) for c in run(
        "Since March, over 3,000 square kilometres have been handed over to Russian control, including 100 "
        "settlements.")}
    assert got == {("area_gained", "Russia", 3000), ("settlements_gained", "Russia", 100)}
    (c,) = run("The enemy captured four medium-sized settlements over the year.")
    assert (c.metric, c.value_low) == ("settlements_gained", 4)


def test_a_heading_of_a_side_s_holdings_governs_its_bullets():
    text = ("Current Russian-controlled regions include:\n\n  \u2022 Crimea, annexed in 2014\n"
            "  \u2022 Around 70% of Donetsk\n  \u2022 About 60% of Zaporizhzhia\n\nKyiv rejects any deal.")
    got = {(c.metric, c.controller, c.region, c.value_low) for c in run(text)}
    assert got == {("territory_share", "Russia", "Donetsk Oblast", 0.7),
                   ("territory_share", "Russia", "Zaporizhzhia Oblast", 0.6)}


def test_a_breadth_along_the_front_is_no_depth_and_deep_into_names_the_advance():
    (c,) = run("Over three days the advance of Russian troops amounted to 12 kilometres along the front and more than "
               "four kilometres deep into the enemy's defence.")
    assert (c.metric, c.value_low, c.controller) == ("advance_depth", 4, "Russia")


def test_a_side_adjective_is_no_region():
    (c,) = run("Russian troops liberated 150 square kilometres of LPR lands from Kiev-controlled forces.")
    assert c.region == "Luhansk Oblast"


def test_inhabited_points_translated_word_for_word_are_settlements():
    from pipelines.extraction import ArticleText, extract
    claims = extract(ArticleText("t", "Gerasimov said the troops had liberated 89 inhabited points in Zaporizhzhia "
                                      "region over the year.")).area_claims
    assert [(c.metric, c.value_low, c.controller) for c in claims] == [("settlements_gained", 89.0, "Russia")]


def test_a_count_in_words_is_an_item_of_a_list_with_one_verb():
    from pipelines.extraction import ArticleText, extract
    claims = extract(ArticleText("t", "Syrskyi said that 160 square kilometres and seven settlements have been "
                                      "liberated.")).area_claims
    assert sorted((c.metric, c.value_low) for c in claims) == [("area_gained", 160.0), ("settlements_gained", 7.0)]


def test_land_cleared_of_the_occupiers_since_an_operation_began_is_a_gain_not_a_running_total():
    from pipelines.extraction import ArticleText, extract
    claims = extract(ArticleText("t", "Syrskyi said that since the start of the operation, 170 square kilometres "
                                      "have been cleared of the occupiers.")).area_claims
    assert [(c.metric, c.value_low) for c in claims] == [("area_gained", 170.0)]
    # what a side has taken since its incursion began is still its holding (the conventions' running totals)
    claims = extract(ArticleText("t", "Syrskyi said that since the start of the operation, Ukrainian forces have "
                                      "taken 1,263 square kilometres of the Kursk region.")).area_claims
    assert [(c.metric, c.value_low) for c in claims] == [("area_controlled", 1263.0)]

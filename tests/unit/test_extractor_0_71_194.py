"""Extractor 0.71.194 (after 0.71.193), in sentences of our own (each fails on 0.71.193 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def _extract(text: str):
    return extract(ArticleText("t", text, DAY))


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in _extract(text).place_claims}


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in _extract(text).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in _extract(text).area_claims}


def test_a_named_grouping_with_its_gloss_in_brackets_is_russian():
    assert places("According to the ministry, units of the Zapad (West) grouping captured the village of "
                  "Petropavlivka.") == {("Petropavlivka", "Russia", "captured")}


def test_reports_citing_a_body_credit_the_body():
    found = _extract("According to media reports citing the Defence Ministry, Russian units seized the village "
                     "of Bohdanivka.")
    assert [s.speaker for s in found.statements] == ["Defence Ministry"]
    assert {(c.place, c.claimant) for c in found.place_claims} == {("Bohdanivka", "Defence Ministry")}


def test_guard_bare_media_reports_credit_nobody():
    found = _extract("According to media reports, Russian units seized the village of Bohdanivka.")
    assert found.statements == [] and {(c.place, c.claimant) for c in found.place_claims} == {("Bohdanivka", None)}


def test_these_settlements_between_dashes_are_the_count_before():
    assert places("On Friday Moscow said its troops had taken three villages in the Sumy region. These villages "
                  "\u2013 Zhuravka, Basivka and Novenke \u2013 lie close to the border.") == {
        ("Zhuravka", "Russia", "captured"), ("Basivka", "Russia", "captured"), ("Novenke", "Russia", "captured")}


def test_these_villages_are_names_the_count_before():
    assert places("Russia said on Tuesday it had captured two more villages in the east. These villages are "
                  "Shevchenko and Zelene.") == {("Shevchenko", "Russia", "captured"), ("Zelene", "Russia", "captured")}


def test_a_named_body_denies_this_information():
    found = claims("The Russian Defence Ministry said on Monday that it had captured Kupiansk. The General Staff of "
                   "the Armed Forces of Ukraine denies this information.")
    assert ("Kupiansk", "Russia", "denied", "Ukrainian General Staff") in found


def test_guard_i_refute_this_information_in_a_quote_denies_nothing():
    found = claims('The Russian Defence Ministry said on Monday that it had captured Kupiansk. "I refute this '
                   'information," a spokesman said.')
    assert {c for c in found if c[2] == "denied"} == set()


def test_the_subject_before_where_it_fights_occupied_the_village():
    assert places("Monitors said the Russians in the Kharkiv region occupied Kindrashivka.") == {
        ("Kindrashivka", "Russia", "captured")}


def test_guard_a_region_occupied_by_a_side_is_no_subject():
    assert places("Schools in the Kherson region occupied by Russia were closed.") == set()


def test_they_after_invading_a_country_are_the_invaders():
    assert places("A day after Russian troops invaded Ukraine, they captured the city of Melitopol.") == {
        ("Melitopol", "Russia", "captured")}


def test_a_countrys_town_taken_is_no_subject_of_the_advance():
    assert areas("After Russian forces captured Ukraine's town Vuhledar in October, they advanced about 12 "
                 "kilometers to the north.") == {("Russia", "advance_depth", 12)}


def test_returned_a_village_to_the_control_of_ukraine():
    assert places("Ukrainian defenders returned the village of Klishchiivka to the control of Ukraine.") == {
        ("Klishchiivka", "Ukraine", "captured")}


def test_guard_returning_bodies_is_no_claim():
    assert places("Russia returned the bodies of 500 soldiers to Ukraine near Zaporizhzhia.") == set()


def test_a_town_in_russian_occupied_southern_ukraine_is_held():
    assert places("Many families in Nova Kakhovka in Russian-occupied southern Ukraine lost their homes.") == {
        ("Nova Kakhovka", "Russia", "holds")}

"""Extractor 0.71.135 (after 0.71.134), in sentences of our own (each fails on 0.71.134 unless marked a guard).

"said on Monday he was ..." is content, not a credit line; "the Chechen leader" is the republic's head; "X posted this
on Telegram, <outlet> reports" credits the sentence before; "announced this development" too; an outlet that has
not independently verified a report says nothing; "troops from the X grouping claimed" leave the claim to the source
after them. Figures: an aside between a share and "are under ... control"; a part "of them" of a count of
settlements; a count's noun in quotation marks; "seized N sq km since 2014" is the holding; a list of examples after
"including" is an aside; an article that calls Russia's captures liberations gives an unagented freeing to Russia."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes, speakers


def test_a_clause_after_the_day_is_content_not_a_credit_line():
    text = ("The ministry praised the volunteers. Interior Minister Ihor Klymenko, who has led the department with a firm "
            "hand for years, said on Tuesday he was proud of the rescue teams.")
    got = {q for _s, q in quotes(text, datetime(2023, 5, 2))}
    assert "he was proud of the rescue teams" in got
    assert "The ministry praised the volunteers" not in got


def test_a_where_and_when_credit_line_still_credits_the_sentence_before():
    # (a guard: only where and when after the frame)
    text = ("Air defence shot down eleven drones over the region overnight. Oleh Kiper, the head of the regional "
            "administration, said on Sunday on national television.")
    assert quotes(text, datetime(2024, 6, 2)) == {
        ("Oleh Kiper", "Air defence shot down eleven drones over the region overnight")}


def test_the_chechen_leader_is_the_head_of_the_republic():
    text = ("Fighters from Grozny arrived at the front, the regional television reported. The Chechen leader said on "
            "Monday that his men would stay as long as needed.")
    assert "Ramzan Kadyrov" in speakers(text, datetime(2022, 3, 21))


def test_a_post_credited_by_an_outlet_is_the_posters():
    text = ("All drones were shot down over the Poltava region overnight, and nobody was hurt. The head of the "
            "regional administration Volodymyr Kohut posted this on Telegram, Ukrinform reports.")
    assert quotes(text, datetime(2024, 9, 11)) == {
        ("Volodymyr Kohut", "All drones were shot down over the Poltava region overnight, and nobody was hurt")}


def test_troops_are_posted_not_speaking():
    # (a guard: "posted" of troops is no reporting verb)
    text = "Two more brigades were posted near the border, the general staff said on Friday."
    assert all("posted this" not in q for _s, q in quotes(text))


def test_a_development_announced_credits_the_sentence_before():
    text = ("Russian troops have taken the village of Lozova in the Kharkiv region, Interfax reported. The Defence "
            "Ministry announced this development on Thursday.")
    assert all(not q.startswith("this development") for _s, q in quotes(text, datetime(2025, 3, 6)))


def test_an_outlet_that_has_not_verified_a_report_says_nothing():
    text = ("Moscow said its forces had taken the village. However, Reuters has noted that it has not independently "
            "verified the battlefield report.")
    assert all("verified" not in q for _s, q in quotes(text, datetime(2025, 3, 6)))


def test_troops_of_a_grouping_are_no_speaker_before_the_source():
    text = ("Russian soldiers from the 'Dnepr' grouping of forces claimed to have taken the village of Lobkove in the "
            "Zaporizhzhia region, according to the Russian Defence Ministry.")
    assert speakers(text, datetime(2025, 6, 20)) == {"Russian Ministry of Defence"}


def test_a_brigade_that_speaks_keeps_its_words():
    # (a guard: soldiers from a named brigade, with no source after them)
    text = "Soldiers from the 3rd Assault Brigade said they had pushed the enemy out of the forest."
    assert speakers(text) == {"3rd Separate Assault Brigade"}


def test_an_aside_between_a_share_and_its_holding():
    text = ("The general said that 80% of Luhansk and 60% of Donetsk, each of which Moscow claimed to annex in the "
            "autumn of 2022, are under Russian control.")
    assert areas(text, datetime(2023, 3, 1), region=True) == {
        ("territory_share", "Russia", "Luhansk Oblast", 0.8), ("territory_share", "Russia", "Donetsk Oblast", 0.6)}


def test_a_part_of_them_counts_settlements():
    text = ("The governor said the occupiers had seized 120 villages in the region, and that Ukrainian forces have "
            "since recaptured 45 of them.")
    assert areas(text, datetime(2022, 10, 1)) == {
        ("settlements_gained", "Russia", 120.0), ("settlements_gained", "Ukraine", 45.0)}


def test_a_part_of_them_that_is_no_count_of_settlements():
    # (a guard: "of them" after people is no settlement)
    text = "Ukrainian forces liberated 12 villages, and 300 residents returned; 40 of them were children."
    assert areas(text, datetime(2022, 10, 1)) == {("settlements_gained", "Ukraine", 12.0)}


def test_a_count_whose_noun_is_in_quotation_marks():
    text = "The president said Russian troops had captured more than 2,000 \u201csettlements\u201d since February."
    assert areas(text, datetime(2022, 6, 2)) == {("settlements_gained", "Russia", 2000.0)}


def test_seized_since_2014_is_the_holding():
    text = ("Whatever the talks decide, Russia has seized about 116,000 square kilometres, roughly a fifth of the "
            "country, since 2014.")
    assert areas(text, datetime(2025, 8, 1)) == {
        ("area_controlled", "Russia", 116000.0), ("territory_share", "Russia", 0.2)}


def test_seized_since_a_day_this_year_is_a_gain():
    # (a guard: counted from a day after the invasion began)
    text = "Russia has seized about 1,500 square kilometres since March 1, the monitoring group said."
    assert {m for m, _c, _v in areas(text, datetime(2025, 8, 1))} == {"area_gained"}


def test_examples_listed_after_including_are_an_aside():
    text = "In the Zaporizhzhia region, 14 settlements, including Mala Tokmachka, Robotyne, and Kamianske, were freed."
    assert areas(text, datetime(2023, 9, 1)) == {("settlements_gained", "Ukraine", 14.0)}


def test_an_article_that_calls_russian_captures_liberations():
    text = ("Russian forces have liberated dozens of villages this autumn, the review said.\n\n"
            "In the Kharkiv region, 9 settlements were freed.")
    got = {(m, c, v) for m, c, v in areas(text, datetime(2025, 12, 1))}
    assert ("settlements_gained", "Russia", 9.0) in got


def test_an_unagented_freeing_stays_the_owners():
    # (a guard: an article with no Russian "liberated" of its own)
    text = "In the Kharkiv region, 9 settlements were freed, the regional governor said."
    assert areas(text, datetime(2022, 9, 12)) == {("settlements_gained", "Ukraine", 9.0)}


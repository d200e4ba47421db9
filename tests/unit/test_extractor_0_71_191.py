"""Extractor 0.71.191 (after 0.71.190), in sentences of our own (each fails on 0.71.190 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 3, 14)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_the_armed_forces_named_bare_are_the_army_named_in_full_before():
    assert areas("Yesterday the Armed Forces of Ukraine liberated Balakliia. According to the General Staff, in 3 "
                 "days the Armed Forces advanced almost 50 km in Kharkiv region.") == {("Ukraine", "advance_depth", 50)}


def test_under_the_control_of_the_armed_forces_of_ukraine_told_by_a_russian_official():
    assert areas("According to Alexei Smirnov, 28 settlements in the Kursk region are under the control of the Armed "
                 "Forces of Ukraine.") == {("Ukraine", "settlements_controlled", 28)}


def test_a_countrys_own_forces_capturing_after_a_comma():
    assert places("Russia said its forces made advances in the eastern Donetsk region, capturing two villages - "
                  "Kurakhivka and Ostrivske.") == {("Kurakhivka", "Russia", "captured"),
                                                   ("Ostrivske", "Russia", "captured")}


def test_still_occupied_towns_are_held():
    assert places("The company sells tickets for the first trains to still-occupied Mariupol and Melitopol.") == {
        ("Mariupol", "Russia", "holds"), ("Melitopol", "Russia", "holds")}


def test_the_captured_former_stronghold_of_a_town():
    assert places("A new map shows Russia has gained territory northwest of the captured former Ukrainian stronghold "
                  "of Avdiivka.") == {("Avdiivka", "Russia", "captured")}


def test_a_perfect_participle_shares_the_clause_subject_it_points_back_to():
    assert places("Russia has pushed deeper into Donetsk. It has already gained control of the Luhansk province, "
                  "having seized the twin cities of Lysychansk and Severodonetsk.") == {
        ("Lysychansk", "Russia", "captured"), ("Sievierodonetsk", "Russia", "captured")}


def test_guard_a_singular_it_is_no_plural_army_of_the_sentence_before():
    assert ("Lysychansk", "Ukraine", "captured") not in places(
        "Ukrainian forces are gradually seizing territory in Kherson, British officials said. It has already gained "
        "control of the Luhansk province, having seized the twin cities of Lysychansk and Severodonetsk.")


def test_a_train_that_left_the_capital_is_no_army():
    assert places("Russian forces shelled the rail line for weeks. In the evening nearly 200 people boarded the "
                  "overnight sleeper train as it left Kyiv.") == set()


def test_guard_they_who_left_a_town_are_the_army_before():
    assert places("Russian troops shelled the port all week. Later they left Kherson.") == {
        ("Kherson", "Ukraine", "withdrew")}

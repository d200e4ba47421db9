"""Extractor 0.71.43 (after 0.71.42), in sentences of our own (each fails on 0.71.42 unless marked a guard): Krasne in
Kharkiv Oblast (and Strilecha's "Strileche") in the gazetteer; "Details: According to X, those are A, B and C" names
the places of the sentence before; "relinquished control of" is a withdrawal; "A and B, located northwest of X, as
well as C" keeps the list; a British outlet's short quotation in single marks ("‘Only pressure works,’ X said",
"X declared: ‘...’"); "framed X as"; "the veteran commander said" is the commander named before; a sentence opened by
"While" ends the judgement's content at its comma."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, run, said, statements

DAY = datetime(2024, 5, 10)


def test_krasne_in_kharkiv_oblast():
    text = "Russian troops captured Krasne and Pylna in Kharkiv Oblast on Friday, the General Staff said."
    assert {(p.place, p.region) for p in run(text, DAY).place_claims} == {("Krasne", "Kharkiv Oblast"),
                                                                          ("Pylna", "Kharkiv Oblast")}


def test_those_are_after_the_source():
    text = ("Russian troops captured three villages in Kharkiv Oblast, a source said. Details: According to the "
            "source, those are the settlements of Strileche, Pylna and Krasne.")
    assert place_controllers(text, DAY) == {("Strilecha", "Russia"), ("Pylna", "Russia"), ("Krasne", "Russia")}


def test_relinquished_control_of():
    text = "The General Staff said Ukrainian troops had relinquished control of the village of Berdychi."
    assert place_controllers(text, DAY) == {("Berdychi", "Russia")}


def test_a_located_apposition_inside_a_list():
    text = ("The General Staff said Ukrainian troops had withdrawn from Berdychi, located northwest of Avdiivka, as "
            "well as Novomikhailovka.")
    assert place_controllers(text, DAY) == {("Berdychi", "Russia"), ("Novomykhailivka", "Russia")}


def test_single_quotation_marks_before_the_frame():
    assert statements("‘Only pressure works,’ Podoljak said on Monday.") == {
        ("Mykhailo Podolyak", "direct", "Only pressure works")}


def test_single_quotation_marks_after_a_colon():
    assert statements("Zelensky declared: ‘Our South! Our guys!’") == {
        ("Volodymyr Zelensky", "direct", "Our South! Our guys!")}


def test_a_scare_quoted_phrase_stays_no_quotation():
    # guard: a phrase in single marks inside the sentence is no quotation of its own
    text = "The so-called ‘special operation’ went on, Putin said."
    assert {t for _s, t, _q in statements(text)} == {"indirect"}


def test_framed_as():
    assert [s for s, _q in said("Putin framed the meeting as a long-overdue reset in relations.", DAY)] == [
        "Vladimir Putin"]


def test_framed_without_as():
    # guard: "framed" with no "as" reports nothing
    assert run("The photograph was framed and hung in the ministry.", DAY).statements == []


def test_the_veteran_commander():
    text = "Captain Ivan Petrenko spoke to reporters. The battle-hardened commander said drones are their eyes."
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]


def test_while_clause_ends_at_its_comma():
    text = "While Trump framed the meeting as a chance for peace, officials in Kyiv remain wary of any deal."
    assert said(text, DAY) == [("Donald Trump", "the meeting as a chance for peace")]

"""Extractor 0.71.51 (after 0.71.50), in sentences of our own (each fails on 0.71.50 unless marked a guard): a body's
lower-case kind before its name in a closing credit ("grid operator X said"); a surname with a hyphenated particle
("al-Rashid"); an owner's office after an inverted credit's name; "the legion" and "the analysts" called back; an outlet
no seed knows relaying a titled speaker's report; derision of a claim denies it; "forced troops off X"; a headline's
"said to be"; a quotation's first word is no subject of the frame's second verb; a list of unknown names before its
plural kind; a dot thousands separator; a hedged "all in"; the whole a part is measured against; "in 2023 - ..."."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes, speakers, statements

DAY = datetime(2025, 9, 12)


def test_lower_case_kind_before_a_name_in_a_closing_credit():
    text = "Power was restored in three districts overnight, grid operator Ukrenergo said."
    assert speaker_quotes(text) == {("Ukrenergo", "Power was restored in three districts overnight")}


def test_surname_with_a_hyphenated_particle():
    text = "The talks on the grain corridor will resume next week, said Abdullah al-Rashid."
    assert speakers(text) == {"Abdullah al-Rashid"}


def test_owners_office_after_an_inverted_credit_is_no_content():
    text = "Two more ships left the port on Friday, said Oleh Kiper, Odesa's regional governor."
    assert speaker_quotes(text) == {("Oleh Kiper", "Two more ships left the port on Friday")}


def test_owners_clause_after_an_inverted_credit_stays():
    # guard: a clause after the name, with its verb, is more of what was said
    text = "Two more ships left the port on Friday, said Oleh Kiper, Odesa's port is working."
    assert any("port is working" in q for _s, q in speaker_quotes(text))


def test_the_legion_calls_back_a_named_legion():
    text = "The Georgian Legion said it had repelled an attack near Bakhmut. The legion added that its fighters held the line."
    assert speakers(text) == {"Georgian Legion"}
    assert len(statements(text)) == 2


def test_unknown_outlet_relays_a_titled_speakers_report():
    text = ("Earlier, ZN wrote that Commander of the Ground Forces Mykhailo Drapatyi reported that the assault near "
            "Pokrovsk had been stopped.")
    assert {s for s, _q in speaker_quotes(text)} == {"Mykhailo Drapatyi"}


def test_person_writing_what_another_reported_keeps_the_writer():
    # guard: a person who writes what an official reported is the speaker, as before
    text = "Zelensky wrote that Defence Minister Rustem Umerov reported that the assault had been stopped."
    assert speakers(text) == {"Volodymyr Zelensky"}


def test_scorned_claims_deny_the_capture():
    text = "Kyiv scorned Russian claims to have taken Kurakhove."
    assert places(text, DAY) == {("Kurakhove", "Russia", "denied", None)}


def test_forced_troops_off_a_place():
    text = "Ukrainian marines forced the Russian garrison off Snake Island."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Snake Island", "Ukraine")}


def test_headline_said_to_be_is_hearsay():
    text = "The Georgian Legion said to be fighting near Bakhmut."
    assert statements(text) == set()


def test_quotation_opening_the_sentence_is_no_subject():
    text = ('"We left in good order. Therefore, the losses were small," reports the head of the regional administration '
            "and stressed that the war is not lost.")
    assert "Therefore" not in speakers(text)


def test_list_of_unknown_names_before_its_plural_kind():
    text = "Ukrainian troops liberated the Kutuzivka, Verkhnia Rohanka and Vilkhivka villages."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Kutuzivka", "Ukraine"), ("Verkhnia Rohanka", "Ukraine"),
                                                               ("Vilkhivka", "Ukraine")}


def test_dot_thousands_separator():
    text = "Zelensky said some 6.000 sq km had been retaken by Ukrainian forces."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 6000.0)}


def test_decimal_point_stays_a_decimal():
    # guard: "2.5 sq km" is two and a half
    text = "Ukrainian forces have liberated 2.5 sq km near Bakhmut, the general said."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 2.5)}


def test_hedged_all_in_locates_the_figure():
    text = "Zelensky said some 3,000 sq km had been cleared so far, apparently all in the northern region of Kharkiv."
    assert areas(text, DAY, region=True) == {("area_gained", "Ukraine", "Kharkiv Oblast", 3000.0)}


def test_total_a_part_is_measured_against_is_no_claim():
    text = "Ukrainian troops have retaken about 5 sq km of the town's total 20 sq km since October."
    assert {v for _m, _c, v in areas(text, DAY)} == {5.0}


def test_year_then_an_aside_after_a_dash_is_the_period():
    text = "Russian forces seized 0.5% of Ukraine in 2023 – less than they had hoped."
    assert areas(text, DAY) == set()


def test_analysts_of_a_named_project_are_called_back():
    text = ("Analysts of the OSINT project DeepState reported new Russian gains. The analysts noted that the pace of the "
            "advance had slowed.")
    assert ("DeepState", "the pace of the advance had slowed") in speaker_quotes(text)


def test_russian_emergencies_ministry_by_its_other_names():
    text = "Russia's Emergency Situations Ministry said 2,000 people had been evacuated from the border areas."
    assert speakers(text) == {"Russian Emergencies Ministry"}


def test_outlets_kind_after_its_name():
    text = "Russian troops have suffered heavy losses near Kupiansk, the Fontanka newspaper reported."
    assert speakers(text) == {"Fontanka"}

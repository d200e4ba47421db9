"""Extractor 0.71.79 (after 0.71.78), in sentences of our own (each fails on 0.71.78 unless marked a guard): a change
told by "we"/"they" of unknown side leaves no holding for the attributive beside its places; "X has overwhelmed the
other side's lines, and has advanced N km" is X's advance; "the evacuation of N settlements" counts no places held;
a sentence's region before a clause that dates it ("after Ukraine started withdrawing from Kursk region") is the one
the next sentence's figure inherits; "N square kilometres, or one percent of Ukraine's territory" is the country's;
an opening quotation mark typed for the closing one; "the Head of the Region Military and Civilian Administration"
is one speaker; "UNN reports with reference to X." credits the paragraph before it to X; the 13th Brigade of the
National Guard is Khartia."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes, speakers

DAY = datetime(2025, 6, 12)


def test_an_attributive_beside_a_change_told_by_we():
    text = ("A month earlier we lost Popasna and Hirske, the largest towns in the Ukrainian-controlled part of the "
            "region.")
    assert ("Popasna", "Ukraine") not in {(p, c) for p, c, _s, _cl in places(text, DAY)}


def test_an_attributive_beside_an_aim_stays():
    # guard: an aim ("towards taking X") changes nothing; the attributive still tells who holds X
    text = ("The capture of Siversk was a stepping stone towards taking Sloviansk, one of the two biggest cities in "
            "Donetsk still under Ukrainian control.")
    assert ("Sloviansk", "Ukraine", "asserted", None) in places(text, DAY)


def test_a_coordinated_advance_after_a_perfect():
    text = ("In this sector, Russia has quickly overwhelmed Ukraine's infantry, and has advanced 5 to 10km towards "
            "the town.")
    assert areas(text, DAY) == {("advance_depth", "Russia", 5.0)}


def test_settlements_evacuated_are_not_held():
    text = "Russia captured 200 square kilometers of territory, prompting the mandatory evacuation of 213 settlements."
    assert ("settlements_controlled", "Russia", 213.0) not in areas(text, DAY)
    assert ("settlements_gained", "Russia", 213.0) not in areas(text, DAY)


def test_the_region_of_the_main_clause_before():
    text = ("Russian units have advanced into Sumy region after Ukraine started withdrawing from Kursk region in "
            "March. Since then, Russia captured 200 square kilometers of territory.")
    assert {r for _m, _c, r, _v in areas(text, DAY, region=True)} == {"Sumy Oblast"}


def test_a_figure_glossed_as_a_share_of_the_country():
    text = ("Moscow said its forces had seized Yehorivka in Dnipropetrovsk region. Over the last year, its army has "
            "captured around 6,000 square kilometres, or one percent of Ukraine's territory.")
    assert {r for _m, _c, r, _v in areas(text, DAY, region=True)} == {"Ukraine"}


def test_an_opening_mark_closing_a_quotation():
    text = "\u201cWe are holding the designated lines,\u201c Zelensky said in his nightly video address."
    assert speaker_quotes(text) == {("Volodymyr Zelensky", "We are holding the designated lines")}


def test_one_administration_with_two_adjectives():
    text = ("The Head of Kharkiv Region Military and Civilian Administration also said that seven soldiers had "
            "surrendered.")
    assert speakers(text) == {"Head of Kharkiv Region Military and Civilian Administration"}


def test_an_outlet_credits_the_paragraph_before():
    text = ("Fighters of the brigade have regained their positions north of the village.\n\n"
            "UNN reports with reference to the official Telegram channel of the Khartia Brigade.\n\nDetails")
    assert speaker_quotes(text) == {
        ("Khartia Corps", "Fighters of the brigade have regained their positions north of the village")}


def test_the_13th_brigade_is_khartia():
    text = "The 13th Brigade of the National Guard of Ukraine said its fighters had cleared the forest."
    assert speakers(text) == {"Khartia Corps"}

"""Extractor 0.71.65 (after 0.71.64), in sentences of our own (each fails on 0.71.64 unless marked a guard): a village
in Ukraine that the gazetteer lacks, written the Russian way, is named the Ukrainian way; "where they seized" after
"the Russian region of X" is said of the forces named before; a region named only to locate another ("X, adjacent to
Y") is not the figure's; "Ukraine's top military command" is the General Staff. (0.71.65 also made an office's
unnamed holder, "the mayor of X", the "the mayor" and "he" that follow; 0.71.67 withdrew that, see
test_extractor_0_71_67.py; the guards stay.)"""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run, speaker_quotes

DAY = datetime(2024, 9, 25)


def test_a_russian_spelling_of_an_unknown_ukrainian_village():
    text = "Moscow said on Wednesday its troops had seized the village of Gostre in the Donetsk region."
    claims = {(p.place, p.place_raw, p.controller) for p in run(text, DAY).place_claims}
    assert claims == {("Hostre", "Gostre", "Russia")}


def test_the_russian_suffixes_read_the_ukrainian_way():
    from pipelines.extraction.places import ukrainian_spelling
    assert ukrainian_spelling("Gnatovka") == "Hnativka"
    assert ukrainian_spelling("Novaya Kruglyakovka") == "Nova Kruhlyakivka"
    assert ukrainian_spelling("Svetlichnoye") == "Svetlichne"


def test_names_not_written_the_russian_way_stay():
    # guard: a Ukrainian spelling, an English phrase and a Cyrillic name are left as they are
    from pipelines.extraction.places import ukrainian_spelling
    assert ukrainian_spelling("Hostre") == "Hostre"
    assert ukrainian_spelling("Defence Intelligence") == "Defence Intelligence"
    assert ukrainian_spelling("Гостре") == "Гостре"


def test_a_village_in_a_russian_region_keeps_its_spelling():
    # guard: only a place in Ukraine is given the Ukrainian spelling
    text = "Moscow said on Wednesday its troops had retaken the village of Zagorovka in the Kursk region."
    assert {p.place for p in run(text, DAY).place_claims} <= {"Zagorovka"}


def test_where_they_seized_after_a_russian_region():
    text = ("The raid by Ukrainian troops seems to answer their setbacks in the Russian region of Kursk, "
            "adjacent to Bryansk, where they seized more than 1,200 square kilometres last summer.")
    assert {(c, r, v) for _m, c, r, v in areas(text, datetime(2025, 3, 20), region=True)} == {
        ("Ukraine", "Kursk Oblast", 1200.0)}


def test_where_they_seized_after_the_forces():
    # guard: the side named as forces before "where they" is still theirs
    text = ("Russian troops hold positions in regions such as Donetsk, where they seized about 500 square "
            "kilometres this year.")
    assert {c for _m, c, _v in areas(text, DAY)} == {"Russia"}


def test_the_top_military_command():
    text = "Ukraine's top military command said on Tuesday that it had repelled eleven assaults near Toretsk."
    assert {s for s, _q in speaker_quotes(text)} == {"Ukrainian General Staff"}


def test_another_city_governor_is_not_the_unnamed_one():
    # guard: "the Sumy governor" is not the governor of Kharkiv named before
    text = ("The governor of Kharkiv says the shelling went on all night. "
            "According to the Sumy governor, two villages were evacuated on Friday.")
    assert "governor of Kharkiv" not in {s for s, q in speaker_quotes(text) if "evacuated" in q}


def test_the_unnamed_holder_named_later():
    # guard: the office's name given after the title still names the speaker
    text = ("Fighting continues on the outskirts of the town, said the spokesperson of the Khortytsia group of "
            "troops Nazar Voloshyn. According to Voloshyn, the defenders hold the centre.")
    assert {s for s, _q in speaker_quotes(text)} == {"Nazar Voloshyn"}

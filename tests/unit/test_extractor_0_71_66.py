"""Extractor 0.71.66 (after 0.71.65), in sentences of our own (each fails on 0.71.65 unless marked a guard): a list
joined by "or" is denied item by item; an absolute "with"/"plus" clause about a grey zone drops only its own figure;
a "Quote from <unnamed people>:" label is nobody's statement; the ICC is a known body."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes

DAY = datetime(2025, 12, 2)


def test_a_list_joined_by_or_is_denied_item_by_item():
    text = "Kyiv's officials dismissed Moscow's claims of having seized Kupiansk, Siversk or Huliaipole."
    denied = {p for p, _c, stance, _cl in places(text, DAY) if stance == "denied"}
    assert denied == {"Kupiansk", "Siversk", "Huliaipole"}


def test_two_names_joined_by_or():
    text = "Ukraine's army denied that Russian troops had captured Siversk or Kupiansk."
    assert {p for p, _c, stance, _cl in places(text, DAY) if stance == "denied"} == {"Siversk", "Kupiansk"}


def test_a_grey_zone_in_an_absolute_clause():
    text = ("The analysts wrote: \u201cUkrainian-occupied territory in Kursk Oblast now amounts to about 700 km\u00b2, "
            "with 300 km\u00b2 in the grey zone.\u201d")
    assert areas(text, datetime(2024, 10, 14)) == {("area_controlled", "Ukraine", 700.0)}


def test_a_grey_zone_alone_is_no_control():
    # guard: the grey zone's own figure is still dropped
    text = "About 300 km\u00b2 of Kursk Oblast remain a grey zone, the analysts wrote."
    assert areas(text, datetime(2024, 10, 14)) == set()


def test_a_quote_label_of_unnamed_people():
    text = ("A flag has been raised at the entrance to the liberated town.\n"
            "Quote from soldiers: \"Today we put our flag back on our own land.\"")
    assert speaker_quotes(text) == set()


def test_the_icc_is_a_known_body():
    text = "The ICC alleged on Friday that the two officials were responsible for the deportation of children."
    assert {s for s, _q in speaker_quotes(text)} == {"International Criminal Court"}

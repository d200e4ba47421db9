"""Extractor 0.71.147 (after 0.71.146), in sentences of our own (each fails on 0.71.146 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said

DAY = datetime(2024, 3, 1)


def test_hectares_cleared_of_explosives_are_no_gain():
    text = "Nearly 1.4 million hectares have been cleared of explosive remnants of war in the north so far."
    assert areas(text, DAY) == set()


def test_a_share_sappers_cleared_is_no_holding():
    text = "In the Mykolaiv region, sappers have now cleared roughly 60% of the liberated territory, officials said."
    assert areas(text, DAY) == set()


def test_an_area_liberated_is_still_a_gain():
    text = "Ukrainian troops have liberated 1.2 million hectares in the south, the general staff said."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 12000.0)}     # guard


def test_a_share_of_the_territory_the_other_side_claims_is_no_holding():
    text = "Officials in Kyiv said Russian troops held only a third of the territory that Moscow claimed."
    assert areas(text, DAY) == set()


def test_a_share_of_a_region_is_still_a_holding():
    text = "Russian troops hold only a third of the territory of the Zaporizhzhia region, officials in Kyiv said."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.3333)}     # guard


def test_they_with_a_manner_adverb_are_the_forces_named_before_the_subordinator():
    text = ("DeepState analysts report a push by Russian troops, as they quickly take control of three more villages "
            "near Pokrovsk.")
    assert areas(text, DAY) == {("settlements_gained", "Russia", 3.0)}


def test_they_after_the_forces_a_by_names_take_the_place_not_the_teller():
    text = "DeepState reports a push by Russian troops, as they take control of Tonenke near Avdiivka."
    assert places(text, DAY) == {("Tonenke", "Russia", "asserted", "DeepState")}


def test_closer_to_capturing_is_an_aim():
    text = "The fall of the town brings Moscow closer to capturing Kostiantynivka, analysts said."
    assert places(text, DAY) == set()


def test_a_passive_report_with_an_adverb_names_its_source():
    text = ("The loss of the village was later confirmed by the DeepState project, which is close to the Ukrainian "
            "military. It said the defenders had been outnumbered.")
    assert said(text, DAY) == [("DeepState", "The loss of the village"),
                               ("DeepState", "the defenders had been outnumbered.")]


def test_a_name_after_a_time_adjunct_and_before_its_title_speaks():
    text = ("Casualty figures are hard to verify, but on Monday Ben Wallace, the British defence secretary, said that "
            "the Russian army had lost 25,000 troops.")
    assert [s for s, _ in said(text, DAY)] == ["Ben Wallace"]


def test_the_holder_named_after_an_office_in_an_inverted_frame_speaks():
    text = ('"The need is enormous," said the WFP representative in Ukraine, Matthew Hollingworth, who led the '
            'convoy.')
    assert [s for s, _ in said(text, DAY)] == ["Matthew Hollingworth"]


def test_the_holder_named_after_an_office_in_a_passive_credit_speaks():
    text = ("Air defence shot down six drones over the region. The statement was made by Commander of the Air Force "
            "of the Armed Forces of Ukraine, Lieutenant General Mykola Oleshchuk on Telegram.")
    assert [s for s, _ in said(text, DAY)] == ["Mykola Oleshchuk"]     # guard


def test_a_title_then_a_clause_is_no_holder():
    text = '"We will hold the line," said the commander, adding that reinforcements had arrived.'
    assert "adding" not in " ".join(s for s, _ in said(text, DAY))     # guard

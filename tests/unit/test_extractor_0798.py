"""Extractor 0.70.98, in sentences of our own (each fails on 0.70.97 unless marked a guard). Area claims: "they"
right before the verb after a "we" frame is the speaker's enemy; a count "which is N% of the territory" is a share
of the same holding; "at a point 40 km north of" locates, it measures no advance; "the Armed Forces of Ukraine" names
a body, not the region; "have been confirmed liberated"; a count after a list of three oblasts or more is the whole
country's; "shifted the front line by N km". Place claims: "the town" after "the town of X" in the sentence before;
a district named after a town is not the town; "Lyman Pershyi" is not Lyman; "the liberation of X could serve as" is
foreseen; "pushed the occupiers to the left bank" makes the occupiers no subject."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run

DAY = datetime(2025, 3, 4)


def test_they_after_a_we_frame_is_the_enemy():
    text = ("\u201cWe have held the line for three years,\u201d Volodymyr Zelensky said. \u201cThat is, we are saying that "
            "for three years of war, they occupied a quarter of the Kharkiv region,\u201d Zelensky added.")
    shares = [c for c in run(text, DAY).area_claims if c.metric == "territory_share"]
    assert [(c.controller, c.region, c.value_low, c.claimant) for c in shares] == [
        ("Russia", "Kharkiv Oblast", 0.25, "Volodymyr Zelensky")]


def test_a_count_which_is_a_share_of_the_territory():
    text = "Now 14 settlements in the Sumy region remain under occupation, which is less than 3% of the territory of the region."
    assert areas(text, DAY, region=True) == {("settlements_controlled", "Russia", "Sumy Oblast", 14.0),
                                             ("territory_share", "Russia", "Sumy Oblast", 0.03)}


def test_a_point_located_by_its_distance_is_no_advance():
    text = "The Russians crossed into the Sumy region at a point 40 kilometers north of where they had crossed in May."
    assert areas(text, DAY) == set()


def test_the_armed_forces_of_ukraine_name_no_region():
    text = ("In the Kherson region, 40 settlements have been confirmed liberated this week. In March alone, the Armed Forces "
            "of Ukraine returned 12 settlements to Ukrainian control.")
    assert areas(text, datetime(2025, 3, 20), region=True) == {
        ("settlements_gained", "Ukraine", "Kherson Oblast", 40.0), ("settlements_gained", "Ukraine", "Kherson Oblast", 12.0)}


def test_a_count_after_a_list_of_oblasts_is_the_countrys():
    text = ("\u201cThere are more than 9,000 settlements in the freed territories of the Kyiv, Sumy, Chernihiv and Kharkiv "
            "regions. Many of them were shelled. Today, 640 settlements have been de-occupied.\u201d")
    assert areas(text, DAY, region=True) == {("settlements_gained", "Ukraine", "Ukraine", 640.0)}


def test_shifted_the_front_line():
    text = "Russian troops have shifted the front line by two kilometers near Robotyne in the Zaporizhzhia region over the past day."
    assert areas(text, DAY) == {("advance_depth", "Russia", 2.0)}


def test_the_town_after_the_town_of_x():
    text = ("Pokrovsk is one of the largest towns of the region. "
            "The ministry said its forces captured the village of Yablukove, about 10 kilometers east of the front-line "
            "town of Orikhiv. Russia claimed it took the town last month, though Kyiv has denied it.")
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} >= {("Orikhiv", "Russia", "asserted"),
                                                                 ("Orikhiv", "Russia", "denied")}


def test_a_district_named_after_a_town_is_not_the_town():
    text = "Ukrainian troops liberated the Izium and Kupiansk districts in September."
    assert places(text, datetime(2022, 10, 5)) == set()


def test_the_town_itself_stays_a_place():
    # guard
    text = "Ukrainian forces liberated Izium and Kupiansk in September."
    assert {p for p, _c, _s, _cl in places(text, datetime(2022, 10, 5))} == {"Izium", "Kupiansk"}


def test_an_ordinal_after_a_name_is_another_place():
    text = "Ukrainian troops are now pushing against the Russian-occupied Lyman Pershyi."
    assert {p for p, _c, _s, _cl in places(text, datetime(2023, 10, 5))} == {"Lyman Pershyi"}


def test_a_liberation_that_could_serve_is_foreseen():
    text = "The analyst said that the liberation of Kostiantynivka could serve as a turning point in the war."
    assert places(text, DAY) == set()


def test_pushed_the_occupiers_to_the_bank():
    text = ("During the offensive in the Kherson region, the Armed Forces pushed the occupiers to the left bank. On 9 "
            "November, the town of Snihurivka was liberated.")
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2022, 11, 12))} == {("Snihurivka", "Ukraine")}

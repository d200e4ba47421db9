"""Extractor 0.71.91 (after 0.71.90), in sentences of our own (each fails on 0.71.90 unless marked a guard).

Figures: a named whole's size ("Ukraine's overall land mass of about 600,000 sq km") is no claim, and its "of which
Russia holds a fifth" is a share; a figure before ", but X said that ..." is not X's; "is believed (by Y) to be under
Russian control" is a holding. Speakers: platforms ("pro-Russian Telegram accounts") and unnamed groups
("Supporters argue") do not speak; "According to CNN, X further asserted that" is X's; "According to A, with
reference to B, X, head of ..., said this" credits the sentence before to X; "it says" after "..., Ukrainian News
Agency reports." is the message's issuer; the governor "of Ukraine's northern region of Sumy" or "of the
neighbouring province of Luhansk" and "Melitopol's exiled Mayor X" are their holders; "CPD" is the Center for
Countering Disinformation. Places and dates: "the settlement" is not the place of "the Kharkiv counteroffensive";
"in October of that year" and "in spring 2022" are dated."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run

DAY = datetime(2022, 9, 14)


def _speakers(text: str, day: datetime = DAY) -> set[str]:
    return {s.speaker for s in run(text, day).statements}


def _area_rows(text: str, day: datetime = DAY) -> set[tuple]:
    return {(a.metric, a.controller, a.value_low, a.claimant) for a in run(text, day).area_claims}


def test_a_countrys_land_mass_is_no_claim_and_its_share_is():
    text = ("The recaptured ground is a small part of Ukraine's overall land mass of about 600,000 square km, of "
            "which Russia holds around a fifth.")
    assert _area_rows(text) == {("territory_share", "Russia", 0.2, None)}


def test_a_figure_before_a_contrasted_report_is_not_the_reporters():
    text = ("Russia holds around a fifth of Ukraine, but the American envoy Jane Doerr said on Monday that Kyiv's "
            "troops had made progress.")
    assert _area_rows(text) == {("territory_share", "Russia", 0.2, None)}


def test_a_figure_inside_the_report_stays_the_reporters():   # guard
    text = "The American envoy Jane Doerr said on Monday that Russia holds around a fifth of Ukraine."
    assert _area_rows(text) == {("territory_share", "Russia", 0.2, "Jane Doerr")}


def test_a_holding_told_through_a_verb_of_belief():
    text = "About 95 percent of the Luhansk region is believed by Western officials to be under Russian control."
    assert ("territory_share", "Russia", "Luhansk Oblast", 0.95) in areas(text, DAY, region=True)


def test_a_platform_does_not_speak():
    text = ("Pavlo Ivanenko said the town had been surrounded. Later a Russian flag was raised over the town hall, "
            "according to pro-Russian Telegram accounts. He said that the town was under constant fire.")
    assert _speakers(text) == {"Pavlo Ivanenko"}


def test_supporters_are_an_unnamed_group():
    assert _speakers("Supporters argue that a lower draft age would strengthen the army.") == set()


def test_according_to_an_outlet_a_named_speaker_further_asserted():
    text = "According to a CNN report, Kyrylenko further asserted that the troops had pulled back from the town."
    assert _speakers(text, datetime(2022, 5, 25)) == {"Pavlo Kyrylenko"}


def test_a_credit_line_relayed_by_two_outlets():
    text = ("The enemy keeps trying to storm the village but fails every time.\n\nAccording to Censor.NET, with "
            "reference to Interfax-Ukraine, Volodymyr Fito, head of the public relations service of the Land Forces "
            "Command of the Armed Forces of Ukraine, said this during the telethon.")
    [st] = run(text, datetime(2023, 10, 1)).statements
    assert (st.speaker, st.quote_text) == ("Volodymyr Fitio", "The enemy keeps trying to storm the village but fails "
                                                              "every time.")


def test_it_says_is_the_message_not_the_outlet_that_relays_it():
    text = ('This is stated in the message of the Office of the President, Ukrainian News Agency reports.\n\n'
            '"The President visited the troops in the liberated city and awarded twelve soldiers," it says.')
    assert _speakers(text, datetime(2022, 11, 14)) == {"Office of the President"}


def test_cpd_is_the_center_for_countering_disinformation():
    assert _speakers("As noted by the CPD, the report of the village's capture is a fake.") == {
        "Center for Countering Disinformation"}


def test_the_governor_of_a_region_placed_by_its_compass_point():
    text = ("The governor of Ukraine's northern region of Sumy said on Monday that Russian troops no longer held any "
            "village in the region.")
    assert _speakers(text, datetime(2022, 4, 4)) == {"Dmytro Zhyvytskyi"}


def test_the_governor_of_the_neighbouring_province():
    text = ("Russian forces will turn to the cities of Sloviansk and Kramatorsk next, the governor of the neighbouring "
            "province of Luhansk has warned.")
    assert _speakers(text, datetime(2022, 5, 3)) == {"Serhiy Haidai"}


def test_people_in_a_region_of_a_name_are_no_speaker():   # guard
    text = "Officials in the region of Sumy said on Monday that Russian troops no longer held any village."
    assert _speakers(text, datetime(2022, 4, 4)) == set()


def test_an_exiled_mayor_titled_by_his_city():
    text = "Partisans blew up a truck carrying Russian soldiers, Melitopol's exiled Mayor Ivan Fedorov said on Sunday."
    assert _speakers(text, datetime(2022, 10, 3)) == {"Ivan Fedorov"}


def test_the_settlement_is_not_the_place_naming_an_operation():
    text = ("Russian forces took the village of Torske early in the war, but Ukrainian forces won it back during the "
            "Kharkiv counteroffensive. The front then settled a few miles outside the village. This week Russia "
            "announced the full capture of the settlement.")
    claims = run(text, datetime(2025, 5, 16)).place_claims
    assert {p.place for p in claims} == {"Torske"}


def test_a_month_of_that_year_and_a_season():
    text = ("Russian forces first took control of Torske in spring 2022, but Ukrainian forces recaptured it in "
            "October of that year.")
    claims = run(text, datetime(2025, 5, 16)).place_claims
    assert {(p.controller, p.as_of.isoformat()[:10]) for p in claims} == {("Russia", "2022-05-31"),
                                                                           ("Ukraine", "2022-10-31")}

"""Extractor 0.56.0 / 0.56.1: the rules added for the classes the real corpus showed (0.56.0: all 53 parts, held back 52
included after its scoring; 0.56.1: held back 53's misses, after its scoring), each in sentences of our own, each
failing on the version before; guards keep their outcome on both."""
from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import run as _run
from tests.unit.extraction_helpers import statements as _statements


def _places(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.stance, p.claimant) for p in _run(text).place_claims}


def _areas(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low) for c in _run(text).area_claims}


# ---------------------------------------------------------------- statements: frames

@pytest.mark.parametrize("frame, verb", [
    ("took to Telegram to say", "say"), ("took to social media to announce", "announce"),
    ("went on state television to say", "say"),
])
def test_the_platform_then_the_reporting_verb(frame, verb):
    # "took to Telegram to say": the infinitive reports for the one who took to the platform
    text = f"Oleh Syniehubov {frame} that the shelling of the city had stopped."
    assert _statements(text) == {("Oleh Syniehubov", "indirect", "the shelling of the city had stopped")}


def test_took_to_the_streets_to_protest_reports_nothing():
    # guard (held on both): the purpose is no reporting verb
    assert _run("Thousands of residents took to the streets to protest against the mobilisation.").statements == []


def test_an_outlet_citing_its_source_after_the_content():
    # "..., CNN reported citing X.": the source said it (the frame swallowed nothing; no statement came out)
    text = "Kyiv's forces have retaken three villages in the south this week, CNN reported citing Hanna Maliar."
    assert _statements(text) == {("Hanna Maliar", "indirect",
                                  "Kyiv's forces have retaken three villages in the south this week")}


def test_an_inverted_outlet_frame_citing_its_source():
    text = "Kyiv's forces have retaken three villages in the south, reported Reuters, citing Hanna Maliar."
    assert _statements(text) == {("Hanna Maliar", "indirect", "Kyiv's forces have retaken three villages in the south")}


def test_an_outlet_citing_what_is_no_speaker_keeps_the_statement():
    # guard (held on both): satellite images say nothing
    text = "Russia has lost at least twenty tanks near the town, Reuters reported, citing satellite images."
    assert _statements(text) == {("Reuters", "indirect", "Russia has lost at least twenty tanks near the town")}


def test_according_to_whom_gives_the_clause_to_its_antecedent():
    text = ("The news came on the Telegram channel of the regional governor, Vyacheslav Gladkov, according to whom "
            "the saboteurs had been pushed back across the border.")
    assert ("Vyacheslav Gladkov", "indirect", "the saboteurs had been pushed back across the border") in _statements(text)


def test_thats_according_to_credits_the_sentence_before():
    text = ("The brigade has cleared two more villages in the south. That\u2019s according to the Telegram channel "
            "Operational ZSU.")
    assert ("Operational ZSU", "indirect", "The brigade has cleared two more villages in the south") in _statements(text)


def test_a_description_after_a_dash_closed_by_a_comma_renames_the_subject():
    text = "The Institute for the Study of War \u2013 a Washington-based think tank, says the Russian push has stalled."
    assert _statements(text) == {("Institute for the Study of War", "indirect", "the Russian push has stalled")}


# ---------------------------------------------------------------- place claims

@pytest.mark.parametrize("lead", [
    "two villages that Russia's Defence Ministry had earlier said were now held by Moscow's forces",
    "which Russia's Defence Ministry said were now under its control",
])
def test_a_reported_clause_inside_a_relative_about_the_places(lead):
    text = f"Heavy fighting went on around Myrnohrad and Pokrovsk, {lead}."
    assert _places(text) == {("Myrnohrad", "Russia", "asserted", "Russian Ministry of Defence"),
                             ("Pokrovsk", "Russia", "asserted", "Russian Ministry of Defence")}


def test_both_of_which_after_a_dash_with_the_time_after_the_verb():
    text = ("Fighting raged in Myrnohrad and Pokrovsk \u2014 both of which Russia's Defence Ministry claimed earlier on "
            "Monday were now under its control.")
    assert {p[0] for p in _places(text)} == {"Myrnohrad", "Pokrovsk"}


def test_a_relative_about_a_place_in_the_outlets_voice_stays_unclaimed():
    # guard (held on both): "which Russia claimed to have captured" is no reported clause; a country claims nothing
    assert _places("Fighting raged in Pokrovsk, which Russia claimed to have captured.") == {
        ("Pokrovsk", "Russia", "asserted", None)}


def test_a_list_between_dashes_after_areas_is_the_subject():
    text = "The ministry said these areas \u2014 Kurakhove, Selydove and Ukrainsk \u2014 have come under Russian control."
    assert {(p[0], p[1], p[2]) for p in _places(text)} == {
        ("Kurakhove", "Russia", "asserted"), ("Selydove", "Russia", "asserted"), ("Ukrainsk", "Russia", "asserted")}


def test_an_unknown_name_opening_a_list_of_known_ones():
    # "Zelenopillia" is not in the gazetteer: it opens the list the known names go on with
    text = "The ministry said Zelenopillia, Kurakhove and Selydove have come under Russian control."
    assert {p[0] for p in _places(text)} == {"Zelenopillia", "Kurakhove", "Selydove"}


def test_a_capitalised_word_ending_a_longer_name_opens_no_list():
    # guard: "War Live" is a headline's words, not a place ("Live" ends like "Otradne")
    text = "Russia Ukraine War Live, Mariupol Fall to Russia: Moscow claimed to have captured Mariupol on Friday."
    assert {p[0] for p in _places(text)} == {"Mariupol"}


# ---------------------------------------------------------------- area claims

def test_a_negated_predicate_after_the_figure_is_no_claim():
    assert _areas("Four border villages were not under Russian control, the governor said.") == set()


def test_the_same_predicate_without_negation_stays_a_claim():
    # guard (held on both)
    assert _areas("Four border villages were under Russian control, the governor said.") == {
        ("settlements_controlled", "Russia", 4.0)}


def test_residential_settlements_are_settlements():
    # the translated kind ("населені пункти"): the figure was not read at all
    text = "Ukrainian forces have liberated 12 residential settlements in the Kharkiv region, Hanna Maliar said."
    assert _areas(text) == {("settlements_gained", "Ukraine", 12.0)}


# ---------------------------------------------------------------- 0.56.1: from held back 53's misses, after its scoring

def test_contradicted_the_claim_denies_it_for_the_known_subject():
    text = ("Valery Gerasimov told Vladimir Putin on Thursday that Russian troops had captured the city of Kupyansk. "
            "The General Staff of the Armed Forces of Ukraine (AFU) immediately contradicted the claim.")
    assert ("Kupiansk", "Russia", "denied", "Ukrainian General Staff") in _places(text)


def test_contradicting_as_a_participle_denies_nothing():
    # guard (held on both): "contradicting previous claims by X" tells who did it, not who holds the town
    text = ("Russia's Defence Ministry said its forces had captured Soledar, contradicting previous claims by the "
            "head of the Wagner group.")
    assert {p[2] for p in _places(text)} == {"asserted"}


def test_a_distance_range_whose_ends_carry_their_own_units():
    text = "Ukrainian forces pushed the Russian troops back by 250 meters to 1.5 kilometers near Bakhmut, Syrskyi said."
    (c,) = _run(text).area_claims
    assert (c.metric, c.value_low, c.value_high) == ("advance_depth", 0.25, 1.5)


def test_a_change_from_one_distance_to_another_is_no_range():
    # guard (held on both): "from 2 km to 5 km" is two figures
    from pipelines.extraction.numbers import find_quantities
    assert [(q.low, q.high) for q in find_quantities("the gap grew from 2 km to 5 km")] == [(2.0, 2.0), (5.0, 5.0)]


def test_a_share_of_a_town_named_with_its_oblast_is_no_claim():
    text = ("Gerasimov said 80% of the Kharkiv region city of Vovchansk and 70% of the Donetsk region city of Pokrovsk "
            "were now under Russian control.")
    result = _run(text)
    assert result.area_claims == [] and result.place_claims == []


def test_an_area_restating_a_share_after_a_dash_takes_its_verb():
    text = ("Since the beginning of 2025, Russian forces have captured less than 1% of Ukraine's territory \u2014 "
            "approximately 4,700 square kilometers.")
    assert _areas(text) == {("area_gained", "Russia", 4700.0)}


@pytest.mark.parametrize("text", [
    "The evacuation will be held in almost 30 settlements of the district, the governor said.",
    "Ten more villages will be liberated soon, Zelensky said.",
])
def test_a_modal_passive_is_no_claim(text):
    assert _areas(text) == set()


def test_a_figure_of_another_war_is_no_claim():
    text = ("The Russian advance is slower than in the Battle of the Somme during World War I, where the Allies "
            "advanced about 80 meters per day.")
    assert _areas(text) == set()


def test_an_opening_single_quote_misprinted_in_a_possessive():
    text = "Ukraine\u2018s military said on Tuesday it would evacuate its remaining soldiers from the plant."
    assert _statements(text) == {("Ukrainian General Staff", "indirect",
                                  "it would evacuate its remaining soldiers from the plant")}

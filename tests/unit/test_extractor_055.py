"""Extractor 0.55.0: the rules added for the classes the real corpus showed (all 52 parts, held back 51 included
after its scoring), each in sentences of our own, each failing on 0.54.1; guards keep their outcome on both."""
from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import run as _run
from tests.unit.extraction_helpers import statements as _statements


def _places(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.stance) for p in _run(text).place_claims}


# ---------------------------------------------------------------- statements: where the reported clause starts

@pytest.mark.parametrize("text", [
    "Yevgeny Prigozhin said on January 11 his forces had taken control of the town.",
    "The head of the Wagner group, Yevgeny Prigozhin, said on Tuesday his forces had taken control of the town.",
    "Yevgeny Prigozhin said late on Sunday his forces had taken control of the town.",
])
def test_a_clause_right_after_the_time_of_its_verb(text):
    # "said on Tuesday his forces ...": no "that", the clause opens after the time (and was read as the title
    # before the name, or kept the time)
    assert _statements(text) == {("Yevgeny Prigozhin", "indirect", "his forces had taken control of the town")}


def test_a_number_after_the_time_is_no_new_clause():
    # the clause begins right after "Wednesday" (it kept the day), and "killed 500 Ukrainian troops" opens none
    text = "Yevgeny Prigozhin said Wednesday his forces had captured the town and killed 500 Ukrainian troops."
    (s,) = _run(text).statements
    assert s.quote_text.startswith("his forces had captured the town")


def test_the_title_between_commas_before_the_speaker_is_no_content():
    text = "The town has fallen, the head of the Wagner group, Yevgeny Prigozhin, said on Tuesday."
    assert _statements(text) == {("Yevgeny Prigozhin", "indirect", "The town has fallen")}


def test_a_title_of_someone_else_inside_the_content_stays():
    # guard (held on both): the apposition belongs to a name inside the content; the speaker follows it directly
    text = ("Russia is represented by Grigory Karasin, along with Sergei Beseda, an adviser to the director of the "
            "Federal Security Service, the Interfax news agency reported.")
    (s,) = _run(text).statements
    assert s.quote_text.rstrip(".").endswith("an adviser to the director of the Federal Security Service")


@pytest.mark.parametrize("link", ["though he added", "but added", "and he added", "but he also warned"])
def test_a_second_report_after_a_quote_frame(link):
    text = (f"\u201cWe will not abandon our goals,\u201d Vladimir Putin said, {link} that Russia needed better "
            "reconnaissance and satellite capability.")
    assert ("Vladimir Putin", "indirect", "Russia needed better reconnaissance and satellite capability") \
        in _statements(text)


def test_an_apposition_with_an_owner_whose_closing_comma_is_missing():
    text = ("Akif Kilic, Erdogan's chief foreign policy and security adviser said in an interview that the talks "
            "would go on for weeks.")
    assert _statements(text) == {("Akif Kilic", "indirect", "the talks would go on for weeks")}


def test_called_an_object_an_evaluative_adjective():
    text = "Vladimir Putin called the planned assault on the industrial zone inappropriate."
    assert _statements(text) == {("Vladimir Putin", "indirect", "the planned assault on the industrial zone inappropriate")}


def test_called_without_a_predicate_adjective_is_no_statement():
    # guard (held on both): "called the police", "called the international community to help" say nothing here
    assert _statements("Residents of the village called the police on Sunday evening.") == set()


def test_a_title_with_its_domain_words_before_the_name_after_the_content():
    text = ("No ships were in the safe zone of the grain corridor at that time, UN aid chief Martin Griffiths told "
            "the Security Council.")
    assert {(sp, q) for sp, _t, q in _statements(text)} == {
        ("Martin Griffiths", "No ships were in the safe zone of the grain corridor at that time")}


def test_adding_after_a_frame_whose_adjunct_holds_a_noun_like_a_verb():
    # "in remarks sent by his press office": "remarks" is a noun, not the finite verb the participle shares
    text = ("\u201cWe must use this corridor,\u201d Volodymyr Zelensky said in remarks sent by his press office, adding "
            "that Ukraine was ready to restart shipments.")
    assert ("Volodymyr Zelensky", "indirect", "Ukraine was ready to restart shipments") in _statements(text)


def test_a_participle_after_a_possessed_noun_like_a_verb():
    # "the ministry's claim in remarks ...": neither "claim" nor "remarks" is the finite verb "saying" shares
    text = ("But Oleksandr Petrenko, a spokesman for the Ukrainian army in the south, rejected the Russian Defence "
            "Ministry\u2019s claim in remarks carried by a Kyiv news site, saying that \u201cthe battle for the town "
            "goes on.\u201d")
    speakers = {sp for sp, _t, q in _statements(text) if "the battle for the town" in q}
    assert speakers == {"Oleksandr Petrenko"}


# ---------------------------------------------------------------- place claims: denials in other words

def test_the_side_of_a_new_name_from_its_title_apposition():
    # the denier's side comes from "... of the Armed Forces of Ukraine, X"; without a side no controller was read
    text = ("The representative of the press service of the Armed Forces of Ukraine, Oleksandr Pavlenko, said "
            "that it is \u201cincorrect\u201d to talk about the capture of Marinka.")
    assert _places(text) == {("Marinka", "Russia", "denied")}


def test_a_clause_before_a_name_gives_it_no_side():
    # guard (held on both): "Russian troops ..., X said" is content, not a title; X's side stays unknown
    text = "The Russian troops were pushed back near the river, Oleksandr Pavlenko said."
    (s,) = _run(text).statements
    assert s.speaker_side is None


def test_casting_doubt_on_the_claim_denies_it():
    text = ("Russia's Defence Ministry said its forces had captured Toretsk. A Ukrainian officer in a brigade on "
            "the outskirts of the town cast doubt on the Russian statement.")
    assert ("Toretsk", "Russia", "denied") in _places(text)


def test_which_was_refuted_by_denies_the_capture_before_it():
    text = ("On November 20, Russia's chief of the General Staff Valery Gerasimov reported to Putin the capture of "
            "Kupiansk, which was refuted by Ukraine's Defense Forces.")
    assert _places(text) == {("Kupiansk", "Russia", "asserted"), ("Kupiansk", "Russia", "denied")}


# ---------------------------------------------------------------- place claims: lists and names

def test_a_colon_list_past_an_items_locative_and_as_well_as():
    text = ("Ukrainian units pushed Russian forces out of three villages in Donetsk region: Zelenyi Hai, near the "
            "border with Dnipropetrovsk region, as well as Volodymyrivka and Mykhailivka.")
    assert {p for p, c, s in _places(text) if c == "Ukraine"} >= {"Zelenyi Hai", "Volodymyrivka", "Mykhailivka"}


def test_a_passive_subject_past_its_located_apposition():
    text = ("The army said on Friday that the village of Andriivka, also located south of the city of Bakhmut, "
            "had been retaken by Ukrainian troops.")
    assert _places(text) == {("Andriivka", "Ukraine", "asserted")}


def test_an_unknown_name_whose_second_word_is_a_known_place():
    # "Lozova" is in the gazetteer; "Ruska Lozova" is another village
    text = "Ukrainian troops recaptured the village of Ruska Lozova after two months of fighting."
    assert {p for p, _c, _s in _places(text)} == {"Ruska Lozova"}


def test_a_known_two_word_name_after_the_kind_stays_whole():
    # guard (held on both): the gazetteer knows "Velyka Novosilka" as one place
    text = "Russian troops captured the town of Velyka Novosilka after weeks of fighting."
    assert {p for p, _c, _s in _places(text)} == {"Velyka Novosilka"}


def test_it_before_the_verb_is_the_body_that_tells_it():
    text = ("Russia's Defence Ministry claimed on Sunday that as well as recapturing villages that had been under "
            "Ukrainian occupation for months, it had also seized the village of Novenke.")
    assert ("Novenke", "Russia", "asserted") in _places(text)


def test_it_inside_a_denied_claim_stays_the_claims_side():
    # guard (held on both): "claims by the Russian group that it had taken ..." are Russia's, denied by Ukraine
    text = ("Ukraine had earlier denied claims by the private Russian military group that it had taken control of "
            "Soledar.")
    assert _places(text) == {("Soledar", "Russia", "denied"), ("Soledar", "Russia", "asserted")}


# ---------------------------------------------------------------- area claims

def _areas(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low) for c in _run(text).area_claims}


def test_a_figure_set_off_as_the_subject_of_where_it_lies():
    text = ("Russian forces captured 480 square kilometres in March, the analysis showed. Two-thirds of the Russian "
            "gains, or 324 square kilometres, were in the eastern Donetsk region.")
    assert ("area_gained", "Russia", "Donetsk Oblast", 324.0) in _areas(text)


def test_most_of_a_figure_in_one_oblast_is_no_oblast_figure():
    # guard (held on both): "most of it in X" leaves the whole figure to the whole front
    text = "Russian forces captured 324 square kilometres in March, most of it in the eastern Donetsk region."
    assert _areas(text) == {("area_gained", "Russia", "Ukraine", 324.0)}


def test_pulled_back_from_villages_is_a_loss():
    text = "Ukraine's army chief said Kyiv had pulled back from three villages in the eastern Donetsk region."
    assert _areas(text) == {("settlements_lost", "Ukraine", "Donetsk Oblast", 3.0)}


def test_a_participle_after_the_locating_town_describes_the_apposed_one():
    text = ("One commander said Selydove, a key town outside of Pokrovsk taken by Russia in October, was defended "
            "by only a few troops.")
    assert _places(text) == {("Selydove", "Russia", "asserted")}


# ---------------------------------------------------------------- place claims (0.55.1, after held back 52's scoring)

def test_village_names_opened_by_an_ordinal():
    text = ("Russian units liberated the settlements of Kazachya Loknya, 1st Knyazhy and 2nd Knyazhy in the Kursk "
            "region, the defence ministry in Moscow said.")
    assert {p for p, _c, _s in _places(text)} == {"Kazachya Loknya", "1st Knyazhy", "2nd Knyazhy"}


def test_a_plant_named_after_a_town_is_not_the_town():
    assert _places("The think tank said Russia had captured the Chasiv Yar refractory plant on December 11.") == set()


@pytest.mark.parametrize("text", [
    "The deputy minister said Ukrainian forces were pushing towards the captured towns of Melitopol and Berdiansk.",
    "The governor named the captured villages as Novenke, Basivka and Zhuravka, all near the border.",
])
def test_a_list_after_a_captured_plural(text):
    # the plural's names, taken from the country they lie in
    places = _places(text)
    assert len(places) >= 2 and {c for _p, c, _s in places} == {"Russia"}


def test_a_single_captured_city_keeps_the_side_of_the_text():
    # guard (held on both): "the captured city" under the speaker's own flag is the speaker's recapture
    text = "Ukraine's military said officials raised the Ukrainian flag over the captured city of Izium."
    assert {c for _p, c, _s in _places(text)} == {"Ukraine"}

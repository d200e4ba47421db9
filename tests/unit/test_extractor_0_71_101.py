"""Extractor 0.71.101 (after 0.71.100), in sentences of our own (each fails on 0.71.100 unless marked a guard).

Speakers: "according to the Julian calendar" names a rule, not a source; "The Chinese newspaper remarked" is the outlet
named before, never its country; "Sister Maria Kovalenko ... said Sister Maria" is one nun; "X authorities, including
head of the administration Name, rejected" is Name; "according to Kyiv authorities" is the state; "the military blog
Name"; "This is what the ambassador of X, Name, said in an interview" credits the sentence before. Not statements:
"being briefed by X" (the subject is whom he told), "has repeatedly said" (a habitual stance), "expressed optimism about
the plan, stating that ..." (the participle carries the words). Figures: "hasn't gained more than 1,000 square miles"
(a contraction negates); "As of May 20, 410 km2" is a date and a figure, not 20,410; "1,294 km2 and 100 settlements
of this region are under the control of Ukraine" (both, with the region the text is about). Places: "... of Dnipropetrovsk and Kyiv saying Moscow had ..." (the capital speaks);
"the much-anticipated fall of X ... has not yet occurred"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, quotes

DAY = datetime(2025, 12, 4)


def _statements(text: str) -> set[tuple]:
    return quotes(text, DAY)


def _speakers(text: str) -> set[str]:
    return {s for s, _q in _statements(text)}


def test_according_to_a_calendar_is_no_source():
    text = "Armenian churches mark Christmas on January 6 according to the Julian calendar, a day before the others."
    assert _statements(text) == set()


def test_a_newspaper_described_by_its_country_is_the_outlet_named_before():
    text = ("The China Daily newspaper published an editorial on the war. The Chinese newspaper remarked that the "
            "conflict had become a contest of industrial capacity.")
    assert _speakers(text) <= {"China Daily"}


def test_optimism_then_the_words_that_state_it():
    text = 'Kovalev expressed optimism about the draft, stating that "our position is finally being heard."'
    assert len(_statements(text)) == 1


def test_a_nun_named_by_her_title():
    text = ('"We are grateful," Basilian Sister Maria Kovalenko told reporters. The visit "gave us hope," said '
            'Sister Maria, who runs a shelter near the front.')
    assert _speakers(text) == {"Maria Kovalenko"}


def test_being_briefed_by_someone_reports_nothing():
    text = "A video showed the president on Tuesday being briefed by his top commander Oleh Levchenko near the border."
    assert _statements(text) == set()


def test_a_contracted_negation_denies_the_figure():
    text = "After the first weeks, Russia hasn\u2019t gained more than 1,000 square miles in a week since April."
    assert areas(text, DAY) == set()


def test_what_the_ambassador_said_credits_the_sentence_before():
    text = ("The return of the troops depends on several factors, including success on the battlefield. This is what "
            "the ambassador of the Republic of Latvia in Ukraine, Janis Berzins, said in a recent radio interview.")
    assert _speakers(text) == {"Janis Berzins"}
    assert all(q.startswith("The return of the troops") for _s, q in _statements(text))


def test_the_military_blog_and_its_name():
    text = "Near the river, according to the military blog FrontWatch.net, two more tanks were captured."
    assert _speakers(text) == {"FrontWatch.net"}


def test_a_person_among_the_authorities():
    text = ("Chernihiv Oblast authorities, including head of the Military Administration Petro Danylenko, rejected "
            "the notion that Russian forces had crossed the border.")
    assert _speakers(text) == {"Petro Danylenko"}


def test_the_capitals_authorities_are_the_state():
    text = "There will be no new offensive this summer, according to Kyiv authorities and Western analysts."
    assert _statements(text) == set()


def test_a_habitual_stance_is_no_statement():
    text = "Sandu has repeatedly said that Moldova will not be drawn into the war."
    assert _statements(text) == set()


def test_two_figures_share_the_region_the_text_is_about():
    text = ("The operation in the Bryansk region began on May 4. As of May 20, 410 km\u00b2 and 31 settlements of this "
            "region are under the control of Ukraine.")
    got = areas(text, DAY, region=True)
    assert ("area_controlled", "Ukraine", "Bryansk Oblast", 410.0) in got
    assert ("settlements_controlled", "Ukraine", "Bryansk Oblast", 31.0) in got


def test_a_capital_that_speaks_is_no_place_taken():
    text = ("Fighting raged on, with Russia saying its forces had taken more territory in the region of "
            "Dnipropetrovsk and Kyiv saying Moscow had launched its largest drone attack.")
    assert not any(p == "Kyiv" for p, *_rest in places(text, DAY))


def test_an_anticipated_fall_that_has_not_occurred():
    text = "The much-anticipated fall of Kharkiv, predicted by several officials within days, has not yet occurred."
    assert places(text, DAY) == set()


def test_guard_a_long_held_complaint_is_still_reported():
    text = "Putin had long complained that parts of the grain deal had not been honoured."
    assert _speakers(text) == {"Vladimir Putin"}


def test_guard_his_magazine_is_not_the_outlet_named_last():
    text = ("A court ordered a journalist placed under house arrest, the TASS agency reported. He was detained on "
            "Friday on suspicion of spreading false information, his magazine said.")
    assert "TASS" not in {s for s, q in _statements(text) if q.startswith("He was detained")}

"""Extractor 0.71.136 (after 0.71.135), in sentences of our own (each fails on 0.71.135 unless marked a guard).

A title set off after a name the seeds do not know, with its country's adjective first ("X, Latvian Interior
Minister,"), names him when the title comes back; a section label ("Details:") is no content; a term in quotation
marks is nobody a later "he" can be; another country's "authorities" are an unnamed group; an outlet's appeal to its
readers after the story is furniture."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, speakers


def test_a_title_with_its_countrys_adjective_names_the_person_again():
    text = ("Rihards Kozlovskis, Latvian Interior Minister, said the border fence would be finished this year.\n\n"
            "According to the Latvian Interior Minister, \"the fence is a signal to Moscow\".")
    assert speakers(text, datetime(2024, 3, 1)) == {"Rihards Kozlovskis"}


def test_a_body_is_not_the_person_whose_seeded_title_names_it():
    # (a guard: the title words a seed gives a known person do not make a body he heads into him)
    text = ("Valery Gerasimov, chief of the Russian General Staff, said his forces were advancing near Kupiansk. "
            "The Ukrainian General Staff said the city remains under the control of Ukrainian forces.")
    assert "Ukrainian General Staff" in speakers(text, datetime(2025, 11, 20))


def test_a_section_label_is_no_content():
    text = ("Kristjan Kuusk, an Estonian navy commander, said the tanker had no flag.\n\n"
            "Details: According to Kuusk, \"the ship was sailing without insurance\".")
    got = {q for _s, q in quotes(text, datetime(2025, 5, 16))}
    assert any(q.startswith('"the ship was sailing') for q in got)
    assert not any(q.startswith("Details") for q in got)


def test_a_term_in_quotation_marks_is_no_antecedent():
    text = ("Mao Ning said that China has always upheld an impartial stance. The \u201cGlobal Security Initiative\u201d "
            "put forward by President Xi Jinping is the principle China follows. She said the crisis must be settled "
            "through talks.")
    assert ("Global Security Initiative", "the crisis must be settled through talks") not in quotes(text)


def test_another_countrys_authorities_are_an_unnamed_group():
    text = "Romanian authorities said the drone debris fell on farmland near the Danube."
    assert speakers(text, datetime(2024, 9, 8)) == set()


def test_a_districts_authorities_are_a_named_body():
    # (a guard: a place's own administration keeps its name)
    text = "The Izium district authorities said the evacuation of children was compulsory."
    assert speakers(text, datetime(2024, 9, 8)) == {"Izium district authorities"}


def test_an_appeal_to_readers_after_the_story_is_furniture():
    text = ("Russia's defence ministry said on Tuesday its forces had shot down 40 drones over the Bryansk region. "
            "Regional governor Alexander Bogomaz said there were no casualties.\n\n"
            "Dear readers,\nWe are facing unprecedented challenges. The authorities claim our reporting "
            "\"spreads falsehoods about the army.\" We need your help to continue.")
    assert all("falsehoods" not in q for _s, q in quotes(text, datetime(2025, 3, 12)))


def test_a_letter_quoted_at_the_start_is_no_appeal():
    # (a guard: "Dear readers" in the first third of the page is the story's own)
    text = ("Dear readers, the editor of the regional paper wrote, our town is no longer safe.\n\n"
            "Mayor Ihor Terekhov said the evacuation would continue through the weekend, and that buses would leave every hour "
            "from the central square for as long as the shelling went on.")
    assert speakers(text, datetime(2025, 3, 12)) != set()

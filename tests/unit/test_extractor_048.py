"""Extractor 0.48.0: the rules added for the classes the real corpus showed (parts up to held back 43), each in
sentences of our own, each failing on 0.47.0; guards that held on both keep their outcome."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.extraction import ArticleText, extract


def _run(text: str, day: datetime = datetime(2024, 8, 12)):
    return extract(ArticleText(article_id="t", text=text, published_at=day))


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.statement_type, s.quote_text) for s in _run(text).statements]


def _said_by(text: str, speaker: str, content: str) -> bool:
    return any(s == speaker and content in q for s, _t, q in _speakers(text))


# ---------------------------------------------------------------- statements

def test_an_institution_described_reports_in_its_relative_clause():
    # "the claims made by the defence ministry, which reported ...": the ministry, described and not named, speaks
    text = "Reporters could not verify the figures given by the defence ministry, which said its troops had advanced three miles."
    assert any("ministry" in (s or "").lower() and "advanced three miles" in q for s, _t, q in _speakers(text))


def test_cautions_reports_but_the_noun_caution_does_not():
    assert _said_by("Dmitry Peskov cautions that a quick settlement is unrealistic.", "Dmitry Peskov",
                    "a quick settlement is unrealistic")
    assert _speakers("Dmitry Peskov moved with caution and the talks went on.") == []


def test_a_whole_quoted_sentence_after_that_is_direct_speech():
    text = ("Yevgeny Prigozhin said late on Tuesday that \u201cOur units took the whole town. The fighting goes on in "
            "the centre.\u201d")
    got = _speakers(text)
    assert any(s == "Yevgeny Prigozhin" and t == "direct" and "The fighting goes on" in q for s, t, q in got)


def test_a_restrictive_relative_clause_between_subject_and_verb():
    text = "The IAEA mission that visited the site on Monday said the damage was caused by a drone."
    assert any("IAEA" in (s or "") and "caused by a drone" in q for s, _t, q in _speakers(text))
    # the complementiser "that" after a verb opens no relative clause
    assert all(s != "Kremlin" for s, _t, _q in _speakers("It is clear that the Kremlin said nothing new."))


def test_with_a_descriptor_before_the_name_and_a_coordinated_participle():
    assert _said_by("The plant was hit again, with private company DTEK reporting heavy damage to its turbines.",
                    "DTEK", "heavy damage to its turbines")
    text = ("The call brought no breakthrough, with Putin rejecting a ceasefire again and Trump asserting that both "
            "sides will have to negotiate directly.")
    assert _said_by(text, "Donald Trump", "will have to negotiate directly")


def test_an_interview_turn_with_a_title_after_the_name():
    text = ("We spoke to him this week about the town.\n\n"
            "Oleksiy Danilov, Secretary of the National Security and Defense Council: For the Russians, the town has "
            "become a symbol of their failures.")
    got = _speakers(text)
    assert any(s == "Oleksiy Danilov" and t == "direct" and "a symbol of their failures" in q for s, t, q in got)


@pytest.mark.parametrize("text, word", [
    ('Zelensky again opposed talks with our country. Let me quote his words: "We cannot trust them. We will not '
     'negotiate with them now."', "Let"),
    ("Officially, the army leadership did not comment on this, stating only that the combat work continues.",
     "Officially"),
])
def test_imperatives_and_sentence_adverbs_are_no_speakers(text, word):
    assert all(word not in (s or "") for s, _t, _q in _speakers(text))


# ---------------------------------------------------------------- area claims

def test_the_country_a_region_belongs_to_is_not_its_holder():
    claims = _run("We now control 800 square kilometres of Russia\u2019s Kursk region.").area_claims
    assert [(c.metric, c.controller, c.value_low) for c in claims] == [("area_controlled", "Ukraine", 800.0)]


def test_passed_under_control_is_a_gain():
    claims = _run("Since January, 600 square kilometres have passed under the control of the Russian army, Andrei "
                  "Belousov said.", datetime(2024, 5, 31)).area_claims
    assert [(c.metric, c.controller, c.value_low) for c in claims] == [("area_gained", "Russia", 600.0)]


# ---------------------------------------------------------------- place claims

def test_a_name_an_editor_bracketed_inside_a_quotation():
    text = ("\u201cThe allied troops were withdrawn from the settlement of (Lyman) to better lines,\u201d Igor "
            "Konashenkov said on Saturday.")
    got = [(p.place, p.action, p.claimant) for p in _run(text, datetime(2022, 10, 1)).place_claims]
    assert ("Lyman", "withdrew", "Igor Konashenkov") in got


def test_the_present_of_occupy_is_a_holding():
    text = "Russian forces now occupy the villages of Zaporizke and Novoheorhiivka, according to DeepState."
    got = {(p.place, p.controller, p.action) for p in _run(text, datetime(2025, 8, 26)).place_claims}
    assert {("Zaporizke", "Russia", "holds"), ("Novoheorhiivka", "Russia", "holds")} <= got
    # an aim to occupy is no holding
    assert _run("Russia wants to occupy Kharkiv.", datetime(2025, 8, 26)).place_claims == []


def test_as_per_names_a_source_and_an_owners_document_stays_out_of_the_content():
    got = _speakers("As per Valery Gerasimov, Russian troops are advancing in the Dnipropetrovsk region.")
    assert any(s == "Valery Gerasimov" and "advancing in the Dnipropetrovsk region" in q for s, _t, q in got)
    got = _speakers("The heaviest fighting, according to Gerasimov's briefing, is unfolding near the river.")
    assert [q for s, _t, q in got if s == "Valery Gerasimov"] and all(
        "briefing" not in q for s, _t, q in got if s == "Valery Gerasimov")
    # "as per the plan" names nobody
    assert _speakers("The strike was carried out as per the plan.") == []


def test_continued_after_a_quotation_is_a_frame_but_not_elsewhere():
    text = ("\u201cSeveral missiles hit the power plants,\u201d said Kyrylo Tymoshenko, deputy head of the Office of the "
            "President.\n\n\u201cWe will not name the places, but some regions have less power now,\u201d he continued.")
    assert _said_by(text, "Kyrylo Tymoshenko", "some regions have less power now")
    assert all("continued" not in q for _s, _t, q in _speakers("Fighting continued near the town, officials said."))


@pytest.mark.parametrize("text, speaker, content", [
    # a relative time between subject and verb
    ("Britain\u2019s Ministry of Defence last week estimated that Russian forces seized 140 sq km in March.",
     "UK Ministry of Defence", "Russian forces seized 140 sq km in March"),
    # an abbreviated month with its period
    ("Vladimir Putin on Aug. 7 said Kyiv had staged a large-scale provocation.", "Vladimir Putin",
     "Kyiv had staged a large-scale provocation"),
    # a long office before its holder after an inverted verb
    ("The enemy attacked twelve times near the river, says the Spokesperson for the Joint Press Centre of the "
     "Defence Forces in the southern direction, Colonel Oleksandr Shtupun.",
     "Oleksandr Shtupun", "attacked twelve times"),
    # a country's possessive before the title after an inverted verb
    ("\u201cThe sanctions could have been tougher,\u201d said Poland\u2019s ambassador to the EU, Andrzej Sados.",
     "Andrzej Sados", "could have been tougher"),
    # "A, as well as B, reported": the one named among the subjects speaks
    ("Both Ukrainian and Russian media, as well as the Institute for the Study of War, reported that Ukrainian "
     "troops held a foothold near the village.",
     "Institute for the Study of War", "held a foothold"),
    # a name apposed to an opening title is a later pronoun's antecedent
    ("Commander of the Ukrainian Ground Forces, Oleksandr Syrskyi, visited the front on Sunday, according to the "
     "military. He said the Wagner Group had sent more troops into the battle.",
     "Oleksandr Syrskyi", "had sent more troops"),
    # "According to X, he said, ...": the aside's speaker, X his source
    ("Oleksandr Syrskyi spoke to reporters. According to Ukrainian intelligence, he said, the Russian grouping "
     "on the eastern axis numbers more than 150,000 personnel.",
     "Oleksandr Syrskyi", "numbers more than 150,000 personnel"),
    # an opening time phrase with no comma leaves the subject for a later pronoun
    ("Sergei Lavrov said his country would hand over a draft. Earlier on Friday US President Donald Trump "
     "heralded the exchange.\n\u201cA major prisoner swap was just completed,\u201d he wrote.",
     "Donald Trump", "A major prisoner swap was just completed"),
    # an indefinite governor in the lede is the one the next sentence names
    ("A Russian regional governor said on Thursday that drone attacks on the region had caused a fire at a "
     "refinery.\nThe region was hit overnight, local governor Yuri Slyusar said on Telegram.",
     "Yuri Slyusar", "had caused a fire at a refinery"),
])
def test_the_speaker_of_a_reported_clause(text, speaker, content):
    assert _said_by(text, speaker, content)


def test_an_adjunct_opening_the_sentence_leaves_the_main_clause_its_statement():
    text = ("Hours after warning that more damage had been found near the capital, President Volodymyr Zelensky said "
            "that thousands of people were at the station when it was hit.")
    got = _speakers(text)
    assert any(s == "Volodymyr Zelensky" and "thousands of people were at the station" in q for s, _t, q in got)
    assert all(s != "Hours" for s, _t, _q in got)
    # an adjunct after the main clause still has its subject: "X confirmed ..., while warning against ..."
    assert _said_by("Volodymyr Zelensky confirmed the news in his address, while warning against expecting quick "
                    "victories.", "Volodymyr Zelensky", "against expecting quick victories")


def test_a_known_name_closing_an_indefinite_title():
    text = ("On the air of the telethon, a representative of the Eastern Group of the Armed Forces of Ukraine Serhiy "
            "Cherevaty said that fighting was going on in the town.")
    assert _said_by(text, "Serhii Cherevatyi", "fighting was going on in the town")
    # the name after a preposition is another person: "an adviser to President Volodymyr Zelensky" stays unnamed
    text = "Ukrainian soldiers withdrew from two towns, an adviser to President Volodymyr Zelensky said."
    assert all(s != "Volodymyr Zelensky" for s, _t, _q in _speakers(text))

"""Extractor 0.38.0 (issue 11): four frames found by extracting the missed gold statements of every real part from
their own sentences (after 0.37.0), each in sentences of our own. The cases that find something fail on 0.37.0; the
cases that find nothing guard the rule."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 10, 2)


def statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText(article_id="t", text=text, published_at=DAY)).statements]


def test_a_side_s_army_capitalised_speaks_through_its_command():
    # eval/real/ANNOTATION.md rule 1, as in lower case
    assert [s for s, _ in statements("The Russian Army said it had seized Vuhledar on Wednesday.")] \
        == ["Russian Ministry of Defence"]
    assert [s for s, _ in statements("The Defence Forces of Ukraine said that the attack was repelled.")] \
        == ["Ukrainian General Staff"]
    # a body the article names more exactly keeps its name
    assert [s for s, _ in statements("Ukraine's Air Force said it shot down 20 drones.")] == ["Ukrainian Air Force"]


def test_quoted_as_saying_closes_the_content_before_it():
    got = statements("The group's main task is to destroy the encircled units, Valery Gerasimov was quoted as saying.")
    assert got == [("Valery Gerasimov", "The group's main task is to destroy the encircled units")]


def test_a_preposition_opening_the_sentence_is_no_speaker():
    got = statements("Upon inquiry, Oleh Hryhorov declined to comment, saying that the military would answer.")
    assert got == [("Oleh Hryhorov", "the military would answer.")]


def test_calling_and_indicating_as_participle_frames():
    assert statements("Dmitry Peskov dismissed the statement, calling it \u201cempty words\u201d.") \
        == [("Dmitry Peskov", "it \u201cempty words\u201d.")]
    assert statements("Oleh Hryhorov refrained from confirming it, indicating that the army would comment.") \
        == [("Oleh Hryhorov", "the army would comment.")]
    assert statements("The data is indicating a slowdown of the Russian advance.") == []

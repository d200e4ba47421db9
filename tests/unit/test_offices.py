"""Speakers named only by their office resolve to the holder on the article's date (sentences of our own)."""
from datetime import date, datetime

import pytest

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.offices import holder, parse_role


@pytest.mark.parametrize("role, on, actor", [
    ("Ukraine's top commander", date(2023, 8, 13), "valerii-zaluzhnyi"),
    ("Ukraine's top commander", date(2024, 8, 13), "oleksandr-syrskyi"),
    ("the Russian defence minister", date(2024, 1, 10), "sergei-shoigu"),
    ("the Russian defence minister", date(2024, 9, 10), "andrei-belousov"),
    ("the U.S. president", date(2024, 3, 1), "joe-biden"),
    ("the U.S. president", date(2025, 3, 1), "donald-trump"),
    ("the Kremlin leader", date(2023, 3, 1), "vladimir-putin"),
    ("the press secretary of the Russian president", date(2024, 6, 1), "dmitry-peskov"),
    ("the bloc's foreign policy chief", date(2022, 10, 6), "josep-borrell"),
    # an oblast's governor: the oblast is the jurisdiction, the term decides who
    ("the Kharkiv regional governor", date(2022, 9, 10), "oleh-syniehubov"),
    ("the governor of the Kursk region", date(2024, 3, 1), "roman-starovoit"),
    ("the governor of the Kursk region", date(2024, 8, 10), "alexei-smirnov"),
    ("Kursk's governor", date(2025, 3, 1), "alexander-khinshtein"),
    ("the Belgorod governor", date(2023, 5, 22), "vyacheslav-gladkov"),
    ("Ukraine's deputy defence minister", date(2023, 6, 19), "hanna-maliar"),
    ("the Kharkiv mayor", date(2024, 5, 25), "ihor-terekhov"),
    ("the mayor of Moscow", date(2023, 5, 30), "sergei-sobyanin"),
])
def test_office_holder_on_the_day(role, on, actor):
    assert holder(role, on).actor_id == actor


@pytest.mark.parametrize("role", ["the president", "the spokesman", "the regional governor", "Ukraine's military",
                                  "the Mariupol mayor", "the Ukrainian mayor", "the Kharkiv regional mayor"])
def test_no_jurisdiction_or_no_office_resolves_nothing(role):
    assert holder(role, date(2024, 6, 1)) is None


def test_parse_role_keeps_the_office_words():
    assert parse_role("Ukraine's top military commander") == ("Ukraine", "top military commander")


@pytest.mark.parametrize("text, published, speaker", [
    ('"We will not give up an inch," the Ukrainian leader said.', "2023-05-02", "Volodymyr Zelensky"),
    ("Talks with Kyiv are premature, the Kremlin leader said on Friday.", "2024-02-02", "Vladimir Putin"),
    ("Ukraine's military chief said his troops had withdrawn from the town.", "2023-06-01", "Valerii Zaluzhnyi"),
    ("Ukraine's top commander, writing on Telegram, said the front was holding.", "2025-02-01", "Oleksandr Syrskyi"),
])
def test_role_speakers_in_text(text, published, speaker):
    got = extract(ArticleText("o", text, datetime.fromisoformat(published))).statements
    assert [s.speaker for s in got] == [speaker]


def test_a_named_speaker_in_the_article_wins_over_the_office_table():
    text = ("Oleksandr Syrskyi visited the front. The general said the line was holding.")
    got = extract(ArticleText("o", text, datetime(2023, 6, 1))).statements
    assert [s.speaker for s in got] == ["Oleksandr Syrskyi"]


def test_his_spokesman_is_the_office_of_the_person_last_named():
    text = "Vladimir Putin proposed talks on Sunday. His spokesman said the Kremlin could say no more about them."
    got = extract(ArticleText("o", text, datetime(2025, 5, 12))).statements
    assert [s.speaker for s in got] == ["Dmitry Peskov"]


def test_a_passive_report_by_a_named_person_introduces_him():
    text = ("This was reported in an interview by General Petro Marchuk, deputy commander of the brigade. "
            "The general noted that the breakthrough had been closed.")
    got = extract(ArticleText("o", text, datetime(2025, 5, 12))).statements
    assert [(s.speaker, s.quote_text) for s in got] == [("Petro Marchuk", "the breakthrough had been closed.")]


def test_an_office_phrase_is_known_whoever_held_it():
    from pipelines.extraction.offices import is_office_phrase

    assert is_office_phrase("Ukraine's top commander")
    assert not is_office_phrase("Ukraine's top chef")


def test_a_governor_named_by_oblast_alone_is_the_speaker():
    text = "Two villages were shelled overnight, the Kharkiv regional governor said on Saturday."
    got = extract(ArticleText("g", text, datetime(2022, 9, 10, 18, 0))).statements
    assert [(s.speaker, s.speaker_side) for s in got] == [("Oleh Syniehubov", "Ukraine")]

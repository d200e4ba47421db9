"""Extractor 0.71.184 (after 0.71.183), in sentences of our own (each fails on 0.71.183 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 10, 12)


def speakers(text: str) -> set[str]:
    return {s.speaker for s in extract(ArticleText("t", text, DAY)).statements}


def test_by_phrase_closed_by_an_outlets_relay_credits_the_person():
    assert speakers("Russian troops took several strongholds near Kreminna. This was announced by a military expert, "
                    "retired colonel of the Lugansk People's Republic Andrei Marochko, reports RIA News.") == {
        "Andrey Marochko"}


def test_a_statement_on_a_website_speaks_for_the_sites_owner():
    got = speakers("Russian pilots are in short supply, a statement on the Ministry of Defence website in London said "
                   "on Friday.")
    assert got and not any("website" in s for s in got)


def test_guard_a_statement_on_a_topic_names_no_issuer():
    assert speakers("Russian pilots are in short supply, a statement on the situation in Kharkiv said on Friday.") == set()

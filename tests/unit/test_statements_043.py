"""Extractor 0.43.0 (issue 11), statements: an organisation speaks through a relative clause after its name, as a
person already did ("X, who said ..."): "figures from DeepState, which said ..."; and a reported clause that is only
an event told before ("confirmed the capture in a statement"), the medium ("said in a statement."), a date or the
source it cites is no statement. Sentences of our own; the first cases of each test fail on 0.42.0, the guards hold
on both."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 3, 14)


def speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText(article_id="t", text=text, published_at=DAY)).statements]


def test_an_organisation_speaks_through_which():
    assert speakers("The figures came from DeepState, which said Russian troops had entered Toretsk.") \
        == [("DeepState", "Russian troops had entered Toretsk.")]
    assert speakers("The same trend appears in figures from the Institute for the Study of War, which estimated that "
                    "Russian forces had advanced near Kupiansk.") \
        == [("Institute for the Study of War", "Russian forces had advanced near Kupiansk.")]


def test_a_place_or_a_document_before_which_is_no_speaker():
    assert speakers("The drones hit Sumy, which said nothing about the damage.") == []
    assert speakers("Reporters read the ministry's report, which said Russian troops had entered Toretsk.") == []


def test_a_clause_with_nothing_in_it_is_no_statement():
    assert speakers("Russia's defence ministry confirmed the developments in a statement on Telegram, adding that "
                    "its units had taken Toretsk.") == [("Russian Ministry of Defence", "its units had taken Toretsk.")]
    assert speakers("Oleksandr Syrskyi said on the Telegram messaging app.") == []
    assert speakers("Dmitry Peskov said, citing sources in the delegation.") == []
    assert speakers("Hanna Maliar reported, On March 3, 2025.") == []
    # what follows such words is still content
    assert speakers("Russia's defence ministry confirmed the capture of Toretsk in a statement.") \
        == [("Russian Ministry of Defence", "the capture of Toretsk in a statement.")]
    assert speakers("The 47th Mechanised Brigade said in a statement that its fighters had cleared a forest belt "
                    "near Pokrovsk.") \
        == [("47th Mechanised Brigade", "its fighters had cleared a forest belt near Pokrovsk.")]
    assert speakers("Hanna Maliar said on Monday that Russian troops had attacked near Pokrovsk.") \
        == [("Hanna Maliar", "Russian troops had attacked near Pokrovsk.")]


def test_a_clause_before_its_speaker_that_is_only_a_time_leaves_the_content_after_the_verb():
    assert speakers("Sergei Shoigu has embellished his record before. In particular, on 21 April, he reported to "
                    "Putin about the capture of Mariupol.") \
        == [("Sergei Shoigu", "to Putin about the capture of Mariupol.")]

"""Extractor 0.71.226 (after 0.71.225), in sentences of our own (each fails on 0.71.225 unless marked a guard)."""
from __future__ import annotations

from datetime import date, datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 10, 3)


def test_a_year_in_a_relative_clause_about_the_place_does_not_date_the_withdrawal():
    claims = extract(ArticleText("t", "The Ukrainian military announced on Wednesday it was pulling troops out of "
                                      "Vuhledar, a hilltop town that had withstood heavy assaults following Russia's attacks "
                                      "in 2022.", DAY)).place_claims
    assert [(c.place, c.action, c.as_of) for c in claims] == [("Vuhledar", "withdrew", date(2024, 10, 2))]


def test_another_report_told_as_the_time_of_a_statement_ends_its_content():
    got = [(s.speaker, s.quote_text) for s in extract(ArticleText(
        "t", "Oleksandr Syrskyi said he had ordered the defences strengthened, a day after the General Staff "
             "announced they had pulled troops back from the town.", DAY)).statements]
    assert got[0] == ("Oleksandr Syrskyi", "he had ordered the defences strengthened")


def test_guard_a_time_clause_without_a_report_stays_content():
    got = [s.quote_text for s in extract(ArticleText(
        "t", "Oleksandr Syrskyi said the brigade held its lines, a day after the heaviest assault of the month.",
        DAY)).statements]
    assert got == ["the brigade held its lines, a day after the heaviest assault of the month."]

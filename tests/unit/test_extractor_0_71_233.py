"""Extractor 0.71.233 (after 0.71.232), in sentences of our own (each fails on 0.71.232 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _speakers(text: str, day: datetime = datetime(2024, 1, 31)) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, day)).statements]


def test_a_countryless_general_staff_is_that_of_the_forces_opening_its_sentence():
    assert _speakers("Ukraine's Armed Forces destroyed five boats on 30 January, the General Staff of the Armed Forces "
                     "reported.") == ["Ukrainian General Staff"]


def test_russian_forces_opening_the_sentence_make_it_russias_general_staff():
    assert _speakers("Russian forces destroyed five boats on 30 January, the General Staff of the Armed Forces "
                     "reported.") == ["Russian General Staff"]


def test_a_countryless_general_staff_in_a_text_that_speaks_of_the_occupiers_is_kyivs():
    assert _speakers("The Russian occupiers began the evacuation of children from Kamianka-Dniprovska. The General "
                     "Staff of the Armed Forces writes about this.") == ["Ukrainian General Staff"]


def test_turkeys_defence_minister_on_the_day_is_named():
    assert _speakers("Turkish defence minister said Russian officials told Ankara that Moscow had nothing to do with the "
                     "strikes.", datetime(2022, 7, 23)) == ["Hulusi Akar"]


def test_turkeys_top_diplomat_on_the_day_is_named():
    assert _speakers("Turkey's top diplomat said the talks on the Black Sea would go on.",
                     datetime(2025, 4, 14)) == ["Hakan Fidan"]

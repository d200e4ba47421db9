"""Extractor 0.71.252 (after 0.71.251), in sentences of our own (each fails on 0.71.251 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _speakers(text: str, day: datetime = datetime(2023, 7, 17)):
    return [s.speaker for s in extract(ArticleText("t", text, day)).statements]


def test_chinas_special_representative_is_the_envoy_of_the_day():
    assert _speakers("The Chinese special representative said the PRC will help the international community.",
                     datetime(2023, 5, 17)) == ["Li Hui"]


def test_the_wto_boss_is_its_director_general():
    assert _speakers("The WTO boss said the grain trade must go on.") == ["Ngozi Okonjo-Iweala"]


def test_guard_a_boss_with_no_body_is_no_office():
    assert _speakers("The boss said the grain trade must go on.") == []

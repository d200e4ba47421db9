"""Extractor 0.71.248 (after 0.71.247), in sentences of our own (each fails on 0.71.247 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _speakers(text: str, day: datetime = datetime(2023, 6, 17)):
    return [s.speaker for s in extract(ArticleText("t", text, day)).statements]


def test_a_leader_known_by_his_short_name_is_the_actor():
    assert _speakers("Jokowi said Putin had promised security guarantees for grain shipments.") == ["Joko Widodo"]


def test_a_leaders_title_and_country_name_the_office_holder():
    assert _speakers("The Indian Prime Minister said no problem can be resolved on a battlefield.",
                     datetime(2024, 8, 23)) == ["Narendra Modi"]


def test_an_inverted_negative_opening_names_no_speaker():
    assert "Nor" not in _speakers("Nor did he say how Moscow would consult locals, but said any arrangement would "
                                  "depend on the will of those who resided there.")


def test_eyewitnesses_are_an_unnamed_group():
    assert _speakers("Eyewitnesses said many people also do not have any mobile connection.") == []


def test_guard_a_named_witness_speaks():
    assert _speakers("Olena Kruchina, a teacher, said many people also do not have any mobile connection.") == [
        "Olena Kruchina"]

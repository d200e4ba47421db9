"""Extractor 0.71.225 (after 0.71.224), in sentences of our own (each fails on 0.71.224 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 10, 31)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_call_sign_names_no_speaker():
    assert speakers("\u201cThe shelling never stops,\u201d said a sergeant nicknamed Volk. \u201cRain is the enemy, "
                    "clear skies are ours,\u201d Volk added.") == []


def test_a_codename_after_a_comma_names_no_speaker():
    assert "Granit" not in speakers("Volk\u2019s commander, codename Granit, said his men sometimes cross the river "
                                    "at night.")


def test_a_name_its_bearer_wished_kept_anonymous_names_no_speaker():
    assert speakers("Rescue work is getting harder, says Olha, a volunteer in the occupied town who wishes to remain "
                    "anonymous for safety reasons.") == []


def test_guard_a_full_name_beside_a_nickname_still_speaks():
    assert speakers("Andriy Biletsky, nicknamed the White Leader by his men, said the brigade would hold the "
                    "town.") == ["Andriy Biletsky"]


def test_father_s_abbreviation_ends_no_sentence_and_is_no_name():
    assert speakers("\u201cDo not lose hope,\u201d said Fr. Ivan Levytsky, in his first interview since his "
                    "release.") == ["Ivan Levytsky"]

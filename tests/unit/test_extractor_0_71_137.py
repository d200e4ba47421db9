"""Extractor 0.71.137 (after 0.71.136), in sentences of our own (each fails on 0.71.136 unless marked a guard).

"according to the English section of X" is X's (here passing on the source it cites); a body "in X (Twitter)" is
the body, the platform no part of its name; "territorial progress averaging N sq km per day" is a gain; a verb
coordinated by "or" after a negated one is denied too, its subject the first verb's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speakers

_CONTEXT = "The Russian army keeps up its pressure on Ukrainian units in the east of the Kharkiv region. "


def test_an_outlets_edition_in_a_language_is_the_outlet():
    text = _CONTEXT + ("According to the English section of the Tasnim News Agency, Russian sources have confirmed "
                       "that Ukrainian forces have retreated from their positions.")
    assert "English" not in speakers(text, datetime(2025, 10, 15))


def test_the_platform_a_body_posted_on_is_no_part_of_its_name():
    text = _CONTEXT + "This was reported by the British Ministry of Defence in X (Twitter)."
    assert speakers(text, datetime(2024, 10, 19)) == {"UK Ministry of Defence"}


def test_territorial_progress_averaging_a_daily_area_is_a_gain():
    text = ("Diplomats have voiced worries about any accord that could compromise sovereignty, especially given "
            "Russian territorial progress averaging 10-15 square kilometres per day during the year, as the war "
            "drags on.")
    assert areas(text, datetime(2025, 12, 18)) == {("area_gained", "Russia", 10.0)}


def test_progress_in_talks_is_no_gain():
    # (a guard: progress that is not territorial)
    text = ("The envoys reported progress in the talks on a ceasefire along the 1,000 km front line, and both sides "
            "said they would meet again next week.")
    assert areas(text, datetime(2025, 12, 18)) == set()


def test_a_capture_coordinated_after_a_negated_verb_is_denied():
    text = ("Ukrainian troops have not broken through the Russian first line of defence near Tokmak, or taken the "
            "village of Verbove, the Russian-installed governor Yevgeny Balitsky said.")
    assert places(text, datetime(2023, 9, 5)) == {("Verbove", "Ukraine", "denied", "Yevgeny Balitsky")}


def test_a_capture_after_but_is_asserted():
    # (a guard: "but" opens a clause of its own)
    text = ("Russian forces have not advanced near Bakhmut, but they captured the village of Klishchiivka, the "
            "Russian Defence Ministry said on Monday.")
    assert {(p, s) for p, _c, s, _cl in places(text, datetime(2023, 9, 5))} == {("Klishchiivka", "asserted")}

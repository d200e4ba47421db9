"""Extractor 0.71.93 (after 0.71.92), in sentences of our own (each fails on 0.71.92 unless marked a guard).

Figures: a figure inside a concession (", even though some 20 percent of the country remains occupied by Moscow's
soldiers") takes its own clause's verb, not the main clause's; "pulled back to more advantageous positions in two
areas" counts no places; "a hub situated about 70 kilometers west of X" is no advance. Places: "The liberation of the
settlement began yesterday" after "the Ukrainian military drove the Russian occupiers out of the city" is Ukraine's;
"which allowed the assault groups of the Russian Armed Forces to occupy X" is Russia's; "dismissed claims that
Russian troops have entered Y" denies nothing about the place captured before; "had still not evacuated them from
occupied X" still holds X. Speakers: "the commander of Ukrainian ground forces" (before February 2024) and "the head of
Ukraine's military intelligence agency" hold their offices; "he said" after a paragraph naming one person as the agent
of a passive ("a position reinforced by Mikhail Ulyanov") is that person, across the blank line."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2023, 8, 22)


def _areas(text: str, day: datetime = DAY) -> set[tuple]:
    return {(a.metric, a.controller, a.value_low) for a in run(text, day).area_claims}


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return {(p.place, p.controller, p.stance) for p in run(text, day).place_claims}


def _speakers(text: str, day: datetime = DAY) -> list[str]:
    return [s.speaker for s in run(text, day).statements]


def test_a_figure_inside_a_concession():
    text = ("Ukraine has shown it can win back land, even though some 20 percent of the country remains occupied by "
            "Moscow's soldiers.")
    assert _areas(text) == {("territory_share", "Russia", 0.2)}


def test_positions_pulled_back_to_are_no_count_of_places():
    text = ("Ukraine's military said on Tuesday its forces pulled back to \"more advantageous\" positions in two areas "
            "of the Kharkiv region.")
    assert _areas(text, datetime(2024, 5, 15)) == set()


def test_a_hub_situated_some_distance_from_a_town():
    text = ("Russian units are also advancing toward Pokrovsk, a major Ukrainian logistics hub situated about 70 "
            "kilometers west of Toretsk.")
    assert _areas(text, datetime(2024, 8, 2)) == set()


def test_a_liberation_told_after_its_agent_in_the_sentence_before():
    text = ("The mayor confirmed that the Ukrainian military drove the Russian occupiers out of Bucha. The liberation "
            "of the settlement began yesterday.")
    assert ("Bucha", "Ukraine", "asserted") in _places(text, datetime(2022, 4, 1))
    assert ("Bucha", "Russia", "asserted") not in _places(text, datetime(2022, 4, 1))


def test_the_assault_groups_of_a_sides_forces():
    text = ("The Ukrainian units abandoned their positions, which allowed the assault groups of the Russian Armed "
            "Forces to occupy Ocheretyne without significant losses.")
    assert _places(text, datetime(2024, 4, 23)) == {("Ocheretyne", "Russia", "asserted")}


def test_claims_about_another_place_deny_nothing_told_before():
    text = ("The Russian military has announced its capture of the village of Pivdenne in the Donetsk region. "
            "Ukrainian military bloggers have dismissed claims that Russian troops have entered Toretsk.")
    assert _places(text, datetime(2024, 8, 2)) == {("Pivdenne", "Russia", "asserted")}


def test_a_negated_verb_does_not_deny_an_occupied_object():
    text = "The family waited for a day, but the Russians had still not evacuated them from occupied Oleshky."
    assert _places(text, datetime(2023, 6, 7)) == {("Oleshky", "Russia", "asserted")}


def test_the_commander_of_the_ground_forces():
    text = "The commander of Ukrainian ground forces says the situation in the east is difficult but under control."
    assert _speakers(text, datetime(2023, 7, 18)) == ["Oleksandr Syrskyi"]


def test_the_head_of_the_military_intelligence_agency():
    text = "The head of Ukraine's military intelligence agency has said that the fighting is at a standstill."
    assert _speakers(text, datetime(2022, 12, 27)) == ["Kyrylo Budanov"]


def test_he_after_a_paragraph_naming_the_agent_of_a_passive():
    text = ("Kremlin spokesman Dmitry Peskov said Moscow would not accept the cap.\n\n"
            "Russia has said it will not sell oil to countries that apply the cap, a position that was reinforced by "
            "Mikhail Ulyanov, Moscow's envoy in Vienna, on Saturday.\n\n"
            "\u201cStarting this year, Europe will live without Russian oil,\u201d he said.")
    assert _speakers(text, datetime(2022, 12, 3)) == ["Dmitry Peskov", "Mikhail Ulyanov"]

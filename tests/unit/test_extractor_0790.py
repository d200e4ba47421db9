"""Extractor 0.70.90, in sentences of our own (each fails on 0.70.89): a credit line behind the copying outlet's relay
("As reported by Ukrinform, this was stated on live broadcast by X"), the name after a body's acronym, "According to
TASS, citing X", a news feed's clock-stamped item, and a Russian speaker's "into our territory"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run, speaker_quotes


def test_a_credit_line_behind_the_outlets_relay():
    text = ("Border guards are recording attempts by small groups to enter the territory of Sumy region. As reported by "
            "Ukrinform, this was stated on live broadcast by Spokesperson for the State Border Guard Service of Ukraine "
            "(SBGSU) Andrii Demchenko.")
    assert speaker_quotes(text) == {
        ("Andriy Demchenko", "Border guards are recording attempts by small groups to enter the territory of Sumy region")}


def test_according_to_an_outlet_citing_someone():
    text = "According to TASS, citing military analyst Andrei Marochko, the Ukrainian group has been surrounded."
    assert speaker_quotes(text) == {("Andrey Marochko", "the Ukrainian group has been surrounded")}


def test_a_news_feeds_clock_stamped_item_is_furniture():
    text = ("Russian gunners destroyed ten positions, the chairman of the movement Vladimir Rogov told RIA Novosti.\n\n"
            "These results were achieved thanks to drones.\n\n"
            "08:27Special military operation in Ukraine Armed Forces of Ukraine intensified the robbery of the population "
            "in the Zaporozhye region, said Rogov\n\n"
            "The front is quiet.")
    assert [q for _s, q in speaker_quotes(text)] == ["Russian gunners destroyed ten positions"]


def test_a_russian_speakers_our_territory_is_the_russian_oblast():
    text = ("Ukrainian forces crossed into Russia's Kursk region on Tuesday. The Chechen commander Apti Alaudinov said that "
            'Ukrainian forces "advanced well into our territory, about 12 kilometers."')
    got = {(c.controller, c.region, c.value_low) for c in run(text, datetime(2024, 8, 9)).area_claims}
    assert ("Ukraine", "Kursk Oblast", 12.0) in got

"""Extractor 0.70.74, in sentences of our own (each case fails on 0.70.73): a page's metadata date with the month
only is no part of the first sentence; "N villages remain occupied" is the occupier's holding (not what "remains" to
the other side), "temporarily occupied" is Russia's whatever agent follows, and an agentless occupation with no side
named is Russia's; an attributive participle keeps its claim under the main verb's modal, and its plural's examples
after "including" are its places; a credit line ("X said this") relayed by an outlet ("According to Censor.NET, the
spokesman ..., X, said this", "The ISW said this in a report, according to Ukrinform") credits the sentence before to
X."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas, places, speaker_quotes


def test_a_metadata_date_with_the_month_only_is_no_part_of_the_words():
    text = (" date 2023-05 Russian forces shelled the bridge twice overnight.\n\nThe head of the regional military "
            "administration, Petro Marchenko, announced this on the telethon.")
    assert speaker_quotes(text) == {("Petro Marchenko", "Russian forces shelled the bridge twice overnight")}


def test_villages_that_remain_occupied_are_the_occupiers():
    text = "About 15 villages remain occupied, Governor Petro Marchenko said."
    assert areas(text) == {("settlements_controlled", "Russia", 15.0)}


def test_temporarily_occupied_is_russias_whatever_agent_a_translation_gives():
    text = '"Eleven settlements remain temporarily occupied by us," Governor Petro Marchenko said.'
    assert areas(text) == {("settlements_controlled", "Russia", 11.0)}


def test_an_agentless_occupation_with_no_side_named_is_russias():
    text = ("Ukrainian forces have retaken 40 square kilometres this month.\n\nLess than 3% of the region's territory "
            "remains occupied.")
    assert ("territory_share", "Russia", 0.03) in areas(text)


def test_an_attributive_participle_keeps_its_claim_under_a_modal_and_lists_its_examples():
    text = ("Governor Petro Marchenko said the authorities still cannot reach the liberated villages, including "
            "Novodarivka and Levadne, because of shelling.")
    assert places(text) == {("Novodarivka", "Ukraine", "asserted", "Petro Marchenko"),
                            ("Levadne", "Ukraine", "asserted", "Petro Marchenko")}


def test_a_credit_line_relayed_by_an_outlet_credits_the_sentence_before():
    text = ("Russian units lost two tanks near the river. According to Censor.NET, the spokesman for the southern "
            "command, Ivan Petrenko, said this on the air of the telethon.")
    assert speaker_quotes(text) == {("Ivan Petrenko", "Russian units lost two tanks near the river")}
    text = ("Russian recruitment bonuses are rising. The Institute for the Study of War (ISW) said this in a new "
            "report, according to Ukrinform.")
    assert speaker_quotes(text) == {("Institute for the Study of War", "Russian recruitment bonuses are rising")}

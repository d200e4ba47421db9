"""Extractor 0.70.77, in sentences of our own (each case fails on 0.70.76): a pronoun's antecedent is the person
mentioned latest in the text, not the one read latest ('"... the American President asked for a pause ...," he said.
He stressed ...': the speaker, not the president inside his quotation); Radio Liberty is an outlet, no person a
"him" can stand for."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers


def test_he_after_a_quotation_is_its_speaker_not_a_person_named_inside_it():
    text = ("President Volodymyr Zelensky believes that the Russians ignored the US request.\n"
            '"The Russians have disregarded the efforts of the American side. The President of the United States '
            "requested a pause, and the American President stated that strikes should stop for a week. This was a "
            'very important decision," he said.\n'
            "He stressed that the Russians had launched 60 missiles overnight.")
    assert speakers(text) == {"Volodymyr Zelensky"}


def test_radio_liberty_is_no_person():
    text = ("This was stated by the head of the regional administration Petro Marchenko, Radio Liberty reports. "
            "According to him, the last civilians left the village a week ago.")
    assert speakers(text) == {"Petro Marchenko"}

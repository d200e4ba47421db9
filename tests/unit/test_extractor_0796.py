"""Extractor 0.70.96, in sentences of our own (each fails on 0.70.95 unless marked a guard): a closing "X believes."
frame and "suggested he would ..."; an infinitive after the verb ("claimed to have taken") is its content, not an
adjunct; a passive denial of "the claims" denies the claim just reported; another state's body named by its adjective
("the Turkish presidency", "the Chinese embassy in Rome"), and a bare "the embassy" only for an embassy named before."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_a_closing_believes_frame():
    text = "The offensive will stall before the winter rains, Sarah Lindqvist believes."
    assert statements(text) == {("Sarah Lindqvist", "indirect", "The offensive will stall before the winter rains")}


def test_believes_in_is_no_statement():
    # guard: a belief in something is not a report
    assert statements("Sarah Lindqvist believes in a negotiated end to the war.") == set()


def test_suggested_he_would():
    text = "Mark Hollander suggested he would travel to Kyiv after the elections in Poland."
    assert statements(text) == {("Mark Hollander", "indirect", "he would travel to Kyiv after the elections in Poland")}


def test_an_infinitive_after_the_verb_is_the_content():
    text = "In a separate incident, the Russian army claimed to have taken the village of Berestove in Kharkiv Oblast."
    assert statements(text) == {("Russian Ministry of Defence", "indirect",
                                 "to have taken the village of Berestove in Kharkiv Oblast")}


def test_said_to_reporters_after_the_content_stays_an_adjunct():
    # guard: "to reporters" after a closing frame is where it was said
    text = "The talks in Geneva were useful and will go on, Mark Hollander said to reporters."
    assert statements(text) == {("Mark Hollander", "indirect", "The talks in Geneva were useful and will go on")}


def test_the_claims_were_denied_by():
    text = ("Several Western officials claimed that Moscow had bought artillery shells from Pyongyang. "
            "The claims were denied by the Kremlin.")
    assert statements(text) == {("Kremlin", "indirect", "Moscow had bought artillery shells from Pyongyang")}


def test_a_named_speakers_claim_denied_by_another():
    text = ("Mark Hollander said that Moscow had bought artillery shells from Pyongyang. "
            "These reports have been rejected by the Kremlin.")
    assert statements(text) == {("Mark Hollander", "indirect", "Moscow had bought artillery shells from Pyongyang"),
                                ("Kremlin", "indirect", "Moscow had bought artillery shells from Pyongyang")}


def test_another_states_presidency_and_embassy():
    text = ("\u201cThe ships were warned to keep away from the strait,\u201d the Turkish presidency said on Friday. "
            "\u201cWe have never sent weapons to either side,\u201d the Chinese embassy in Rome said.")
    assert statements(text) == {
        ("Office of the President of Turkey", "direct", "The ships were warned to keep away from the strait"),
        ("Chinese embassy in Rome", "direct", "We have never sent weapons to either side")}


def test_a_bare_embassy_needs_an_embassy_named_before():
    # guard: "the embassy" is not whoever was named last
    text = ("Sarah Lindqvist painted the mural in Irpin. "
            "\u201cThe price cap will hurt consumers,\u201d the embassy said on Telegram.")
    assert {s for s, _t, _q in statements(text)} <= {None}

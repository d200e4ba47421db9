"""Extractor 0.57.0 / 0.57.1: the rules added for the classes the real corpus showed (0.57.0: all 54 parts, held back 53
included after its scoring; 0.57.1: held back 54's misses, after its scoring), each in sentences of our own, each
failing on the version before (one 0.57.0 variant, the Telegram channel, 0.56.1 already read); guards keep their
outcome on both."""
from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import run as _run
from tests.unit.extraction_helpers import statements as _statements


# ---------------------------------------------------------------- statements

def test_an_acute_accent_misprinted_in_a_possessive():
    text = "Russia\u00b4s defence ministry said its forces had repelled four attacks near the town."
    assert _statements(text) == {("Russian Ministry of Defence", "indirect",
                                  "its forces had repelled four attacks near the town")}


@pytest.mark.parametrize("kind", ["monitoring platform", "military information platform", "Telegram channel"])
def test_a_mediums_kind_after_its_name(kind):
    # "the DeepState monitoring platform reported": the kind, with its modifiers, after the name
    text = f"The village was abandoned over the past week, the DeepState {kind} reported."
    assert _statements(text) == {("DeepState", "indirect", "The village was abandoned over the past week")}


def test_a_mediums_kind_after_a_demonym_names_no_one():
    # guard (held on both)
    assert _run("The village was abandoned over the past week, the Ukrainian monitoring platform reported.").statements == []


def test_a_credit_before_a_colon_frame_of_its_own():
    # "As reported by X, he stated:" then the quotation in its own paragraph: the speaker's words, not the outlet's
    text = ("Dmytro Kuleba spoke on television on Tuesday.\n\nAs reported by Ukrinform, he stated:\n\n"
            "\u201cThe jets will come. It is a matter of time.\u201d")
    assert _statements(text) == {("Dmytro Kuleba", "direct", "The jets will come. It is a matter of time")}


def test_a_credit_before_a_frame_with_its_own_verb():
    text = "As reported by Ukrinform, Dmytro Kuleba stated that the jets would come this year."
    assert _statements(text) == {("Dmytro Kuleba", "indirect", "the jets would come this year")}


def test_a_credit_before_plain_content_stays_the_credits():
    # guard (held on both)
    assert _statements("As noted by Ukrinform, the settlement held out for months.") == {
        ("Ukrinform", "indirect", "the settlement held out for months")}


def test_a_known_name_after_a_title_too_long_for_one_noun_phrase():
    text = ("The head of the joint press center of the Defense Forces of Southern Ukraine Nataliia Humenyuk said "
            "the front line was stable.")
    assert _statements(text) == {("Natalia Humeniuk", "indirect", "the front line was stable")}


def test_a_name_after_a_prepositions_title_is_not_the_speaker():
    # guard: "an adviser to President X said": the adviser speaks, unnamed
    text = "The soldiers withdrew from two towns in the south, an adviser to President Volodymyr Zelensky said."
    assert {s[0] for s in _statements(text)} <= {None}


def test_informed_about_this_has_no_content():
    text = "Nataliia Humenyuk informed about this at the briefing."
    assert _run(text).statements == []


@pytest.mark.parametrize("source, speaker", [
    ("according to data compiled by the DeepState open-source mapping service", "DeepState"),
    ("according to data from the U.S.-based Institute for the Study of War (ISW)", "Institute for the Study of War"),
])
def test_according_to_data_from_a_source_past_its_kind_and_seat(source, speaker):
    # the participle after "data", the seat before the name, the kind and the acronym after it are no content
    text = f"The pace of the Russian advance has halved since January, {source}."
    assert _statements(text) == {(speaker, "indirect", "The pace of the Russian advance has halved since January")}


def test_an_acronym_after_the_source_opens_no_content():
    text = "According to the Institute for the Study of War (ISW), the Russian advance has slowed."
    assert _statements(text) == {("Institute for the Study of War", "indirect", "the Russian advance has slowed")}


def test_a_press_service_after_its_body_stays_the_body():
    # guard (held on both): "the Kremlin press service" is the Kremlin's
    text = "The leaders exchanged views on the situation around Ukraine, the Kremlin press service said."
    assert {s[0] for s in _statements(text)} == {"Kremlin"}


# ---------------------------------------------------------------- place claims

def test_no_reference_to_a_retreat_is_no_claim():
    # "made no direct reference to retreat from X": nothing said of X (it had been an asserted withdrawal)
    text = "Ukrainian army statements on Monday made no direct reference to retreat from Krynky."
    assert _run(text).place_claims == []


def test_a_retreat_from_the_village_stays_a_claim():
    # guard (held on both)
    text = "Ukrainian marines retreated from Krynky on Tuesday, the army said."
    assert {(p.place, p.controller) for p in _run(text).place_claims} == {("Krynky", "Russia")}


# ---------------------------------------------------------------- 0.57.1: from held back 54's misses, after its scoring

def test_this_information_is_inaccurate_denies_the_claim_before():
    text = ("\u201cThere are reports that Russian forces have seized the village of Zaporizke. This information is "
            "inaccurate, there are no Russian troops there,\u201d Andrii Kovaliov stated.")
    assert ("Zaporizke", "Russia", "denied", "Andrii Kovaliov") in {
        (p.place, p.controller, p.stance, p.claimant) for p in _run(text).place_claims}


def test_media_claims_a_speaker_tells_of_are_not_his_own():
    text = ("\u201cThere are media claims suggesting that Russian forces have seized the village of Zaporizke,\u201d "
            "Andrii Kovaliov stated.")
    assert {(p.place, p.stance, p.claimant) for p in _run(text).place_claims} == {("Zaporizke", "asserted", None)}


def test_a_closing_reminded_frame():
    text = "A new corridor for civilian vessels is now open, Dmytro Pletenchuk reminded."
    assert _statements(text) == {("Dmytro Pletenchuk", "indirect", "A new corridor for civilian vessels is now open")}


def test_reminded_someone_to_do_something_reports_nothing():
    # guard (held on both)
    assert _run("Dmytro Pletenchuk reminded the sailors to stay alert.").statements == []

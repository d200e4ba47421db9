"""Extractor 0.71.17 (after 0.71.16), in sentences of our own (each fails on 0.71.16 unless marked a guard): "said
this on Sunday, July 17" credits the sentence before; a title apposed before the name is no content; "..., he said,
adding, '...'" is the pronoun's quote; "adding to" and "highlighting" a noun report nothing; a purpose infinitive
after an action under way and "having liberated X, ... will" are aims; "can't confirm or deny" is no word either
way."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes, speakers

DAY = datetime(2022, 7, 17)


def test_said_this_with_the_days_date_credits_the_sentence_before():
    text = ("Ukrainian forces are holding the defence in Bilohorivka. The head of the Luhansk Regional Military "
            "Administration, Serhiy Haidai, said this on the air of a telethon on Sunday, July 17.")
    assert speaker_quotes(text) == {("Serhiy Haidai", "Ukrainian forces are holding the defence in Bilohorivka")}


def test_a_title_apposed_before_the_name_is_not_what_he_said():
    text = "The head of the Kherson OVA, Yaroslav Yanushevych, also reported on the successes in the Kherson region."
    assert speaker_quotes(text) == {("Yaroslav Yanushevych", "on the successes in the Kherson region")}


def test_a_clause_before_the_name_is_still_content():
    # guard: "The village had been brought under control, spokesman X said": the clause is what he said
    text = "The village of Zaitseve had been brought under Russian control, spokesman Igor Konashenkov said on Thursday."
    assert speaker_quotes(text) == {("Igor Konashenkov", "The village of Zaitseve had been brought under Russian control")}


def test_the_participle_after_an_inverted_frame_is_the_pronouns():
    text = ("According to Grossi, the team noticed charred areas. Samples of debris were collected, he said, adding, "
            "\u201cNo tyres or drone remains were found during the inspection.\u201d")
    assert "Samples" not in speakers(text)
    assert ("Rafael Grossi", "No tyres or drone remains were found during the inspection") in speaker_quotes(text)


def test_adding_to_a_noun_reports_nothing():
    text = "The European Union heaped more sanctions on Russia on Thursday, adding to the punitive measures of Washington."
    assert speakers(text) == set()


def test_highlighting_a_noun_reports_nothing():
    text = "Zelensky spoke in Kyiv on Friday, highlighting Ukraine's long-standing request for long-range strikes."
    assert speakers(text) == set()


def test_a_purpose_infinitive_after_an_action_under_way_is_an_aim():
    text = "Pushilin said that Russian forces are methodically encircling Pokrovsk to liberate it from Ukrainian troops."
    assert places(text, DAY) == set()


def test_having_liberated_before_a_future_is_foreseen():
    text = ("Cherevatyi said it is important for the invaders to keep Kreminna, because, having liberated this "
            "settlement, the Armed Forces of Ukraine will go to Svatove.")
    assert places(text, DAY) == set()


def test_having_liberated_before_a_past_is_told():
    # guard: "Having liberated X, troops pushed on": done
    assert places("Having liberated Kupiansk, Ukrainian troops pushed on to Svatove.", DAY) == {
        ("Kupiansk", "Ukraine", "asserted", None)}


def test_confirm_or_deny_is_no_denial():
    text = ("Zaluzhnyi said: \"We can't yet confirm or deny the information of the so-called withdrawal of Russian "
            "occupation troops from Kherson.\"")
    assert places(text, DAY) == set()

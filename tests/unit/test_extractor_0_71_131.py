"""Extractor 0.71.131 (after 0.71.130), in sentences of our own (each fails on 0.71.130 unless marked a guard).

Speakers past a headline glued before the lede, of a titled apposition, of a proposal put in words; a quotation that
is itself the reported clause; a Cyrillic letter typed inside an English word; periods counted in years."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.text import normalise_quote_marks
from tests.unit.extraction_helpers import areas, quotes, run, speakers


def test_a_headline_glued_before_the_lede_is_no_speaker():
    text = ('Talks stalled for good reason: Kremlin Kremlin spokesman Dmitry Peskov confirmed the pause, saying, '
            '"Our negotiators can still talk through their channels."')
    assert speakers(text, datetime(2025, 9, 12)) == {"Dmitry Peskov"}


def test_a_one_word_caption_label_does_not_open_a_clause():
    # (a guard: "Photo: <credit>" is a caption's label; the photographer is no later subject for "the mayor")
    text = ("Dmytro Orlov is the mayor of Enerhodar. Photo: Lukas Berg/agency The shelling went on all night.\n\n"
            "\u2013 It frightens everyone in the city, says the mayor.")
    assert speakers(text, datetime(2022, 9, 8)) == {"Dmytro Orlov"}


def test_a_quotation_that_is_the_reported_clause_counts():
    text = ('Vitali Klitschko stated that the situation was "very hard." Later he admitted that "the cold will stay '
            'with us for weeks."')
    assert [q for s, q in quotes(text) if "weeks" in q] == ['"the cold will stay with us for weeks."']


def test_a_frame_inside_a_quotation_stays_the_quoted_speakers():
    # (a guard: reported speech inside a closed quotation belongs to the quotation's own statement)
    text = '"He said the army would come back," Zelensky told reporters.'
    assert speakers(text) == {"Volodymyr Zelensky"}


def test_a_titled_person_after_source_label_speaks():
    text = ("Enemy troops remain trapped at the factory in the town.\n\n"
            "Source: Marta Kovalenko, spokeswoman for the Northern Operational Group, on the national newscast\n\n"
            'Quote: "They bring them water and food by drone."')
    assert speakers(text, datetime(2024, 8, 25)) == {"Marta Kovalenko"}


def test_a_bare_source_label_without_a_title_stays_silent():
    # (a guard: an unknown name with no office is no speaker of a label)
    text = ("Enemy troops remain trapped at the factory in the town.\n\n"
            "Source: Marta Kovalenko on the national newscast\n\n"
            'Quote: "They bring them water and food by drone."')
    assert speakers(text, datetime(2024, 8, 25)) == set()


def test_according_to_a_report_then_a_named_speakers_own_verb():
    text = ("According to a report published by The Kyiv Independent on Tuesday, the head of the city administration, "
            "Petro Hnatenko, in a video address, affirmed that the defenders had pushed the enemy back.")
    assert speakers(text, datetime(2022, 3, 29)) == {"Petro Hnatenko"}


def test_an_envoy_to_a_region_is_a_title_before_the_name():
    text = ("The US special envoy to the Middle East, Steve Witkoff, told the Kremlin aide that peace would require "
            "Russia to keep Donetsk.")
    assert speakers(text, datetime(2025, 11, 27)) == {"Steve Witkoff"}


def test_the_head_of_a_body_after_the_name_is_his_title():
    text = ("Ivan Petrenko, head of Ukraine\u2019s State Nuclear Regulatory Inspectorate, said the lack of external "
            "power posed major threats to safety.")
    assert speakers(text, datetime(2025, 9, 30)) == {"Ivan Petrenko"}


def test_explaining_a_position_says_nothing():
    text = "Apti Alaudinov refused the request of the prisoners. He explained his position in his Telegram channel."
    assert speakers(text, datetime(2024, 9, 15)) == set()


def test_advice_with_an_infinitive_is_a_statement():
    text = "Apti Alaudinov advised the Ukrainian command to keep the prisoners for themselves."
    assert speakers(text, datetime(2024, 9, 15)) == {"Apti Alaudinov"}


def test_advice_on_how_is_no_statement():
    # (a guard: what the advice was about, not its words)
    text = "Steve Witkoff advised the Russian side on how best to win over the president."
    assert speakers(text, datetime(2025, 11, 27)) == set()


def test_a_proposal_put_in_words_is_a_statement():
    text = "Brazilian President Luiz Inacio Lula da Silva proposed that Ukraine give up Crimea to end the war."
    assert speakers(text, datetime(2023, 4, 7)) == {"Luiz In\u00e1cio Lula da Silva"}


def test_a_proposed_thing_is_no_statement_and_leaves_the_closing_verb():
    # (a guard: "proposed <a thing>" reports no words; the closing frame still credits the sentence)
    text = ("The European Commission has proposed a new package of sanctions against Russia, Commission President "
            "Ursula von der Leyen announced.")
    assert speakers(text, datetime(2025, 6, 10)) == {"Ursula von der Leyen"}


def test_an_analyst_posits():
    text = "Military analyst Kostyantyn Mashovets posits that this redeployment aims to outflank the defenders."
    assert speakers(text, datetime(2025, 2, 15)) == {"Kostyantyn Mashovets"}


def test_the_aged_head_of_state_is_the_president_named_before():
    text = ('Luiz Inacio Lula da Silva met reporters. "Crimea may be discussed," declared the 77-year-old Brazilian '
            'head of state during a breakfast.')
    assert speakers(text, datetime(2023, 4, 7)) == {"Luiz In\u00e1cio Lula da Silva"}


def test_an_owner_with_two_names_before_the_attitude():
    text = "Cardinal Matteo Zuppi expressed Pope Francis\u2019s deep concern for the people of Ukraine."
    assert speakers(text, datetime(2023, 6, 28)) == {"Matteo Zuppi"}


def test_a_credit_line_relayed_as_reported_by_an_outlet():
    text = ("The occupiers took control of the town of Kreminna in the Luhansk region.\n\n"
            "Regional governor Serhiy Haidai announced this on Facebook, as reported by Censor.NET")
    assert speakers(text, datetime(2022, 4, 18)) == {"Serhiy Haidai"}


def test_a_cyrillic_letter_inside_an_english_word_reads_latin():
    assert normalise_quote_marks("\u0430s reported by \u041a\u0438\u0457\u0432") == "as reported by \u041a\u0438\u0457\u0432"


def test_a_share_seized_over_years_is_a_change_not_a_holding():
    text = "Over the past three years, Russia has seized only 1.5% of Ukraine's territory."
    assert areas(text, datetime(2025, 12, 8)) == set()


def test_an_area_seized_over_years_has_its_period():
    text = "Over the past two years, Russian forces have captured 3,000 square kilometres."
    claims = run(text, datetime(2025, 12, 8)).area_claims
    assert [(c.metric, c.value_low, c.period_days) for c in claims] == [("area_gained", 3000.0, 730)]


def test_an_advance_from_one_town_to_another_is_an_advance():
    text = "He estimated that Russian troops needed about 22 months to advance roughly 32 km from Avdiivka to Pokrovsk."
    assert areas(text, datetime(2026, 1, 1)) == {("advance_depth", "Russia", 32.0)}


def test_a_distance_from_a_town_stays_a_distance():
    # (a guard)
    text = "Russian troops advanced to a line about 10 km from Pokrovsk."
    assert areas(text, datetime(2026, 1, 1)) == set()

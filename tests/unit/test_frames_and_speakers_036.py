"""Extractor 0.36.0 (issue 11): statements the extractor missed in sentences it read alone — every gold statement of
the real parts whose sentence names its speaker and holds a reporting verb, extracted sentence by sentence — each
rule in sentences of our own. The cases that find something fail on 0.35.0; the cases that find nothing guard the
rule."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 9, 10)


def statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText(article_id="t", text=text, published_at=DAY)).statements]


def speakers(text: str) -> list[str]:
    return [s for s, _ in statements(text)]


# ---------------------------------------------------------------- between the subject and its verb

def test_an_aside_in_parentheses_between_subject_and_verb():
    assert statements("The Russian Volunteer Corps (made up of Russians fighting for Ukraine) said that the raid "
                      "had succeeded.") == [("Russian Volunteer Corps", "the raid had succeeded.")]
    assert speakers("Russia's Defence Ministry on Tuesday (September 10, 2024) said it had captured the town of "
                    "Krasnohorivka.") == ["Russian Ministry of Defence"]


def test_an_aside_between_dashes_between_subject_and_verb():
    assert speakers("The pro-Kremlin war blogger Rybar - who is said to have close ties to the ministry - said the "
                    "situation had become worse.") == ["Rybar"]


def test_a_date_or_today_between_subject_and_verb():
    assert speakers("Reuters on November 27 said that Russian forces were advancing faster.") == ["Reuters"]
    assert speakers("Defense Secretary Lloyd Austin today announced that a new aid package would follow.") \
        == ["Lloyd Austin"]


def test_went_on_to_say_reports_like_said():
    assert statements("Oleh Hryhorov went on to say that the troops were holding the line.") \
        == [("Oleh Hryhorov", "the troops were holding the line.")]


def test_the_subject_of_a_gesture_coordinated_with_said_speaks():
    # (a long clause before it, with capitalised words: 0.35.0 found no speaker)
    assert statements("When asked about whether Ukraine will get the long-range German Taurus missiles it has long "
                      "desired, Boris Pistorius only shrugged and said there was no news.") \
        == [("Boris Pistorius", "there was no news.")]


# ---------------------------------------------------------------- who the subject is

def test_a_capitalised_office_apposition_with_and_or_an_acronym_title():
    assert speakers("Dmitry Medvedev, Deputy Chairman of Russia's Security Council and former President, has warned "
                    "that Moscow could strike Kyiv.") == ["Dmitry Medvedev"]
    assert speakers("Maxim Timchenko, CEO of the energy company DTEK, said that there were power outages.") \
        == ["Maxim Timchenko"]


def test_a_hyphenated_title_before_a_name():
    assert speakers("The plant is unsafe, director-general Rafael Grossi said.") == ["Rafael Grossi"]


def test_a_name_then_its_kind_of_organisation():
    assert speakers("Kyiv's troops left the village of Krynky, the DeepState map service said.") == ["DeepState"]
    assert speakers("Missiles damaged two power plants, the DTEK energy company said.") == ["DTEK"]
    assert speakers("The Khortitsa battlegroup claimed that it was withdrawing troops.") \
        == ["Khortytsia operational-strategic group"]


def test_a_capitalised_kind_is_part_of_the_name():
    assert speakers("The Security Service said two agents were detained.") == ["Security Service"]


def test_a_quoted_name_of_several_words():
    assert speakers('On October 1, the Russian war channel "Voin DV" claimed that Ukrainian soldiers were leaving '
                    'Vuhledar.') == ["Voin DV"]


def test_both_subjects_of_both_x_and_y_speak():
    got = speakers("Both the Kremlin and President Volodymyr Zelensky have denied the war has reached a deadlock.")
    assert sorted(got) == ["Kremlin", "Volodymyr Zelensky"]


def test_an_object_before_and_is_no_subject():
    assert speakers("Putin met Zelensky and Macron said the talks were useful.") == ["Emmanuel Macron"]


def test_a_clause_opened_by_where_has_its_own_subject():
    assert speakers("Putin visited a command post, where Andrey Ivanayev, commander of the Eastern Military District, "
                    "claimed that Russian forces had advanced.") == ["Andrey Ivanayev"]


def test_a_spokesman_for_a_body_speaks_for_it():
    assert speakers('"The enemy is withdrawing from the city," said a spokesman for the Ukrainian General Staff.') \
        == ["Ukrainian General Staff"]


def test_an_aside_between_dashes_closes_the_content_before_its_speaker():
    got = statements("Air defences destroyed seven drones over Bryansk \u2013 on Ukraine's northern border \u2013 "
                     "Governor Alexander Bogomaz said.")
    assert [s for s, _ in got] == ["Alexander Bogomaz"] and got[0][1].startswith("Air defences destroyed")


# ---------------------------------------------------------------- verbs

def test_refuted_reports_suggesting_that():
    assert statements("Dmitry Peskov also refuted media reports suggesting that the envoy had been suspended.") \
        == [("Dmitry Peskov", "the envoy had been suspended.")]


def test_conveyed_and_elaborated_frame_a_quotation_but_not_an_act():
    assert speakers('"The enemy is on the defensive," Hanna Maliar conveyed on Telegram.') == ["Hanna Maliar"]
    assert speakers("Volodymyr Zelensky elaborated on the plan at length.") == []
    assert speakers("Sergei Shoigu conveyed his condolences to the families.") == []


def test_believes_with_an_indefinite_subject_clause():
    assert statements("Kyrylo Budanov also believes a Ukrainian offensive is possible this year.") \
        == [("Kyrylo Budanov", "a Ukrainian offensive is possible this year.")]
    assert speakers("Kyrylo Budanov believes in a Ukrainian offensive.") == []

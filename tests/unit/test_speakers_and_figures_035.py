"""Extractor 0.35.0 (issue 11): rules written from the error lists of every real part after held back 32 was scored
blind, each in sentences of our own. The cases that find something fail on 0.34.0; the cases that find nothing
guard the rule."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 10, 8)


def _run(text: str):
    return extract(ArticleText(article_id="t", text=text, published_at=DAY))


def statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in _run(text).statements]


def shares(text: str) -> list[tuple[str, str, float]]:
    return sorted((a.controller, a.region, a.value_low) for a in _run(text).area_claims
                  if a.metric == "territory_share")


def claims(text: str) -> list[tuple[str, str, str, float]]:
    return [(a.metric, a.controller, a.region, a.value_low) for a in _run(text).area_claims]


# ---------------------------------------------------------------- who speaks

def test_an_organisation_named_with_its_kind_after_it_is_that_organisation():
    # "the ISW think tank", "the Interfax news agency": the name, then what it is
    got = statements("Ukrainian troops crossed the river, writes the ISW think tank in a report. "
                     "The Interfax news agency said two bridges were hit.")
    assert [s for s, _ in got] == ["Institute for the Study of War", "Interfax"]


def test_a_think_tank_named_by_where_it_sits_is_the_research_body_named_last():
    got = statements("The Institute for the Study of War published its update on Monday. The Washington D.C. think "
                     "tank said that Russian forces had made marginal gains near Pokrovsk.")
    assert got == [("Institute for the Study of War", "Russian forces had made marginal gains near Pokrovsk.")]


def test_a_think_tank_named_by_where_it_sits_stays_unnamed_without_one():
    assert statements("The London think tank said that the front was stable.") == []


def test_an_acronym_defined_with_more_inside_its_parentheses_names_the_body():
    # "(RVC, Russian: ...)": the acronym is defined though the parenthesis goes on
    got = statements("Two groups, the Russian Volunteer Corps (RVC, Russian: RDK) and the Freedom of Russia Legion "
                     "(FRL; also LSR), crossed the border. The RVC said the raid was a success. The FRL said that "
                     "its fighters had returned.")
    assert [s for s, _ in got] == ["Russian Volunteer Corps", "Freedom of Russia Legion"]


def test_what_was_shared_or_commented_is_a_statement_only_with_its_content():
    assert [s for s, _ in statements("Oleksandr Syrskyi shared that Ukraine controls 1,000 square kilometres.")] \
        == ["Oleksandr Syrskyi"]
    assert [s for s, _ in statements("Dmitry Peskov commented that the talks had been useful.")] == ["Dmitry Peskov"]
    assert statements("Oleksandr Syrskyi shared photos with the troops defending the area.") == []
    assert statements("Dmitry Peskov commented on the exchange of prisoners.") == []


def test_an_addressee_informed_that_is_not_the_content():
    got = statements("Oleksandr Syrskyi informed Volodymyr Zelensky that the troops had advanced 3 km.")
    assert got == [("Oleksandr Syrskyi", "the troops had advanced 3 km.")]


# ---------------------------------------------------------------- figures

def test_a_share_of_the_region_is_of_the_oblast_the_sentence_named():
    got = shares("Serhiy Haidai, the governor of Luhansk Oblast, said on Sunday that only 10 percent of the region "
                 "is controlled by Ukraine.")
    assert got == [("Ukraine", "Luhansk Oblast", 0.1)]


def test_a_share_controlled_by_a_side_is_not_a_share_of_that_side():
    # "controlled by Ukraine" names the controller, never the region the share is of
    assert shares("Fighting raged in Luhansk Oblast. Serhiy Haidai said that only 10 percent of the region is "
                  "controlled by Ukraine.") == [("Ukraine", "Luhansk Oblast", 0.1)]


def test_a_share_of_the_region_with_two_oblasts_named_takes_neither():
    got = shares("The governors of Luhansk and Donetsk oblasts said that 10 percent of the region is controlled "
                 "by Ukraine.")
    assert [r for _, r, _ in got] != ["Luhansk Oblast"] and [r for _, r, _ in got] != ["Donetsk Oblast"]


def test_a_predicate_after_a_list_of_shares_holds_for_every_item():
    got = shares("Volodymyr Zelensky presented a map of Russian control: 99 percent of Luhansk, 76 percent of "
                 "Donetsk, 73 percent of Zaporizhzhia, and 73 percent of Kherson are under Russian occupation.")
    assert got == [("Russia", "Donetsk Oblast", 0.76), ("Russia", "Kherson Oblast", 0.73),
                   ("Russia", "Luhansk Oblast", 0.99), ("Russia", "Zaporizhzhia Oblast", 0.73)]


def test_a_share_of_something_else_in_the_list_is_not_given_the_predicate():
    # only "N% of <region>," items take the predicate after them: "of its soldiers" is no region
    got = shares("Zelensky said that 90 percent of its soldiers, and 76 percent of Donetsk are under Russian "
                 "occupation.")
    assert got == [("Russia", "Donetsk Oblast", 0.76)]


def test_a_converted_figure_in_parentheses_does_not_cut_the_passive_verb_off():
    got = claims("Hanna Maliar told reporters that an area of some 3,800 square kilometers (1,467 square miles) "
                 "has been recaptured.")
    assert got == [("area_gained", "Ukraine", "Ukraine", 3800.0)]

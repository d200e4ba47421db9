"""Extractor 0.71.102 (after 0.71.101), in sentences of our own (each fails on 0.71.101 unless marked a guard).

Not statements: "claims four Ukrainian regions" (land claimed, not words), "declared its independence" and "declared
X and Y independent" (acts of state), 'Officer "Max" confirmed' (a rank and a quoted first name or call sign).
Credit lines: "Later, the information was confirmed by the head of X, Name." and "According to Censor.NET, The Telegraph
reports." give the sentences before to their speaker. Labels: "in what the defence ministry described as a 'gesture of
goodwill'" is the label, the ministry the one of the country the sentence opens with. Speakers: "the Russian
president's press secretary" (an office the seeds write "press secretary of president"); "the Luhansk Oblast Head";
"Name, Deputy Head of the Main Directorate of Intelligence said" (an apposition left open); a head of state is never
the "Ukrainian defence official" of a sentence before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes

DAY = datetime(2022, 9, 13)


def _statements(text: str, day: datetime = DAY) -> set[tuple]:
    return quotes(text, day)


def _speakers(text: str, day: datetime = DAY) -> set[str]:
    return {s for s, _q in _statements(text, day)}


def test_land_claimed_is_no_statement():
    text = "Putin claims five Ukrainian regions \u2013 Luhansk, Donetsk, Zaporizhzhia, Kherson and Crimea."
    assert _statements(text) == set()


def test_acts_of_state_are_no_statements():
    text = ("Abkhazia declared its independence unilaterally with Russian support. Putin later declared the two "
            "breakaway republics independent of Georgia.")
    assert _statements(text) == set()


def test_guard_a_declared_clause_is_still_reported():
    assert _speakers("Putin declared that the regions were independent.") == {"Vladimir Putin"}


def test_the_information_was_confirmed_by_credits_the_sentence_before():
    text = ("Border guards stopped a sabotage group near the village overnight. Later, the information was confirmed "
            "by the head of the Ministry of Internal Affairs, Ihor Klymenko.")
    assert _statements(text) == {("Ihor Klymenko", "Border guards stopped a sabotage group near the village overnight")}


def test_a_rank_and_a_quoted_first_name_is_anonymous():
    text = 'Officer "Max" has dismissed the rumours and confirmed that street fighting continues.'
    assert _statements(text) == set()


def test_guard_a_regiment_with_its_quoted_name_speaks():
    text = 'Regiment "Skelia" said that its drones hit the depot near the river.'
    assert any("Skelia" in s for s in _speakers(text))


def test_what_the_ministry_described_as():
    text = ("Russia has withdrawn its forces from the island, a strategic outpost in the sea, in what the defense "
            "ministry described as a \u201cgesture of goodwill\u201d to help restore grain shipments.")
    got = _statements(text)
    assert {s for s, _q in got} == {"Russian Ministry of Defence"}
    assert all(q.startswith("a \u201cgesture of goodwill\u201d") for _s, q in got)


def test_an_outlet_relaying_a_papers_report():
    text = ("Ukraine lost the most territory in October this year. The fiercest fighting is near the two towns.\n"
            "According to Censor.NET, The Telegraph reports.")
    assert _statements(text) == {("The Telegraph", "Ukraine lost the most territory in October this year. The fiercest "
                                                "fighting is near the two towns")}


def test_the_presidents_press_secretary():
    text = "According to the Russian president's press secretary, the two leaders will discuss the settlement."
    assert _speakers(text, datetime(2025, 4, 11)) == {"Dmitry Peskov"}


def test_the_oblast_head():
    text = "The Luhansk Oblast Head says that the Russian troops have left the town."
    assert _speakers(text) == {"Serhiy Haidai"}


def test_an_apposition_left_open_before_the_verb():
    text = ("Later, Vadym Skibitsky, Deputy Head of the Main Directorate of Intelligence said Russia had doubled its "
            "output of attack drones.")
    assert _speakers(text) == {"Vadym Skibitskyi"}


def test_a_head_of_state_is_not_the_unnamed_official():
    text = ("A Ukrainian defence official told the BBC that its forces were in control of the city. The Ukrainian "
            "president, Volodymyr Zelensky, said it was a historic day.")
    assert ("Volodymyr Zelensky", "its forces were in control of the city") not in _statements(text)

"""Extractor 0.71.95 (after 0.71.94), in sentences of our own (each fails on 0.71.94 unless marked a guard).

Speakers: a sentence adverb ("Similarly,") is no name; "has been warning allies that X" reports X; "This was stated by
the spokesman of the X group Name Surname on the telethon": the holder named after his office with no comma, and later
"the governor of the X region" is the person the text gave that title, not the seeds' holder of the office;
"Lawmaker Lee" is the lawmaker Lee named before; transcripts with the label on its own line ("Peskov:") and the words on
the next. Places: "Mirny Dolina" in a list is one name; "In the Lugansk direction, the settlements of A, B and C were
liberated" keeps the list; a side named in a relative clause after the place ("which had been under Russian
occupation") is the one that lost it. Figures: "half a thousand settlements" is 500."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, run

DAY = datetime(2025, 6, 20)


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return places(text, day)


def _statements(text: str, day: datetime = DAY) -> set[tuple]:
    return quotes(text, day)


def test_a_sentence_adverb_is_no_speaker():
    text = ("Similarly, Petro Marchenko, a company commander in the 24th Brigade, confirmed the loss of the two "
            "villages and blamed the lack of shells.")
    assert {s for s, _q in _statements(text)} == {"Petro Marchenko"}


def test_a_perfect_progressive_of_warning_reports_its_clause():
    text = "For weeks, Volodymyr Zelensky has been warning European leaders that Russia is preparing a new offensive."
    assert _statements(text) == {("Volodymyr Zelensky", "Russia is preparing a new offensive")}


def test_warning_an_addressee_that_keeps_only_the_clause():
    text = "Kaja Kallas warned the ministers that the sanctions would not be lifted this year."
    assert _statements(text) == {("Kaja Kallas", "the sanctions would not be lifted this year")}


def test_warning_of_something_is_unchanged():    # a guard: what is warned of stays the content
    text = "Kaja Kallas warned of a long war that would drain the continent."
    assert _statements(text) == {("Kaja Kallas", "of a long war that would drain the continent")}


def test_an_office_then_its_holder_with_no_comma_after_by():
    text = ("The enemy keeps bringing boats to the islands. This was stated by the spokesman of the "
            "operational-strategic group of troops \"Tavria\" Dmytro Lykhovii on the national telethon.")
    assert {s for s, _q in _statements(text)} == {"Dmytro Lykhovii"}


def test_the_region_governor_is_the_one_the_text_titled():
    text = ("This was reported by the Governor of the Zaporizhzhia region Yevgeny Balitsky in an interview with a "
            "state channel. Earlier, the governor of the Zaporizhzhia region said that schools would open in "
            "September.")
    assert ("Yevgeny Balitsky", "schools would open in September") in _statements(text)


def test_a_lawmaker_named_by_title_and_family_name():
    text = ("Opposition lawmaker Kim Min-seok attended the briefing. Lawmaker Kim noted that the troops had been "
            "rotated in spring.")
    assert _statements(text) == {("Kim Min-seok", "the troops had been rotated in spring")}


def test_a_transcript_with_labels_on_their_own_lines():
    text = ("Dmitry Peskov gave an interview to a Swiss weekly.\nPart Three:\nQuestion:\nWill the talks resume in "
            "May?\nPeskov:\nWe are ready to continue, but the other side keeps changing its position.\nQuestion:\n"
            "And the prisoners?\nPeskov:\nThe exchanges go on, and we hope for more of them.")
    got = _statements(text)
    assert {s for s, _q in got} == {"Dmitry Peskov"}
    assert {q for _s, q in got} == {"We are ready to continue, but the other side keeps changing its position",
                                    "The exchanges go on, and we hope for more of them"}


def test_an_adjective_and_a_known_name_make_one_listed_name():
    text = ("Igor Konashenkov said the settlements of Loskutovka, Podlesne, Mirny Dolina and Ustinovka were "
            "liberated.")
    assert "Myrna Dolyna" in {p for p, _c, _s, _w in _places(text, datetime(2022, 6, 24))}


def test_a_direction_before_the_kind_does_not_locate_the_list():
    text = ("Igor Konashenkov said that in the Lugansk direction, the settlements of Loskutovka, Podlesne and "
            "Ustinovka were liberated.")
    assert {p for p, _c, _s, _w in _places(text, datetime(2022, 6, 24))} == {"Loskutivka", "Podlesne", "Ustynivka"}


def test_the_side_in_a_relative_clause_lost_the_place():
    text = "On November 9, the Armed Forces liberated Snihurivka, which had been under Russian occupation for months."
    assert _places(text, datetime(2022, 11, 12)) == {("Snihurivka", "Ukraine", "asserted", None)}


def test_half_a_thousand_settlements():
    text = "A year ago, Ukrainian defenders liberated half a thousand settlements in the Kharkiv region."
    assert {(a.metric, a.value_low) for a in run(text, datetime(2023, 9, 8)).area_claims} == \
        {("settlements_gained", 500.0)}

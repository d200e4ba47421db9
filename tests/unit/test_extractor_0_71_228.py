"""Extractor 0.71.228 (after 0.71.227), in sentences of our own (each fails on 0.71.227 unless marked a guard)."""
from __future__ import annotations

from datetime import date, datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 12, 27)


def _read(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def test_another_sides_report_told_as_the_time_of_a_statement_is_a_statement_of_its_own():
    got = [(s.speaker, s.quote_text) for s in _read(
        "Oleksandr Syrskyi said he had ordered the defences strengthened, a day after Kiev forces announced they had "
        "withdrawn from the town of Vuhledar.").statements]
    assert got == [("Oleksandr Syrskyi", "he had ordered the defences strengthened"),
                   ("Ukrainian General Staff", "they had withdrawn from the town of Vuhledar.")]


def test_a_place_described_as_held_stays_held_when_its_recapture_is_only_near():
    claims = _read("Ukrainian forces are close to retaking the key Russian-held city of Kreminna.").place_claims
    assert [(c.place, c.controller, c.action) for c in claims] == [("Kreminna", "Russia", "holds")]


def test_guard_a_capture_only_near_is_no_claim():
    assert _read("Russian forces are close to capturing Kreminna.").place_claims == []


def test_a_place_a_side_lost_told_in_a_relative_clause():
    claims = _read("Fighting raged near Sievierodonetsk, which Ukraine lost in June.").place_claims
    assert [(c.place, c.controller, c.as_of) for c in claims] == [("Sievierodonetsk", "Russia", date(2022, 6, 30))]


def test_two_places_a_side_lost_told_by_their_count_and_a_bare_season():
    claims = _read("Kyiv could launch an offensive in Sievierodonetsk and Lysychansk, two cities Ukraine lost in the "
                   "summer.").place_claims
    assert sorted((c.place, c.controller, c.as_of) for c in claims) == [
        ("Lysychansk", "Russia", date(2022, 8, 31)), ("Sievierodonetsk", "Russia", date(2022, 8, 31))]


def test_guard_a_bare_season_said_within_it_dates_nothing():
    claims = _read("Russia captured Sievierodonetsk in the summer.", datetime(2022, 7, 10)).place_claims
    assert [c.as_of for c in claims] == [date(2022, 7, 10)]


def test_a_style_sheet_line_is_furniture_not_a_statement():
    got = _read("All consulates will stop providing services, Andrii Sybiha said.\n"
                ".in_text_content_22 { width: 300px; height: 600px; } @media(min-width: 600px) { .x { width: 5px; } }\n"
                "This is stated in a letter signed by Andrii Sybiha.").statements
    assert [s.quote_text for s in got] == ["All consulates will stop providing services"]


def test_a_share_whose_recognition_is_demanded_is_the_occupiers_holding():
    claims = _read("Russia continues to demand that Ukraine recognises its conquest of a fifth of the country.").area_claims
    assert [(c.controller, c.region, c.value_low) for c in claims] == [("Russia", "Ukraine", 0.2)]


def test_a_share_of_the_nation_is_a_share_of_the_country():
    claims = _read("Russia controls about 18% of the nation.").area_claims
    assert [(c.controller, c.region, c.value_low) for c in claims] == [("Russia", "Ukraine", 0.18)]


def test_guard_a_share_russia_wants_to_capture_is_no_holding():
    assert _read("Russia wants to capture a fifth of Ukraine.").area_claims == []


def test_first_names_the_text_says_were_changed_are_pseudonyms():
    got = _read("Maria, who escaped to Europe with her daughter, said the school had been closed. For security "
                "reasons, names have been changed.").statements
    assert got == []


def test_guard_full_names_survive_a_note_on_changed_names():
    got = _read("Maria Petrenko, a teacher, said the school had been closed. Names of pupils have been "
                "changed.").statements
    assert [s.speaker for s in got] == ["Maria Petrenko"]

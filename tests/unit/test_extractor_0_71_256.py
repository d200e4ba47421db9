"""Extractor 0.71.256 (after 0.71.255), in sentences of our own (each fails on 0.71.255 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 3)


def _run(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def _claims(text: str, day: datetime = DAY):
    return {(c.controller, c.metric, c.region, c.value_low) for c in _run(text, day).area_claims}


def _places(text: str, day: datetime = DAY):
    return {(c.place, c.controller, c.stance, c.action) for c in _run(text, day).place_claims}


def _speakers(text: str, day: datetime = DAY):
    return [(s.speaker, s.statement_type) for s in _run(text, day).statements]


# ---- area claims


def test_a_net_advance_in_the_sentence_of_both_gains_is_the_larger_gain():
    claims = _claims("Over the week, Russian troops captured 240 square kilometres and Ukrainian units won back 35 square "
                     "kilometres, which gives a net advance of 205 square kilometres.")
    assert ("Russia", "area_gained", "Ukraine", 205.0) in claims
    assert ("Ukraine", "area_gained", "Ukraine", 205.0) not in claims


def test_a_net_gain_closing_a_clause_is_its_subjects():
    claims = _claims("In May, the Russian army also made gains in other Ukrainian districts, with a net gain of about "
                     "90 sq km.")
    assert claims == {("Russia", "area_gained", "Ukraine", 90.0)}


def test_the_total_size_of_a_country_is_no_claim():
    claims = _claims("Russian forces took 410 sq km in May (with a total territory of Ukraine of 603,628 sq km).")
    assert claims == {("Russia", "area_gained", "Ukraine", 410.0)}


def test_guard_the_total_area_of_ground_taken_stays_a_gain():
    claims = _claims("The group's units have taken control of a section of territory with a total area of over 200 "
                     "square kilometres, the Russian ministry said.")
    assert ("Russia", "area_gained", "Ukraine", 200.0) in claims


def test_a_share_at_least_partially_controlled_is_a_holding():
    claims = _claims("By the end of May, the Russian army at least partially controlled or claimed 71% of the Donetsk "
                     "region.")
    assert claims == {("Russia", "territory_share", "Donetsk Oblast", 0.71)}


def test_a_part_of_a_total_after_a_long_clause_and_an_adjective_is_its_regions():
    claims = _claims("Ukrainian troops freed more than 300 settlements from the occupiers over the summer, including 40 "
                     "in the strategically vital Zaporizhzhia region.")
    assert claims == {("Ukraine", "settlements_gained", "Ukraine", 300.0),
                      ("Ukraine", "settlements_gained", "Zaporizhzhia Oblast", 40.0)}


# ---- place claims


def test_a_capture_forces_are_massed_for_is_no_claim():
    assert _places("Moscow is massing forces for an offensive in the east and the capture of Kharkiv and Sumy, a "
                   "colonel said.") == set()


def test_a_capture_that_may_happen_is_no_claim():
    assert _places("Moreover, as military expert Ivan Petrenko said, the capture of Lyman may happen quite soon.") == set()


def test_an_aim_scrapped_under_force_stays_an_aim():
    assert _places("It was the worst setback since Moscow was forced to scrap plans to seize Kharkiv.") == set()


def test_guard_what_a_force_made_a_side_do_is_done():
    assert _places("A swift counteroffensive has forced Russia to abandon Izium.") == {
        ("Izium", "Ukraine", "asserted", "withdrew")}


def test_a_fall_that_could_pose_a_threat_is_no_claim():
    assert _places("For Kyiv this is alarming: the fall of Toretsk could pose a direct threat to Kostiantynivka.") == set()


def test_statements_made_about_a_capture_claim_nothing_here():
    assert _places("The enemy rushed to make statements about the capture of the village of Bohdanivka.") == set()


# ---- statements


def test_a_title_glued_to_a_glued_name_is_the_person():
    assert ("Volodymyr Zelensky", "indirect") in _speakers(
        "Moscow said its troops had seized the town, but Ukraine PresidentVolodymyrZelenskyy said the town still held.")


def test_the_head_of_a_ministry_is_its_minister_named_before():
    text = ("According to analysts, the lie of the head of the Ministry of Defence of the Russian Federation, Sergei "
            "Shoigu, about the bridgehead helps the Kremlin. The head of the Ministry of Defence assures that the "
            "soldiers have cleared the village.")
    assert _speakers(text)[-1] == ("Sergei Shoigu", "indirect")


def test_words_over_two_lines_name_no_speaker():
    assert _speakers("Main\nStories told reporters that the village was taken.") == []


def test_a_colon_after_according_to_gives_the_quote_to_the_source():
    speakers = _speakers('Evacuation remains impossible, according to Serhiy Haidai: "Evacuation will resume as soon as '
                         'our defenders push the enemy back."')
    assert speakers and all(s == "Serhiy Haidai" for s, _ in speakers)


def test_an_unknown_outlet_that_reported_citing_a_person_passes_on_his_words():
    assert _speakers("Russian assault groups attacked Avdiivka from three sides, Hromadske reported, citing Vitaliy "
                     "Barabash, head of the town's military administration.") == [("Vitaliy Barabash", "indirect")]


def test_a_refusal_to_comment_is_no_statement():
    assert _speakers("His adviser Oleksiy Arestovych said they would not comment further while the operation was "
                     "ongoing.") == []


def test_guard_a_refusal_to_comment_with_content_after_but_is_a_statement():
    assert _speakers("Dmitry Peskov said he could not comment on the talks but that the Kremlin remained open to "
                     "dialogue.") == [("Dmitry Peskov", "indirect")]


def test_a_participle_after_a_quote_of_several_sentences_is_the_frames_speaker():
    speakers = _speakers('"Our army is doing its job. It will finish it. Order will be restored," Kremlin spokesman '
                         'Dmitry Peskov said, adding that the army would not discuss its plans.')
    assert speakers == [("Dmitry Peskov", "direct"), ("Dmitry Peskov", "indirect")]


def test_a_top_general_named_in_the_next_sentence_speaks():
    speakers = _speakers("On Sunday, a top Ukrainian general said Kyiv's forces still held a small part of the town. "
                         "General Oleksandr Syrskyi said in a Telegram post that the flanks were advancing.")
    assert speakers == [("Oleksandr Syrskyi", "indirect"), ("Oleksandr Syrskyi", "indirect")]

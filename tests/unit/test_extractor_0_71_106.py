"""Extractor 0.71.106 (after 0.71.105), in sentences of our own (each fails on 0.71.105 unless marked a guard).

A speaker's sideless units that "cut through the enemy's group and liberated" ground are his side; a pointer passive
credits the sentence before across a long adjunct ("announced at a meeting of ... by X") or a closing inverted frame
(", reported commander-in-Chief X"); "border police" closes its source phrase; "which moved the front line" is the
side of the recovery before it; a credit line after "According to <outlet>," and "writes about this with reference to"
credit the sentence before; "reported on the progress" names a topic only; "briefed X, saying that Y" is Y; a
relative's passive ("some of which were confirmed by Reuters") is no frame; "OVA" is a title before a name; a closing
dash before an inverted frame ("- said X.") takes the paragraph; protesters are unnamed; water withdraws, no army."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, run

_DAY = datetime(2025, 11, 21)


def _controllers(text: str, day: datetime = _DAY) -> set[tuple]:
    return {(c.metric, c.controller) for c in run(text, day).area_claims}


def test_sideless_units_are_the_speakers_side():
    text = ('General Oleksandr Syrskyi spoke on Friday. "As a result, the units cut through the enemy\'s offensive '
            'group and liberated more than 200 square kilometers north of Kupiansk," Syrskyi said.')
    assert _controllers(text) == {("area_gained", "Ukraine")}


def test_guard_the_enemys_units_stay_the_enemy():
    text = ('General Oleksandr Syrskyi spoke on Friday. "The units of the enemy broke through and seized more than 20 '
            'square kilometers north of Kupiansk," Syrskyi said.')
    assert _controllers(text) == {("area_gained", "Russia")}


def test_a_pointer_passive_with_a_long_adjunct():
    text = ("Since September the Defense Forces have liberated about 300 square kilometers near Kupiansk. This was "
            "announced at a meeting of the European Union Military Committee by General Oleksandr Syrskyi.")
    assert {s for s, _q in quotes(text, _DAY)} == {"Oleksandr Syrskyi"}


def test_a_pointer_passive_closed_by_an_inverted_frame():
    text = ("Since September the Defense Forces have liberated about 300 square kilometers near Kupiansk. This was "
            "announced at a NATO meeting, reported commander-in-chief of the Armed Forces Oleksandr Syrskyi.")
    assert {s for s, _q in quotes(text, _DAY)} == {"Oleksandr Syrskyi"}


def test_border_police_closes_the_source_phrase():
    text = "According to Romanian border police, two drones crashed in a field near the river port."
    assert {q for _s, q in quotes(text, _DAY)} == {"two drones crashed in a field near the river port"}


def test_which_moved_the_front_line_is_the_recovering_side():
    text = ("Deputy Defence Minister Hanna Maliar spoke on Monday. She reported that 90 square kilometers once held "
            "by Russian troops were recovered, which moved the front line by five kilometers.")
    assert _controllers(text, datetime(2023, 6, 26)) == {("area_gained", "Ukraine"), ("advance_depth", "Ukraine")}


def test_a_credit_line_after_an_outlets_according_to():
    text = ("Russian troops entered the town of Izium. According to the Zvezda TV channel, Igor Konashenkov "
            "disclosed this on Friday.")
    assert quotes(text, datetime(2022, 4, 1)) == {("Igor Konashenkov", "Russian troops entered the town of Izium")}


def test_writes_about_this_with_reference_to():
    text = ("Kyiv aims to retake most of the Kherson region by winter. CNN writes about this with reference to senior "
            "American officials.")
    assert quotes(text, datetime(2022, 9, 6)) == {("CNN", "Kyiv aims to retake most of the Kherson region by winter")}


def test_reported_on_the_progress_names_a_topic():
    assert quotes("IAEA chief Rafael Grossi reported on the progress.", _DAY) == set()


def test_briefed_a_minister_saying_that():
    text = ("General Valery Gerasimov on Friday briefed Russian Defense Minister Andrei Belousov, saying that the "
            "attacks on the town had failed.")
    assert {q for _s, q in quotes(text, _DAY)} == {"the attacks on the town had failed"}


def test_a_relatives_passive_is_no_frame():
    text = "The deaths, some of which were confirmed by Reuters at the prison, overshadowed the grain deal."
    assert quotes(text, _DAY) == set()


def test_an_administrations_acronym_is_a_title():
    text = "The head of the Chernihiv OVA Vyacheslav Chaus spoke to reporters. The border is calm, he said."
    assert {s for s, _q in quotes(text, _DAY)} == {"Vyacheslav Chaus"}


def test_a_closing_dash_before_an_inverted_frame_takes_the_paragraph():
    text = ("The head of the Sumy OVA Oleh Hryhorov spoke to a TV channel.\n\n"
            "The border is calm today. Drones still fly into the region. - said Hryhorov.")
    assert any(q.startswith("The border is calm") for _s, q in quotes(text, _DAY))


def test_protesters_are_unnamed():
    text = "Protesters recorded a video appeal to the governor, saying the cuts would leave them without money."
    assert quotes(text, _DAY) == set()


def test_water_withdraws_no_army():
    text = ("“The flooded area has halved. Water has withdrawn from Korsunka and Dnipriany,” Governor Oleksandr "
            "Prokudin said.")
    assert places(text, datetime(2023, 6, 10)) == set()


def test_guard_troops_withdrawn_from_a_town():
    assert places("Ukrainian troops have withdrawn from Korsunka, the army said.", datetime(2023, 6, 10))

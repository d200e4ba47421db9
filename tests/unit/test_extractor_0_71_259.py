"""Extractor 0.71.259 (after 0.71.258), in sentences of our own (each fails on 0.71.258 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 7, 24)


def _run(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def _places(text: str, day: datetime = DAY):
    return {(c.place, c.controller, c.stance, c.action) for c in _run(text, day).place_claims}


def test_the_national_resistance_center_by_its_other_names():
    speakers = [s.speaker for s in _run("The occupiers are evicting residents of Oleshky, the Center for National "
                                         "Resistance reported. The CNS report adds that the occupiers forbid them to "
                                         "take any bulky items.").statements]
    assert speakers == ["National Resistance Center", "National Resistance Center"]


def test_the_larger_part_of_a_place_under_control_is_no_holding():
    assert _places("Yevgeny Prigozhin spoke on Monday. 'In Avdiivka, the larger part, more than 70% is now under our "
                   "control,' he said.") == set()


def test_a_call_to_withdraw_is_no_withdrawal():
    assert _places("Yevgeny Prigozhin spoke on Monday. He called on President Zelensky to withdraw Ukrainian troops "
                   "from Avdiivka.") == set()


def test_a_battle_to_keep_a_place_under_control_is_no_holding():
    assert _places("Prigozhin said that Ukrainian troops had fought a bloody battle to keep Avdiivka under "
                   "control.") == set()


def test_a_share_of_its_own_territories_is_the_countrys():
    claims = {(c.controller, c.metric, c.region, c.value_low) for c in _run(
        "Ukrainian troops liberated about 35 sq km near Bakhmut. Blinken said Ukraine has recaptured half of its "
        "territories that Russia seized since the invasion began.").area_claims}
    assert ("Ukraine", "territory_share", "Ukraine", 0.5) in claims


def test_guard_a_withdrawal_told_as_done_is_a_claim():
    assert _places("Ukrainian troops withdrew from Avdiivka, Oleksandr Syrskyi said.") == {
        ("Avdiivka", "Russia", "asserted", "withdrew")}

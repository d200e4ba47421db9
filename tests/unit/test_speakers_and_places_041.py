"""Extractor 0.41.0 (issues 11, 12): speakers and place claims, from the missed statements and place claims of every
part extracted sentence by sentence (148 statements and 159 place claims still came out without their speaker or
place), each rule in sentences of our own. The cases that find something fail on 0.40.0; the cases that find
nothing guard the rule."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 11, 29)


def _run(text: str):
    return extract(ArticleText(article_id="t", text=text, published_at=DAY))


def speakers(text: str) -> list[str]:
    return [s.speaker for s in _run(text).statements]


def places(text: str) -> list[tuple[str, str, str]]:
    return [(p.place, p.controller, p.action) for p in _run(text).place_claims]


# ---------------------------------------------------------------- speakers

def test_a_state_after_a_city_in_an_apposition_is_no_name():
    assert speakers("The Institute for the Study of War (ISW), a think tank in Washington, DC, estimates that Russian "
                    "forces have advanced near Pokrovsk.") == ["Institute for the Study of War"]
    # (a person in apposition after "in Ukraine" still is one)
    assert speakers("A top adviser in Ukraine, Mykhailo Podolyak, denied that Kyiv was responsible.") \
        == ["Mykhailo Podolyak"]


def test_voicing_a_viewpoint_that_reports_it():
    assert speakers("Valerii Zaluzhnyi voiced his viewpoint that the front had reached a stalemate.") \
        == ["Valerii Zaluzhnyi"]


def test_a_bodys_officials_speak_for_the_body_but_a_nationalitys_do_not():
    assert speakers("Ukrainian Air Force officials said the drones were launched from the Sea of Azov.") \
        == ["Ukrainian Air Force"]
    assert speakers("Pentagon officials said the drones were launched from the Sea of Azov.") == ["Pentagon"]
    assert speakers("Saudi officials said the drones were launched from the Sea of Azov.") == []
    assert speakers("Ukrainian officials said the drones were launched from the Sea of Azov.") == []


# ---------------------------------------------------------------- place claims

def test_a_russian_battlegroup_named_in_english_is_russia():
    text = ("During the first two weeks of January, the units of the Battlegroup North captured four settlements: "
            "Alexandriya, Leonidovo, Russkoe Porechnoye, and Kruglenkoe.")
    assert {(p, c) for p, c, _ in places(text)} == {("Alexandriya", "Russia"), ("Leonidovo", "Russia"),
                                                    ("Russkoye Porechnoye", "Russia"), ("Kruglenkoe", "Russia")}


def test_a_ukrainian_operational_group_is_ukraine():
    # (the side words are shared with the area claims: with no speaker, the group itself names the side)
    got = _run("Units of the Tavria group have liberated 3 villages near Robotyne.").area_claims
    assert [(a.metric, a.controller, a.value_low) for a in got] == [("settlements_gained", "Ukraine", 3.0)]


def test_the_gerund_as_a_noun_takes_its_places():
    assert places("Russian forces announced the capturing of Kositsa and Lebedevka.") \
        == [("Kositsa", "Russia", "captured"), ("Lebedevka", "Russia", "captured")]


def test_an_adverb_between_the_forces_and_occupied():
    assert [p for p, _, _ in places("In addition to Lysychansk, Russian forces allegedly occupied Bilohorivka and "
                                    "Novodruzhesk.")] == ["Bilohorivka", "Novodruzhesk"]


def test_occupying_in_the_progressive_is_a_holding():
    assert places("Russian forces are now occupying the villages of Hlyboke and Vovchansk, the monitors reported.") \
        == [("Hlyboke", "Russia", "holds"), ("Vovchansk", "Russia", "holds")]


def test_pushing_the_enemy_from_a_place_takes_it():
    assert places("Ukraine says its military pushed Russian forces from Snake Island.") \
        == [("Snake Island", "Ukraine", "captured")]
    assert places("Ukrainian troops drove the Russians out of Kherson in November.") \
        == [("Kherson", "Ukraine", "captured")]

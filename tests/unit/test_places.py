"""Unit tests for the places gazetteer (seeds/places.csv, seeds/place_aliases.csv) and its loader
(pipelines/extraction/places.py). Sentences are our own."""
from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from pipelines.extraction.places import (
    Gazetteer,
    Place,
    default_gazetteer,
    find_places,
    place_key,
    place_skeleton,
    resolve_place,
)
from pipelines.settings import PROJECT_ROOT, SEEDS_DIR

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max), a little wider than each region.
OBLAST_BOXES = {
    "Donetsk Oblast": (46.8, 49.3, 36.5, 39.0),
    "Luhansk Oblast": (47.8, 50.1, 37.8, 40.3),
    "Kharkiv Oblast": (48.5, 50.5, 34.8, 38.1),
    "Zaporizhzhia Oblast": (46.1, 48.1, 34.2, 37.3),
    "Kherson Oblast": (45.9, 47.6, 32.0, 35.4),
    "Mykolaiv Oblast": (46.3, 48.3, 30.2, 33.3),
    "Dnipropetrovsk Oblast": (47.4, 49.3, 33.0, 36.9),
    "Sumy Oblast": (50.1, 52.4, 32.9, 35.6),
    "Chernihiv Oblast": (50.4, 52.4, 30.4, 33.5),
    "Kyiv Oblast": (49.2, 51.6, 29.2, 32.2),
    "Kyiv": (50.2, 50.6, 30.2, 30.9),
    "Odesa Oblast": (45.2, 48.3, 28.2, 31.0),
    "Kirovohrad Oblast": (47.7, 49.2, 29.7, 33.9),
    "Poltava Oblast": (48.7, 50.9, 32.0, 35.5),
    "Crimea": (44.3, 46.3, 32.4, 36.7),
    "Sevastopol": (44.3, 44.8, 33.3, 34.0),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Belgorod Oblast": (49.8, 51.5, 35.3, 39.3),
    "Bryansk Oblast": (52.1, 54.0, 31.1, 35.4),
}


def _rows(name: str) -> list[dict]:
    with open(SEEDS_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def places() -> list[dict]:
    return _rows("places.csv")


@pytest.fixture(scope="module")
def aliases() -> list[dict]:
    return _rows("place_aliases.csv")


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return default_gazetteer()


def spans(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.name if m.place else None) for m in find_places(text, **kw)]


# --- seeds -------------------------------------------------------------------------------------

def test_places_seed_is_well_formed(places):
    assert list(places[0]) == ["place_id", "name", "kind", "oblast", "country", "latitude", "longitude"]
    assert len(places) >= 420
    ids = [p["place_id"] for p in places]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(ua|ru)-[a-z]+-[a-z0-9-]+", i) for i in ids)
    assert {p["kind"] for p in places} <= {"city", "town", "village", "settlement", "district"}
    assert {p["country"] for p in places} == {"Ukraine", "Russia"}
    per_oblast = {(p["oblast"], place_key(p["name"])) for p in places}
    assert len(per_oblast) == len(places), "names are unique within an oblast"
    for p in places:
        assert re.fullmatch(r"-?\d+\.\d{4}", p["latitude"]) and re.fullmatch(r"-?\d+\.\d{4}", p["longitude"])


def test_every_oblast_exists_in_regions_with_its_country(places):
    regions = {r["region"]: r["country"] for r in _rows("regions.csv")}
    for p in places:
        assert p["oblast"] in regions, p
        assert regions[p["oblast"]] == p["country"], p
        assert p["place_id"].startswith("ua-" if p["country"] == "Ukraine" else "ru-")


def test_coordinates_fall_inside_their_oblast_box(places):
    assert {p["oblast"] for p in places} <= set(OBLAST_BOXES)
    outside = []
    for p in places:
        lat0, lat1, lon0, lon1 = OBLAST_BOXES[p["oblast"]]
        lat, lon = float(p["latitude"]), float(p["longitude"])
        if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1):
            outside.append((p["name"], p["oblast"], lat, lon))
    assert outside == []


def test_known_coordinates_are_right(g):
    """A few well-known places against their published centres (within ~3 km)."""
    for name, region, lat, lon in [
        ("Pokrovsk", "Donetsk Oblast", 48.282, 37.178), ("Bakhmut", "Donetsk Oblast", 48.594, 38.000),
        ("Avdiivka", "Donetsk Oblast", 48.140, 37.750), ("Kupiansk", "Kharkiv Oblast", 49.710, 37.616),
        ("Vovchansk", "Kharkiv Oblast", 50.291, 36.941), ("Sudzha", "Kursk Oblast", 51.191, 35.271),
        ("Robotyne", "Zaporizhzhia Oblast", 47.443, 35.826), ("Kherson", "Kherson Oblast", 46.635, 32.617),
    ]:
        p = g.resolve(name, region)
        assert p is not None and abs(p.latitude - lat) < 0.03 and abs(p.longitude - lon) < 0.04, (name, p)


def test_front_line_coverage(places):
    names = {(p["name"], p["oblast"]) for p in places}
    for name, oblast in [
        ("Pokrovsk", "Donetsk Oblast"), ("Myrnohrad", "Donetsk Oblast"), ("Chasiv Yar", "Donetsk Oblast"),
        ("Toretsk", "Donetsk Oblast"), ("Vuhledar", "Donetsk Oblast"), ("Kurakhove", "Donetsk Oblast"),
        ("Velyka Novosilka", "Donetsk Oblast"), ("Prohres", "Donetsk Oblast"), ("Udachne", "Donetsk Oblast"),
        ("Sievierodonetsk", "Luhansk Oblast"), ("Bilohorivka", "Luhansk Oblast"), ("Kupiansk", "Kharkiv Oblast"),
        ("Lyptsi", "Kharkiv Oblast"), ("Robotyne", "Zaporizhzhia Oblast"), ("Huliaipole", "Zaporizhzhia Oblast"),
        ("Krynky", "Kherson Oblast"), ("Bucha", "Kyiv Oblast"), ("Mezhova", "Dnipropetrovsk Oblast"),
        ("Sevastopol", "Sevastopol"), ("Sudzha", "Kursk Oblast"), ("Korenevo", "Kursk Oblast"),
        ("Shebekino", "Belgorod Oblast"), ("Klimovo", "Bryansk Oblast"),
    ]:
        assert (name, oblast) in names


def test_aliases_seed_is_well_formed(places, aliases):
    assert list(aliases[0]) == ["place_id", "alias", "alias_kind", "ambiguous"]
    assert len(aliases) >= 900
    ids = {p["place_id"] for p in places}
    assert {a["place_id"] for a in aliases} <= ids
    assert {a["alias_kind"] for a in aliases} == {
        "ukrainian_translit", "russian_translit", "former_name", "other_spelling", "local_language"}
    assert {a["ambiguous"] for a in aliases} == {"true", "false"}
    assert all(a["alias"].strip() == a["alias"] and a["alias"] for a in aliases)
    pairs = [(a["place_id"], a["alias"].lower()) for a in aliases]
    assert len(pairs) == len(set(pairs))


def test_no_alias_names_two_places_in_one_oblast(places, aliases):
    oblast = {p["place_id"]: p["oblast"] for p in places}
    owner: dict[tuple[str, str], str] = {(p["oblast"], place_key(p["name"])): p["place_id"] for p in places}
    for a in aliases:
        key = (oblast[a["place_id"]], place_key(a["alias"]))
        assert owner.setdefault(key, a["place_id"]) == a["place_id"], (a, owner[key])


def test_ambiguous_flag_marks_aliases_shared_across_oblasts(places, aliases):
    owners: dict[str, set[str]] = {}
    for p in places:
        owners.setdefault(place_key(p["name"]), set()).add(p["place_id"])
    for a in aliases:
        owners.setdefault(place_key(a["alias"]), set()).add(a["place_id"])
    for a in aliases:
        assert (a["ambiguous"] == "true") == (len(owners[place_key(a["alias"])]) > 1), a
    flagged = {a["alias"] for a in aliases if a["ambiguous"] == "true"}
    assert "Andreyevka" in flagged           # Andriivka: Donetsk, Kharkiv and Sumy oblasts
    assert "Krasnoarmeysk" not in flagged


def test_seeds_are_what_the_build_script_gives():
    out = subprocess.run([sys.executable, str(PROJECT_ROOT / "scripts" / "build_gazetteer.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# --- resolving names ---------------------------------------------------------------------------

@pytest.mark.parametrize("written, canonical", [
    ("Artemovsk", "Bakhmut"), ("Artyomovsk", "Bakhmut"), ("Krasnoarmeysk", "Pokrovsk"),
    ("Krasnoarmiisk", "Pokrovsk"), ("Dzerzhinsk", "Toretsk"), ("Dzerzhynsk", "Toretsk"),
    ("Dimitrov", "Myrnohrad"), ("Dymytrov", "Myrnohrad"), ("Ugledar", "Vuhledar"), ("Rabotino", "Robotyne"),
    ("Volchansk", "Vovchansk"), ("Kupyansk", "Kupiansk"), ("Sudscha", "Sudzha"), ("Gorlovka", "Horlivka"),
    ("Slavyansk", "Sloviansk"), ("Konstantinovka", "Kostiantynivka"), ("Krasny Liman", "Lyman"),
    ("Dnepropetrovsk", "Dnipro"), ("Kirovograd", "Kropyvnytskyi"), ("Kurakhovo", "Kurakhove"),
    ("Avdeyevka", "Avdiivka"), ("Selidovo", "Selydove"), ("Ocheretino", "Ocheretyne"),
    ("Chasov Yar", "Chasiv Yar"), ("Krasnogorovka", "Krasnohorivka"), ("Maryinka", "Marinka"),
    ("Kremennaya", "Kreminna"), ("Severodonetsk", "Sievierodonetsk"), ("Lisichansk", "Lysychansk"),
    ("Izyum", "Izium"), ("Gulyaipole", "Huliaipole"), ("Orekhov", "Orikhiv"), ("Zhelannoye", "Zhelanne"),
    ("Sudža", "Sudzha"), ("Tyotkino", "Tetkino"), ("Novaya Kakhovka", "Nova Kakhovka"), ("Krinki", "Krynky"),
])
def test_renamings_and_transliterations_resolve(written, canonical):
    p = resolve_place(written)
    assert p is not None and p.name == canonical, (written, p)


def test_lookup_is_case_accent_and_apostrophe_insensitive(g):
    for written in ["KUPYANSK", "kupiansk", "Kup'iansk", "Kup’ians’k", "Kupians'k", "Kupjansk", "Куп'янськ"]:
        assert g.resolve(written).place_id == "ua-kharkiv-kupiansk", written
    assert g.resolve("Vovchans'k").name == "Vovchansk"
    assert g.resolve("the Chasiv-Yar").name == "Chasiv Yar"
    assert g.resolve("Pokrovsk's").name == "Pokrovsk"


def test_transliteration_skeleton_catches_unlisted_spellings(g):
    assert place_skeleton("Kupyansk") == place_skeleton("Kupiansk") == place_skeleton("Kupjansk")
    assert place_skeleton("Pokrovskoye") == place_skeleton("Pokrovske") != place_skeleton("Pokrovsk")
    assert g.resolve("Kremennaja").name == "Kreminna"          # not in the seed as written
    assert g.resolve("Bakhmoutovo") is None                     # unknown stays unknown


def test_pokrovsk_and_pokrovske_are_different_places(g):
    pokrovsk, pokrovske = g.resolve("Pokrovsk"), g.resolve("Pokrovske")
    assert pokrovsk.oblast == "Donetsk Oblast" and pokrovske.oblast == "Dnipropetrovsk Oblast"
    assert g.resolve("Pokrovskoye").place_id == pokrovske.place_id
    assert g.resolve("Pokrov").place_id not in {pokrovsk.place_id, pokrovske.place_id}


def test_shared_names_need_a_region(g):
    assert g.resolve("Andriivka") is None
    oblasts = {p.oblast for p in g.candidates("Andriivka")}
    assert {"Donetsk Oblast", "Sumy Oblast"} <= oblasts
    assert g.resolve("Andriivka", region="Sumy Oblast").place_id == "ua-sumy-andriivka"
    # a city beats a village of the same name elsewhere
    assert g.resolve("Makiivka").oblast == "Donetsk Oblast"
    assert g.resolve("Makiivka", region="Luhansk Oblast").kind == "village"


def test_place_record_carries_coordinates(g):
    p = g.resolve("Kurakhovo")
    assert isinstance(p, Place)
    assert (p.place_id, p.name, p.oblast, p.kind, p.country) == (
        "ua-donetsk-kurakhove", "Kurakhove", "Donetsk Oblast", "city", "Ukraine")
    assert 47.9 < p.latitude < 48.1 and 37.1 < p.longitude < 37.4
    assert "Kurakhovo" in g.aliases_of(p.place_id)


# --- finding names in sentences ----------------------------------------------------------------

def test_find_places_spans_and_canonical_names():
    text = "Russia's defence ministry said its forces had taken Kurakhovo, west of Donetsk."
    found = find_places(text)
    assert [(m.text, m.place.name) for m in found] == [("Kurakhovo", "Kurakhove"), ("Donetsk", "Donetsk")]
    assert text[found[0].start:found[0].end] == "Kurakhovo"


def test_find_places_list_of_villages():
    text = "The villages of Prohres, Netailove and Umanske were liberated, Moscow said."
    assert spans(text) == [("Prohres", "Prohres"), ("Netailove", "Netailove"), ("Umanske", "Umanske")]


def test_find_places_longest_match_and_word_boundaries():
    assert spans("Fighting near Kupiansk-Vuzlovyi and Chasiv Yar") == [
        ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi"), ("Chasiv Yar", "Chasiv Yar")]
    assert spans("Russian troops entered Pokrovske, not Pokrovsk.") == [
        ("Pokrovske", "Pokrovske"), ("Pokrovsk", "Pokrovsk")]
    assert spans("the Pokrovskyi district council and Kurakhovskiy mine") == []
    assert spans("Ukraine held Velyka Novosilka; Velikaya Novosyolka fell later") == [
        ("Velyka Novosilka", "Velyka Novosilka"), ("Velikaya Novosyolka", "Velyka Novosilka")]
    assert spans("the Pokrovsk-Myrnohrad area") == [("Pokrovsk", "Pokrovsk"), ("Myrnohrad", "Myrnohrad")]


def test_find_places_renamed_and_transliterated_forms():
    assert spans("Wagner said it took Artemovsk; Kyiv denied Krasnoarmeysk had fallen.") == [
        ("Artemovsk", "Bakhmut"), ("Krasnoarmeysk", "Pokrovsk")]
    assert spans("Ukrainian forces still hold Kup’iansk’s centre and Vovchans'k.") == [
        ("Kup’iansk", "Kupiansk"), ("Vovchans'k", "Vovchansk")]
    assert spans("Die Ukraine hält Sudscha; Суджа und Покровськ") == [
        ("Sudscha", "Sudzha"), ("Суджа", "Sudzha"), ("Покровськ", "Pokrovsk")]


def test_find_places_skips_regions_axes_rivers_and_metonyms():
    assert spans("Heavy fighting in the Donetsk region and in Kursk Oblast, on the Pokrovsk direction") == []
    assert [t for t, _ in spans("in the Kursk region", regional=True)] == ["Kursk"]
    assert spans("troops crossed the Dnipro River to the left bank of the Dnipro") == []
    assert spans("a missile hit Dnipro overnight") == [("Dnipro", "Dnipro")]
    assert spans("Kyiv said Kyiv's forces had withdrawn from around Kyiv") == [("Kyiv", "Kyiv")]


def test_find_places_common_words_need_a_capital_mid_sentence():
    assert spans("Progress was slow, officials said.") == []
    assert spans("Russian forces made progress near Ocheretyne") == [("Ocheretyne", "Ocheretyne")]
    assert spans("Moscow said it had taken Progress, a village west of Ocheretyne") == [
        ("Progress", "Prohres"), ("Ocheretyne", "Ocheretyne")]
    assert spans("The New York Times reported") == []


def test_find_places_ambiguous_name_lists_candidates():
    (m,) = find_places("Russia said it had captured Andriivka.")
    assert m.place is None and len(m.candidates) >= 2
    assert all(c.name == "Andriivka" for c in m.candidates)


def test_find_places_empty_and_no_places():
    assert find_places("") == [] and find_places(None) == []
    assert find_places("The ministry published its daily report.") == []

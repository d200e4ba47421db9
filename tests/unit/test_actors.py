"""Unit tests for the actor resolver (pipelines/extraction/actors.py) and its seeds."""
from __future__ import annotations

import csv

import pytest

from pipelines.extraction.actors import (
    Actor,
    ActorResolver,
    default_resolver,
    first_name_key,
    name_skeleton,
    normalise_name,
)
from pipelines.settings import SEEDS_DIR


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return default_resolver()


def name(r: ActorResolver, mention: str, **kw) -> str | None:
    a = r.resolve(mention, **kw)
    return a.canonical_name if a else None


# --- seeds -------------------------------------------------------------------------------------

def test_seed_files_are_well_formed():
    with open(SEEDS_DIR / "actors.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == ["actor_id", "canonical_name", "side", "role", "organisation", "kind"]
    assert len(rows) >= 70
    ids = [x["actor_id"] for x in rows]
    assert len(ids) == len(set(ids))
    assert len({x["canonical_name"] for x in rows}) == len(rows)
    assert {x["side"] for x in rows} <= {"Ukraine", "Russia", "other"}
    assert {x["kind"] for x in rows} <= {"person", "organisation"}
    assert all(i == i.lower() and " " not in i for i in ids)
    with open(SEEDS_DIR / "actor_aliases.csv", encoding="utf-8", newline="") as fh:
        aliases = list(csv.DictReader(fh))
    assert list(aliases[0].keys()) == ["actor_id", "alias"]
    assert {a["actor_id"] for a in aliases} <= set(ids)
    assert all(a["alias"].strip() for a in aliases)


def test_required_canonical_names_present(r):
    for canonical in [
        "Oleksandr Syrskyi", "Volodymyr Zelensky", "Hanna Maliar", "Mykhailo Podolyak", "Heorhii Tykhyi",
        "Valery Gerasimov", "Sergei Shoigu", "Dmitry Peskov", "Dmytro Zhyvytskyi", "Andrei Belousov",
        "Vladimir Putin", "Russian Ministry of Defence", "Ukrainian General Staff", "Kremlin",
        "Khortytsia operational-strategic group", "DeepState", "UK Ministry of Defence", "Pentagon",
    ]:
        a = r.by_canonical_name(canonical)
        assert a is not None and a.canonical_name == canonical


def test_actor_fields(r):
    a = r.resolve("Peskov")
    assert isinstance(a, Actor)
    assert (a.actor_id, a.side, a.kind) == ("dmitry-peskov", "Russia", "person")
    mod = r.resolve("Russian Defence Ministry")
    assert (mod.actor_id, mod.side, mod.kind) == ("russian-ministry-of-defence", "Russia", "organisation")
    assert r.get("oleksandr-syrskyi").canonical_name == "Oleksandr Syrskyi"
    assert "Syrskyj" in r.aliases_of("oleksandr-syrskyi")


# --- pure helpers --------------------------------------------------------------------------------

def test_normalise_name():
    assert normalise_name("Russia\u2019s Defence-Ministry") == "russia defence ministry"
    assert normalise_name("  The U.S.  State Department ") == "the us state department"
    assert normalise_name("Volker T\u00fcrk") == "volker turk"
    assert normalise_name("\u201eSelenskyj\u201c") == "selenskyj"
    assert normalise_name(None) == ""


@pytest.mark.parametrize("variants", [
    ["Syrskyi", "Syrskyj", "Syrsky", "Syrskiy"],
    ["Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj"],
    ["Podolyak", "Podoljak", "Podoliak"],
    ["Peskov", "Peskow"],
    ["Gerasimov", "Gerassimow"],
    ["Shoigu", "Schoigu"],
    ["Maliar", "Maljar", "Malyar"],
    ["Tykhyi", "Tykhy", "Tychyj"],
    ["Heorhii", "Georgiy", "Heorhij"],
    ["Zhyvytskyi", "Zhyvytskyy"],
])
def test_skeleton_families(variants):
    assert len({name_skeleton(v) for v in variants}) == 1, {v: name_skeleton(v) for v in variants}


def test_skeleton_keeps_different_names_apart():
    assert name_skeleton("Syrskyi") != name_skeleton("Shtupun")
    assert name_skeleton("Peskov") != name_skeleton("Pesko")
    assert name_skeleton("Zelensky") != name_skeleton("Zaluzhnyi")


def test_first_name_groups():
    assert first_name_key("Oleksandr") == first_name_key("Alexander") == first_name_key("Aleksandr")
    assert first_name_key("Sergei") == first_name_key("Serhiy")
    assert first_name_key("Dmitry") == first_name_key("Dmytro")
    assert first_name_key("Oleksandr") != first_name_key("Oleksii")


# --- people ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("mention,expected", [
    # transliteration families
    ("Olexandr Syrskyj", "Oleksandr Syrskyi"),
    ("Alexander Syrsky", "Oleksandr Syrskyi"),
    ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelensky"),
    ("Mychajlo Podoljak", "Mykhailo Podolyak"),
    ("Dmitri Peskow", "Dmitry Peskov"),
    ("Generalstabschef Gerassimow", "Valery Gerasimov"),
    ("Sergej Schoigu", "Sergei Shoigu"),
    ("Ganna Malyar", "Hanna Maliar"),
    ("Georgiy Tykhy", "Heorhii Tykhyi"),
    ("Heorhij Tychyj", "Heorhii Tykhyi"),
    ("Dmytro Zhyvytskyy", "Dmytro Zhyvytskyi"),
    ("Valeriy Zaluzhny", "Valerii Zaluzhnyi"),
    ("Oleg Sinegubov", "Oleh Syniehubov"),
])
def test_person_transliterations(r, mention, expected):
    assert name(r, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Ukraine's army chief, Colonel General Oleksandr Syrskyj", "Oleksandr Syrskyi"),
    ("Ukrainian Chief of Defense, General Olexandr Syrsky", "Oleksandr Syrskyi"),
    ("President Zelenskyy", "Volodymyr Zelensky"),
    ("the Kremlin's spokesman Dmitri Peskow", "Dmitry Peskov"),
    ("Mr Peskov", "Dmitry Peskov"),
    ("Mrs. Maljar", "Hanna Maliar"),
    ("Deputy Defence Minister Hanna Maliar", "Hanna Maliar"),
    ("Brigadier General Oleksii Hromov", "Oleksii Hromov"),
    ("Russia's newly appointed defence minister Andrey Belousov", "Andrei Belousov"),
    ("Chief of the General Staff of the Russian armed forces Valery Gerasimov", "Valery Gerasimov"),
    ("Head of the Presidential Office Andrii Yermak", "Andriy Yermak"),
    ("according to Foreign Ministry spokesman Georgiy Tykhy", "Heorhii Tykhyi"),
    ("Lt. Gen. Kyrylo Budanov", "Kyrylo Budanov"),
    ("Belgorod governor Vyacheslav Gladkov", "Vyacheslav Gladkov"),
    ("Vladimir Vladimirovich Putin", "Vladimir Putin"),
    ("Joseph R. Biden", "Joe Biden"),
    ("Turkish President Tayyip Erdogan", "Recep Tayyip Erdogan"),
    ("Sergei Shoigu, then defence minister", "Sergei Shoigu"),
    ("\u201cDmitry Peskov\u201d", "Dmitry Peskov"),
])
def test_titles_and_appositions_stripped(r, mention, expected):
    assert name(r, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Syrskyi", "Oleksandr Syrskyi"),
    ("Syrskyj", "Oleksandr Syrskyi"),
    ("Gen. Syrsky", "Oleksandr Syrskyi"),
    ("Gerasimov", "Valery Gerasimov"),
    ("Belousov", "Andrei Belousov"),
    ("Khinshtein", "Alexander Khinshtein"),
    ("Trehubov", "Viktor Trehubov"),
])
def test_surname_only(r, mention, expected):
    assert name(r, mention) == expected


@pytest.mark.parametrize("mention", [
    "Oleksandr Shtupun",          # same first name as Syrskyi, different surname
    "Dmytro Syrskyi",             # known surname, wrong first name: a different person
    "Serhiy Zelensky",
    "Ivan Petrenko",              # unknown speaker
    "Bohdan Marchuk, a drone operator",
    "Petrenko",
    "a spokesman for President Zelensky",   # the speaker is the unnamed spokesman
    "an adviser to Vladimir Putin",
    "the head of state",
    "Ukraine's top commander",
    "",
    None,
])
def test_unknown_and_near_miss_names_stay_unresolved(r, mention):
    assert r.resolve(mention) is None


# --- organisations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("mention,expected", [
    ("Russian Defence Ministry", "Russian Ministry of Defence"),
    ("the Russian Defense Ministry", "Russian Ministry of Defence"),
    ("Russia\u2019s defence ministry", "Russian Ministry of Defence"),
    ("Ministry of Defense of the Russian Federation", "Russian Ministry of Defence"),
    ("the Russian MoD", "Russian Ministry of Defence"),
    ("the defence ministry in Moscow", "Russian Ministry of Defence"),
    ("Russia's Defence Ministry press service", "Russian Ministry of Defence"),
    ("the General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff"),
    ("Ukraine's General Staff", "Ukrainian General Staff"),
    ("the Ukrainian military's General Staff", "Ukrainian General Staff"),
    ("the Kremlin", "Kremlin"),
    ("UK Defence Ministry", "UK Ministry of Defence"),
    ("Britain's Ministry of Defence", "UK Ministry of Defence"),
    ("the British Defense Ministry", "UK Ministry of Defence"),
    ("Khortytsia group", "Khortytsia operational-strategic group"),
    ("Ukraine's Khortytsia operational-strategic group", "Khortytsia operational-strategic group"),
    ("the Tavria group of forces", "Tavria operational-strategic group"),
    ("ISW", "Institute for the Study of War"),
    ("the Washington-based Institute for the Study of War", "Institute for the Study of War"),
    ("DeepState map", "DeepState"),
    ("the DeepStateMap project", "DeepState"),
    ("analysts at DeepState", "DeepState"),
    ("the U.S. Defense Department", "Pentagon"),
    ("the Pentagon", "Pentagon"),
    ("Ukraine's Defence Ministry", "Ukrainian Ministry of Defence"),
    ("Ukrainian military intelligence", "Ukrainian Defence Intelligence (HUR)"),
    ("GUR", "Ukrainian Defence Intelligence (HUR)"),
    ("the pro-Kremlin Telegram channel Rybar", "Rybar"),
    ("the U.N. refugee agency", "UN Refugee Agency (UNHCR)"),
    ("das russische Verteidigungsministerium", "Russian Ministry of Defence"),
    ("Moskaus Verteidigungsministerium", "Russian Ministry of Defence"),
])
def test_organisation_paraphrases(r, mention, expected):
    assert name(r, mention) == expected


@pytest.mark.parametrize("mention", [
    "Defence Ministry",            # no country: neither Russian nor Ukrainian MoD
    "the Defense Ministry",
    "the Russian military",
    "the General Staff",
    "Kyiv",
    "Moscow",
    "Russian forces",
    "Western officials",
    "a Pentagon spokesman",        # an unnamed person, not the institution
    "Pentagon spokesman Ivan Petrenko",
    "Ivan Petrenko, a consultant with the Pentagon",
])
def test_vague_or_foreign_org_mentions_unresolved(r, mention):
    assert r.resolve(mention) is None


def test_side_context_disambiguates_country_less_org(r):
    assert name(r, "the Defence Ministry", side="Russia") == "Russian Ministry of Defence"
    assert name(r, "the Defense Ministry", side="Ukraine") == "Ukrainian Ministry of Defence"
    assert name(r, "the Economy Ministry", side="Ukraine") == "Ukrainian Ministry of Economy"
    # an explicit country wins over the caller's context
    assert name(r, "Russia's Defence Ministry", side="Ukraine") == "Russian Ministry of Defence"


def test_ukrainian_and_russian_mod_never_confused(r):
    ua, ru = r.resolve("Ukrainian Defence Ministry"), r.resolve("Russian Defence Ministry")
    assert ua.actor_id != ru.actor_id
    assert (ua.side, ru.side) == ("Ukraine", "Russia")


# --- side hints ------------------------------------------------------------------------------------

@pytest.mark.parametrize("mention,side", [
    ("a Russian military blogger", "Russia"),
    ("a Moscow-installed official in occupied Kherson", "Russia"),
    ("a pro-Kremlin war correspondent", "Russia"),
    ("Ukraine's 47th brigade", "Ukraine"),
    ("a Ukrainian drone operator", "Ukraine"),
    ("a Kyiv-based analyst", "Ukraine"),
    ("a Pentagon spokesman", "other"),
    ("a US official", "other"),
    ("a Western diplomat", "other"),
    ("Syrskyj", "Ukraine"),                 # known actors give their own side
    ("Kremlin spokesman Dmitri Peskow", "Russia"),
    ("a soldier", None),
    ("", None),
])
def test_side_hint(r, mention, side):
    assert r.side_hint(mention) == side


def test_side_hint_ignores_pronoun_us(r):
    assert r.side_hint("one of us") is None


# --- the cache -------------------------------------------------------------------------------------
# (how fast resolution is belongs to `make bench`, not to a test)

def test_cached_resolution_gives_the_same_answer(r):
    mentions = ["Kremlin spokesman Dmitry Peskow", "Russia's Defence Ministry", "Oleksandr Shtupun",
                "Ukrainian Chief of Defense, General Oleksandr Syrskyj"]
    first = [r.resolve(m) for m in mentions]
    assert [r.resolve(m) for m in mentions * 50] == first * 50


def test_default_resolver_is_cached():
    assert default_resolver() is default_resolver()

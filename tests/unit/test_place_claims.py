"""Place claims on sentences of our own (GOLD_SCHEMA.md "Place claims"), through the whole extractor
so that claimants come from real statements."""
from datetime import datetime

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.place_claims import extract_place_claims

PUB = datetime(2024, 5, 16, 12, 0)  # a Thursday


def claims(text, title=None):
    return extract(ArticleText("t", text, PUB, title)).place_claims


def keyed(text):
    return {(c.place, c.controller, c.stance, c.action, c.claimant) for c in claims(text)}


def test_ministry_capture_with_claimant_region_and_day():
    (c,) = claims("Russia's Defence Ministry said on Tuesday that its forces had captured the village of Ocheretyne.")
    assert (c.place, c.region, c.controller, c.stance, c.action) == (
        "Ocheretyne", "Donetsk Oblast", "Russia", "asserted", "captured")
    assert c.claimant == "Russian Ministry of Defence" and c.claimant_side == "Russia"
    assert c.as_of.isoformat() == "2024-05-14" and c.place_id is not None
    assert c.evidence.startswith("Russia's Defence Ministry") and c.char_start == 0


def test_russian_name_resolves_to_canonical_and_liberated_is_russias_capture():
    (c,) = claims("Russian units liberated Artemovsk, the ministry said.")
    assert (c.place, c.place_raw, c.controller, c.action) == ("Bakhmut", "Artemovsk", "Russia", "liberated")


def test_list_gives_one_claim_per_place_including_unknown_names():
    got = claims("Over the week, Russian troops liberated the villages of Krasnohorivka, Novomykhailivka and "
                 "Zarichnoye Vtoroye in the Donetsk People's Republic.")
    assert [c.place for c in got][:2] == ["Krasnohorivka", "Novomykhailivka"]
    unknown = got[2]
    assert (unknown.place, unknown.place_id, unknown.region) == ("Zarichnoye Vtoroye", None, "Donetsk Oblast")
    assert {c.controller for c in got} == {"Russia"}


def test_denial_and_counter_claim_by_the_same_speaker():
    text = ("Ukraine's General Staff said reports of Kupiansk's capture were untrue. "
            "The General Staff said the city remains under Ukrainian control.")
    got = {(c.place, c.controller, c.stance) for c in claims(text)}
    assert ("Kupiansk", "Russia", "denied") in got
    assert ("Kupiansk", "Ukraine", "asserted") in got


def test_denied_that_it_had_fallen():
    (c,) = claims("Ukrainian commander Oleksandr Syrskyi denied that Vovchansk had fallen.")
    assert (c.place, c.controller, c.stance, c.claimant) == ("Vovchansk", "Russia", "denied", "Oleksandr Syrskyi")


def test_withdrawal_means_the_other_side_holds():
    (c,) = claims("Ukrainian troops have pulled out of Krasnohorivka to save lives, the army said.")
    assert (c.place, c.controller, c.action) == ("Krasnohorivka", "Russia", "withdrew")


def test_historical_month_gives_month_end_and_list_dates_bind_per_place():
    got = {c.place: c.as_of.isoformat() for c in claims(
        "Russian forces took Avdiivka in February 2024, Vuhledar in October and Kurakhove in January.")}
    assert got == {"Avdiivka": "2024-02-29", "Vuhledar": "2023-10-31", "Kurakhove": "2024-01-31"}


def test_holds_passive_and_adjectives():
    got = keyed("Robotyne lies south of Orikhiv and north of Tokmak, a Russian-held hub. "
                "Ukrainian units still hold the town of Sudzha.")
    assert ("Tokmak", "Russia", "asserted", "holds", None) in got
    assert ("Sudzha", "Ukraine", "asserted", "holds", None) in got
    assert not any(p in ("Robotyne", "Orikhiv") for p, *_ in got)


def test_the_town_refers_back_to_the_place_the_paragraph_is_about():
    (c,) = claims("Izium, which lies southeast of Kharkiv, had a pre-war population of 45,000. "
                  "Russian troops captured the town in April.")
    assert (c.place, c.controller, c.as_of.isoformat()) == ("Izium", "Russia", "2024-04-30")


def test_not_control_claims():
    text = ("Fighting continued near Pokrovsk. Russian forces are advancing towards Kostiantynivka. "
            "Ukrainian soldiers entered Kherson. Russian troops encircled Avdiivka and attacked Toretsk. "
            "Moscow wants to capture Kramatorsk. Russia could take Sloviansk by summer. "
            "Will Russia take Chasiv Yar? Battles raged on the outskirts of Kurakhove. "
            "Russian forces have withdrawn from Chernihiv and Sumy oblasts.")
    assert claims(text) == []


def test_same_claim_repeated_counts_once():
    text = ("Ukrainian forces have taken full control of Sudzha, Syrskyi said. "
            "\"Sudzha has been cleared of Russian troops,\" Syrskyi said.")
    got = claims(text)
    assert [(c.place, c.controller) for c in got] == [("Sudzha", "Ukraine")]


def test_empty_and_non_english_text():
    assert extract_place_claims(ArticleText("t", "", PUB)) == []
    assert extract_place_claims(ArticleText("t", "Войска освободили Авдеевку и продолжают наступление.", PUB)) == []


def test_a_village_named_like_an_oblast_is_a_village_in_the_context_oblast():
    got = {(c.place, c.place_id, c.region) for c in claims(
        "Russian units had liberated the villages of Rivne and Zvirove, the ministry said.")}
    assert got == {("Rivne", None, "Donetsk Oblast"), ("Zvirove", "ua-donetsk-zvirove", "Donetsk Oblast")}


def test_flag_raised_over_a_place_and_flags_over_its_buildings():
    got = keyed("Russian troops raised the flag over Toretsk. "
                "Later, flags were raised over the administrative buildings of the town's centre.")
    assert got == {("Toretsk", "Russia", "asserted", "captured", None)}

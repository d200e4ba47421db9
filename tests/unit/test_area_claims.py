from datetime import datetime

import pytest

from pipelines.extraction.area_claims import extract_area_claims
from pipelines.extraction.records import ArticleText, Statement

PUB = datetime(2024, 5, 16, 12, 0)  # Thursday


def run(text, statements=(), title=None):
    return extract_area_claims(ArticleText("t", text, PUB, title), list(statements))


def stmt(text, quote, speaker, side):
    s = text.index(quote)
    return Statement(speaker=speaker, speaker_raw=speaker, statement_type="indirect", quote_text=quote,
                     char_start=s, char_end=s + len(quote), speaker_side=side, sentence_start=0, sentence_end=0)


def test_narrator_gain_with_period():
    (c,) = run("Over the past 48 hours, Ukrainian troops have retaken 25 square kilometres in the Zaporizhzhia region.")
    assert (c.metric, c.controller, c.region, c.value_low, c.period_days, c.claimant) == (
        "area_gained", "Ukraine", "Zaporizhzhia Oblast", 25, 2, None)
    assert c.evidence.startswith("Over the past") and c.char_start == 0


def test_claimant_and_first_person_controller():
    text = 'The general said on Tuesday: "We now hold 640 square kilometres near Sudzha."'
    st = stmt(text, "We now hold 640 square kilometres near Sudzha.", "Test General", "Ukraine")
    (c,) = run(text, [st])
    assert (c.metric, c.controller, c.region, c.claimant) == ("area_controlled", "Ukraine", "Kursk Oblast", "Test General")
    assert c.as_of.isoformat() == "2024-05-14"


def test_russian_settlements_and_enemy():
    text = "Moscow's army liberated five settlements in the Kupiansk direction over the past week, the ministry said."
    (c,) = run(text)
    assert (c.metric, c.controller, c.region, c.value_low, c.period_days) == (
        "settlements_gained", "Russia", "Kharkiv Oblast", 5, 7)
    text2 = 'The enemy holds 12 villages in the region, the Ukrainian commander said.'
    st = stmt(text2, "The enemy holds 12 villages in the region", "Commander", "Ukraine")
    (c2,) = run(text2, [st], title="Fighting in Sumy region")
    assert (c2.controller, c2.region, c2.metric) == ("Russia", "Sumy Oblast", "settlements_controlled")


def test_losses():
    (c,) = run("Ukrainian units withdrew from four villages near Toretsk last week.")
    assert (c.metric, c.controller, c.value_low, c.region) == ("settlements_lost", "Ukraine", 4, "Donetsk Oblast")
    (c,) = run("Analysts said Russian forces lost control of about 60 square kilometres in Kherson region in April.")
    assert (c.metric, c.controller, c.period_days, c.as_of.isoformat()) == ("area_lost", "Russia", 30, "2024-04-30")


def test_share_and_multi_region():
    cs = run("Russia controls about 80% of the Donetsk region and roughly 70% each of the Kherson and Zaporizhzhia regions.")
    got = sorted((c.region, c.value_low) for c in cs)
    assert got == [("Donetsk Oblast", 0.8), ("Kherson Oblast", 0.7), ("Zaporizhzhia Oblast", 0.7)]
    (c,) = run("Russian troops have retaken more than 12 settlements in the Kharkiv and Sumy oblasts since May 10.")
    assert (c.region, c.period_days, c.approximate) == ("Ukraine", 6, True)


def test_advance_depth_vs_distance():
    (c,) = run("Russian forces advanced up to 3 km west of Avdiivka on Monday.")
    assert (c.metric, c.controller, c.value_high, c.approximate) == ("advance_depth", "Russia", 3, True)
    assert run("The town lies 15 km from Pokrovsk, where Russian troops are 8 kilometres away.") == []
    assert run("The front line stretches for 1,100 km and troops hold a 30-km-wide sector.") == []


def test_negatives():
    assert run("About 170,000 sq km may be contaminated by mines and 3 million hectares of farmland are affected.") == []
    assert run("The Belgorod region covers about 27,000 square kilometres.") == []
    assert run("Russia fired 80 drones and Ukraine took 300 prisoners.") == []
    assert run("Strikes destroyed about half of the country's generating capacity.") == []


def test_conversion_and_repeat_dedupe():
    text = ("Russian forces seized 250 square kilometres (97 square miles) in April, analysts said. "
            "Russian forces seized 250 square kilometres in April, the analysts repeated.")
    cs = run(text)
    assert len(cs) == 1 and cs[0].value_low == 250


def test_passive_and_under_control():
    (c,) = run("Over the past day, 9 villages were returned under Ukrainian control in the Kharkiv region.")
    assert (c.metric, c.controller) == ("settlements_gained", "Ukraine")


@pytest.mark.parametrize("text", ["", "   ", "km " * 3000, ("Russian forces captured 5 villages and " * 800) + "."])
def test_hostile_input(text):
    run(text)

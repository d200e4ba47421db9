"""Extractor 0.47.0 (issues 11 and 12), from what the 42 parts still missed or made up, then from held back 42's
errors after its scoring: a bare title closing a name's apposition chain ("X, coordinator for ..., State Duma
lawmaker told TASS"); an outlet's description before its name; "citing" and an outlet's credit after the verb are no
content; a complement that only points back ("reported these claims", "acknowledged no such losses"); a relative
clause whose subject is the reported clause's ("regions which Putin says are part of Russia"); lower-case words of a
title after an inverted verb; "Commissioner" and "Chancellor" as titles; "stay informed"; content that only tells of
the speaking; a side after "in east Ukraine" is no subject; a relative clause's date dates its own event; "abandoned
their bastion of X"; a name cut off at the end of an excerpt. Sentences of our own; the first cases of each test
fail on 0.46.0, the guards hold on both."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 8, 23)   # a Saturday


def run(text: str, day: datetime = DAY):
    return extract(ArticleText(article_id="t", text=text, published_at=day))


def said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in run(text).statements]


def speakers(text: str) -> list[str]:
    return [s.speaker for s in run(text).statements]


# ---------------------------------------------------------------- statements

def test_a_bare_title_closes_the_apposition_chain_of_a_name():
    text = ("Kyiv's garrison has thinned out around the town, with only rear units left behind, Boris Grekov, "
            "chairman of the committee for border affairs of the regional assembly, State Duma lawmaker told TASS.")
    assert said(text) == [("Boris Grekov", "Kyiv's garrison has thinned out around the town, with only rear units "
                                            "left behind")]
    # a body with its determiner is a speaker of its own, whoever its content names
    body = ("Earlier, the head of the Russian General Staff, Valery Gerasimov, toured the units in the Kursk "
            "region, the defence ministry said.")
    assert len(speakers(body)) == 1 and "Gerasimov" not in speakers(body)[0]


def test_an_outlets_description_and_its_citing_clause():
    text = ("Russian gains sped up again in November, setting a new monthly high, the independent Russian outlet "
            "Verstka reported on Nov. 25, citing its own count of the front line.")
    assert said(text) == [("Verstka", "Russian gains sped up again in November, setting a new monthly high")]
    # "citing" after the verb's date is a credit, not the statement's second half
    text = "The village has been cleared, Verstka reported on Monday, citing field commanders."
    assert said(text) == [("Verstka", "The village has been cleared")]


def test_a_credit_after_the_statement_is_no_part_of_it():
    text = ("The nearby villages have also been taken, the Russian defence ministry said in a short statement on "
            "Thursday, RIA Novosti reported.")
    assert said(text) == [("Russian Ministry of Defence", "The nearby villages have also been taken")]


def test_a_complement_that_only_points_back():
    assert said("Syrskyi said Ukraine holds 1,000 sq km. The Guardian reported these claims on Tuesday, citing "
                "unnamed sources.") == [("Oleksandr Syrskyi", "Ukraine holds 1,000 sq km.")]
    # (a country is no speaker of its own: only the General Staff could speak here, and it says nothing)
    assert speakers("Russia said it had taken two villages. Ukraine's General Staff acknowledged no such losses.") == []
    # the participle after the pointing noun carries what was said
    text = "The ISW has confirmed the reports, saying it has geolocated footage of the flag over the school."
    assert speakers(text) == ["Institute for the Study of War"]


def test_a_relative_whose_subject_is_the_reported_clause():
    assert said("Kyiv must leave four regions which President Vladimir Putin says are now legally part of "
                "Russia.") == [("Vladimir Putin", "are now legally part of Russia.")]
    assert said("Kyiv must cede the land that Putin says belongs to Russia.") == [("Vladimir Putin",
                                                                                 "belongs to Russia.")]
    # an object relative stays no statement; a plural noun before "are" stays a noun
    assert speakers("The areas that the ISW assesses Russian forces have entered are small.") == []
    assert speakers("Kremlin claims are false, Zelensky said.") == ["Volodymyr Zelensky"]


def test_lower_case_title_words_after_an_inverted_verb():
    text = '"Hunger is being used as leverage," said food security researcher Anna Keller of the Hague Institute.'
    assert [s.startswith("Anna Keller") for s in speakers(text)] == [True]
    text = '"We will keep closing the gaps," said EU Commissioner Maria Luis Serrano.'
    assert speakers(text) == ["Maria Luis Serrano"]
    assert speakers('"We stand with Kyiv," said German Chancellor Olaf Scholz.') == ["Olaf Scholz"]
    # no name after the title: nobody
    assert speakers('"The talks failed," said local residents in the city.') == []


def test_newsletter_calls_and_tellings_of_the_speaking_are_no_statements():
    assert speakers("Stay informed with the Courier's coverage of world news, business and sports.") == []
    assert speakers("Budanov said the front is stable. The official spoke in an interview with a German "
                    "broadcaster, Ukrinform reports.") == ["Kyrylo Budanov"]
    assert speakers("President Zelensky made this statement during an online address to the European Council, as "
                    "reported by Interfax-Ukraine.") == []
    # a report told before its credit stays the credited source's
    assert speakers("Russian forces took the village of Pivdenne, as reported by TASS.") == ["TASS"]


# ---------------------------------------------------------------- area claims

def test_a_side_after_in_east_is_no_subject():
    claims = run("Russia on Saturday said its forces in east Ukraine had taken two villages.").area_claims
    assert [(c.metric, c.controller, c.value_low) for c in claims] == [("settlements_gained", "Russia", 2.0)]


def test_a_relative_clauses_date_dates_its_own_event():
    claims = run("On Friday, Russia said its troops had captured three villages in the Donetsk region it "
                 "claimed to have annexed in September 2022.").area_claims
    assert [(c.value_low, str(c.as_of)) for c in claims] == [(3.0, "2025-08-22")]
    # the speaker's own reporting verb still dates the figure
    claims = run("Russia captured 3 villages, it reported on Monday.").area_claims
    assert [str(c.as_of) for c in claims] == ["2025-08-18"]
    # and "claims as annexed territory" is no statement
    assert speakers("Moscow now holds 81 percent of the Donetsk region, which it claims as annexed territory.") == []


# ---------------------------------------------------------------- place claims

def test_a_side_abandoning_its_bastion_of_a_place():
    places = [(p.place, p.controller, p.action) for p in run(
        "Russian troops have abandoned their bastion of Lyman in the east for fear of encirclement, Moscow said on "
        "Saturday.").place_claims]
    assert places == [("Lyman", "Ukraine", "withdrew")]


def test_a_name_cut_off_at_the_end_of_an_excerpt():
    text = ("Ukrainian forces have withdrawn from Vuhledar, the Khortytsia group said.\n\nWhat the fall of Vuhledar "
            "means\n\nThe fall of Ko")
    assert [p.place for p in run(text).place_claims] == ["Vuhledar"]
    # a whole name at the end of a text that ends with its full stop is still read
    text = "Russia says its forces captured the village of Zarichnivka."
    assert [p.place for p in run(text).place_claims] == ["Zarichnivka"]


def test_another_speakers_report_told_as_the_time_of_this_one():
    text = ("General Syrskyi said the defence lines were holding, a day after Russian President Vladimir Putin "
            "claimed that the offensive had stalled.")
    assert said(text)[-1] == ("Vladimir Putin", "the offensive had stalled.")
    assert len(said(text)) == 2 and not said(text)[0][1].endswith("stalled.")
    # a time clause with no report of its own stays part of the content
    assert said("Zelensky said the talks would go on, after Putin visited Alaska.") == [
        ("Volodymyr Zelensky", "the talks would go on, after Putin visited Alaska.")]


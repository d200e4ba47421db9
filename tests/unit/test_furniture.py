"""Page furniture is blanked, the reporting is kept, offsets do not move (sentences of our own)."""
from datetime import datetime

import pytest

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.furniture import furniture_spans, mask_furniture

PUB = datetime(2025, 3, 4, 8, 0)


@pytest.mark.parametrize("line, kind", [
    ("KHARKIV, March 3 (Reuters) - ", "dateline"),
    ("ODESA (AP) \u2014 ", "dateline"),
    ("Lviv, 3 March 2025 (Ukrinform) \u2013 ", "dateline"),
    ("Read also: Kremlin says talks are off", "cross-link, byline or caption"),
    ("READ MORE: The front in maps", "cross-link, byline or caption"),
    ("By Olena Kovalenko and Mark Jones", "cross-link, byline or caption"),
    ("Photo: a destroyed bridge near the front", "cross-link, byline or caption"),
    ("Soldiers rest near a trench. REUTERS/Anna Petrenko", "photo caption"),
    ("GENERAL SAYS FRONT IS HOLDING AFTER WEEK OF ATTACKS", "all-capitals line"),
    ("Tuesday’s Coverage: Kyiv Says 300 Square Kilometers Retaken in the East", "cross-link, byline or caption"),
    ("Jump to Original Entry", "cross-link, byline or caption"),
    ("Reuters' report is here (subscription required).", "cross-link, byline or caption"),
])
def test_furniture_kinds(line, kind):
    text = line + ('"We are holding," the general said.' if kind == "dateline" else "\nThe mayor said it was calm.")
    spans = furniture_spans(text)
    assert spans and spans[0][2] == kind and spans[0][0] == 0


@pytest.mark.parametrize("text", [
    "By Monday, Russian forces had reached the outskirts, the general said.",
    "NATO said on Tuesday that the alliance would meet.",
    "Kyiv - the capital - was quiet, the mayor said.",
    "The report, by Olena Kovalenko, was published on Monday.",
])
def test_reporting_is_not_furniture(text):
    assert mask_furniture(text) == text


def test_mask_keeps_length_and_lines():
    text = "KYIV, Aug 13 (Reuters) - The mayor said it was calm.\nRead also: other story\nEnd."
    masked = mask_furniture(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert masked.index("The mayor") == text.index("The mayor")


def test_furniture_yields_no_statements_and_quotes_lose_their_dateline():
    text = ("KYIV, Aug 13 (Reuters) - \"We control about 1,000 square kilometres,\" Oleksandr Syrskyi said.\n"
            "RUSSIA SAYS IT TOOK TWO VILLAGES, PESKOV SAYS\n"
            "Read also: Zelensky says the counteroffensive will continue\n")
    result = extract(ArticleText("f", text, PUB))
    assert [(s.speaker, s.quote_text) for s in result.statements] == [
        ("Oleksandr Syrskyi", "We control about 1,000 square kilometres")]
    (claim,) = result.area_claims
    assert claim.value_low == 1000 and not claim.evidence.startswith("KYIV")


@pytest.mark.parametrize("line, kind", [
    ("Oct. 6 (UPI) -- ", "dateline"),
    ("Josep Borrell speaks in Brussels. File Photo by Jan Novak/EPA-EFE.", "photo caption"),
    ("Editor's note: This story is being updated.", "cross-link, byline or caption"),
    # 0.16.0: comment prompts, a city and country in capitals glued to the first word
    ("- Log in to post comments", "cross-link, byline or caption"),
    ("Leave comment", "cross-link, byline or caption"),
    ("KYIV, UKRAINE-", "dateline"),
])
def test_more_furniture(line, kind):
    text = line + ("Sanctions would bite, the minister said." if kind == "dateline" else "\nThe minister said it was calm.")
    spans = furniture_spans(text)
    assert spans and spans[0][2] == kind and spans[0][0] == 0


def test_a_qualified_role_is_a_new_organisation_not_the_last_one():
    text = ("The Ukrainian government has sent new aid to the region. "
            '"You have the opportunity to evacuate to a safer place," the city administration said.')
    got = extract(ArticleText("c", text, PUB)).statements
    assert [s.speaker for s in got] == ["city administration"]


def test_a_footnote_marker_ends_its_sentence_and_is_no_part_of_a_quote():
    text = ('The envoy said that "the talks will go on next week."[iv] Dmytro Kuleba stated on Monday that Kyiv '
            'wanted a full ceasefire first.[12] No date was set.')
    got = [(s.speaker, s.quote_text) for s in extract(ArticleText("f", text, datetime(2024, 3, 4))).statements]
    assert ("Dmytro Kuleba", "Kyiv wanted a full ceasefire first.") in got
    assert not any("[" in q for _, q in got)
    # a bracketed number that is no footnote (no sentence end before it) stays text
    assert "[3]" in mask_furniture("Item [3] of the list was read out.")


def test_an_agency_caption_of_several_sentences_closed_by_its_credit():
    caption = ("A destroyed tank stands in a field near the town. \u2013 Ukrainian forces said on Saturday they had "
               "entered the town, dislodging Russian troops from a logistics hub in a counter-offensive that has seen "
               "swathes of territory recaptured across the whole region in the last days, as columns moved east along "
               "the highway and residents came out to greet them with flags. (Photo by Ivan Petrenko/AFP via Getty Images)")
    text = "The front moved fast.\n" + caption + "\nThe governor said it was calm."
    assert len(caption) > 400
    assert any(k == "photo caption" and text[a:b] == caption for a, b, k in furniture_spans(text))
    assert "Ukrainian General Staff" not in [s.speaker for s in extract(ArticleText("c", text, PUB)).statements]

"""Span boundaries: where a statement's text starts and ends.

Offsets only (no speaker logic): the sentence that holds an offset, trimming punctuation and white
space off a span, skipping a dateline or a live-blog timestamp at the start of a sentence, and the
token where a reported clause starts after its verb (``said on Friday during a visit that ...``).
"""
from __future__ import annotations

import re

from pipelines.extraction.dates import MONTH_NAMES, WEEKDAYS
from pipelines.extraction.text import Sentence
from pipelines.extraction.tokens import Tok

_DATELINE = re.compile(
    # ("MENAFN - UkrinForm) This was stated ...": a syndicator's tag with its opening bracket lost, before a city's
    # dateline would read "MENAFN -" alone)
    r"^\s*(?:\(?[A-Z]{3,}\s*[-\u2013]\s*[A-Za-z][^()]{0,29}\)\s*"
    r"|[A-Z][A-Z .,'\u2019/-]{2,60}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]\s+"
    # ("Feb 5 (Reuters) - ...": a wire dateline without its city)
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][^)]{1,40}\)\s*[-\u2013\u2014]\s+"
    # ("Moscow, SANA-The Ministry of Defense announced ...": a city and an agency's capitals before a dash)
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z]{3,}\s*[-\u2013]\s*"
    # ("(MENAFN- UkrinForm) Russian forces ...": a syndicator's tag before the words)
    r"|\([A-Z]{3,}[-\u2013]\s*[^()]{1,30}\)\s*"
    # ("UkrinForm) This was stated ...": the tag's last word left after its first part was masked as a dateline)
    r"|[A-Z][A-Za-z-]{2,30}\)\s+)")
_LIVE_TS = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-\u2013\u2014]\s*")
_THAT_WINDOW = 16            # tokens of adjuncts read between a verb and its "that"


def _sentence_index(sentences: list[Sentence], pos: int) -> int:
    """Index of the sentence that holds offset ``pos`` (the nearest one when it falls between)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return mid
    return max(0, min(lo, len(sentences) - 1))


def _clean_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without leading/trailing white space, commas, colons and dashes."""
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2013\u2014"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2013\u2014"):
        b -= 1
    return a, b


def _strip_intro(text: str, a: int, b: int) -> int:
    """Start of the sentence ``text[a:b]`` after a live-blog timestamp, a dateline ("KYIV -") or a section label
    ("Details:")."""
    seg = text[a:b]
    m = _LIVE_TS.match(seg) or _DATELINE.match(seg) or _SECTION_LABEL.match(seg)
    return a + m.end() if m else a


# the section labels of a Ukrainian outlet's English page: "Details: According to X, ..." (the label is no content)
_SECTION_LABEL = re.compile(r"\s*(?:Details|Background|Reminder|Context)\s*:\s+")


# words that open an adjunct after a reporting verb ("said on Friday", "told reporters in Kyiv")
_ADJUNCT_START = frozenset(
    """on in at during late early earlier later last this yesterday today after before via by through
    from to while when as with without monday tuesday wednesday thursday friday saturday
    sunday afterwards overnight separately also again repeatedly following amid ahead""".split())


_SUBJECT_PRONOUNS = frozenset("he she it they we i there".split())
_PREPOSITIONS = frozenset("on in at by with to for from of about after before during via through".split())


# the last word of a time adjunct ("on Tuesday", "on January 11", "last week", "late on Sunday"): after it, a noun
# phrase opens the reported clause itself ("said on January 11 his forces had taken ...", "said on Monday the town
# had fallen")
_TIME_END = frozenset(WEEKDAYS) | frozenset("""yesterday today tonight week month year morning afternoon evening night
    weekend earlier later""".split())
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
_CLAUSE_OPENERS = frozenset("he she it they we i there his her its their our the russia ukraine russian ukrainian kyiv "
                            "moscow".split())


def _after_time(toks: list[Tok], d: int) -> bool:
    """Does token ``d`` open a noun phrase right after the last word of a time adjunct?"""
    prev, t = toks[d - 1], toks[d]
    # (a day's number only after its month: "on January 11"; not "killed 500 Ukrainian troops")
    date = prev.text.isdigit() and len(prev.text) <= 2 and d >= 2 and toks[d - 2].low in _MONTHS
    if not (prev.low in _TIME_END or prev.low in _MONTHS or date):
        return False
    return t.low in _CLAUSE_OPENERS and t.low not in _MONTHS


_PARENTHETICALS = frozenset({"however", "though", "moreover", "meanwhile", "nevertheless", "again", "too", "also",
                             "furthermore", "instead", "therefore"})


def _that_start(toks: list[Tok], k: int, hi: int) -> int:
    """Token index where the reported clause starts after the verb at k-1 (after "that" when the
    verb is followed by adjuncts and then "that": 'said on Friday during a visit that ...')."""
    if k < hi and toks[k].low == "that":
        return k + 1
    # "denied, however, that ...": a parenthetical connective between the verb and its clause
    if k + 3 < hi and toks[k].text == "," and toks[k + 1].low in _PARENTHETICALS and toks[k + 2].text == "," \
            and toks[k + 3].low == "that":
        return k + 4
    if k < hi and (that := _time_phrase_that(toks, k, hi)) is not None:
        return that + 1
    if k >= hi or toks[k].low not in _ADJUNCT_START:
        return k
    for d in range(k, min(hi, k + _THAT_WINDOW)):
        t = toks[d]
        if t.low == "that":
            return d + 1
        if d > k and t.low == "to" and d + 1 < hi and toks[d + 1].low in ("have", "be", "having"):
            return d               # "claimed on Saturday to have captured ...": the infinitive complement
        if d > k and t.low in _SUBJECT_PRONOUNS and toks[d - 1].low not in _PREPOSITIONS:
            # "said Friday he had visited the town that ...": the clause already started at its
            # subject; a later "that" belongs inside it
            return d
        if d - k <= 5 and _after_time(toks, d):
            return d
        if t.text in (",", ";", ":") and d > k:
            break
        if d > k and t.low in _FINITE_AUX:
            return k       # "said at least 100 civilians were evacuated ... and added that": the clause began at k
    return k


_FINITE_AUX = frozenset("was were is are has have had will would".split())


# a time phrase with no preposition between a verb and its "that": "claimed the day before that", "said two days ago
# that", "said the previous evening that" (each word of the phrase a time word; "said the troops ..." opens no phrase)
_TIME_NP_OPEN = frozenset("the a an one two three four several a few some".split())
_TIME_NP_WORD = frozenset("""day days week weeks month months hours hour morning evening night afternoon weekend
    previous next following same before earlier later ago after few couple of a""".split())
_TIME_NP_HEAD = frozenset("day days week weeks month months hours hour morning evening night afternoon weekend".split())
_TIME_NP_PLACED = frozenset("previous next following".split())
_TIME_NP_AFTER = frozenset("before earlier later ago after".split())


def _time_phrase_that(toks: list[Tok], k: int, hi: int) -> int | None:
    """Index of the "that" after a bare time phrase opening at ``k``, else None."""
    if toks[k].low not in _TIME_NP_OPEN:
        return None
    for d in range(k + 1, min(hi, k + 6)):
        if toks[d].low == "that":
            # (a head and a word that places it: not "said the day that the town fell was ...", a relative clause)
            phrase = {t.low for t in toks[k + 1:d]}
            return d if phrase & _TIME_NP_HEAD and (phrase & _TIME_NP_PLACED or toks[d - 1].low in _TIME_NP_AFTER) \
                else None
        if toks[d].low not in _TIME_NP_WORD:
            return None
    return None

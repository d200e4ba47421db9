"""Time expressions for area claims: as_of dates and period lengths, resolved against the
article's publication date.

    find_time_expressions(text, published) -> list[TimeExpr]

Kinds:
- ``point``    a day the figure (or the speech) refers to: "on Tuesday", "yesterday", "the day
               before", "on Aug. 12", "12 August 2024", "as of September 1", "before ... on Feb. 24"
               (-> the day before), "last week" as a date (-> the previous Sunday, ``days`` = 7),
               "over the weekend" (-> the latest Sunday, ``days`` = 2), "at the start of the year" (Jan 1)
- ``interval`` a closed calendar period: "in October 2024" (end = Oct 31, days = 31), "in 2024",
               "February 1-7", "between April 1 and Aug. 31", "in the seven days to July 28",
               "between January and October", bare "last month" (the previous calendar month)
- ``since``    an open period whose length is as_of - anchor: "since Monday", "since Aug. 29",
               "since the start of the year", "since the start of the month", "so far this year",
               "since ... began on June 4"
- ``duration`` a length only: "over the past 24 hours" (1), "past week" (7), "past month" (30),
               "past five days" (5), "in two days" (2), "first week" (7)
- ``same``     "over the same period" / "in that time": the previous period
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipelines.extraction.numbers import parse_number
from pipelines.extraction.prefilter import Needles

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d{2}"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "Aug. 12", "August 12, 2024", "12 August 2024"
_DATE = rf"(?:{_MON}\s+{_DAYNUM}(?:,?\s+{_YEAR})?|{_DAYNUM}\s+{_MON}(?:,?\s+{_YEAR})?)(?![\d\w])"
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)"
REPORTING = r"(?:said|says|told|wrote|reported|reports|announced|claimed|stated|noted|added|estimated|published|aired|posted|confirmed|declared|assessed|briefed|reiterated)"


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str                 # point | interval | since | duration | same
    date: date | None = None  # point date, interval end, or since anchor
    days: float | None = None
    speech: bool = False      # a point attached to a reporting verb ("said on Monday")
    year_start: bool = False  # since-anchor is Jan 1 of the as_of year ("so far this year")
    text: str = ""


def month_num(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def resolve_weekday(name: str, ref: date) -> date:
    """Most recent ``name`` on or before ``ref`` ("on Tuesday" in a Tuesday article = that day)."""
    wd = WEEKDAYS.index(name.lower())
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def previous_sunday(ref: date) -> date:
    """End of the previous Monday-Sunday week ("last week")."""
    return ref - timedelta(days=ref.weekday() + 1)


def _infer_year(month: int, day: int, ref: date) -> date | None:
    for y in (ref.year, ref.year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= ref + timedelta(days=1):
            return d
    return None


def parse_date(s: str, ref: date) -> date | None:
    s = s.strip()
    m = re.match(rf"({_MON})\s+({_DAYNUM})(?:,?\s+({_YEAR}))?", s) or None
    if m:
        mon, day, yr = month_num(m.group(1)), int(re.sub(r"\D", "", m.group(2))), m.group(3)
    else:
        m = re.match(rf"({_DAYNUM})\s+({_MON})(?:,?\s+({_YEAR}))?", s)
        if not m:
            return None
        mon, day, yr = month_num(m.group(2)), int(re.sub(r"\D", "", m.group(1))), m.group(3)
    if yr:
        try:
            return date(int(yr), mon, day)
        except ValueError:
            return None
    return _infer_year(mon, day, ref)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_span(mon: int, yr: int | None, ref: date) -> tuple[date, float]:
    """The end of month ``mon`` (of year ``yr``, else the latest one by ``ref``; a month still running ends at ``ref``)
    and its length in days."""
    if yr is None:
        yr = ref.year if date(ref.year, mon, 1) <= ref else ref.year - 1
    end, first = month_end(yr, mon), date(yr, mon, 1)
    if first <= ref < end:
        # "captured 600 sq km in November" on 26 November: the days of it so far, as "since the start of the month"
        return ref, float(max(1, (ref - first).days))
    return end, float(calendar.monthrange(yr, mon)[1])


def _small(s: str) -> float | None:
    return parse_number(s)


_SINCE_RE = re.compile(
    rf"\b(?:since|from)\s+(?:"
    rf"(?P<soy>the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year)"
    rf"|(?P<socm>the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)month)"
    rf"|(?P<som>the\s+(?:start|beginning|end)\s+of\s+(?P<somm>{_MON})(?:\s+(?P<somy>{_YEAR}))?)"
    rf"|the\s+(?:start|beginning)\s+of\s+(?P<sy>{_YEAR})"
    rf"|(?P<sdate>{_DATE})"
    rf"|(?P<swd>{_WD})"
    rf"|(?P<smon>{_MON})(?:\s+(?P<smony>{_YEAR}))?(?![\w\d])"
    rf"|(?P<sev>(?:the|its|their|our|they|we)\s+[^.;]{{0,70}}?\b(?:began|begun|started|launched|announced|started|crossed|invaded|entered|on)\b[^.;]{{0,25}}?(?P<sevd>{_DATE}))"
    rf")",
    re.IGNORECASE,
)
# ("667 sq km of territory this month": the month still running, its days so far)
_MONTH_BEFORE = re.compile(rf"\b{_MON},?\s+$", re.IGNORECASE)
_SOFAR_RE = re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year|year\s+to\s+date|since\s+January|"
                       r"(?P<month>(?:so\s+far\s+)?this\s+month)|(?<!earlier\s)(?<!later\s)(?P<week>(?:so\s+far\s+)?this\s+week))\b", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"\b(?:between\s+(?P<b1>{_DATE})\s+and\s+(?P<b2>{_DATE})"
    rf"|from\s+(?P<f1>{_DATE})\s+(?:to|until|through)\s+(?P<f2>{_DATE})"
    # "from November 7 to 13", "between May 1 and 7": the second day in the same month
    rf"|(?:from|between)\s+(?P<rm>{_MON})\s+(?P<rd1>{_DAYNUM})\s+(?:to|and|until|through)\s+(?P<rd2>{_DAYNUM})"
    rf"(?:,?\s+(?P<ry>{_YEAR}))?(?![\d\w])(?!\s+{_MON})"
    # ("Dec 31–Jan 13": a span across two months)
    rf"|(?P<xm1>{_MON})\s+(?P<xd1>{_DAYNUM})\s*[-–]\s*(?P<xm2>{_MON})\s+(?P<xd2>{_DAYNUM})(?:,?\s+(?P<xy>{_YEAR}))?(?![\d\w])"
    rf"|(?P<wm>{_MON})\s+(?P<wd1>{_DAYNUM})\s*[-–]\s*(?P<wd2>{_DAYNUM})(?:,?\s+(?P<wy>{_YEAR}))?(?![\d\w])"
    rf"|(?:in|over|during)\s+the\s+(?P<tn>{_SMALL})\s+(?P<tu>days|weeks)\s+(?:to|up\s+to|ending|through|until)\s+(?P<td>{_DATE})"
    # "from October 2024 to September 2025", "between October 2023 and September 2024": each month with its year
    rf"|(?:between|from)\s+(?P<ym1>{_MON})\s+(?P<yy1>{_YEAR})\s+(?:and|to|through|until)\s+(?P<ym2>{_MON})\s+(?P<yy2>{_YEAR})"
    rf"(?![\w\d])"
    rf"|(?:between|from)\s+(?P<mm1>{_MON})\s+(?:and|to|through|until)\s+(?P<mm2>{_MON})(?:\s+(?P<mmy>{_YEAR}))?(?![\w\d])(?!\s+\d))",
    re.IGNORECASE,
)
# "in January, February, March and April 2025", "in August and September": the months listed, from the first to
# the end of the last;
# "in February–March", "in April-May 2024": a span of months written with a dash
_MONTH_LIST_RE = re.compile(
    rf"\b(?:in|during|over)\s+(?P<mm1>{_MON})(?:(?:\s*,\s*{_MON}){{1,10}},?\s+and\s+|\s?[-\u2013]\s?|\s+and\s+)(?P<mm2>{_MON})"
    rf"(?:\s+(?P<mmy>{_YEAR}))?"
    rf"(?![\w\d])(?!\s+\d)",
    re.IGNORECASE,
)
# (also "at the end of September", "during the early weeks of their February 2022 invasion": within the month)
_MONTH_RE = re.compile(
    rf"\b(?:in|during|for|throughout|over|by|at|towards?|as\s+of|(?P<this>this))\s+(?:the\s+month\s+of\s+|all\s+of\s+|early\s+|late\s+|mid-|"
    rf"the\s+(?:end|close|(?:first|early|last|final)\s+(?:days|weeks))\s+of\s+(?:(?:their|the|its)\s+)?)?"
    rf"(?P<m>{_MON})(?:\s+(?P<y>{_YEAR})|,?\s+(?P<rel>this|last)\s+year\b|\s+of\s+(?P<that>that|the\s+same)\s+year\b)?"
    rf"(?!\s*\d)(?![\w])",
    re.IGNORECASE,
)
# "last May": the latest May before the current month ("last May" said in February 2024 is May 2023)
_LAST_MONTH_NAME_RE = re.compile(rf"\b(?:in\s+)?last\s+(?P<m>{_MON})(?![\w])(?!\s*\d)", re.IGNORECASE)
# "in the first half of 2024", "in the third quarter of 2023": the part of the year, ending on its last day
_PART_OF_YEAR_RE = re.compile(
    rf"\b(?:in|during|for|throughout|over)\s+the\s+(?P<n>first|second|third|fourth|last)\s+(?P<part>half|quarter)\s+of\s+"
    rf"(?P<y>{_YEAR})(?![\d\w])", re.IGNORECASE)
# "took control of Torske in spring 2022", "during the summer of 2023": the season, ending on its last day (winter
# spans two years and is left alone)
_SEASON_RE = re.compile(rf"\b(?:in|during|throughout|over)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                        rf"(?P<s>spring|summer|autumn|fall)(?:\s+of)?\s+(?P<y>{_YEAR})(?![\d\w])", re.IGNORECASE)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
# "This autumn alone, 12,000 square kilometers were liberated" (said in December): the season of the year of
# writing, ending on its last day or on the day of writing if that comes first ("last summer" is left alone: it dates
# the events a story recalls, "launched an offensive in Kursk last summer", more often than a figure's period)
_THIS_SEASON_RE = re.compile(r"\b(?:(?:in|during|throughout|over)\s+)?this\s+(?P<s>spring|summer|autumn|fall)"
                             r"\b(?!\s+of\b)", re.IGNORECASE)
# ("Sievierodonetsk and Lysychansk, two cities Ukraine lost in the summer": the latest such season over by the day of
# writing, ending on its last day; said within the season, "in the summer" may be the one to come, and is left alone;
# "during the autumn months" after the dates it spans is no period of its own)
_THE_SEASON_RE = re.compile(r"\b(?:in|during|throughout|over)\s+the\s+(?:early\s+|late\s+)?"
                            r"(?P<s>spring|summer|autumn|fall)\b(?!\s+(?:of\b|\d|months\b))", re.IGNORECASE)
# ("recaptured by Ukraine in its 2022 counteroffensive": the year of the campaign named)
_YEAR_RE = re.compile(rf"\b(?:in|during|for|throughout|over)\s+(?:the\s+(?:whole|entirety|course)\s+of\s+|all\s+of\s+|"
                      rf"(?:its|their|the|a)\s+(?=(?:19|20)\d\d\s+(?:counter-?offensive|offensive|invasion|campaign)\b))?"
                      # (not a range "in 2023-2024"; "in 2024 – an area smaller than ..." is the year and an aside)
                      rf"(?P<y>{_YEAR})(?![\d\w])(?!\s*[-–]\s*\d)", re.IGNORECASE)
_DUR_RE = re.compile(
    rf"\b(?:(?:over|in|during|for|within)\s+)?(?:the\s+)?(?P<which>past|last|previous|preceding|first)\s+"
    rf"(?:(?P<n>{_SMALL})\s+)?(?P<u>24\s+hours|48\s+hours|hours|days?|weeks?|months?|fortnight|years?)\b"
    rf"|\bover\s+the\s+(?P<u2>week|month|day)\b"
    rf"|\bin\s+(?P<n3>{_SMALL}|a)\s+(?P<u3>days?|weeks?)\b"
    # ("have occupied about 5,000 square kilometers in a year": that year's gain)
    rf"|\bin\s+(?:a|one)\s+(?P<u4>single\s+day|day|week|month|year)\b",
    re.IGNORECASE,
)
# bare "last month" is the previous calendar month ("over the last month" stays a 30-day duration)
_LAST_MONTH_RE = re.compile(r"(?<!the\s)(?<!past\s)\blast\s+month\b", re.IGNORECASE)
_SAME_RE = re.compile(r"\b(?:over|in|during)\s+(?:the\s+same\s+(?:period|time|week|month)|that\s+(?:time|period))\b", re.IGNORECASE)
_POINT_RE = re.compile(
    rf"(?P<asof>\bas\s+of\s+)?(?:\b(?:on|late|early|by)\s+)?(?:"
    rf"(?P<date>{_DATE})"
    rf"|(?P<wd>{_WD})(?:\s+(?:evening|morning|night|afternoon))?\b"
    rf"|(?P<yest>yesterday|(?:the|a)\s+day\s+before(?!\s+(?:the|a|an|his|her|its|their|this|that|\d)\b)"
    rf"|the\s+previous\s+day|a\s+day\s+earlier)\b"   # (not "the day before the talks": the day of another event)
    rf"|(?P<today>today|as\s+of\s+now|tonight|this\s+morning|this\s+evening)\b"
    rf"|(?P<lw>last\s+week)\b"
    rf"|(?P<we>(?:over|at)\s+the\s+weekend|this\s+(?:past\s+)?weekend)\b"
    rf"|(?P<soyp>(?<!since\s)(?<!from\s)(?:at|by)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
    rf"(?:year|(?P<soypy>{_YEAR})))\b"
    # ("declared on the 12th that ...": a day of the article's month, as translated copy writes it; not "the 3rd
    # Assault Brigade", "the 24th of February")
    rf"|(?<=\bon\s)the\s+(?P<dom>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?-i:[A-Z])|"
    rf"[a-z]+\s+(?:brigade|battalion|regiment|division|corps|army)\b|(?:separate|mechanized|assault|brigade|"
    rf"battalion|regiment|division|corps|army|century|anniversary|time|floor|round|day)\b)))",
    re.IGNORECASE,
)
# "compared to 59% at the end of 2023", "at the end of last year": that year's last day ("by the end of the year" is
# as often an aim: no date); "compared to 61 percent a year ago": counted back from the article's date ("more than a
# month ago" is a bound, no date). Points too, scanned apart (few sentences hold "end of" or "ago").
_END_OR_AGO_RE = re.compile(
    rf"(?<!since\s)(?<!from\s)\b(?:at|by)\s+the\s+end\s+of\s+(?:(?P<eoyy>{_YEAR})|(?P<eoyl>last\s+year))\b"
    rf"|(?<!more\sthan\s)(?<!over\s)(?<!less\sthan\s)\b(?P<agon>a|an|one|two|three|four|five|six|\d{{1,2}})\s+"
    rf"(?P<agou>year|month|week|day)s?\s+ago\b",
    re.IGNORECASE,
)
# (a time right after "that" opens the reported clause: "reports that last week the army took ...")
_REPORT_BEFORE = re.compile(rf"\b(?:{REPORTING}|according\s+to)\b(?![^.;\"“”]*\bthat\s*$)[^.;\"“”]{{0,45}}$", re.IGNORECASE)


_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which every match of a pattern contains, lowercased: a sentence without any of them skips the
# pattern's scan (time expressions were the extractor's second largest cost; most sentences hold one or two).
# tests/unit/test_prefilter_needles.py checks each tuple against its pattern.
_NEEDLES: dict[re.Pattern, tuple[str, ...]] = {
    _RANGE_RE: ("between", "from", "-", "\u2013", "days", "weeks"),
    _MONTH_LIST_RE: _MONTH_WORDS,
    _SINCE_RE: ("since", "from"),
    _SOFAR_RE: ("year", "since", "month", "week"),
    _LAST_MONTH_RE: ("last",),
    _MONTH_RE: _MONTH_WORDS,
    _LAST_MONTH_NAME_RE: ("last",),
    _PART_OF_YEAR_RE: ("half", "quarter"),
    _SEASON_RE: ("spring", "summer", "autumn", "fall"),
    _THIS_SEASON_RE: ("spring", "summer", "autumn", "fall"),
    _THE_SEASON_RE: ("spring", "summer", "autumn", "fall"),
    _YEAR_RE: ("19", "20"),
    _SAME_RE: ("same", "that"),
    _DUR_RE: ("past", "last", "previous", "preceding", "first", "day", "week", "month", "year"),
    _POINT_RE: _MONTH_WORDS + ("day", "now", "tonight", "morning", "evening", "week", "start", "beginning", "on the "),
    _END_OR_AGO_RE: ("end of", "ago"),
}


_PREFILTER = Needles(_NEEDLES.values())
_PATTERN_MASKS = dict(zip(_NEEDLES, _PREFILTER.masks))


def _scan(pattern: re.Pattern, text: str, present: int):
    return pattern.finditer(text) if present & _PATTERN_MASKS[pattern] else ()


def _months_span(m: re.Match, ref: date) -> TimeExpr:
    """From the first day of month ``mm1`` to the end of month ``mm2`` (of year ``mmy``, else the latest one)."""
    m1, m2 = month_num(m.group("mm1")), month_num(m.group("mm2"))
    end, _len = month_span(m2, int(m.group("mmy")) if m.group("mmy") else None, ref)
    start_year = end.year if m1 <= m2 else end.year - 1
    return TimeExpr(m.start(), m.end(), "interval", end, float((end - date(start_year, m1, 1)).days), text=m.group(0))


def find_time_expressions(text: str, published: date) -> list[TimeExpr]:
    """All time expressions in ``text`` (one sentence is the intended input), in text order."""
    out: list[TimeExpr] = []
    if not text:
        return out
    low = text.lower()
    present = _PREFILTER.present(low)
    ref = published
    used: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in used)

    def add(t: TimeExpr) -> None:
        out.append(t)
        used.append((t.start, t.end))

    for m in _scan(_RANGE_RE, text, present):
        if m.group("b1") or m.group("f1"):
            a = parse_date(m.group("b1") or m.group("f1"), ref)
            b = parse_date(m.group("b2") or m.group("f2"), ref)
            if a and b:
                if a > b:
                    a = a.replace(year=a.year - 1)
                add(TimeExpr(m.start(), m.end(), "interval", b, float((b - a).days), text=m.group(0)))
        elif m.group("ym1"):
            start = date(int(m.group("yy1")), month_num(m.group("ym1")), 1)
            end = month_end(int(m.group("yy2")), month_num(m.group("ym2")))
            if start < end:
                add(TimeExpr(m.start(), m.end(), "interval", end, float((end - start).days), text=m.group(0)))
        elif m.group("mm1"):
            add(_months_span(m, ref))    # "between January and October (this year)"
        elif m.group("xm1"):
            d2 = int(re.sub(r"\D", "", m.group("xd2")))
            m2 = month_num(m.group("xm2"))
            end = _safe_date(int(m.group("xy")), m2, d2) if m.group("xy") else _infer_year(m2, d2, ref)
            m1, d1 = month_num(m.group("xm1")), int(re.sub(r"\D", "", m.group("xd1")))
            start = _safe_date(end.year if m1 <= m2 else end.year - 1, m1, d1) if end else None
            if end and start and start < end:
                add(TimeExpr(m.start(), m.end(), "interval", end, float((end - start).days), text=m.group(0)))
        elif m.group("wm") or m.group("rm"):
            g = ("wm", "wd1", "wd2", "wy") if m.group("wm") else ("rm", "rd1", "rd2", "ry")
            mon = month_num(m.group(g[0]))
            d1, d2 = int(re.sub(r"\D", "", m.group(g[1]))), int(re.sub(r"\D", "", m.group(g[2])))
            end = date(int(m.group(g[3])), mon, d2) if m.group(g[3]) else _infer_year(mon, d2, ref)
            if end and d2 >= d1 and g[0] == "wm" and re.search(r"\bby\s+$", text[max(0, m.start() - 4):m.start()],
                                                               re.IGNORECASE):
                # "had advanced 1,320 sq km by August 20-21": the day a total stood at, given as two days, no period
                add(TimeExpr(m.start(), m.end(), "point", end, text=m.group(0)))
            elif end and d2 >= d1:
                add(TimeExpr(m.start(), m.end(), "interval", end, float(d2 - d1 + 1), text=m.group(0)))
        else:
            n = _small(m.group("tn"))
            d = parse_date(m.group("td"), ref)
            if n and d:
                add(TimeExpr(m.start(), m.end(), "interval", d, n * (7 if m.group("tu").lower().startswith("week") else 1), text=m.group(0)))

    for m in _scan(_MONTH_LIST_RE, text, present):
        if free(m.start(), m.end()):
            add(_months_span(m, ref))
    for m in _scan(_SINCE_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        anchor, ys = None, False
        if m.group("soy"):
            ys = True
        elif m.group("socm"):
            anchor = date(ref.year, ref.month, 1)
        elif m.group("som"):
            mon = month_num(m.group("somm"))
            yr = int(m.group("somy")) if m.group("somy") else (ref.year if date(ref.year, mon, 1) <= ref else ref.year - 1)
            anchor = date(yr, mon, 1)
            if re.search(r"\bend\b", m.group("som"), re.I):
                anchor = month_end(yr, mon)
        elif m.group("sy"):
            anchor = date(int(m.group("sy")), 1, 1)
        elif m.group("sdate"):
            anchor = parse_date(m.group("sdate"), ref)
        elif m.group("swd"):
            anchor = resolve_weekday(m.group("swd"), ref)
        elif m.group("smon"):
            mon = month_num(m.group("smon"))
            yr = int(m.group("smony")) if m.group("smony") else (ref.year if date(ref.year, mon, 1) <= ref else ref.year - 1)
            anchor = date(yr, mon, 1)
        elif m.group("sevd"):
            anchor = parse_date(m.group("sevd"), ref)
        if anchor or ys:
            add(TimeExpr(m.start(), m.end(), "since", anchor, None, year_start=ys, text=m.group(0)))
    for m in _scan(_SOFAR_RE, text, present):
        if free(m.start(), m.end()) and not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # (not the "this year" of "in January this year": one month, read below)
            if m.group("month"):
                end, days = month_span(ref.month, ref.year, ref)     # the month so far, as "in November"
                add(TimeExpr(m.start(), m.end(), "interval", end, days, text=m.group(0)))
            elif m.group("week"):
                # "This week alone, our soldiers liberated 776 square kilometres": the week up to the telling
                add(TimeExpr(m.start(), m.end(), "interval", ref, 7.0, text=m.group(0)))
            else:
                add(TimeExpr(m.start(), m.end(), "since", None, None, year_start=True, text=m.group(0)))

    for m in _scan(_LAST_MONTH_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        prev_end = date(ref.year, ref.month, 1) - timedelta(days=1)
        add(TimeExpr(m.start(), m.end(), "interval", prev_end, float(prev_end.day), text=m.group(0)))

    for m in _scan(_MONTH_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        lead = m.group(0)[:2].lower()
        if m.group("this") and not m.group("m")[0].isupper():
            continue        # "this may take weeks": a verb
        if lead == "as" and re.match(r"\.?\s*\d", text[m.end():]):
            continue        # "as of Sept. 1": a day (the point below)
        # ("in January this year", "this February": that month of the article's year; "in December last year": of
        # the year before)
        year = int(m.group("y")) if m.group("y") else ref.year - (m.group("rel").lower() == "last") if m.group("rel") \
            else ref.year if m.group("this") else None
        if m.group("that"):
            # "took it in spring 2022, but Ukraine recaptured it in October of that year": the year named before
            named = re.findall(rf"\b({_YEAR})\b", text[:m.start()])
            year = int(named[-1]) if named else None
        end, length = month_span(month_num(m.group("m")), year, ref)
        if re.search(r"\bmid-", m.group(0), re.I):
            end = min(end.replace(day=15), ref)    # "in mid-December": the middle of the month
        if lead in ("by", "as"):
            # ("as of December 2024": a holding at the month's end, or today in the month still running)
            end = min(end, ref) if lead == "as" else end
            # "By mid-February, Russia had regained 800 sq km": a running total as of then, no period of its own
            add(TimeExpr(m.start(), m.end(), "point", end, None, text=m.group(0)))
            continue
        add(TimeExpr(m.start(), m.end(), "interval", end, length, text=m.group(0)))
    for m in _scan(_LAST_MONTH_NAME_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        mon = month_num(m.group("m"))
        yr = ref.year if mon < ref.month else ref.year - 1
        add(TimeExpr(m.start(), m.end(), "interval", month_end(yr, mon), float(calendar.monthrange(yr, mon)[1]),
                     text=m.group(0)))
    for m in _scan(_PART_OF_YEAR_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        y, months = int(m.group("y")), 6 if m.group("part").lower() == "half" else 3
        index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("n").lower(), 12 // months)
        end = month_end(y, min(12, index * months))
        start = date(y, end.month - months + 1, 1)
        add(TimeExpr(m.start(), m.end(), "interval", end, float((end - start).days + 1), text=m.group(0)))
    for m in _scan(_SEASON_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        end = month_end(int(m.group("y")), _SEASON_END[m.group("s").lower()])
        add(TimeExpr(m.start(), m.end(), "interval", end, float((end - date(end.year, end.month - 2, 1)).days + 1),
                     text=m.group(0)))
    for m in _scan(_THIS_SEASON_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        last_month, year = _SEASON_END[m.group("s").lower()], ref.year
        end = min(month_end(year, last_month), ref)
        add(TimeExpr(m.start(), m.end(), "interval", end, float((end - date(year, last_month - 2, 1)).days + 1),
                     text=m.group(0)))
    for m in _scan(_THE_SEASON_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        last_month = _SEASON_END[m.group("s").lower()]
        if last_month - 2 <= ref.month <= last_month:
            continue
        year = ref.year if ref.month > last_month else ref.year - 1
        end = month_end(year, last_month)
        add(TimeExpr(m.start(), m.end(), "interval", end, float((end - date(year, last_month - 2, 1)).days + 1),
                     text=m.group(0)))
    for m in _scan(_YEAR_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        y = int(m.group("y"))
        end = date(y, 12, 31)
        add(TimeExpr(m.start(), m.end(), "interval", min(end, ref) if y == ref.year and end > ref else end,
                     366.0 if calendar.isleap(y) else 365.0, text=m.group(0)))

    for m in _scan(_SAME_RE, text, present):
        if free(m.start(), m.end()):
            add(TimeExpr(m.start(), m.end(), "same", text=m.group(0)))

    for m in _scan(_DUR_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        days = None
        if m.group("u"):
            u = m.group("u").lower()
            n = _small(m.group("n")) if m.group("n") else 1
            if m.group("which").lower() == "last" and u == "week" and not m.group("n") and not re.match(
                r"(?:over|in|during|for|within)?\s*the\b", m.group(0), re.I):
                continue  # bare "last week" is a point (handled below)
            if m.group("which").lower() in ("previous", "preceding") and u == "day" and not m.group("n") and not re.match(
                r"(?:over|in|during|for|within)\s", m.group(0), re.I):
                continue  # "announced late the previous day": a point, the day before (handled below)
            if u.startswith("24"):
                days = 1.0
            elif u.startswith("48"):
                days = 2.0
            elif u.startswith("hour"):
                days = max(1.0, n / 24)
            elif u.startswith("day"):
                days = n
            elif u.startswith("week"):
                days = 7 * n
            elif u == "fortnight":
                days = 14.0
            elif u.startswith("month"):
                days = 30 * n
            elif u.startswith("year"):
                days = 365.0 * n      # ("over the past three years": a period's gain, not the whole holding)
        elif m.group("u2"):
            days = {"week": 7.0, "month": 30.0, "day": 1.0}[m.group("u2").lower()]
        elif m.group("u3"):
            n = 1 if m.group("n3").lower() == "a" else _small(m.group("n3"))
            days = n * (7 if m.group("u3").lower().startswith("week") else 1) if n else None
        elif m.group("u4"):
            days = {"single day": 1.0, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}[m.group("u4").lower()]
        if days:
            add(TimeExpr(m.start(), m.end(), "duration", None, float(days), text=m.group(0)))

    for m in _scan(_POINT_RE, text, present):
        if not free(m.start(), m.end()):
            continue
        d, days = None, None
        if m.group("date"):
            d = parse_date(m.group("date"), ref)
            pre = text[max(0, m.start() - 70):m.start()]
            if d and re.search(r"\bbefore\b[^.;,]*$", pre, re.I) and not re.search(r"\bday\s+before\b", pre, re.I):
                d = d - timedelta(days=1)
            elif d and re.search(r"\b(?:after|from|until|till)\s*$", pre, re.I):
                continue
        elif m.group("wd"):
            d = resolve_weekday(m.group("wd"), ref)
        elif m.group("yest"):
            d = ref - timedelta(days=1)
        elif m.group("today"):
            d = ref
        elif m.group("lw"):
            d, days = previous_sunday(ref), 7.0
        elif m.group("we"):
            # the latest Saturday-Sunday on or before the article: two days ending on Sunday
            d = ref if ref.weekday() in (5, 6) else previous_sunday(ref)
            days = 2.0
        elif m.group("soyp"):
            d = date(int(m.group("soypy")) if m.group("soypy") else ref.year, 1, 1)
        elif m.group("dom"):
            day = int(m.group("dom"))
            # (the article's month, or the month before when the day is still to come in it)
            d = _safe_date(ref.year, ref.month, day) if day <= ref.day else (
                _safe_date(ref.year - (ref.month == 1), 12 if ref.month == 1 else ref.month - 1, day))
        if d is None:
            continue
        add(TimeExpr(m.start(), m.end(), "point", d, days, speech=_spoken(text, m), text=m.group(0)))
    for m in _scan(_END_OR_AGO_RE, text, present):
        if free(m.start(), m.end()):
            d = date(int(m.group("eoyy")) if m.group("eoyy") else ref.year - 1, 12, 31) if m.group("eoyy") or \
                m.group("eoyl") else _ago(ref, _small(m.group("agon")) or 1, m.group("agou").lower())
            add(TimeExpr(m.start(), m.end(), "point", d, None, speech=_spoken(text, m), text=m.group(0)))

    out.sort(key=lambda t: t.start)
    return out


def _spoken(text: str, m: re.Match) -> bool:
    """Is the time at ``m`` the time of a reporting verb ("said on Monday", "On Monday, X said")?"""
    if _REPORT_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
        return True
    after = text[m.end():m.end() + 60]
    if re.match(rf"\s*,?\s*(?:[A-Z][\w'’.-]*\s+){{0,6}}{REPORTING}\b", after) and m.start() < 3:
        return True
    # "The ministry on Saturday said ...", "The statement on Saturday said ...": between subject and verb
    return bool(re.match(rf"\s*(?:{REPORTING})\b", after)) and m.group(0).lower().startswith("on ")


def _ago(ref: date, n: float, unit: str) -> date:
    """The day ``n`` units before ``ref`` ("a year ago" on 1 July 2025 is 1 July 2024; a month is 30 days)."""
    n = int(n)
    if unit == "year":
        return ref.replace(year=ref.year - n) if not (ref.month == 2 and ref.day == 29) else date(ref.year - n, 2, 28)
    return ref - timedelta(days=n * {"month": 30, "week": 7, "day": 1}[unit])


def days_between(anchor: date, as_of: date) -> float:
    return float((as_of - anchor).days)

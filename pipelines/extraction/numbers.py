"""Number grammar for area-control figures: numerals, number words, fractions, percentages,
ranges, approximators and units, normalised to km2 / km / count / fraction.

    find_quantities(text) -> list[Quantity]   # only figures followed by a known unit
    parse_number(s) -> float | None           # "1,150" "1 150" "6,5" "three thousand" "a fifth"

All regexes are linear (no nested unbounded quantifiers), so hostile input is safe.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.regions import find_regions

SQ_MI_KM2 = 2.58999
HA_KM2 = 0.01
MI_KM = 1.609344
YARD_KM = 0.0009144

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "tenths": 10,
}

_W_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_W_TENS = "|".join(_TENS)
_W_BASE = rf"(?:(?:{_W_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|{_W_UNIT})"
_W_SCALE = r"(?:hundred|thousand|million)"
# "three thousand", "forty", "twenty-five", "one hundred and fifty", "a thousand"
# ("more than a dozen small villages": twelve)
# ("about a half dozen villages", "half a dozen": six)
WORD_NUM = (rf"(?:(?:{_W_BASE}|a)\s+{_W_SCALE}(?:\s+(?:and\s+)?{_W_BASE})?|{_W_BASE}|(?:a\s+)?half[\s-](?:a\s+)?dozen\b"
            rf"|a\s+dozen\b)")
_DOT_THOUSANDS = r"\d{1,3}(?:\.000|(?:\.\d{3}){2,})"
# a month's name before a day: "As of May 20, 410 km2" is a date and a figure, not 20,410
_NOT_AFTER_MONTH = "".join(f"(?<!{m} )" for m in (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec.").split())
DIGIT_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"          # 1,150  12,600.5
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"        # 1 150 (space separator)
    r"|(?<![\d,])" + _NOT_AFTER_MONTH + r"\d{1,3}, \d{3}(?![\d,.])"   # 4, 500 (a space typed after the separator)
    r"|\d+,\d{1,2}(?![\d])"                               # 6,5 (German decimal comma)
    # 8.000  1.294.000 (a dot separator in translated copy: three zeros, or two groups, are never decimals)
    r"|" + _DOT_THOUSANDS + r"(?![\d,.])"
    r"|\d+(?:\.\d+)?)"                                    # 1376  2.3
)
_FR_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine)"
_FR_DEN = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
FRACTION = rf"(?:{_FR_NUM}[\s-](?:{_FR_DEN})|half)"
NUM = rf"(?:{DIGIT_NUM}(?:\s+(?:million|thousand))?|{WORD_NUM})"

APPROX = (
    r"(?:about|roughly|around|nearly|almost|close\s+to|more\s+than|over|at\s+least|up\s+to|as\s+much\s+as|as\s+many\s+as|"
    r"an\s+estimated|estimated|approximately|approx\.|a\s+little\s+(?:under|over|more\s+than|less\s+than)|just\s+(?:under|over)|"
    r"well\s+(?:over|above|under)|some|less\s+than|fewer\s+than|under|in\s+excess\s+of|upwards\s+of|just\s+short\s+of|"
    r"no\s+fewer\s+than|no\s+less\s+than|no\s+more\s+than|at\s+most|almost\s+exactly|an\s+approximate)"
)

AREA_UNIT = (
    r"(?P<area>sq\.?\s*(?:kms?|kilomet(?:re|er)s?)\b|square[\s-]+(?:kilomet(?:re|er)s?|kms?)\b|km²|km\^?2\b|"
    r"sq\.?\s*mi(?:les?)?\b|square[\s-]+miles?\b|hectares?\b|ha\b)"
)
# ("advanced between 300m and 1,500m": metres glued to the figure; a currency sign before it makes it millions, below)
DIST_UNIT = (r"(?P<dist>km\b|kms\b|kilomet(?:re|er)s?\b|miles?\b|met(?:re|er)s\b|yards\b|(?<=\d)m(?![\w\u00b2])"
             r"(?!\s+(?:people|residents|refugees|civilians|children|tonnes|tons|barrels|doses|users|dollars|euros|pounds|"
             r"rubles|roubles|hryvnias?)\b))")
SETTLEMENT_UNIT = (
    # ("three more tiny settlements": size words of the press)
    r"(?P<sett>(?:(?:more|other|new|further|additional|Ukrainian|Russian|small|tiny|little|frontline|front-line|border|"
    r"key|large|strategic|major|(?:small|medium|mid|large|big)-sized?|nearby|neighbouring|neighboring|"
    # ("266 residential settlements", "12 rural settlements": the translated Ukrainian and Russian kinds)
    r"residential|rural|urban-type|"
    # ("two small Donetsk region villages": the oblast as a modifier)
    r"(?-i:[A-Z])[a-z]+\s+(?:region|oblast)|"
    # ("five Russian-controlled settlements have been liberated": the holder before the change, a modifier)
    # (not "the four Russian-controlled areas": regions, not a count of settlements)
    r"(?:Russian|Ukrainian|enemy)-(?:controlled|held|occupied)(?!\s+(?:areas|communities)\b))\s+){0,3}"
    # "more than 30 recaptured settlements": the participle is the figure's verb (area_metric.py reads it)
    r"(?:(?:recaptured|liberated|retaken|captured|seized|freed|reclaimed|regained|de-occupied)\s+)?"
    # ("more than 30 cities and towns": cities coordinated with settlements' kinds count as settlements, alone not)
    r"(?:cities,?\s+(?:towns,?\s+)?and\s+(?:towns|villages|settlements)|"
    r"settlements?|villages?|localities|locality|towns\s+and\s+villages|villages\s+and\s+towns|towns|hamlets|"
    # ("five population centers": the Russian "населённые пункты" as a wire service translates it)
    r"(?:populated|inhabited)\s+(?:areas|places|localities|points|settlements)|"
    r"population\s+(?:settlements|centres|centers)|areas|communities)\b)"
)
_NET_GAIN_BEFORE = re.compile(r"\b(?:net\s+)?(?:gains?|loss|losses)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
                              re.IGNORECASE)
_SQUARE_UNIT = re.compile(r"\bsquare\s+(?:miles|kilomet(?:er|re)s)\b|\bsq\.?\s*(?:mi|km)\b", re.IGNORECASE)
_LAND_AFTER = re.compile(r"\s+of\s+(?:(?:our|their|its|the|Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s|occupied|"
                         r"enemy)\s+){0,2}(?:territory|territories|land)\b", re.IGNORECASE)
# "74 areas in the Kursk region" counts settlements; "two key areas of the front line", "two other areas of
# Donetsk region" are sectors of the front (a bare "areas" with such a modifier, or "of the ... front")
_FRONT_AREAS = re.compile(r"(?:(?:key|strategic|major|other|frontline|front-line|border)\s+)+areas", re.IGNORECASE)
# ("centred on three areas - the Pokrovsk axis, the Kurakhove axis ...": sectors of the front, named as its axes)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:Ukraine|Russia)\b(?!['\u2019]s)")
_OF_FRONT = re.compile(r"\s+(?:of|along|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:front|front\s*line|frontline)\b|"
                       r"\s*(?:[-\u2013\u2014:]|,)\s*(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+"
                       r"(?:axis|direction|sector|front)\b", re.IGNORECASE)
# "two areas in Dmitrov": a town's name right after, with no region word (not "74 areas in the Kursk region", nor a
# region's own name, "in Donetsk")
_IN_ONE_TOWN = re.compile(r"\s+(?:in|of)\s+(?!the\b)(?P<name>[A-Z][\w'\u2019-]+)"
                          r"(?!\s+(?:region|oblast|province|district|direction|axis|sector)\b)"
                          r"(?=\s*[,.;:]|\s+(?:of|and|from)\s+(?:Ukrainian|Russian)\b)")


def _in_one_town(text: str, pos: int) -> bool:
    m = _IN_ONE_TOWN.match(text, pos)
    # (a town's name finds its oblast too, "Kurakhove" -> Donetsk Oblast; an oblast's own name starts its name)
    return m is not None and not any(region.lower().startswith(m.group("name").lower())
                                     for _s, _e, region in find_regions(m.group("name")))


# the named places a count of "other" settlements adds to: "Belogorovka and two other", "A, B and three other"
# ("taken control of Lyman and Sviatohirsk and 15 other towns": the names joined by "and" too; "A, B, and 15 other
# towns": the serial comma)
_NAMED_AND_BEFORE = re.compile(r"(?<=\s)(?P<names>(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
                               r"(?:,\s+|\s+and\s+)){0,6}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),?\s+and\s+$")
# a unit's conversion in brackets right after it: "100km (62 miles)"
_CONVERSION = re.compile(r"\s*\([^()]{1,30}\)")


def _after_conversion(text: str, pos: int) -> int:
    """``pos``, or the end of a bracketed conversion that starts there."""
    m = _CONVERSION.match(text, pos)
    return m.end() if m else pos


PERCENT_UNIT = r"(?P<pct>\s?%|\s*per\s*cent\b|\s*percent\b)"

_RANGE_SEP = r"\s*(?:-|–|—|to)\s*"
_UNIT_RANGE_SEP = re.compile(r"\s*(?:-|–|to)\s*(?=\d)")
# ("have advanced on the flanks around Bakhmut from 350 meters to 2 kilometers": an advance's range, not a change)
_ADVANCED_FROM = re.compile(r"\b(?:advanc(?:ed|ing|es)|mov(?:ed|ing)\s+forward|pushed\s+forward)\b[^.;:]{0,60}"
                            r"\bfrom\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_SEP = re.compile(r"\s+and\s+(?=\d)")
# a change, not a range: "rose from 55% to 60%", "down from"
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rise|rises|increased|increase|grew|grown|fell|fallen|dropped|declined|"
                            r"climbed|jumped|went|up|down|shrank|expanded)\s+(?:\w+\s+){0,2}?(?:from\s+)?$",
                            re.IGNORECASE)
_HALF_A = re.compile(r"\s+a\s+(hundred|thousand|million)\b", re.IGNORECASE)
_A_BEFORE_UNIT = re.compile(r"\s+an?\s", re.IGNORECASE)
_OF_AFTER_SHARE = re.compile(r"[\"\u201d\u2019']?\s+of\b", re.IGNORECASE)
QUANTITY_RE = re.compile(
    # ("~89 km2": "about", written as a sign)
    rf"(?<![\w.,-])(?:(?P<approx>{APPROX})\s+|(?P<tilde>[~\u2248])\s?)?"
    rf"(?:(?P<between>between|from)\s+(?P<b1>{NUM})\s*(?:and|to|-|–)\s*(?P<b2>{NUM})"
    rf"|(?P<frac>{FRACTION})(?![\s-](?:a\s+)?dozen\b)"     # ("a half dozen villages": six, a number)
    rf"|(?P<r1>{NUM})(?:{_RANGE_SEP}(?P<r2>{NUM}))?)"
    # ("the 700+ square kilometres": "more than", written as a sign)
    r"(?P<plus>\+(?=\s))?"
    # (a unit glued to the number, "37sq km", "40km", "235sqkm", is still a unit)
    rf"(?:(?![\w])|(?<=\d)(?=(?:sq|km|kms|sqkm|sqmi|m)\b|sq\s|km[\u00b22]))",
    re.IGNORECASE,
)
# ('more than 3,600 "settlements"': a translated count's noun in quotation marks is still its unit)
_UNIT_AFTER = re.compile(
    rf"(?:\s*(?:-\s*)?{AREA_UNIT}|{PERCENT_UNIT}|\s*(?:-\s*)?{DIST_UNIT}|\s+[\"\u201c]?{SETTLEMENT_UNIT})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    start: int          # span of the whole expression (approximator .. unit)
    end: int
    num_start: int      # where the number itself starts
    low: float
    high: float
    unit: str           # km2 | km | count | fraction
    kind: str           # area | distance | settlement | share
    approximate: bool
    unit_text: str      # unit as written ("sq miles", "hectares", "villages", "%")
    text: str


def _word_number(s: str) -> float | None:
    toks = re.split(r"[\s-]+", s.lower().strip())
    total, current, seen = 0.0, 0.0, False
    for t in toks:
        if t == "and":
            continue
        if t == "a" or t == "an":
            current = 1 if current == 0 else current
            seen = True
        elif t in _UNITS:
            current += _UNITS[t]
            seen = True
        elif t in _TENS:
            current += _TENS[t]
            seen = True
        elif t == "hundred":
            current = (current or 1) * 100
            seen = True
        elif t == "dozen":
            current = (current or 1) * 12
            seen = True
        elif t == "half" and total == 0 and current in (0, 1) and toks[-1] == "dozen":
            current = 0.5       # "a half dozen", "half a dozen" (an "a" before or after it is no new one)
            seen = True
        elif t in ("thousand", "million"):
            current = (current or 1) * _SCALES[t]
            total += current
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _fraction(s: str) -> float | None:
    t = s.lower().replace("-", " ").split()
    if t == ["half"]:
        return 0.5
    if len(t) != 2 or t[1] not in _FRACTIONS:
        return None
    num = 1 if t[0] in ("a", "an") else _UNITS.get(t[0])
    if num is None:
        return None
    return round(num / _FRACTIONS[t[1]], 4)


def parse_number(s: str | None) -> float | None:
    """Parse one number expression; None when it is not a number."""
    if not s:
        return None
    s = s.strip()
    m = re.fullmatch(r"(.*?)\s+(million|thousand)", s, re.IGNORECASE)
    if m and re.fullmatch(DIGIT_NUM, m.group(1)):
        base = parse_number(m.group(1))
        return None if base is None else base * _SCALES[m.group(2).lower()]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}, \d{3}", s):
        return float(s.replace(", ", ""))
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", s):
        return float(re.sub(r"[ \u00a0\u202f]", "", s))
    if re.fullmatch(_DOT_THOUSANDS, s):
        return float(s.replace(".", ""))
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    fr = _fraction(s)
    if fr is not None:
        return fr
    return _word_number(s)


_MONEY_BEFORE = re.compile(r"(?:[$\u00a3\u20ac\u20bd\u20b4]|\b(?:USD|EUR|GBP|US\$|Rs\.?))\s*$")


def _convert(value: float, kind: str, unit_text: str) -> float:
    u = unit_text.lower()
    if kind == "area":
        if "mi" in u and "kilomet" not in u:
            return value * SQ_MI_KM2
        if u.startswith("hectare") or u == "ha":
            return value * HA_KM2
    if kind == "distance" and u.startswith("mile"):
        return value * MI_KM
    if kind == "distance" and (u.startswith("met") or u == "m"):
        return value / 1000.0          # "500 metres" -> 0.5 km
    if kind == "distance" and u.startswith("yard"):
        return value * YARD_KM         # "220-330 yards per day" (US reporting)
    return value


_ELLIPSIS = re.compile(
    rf"(?:\s+\w+){{0,4}}?,?\s+(?:down|up)\s+from\s+(?P<body>(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM}))(?![\w.,]\d)",
    re.IGNORECASE,
)
_AND_A_HALF = re.compile(r"\w\s+and\s+(?:a\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_OVER_AS_PREP = re.compile(r"\b(?:control|authority|sovereignty|power|grip|hold)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.IGNORECASE)


# an ordinal before its noun ("a fourth village", "a third attempt"); a share is "a third of ..." or stands alone
_ORDINAL_NOUN_AFTER = re.compile(r"(?:\s+(?:consecutive|straight|successive|major|small|key|such|new|large))?\s+"
                                 r"(?!of\b|the\b|or\b|and\b|to\b|in\b|on\b|at\b|by\b|from\b|for\b|is\b|was\b|"
                                 r"has\b|had\b|percent\b|per\b)[a-z][a-z-]+\b")


# "800 of the 1,376 square kilometres": a part of a whole told in the whole's unit
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|some|about|roughly|around|an\s+estimated)\s+"
                           r"(?P<whole>\d[\d,.]*)(?=\s*[a-zA-Z])")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` that carries an area, distance, settlement or share unit.

    Fractions ("a fifth", "two-thirds") need no unit and are returned as shares.
    """
    out: list[Quantity] = []
    if not text:
        return out
    pos, n = 0, len(text)
    while pos < n:
        m = QUANTITY_RE.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if m.group("r2") and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            pos = m.start("r2")  # "June 4 to 43 sq km": the first number is a day of the month
            continue
        approx = bool(m.group("approx") or m.group("plus") or m.group("tilde"))
        if m.group("approx") and m.group("approx").lower() == "over" and _OVER_AS_PREP.search(text, max(0, m.start() - 25), m.start()):
            approx = False  # "control over 74 areas": "over" is the verb's preposition, not "more than"
        if m.group("frac"):
            v = _fraction(m.group("frac"))
            if v is None:
                continue
            half_of = _HALF_A.match(text, m.end()) if m.group("frac").lower().endswith("half") else None
            u = _UNIT_AFTER.match(text, half_of.end()) if half_of is not None else None
            if u is not None and (u.group("area") or u.group("dist") or u.group("sett")):
                # "about half a thousand square kilometers", "half a thousand settlements": 500 of the unit, not a share
                n = 0.5 * {"hundred": 100, "thousand": 1000, "million": 1_000_000}[half_of.group(1).lower()]
                if u.group("sett"):
                    out.append(Quantity(m.start(), u.end(), m.start("frac"), n, n, "count", "settlement", approx,
                                        u.group("sett"), text[m.start():u.end()]))
                    pos = u.end()
                    continue
                kind, ut = ("area", u.group("area")) if u.group("area") else ("distance", u.group("dist"))
                val = round(_convert(n, kind, ut), 6)
                out.append(Quantity(m.start(), u.end(), m.start("frac"), val, val, "km2" if kind == "area" else "km",
                                    kind, approx, ut, text[m.start():u.end()]))
                pos = u.end()
                continue
            a_unit = _A_BEFORE_UNIT.match(text, m.end()) if m.group("frac").lower().endswith("half") else None
            u = _UNIT_AFTER.match(text, a_unit.end() - 1) if a_unit is not None else None
            if u is not None and (u.group("area") or u.group("dist")):
                # "gained half a mile in the Bakhmut region": half of one unit, a distance (or an area), no share
                kind, ut = ("area", u.group("area")) if u.group("area") else ("distance", u.group("dist"))
                val = round(_convert(0.5, kind, ut), 6)
                out.append(Quantity(m.start(), u.end(), m.start("frac"), val, val, "km2" if kind == "area" else "km",
                                    kind, approx, ut, text[m.start():u.end()]))
                pos = u.end()
                continue
            frac = m.group("frac").lower()
            if frac.endswith("half") and re.match(r"-[a-z]", text[m.end():m.end() + 2], re.IGNORECASE):
                continue  # "the half-destroyed Mariupol": a compound adjective, no share
            if _AND_A_HALF.search(text, max(0, m.start() - 30), m.start()) and frac.endswith("half") \
                    and (frac != "half" or not (m.group("approx") or _OF_AFTER.match(text, m.end()))):
                continue  # "a year and a half", "two and a half": not a share ("95% of A and about half of B" is)
            if _ORDINAL_NOUN_AFTER.match(text, m.end()) and not m.group("frac").lower().endswith(("half", "s")):
                continue  # "recaptured a fourth village", "the third day": an ordinal, not a share
            out.append(Quantity(m.start(), m.end(), m.start("frac"), v, v, "fraction", "share", approx,
                                m.group("frac"), text[m.start():m.end()]))
            continue
        if m.group("between"):
            lo, hi = parse_number(m.group("b1")), parse_number(m.group("b2"))
            num_start = m.start("between")
        else:
            lo = parse_number(m.group("r1"))
            hi = parse_number(m.group("r2")) if m.group("r2") else lo
            num_start = m.start("r1")
        if lo is None or hi is None:
            continue
        u = _UNIT_AFTER.match(text, m.end())
        if not u:
            whole = _OF_THE_WHOLE.match(text, m.end())
            wu = _UNIT_AFTER.match(text, whole.end()) if whole is not None else None
            if wu is not None and wu.group("area") and not m.group("r2") and not m.group("between") \
                    and (m.group("r1") or "")[:1].isdigit() and (parse_number(whole.group("whole")) or 0) > hi:
                # "Ukraine now holds around 800 of the 1,376 square kilometres it took": the part, in the whole's
                # unit (the whole, what it once held, is no figure of its own)
                lo, hi = _convert(lo, "area", wu.group("area")), _convert(hi, "area", wu.group("area"))
                out.append(Quantity(m.start(), wu.end(), num_start, lo, hi, "km2", "area", approx, wu.group("area"),
                                    text[m.start():wu.end()]))
                pos = wu.end()
            continue
        if u.group("area"):
            kind, unit, ut = "area", "km2", u.group("area")
        elif u.group("pct"):
            kind, unit, ut = "share", "fraction", u.group("pct").strip()
        elif u.group("dist") and u.group("dist").lower().startswith(("kilomet", "km")) \
                and _LAND_AFTER.match(text, _after_conversion(text, u.end())):
            # "about 2,000 kilometers of our territory have been freed", "100km (62 miles) of Ukrainian territory":
            # land is measured in area, the "square" left out
            kind, unit, ut = "area", "km2", u.group("dist")
        elif u.group("dist") and u.group("dist").lower().startswith(("mile", "kilomet", "km")) \
                and _NET_GAIN_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
                and _SQUARE_UNIT.search(text, max(0, m.start() - 240), m.start()):
            # "Ukraine recaptured 143 square miles, while Russia took 331 square miles, resulting in a net gain of 188
            # miles for Russia": the area the sentence counts in, its "square" left out
            kind, unit, ut = "area", "km2", u.group("dist")
        elif u.group("dist") and u.group("dist") == "m" and _MONEY_BEFORE.search(text, max(0, m.start() - 6), num_start):
            continue    # "$500m", "EUR 300m": millions of money, not metres
        elif u.group("dist"):
            kind, unit, ut = "distance", "km", u.group("dist")
        else:
            kind, unit, ut = "settlement", "count", u.group("sett")
        if kind == "share":
            lo, hi = lo / 100.0, hi / 100.0
        else:
            lo, hi = _convert(lo, kind, ut), _convert(hi, kind, ut)
        if kind == "settlement" and not m.group("r2") and re.fullmatch(r"\d{1,3}\.\d{3}", m.group("r1") or ""):
            # "liberated 1.017 settlements": a count has no fraction; the point is a thousands separator
            lo = hi = float(m.group("r1").replace(".", ""))
        if kind == "settlement" and (lo != int(lo) or lo > 100000 or _FRONT_AREAS.fullmatch(ut)
                                     or (ut.lower().endswith("areas") and _OF_FRONT.match(text, u.end()))
                                     # ("cleared two areas in Dmitrov": parts of one town, named right after)
                                     or ut.lower() == "areas" and _in_one_town(text, u.end())
                                     # ("had taken over four areas of Ukraine": a country's areas are its regions)
                                     or ut.lower() == "areas" and _OF_COUNTRY.match(text, u.end())
                                     # ("The four areas are controlled by Russia": regions named before, called back)
                                     or ut.lower() == "areas" and re.search(r"\b(?:the|these|those)\s+$",
                                                                            text[max(0, m.start() - 8):m.start()], re.I)
                                     # (not "in the 28 areas liberated by the army": its own participle counts them)
                                     and not re.match(r"\s+(?:liberated|captured|retaken|recaptured|freed|seized|"
                                                      r"occupied|taken)\b", text[u.end():], re.I)):
            continue
        if kind == "settlement" and ut.lower().startswith("other ") and not m.group("approx") \
                and (named := _NAMED_AND_BEFORE.search(text, max(0, m.start() - 120), m.start())) is not None:
            # "Ukraine controlled the village of Belogorovka and two other settlements": the places named before
            # "and N other" are counted in (three settlements)
            extra = named.group("names").count(",") + named.group("names").count(" and ") + 1
            lo, hi = lo + extra, hi + extra
        if hi < lo:
            lo, hi = hi, lo
        end = u.end()
        if kind == "distance" and not m.group("r2") and not m.group("between") \
                and (not _FROM_BEFORE.search(text, max(0, m.start() - 6), m.start())
                     or _ADVANCED_FROM.search(text, max(0, m.start() - 80), m.start())) \
                and ((sep := _UNIT_RANGE_SEP.match(text, end)) is not None
                     or _BETWEEN_BEFORE.search(text, max(0, m.start() - 10), m.start())
                     and (sep := _AND_SEP.match(text, end)) is not None):
            # "at a distance of 250 meters to 1.5 kilometers", "advanced between 500 meters and 1.5 kilometers": a
            # range whose ends carry units of their own (not "from 2 km to 5 km", a change)
            nxt = next(iter(find_quantities(text[sep.end():sep.end() + 40])), None)
            if nxt is not None and nxt.start == 0 and nxt.kind == "distance" and nxt.low == nxt.high and nxt.low > hi:
                hi, end = nxt.low, sep.end() + nxt.end
        if kind == "share" and not m.group("r2") and not m.group("between") \
                and not _CHANGE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and (sep := _UNIT_RANGE_SEP.match(text, end)) is not None:
            # "“from 55% to 60%” of the region's territory": a range whose ends carry the sign each (not "rose from
            # 55% to 60%", a change)
            nxt = next(iter(find_quantities(text[sep.end():sep.end() + 40])), None)
            if nxt is not None and nxt.start == 0 and nxt.kind == "share" and nxt.low == nxt.high and nxt.low > hi \
                    and _OF_AFTER_SHARE.match(text, sep.end() + nxt.end):
                hi, end = nxt.low, sep.end() + nxt.end
        out.append(Quantity(m.start(), end, num_start, round(lo, 6), round(hi, 6), unit, kind,
                            approx, ut, text[m.start():end]))
        if end != u.end():
            pos = end
            continue
        # elliptic second figure sharing the unit: "11 settlements, down from more than 40"
        e = _ELLIPSIS.match(text, u.end())
        if e and not _UNIT_AFTER.match(text, e.end()):
            v = parse_number(e.group("n"))
            if v is not None and kind != "share":
                v = _convert(v, kind, ut)
                out.append(Quantity(e.start("body"), e.end(), e.start("n"), round(v, 6), round(v, 6), unit, kind,
                                    bool(e.group("approx")), ut, text[e.start("body"):e.end()]))
                pos = e.end()
    return out + _counts_of_them(text, out)


# "have invaded more than 3,600 settlements but ... have taken back more than 1,000 of them": a part of a count of
# settlements told before in its sentence counts settlements too
_OF_THEM = re.compile(r"\b(?P<approx>(?:more\s+than|over|about|around|nearly|almost|some|at\s+least)\s+)?"
                      r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+them\b", re.IGNORECASE)


def _counts_of_them(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for m in _OF_THEM.finditer(text):
        before = [q for q in found if q.kind == "settlement" and q.end <= m.start() and m.start() - q.end <= 160
                  and not re.search(r"[.;!?]", text[q.end:m.start()])]
        n = parse_number(m.group("n"))
        if before and n is not None and 0 < n < before[-1].low:
            out.append(Quantity(m.start(), m.end(), m.start("n"), n, n, "count", "settlement", bool(m.group("approx")),
                                before[-1].unit_text, m.group(0)))
    return out

"""Area claims, stage 1: the figures of a sentence and the clause around each.

A sentence is read only when it holds a number and a unit word (``_PREFILTER_*``); ``numbers.find_quantities``
finds its figures, and parenthetical conversions ("1,150 sq km (444 sq miles)") are dropped
(``_is_conversion``). A figure's clause: subordinate and relative clauses that do not hold it are blanked
(``_mask``), hard boundaries (quotes, dashes, semicolons) bound it (``_boundary_before/_after``). Also here: the
shapes that make a figure a width ("a 40-kilometre front"), a restatement of the previous figure ("up from 60%",
"That is an area of ..."), a total broken down by oblast right after it ("five settlements — four in Donetsk and
one in Zaporizhzhia —", ``_BREAKDOWN``: the region and time stages read it), and the historical cues that mark a
past holding (``_historical_figures``).
"""
from __future__ import annotations

import re

from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.text import split_sentences

# both read the sentence lower-cased (case-insensitive scans cost three times as much; these run on every sentence)
_PREFILTER_NUM = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|half|thirds?|quarters?|fifths?)\b",
)
_PREFILTER_UNIT = re.compile(
    r"km|kilomet|met(?:re|er)s|\dm\b|yards|mile|hectare|\bha\b|settlement|village|localit|towns|hamlet|areas|communities|%|per\s*cent|percent|"
    # "89 inhabited points", "populated points": the Russian "населённые пункты" translated word for word
    r"(?:populated|inhabited)\s+points|population\s+cent|"
    r"half|third|quarter|fifth|sixth|tenth",
)
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25cf\u00b7])\s")
_SCARE_FIGURE = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{1,60})[\"\u201d]")


# a verb in scare quotes: 'over 300 settlements have been "liberated"', the source's word held at a distance
# (a participle only: a quoted noun, 'a "buffer zone"', keeps its marks, which end a figure's clause)
_SCARE_WORD = re.compile(r"(?<![\w\"\u201c\u2018'])[\"\u201c\u2018']([a-z][a-z-]{2,}ed)[\"\u201d\u2019'](?![\w\"\u201d])")


def _unquote_figures(sent: str) -> str:
    """Blank the marks of a short scare-quoted figure ('penetrated "up to 30 kilometers" in places') or word
    ('have been "liberated"') so that the cue before it, or the cue itself, is found; offsets are unchanged."""
    def repl(m: re.Match) -> str:
        inner = m.group(1)
        if len(inner.split()) <= 6 and re.search(r"\d|\b(?:half|third|quarter|fifth)\b", inner):
            return " " + inner + " "
        return m.group(0)
    out = _QUOTE_OPENS_FIGURE.sub(" ", _SCARE_WORD.sub(lambda m: " " + m.group(1) + " ", _SCARE_FIGURE.sub(repl, sent)))
    return _SCARE_CONTROL.sub(lambda m: " " + m.group(1) + m.group(2) + " ", out)


# a holding in quotation marks: 'were “under enemy control.”', the source's words (the marks blanked, the words kept)
_SCARE_CONTROL = re.compile(r"[\"\u201c]((?:under|in)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:control|hands|occupation))([.,]?)[\"\u201d]",
                            re.IGNORECASE)


# 'had captured "12 settlements in the Kharkiv region over the last week ..."': a quotation that opens on the figure
# right after its verb (the verb, outside it, is the cue)
_QUOTE_OPENS_FIGURE = re.compile(r"(?<=[a-z] )[\"\u201c](?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)",
                                 re.IGNORECASE)


def _sentences(text: str) -> list[tuple[int, int]]:
    """The one sentence splitter the extractors share (pipelines/extraction/text.py)."""
    return [(s.start, s.end) for s in split_sentences(text)]


# the names a count sets off right after it: ", A and B,", " - A, B, and C -", ": A, B and C" (area_metric.py and
# area_region.py read them: the names are the count's own, between it and its verb, and they place it)
_NAME_RUN = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
NAMES_SET_OFF = re.compile(r"\s*(?:[,:\u2013\u2014]|\s-)\s*(?:" + _NAME_RUN + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+))+" + _NAME_RUN
                           + r"(?=\s*(?:[,.;:\u2013\u2014]|\s-|$))")
# (", adding that in 10 settlements fighting goes on": a participle's clause says something of its own)
_HARD_BOUNDARY = re.compile(r"[;:—–]|\s-\s|[\"“”„]|,\s+(?:adding|saying|noting|stressing)\s+that\b")
_SUBORDINATE = re.compile(
    # (", a heavy industry hub where the war began in 2014": an apposition's relative clause too)
    r",\s*(?:(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?(?:which|where|who|whom|whose)\b[^,;]*|(?:first\s+|then\s+|even\s+)?(?:as|while|whereas|although|though)\b[^;]*)",
    re.IGNORECASE,
)
_CONCESSIVE = re.compile(r",\s*(?:even\s+)?(?:although|though|whereas)\b", re.IGNORECASE)
# (", with only less than 60 sq km being still controlled by the Ukrainian army": an absolute clause of its own)
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas|leaving|with)\b|;", re.IGNORECASE)


# a parenthesis set off by a pair of dashes: "about 80% of the Donbas - a coal-and-steel zone comprising the Donetsk
# and Luhansk regions - and over 70% of ...": the figures on either side share one clause
# (an en dash between two words is a range, "February\u2013March", "1\u20133 km": no parenthesis)
_PAREN_DASH = r"(?:\s-\s|\s?\u2014\s?|\s\u2013\s?|\u2013\s)"
_DASH_PAIR = re.compile(_PAREN_DASH + r"[^\u2014\u2013;:\"\u201c\u201d]{1,150}?" + _PAREN_DASH)


def _mask(s: str, keep: int) -> str:
    """Blank subordinate/relative clauses of ``s``, and parentheses between dashes, that do not contain position
    ``keep``."""
    out = s
    for m in _SUBORDINATE.finditer(s):
        if m.start() <= keep < m.end():
            if _CONCESSIVE.match(s, m.start()):
                # "Ukraine has won back land, even though some 20 percent of the country remains occupied": a
                # concession holds its own verb; the main clause before it is not the figure's
                out = " " * m.start() + out[m.start():]
            continue
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    for m in (_DASH_PAIR.finditer(s) if " - " in s or "\u2014" in s or "\u2013" in s else ()):
        if m.start() <= keep < m.end() or " - " in m.group(0)[3:-3]:
            continue
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def _boundary_before(s: str, pos: int, floor: int) -> int:
    last = floor
    for m in _HARD_BOUNDARY.finditer(s, floor, pos):
        last = m.end()
    return last


def _boundary_after(s: str, pos: int) -> int:
    m = _HARD_BOUNDARY.search(s, pos)
    return m.start() if m else len(s)


# white space, and the "\u00ac\u2020" a page makes of a no-break space it mangled ("500 square kilometres\u00ac\u2020(193 ...)")
SPACE = r"[\s\u00ac\u2020]*"


def _is_conversion(s: str, q: Quantity, prev: Quantity | None) -> bool:
    if prev is None:
        return False
    gap = s[prev.end:q.start]
    if prev.kind != q.kind:
        return False
    # ("seven kilometers (a bit over four miles)": a hedge before the converted figure)
    # ("advancing 1-3km (0.6 and 1.8 miles)": a range's first number in the brackets, its unit after the second)
    if re.fullmatch(SPACE + r"[(\[]\s*(?:or\s+|about\s+|roughly\s+|some\s+|nearly\s+|just\s+|slightly\s+|"
                    r"a\s+(?:bit|little)\s+|between\s+)?(?:\d+(?:[.,]\d+)?\s*(?:and|to|-|\u2013)\s*)?", gap, re.I):
        return True
    if re.fullmatch(r"\s+of\s+(?:[\w'\u2019-]+\s+){0,2}?(?:territory|land|ground)" + SPACE + r"\(\s*(?:or\s+|about\s+|roughly\s+|"
                    r"some\s+|nearly\s+)?", gap, re.I) and q.unit_text.lower() != prev.unit_text.lower():
        # "260 square kilometres of territory (100 square miles)": the conversion after the land's noun
        return True
    # "182 square kilometers, around 70 square miles": the same area in the other unit, after a comma
    return bool(re.fullmatch(r"\s*,\s*(?:or\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+)?", gap, re.I)) \
        and q.unit_text.lower() != prev.unit_text.lower() and abs(q.low - prev.low) <= 0.1 * prev.low


# ("a pocket 10 km across", not "70 sq km across Ukraine": "across" with a place after it is where)
_WIDTH_AFTER = re.compile(r"[\s-]*(?:wide|long|away|across(?=\s*(?:[,.;:)\u2014\u2013]|and\b|$))|in\s+(?:width|length|diameter)|"
                          r"-long|-wide)\b", re.IGNORECASE)
_FRONT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:wide\s+)?(?:front|front\s*line|frontline|stretch|section|sector|strip|corridor)\b",
                          re.IGNORECASE)
_BREAKDOWN_PART = re.compile(
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+them\s+)?in\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:region|oblast|People's\s+Republic))?)", re.IGNORECASE)
_BREAKDOWN = re.compile(
    r"\s*(?:[\u2014\u2013(]|\s-\s|--|,\s+(?:including|of\s+which)\s+)\s*(?P<parts>(?:(?:\d+|[a-z]+)\s+(?:of\s+them\s+)?in\s+"
    r"(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:region|oblast))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)?){2,6})")
_RESTATE = re.compile(
    r"\s*(?:That|This|It)(?:\s+is|\s+was|['\u2019]s|\s+amounts\s+to|\s+equals|\s+represents)\s+"
    r"(?:an\s+area\s+of|equivalent\s+to|the\s+equivalent\s+of)\s+")
# "Today we control over 1,300 sq km in the Kursk region. This includes, in particular, more than a hundred
# settlements": the places within the holding (or the gain) the sentence before told
INCLUDES_COUNT = re.compile(r"\s*(?:That|This|It|The\s+(?:area|territory))\s+(?:also\s+)?"
                            r"(?:includes|included|comprises|covers|contains)"
                            r"(?:\s*,?\s*(?:in\s+particular|among\s+others)\s*,?)?\s+")
_FIGURE_UPDATE = re.compile(r"\s*(?:but\s+|and\s+|yet\s+|now\s+)?(?:that|this|the)\s+(?:figure|area|number|total)\b",
                            re.IGNORECASE)
# the approximators a figure may carry right after its lead-in ("rose to nearly 125,000 sq km")
APPROX_BEFORE = r"(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?"
# a figure's lead-in that says it is a measure changed ("... had increased to", "... doubled to")
CHANGED_TO = (r"\b(?:increased|rose|risen|grown|grew|climbed|jumped|doubled|tripled|halved|fallen|fell|dropped|decreased|"
              r"shrunk|shrank)\s+to\s+" + APPROX_BEFORE + "$")
_CHANGED_TO = re.compile(CHANGED_TO, re.IGNORECASE)
_COMPARE_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+$", re.IGNORECASE)
# ("113,588 square kilometres of Ukrainian territory — roughly a fifth of the country": the land's own noun first;
# "..., equivalent to 18% of ...")
_APPOSITION = re.compile(r"\s*(?:of\s+(?:[\w'\u2019-]+\s+){0,2}?(?:territory|land)\s*)?(?:\([^()]{1,40}\)\s*)?"
                         r"(?:[—–]|--|,|\(|-(?=\s))\s*(?:or\s+|i\.e\.\s+|that\s+is\s+|just\s+|only\s+|equivalent\s+to\s+|"
                         r"equal\s+to\s+|the\s+equivalent\s+of\s+)?", re.IGNORECASE)
_SCOPE_CLAUSE = re.compile(r"[,;:—–(]|\b(?:but|while|whereas|although|and\s+now)\b", re.IGNORECASE)


def _historical_figures(sent: str, kept: list[Quantity]) -> set[int]:
    """Indexes (in `kept`) of the figures a historical cue qualifies: "at one point the enemy occupied more than
    1,260 sq km", "held 1,300 sq km at its peak", "before the withdrawal". A cue belongs to the nearer of the
    figures around it, within its clause first (the next one on a tie): "now 400 sq km, down from a peak of
    1,300" and "held 1,300 sq km at their peak, but only 400 today" mark the 1,300 only."""
    marked: set[int] = set()
    for m in _lex().historical.finditer(sent):
        inside = [i for i, q in enumerate(kept) if q.start < m.end() and m.start() < q.end]  # "at most 1,300"
        if inside:
            marked.update(inside)
            continue
        before = [i for i, q in enumerate(kept) if q.end <= m.start()]
        after = [i for i, q in enumerate(kept) if q.start >= m.end()]
        if not before and not after:
            continue
        if not before or not after:
            marked.add(after[0] if after else before[-1])
            continue
        # the figure in the cue's own clause; else the nearer one
        cut_after = bool(_SCOPE_CLAUSE.search(sent, m.end(), kept[after[0]].start))
        cut_before = bool(_SCOPE_CLAUSE.search(sent, kept[before[-1]].end, m.start()))
        if cut_after != cut_before:
            marked.add(before[-1] if cut_after else after[0])
        elif kept[after[0]].start - m.end() <= m.start() - kept[before[-1]].end:
            marked.add(after[0])
        else:
            marked.add(before[-1])
    return marked

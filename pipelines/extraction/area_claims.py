"""Area-control claims: "who claimed what, and when" for territory figures.

    extract_area_claims(article, statements) -> list[AreaClaim]

Pipeline per sentence (only sentences holding a number/fraction and a unit cue are read):
1. ``numbers.find_quantities`` finds figures with a unit (km2, km, settlements, shares).
2. Parenthetical conversions ("1,150 sq km (444 sq miles)"), widths/lengths and sentences in a
   non-control context (mines, grey zone, farmland, power capacity ...) are dropped.
3. The metric comes from the unit plus the nearest cue verb before the figure (or a passive cue
   after it: "had been liberated", "were under Ukrainian control"), see lexicons/area_cues.json.
   km figures need an advance cue ("advanced", "pushed", "to a depth of"), else they are distances.
4. The controller is the side of the cue's subject (nearest side word before the cue, skipping
   prepositional objects and possessive pronouns); "we/our" -> the claimant's side, "the enemy"
   -> the other side, passives use "by X" / "under X control" / the claimant's side.
5. Region: a gazetteer mention attached to the figure, else the nearest one earlier in the
   sentence, else the region of the previous claim / earlier context, else the title, else Ukraine.
   Two different oblasts for one figure -> Ukraine; "N% each of A and B" -> one claim per region.
   Monthly / year-to-date gains with no region take context only from their own paragraph, else Ukraine.
   "X sq km and N villages in Kursk region": coordinated figures share the trailing region.
   "up from 60%" / "compared with 2,050 sq km" repeat the previous figure's metric, controller and
   region; "That is an area of N sq km" restates the previous sentence's holding in km2.
6. as_of / period_days from ``dates.find_time_expressions`` bound to the figure, else the
   claimant's speech date elsewhere in the article, else published_at.
7. Claimant = the speaker of the statement whose span (or sentence) holds the figure.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from pipelines.extraction.adjunct_subject import adjunct_subject_side
from pipelines.extraction.dates import TimeExpr, find_time_expressions
from pipelines.extraction.figure_guards import not_territory
from pipelines.extraction.numbers import Quantity, find_quantities, parse_number
from pipelines.extraction.records import AreaClaim, ArticleText, Statement
from pipelines.extraction.regions import country_of, find_regions, region_area_km2
from pipelines.extraction.text import looks_english, split_sentences

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
MAX_SENTENCE_CHARS = 4000     # longer "sentences" are read in bounded windows around figures
CUE_WINDOW = 200
ADVANCE_WINDOW = 70



# ----------------------------------------------------------------------------- lexicons

@dataclass
class _Lex:
    cue: re.Pattern
    advance: re.Pattern
    side: re.Pattern
    negative: re.Pattern
    cover_subject: re.Pattern
    share_territory: re.Pattern
    share_nonterritory: re.Pattern
    historical: re.Pattern


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = json.loads((LEXICON_DIR / "area_cues.json").read_text(encoding="utf-8"))
    cue = re.compile(
        r"\b(?:"
        + "|".join(f"(?P<{k}>{_alt(d[k])})" for k in ("take_control", "lose", "control", "occupy", "gain", "cover"))
        + r")\b",
        re.IGNORECASE,
    )
    side = re.compile(
        r"\b(?:"
        + "|".join(f"(?P<{k}>{_alt(d[k])})" for k in ("possessive_pronoun", "side_ukraine", "side_russia", "enemy", "first_person"))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    return _Lex(
        cue=cue,
        advance=re.compile(r"\b" + _alt(d["advance"]) + r"\b", re.IGNORECASE),
        side=side,
        negative=re.compile(r"\b" + _alt(d["negative_context"]), re.IGNORECASE),
        cover_subject=re.compile(r"\b" + _alt(d["cover_subject"]) + r"\b", re.IGNORECASE),
        share_territory=re.compile(r"\b" + _alt(d["share_territory"]) + r"\b", re.IGNORECASE),
        share_nonterritory=re.compile(r"\b" + _alt(d["share_nonterritory"]) + r"\b", re.IGNORECASE),
        historical=re.compile(r"\b" + _alt(d["historical"]) + r"\b", re.IGNORECASE),
    )


_PREFILTER_NUM = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|half|thirds?|quarters?|fifths?)\b",
    re.IGNORECASE,
)
_PREFILTER_UNIT = re.compile(
    r"km|kilomet|met(?:re|er)s|mile|hectare|\bha\b|settlement|village|localit|towns|hamlet|areas|communities|%|per\s*cent|percent|"
    r"half|third|quarter|fifth|sixth|tenth",
    re.IGNORECASE,
)
_HARD_BOUNDARY = re.compile(r"[;:—–]|\s-\s|[\"“”„]")
_SUBORDINATE = re.compile(
    # (", a heavy industry hub where the war began in 2014": an apposition's relative clause too)
    r",\s*(?:(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?(?:which|where|who|whom|whose)\b[^,;]*|(?:first\s+|then\s+|even\s+)?(?:as|while|whereas|although|though)\b[^;]*)",
    re.IGNORECASE,
)
_WIDTH_AFTER = re.compile(r"[\s-]*(?:wide|long|away|across|in\s+(?:width|length|diameter)|-long|-wide)\b", re.IGNORECASE)
_WEAK_UKRAINE = re.compile(
    r"\b(?:the\s+(?:whole\s+|entire\s+)?country(?!['’]s)|our\s+(?:land|territory|country|soil)|Ukrainian\s+(?:territory|territories|land|lands|soil))\b",
    re.IGNORECASE,
)
_PREP_BEFORE = re.compile(
    r"(?:\b(?:of|in|into|from|across|against|with|to|on|near|at|inside|over|by|for|toward|towards|throughout|through|along|within|beyond|behind|around)\s+(?:the\s+)?(?:eastern\s+|western\s+|southern\s+|northern\s+)?)$",
    re.IGNORECASE,
)
_FORCES_OF = re.compile(r"\b(?:forces|army|troops|units|military|armed\s+forces|soldiers)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(
    r"\b(?:has|have|had|was|were|is|are|being)\s+(?:already\s+|now\s+|also\s+|reportedly\s+|allegedly\s+|since\s+)?(?:been\s+)?",
    re.IGNORECASE,
)
_UNDER_CONTROL = re.compile(
    r"\bunder\s+(?:(?:the\s+)?(?P<who>[\w'’]+)\s+)?(?:(?:full|complete|effective|sovereign|total|firm|operational)\s+)?(?P<what>control|occupation)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[\w'’-]+))?",
    re.IGNORECASE,
)


def _controller_word(m: re.Match) -> str | None:
    """Who holds the ground in "under Russian control", "under the control of the occupiers", "under occupation"."""
    who = m.group("who")
    if m.group("of"):
        return m.group("of")
    if who and who.lower() not in ("the", "a", "an"):
        return who
    # "is under occupation" names no occupier: in this war's reporting that is the Russian side
    return "occupiers" if m.group("what").lower() == "occupation" else None
_BY_AGENT = re.compile(r"\s*(?:by|of)\s+(?:the\s+)?", re.IGNORECASE)
_COMPARE_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+$", re.IGNORECASE)
_BREAKDOWN_PART = re.compile(
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+them\s+)?in\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:region|oblast|People's\s+Republic))?)", re.IGNORECASE)
_BREAKDOWN = re.compile(
    r"\s*(?:[\u2014\u2013(]|\s-\s|--|,\s+(?:including|of\s+which)\s+)\s*(?P<parts>(?:(?:\d+|[a-z]+)\s+(?:of\s+them\s+)?in\s+"
    r"(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:region|oblast))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)?){2,6})")
_FIGURE_UPDATE = re.compile(r"\s*(?:but\s+|and\s+|yet\s+|now\s+)?(?:that|this|the)\s+(?:figure|area|number|total)\b",
                            re.IGNORECASE)
_CHANGED_TO = re.compile(r"\b(?:increased|rose|risen|grown|grew|climbed|fallen|fell|dropped|decreased|shrunk|shrank)\s+to\s+"
                         r"(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?$",
                         re.IGNORECASE)
_FRONT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:wide\s+)?(?:front|front\s*line|frontline|stretch|section|sector|strip|corridor)\b",
                          re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:claimed|taken|captured|seized|gained|lost|on\s+average)\s+)?"
    r"(?:(?:a|per|each|every)\s+(?P<unit>day|week)\b|daily\b)", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised)\s+(?:the|its|their|Ukraine's|Russia's)\s+"
    r"(?:total|tally|overall\s+total)\b[^.;]*\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE)
_TIME_CLAUSE_END = re.compile(
    r"[\"\u201d]|\s[\u2014\u2013]\s|\s--\s|,\s+(?:referring|adding|saying|according|which|who|where|that|as)\b",
    re.IGNORECASE)
# "since Ukraine launched its counteroffensive in June": the month dates the event the period starts from
_EVENT_SINCE = re.compile(r"\bsince\s+(?!the\s+(?:start|beginning))[^,.;]{3,70}$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:regions?|oblasts?|provinces?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?",
                       re.IGNORECASE)
_PARTICIPLE_LEAD = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:territory|land)\s+)?(?=[a-z])")
_FIGURE_LIST_ITEM = re.compile(
    r"(?:,\s*|\s+and\s+)(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*\d[\d,.]*\s+"
    r"(?:[a-z]+\s+){0,3}?[a-z]+(?=\s*,|\s+and\b|\s+(?:were|was|had|have|has)\b)", re.IGNORECASE)
_SHARE_LIST_ITEM = re.compile(
    r"(?:,\s*|\s+and\s+)(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*\d[\d,.]*\s*(?:%|per\s*cent|percent)"
    r"\s+of\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'\u2019-]*\s*)+(?:(?:[Rr]egion|[Oo]blast|[Pp]rovince)s?\b)?")
_ZONE_STOP = re.compile(r"\s(?:since|after|before|when|because|until)\s+(?:it|they|he|she|we)\b", re.IGNORECASE)
_ELLIPTIC_NEXT = re.compile(r"\s(?:as\s+well\s+as|and|plus)\s+(?:another\s+)?(?P<n>one|two|three|four|five|\d+)\s+(?:in|on)\b",
                            re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_OPERATION_START = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|launch|outset)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operation|offensive|incursion|counteroffensive|counter-offensive|invasion|assault|campaign|push)\b"
    # "As of today, we have taken control of 1,294 sq km": the holding so far, not one day's gain
    r"|\bas\s+of\s+(?:today|now|this\s+(?:morning|evening))\b|\bto\s+date\b",
    re.IGNORECASE,
)
_RECAPTURE = re.compile(r"(?:re|liberat|freed|free|won\s+back|win\s+back|winning\s+back|de-?occup)", re.IGNORECASE)
_RUNNING_TOTAL = {"area_gained": "area_controlled", "settlements_gained": "settlements_controlled"}
_TOTAL_CLAUSE = re.compile(r"\s(?:bringing|raising|taking|pushing)\s+(?:the|its|their|our)\s+(?:\w+\s+)?(?:total|tally|number)\b",
                           re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25cf\u00b7])\s")
_REMAIN_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:remain|remains|remaining|are\s+left|is\s+left)\b(?!\s+(?:under|in)\b)",
                           re.IGNORECASE)
_ZONE_COMMA = re.compile(r",(?!\d{3}\b)")
_CHANGE_AS_SHARE = re.compile(
    r"\b(?:gains?|advances?|losses|territorial\s+changes?|(?:lands?|territor(?:y|ies)|area)\s+(?:occupied|captured|seized|"
    r"taken|gained))\b[^.;:]{0,90}?\b(?:were|was|are|is|amount(?:ed|s|ing)?\s+to|"
    r"(?:was\s+|were\s+)?limited\s+to|equal(?:led|ling|s)?(?:\s+to)?|total(?:led|ling|s)?|represent(?:ed|s|ing)?|"
    r"account(?:ed|s)?\s+for|came\s+to|made\s+up)\s+(?:only\s+|just\s+|roughly\s+|about\s+|around\s+|some\s+|"
    r"less\s+than\s+|an\s+estimated\s+|barely\s+)*$", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"\b(?:initially|at\s+first|at\s+the\s+start)\b[^,.;]{0,30}$", re.IGNORECASE)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|a\s+further|further|more|new)\s+"
                              r"(?:\w+\s+)?$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
_THEY_SUBJECT = re.compile(r"\bthey\s+(?:have\s+|had\s+|now\s+|also\s+|already\s+)*$", re.IGNORECASE)
_SCARE_FIGURE = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{1,60})[\"\u201d]")


def _unquote_figures(sent: str) -> str:
    """Blank the marks of a short scare-quoted figure ('penetrated "up to 30 kilometers" in places')
    so that the cue before it is found; offsets are unchanged."""
    def repl(m: re.Match) -> str:
        inner = m.group(1)
        if len(inner.split()) <= 6 and re.search(r"\d|\b(?:half|third|quarter|fifth)\b", inner):
            return " " + inner + " "
        return m.group(0)
    return _SCARE_FIGURE.sub(repl, sent)


# ----------------------------------------------------------------------------- sentences

def _sentences(text: str) -> list[tuple[int, int]]:
    """The one sentence splitter the extractors share (pipelines/extraction/text.py)."""
    return [(s.start, s.end) for s in split_sentences(text)]


# ----------------------------------------------------------------------------- helpers

def _mask(s: str, keep: int) -> str:
    """Blank subordinate/relative clauses of ``s`` that do not contain position ``keep``."""
    out = s
    for m in _SUBORDINATE.finditer(s):
        if m.start() <= keep < m.end():
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


def _other(side: str | None) -> str | None:
    return {"Ukraine": "Russia", "Russia": "Ukraine"}.get(side or "")


def _norm_side(side: str | None) -> str | None:
    return side if side in ("Ukraine", "Russia") else None


def _side_of_match(m: re.Match, claimant_side: str | None) -> str | None:
    if m.group("side_ukraine"):
        return "Ukraine"
    if m.group("side_russia"):
        return "Russia"
    if m.group("enemy"):
        return _other(claimant_side) or "Russia"
    if m.group("first_person"):
        return claimant_side
    return None


_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|that)\s+(?:now\s+|already\s+|still\s+|currently\s+|reportedly\s+)*$",
                             re.IGNORECASE)


def _relative_antecedent_side(s: str, lo: int, cue_start: int, claimant_side: str | None) -> str | None:
    """"The advance of Moscow's forces, which control a fifth": the subject is the noun before "which",
    even inside a prepositional phrase."""
    m = _RELATIVE_BEFORE.search(s, lo, cue_start)
    if not m:
        return None
    hits = list(_lex().side.finditer(s, max(lo, m.start() - 40), m.start()))
    for h in reversed(hits):
        side = None if h.group("possessive_pronoun") else _side_of_match(h, claimant_side)
        if side:
            return side
    return None


def _scan_subject(s: str, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """Nearest side word before ``hi`` (within [lo, hi)), skipping prepositional objects."""
    lex = _lex()
    hits = list(lex.side.finditer(s, lo, hi))
    for m in reversed(hits):
        if m.group("possessive_pronoun"):
            continue
        if m.group("enemy") and re.search(r"['’]s$", m.group(0)):
            continue
        pre = s[max(0, m.start() - 40):m.start()]
        if (m.group("side_ukraine") or m.group("side_russia")) and _PREP_BEFORE.search(pre) and not _FORCES_OF.search(pre):
            continue
        side = _side_of_match(m, claimant_side)
        if side:
            return side
    return None


def _side_right_after(s: str, pos: int, claimant_side: str | None) -> str | None:
    d = re.compile(r"\s*(?:the\s+)?").match(s, pos)
    m = _lex().side.match(s, d.end() if d else pos)
    if m and not m.group("possessive_pronoun"):
        return _side_of_match(m, claimant_side)
    return None


@dataclass
class _Cue:
    kind: str         # gain | control | lose | occupy | take_control | cover | advance
    start: int
    end: int
    passive: bool = False
    agent: str | None = None   # side named by the cue itself ("in the hands of the occupiers")


def _find_cue(s: str, q: Quantity, lo: int, hi: int, claimant_side: str | None) -> _Cue | None:
    lex = _lex()
    last = None
    for m in lex.cue.finditer(s, max(lo, q.start - CUE_WINDOW), q.start):
        last = m
    if last is not None and _CLAUSE_END.search(s, last.end(), q.start):
        # "we took 40 sq km, and today 74 settlements are under our control": the verb of the
        # earlier clause does not govern a figure that has a control phrase of its own
        passive = _passive_cue(s, q, hi, claimant_side)
        if passive is not None:
            return passive
    if last is not None:
        kind = last.lastgroup or "gain"
        cue = _Cue(kind, last.start(), last.end())
        txt = last.group(0).lower()
        if "hands of" in txt:
            cue.agent = _side_right_after(s, last.end(), claimant_side)
        elif kind in ("control", "occupy", "gain") and _BY_AGENT.match(s, last.end()) and re.match(r"^\s*by\b", s[last.end():], re.I):
            cue.agent = _side_right_after(s, _BY_AGENT.match(s, last.end()).end(), claimant_side)
        return cue
    return _passive_cue(s, q, hi, claimant_side)


def _passive_cue(s: str, q: Quantity, hi: int, claimant_side: str | None) -> _Cue | None:
    """A cue after the figure: "<figure> had been liberated", "... were under Ukrainian control"."""
    lex = _lex()
    tail_end = min(hi, q.end + 120)
    tail = s[q.end:tail_end]
    m = _UNDER_CONTROL.search(tail)
    aux = _PASSIVE_AUX.search(tail)
    cand = None
    cm = lex.cue.match(s, q.end + aux.end()) if aux else None
    if cm is None:
        # "4,000 square kilometres liberated from the invaders": a participle right after the figure
        lead = _PARTICIPLE_LEAD.match(s, q.end)
        pm = lex.cue.match(s, lead.end()) if lead else None
        # (only when someone says it: a headline's bare "181 sq km liberated" has no side to give)
        if pm and re.search(r"(?:ed|en)$", pm.group(0), re.I) and (
                claimant_side or re.match(r"\s+by\b", s[pm.end():], re.I)):
            cm = pm
    if cm:
        cand = (cm.lastgroup or "gain", cm.start(), cm.end(), None)
        um = _UNDER_CONTROL.match(s, cm.end() + 1) or _UNDER_CONTROL.match(s, cm.end())
        if um:
            cand = (cand[0], cand[1], um.end(), _controller_word(um))
    elif m and (not aux or m.start() <= aux.end() + 12):
        cand = ("control", q.end + m.start(), q.end + m.end(), _controller_word(m))
    if cand is None:
        return None
    gap = s[q.end:cand[1]]
    gap = re.sub(r"\band\s+(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*[\d,.\s]+\s*(?:sq|square|km|kilomet|hectare)\w*(?:\s+\w+)?", " ", gap, flags=re.I)
    # "3,800 sq km, more than 300 settlements and about 150,000 people were liberated": one verb for a list
    gap = _FIGURE_LIST_ITEM.sub(" ", gap)
    # "74% of Zaporizhzhia and 76% of Kherson region are under Russian control": one predicate for both shares
    gap = _SHARE_LIST_ITEM.sub(" ", gap)
    if len(gap) > 100 or re.search(r"\b(?:that|and|but|which|while)\b|[,;:]", gap, re.I):
        return None
    cue = _Cue(cand[0], cand[1], cand[2], passive=True)
    if "hands of" in s[cand[1]:cand[2]].lower():
        cue.agent = _side_right_after(s, cand[2], claimant_side)
    elif cand[3]:
        w = cand[3].lower()
        if w in ("our", "we"):
            cue.agent = claimant_side
        elif w in ("their", "its", "his"):
            cue.agent = None
        else:
            sm = _lex().side.fullmatch(cand[3])
            cue.agent = _side_of_match(sm, claimant_side) if sm and not sm.group("possessive_pronoun") else None
    return cue


def _share_is_a_change(state, times, q, next_start, masked, cue, earlier) -> bool:
    """"Captured 259 sq km last month, just 0.04% of Ukraine", "occupied 14% of all occupied territories in
    September": a period's gain written as a share is not a share held (the conventions)."""
    if any(c.metric in _CHANGE_METRICS for c, _ in earlier):
        return True
    if _CHANGE_AS_SHARE.search(masked, max(0, q.start - 140), q.start):
        return True     # "the month's gains were 0.2% of Ukraine", "advances ... limited to 0.3 percent of"
    if cue.kind not in ("gain", "take_control", "occupy"):
        return False
    bound = _pick_time(times, q, next_start, masked,
                       lambda t: t.kind in ("interval", "duration") or bool(t.kind == "point" and t.days and not t.speech))
    if bound is None:
        return False
    # "occupy" is a holding ("now occupies 18%, including the parts seized in 2014") unless the past tense
    # is bounded by a period after the figure ("occupied 14% of ... in September")
    # ... but "has occupied a fifth of Ukraine since it took Crimea in 2014" dates the start of a holding
    return cue.kind != "occupy" or (masked[cue.start:cue.end].lower().endswith("ied") and bound.start > q.end
                                    and not re.search(r"\bsince\b", masked[q.end:bound.start], re.I))


def _has_period(exprs: list[TimeExpr]) -> bool:
    return any(t.kind in ("interval", "since", "duration", "same") or (t.kind == "point" and t.days) for t in exprs)


def _is_conversion(s: str, q: Quantity, prev: Quantity | None) -> bool:
    if prev is None:
        return False
    gap = s[prev.end:q.start]
    return bool(re.fullmatch(r"\s*\(\s*(?:or\s+|about\s+|roughly\s+|some\s+|nearly\s+)?", gap, re.I)) and prev.kind == q.kind


def _share_ok(s: str, q: Quantity, cue: _Cue | None, regions_after: bool) -> bool:
    lex = _lex()
    after = s[q.end:q.end + 80]
    m = re.match(r"^\s*(?:each\s+)?of\s+", after, re.I)
    if m:
        rest = after[m.end():]
        words = re.split(r"\s+", rest.strip())[:6]
        chunk = " ".join(words)
        # "of the population" is not territory, "of the Donetsk People's Republic" is (names are capitalised)
        bad = next((b for b in lex.share_nonterritory.finditer(chunk) if not b.group(0)[0].isupper()), None)
        good = lex.share_territory.search(chunk)
        if regions_after or re.match(r"^(?:the\s+)?(?:Ukraine|Russia)\b", rest.strip(), re.I):
            good = good or re.search(r".", chunk)
        if bad and (not good or bad.start() < good.start()):
            return False
        return bool(good)
    # no "of ...": only right after a control/gain verb ("held about 27 per cent")
    return bool(cue and not cue.passive and q.start - cue.end <= 30 and cue.kind in ("control", "occupy", "gain", "take_control"))


_METRIC = {
    ("area", "gain"): "area_gained", ("area", "take_control"): "area_gained", ("area", "control"): "area_controlled",
    ("area", "cover"): "area_controlled", ("area", "lose"): "area_lost",
    ("settlement", "gain"): "settlements_gained", ("settlement", "take_control"): "settlements_gained",
    ("settlement", "control"): "settlements_controlled", ("settlement", "lose"): "settlements_lost",
}


# ----------------------------------------------------------------------------- article state

@dataclass
class _State:
    published: date
    text: str
    statements: list[Statement]
    sentences: list[tuple[int, int]]
    title: str | None
    sentence_region: dict = field(default_factory=dict)   # sentence index -> region of its last claim
    last_period: float | None = None
    last_controller: str | None = None
    prev_sentence_periods: dict = field(default_factory=dict)   # claimant -> period of the previous sentence's claims
    prev_sentence_claims: list = field(default_factory=list)    # claims of the previous sentence (for "That is ...")
    region_cache: dict = field(default_factory=dict)
    time_cache: dict = field(default_factory=dict)
    speaker_dates: dict | None = None
    list_intro: AreaClaim | None = None      # the holding that introduces a bulleted list ("..., including:")

    def regions_in(self, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        if span not in self.region_cache:
            s, e = span
            seg = self.text[s:e][:MAX_SENTENCE_CHARS]
            self.region_cache[span] = [(a + s, b + s, r) for a, b, r in find_regions(seg)] + [
                (m.start() + s, m.end() + s, "Ukraine~") for m in _WEAK_UKRAINE.finditer(seg)
            ]
        return self.region_cache[span]

    def times_in(self, span: tuple[int, int]) -> list[TimeExpr]:
        if span not in self.time_cache:
            s, e = span
            self.time_cache[span] = find_time_expressions(self.text[s:e][:MAX_SENTENCE_CHARS], self.published)
        return self.time_cache[span]


def _statement_for(pos: int, statements: list[Statement]) -> Statement | None:
    best, width = None, None
    for st in statements:
        if st.char_start <= pos < st.char_end:
            w = st.char_end - st.char_start
            if width is None or w < width:
                best, width = st, w
    if best is not None:
        return best
    for st in statements:
        if st.sentence_end > st.sentence_start and st.sentence_start <= pos < st.sentence_end:
            w = st.sentence_end - st.sentence_start
            if width is None or w < width:
                best, width = st, w
    return best


def _speaker_dates(state: _State) -> dict[str, list[tuple[int, date]]]:
    if state.speaker_dates is not None:
        return state.speaker_dates
    out: dict[str, list[tuple[int, date]]] = {}
    for st in state.statements:
        span = (st.sentence_start, st.sentence_end) if st.sentence_end > st.sentence_start else next(
            ((a, b) for a, b in state.sentences if a <= st.char_start < b), None)
        if not span:
            continue
        for t in state.times_in(span):
            if t.kind == "point" and t.days is None and (t.speech or t.start < 3):
                out.setdefault(st.speaker, []).append((span[0] + t.start, t.date))
    state.speaker_dates = out
    return out


# ----------------------------------------------------------------------------- region

def _pick_zone_region(mentions: list[tuple[int, int, str]]) -> tuple[str | None, list[str]]:
    strong = [r for _, _, r in mentions if r not in ("Ukraine", "Ukraine~", "Russia")]
    distinct = list(dict.fromkeys(strong))
    if len(distinct) == 1:
        return distinct[0], distinct
    if len(distinct) > 1:
        return "Ukraine", distinct
    if any(r in ("Ukraine", "Ukraine~") for _, _, r in mentions):
        return "Ukraine", []
    return None, []


def _elliptic_item(masked: str, mentions: list[tuple[int, int, str]], m: re.Match,
                   next_start: int) -> tuple[float, str] | None:
    """(value, region) of an elliptic list item "... as well as one in Sumy region"."""
    n = m.group("n").lower()
    value = float(_NUMBER_WORDS.get(n) or n)
    end = min(next_start, _boundary_after(masked, m.end()), m.end() + 70)
    stop = re.search(r"[,;]|\s(?:and|but|while|as\s+well\s+as)\s", masked[m.end():end])
    if stop is not None:
        end = m.end() + stop.start()
    region, _distinct = _pick_zone_region([x for x in mentions if m.end() <= x[0] < end and masked[x[0]] != " "])
    return (value, region) if region not in (None, "Ukraine", "Russia") else None


def _breakdown(sent: str, q: Quantity) -> list[tuple[float, str]]:
    """The parts of a total broken down by oblast right after it: "five settlements — four in Donetsk and
    one in Zaporizhzhia —" -> [(4, Donetsk Oblast), (1, Zaporizhzhia Oblast)]."""
    m = _BREAKDOWN.match(sent, q.end)
    if m is None:
        return []
    parts = []
    for pm in _BREAKDOWN_PART.finditer(m.group("parts")):
        value = parse_number(pm.group("n"))
        found = find_regions(pm.group("place"))
        if value is None or not found:
            return []
        parts.append((value, found[0][2]))
    return parts if len(parts) >= 2 else []


def _region_list_after(s: str, mentions: list[tuple[int, int, str]], zone: list, zone_end: int) -> list:
    """Extend a figure's zone over a list of regions: "75% of Donetsk, Zaporizhzhia and Kherson regions"."""
    if not zone:
        return zone
    out = list(zone)
    last_end = zone[-1][1]
    for m in mentions:
        if m[0] < last_end or m in out:
            continue
        if not _LIST_GAP.fullmatch(s[last_end:m[0]]):
            break
        out.append(m)
        last_end = m[1]
    return out


def _headline_speaker(sent: str, s0: int, q_start: int) -> Statement | None:
    """'Zelensky Says Ukraine Retook 6,000 Sq Km': a headline is no statement (the conventions), but the
    known actor whose frame opens it is the claimant of its figure."""
    m = _HEADLINE_FRAME.match(sent)
    if m is None or m.end() > q_start:
        # "We retook 6,000 sq km, says Zelensky": the frame closes the headline
        m = _HEADLINE_TRAILER.search(sent)
        if m is None or m.start() < q_start:
            return None
    from pipelines.extraction.actors import default_resolver
    try:
        actor = default_resolver().resolve(m.group("who"))
    except Exception:
        actor = None
    if actor is None:
        return None
    q0, q1 = (m.end(), len(sent)) if m.re is _HEADLINE_FRAME else (0, m.start())
    return Statement(speaker=actor.canonical_name, speaker_raw=m.group("who"), statement_type="indirect",
                     quote_text=sent[q0:q1], char_start=s0 + q0, char_end=s0 + q1,
                     actor_id=actor.actor_id, speaker_side=actor.side)


_HEADLINE_FRAME = re.compile(
    r"\s*(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}?)\s+(?:Says|Claims|Announces|Reports|says|claims|"
    r"announces|reports)\b[:,]?\s+")


_HEADLINE_TRAILER = re.compile(
    r"[,:]\s+(?:says|claims|reports|Says|Claims|Reports)\s+(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})\s*$")


def _short_period_before(state: _State, sent_idx: int) -> bool:
    """Does the previous sentence of the paragraph set a period of a week or less ("Over the past day, our
    troops advanced ... We've taken control of 40 sq km")? Then the figure is that period's gain."""
    if sent_idx == 0:
        return False
    a, b = state.sentences[sent_idx - 1]
    if "\n" in state.text[b:state.sentences[sent_idx][0]]:
        return False
    return any(t.kind in ("interval", "duration") and t.days is not None and t.days <= 7 and not t.speech
               for t in state.times_in((a, b)))


_THIS_AREA = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:this|that|the|these|those)\s+(?:area|region|territory|"
                        r"regions|territories|provinces)\b", re.IGNORECASE)


def _listed_oblasts_before(state: _State, sent_idx: int) -> list[str]:
    """The oblasts the previous sentence lists together ("the provinces of Donetsk and Luhansk"), when it lists
    two or more: the antecedent of "this area"."""
    if sent_idx == 0:
        return []
    ms = [r for _, _, r in state.regions_in(state.sentences[sent_idx - 1]) if r not in ("Ukraine", "Ukraine~", "Russia", "Kyiv")]
    distinct = list(dict.fromkeys(ms))
    return distinct if len(distinct) >= 2 else []


def _context_region(state: _State, sent_idx: int, same_paragraph: bool = False) -> str | None:
    floor = state.text.rfind("\n", 0, state.sentences[sent_idx][0]) if same_paragraph else -1
    for i in range(sent_idx - 1, -1, -1):
        if same_paragraph and state.sentences[i][1] <= floor:
            return None
        if i in state.sentence_region:
            return state.sentence_region[i]
        ms = state.regions_in(state.sentences[i])
        for _, _, r in reversed(ms):
            # the capital is where statements are made ("Speaking in Kyiv on Saturday, ..."), not where
            # the front-line figures of the next sentences are
            if r not in ("Ukraine", "Ukraine~", "Russia", "Kyiv"):
                return r
        for a, _, r in ms:
            if r == "Ukraine~" or (r == "Ukraine" and _PREP_BEFORE.search(state.text[max(0, a - 40):a])):
                return "Ukraine"
    if state.title:
        for _, _, r in reversed(find_regions(state.title)):
            if r not in ("Ukraine", "Russia"):
                return r
    return None


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


# ----------------------------------------------------------------------------- main

def extract_area_claims(article: ArticleText, statements: list[Statement] | None = None) -> list[AreaClaim]:
    text = article.text or ""
    if not text.strip() or not looks_english(text):
        return []
    pub = article.published_at
    published = pub.date() if isinstance(pub, datetime) else (pub if isinstance(pub, date) else date.today())
    state = _State(published=published, text=text, statements=list(statements or []), sentences=_sentences(text),
                   title=article.title)
    claims: list[tuple[AreaClaim, bool]] = []   # (claim, as_of explicitly stated)
    for idx, span in enumerate(state.sentences):
        s0, s1 = span
        if s1 - s0 > MAX_SENTENCE_CHARS:
            s1 = s0 + MAX_SENTENCE_CHARS
        sent = text[s0:s1]
        if not _BULLET.match(sent):
            state.list_intro = None
        if not (_PREFILTER_NUM.search(sent) and _PREFILTER_UNIT.search(sent)):
            state.prev_sentence_periods = {}
            state.prev_sentence_claims = []
            continue
        new = _sentence_claims(state, idx, (s0, s1), sent)
        if sent.rstrip().endswith(":") and new and new[-1][0].metric in ("territory_share", "area_controlled"):
            # "Russia controls 19.2% of Ukrainian territory, including:" introduces a list of holdings
            state.list_intro = new[-1][0]
        state.prev_sentence_claims = [c for c, _ in new]
        periods = {}
        for c, _ in new:
            if c.metric in ("area_gained", "area_lost", "settlements_gained", "settlements_lost") and c.period_days:
                periods[c.claimant] = c.period_days
        state.prev_sentence_periods = periods
        claims.extend(new)
    return _dedupe(claims)


def _sentence_claims(state: _State, idx: int, span: tuple[int, int], sent: str) -> list[tuple[AreaClaim, bool]]:
    lex = _lex()
    s0 = span[0]
    if lex.negative.search(sent):
        return []
    quantities = find_quantities(sent)
    if not quantities:
        return []
    kept: list[Quantity] = []
    prev = None
    for q in quantities:
        if _is_conversion(sent, q, prev):
            prev = q
            continue
        prev = q
        kept.append(q)
    times = state.times_in(span)
    mentions = [(a - s0, b - s0, r) for a, b, r in state.regions_in(span)]
    out: list[tuple[AreaClaim, bool]] = []
    sent_q = _unquote_figures(sent)
    prev_claim: tuple[Quantity, AreaClaim] | None = None
    restate = _RESTATE.match(sent)
    historical = _historical_figures(sent, kept)

    def scope(i: int) -> str:
        return "historical" if i in historical else "current"

    for i, q in enumerate(kept):
        # "Russia holds 18% of Ukraine. That is an area of about 109,000 sq km": the same holding in km2
        if restate and i == 0 and q.kind == "area" and q.start <= restate.end() + 2 and state.prev_sentence_claims:
            pc = state.prev_sentence_claims[-1]
            if pc.metric in ("territory_share", "area_controlled", "area_gained", "area_lost"):
                st = _statement_for(s0 + q.num_start, state.statements)
                metric = "area_controlled" if pc.metric == "territory_share" else pc.metric
                out.append((_replace(pc, metric=metric, value_low=q.low, value_high=q.high, unit=q.unit,
                                     approximate=q.approximate, evidence=sent.strip(), char_start=s0,
                                     char_end=s0 + len(sent), claimant=st.speaker if st else pc.claimant,
                                     claimant_actor_id=st.actor_id if st else pc.claimant_actor_id,
                                     claimant_side=st.speaker_side if st else pc.claimant_side), False))
                continue
        # "..., up from roughly 60% at the start of the year" / "compared with 2,050 sq km in October":
        # a second figure that repeats the previous one's metric, controller and region
        # "But that figure ... had increased to nearly 125,000 sq km": the previous sentence's figure, updated
        if prev_claim is None and i == 0 and _FIGURE_UPDATE.match(sent) and _CHANGED_TO.search(sent, 0, q.start) \
                and state.prev_sentence_claims and state.prev_sentence_claims[-1].unit == q.unit:
            pc = state.prev_sentence_claims[-1]
            st = _statement_for(s0 + q.num_start, state.statements)
            out.append((_replace(pc, value_low=q.low, value_high=q.high, approximate=q.approximate,
                                 as_of=state.published, temporal_scope=scope(i), evidence=sent.strip(), char_start=s0,
                                 char_end=s0 + len(sent), claimant=st.speaker if st else pc.claimant,
                                 claimant_actor_id=st.actor_id if st else pc.claimant_actor_id,
                                 claimant_side=st.speaker_side if st else pc.claimant_side), False))
            continue
        if prev_claim is not None and _COMPARE_BEFORE.search(sent, max(0, q.start - 30), q.start) \
                and prev_claim[0].kind == q.kind:
            pc = prev_claim[1]
            next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
            st = _statement_for(s0 + q.num_start, state.statements)
            as_of, explicit, period = _resolve_time(state, times, q, next_start, pc.metric, st, _mask(sent_q, q.num_start))
            out.append((_replace(pc, value_low=q.low, value_high=q.high, approximate=q.approximate, as_of=as_of,
                                 period_days=period, temporal_scope=scope(i)), explicit))
            continue
        # "controls about 116,000 sq km — about 19% of the country": the same holding restated as a
        # share (or the share restated as an area); after a gain it is the change as a share: not a claim
        if prev_claim is not None and prev_claim[0].kind != q.kind and {prev_claim[0].kind, q.kind} == {"area", "share"} \
                and _APPOSITION.fullmatch(sent, prev_claim[0].end, q.start):
            pc = prev_claim[1]
            if pc.metric in ("area_controlled", "territory_share"):
                out.append((_replace(pc, metric="territory_share" if q.kind == "share" else "area_controlled",
                                     value_low=q.low, value_high=q.high, unit=q.unit, approximate=q.approximate),
                            False))
            continue
        if q.kind in ("distance", "area") and _WIDTH_AFTER.match(sent, q.end):
            continue
        if q.kind == "distance" and "-" in sent[q.num_start:q.end] and _FRONT_AFTER.match(sent, q.end):
            continue   # "a 40-kilometre front": a width
        if re.search(r"\bwithin\s*$", sent[max(0, q.start - 10):q.start], re.I):
            continue
        masked = _mask(sent_q, q.num_start)
        lo = _boundary_before(masked, q.start, 0)
        hi = _boundary_after(masked, q.end)
        next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
        st = _statement_for(s0 + q.num_start, state.statements) or _headline_speaker(sent, s0, q.start)
        claimant_side = _norm_side(st.speaker_side) if st else None

        # ---- metric
        cue = None
        if q.kind == "distance":
            win = masked[max(lo, q.start - ADVANCE_WINDOW):q.start]
            am = None
            for am in lex.advance.finditer(win):
                pass
            if am is None:
                continue
            metric = "advance_depth"
            cue = _Cue("advance", max(lo, q.start - ADVANCE_WINDOW) + am.start(), max(lo, q.start - ADVANCE_WINDOW) + am.end())
        else:
            cue = _find_cue(masked, q, lo, hi, claimant_side)
            if cue is None and q.kind == "share" and state.list_intro is not None and _BULLET.match(sent) \
                    and re.match(r"\s*of\b", sent[q.end:]):
                # "- More than 80% of Donetsk" under "Russia controls ..., including:": the intro's holding
                cue = _Cue("control", q.start, q.start, agent=state.list_intro.controller)
            if cue is None:
                continue
            if cue.kind == "cover" and not lex.cover_subject.search(masked[max(lo, cue.start - 80):cue.start]):
                continue
            if q.kind == "share":
                zone_has_region = any(q.end <= a < min(next_start, q.end + 60) for a, _, _ in mentions)
                if not _share_ok(masked, q, cue, zone_has_region):
                    continue
                if cue.kind == "lose":
                    continue
                if _share_is_a_change(state, times, q, next_start, masked, cue, out):
                    continue
                metric = "territory_share"
            else:
                kind = cue.kind
                if kind == "occupy":
                    bound = _pick_time(times, q, next_start, masked,
                                       lambda t: t.kind in ("interval", "since", "duration", "same")
                                       or bool(t.kind == "point" and t.days and not t.speech))
                    kind = "gain" if bound else "control"
                metric = _METRIC.get((q.kind, kind))
                if metric is None:
                    continue

        reason = not_territory(masked, q, lo, cue.start if cue is not None and not cue.passive else None)
        if reason:
            continue

        # ---- controller
        controller = cue.agent
        if controller is None and not cue.passive:
            controller = _relative_antecedent_side(masked, lo, cue.start, claimant_side)
        if controller is None and not cue.passive:
            controller = adjunct_subject_side(masked, lo, cue.start, masked[cue.start:cue.end], lex.side,
                                              _side_of_match, claimant_side)
        if controller is None and not cue.passive:
            controller = _scan_subject(masked, lo, cue.start, claimant_side)
            if controller is None:  # "the area held by Ukraine", "Russian advances of"
                controller = _scan_subject(masked, cue.end, q.start, claimant_side) if re.match(r"^\s*by\b", masked[cue.end:], re.I) else None
        if controller is None and not cue.passive and st is not None and st.statement_type == "direct" and claimant_side \
                and _THEY_SUBJECT.search(masked, max(lo, cue.start - 25), cue.start):
            controller = _other(claimant_side)     # an official's "they took 430 sq km": the enemy
        if controller is None and cue.passive:
            controller = claimant_side or _scan_subject(masked, lo, q.start, claimant_side)
        if controller is None:
            controller = claimant_side or state.last_controller or _scan_subject(masked, lo, len(masked), None) or "Russia"
        if _ALL_BUT.search(masked, max(0, q.start - 12), q.start) and q.kind in ("settlement", "area"):
            # "X hold(s) / took all but four settlements": the four are what the other side holds;
            # "X were driven from / lost all but three": the three are what X still holds
            if cue is None or cue.kind != "lose":
                controller = _other(controller) or controller
            metric = "settlements_controlled" if q.kind == "settlement" else "area_controlled"

        if q.kind in ("area", "settlement") and _REMAIN_AFTER.match(sent, q.end):
            # "liberated 99.7% of the region (less than 60 sq km remain)": what remains is the other side's
            metric = "area_controlled" if q.kind == "area" else "settlements_controlled"
            controller = _other(controller) or controller
        # ---- region(s)
        zone_end = min(next_start, _boundary_after(masked, q.end), q.end + 90)
        line_end = masked.find("\n", q.end, zone_end)
        if line_end >= 0:
            zone_end = line_end    # a headline or list line ends the figure's zone
        total = _TOTAL_CLAUSE.search(masked, q.end, zone_end)
        if total is not None:
            zone_end = total.start()   # "... bringing the total recaptured since Ukraine launched ...": another figure's clause
        # a clause comma ends the zone; a thousands separator ("(1,900 square miles) of Donetsk") does not
        comma_m = _ZONE_COMMA.search(masked, q.end, zone_end)
        if comma_m is not None:
            zone_end = comma_m.start()
        sub = _SUBORDINATE.search(masked, q.end, zone_end)
        if sub:
            zone_end = sub.start()
        elliptic = _ELLIPTIC_NEXT.search(masked, q.end, zone_end)
        ellipsis = elliptic or _ZONE_STOP.search(masked, q.end, zone_end)
        if ellipsis:
            # "two settlements in Donetsk region as well as one in Sumy region", "a fifth of Ukraine since
            # it took Crimea": the next figure's region, or a clause about something else
            zone_end = ellipsis.start()
        zone = [m for m in mentions if q.end <= m[0] < zone_end and masked[m[0]] != " "
                and not _AGENT_BEFORE.search(masked, max(0, m[0] - 12), m[0])]
        if not zone and i + 1 < len(kept) and re.fullmatch(r"\s*(?:,\s*)?and\s+", sent[q.end:kept[i + 1].start]):
            nq = kept[i + 1]
            n_end = min(_boundary_after(masked, nq.end), nq.end + 90)
            n_comma = masked.find(",", nq.end, n_end)
            zone = [m for m in mentions if nq.end <= m[0] < (n_comma if n_comma >= 0 else n_end) and masked[m[0]] != " "]
        if not zone and cue is not None and cue.passive and cue.start > q.end:
            # "3,800 sq km, more than 300 settlements ... were liberated in Kharkiv region": after the verb
            c_end = min(_boundary_after(masked, cue.end), cue.end + 60)
            zone = [m for m in mentions if cue.end <= m[0] < c_end and masked[m[0]] != " "]
        if q.kind == "share":
            zone = _region_list_after(masked, mentions, zone, zone_end)
        regions: list[str] = []
        region, distinct = _pick_zone_region(zone)
        if region is None and _WHOLE_FRONT.search(masked, lo, hi):
            region = "Ukraine"
        if region == "Ukraine" and len(distinct) > 1 and (q.kind == "share" or re.match(r"^\s*each\b", sent[q.end:], re.I)):
            regions = distinct   # a share of each of several oblasts: one claim per oblast
        elif region:
            regions = [region]
        else:
            before = [m for m in mentions if lo <= m[0] < q.start and masked[m[0]] != " " and m[2] != "Russia"
                      and (m[2] not in ("Ukraine",) or _PREP_BEFORE.search(sent[max(0, m[0] - 40):m[0]]))]
            strong_before = [m for m in before if m[2] not in ("Ukraine", "Ukraine~")]
            if strong_before:
                regions = [strong_before[-1][2]]
            elif before:
                regions = ["Ukraine"]
            elif metric in ("area_gained", "area_lost", "settlements_gained", "settlements_lost") and any(
                    (t.kind == "interval" and t.days and t.days >= 28 or t.kind == "since" and t.year_start)
                    and lo <= t.start for t in times):
                # a monthly / yearly total with no region named: the whole front, unless the same
                # paragraph has just named one ("... in Donetsk region. In January they took 430 sq km")
                regions = [_context_region(state, idx, same_paragraph=True) or "Ukraine"]
            else:
                ctx = _context_region(state, idx)
                regions = [ctx or "Ukraine"]
                if q.kind == "share" and _THIS_AREA.match(masked, q.end):
                    # "about 80% of this area" after "the provinces of Donetsk and Luhansk": a share of each
                    regions = _listed_oblasts_before(state, idx) or regions

        # ---- time
        as_of, explicit, period = _resolve_time(state, times, q, next_start, metric, st, masked)
        if metric in _RUNNING_TOTAL and _OPERATION_START.search(masked, lo, hi) \
                and not _RECAPTURE.match(masked[cue.start:cue.end]):
            # "since the start of the incursion, we have taken 1,263 sq km": the holding so far; the other
            # side's "regained 600 sq km" since then stays a gain (the conventions' running totals)
            metric, period = _RUNNING_TOTAL[metric], None
        if _TOTAL_BEFORE.search(masked, max(0, q.start - 120), q.start) and not _EVENT_SINCE.search(
                masked, max(0, q.start - 120), q.start):
            period = None   # "..., bringing the total to 17 sq mi": a running total, no period of its own
        rate = _RATE_AFTER.match(masked, q.end)
        if rate and metric in _PERIOD_METRICS:
            period = 7.0 if (rate.group("unit") or "").lower() == "week" else 1.0   # "about 20 sq km a day"

        if metric in _RUNNING_TOTAL and controller == "Ukraine" and len(regions) == 1 \
                and country_of(regions[0]) == "Russia" and not _RECAPTURE.match(masked[cue.start:cue.end]) \
                and (period is not None and period >= 28 or _INITIAL_BEFORE.search(masked, max(0, q.start - 40), q.start)) \
                and not _short_period_before(state, idx) \
                and not _INCREMENT_BEFORE.search(masked, max(0, q.start - 25), q.start):
            # Ukraine held no ground in a Russian oblast before its incursion: what it seized there in the
            # first month ("seized 1,300 sq km of the Kursk region in August", "initially seizing ...") is what
            # it holds (the conventions' running totals); a day's "took 40 sq km" stays a gain
            metric, period = _RUNNING_TOTAL[metric], None
        if q.kind == "area" and len(regions) == 1 and regions[0] not in ("Ukraine", "Russia"):
            size = region_area_km2(regions[0])
            if size and q.high > size * 1.05 and country_of(regions[0]) == "Ukraine":
                # "separatists controlled 43,000 sq km": more than the oblast named nearby holds
                regions = ["Ukraine"]
        ev = sent.strip()
        parts = _breakdown(sent, q) if q.kind in ("settlement", "area") else []
        if len({r for _, r in parts}) >= 2:
            regions = ["Ukraine"]      # "five settlements — four in Donetsk and one in Zaporizhzhia —"
        for region in regions:
            claim = AreaClaim(
                controller=controller, region=region, metric=metric, value_low=q.low, value_high=q.high,
                unit=q.unit, approximate=q.approximate, as_of=as_of, evidence=ev,
                char_start=span[0], char_end=span[0] + len(sent), period_days=period,
                claimant=st.speaker if st else None, claimant_actor_id=st.actor_id if st else None,
                claimant_side=st.speaker_side if st else None, temporal_scope=scope(i),
            )
            out.append((claim, explicit))
        for value, region in parts:
            out.append((_replace(out[-1][0], region=region, value_low=value, value_high=value, approximate=False),
                        explicit))
        if elliptic is not None and len(regions) == 1 and not parts:
            extra = _elliptic_item(masked, mentions, elliptic, next_start)
            if extra is not None and extra[1] != regions[0]:
                # "two settlements in Donetsk region as well as one in Sumy region": the second item
                # repeats the figure's noun, metric, side and time for its own region
                out.append((_replace(out[-1][0], region=extra[1], value_low=extra[0], value_high=extra[0],
                                     approximate=False), explicit))
        state.sentence_region[idx] = regions[-1] if len(regions) == 1 else "Ukraine"
        state.last_controller = controller
        if len(regions) == 1:
            prev_claim = (q, out[-1][0])
    return out


def _pick_time(times: list[TimeExpr], q: Quantity, next_start: int, masked: str, kinds) -> TimeExpr | None:
    """The time expression bound to figure ``q``: first one after it (before the next figure), else nearest before."""
    times = [t for t in times if t.start < len(masked) and masked[t.start] != " "]
    clause = _CLAUSE_END.search(masked, q.end)
    if clause is not None:
        next_start = min(next_start, clause.start())
    # a time after the figure binds to it only inside its clause: not after the quote closes, a dash,
    # or a new clause ("..., referring to regions annexed in 2022"; "— the slowest pace since May")
    bm = _BREAKDOWN.match(masked, q.end)      # a parenthetical breakdown does not end the clause
    later = _TIME_CLAUSE_END.search(masked, bm.end() + 3 if bm else q.end)
    if later is not None:
        next_start = min(next_start, later.start())
    after = [t for t in times if q.end <= t.start < next_start and kinds(t)]
    if after:
        return after[0]
    before = [t for t in times if t.end <= q.start + 1 and kinds(t)]
    return before[-1] if before else None


_RESTATE = re.compile(
    r"\s*(?:That|This|It)(?:\s+is|\s+was|['\u2019]s|\s+amounts\s+to|\s+equals|\s+represents)\s+"
    r"(?:an\s+area\s+of|equivalent\s+to|the\s+equivalent\s+of)\s+")
_PEAK_BEFORE = re.compile(r"\b(?:peak|height|high\s+point|at\s+one\s+point|at\s+the\s+time|end)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas|leaving)\b|;", re.IGNORECASE)
# "the territory captured by Ukraine": an agent, not the region the figure is about
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# "across the entire front": the figure is for the whole war, whatever oblast the paragraph is about
_WHOLE_FRONT = re.compile(
    r"\b(?:across|along|on)\s+the\s+(?:entire|whole)\s+(?:front|front\s*line|frontline)\b|\ball\s+along\s+the\s+front",
    re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|--|,|\()\s*(?:or\s+|i\.e\.\s+|that\s+is\s+|just\s+|only\s+)?",
                         re.IGNORECASE)
_CHANGE_METRICS = {"area_gained", "area_lost", "settlements_gained", "settlements_lost"}
_PERIOD_METRICS = {"area_gained", "area_lost", "settlements_gained", "settlements_lost", "advance_depth"}


def _resolve_time(state: _State, times: list[TimeExpr], q: Quantity, next_start: int, metric: str,
                  st: Statement | None, masked: str) -> tuple[date, bool, float | None]:
    wants_period = metric in _PERIOD_METRICS

    def pick(kinds) -> TimeExpr | None:
        return _pick_time(times, q, next_start, masked, kinds)

    period = None
    as_of = None
    explicit = False
    if wants_period:
        pt = pick(lambda t: t.kind in ("interval", "since", "duration", "same") or (t.kind == "point" and t.days
                                                                                        and not t.speech))
        event_since = pt is not None and pt.kind in ("interval", "point") and _EVENT_SINCE.search(
            masked, max(0, pt.start - 80), pt.start) is not None
        if event_since:
            # "since the counteroffensive began on June 4": the date anchors the period; "since Ukraine
            # launched its counteroffensive in June" names only a month: no period
            if pt.kind == "point" and not pt.days and pt.date is not None and pt.date <= state.published:
                period = float((state.published - pt.date).days)
            pt = None
        elif pt is not None:
            if pt.kind == "interval" or (pt.kind == "point" and pt.days):
                as_of, explicit, period = pt.date, True, pt.days
            elif pt.kind == "duration":
                period = pt.days
            elif pt.kind == "same":
                period = state.last_period
            # "since" resolved once as_of is known
        if period is None and pt is None and st is not None and st.speaker in state.prev_sentence_periods:
            period = state.prev_sentence_periods[st.speaker]
    else:
        pt = None
    if as_of is None:
        point = pick(lambda t: t.kind == "point" and not t.days)
        if point is not None:
            as_of, explicit = point.date, True
    if as_of is None and not wants_period:
        # a holding dated by a past month after it in its clause: "controlled 93% of its land in June",
        # "after controlling 51.5% in mid-December" (not "now controls ..., annexed in 2014")
        later = pick(lambda t: t.kind == "interval" and t.date is not None and t.date < state.published
                     and t.start >= q.end)
        if later is not None and not re.search(r"\b(?:since|currently|now|still|today|as\s+of)\b",
                                               masked[max(0, q.start - 40):later.start], re.I) \
                and not re.search(r"\b\w+(?:ed|en)\s+(?:(?:in|during)\s+)?$", masked[max(0, later.start - 30):later.start]):
            as_of, explicit = later.date, True
    if as_of is None and not wants_period:
        # a holding at a stated past time: "at the peak in March 2022" -> the month's last day
        spans = [t for t in times if t.kind == "interval" and t.date is not None and t.date < state.published
                 and t.end <= q.start and t.start < len(masked) and masked[t.start] != " "]
        if spans and _PEAK_BEFORE.search(masked[max(0, spans[-1].start - 45):spans[-1].start]) \
                and not re.search(r"\b(?:since|currently|now|still|today)\b",
                                  masked[max(0, spans[-1].start - 40):q.start], re.I):
            as_of, explicit = spans[-1].date, True
        elif spans and spans[-1].end <= q.start and not re.search(
                r"\b(?:since|currently|now|still|today|as\s+of)\b", masked[max(0, spans[-1].start - 40):q.start], re.I) \
                and not _CLAUSE_END.search(masked, spans[-1].end, q.start) \
                and not re.search(r"\b\w+(?:ed|en)\s+(?:(?:in|during)\s+)?$", masked[max(0, spans[-1].start - 30):spans[-1].start]):
            # ("the peninsula annexed in 2014": the year dates the annexation, not the figure)
            # "in 2014, separatists controlled 43,000 sq km": a holding dated by its year or month
            as_of, explicit = spans[-1].date, True
    if as_of is None and st is not None:
        # the day the speaker was said to speak, told up to the sentence after this statement's ("... ,
        # Zelensky announced. He said this in his address on Sunday."); a date told later in the article is
        # usually an earlier report ("As reported earlier, on Sept 13 she said ...")
        end = max(st.sentence_end, st.char_end)
        nxt = next((b for a, b in state.sentences if a >= end), None)
        end = nxt if nxt is not None else end
        dates = [pd for pd in (_speaker_dates(state).get(st.speaker) or []) if pd[0] < end]
        if dates:
            as_of = min(dates, key=lambda pd: abs(pd[0] - st.char_start))[1]
    if as_of is None:
        as_of = state.published
    if wants_period and pt is not None and pt.kind == "since":
        anchor = date(as_of.year, 1, 1) if pt.year_start else pt.date
        if anchor is not None and anchor <= as_of:
            period = float((as_of - anchor).days)
    if period is not None:
        state.last_period = period
    if not wants_period:
        period = None
    return as_of, explicit, period


def _dedupe(claims: list[tuple[AreaClaim, bool]]) -> list[AreaClaim]:
    out: list[AreaClaim] = []
    explicit_of: list[bool] = []
    for c, explicit in claims:
        key = (c.claimant, c.metric, c.region, c.controller, round(c.value_low, 4), round(c.value_high, 4))
        dup = None
        for j, o in enumerate(out):
            if (o.claimant, o.metric, o.region, o.controller, round(o.value_low, 4), round(o.value_high, 4)) == key:
                if o.as_of == c.as_of or not (explicit and explicit_of[j]):
                    dup = j
                    break
        if dup is None:
            out.append(c)
            explicit_of.append(explicit)
            continue
        o = out[dup]
        upd = {}
        if o.period_days is None and c.period_days is not None:
            upd["period_days"] = c.period_days
        if not explicit_of[dup] and explicit:
            upd["as_of"] = c.as_of
            explicit_of[dup] = True
        if upd:
            out[dup] = _replace(o, **upd)
    # a figure stated in the article's own voice (a headline, a lede) and attributed elsewhere in the
    # article is one claim, the attributed one's
    attributed = {(c.metric, c.region, c.controller, round(c.value_low, 4), round(c.value_high, 4))
                  for c in out if c.claimant}
    return [c for c in out if c.claimant or
            (c.metric, c.region, c.controller, round(c.value_low, 4), round(c.value_high, 4)) not in attributed]


def _replace(c: AreaClaim, **kw) -> AreaClaim:
    from dataclasses import replace

    return replace(c, **kw)

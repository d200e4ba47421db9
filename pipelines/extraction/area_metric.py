"""Area claims, stage 3: the cue that says what a figure measures, and so its metric (``read_metric``).

The nearest cue verb of the lexicon before the figure (``_find_cue``), or a passive cue after it: "had been
liberated", "were under Ukrainian control" (``_passive_cue``), which may name the side itself ("in the hands
of the occupiers", "by Ukrainian forces"). The metric comes from the figure's unit and the cue's kind
(``_METRIC``); km figures need an advance word, else they are distances. A share must be a share of territory
(``_share_ok``), and a period's gain written as a share is not a share held (``_share_is_a_change``).
"""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass

from pipelines.extraction.area_article import _State
from pipelines.extraction.area_figures import _CLAUSE_END, APPROX_BEFORE, NAMES_SET_OFF
from pipelines.extraction.area_lexicon import FORCES_BEFORE_CONTROL, _lex
from pipelines.extraction.area_time import _pick_time
from pipelines.extraction.dates import TimeExpr
from pipelines.extraction.numbers import AREA_UNIT, WORD_NUM, Quantity
from pipelines.extraction.places import find_places
from pipelines.extraction.records import AreaClaim
from pipelines.extraction.regions import find_regions
from pipelines.extraction.sides import _other, _scan_subject, _side_of_match, _side_right_after

CUE_WINDOW = 200
ADVANCE_WINDOW = 70


@dataclass
class _Cue:
    kind: str         # gain | control | lose | occupy | take_control | cover | advance
    start: int
    end: int
    passive: bool = False
    agent: str | None = None   # side named by the cue itself ("in the hands of the occupiers")
    # the holding is stated inside the figure's own noun phrase ("the Ukrainian-held 30% of Donetsk", "the 30% of
    # Donetsk that Kyiv still controls"): the verb of the clause around it ("wants Ukraine to give up ...") does
    # not make it an aim or a hypothetical
    in_phrase: bool = False


_PASSIVE_AUX = re.compile(
    # ("another 2,603 need to be liberated": what is still to be freed, like "remain to be")
    r"\b(?:has|have|had|was|were|is|are|being|remains?|remained|needs?)\s+(?:already\s+|now\s+|also\s+|still\s+|"
    r"reportedly\s+|allegedly\s+|since\s+)?(?:been\s+|(?<=remain\s)to\s+be\s+|(?<=remains\s)to\s+be\s+|"
    r"(?<=remained\s)to\s+be\s+|(?<=need\s)to\s+be\s+|(?<=needs\s)to\s+be\s+)?"
    # ("is temporarily occupied": Kyiv's official wording for the ground Russia holds)
    r"(?:(?:fully|completely|entirely|partially|partly|temporarily|illegally)\s+)?"   # (a partial change is no claim: figure_guards.py)
    # ("75 settlements have been confirmed liberated": the liberation, reported as confirmed)
    r"(?:(?:confirmed|officially|reportedly)\s+)?",
    re.IGNORECASE,
)
# a holder's participle right after a figure: "6,600 square km still controlled by Ukraine"
# a share that is the degree of the participle after it: "(the region) has been 100% liberated", "is 70% occupied"
_SHARE_AS_DEGREE = re.compile(r"\s+(?P<verb>liberated|occupied|controlled|captured|cleared)\b(?!\s+by\b)"
                              r"(?=\s*[,.;]|\s*$|"
                              r"\s+(?:by|as|since|in|on|after|now)\b)", re.I)
# a settlement named as the subject of a share told as a degree, no region after it
# (its own region after "in" is where it lies: "the settlement of Pavlovka in the Donetsk People's Republic")
_SETTLEMENT_SUBJECT = re.compile(r"\b(?:settlement|village|town|city|hamlet)\s+of\s+(?-i:[A-Z])[\w'\u2019-]+"
                                 r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:region|oblast|republic|"
                                 r"province)(?:\s*\([A-Z]+\))?)?"
                                 r"(?:(?!\b(?:region|oblast|republic|territory|province)\b)[^.;])*$", re.I)
_REMAIN_BEFORE = re.compile(r"\s+(?:still\s+)?(?:remain|remains|remained|stay|stays|stayed)\s+"
                            r"(?:(?:still|firmly|now)\s+)?", re.I)
_HELD_BY_AFTER = re.compile(r"\s+(?:(?:still|now|currently|already|largely)\s+)?(?:controlled|held)\s+by\s+", re.I)
# an absolute "with" before a figure: "..., with 6,600 square km still held by Ukraine" (or what a gain leaves: "...,
# leaving less than 60 sq km still held by Ukrainian forces")
_WITH_BEFORE = re.compile(r"\b(?:with|leaving)\s+(?:(?:about|around|some|roughly|nearly|almost|over|just|more|"
                          r"less|than|only|fewer|under)"
                          r"\s+)*$", re.I)
# ("under full Ukrainian control", "under Russian temporary occupation", "under temporary occupation")
_HOLD_MOD = r"(?:full|complete|effective|sovereign|total|firm|operational|temporary)"
_CAME_BEFORE = re.compile(r"\b(?:came|come|comes|went|passed|fell)\s+(?:back\s+)?$", re.IGNORECASE)
_UNDER_CONTROL = re.compile(
    r"\bunder\s+(?:the\s+)?(?:" + _HOLD_MOD + r"\s+)?(?:(?P<who>(?!(?:" + _HOLD_MOD + r"|fire)\b)[\w'’]+)\s+"
    r"(?:and\s+(?:local\s+)?(?:separatist|pro-Russian|proxy|allied)\s+)?"     # (its allies: "Russian and separatist")
    + FORCES_BEFORE_CONTROL + r")?"     # ("under Russian forces control")
    r"(?:" + _HOLD_MOD + r"\s+)?(?P<what>control|occupation|jurisdiction)\b"
    # ("under the control of the Armed Forces of Ukraine": the army named in full, its country the holder)
    r"(?:\s+of\s+(?:the\s+)?(?P<of>armed\s+forces\s+of\s+(?:the\s+)?(?:ukraine|russia(?:n\s+federation)?)\b|"
    r"[\w'’-]+))?",
    re.IGNORECASE,
)

# "5% of the area now remained in Ukrainian hands": the holder's adjective before "hands" (read as "under ... control";
# the empty "of" keeps _controller_word's groups)
_IN_SIDES_HANDS = re.compile(r"\bin\s+(?P<who>Russian|Ukrainian|Kyiv['\u2019]s|Moscow['\u2019]s|Ukraine['\u2019]s|"
                             r"Russia['\u2019]s)\s+(?P<what>hands)\b(?P<of>)", re.IGNORECASE)


_THE_BEFORE = re.compile(r"\bthe\s+[\"\u201c]?$", re.IGNORECASE)
_RESTRICTIVE_RELATIVE = re.compile(r"[\"\u201d]?\s+(?:that|which)\s+(?=(?:is|are|was|were|remains?|remained)\s)",
                                   re.IGNORECASE)


def _controller_word(m: re.Match) -> str | None:
    """Who holds the ground in "under Russian control", "under the control of the occupiers", "under occupation"."""
    who = m.group("who")
    if m.group("of"):
        return m.group("of")
    if who and who.lower() not in ("the", "a", "an"):
        return who
    # "is under occupation" names no occupier: in this war's reporting that is the Russian side
    return "occupiers" if m.group("what").lower() == "occupation" else None


_DEEP_INTO = re.compile(r"\s+deep\s+(?:into|in)\s+(?:the\s+)?(?:enemy|Ukrainian|Russian|its|their|hostile|Ukraine\b|Russia\b|"
                        r"(?-i:[A-Z])[\w'\u2019-]+\s+(?:region|oblast|territory)\b)", re.IGNORECASE)
# "19 miles of Russian advance", "12 km of progress": a distance measuring the advance named after it
_OF_ADVANCE_AFTER = re.compile(r"\s+of\s+(?:(?P<side>Russian|Ukrainian)\s+)?(?:advances?|progress)\b", re.IGNORECASE)
# "the incursion extended up to 12 km deep along a 40 km front": an operation's depth
_DEEP_AFTER = re.compile(r"\s+deep\b", re.IGNORECASE)
_INCURSION_BEFORE = re.compile(r"\b(?:incursion|offensive|breakthrough|penetration|thrust|push)\b[^.;:]{0,40}$",
                               re.IGNORECASE)
_NOMINAL_GAIN = re.compile(r"(?:liberation|seizure|de-?occupation)\s+of", re.IGNORECASE)
_BY_AFTER = re.compile(r"\bby\s+(?:the\s+)?", re.IGNORECASE)
_FROM = re.compile(r"\s+from\b", re.IGNORECASE)
_PRESENCE_OF = re.compile(r"\s*(?:the\s+)?presence\s+of\b", re.IGNORECASE)
_OCCUPATION = re.compile(r"\s*(?:the\s+)?occupation\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s*(?:by|of)\s+(?:the\s+)?", re.IGNORECASE)
_PARTICIPLE_LEAD = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:territory|land)\s+)?(?=[a-z])")
_FIGURE_LIST_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*"
    # ("160 square kilometers and seven settlements have been reclaimed": a count in words is an item too)
    rf"(?:\d[\d,.]*|{WORD_NUM}|dozens\s+of)\s+"
    # ("1,294 km² and 100 settlements of this region are under the control of Ukraine": the count's own region)
    r"(?:[a-z]+\s+){0,5}?[a-z]+(?=\s*,|\s+and\b|\s+(?:were|was|had|have|has|are|is)\b)", re.IGNORECASE)
# (and a count beside the area: "670 square kilometers of territory, 25 settlements, went under Russia's control")
_OR_RESTATED = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:territory|land))?\s*,\s*(?:(?:or|i\.e\.|that\s+is)\s+[^,;:()]{1,100}|"
                          r"(?:about|some|over|more\s+than|nearly|almost)?\s*\d[\d,]*\s+(?:settlements|villages|towns|"
                          r"localities))\s*,", re.IGNORECASE)
_SHARE_LIST_ITEM = re.compile(
    r"(?:,\s*|\s+and\s+)(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*\d[\d,.]*\s*(?:%|per\s*cent|percent)"
    r"\s+of\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'\u2019-]*\s*)+(?:(?:[Rr]egion|[Oo]blast|[Pp]rovince)s?\b)?")
# "More than 70% of the Kherson and Zaporizhzhia regions are occupied", "... of the provinces of Kherson and Zaporizhia
# are ...": the regions a share is of, listed with "and", are no second clause between the share and its verb
_SHARE_OF_REGION_LIST = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:(?:[Rr]egion|[Oo]blast|[Pp]rovince)s\s+of\s+)?[A-Z][\w'\u2019-]*"
    r"(?:\s*,\s*[A-Z][\w'\u2019-]*)*\s*,?\s+and\s+[A-Z][\w'\u2019-]*(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)s)?\b")


# a share followed by the noun of holding: "75% control in Donetsk", "90 percent control of Luhansk"
_CONTROL_NOUN_AFTER = re.compile(r"\s+(?P<noun>(?:territorial\s+)?control|occupation)\s+(?:in|of|over)\s", re.IGNORECASE)
# ("reached 19% occupation of Ukraine's total territory": the country's own territory, not a region of it)
_OWN_TERRITORY = re.compile(r"(?:['\u2019]s)?\s+(?:total\s+|entire\s+|whole\s+)?(?:territory|land)\b", re.IGNORECASE)


def control_noun_after(s: str, q: Quantity) -> re.Match | None:
    """"75% control in Donetsk": the noun of holding right after share ``q``, when a region's name follows it (not
    "20% control over its airspace")."""
    noun = _CONTROL_NOUN_AFTER.match(s, q.end)
    if noun is None:
        return None
    named = next(iter(find_regions(s[noun.end():noun.end() + 60])), None)
    after = s[noun.end() + named[0]:noun.end() + named[1] + 2] if named else ""
    if named is None or named[0] > 4 or re.search(r"['\u2019]s\b", after) and not _OWN_TERRITORY.match(
            s, noun.end() + named[1]):
        return None
    return noun


_TOTAL_AREA_TO = re.compile(r"\btotal\s+(?:area|territory|land)\b[^.;:]{0,90}?\b(?:to|at|reached|reaches|stands?\s+at|"
                            r"stood\s+at|was|is)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|over\s+)?$", re.I)
_STILL_BEFORE = re.compile(r"\b(?:still|now|currently|yet)\s+$", re.I)
_CONTROL_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_TRANSFER_OF = re.compile(r"\b(?:transfer|handover|hand-over|passing)\s+of\s+$", re.I)
# "two more villages": a count added to the holding before
_MORE_IN = re.compile(r"\d\s+more\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+more\b", re.I)
_EXPELLED = re.compile(r"(?:pushed|driven|forced|kicked|knocked|thrown|squeezed|chased)\s+(?:back\s+)?out(?:\s+of)?|"
                       r"(?:expelled|ousted|dislodged|evicted)(?:\s+from)?", re.I)
_BEEN_BEFORE = re.compile(r"\bbeen\s+(?:\w+ly\s+)?$", re.I)
_ADJECTIVE_OF_NOUN = re.compile(r"\b(?:the|its|their)\s+(?:(?:previously|formerly|once|initially|earlier)\s+)?$", re.I)
_GROUND_NOUN_AFTER = re.compile(r"\s+(?:lands?|territory|territories|areas?|ground)\b", re.I)
_REMAIN = re.compile(r"\bremain(?:s|ed)?\b", re.I)
_NEW_IN = re.compile(r"\b(?:new|more|newly\s+\w+)\s+(?:\w+\s+)?(?:villages|settlements|towns|localities)\b", re.I)
_ADDITIONAL = re.compile(r"\s+(?:an\s+additional|another|a\s+further|a\s+total\s+of\s+another)\s+"
                         r"(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?", re.I)
# the absolute construction "..., with (another) nearly 400 sq km taken": "with" right before the figure
# ("..., with 400 sq km taken in August"; "success with 27 settlements liberated in a single month")
_WITH_FIGURE = re.compile(r"(?:,|\b(?:success(?:es)?|gains?|advances?|progress|results?))\s+with\s+(?:another\s+|a\s+further\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|"
                          r"some\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_POINT = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_TWO_PLACES_IN = re.compile(r"\b(?:in|across)\s+(?:the\s+)?(?:" + _POINT + r"\s+and\s+(?:the\s+)?" + _POINT +
                            r"(?:\s+(?:Ukraine|regions|parts\s+of\s+(?:the\s+country|Ukraine)))?|"
                            # ("in three regions of the DPR, Dnipropetrovsk and Kharkiv regions": their count first)
                            r"(?:(?:two|three|four|five|\d)\s+(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?)?"
                            r"(?-i:[A-Z])[\w'\u2019-]+(?:,\s*(?-i:[A-Z])[\w'\u2019-]+)*,?\s+and\s+"
                            r"(?-i:[A-Z])[\w'\u2019-]+\s+"
                            r"(?:regions|oblasts|provinces))\b",
                            re.IGNORECASE)
_DATED_PARTICIPLE = re.compile(r"\w+ed\s+(?:in|since)\s+(?:19|20)\d\d\b")


def _find_cue(s: str, q: Quantity, lo: int, hi: int, claimant_side: str | None) -> _Cue | None:
    lex = _lex()
    if q.kind == "share":
        noun = control_noun_after(s, q)
        if noun is not None:
            # "with over 75% control in Donetsk, Zaporizhzhia and Kherson": the noun names the holding
            return _Cue("control", noun.start("noun"), noun.end("noun"))
    grip = _GRIP_ON.search(s, max(0, q.start - 40), q.start) if q.kind in ("area", "settlement", "share") else None
    if grip is not None:
        # "Ukraine's grip on 90 square kilometers persists": the holder's noun of holding right before the figure
        side = "Russia" if grip.group("side").lower().startswith(("russia", "moscow")) else "Ukraine"
        return _Cue("control", grip.start("noun"), grip.end("noun"), agent=side, in_phrase=True)
    held = _HELD_BEFORE_SHARE.search(s, max(0, q.start - 40), q.start) if q.kind == "share" else None
    if held is not None:
        # "the remaining unoccupied 30% of Donetsk", "the Ukrainian-held 30% of the region": who holds it
        side = "Russia" if (held.group("side") or "").lower().startswith(("russia", "moscow")) else "Ukraine"
        return _Cue("control", held.start("adj"), held.end("adj"), agent=side, in_phrase=True)
    # (not after a determiner: "the three captured settlements" refers back to a count already given)
    inside = _PARTICIPLE_IN_FIGURE.search(s, q.num_start, q.end) if q.kind == "settlement" and not \
        _DETERMINER_BEFORE.search(s, max(0, q.start - 8), q.start) else None
    cue_inside = lex.cue.match(s, inside.start(1)) if inside is not None else None
    if cue_inside is not None:
        return _Cue(cue_inside.lastgroup or "gain", cue_inside.start(), cue_inside.end())
    of_taken = _OF_TAKEN_GROUND.match(s, q.end) if q.kind == "area" else None
    cue_after = lex.cue.match(s, of_taken.start(1)) if of_taken is not None else None
    if cue_after is not None and not any(lex.cue.finditer(s, max(lo, q.start - CUE_WINDOW), q.start)):
        # "that's over 500 square kilometers of liberated land": the ground's participle, with no verb before the
        # figure, tells how it changed hands
        return _Cue(cue_after.lastgroup or "gain", cue_after.start(), cue_after.end())
    under = _UNDER_CONTROL.match(s, q.end + 1) if q.kind == "area" and s[q.end:q.end + 1] == " " else None
    if under is None and q.kind == "area" and (rem := _REMAIN_BEFORE.match(s, q.end)) is not None:
        # "roughly 6,000 square kilometers remain under Ukrainian control": the figure's own predicate, whatever
        # gain a clause before it told of
        under = _UNDER_CONTROL.match(s, rem.end())
    word = _controller_word(under) if under is not None else None
    side = _lex().side.fullmatch(word) if word else None
    if side is not None and not side.group("possessive_pronoun"):
        # "..., translating to an estimated 120,000 square kilometres under Russian control": the figure's own phrase
        # says who holds it, whatever verb the clause before had
        return _Cue("control", under.start(), under.end(), agent=_side_of_match(side, claimant_side), in_phrase=True)
    held_by = _HELD_BY_AFTER.match(s, q.end) if q.kind in ("area", "settlement", "share") else None
    if held_by is not None and (_WITH_BEFORE.search(s, max(0, q.start - 40), q.start)
                                or not any(lex.cue.finditer(s, max(lo, q.start - CUE_WINDOW), q.start))):
        # "Russia controls 88% of the Donbas, with 6,600 square km still controlled by Ukraine": the participle right
        # after the figure names its holder (with no verb of its own before, or after an absolute "with")
        agent = _side_right_after(s, held_by.end(), claimant_side)
        if agent is not None:
            return _Cue("control", held_by.start(), held_by.end(), agent=agent, in_phrase=True)
    relative = _relative_cue(s, q, claimant_side)
    if relative is not None:
        return relative     # "withdraw from the 30% of Donetsk that Kyiv still controls": the clause on the place
    degree = _SHARE_AS_DEGREE.match(s, q.end) if q.kind == "share" else None
    if degree is not None and _SETTLEMENT_SUBJECT.search(s, max(lo, q.start - 120), q.start):
        return None         # "the settlement of Pavlovka had been liberated and 90 percent cleared": a share of a town
    if degree is not None and (cm := lex.cue.match(s, degree.start("verb"))) is not None:
        # "the territory of the LPR has been 100% liberated", "the region is 70% occupied": the share as the degree
        # of the participle after it, the holding of the region named before
        return _Cue("occupy" if cm.lastgroup == "occupy" else "control", cm.start(), cm.end(), agent="Russia"
                    if cm.lastgroup == "occupy" else None, in_phrase=True)
    last = None
    for m in lex.cue.finditer(s, max(lo, q.start - CUE_WINDOW), q.start):
        if _DATED_PARTICIPLE.match(s, m.start()) and re.search(r"[A-Z][\w'\u2019-]*\s+$", s[max(0, m.start() - 30):m.start()]):
            continue     # "including Crimea annexed in 2014, ... 80% of Donetsk": a place's history, not the figure's verb
        if re.match(r"\w+ed\b", m.group(0)) and _OF_TERRITORY_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue     # "liberated 40% of the territories occupied after February 24 and 28% of ...": the participle
            #              describes the earlier figure's noun; the verb before both governs the next
        last = m
    if last is not None and re.match(r"\w+ed\b", last.group(0)) \
            and _ADJECTIVE_OF_NOUN.search(s, max(0, last.start() - 30), last.start()) \
            and _GROUND_NOUN_AFTER.match(s, last.end()) and (passive := _passive_cue(s, q, hi, claimant_side)):
        # "86% of the previously occupied land—1,100 sq km—had been retaken": the participle is an adjective of its
        # noun, the verb after the figure its predicate (but "the liberated area is 31 sq km": the only cue)
        return passive
    if last is not None and _CLAUSE_END.search(s, last.end(), q.start):
        # "we took 40 sq km, and today 74 settlements are under our control": the verb of the
        # earlier clause does not govern a figure that has a control phrase of its own
        passive = _passive_cue(s, q, hi, claimant_side)
        if passive is not None:
            return passive
    if last is not None and (last.lastgroup or "gain") in ("gain", "take_control") \
            and _STILL_TO_FREE.search(s, max(0, last.start() - 40), last.start()) \
            and BACK_VERB.match(last.group(0)):
        # "The counteroffensive has to liberate only 6 percent of Kharkiv": what is still to be freed is held by the
        # side it is to be freed from (as "remains to be freed")
        return _Cue("control", last.start(), last.end(), agent=_other(claimant_side) or "Russia")
    if last is not None and (last.lastgroup or "gain") in ("gain", "take_control", "occupy") \
            and q.kind in ("share", "area") and _THE_REMAINING.search(s, max(0, q.start - 20), q.start):
        # "the gateway to its capture of the remaining 10% of the Donbas", "pushing to seize the remaining 30% of
        # Donetsk": what is left to take, the other side's holding
        side = _scan_subject(s, lo, last.start(), claimant_side)
        if side in ("Ukraine", "Russia"):
            return _Cue("control", last.start(), last.end(), agent=_other(side))
    if last is not None:
        kind = last.lastgroup or "gain"
        cue = _Cue(kind, last.start(), last.end())
        txt = last.group(0).lower()
        if "hands of" in txt:
            cue.agent = _side_right_after(s, last.end(), claimant_side)
        elif kind in ("control", "occupy", "gain") and _BY_AGENT.match(s, last.end()) and re.match(r"^\s*by\b", s[last.end():], re.I):
            cue.agent = _side_right_after(s, _BY_AGENT.match(s, last.end()).end(), claimant_side)
        elif _NOMINAL_GAIN.match(txt):
            # "the liberation of three villages on Sunday by Ukrainian troops": the noun's agent after its object
            by = _BY_AFTER.search(s, q.end, min(len(s), q.end + 80))
            if by is not None and not _CLAUSE_END.search(s, q.end, by.start()):
                cue.agent = _side_right_after(s, by.end(), claimant_side)
        return cue
    return _passive_cue(s, q, hi, claimant_side)


_THE_REMAINING = re.compile(r"\bthe\s+remaining\s+(?:roughly\s+|about\s+|around\s+|some\s+)?$", re.I)


# "the remaining 30% of the Donetsk region that Kyiv still controls": a relative clause after the figure's place says
# who holds it (its subject is read by _side_right_after)
# ("the Donetsk region, about a fifth of which Kyiv's forces still control": the relative's own "of which")
_OF_PLACE_THAT = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
                            r"(?:\s+(?:region|oblast|province))?\s+(?:that|which)\s|\s+of\s+which\s")
_HOLDS_AFTER_SIDE = re.compile(r"[\w'\u2019 -]{0,40}?\s(?:still\s+|now\s+|currently\s+)?"
                               r"(?:controls?|holds?|occupies|is\s+holding|is\s+occupying)\b", re.I)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+$", re.I)
_PARTICIPLE_IN_FIGURE = re.compile(r"\s((?:recaptured|liberated|retaken|captured|seized|freed|reclaimed|regained|"
                                   r"de-occupied)\s)", re.I)
# "500 square kilometers of liberated land": the participle of the area's own noun
_OF_TAKEN_GROUND = re.compile(r"\s+of\s+(?:the\s+)?(?:newly\s+)?((?:recaptured|liberated|retaken|captured|seized|freed|"
                              r"reclaimed|regained|de-occupied)\s)(?:land|lands|territory|territories|ground)\b", re.I)
_GRIP_ON = re.compile(r"\b(?P<side>Ukraine|Ukraine['\u2019]s|Kyiv['\u2019]s|Russia['\u2019]s|Moscow['\u2019]s|Ukrainian|Russian)\s+"
                      # ("Moscow's control of a fifth of Ukraine")
                      r"(?P<noun>grip|hold|foothold|control)\s+(?:on|over|of)\s+(?:(?:about|around|some|nearly|almost|roughly|"
                      r"over|more\s+than|less\s+than|just)\s+)*$", re.I)
_HELD_BEFORE_SHARE = re.compile(
    r"\b(?:the|its|their)\s+(?:remaining\s+|last\s+)?(?P<adj>unoccupied|(?P<side>Ukrainian|Ukraine|Kyiv|Russian|Russia|Moscow)"
    r"[-\s](?:held|controlled))\s+$", re.I)


def _relative_cue(s: str, q: Quantity, claimant_side: str | None) -> _Cue | None:
    m = _OF_PLACE_THAT.match(s, q.end)
    if m is None:
        return None
    side = _side_right_after(s, m.end() - 1, claimant_side)
    held = _HOLDS_AFTER_SIDE.match(s, m.end() - 1) if side else None
    if held is None or re.search(r"[,;]", held.group(0)):
        return None
    return _Cue("control", m.end(), held.end(), agent=side, in_phrase=True)


# the verbs of taking ground back (a side's own, or freed from the other): "liberated", "retook", "de-occupied"
BACK_VERB = re.compile(r"(?:liberat|recaptur|retak|regain|reclaim|free|de-?occup|return)", re.IGNORECASE)
_STILL_TO_FREE = re.compile(r"\b(?:has|have|had|needs?|still)\s+(?:still\s+|yet\s+)?to\s+$", re.IGNORECASE)
_TO_BE_FREED = re.compile(r"\b(?:remain(?:s|ed)?|needs?)\s+(?:still\s+)?to\s+be\s+$", re.IGNORECASE)


_CONTROL_OVER_BEFORE = re.compile(r"\bcontrol\s+(?:over|of)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?$", re.I)
_RESTORED = re.compile(r"(?:\s+\w+){0,5}?\s+(?:has|have|had)\s+(?:now\s+|also\s+)?been\s+"
                       r"(?P<verb>restored|re-?established|regained|returned)\b", re.I)


# a state coordinated before the holding: "55% of the region is completely destroyed and under the control of occupiers"
_STATE_AND = r"(?:[a-z]+ly\s+)?[a-z]+ed\s+and\s+"
_COORDINATED_STATE = re.compile(r"\s*" + _STATE_AND + r"(?:is\s+|are\s+)?", re.IGNORECASE)
# the state told through a verb of belief: "98 percent of the region is assessed by Ukrainian authorities to be under
# Russian control", "is believed to remain under ..."
_RAISED_STATE = re.compile(r"\s*(?:believed|thought|assessed|estimated|said|reported|considered|understood|presumed)\s+"
                           r"(?:by\s+[^,;:]{1,60}?\s+)?to\s+(?:be|remain)\s+(?:still\s+)?", re.IGNORECASE)
# (the same state in the gap between the figure and its "under ... control", dropped to leave the auxiliary)
_STATE_AND_IN_GAP = re.compile(r"(\b(?:is|are|was|were)\s+)" + _STATE_AND + "$", re.IGNORECASE)


_ASIDE_BEFORE_UNDER = re.compile(
    r"[^,;:.]{0,80}?(?P<aside>,\s*(?:both|each|all|which|who|where|whose|once)\b[^;:.]{1,160}?,)"
    r"(?=\s+(?:are|is|were|was|remain(?:s|ed)?)\s+(?:now\s+|still\s+|currently\s+|firmly\s+)?"
    r"(?:under|in\s+the\s+hands)\b)", re.I)


def _passive_cue(s: str, q: Quantity, hi: int, claimant_side: str | None) -> _Cue | None:
    """A cue after the figure: "<figure> had been liberated", "... were under Ukrainian control"."""
    lex = _lex()
    # "93% of Luhansk and 54% of Donetsk, both in the Donbas region and which Putin recognised ..., are under Russian
    # control": an aside set off by commas before the holding's predicate is blanked (offsets kept), the window
    # grown by its length
    aside = _ASIDE_BEFORE_UNDER.match(s, q.end, hi)
    extra = 0
    if aside is not None:
        extra = aside.end("aside") - aside.start("aside")
        s = s[:aside.start("aside")] + " " * extra + s[aside.end("aside"):]
    # "More than 1,100 square kilometers, or 86 percent of the territory ..., have been liberated": the figure
    # restated between commas stands between it and its verb
    restated = _OR_RESTATED.match(s, q.end, hi)
    base = restated.end() if restated else q.end
    tail_end = min(hi, base + 120 + extra)
    tail = s[base:tail_end]
    m = _UNDER_CONTROL.search(tail) or _IN_SIDES_HANDS.search(tail)
    aux = _PASSIVE_AUX.search(tail)
    cand = None
    cm = lex.cue.match(s, base + aux.end()) if aux else None
    if cm is None and not tail[:1].isalnum():
        # "403 square kilometres came under the control of Russian troops": a change of hands told by its finite
        # verb right after the figure (no auxiliary), not the holding its "under ... control" alone would be
        # ("670 sq km of territory, 25 settlements, went under Russia's control": the count closed by its comma)
        tm = lex.cue.match(s, base + re.match(r"\s*,?\s*", tail).end())
        cm = tm if tm is not None and tm.lastgroup == "take_control" else None
    if cm is None:
        # "4,000 square kilometres liberated from the invaders": a participle right after the figure
        lead = _PARTICIPLE_LEAD.match(s, q.end)
        pm = lex.cue.match(s, lead.end()) if lead else None
        # (only when someone says it: a headline's bare "181 sq km liberated" has no side to give; "The Russian
        # advance accelerated, with nearly 400 sq km taken in August": the clause before "with" gives it; "a
        # reduction from the 634 sq km seized in July": a definite figure told before, whose side the text has given)
        if pm and re.search(r"(?:ed|en)$", pm.group(0), re.I) and (
                claimant_side or re.match(r"\s+by\b", s[pm.end():], re.I) or _WITH_FIGURE.search(s, 0, q.start)
                or _DETERMINER_BEFORE.search(s, max(0, q.start - 8), q.start)):
            cm = pm
    if cm:
        cand = (cm.lastgroup or "gain", cm.start(), cm.end(), None)
        um = _UNDER_CONTROL.match(s, cm.end() + 1) or _UNDER_CONTROL.match(s, cm.end())
        if um:
            cand = (cand[0], cand[1], um.end(), _controller_word(um))
    elif m and (not aux or m.start() <= aux.end() + 12 or _COORDINATED_STATE.fullmatch(tail, aux.end(), m.start())
                or _RAISED_STATE.fullmatch(tail, aux.end(), m.start())):
        # ("six settlements in Ukraine, including Vuhledar, came under Russian control": a change of hands, its verb
        # after an aside between commas)
        came = _CAME_BEFORE.search(tail, 0, m.start())
        cand = ("take_control" if came else "control", base + (came.start() if came else m.start()), base + m.end(),
                _controller_word(m))
    if cand is None:
        return None
    gap = s[base:cand[1]]
    # "3,800 square kilometers (1,467 square miles) has been recaptured": the figure in the other unit is no clause
    gap = re.sub(r"^\s*\([^()]{1,40}\)", " ", gap)
    gap = re.sub(r"\band\s+(?:about|roughly|around|nearly|almost|more\s+than|over|some)?\s*[\d,.\s]+\s*(?:sq|square|km|kilomet|hectare)\w*(?:\s+\w+)?", " ", gap, flags=re.I)
    # "3,800 sq km, more than 300 settlements and about 150,000 people were liberated": one verb for a list
    gap = _FIGURE_LIST_ITEM.sub(" ", gap)
    # "74% of Zaporizhzhia and 76% of Kherson region are under Russian control": one predicate for both shares
    gap = _SHARE_LIST_ITEM.sub(" ", gap)
    if q.kind == "share":
        gap = _SHARE_OF_REGION_LIST.sub(" ", gap)
    # "6,000 sq km of territory in the east and south had been liberated", "... in the Kharkiv and Donetsk regions
    # were freed" (or "in Zhytomyr, Kyiv and Chernihiv regions"): the places the figure lies in, no second clause
    gap = _TWO_PLACES_IN.sub(" ", gap)
    # "five other settlements in the X district, including A and B, were also liberated": the examples are an aside
    # ("24 settlements, including A, B, and C, were freed": a list of examples too)
    gap = re.sub(r",\s*(?:including|such\s+as)\s+(?:[^,;:]{1,40},\s*){0,6}(?:and\s+)?[^,;:]{1,80},", " ", gap, flags=re.I)
    if q.kind == "settlement":
        # "two villages, Zaporizke and Novohryhorivka, had been occupied": the names in apposition are the count's own
        names = NAMES_SET_OFF.match(gap)
        if names is not None:
            gap = re.sub(r"^\s*(?:,|[\u2013\u2014]|\s-)", " ", gap[names.end():])
    # ("Three more settlements south of X, according to Ukrainian officials, were liberated": the source set off by
    # commas is no clause of its own)
    gap = re.sub(r",\s*according\s+to\s+[^,;:]{1,60},", " ", gap, flags=re.I)
    # "Russia's Kursk region, about 90 sq km of which is controlled by Ukraine": the partitive is the figure's own
    gap = re.sub(r"^\s*of\s+which\b", " ", gap, flags=re.I)
    if q.kind == "settlement" and re.fullmatch(r"\s*,\s*", gap) and _AREA_APPOSITION.search(s, max(0, q.start - 60), q.start):
        gap = " "       # "670 sq km of territory, 25 settlements, went under Russia's control": the count apposed to the area
    # ("55% of the region is completely destroyed and under the control of occupiers": a state coordinated before it)
    gap = _STATE_AND_IN_GAP.sub(r"\1", gap)
    if q.kind == "share" and _THE_BEFORE.search(s, max(0, q.start - 8), q.start):
        # "the 55 percent of Donetsk that is under Russian occupation", '"the 20% of the Donetsk region" which remains
        # under Ukrainian control': the definite share's restrictive relative is its own predicate
        gap = _RESTRICTIVE_RELATIVE.sub(" ", gap)
    if len(gap) - extra > 100 or re.search(r"\b(?:that|and|but|which|while)\b|[,;:]", gap, re.I):
        return None
    cue = _Cue(cand[0], cand[1], cand[2], passive=True)
    if cand[0] in ("gain", "take_control") and _TO_BE_FREED.search(s, max(0, cand[1] - 30), cand[1]) \
            and BACK_VERB.match(s, cand[1], cand[2]):
        # "Three small villages remain to be freed": not yet freed, still held by the side they are to be freed from
        return _Cue("control", cand[1], cand[2], passive=True, agent=_other(claimant_side) or "Russia")
    control_of = _CONTROL_OF_AFTER.match(s, cand[2]) if cand[3] is None and re.search(
        r"control$", s[cand[1]:cand[2]], re.I) else None
    if control_of is not None:
        # "three settlements came under the control of the Russian occupiers": the holder after "of"
        cue.agent = _side_right_after(s, control_of.end(), claimant_side)
        return cue
    if "hands of" in s[cand[1]:cand[2]].lower() or re.search(r"\bto$", s[cand[1]:cand[2]], re.I):
        # ("... in the hands of the occupiers", "4,562 sq km have fallen to Moscow": the side after it)
        cue.agent = _side_right_after(s, cand[2], claimant_side)
    elif cue.kind in ("gain", "take_control") and _FROM.match(s, cand[2]):
        # "40 settlements have been liberated from Russian invaders": the side after "from" lost them; "freed from
        # (the) occupation": the occupier's enemy freed them
        after_from = _FROM.match(s, cand[2]).end()
        presence = _PRESENCE_OF.match(s, after_from)
        after_from = presence.end() if presence else after_from    # ("liberated from the presence of the enemy")
        cue.agent = _other(_side_right_after(s, after_from, claimant_side)) or (
            (claimant_side or "Ukraine") if _OCCUPATION.match(s, after_from) else None)
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


# a share owned by a company or a partner, not a side: "held 51 percent by Rheinmetall"
_OWNED_BY = re.compile(r"[\"\u201d\u2019]?\s+by\s+(?:the\s+)?(?!(?:Russia|Ukraine|Russian|Ukrainian|Moscow|Kyiv|Kiev|enemy|occup)"
                       r")(?:[A-Z][\w-]*|(?:[a-z]+\s+)?partners?\b|(?:[a-z]+\s+)?compan(?:y|ies)\b|investors?\b)")
# an earlier share in the sentence and the noun it is a share of: "the majority (91 per cent) of the casualties"
_SHARE_OF_NOUN = re.compile(r"(?:%|\bper\s*cent|\bpercent)\)?\s+of\s+(?:the\s+|all\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)


_OF_A_SETTLEMENT = re.compile(r"(?:the\s+)?(?:city|town|village)\b", re.IGNORECASE)
_TERRITORY_OF = re.compile(r"(?:the\s+)?territory\s+of\s+", re.IGNORECASE)
# "controlled most of Bakhmut, “more than 80 percent”": the share set off after the part of a town it measures
_PART_OF_NAME_BEFORE = re.compile(r"\b(?:most|half|part|much|all)\s+of\s+(?P<name>[A-Z][\w'\u2019-]+)\s*,\s*"
                                  r"[\"\u201c\u2018']?\s*(?:(?:more|less|fewer)\s+than\s+|about\s+|almost\s+|"
                                  r"nearly\s+|over\s+|some\s+|roughly\s+|around\s+)*$")


def _names_a_town(s: str, pos: int) -> bool:
    """Whether a known town or village (not a region's name: "Donetsk" may be either) starts at ``pos``."""
    town = next((p.place for p in find_places(s[pos:pos + 40]) if p.start == 0 and p.place is not None), None)
    return town is not None and not town.oblast.startswith(town.name + " ")


def _share_ok(s: str, q: Quantity, cue: _Cue | None, regions_after: bool) -> bool:
    lex = _lex()
    after = s[q.end:q.end + 80]
    if _OWNED_BY.match(after):
        return False        # "to be held 51 percent by Rheinmetall": a company's stake
    earlier = _SHARE_OF_NOUN.search(s, max(0, q.start - 160), q.start)
    if earlier is not None and lex.share_nonterritory.fullmatch(earlier.group("noun")) and not re.search(r"\bof\b", after[:6]):
        return False        # "91 per cent of the casualties ..., and nine per cent in occupied territory": the same noun
    # ("captured “about half” of the city": the quotation mark closes the figure, the "of" still follows)
    m = re.match(r"^[\"”’]?\s*(?:each\s+)?of\s+", after, re.I)
    if m:
        rest = after[m.end():]
        if _WHICH.match(rest):
            # "the Luhansk region, 95 per cent of which is under Russian control": a share of the land named before
            return bool(_LAND_BEFORE_WHICH.search(s, max(0, q.start - 60), q.start))
        if re.match(r"(?:the\s+|this\s+|next\s+|last\s+)?(?:(?:19|20)\d\d|year|month|week|decade|century)\b", rest, re.I):
            return False    # "the key battle of the first half of 2025": a part of a year, not of a country
        if _OF_A_SETTLEMENT.match(rest):
            return False    # "about half of the city of Kupiansk": a share of a town, not of a region's territory
        town = _TERRITORY_OF.match(rest)
        if town is not None and _names_a_town(s, q.end + m.end() + town.end()):
            return False    # "almost 90% of the territory of Kupiansk": the same, the town named
        words = re.split(r"\s+", rest.strip())[:6]
        chunk = " ".join(words)
        # "of the population" is not territory, "of the Donetsk People's Republic" is (names are capitalised)
        bad = next((b for b in lex.share_nonterritory.finditer(chunk) if not b.group(0)[0].isupper()), None)
        good = lex.share_territory.search(chunk)
        if bad and bad.start() == re.match(r"(?:the\s+)?", chunk).end():
            return False    # "65 percent of the buildings in Kupiansk": the noun the share is of is no territory, whatever
            #                 place follows it
        if regions_after or re.match(r"^(?:the\s+)?(?:Ukraine|Russia)\b", rest.strip(), re.I):
            good = good or re.search(r".", chunk)
        if bad and (not good or bad.start() < good.start()):
            return False
        if bad and re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s", chunk):
            return False    # "30% of Myrnohrad's buildings", "40% of Ukraine's energy infrastructure": the place owns it
        if bad and re.search(r"['\u2019]s\s+(?:[\w-]+\s+)?$", chunk[:bad.start()]):
            return False    # "about 20% of the country's power generation": the country owns the thing counted
        owner = re.match(r"(?:the\s+)?[A-Z][\w-]*\s+(?:region|oblast|province)['\u2019]s\s+(?:[\w-]+\s+)?$", chunk[:bad.start()]) \
            if bad else None
        if owner is not None:
            return False    # "one half of Kharkiv region's pre-2014 population": the region's people, not its land
        return bool(good)
    # no "of ...": only right after a control/gain verb ("held about 27 per cent"), or the control noun's own measure
    if not (cue and not cue.passive and cue.kind in ("control", "occupy", "gain", "take_control")
            and (q.start - cue.end <= 30 or _CONTROL_OF_MEASURED.fullmatch(s, cue.end, q.start))):
        return False
    part = _PART_OF_NAME_BEFORE.search(s, cue.end, q.start)
    if part is not None and _names_a_town(s, part.start("name")):
        return False        # "controlled most of Bakhmut, “more than 80 percent”": a share of a town
    # ("lost ground in the Kremenskoye forests, a strategic area where control has dwindled to less than 20%": the
    # share is of the thing named before it, no territory)
    before = s[max(0, q.start - 100):q.start]
    noun = None
    for noun in lex.share_nonterritory.finditer(before):
        pass
    return not (noun is not None and not noun.group(0)[0].isupper()
                and _LOCATED_IN.search(before, max(0, noun.start() - 40), noun.start())
                and not _LAND_WORD.search(before, noun.end())     # (an "area" between is the thing's apposition)
                and not _LAND_WORD.match(s, q.end, min(len(s), q.end + 40)))


_WHICH = re.compile(r"which\b", re.IGNORECASE)
_LAND_BEFORE_WHICH = re.compile(r"\b(?:region|oblast|province|territory|country|Ukraine|Crimea|Donbas)"
                                r"\s*(?:,|[\u2014\u2013]|\s-)\s*" + APPROX_BEFORE + "$")
# ("Russian control of Ukrainian territory has increased from 17.4% in November 2023 to 17.9%": the noun's land, then
# the verb that measures it; the second figure after the first one's "from")
_CONTROL_OF_MEASURED = re.compile(
    r"(?<=\bcontrol)\s+(?:of|over)\s+[^,;.\d]{1,40}?\s+(?:has\s+|had\s+|now\s+)?"
    r"(?:increased|rose|risen|grown|grew|expanded|reached|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|is|was)"
    r"(?:\s+from|\s+to|\s+from\s+[^;]{1,40}?\s+to)?\s+(?:about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|some\s+)?",
    re.IGNORECASE)
# "in the Kremenskoye forests": where the thing is, the place the share's clause is about
_LOCATED_IN = re.compile(r"\b(?:in|of|over|across|around)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+)?$")
_LAND_WORD = re.compile(r"[^.;]*?\b(?:territory|territories|region|oblast|province|land|country|[A-Z][a-z]+)\b")


_CHANGE_AS_SHARE = re.compile(
    r"\b(?:gains?|advances?|losses|territorial\s+changes?|(?:lands?|territor(?:y|ies)|area)\s+(?:occupied|captured|seized|"
    r"taken|gained))\b[^.;:]{0,90}?\b(?:were|was|are|is|amount(?:ed|s|ing)?\s+to|"
    r"(?:was\s+|were\s+)?limited\s+to|equal(?:led|ling|s)?(?:\s+to)?|total(?:led|ling|s)?|represent(?:ed|s|ing)?|"
    r"account(?:ed|s)?\s+for|came\s+to|made\s+up)\s+(?:only\s+|just\s+|roughly\s+|about\s+|around\s+|some\s+|"
    r"less\s+than\s+|an\s+estimated\s+|barely\s+)*$", re.IGNORECASE)


# "increased by 0.42%", "regaining a net 5.31%": a change in the share held, as a share (beside _CHANGE_AS_SHARE)
_CHANGE_BY = re.compile(r"\b(?:(?:increas|decreas|grow|grew|rose|ris|fell|fall|declin|expand|shr[iu]nk)\w*\b[^.;:%]{0,50}?\s+by|"
                        r"net(?:\s+gain)?(?:\s+of)?)\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+|roughly\s+|"
                        r"less\s+than\s+|more\s+than\s+|nearly\s+|almost\s+)*"
                        r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s*(?:,|and)\s+)*$", re.IGNORECASE)


_FULL_INVASION_YEAR_END = date(2022, 12, 31)
# "since 2014", "since February 24, 2022", "since the start of the full-scale invasion", right after the figure's clause
# (not "the most in any month since late 2022": a record's "since", after a superlative)
_SINCE_WAR_BEGAN = re.compile(r"(?:(?!\b(?:most|highest|largest|biggest|fastest|slowest|lowest|least|first)\b)[^;.]){0,60}?"
                              r"\bsince\s+(?:(?:February\s+(?:24,?\s+)?|24\s+February,?\s+)?(?:2014|2022)\b|"
                              r"the\s+(?:very\s+)?(?:start|beginning|onset|outset)\s+of\s+(?:the\s+|its\s+)?"
                              r"(?:full-scale\s+)?(?:invasion|war)\b)", re.I)
# ("... seized since 2024": a bare year the date reader leaves alone)
_SINCE_LATER_YEAR = re.compile(r"[^,;.]{0,50}?\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?"
                               r"(?:[A-Z][a-z]+\s+)?20(?:2[3-9]|[3-9]\d)\b")


def _share_is_a_change(state, times, q, next_start, masked, cue, earlier) -> bool:
    """"Captured 259 sq km last month, just 0.04% of Ukraine", "occupied 14% of all occupied territories in
    September": a period's gain written as a share is not a share held (the conventions)."""
    if cue.kind == "control" and not cue.passive and re.search(r"\band\s+(?:now\s+|still\s+|already\s+)?$",
                                                               masked[max(0, cue.start - 20):cue.start], re.I):
        return False    # "gained some 130 sq km last month and now controls more than 81% of the region": a holding
    if any(c.metric in _CHANGE_METRICS for c, _ in earlier):
        return True
    if _CHANGE_AS_SHARE.search(masked, max(0, q.start - 140), q.start):
        return True     # "the month's gains were 0.2% of Ukraine", "advances ... limited to 0.3 percent of"
    if _CHANGE_BY.search(masked, max(0, q.start - 60), q.start):
        return True     # "increased by 0.42%", "a combined net gain of only 0.4% of the country"
    if cue.kind not in ("gain", "take_control", "occupy"):
        return False
    before = _SO_MANY_DAYS.search(masked, max(0, q.start - 150), q.start)
    if (cue.kind != "occupy" or masked[cue.start:cue.end].lower().endswith("ied")) and (
            _OVER_SO_MANY_DAYS.match(masked, q.end, min(len(masked), next_start))
            or before is not None and not _NOW_WORD.search(masked, before.end(), q.start)):
        # "occupied less than 1% of Ukraine's territory in a thousand days of war": that span's gain (not "In 1,000
        # days of war ..., and Russia now occupies 18%": a holding, present tense)
        return True
    bound = _pick_time(times, q, next_start, masked,
                       lambda t: t.kind in ("interval", "duration") or bool(t.kind == "point" and t.days and not t.speech))
    if bound is None:
        # "seizing less than 1% of Ukrainian territory since January 2024": what was taken since a date after the
        # full invasion began (not "20% of Ukraine since 2022", the whole holding)
        since = _pick_time(times, q, next_start, masked, lambda t: t.kind == "since" and t.start > q.end)
        if since is None:
            # "Since January 2024, Russia has seized under one percent of Ukraine's territory": the same, told first
            # (in the figure's clause)
            since = next((t for t in reversed(times) if t.kind == "since" and t.end <= q.start
                          and t.start < len(masked) and masked[t.start] != " "), None)
        if since is not None and since.date is not None:
            return since.date > _FULL_INVASION_YEAR_END
        if since is not None and since.year_start:
            return cue.kind == "gain"   # "this year, he has advanced 0.25 per cent of Ukraine": the year's gain
        return _SINCE_LATER_YEAR.match(masked, q.end, min(len(masked), next_start)) is not None
    if bound.start < q.start and re.search(r"\bsince\b[^,;]*$", masked[max(0, bound.start - 80):bound.start], re.I):
        return False    # "Since the onset of the invasion in 2022, Russia has seized 20% of Ukraine": all it took since
    # "occupy" is a holding ("now occupies 18%, including the parts seized in 2014") unless the past tense
    # is bounded by a period after the figure ("occupied 14% of ... in September")
    # ... but "has occupied a fifth of Ukraine since it took Crimea in 2014" dates the start of a holding
    return cue.kind != "occupy" or (masked[cue.start:cue.end].lower().endswith("ied") and bound.start > q.end
                                    and not re.search(r"\bsince\b", masked[q.end:bound.start], re.I))


# a recent time told before a simple past ("Earlier this week, they occupied two settlements"): an event of those days
_RECENT_BEFORE = re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+week\b|\byesterday\b|\bovernight\b|"
                            r"\blast\s+(?:week|night)\b", re.I)
# "claimed control of" and a span of days after the figure in its sentence
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:s|ed|ing)?\s+$", re.I)
_PAST_SPAN = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
                        r"(?:week|day|24\s+hours|(?:\w+\s+)?(?:days|weeks))\b", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|still)\s+(?:\w+ly\s+)?$", re.I)


# ("... over the past 1,000 days", "in a thousand days of full-scale war": a count of days the times do not read)
_DAYS_SPAN = (r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:a\s+thousand|\d[\d,]{2,})"
              r"\s+days\b")
_OVER_SO_MANY_DAYS = re.compile(r"[^.;,]{0,50}?" + _DAYS_SPAN, re.I)
_SO_MANY_DAYS = re.compile(_DAYS_SPAN, re.I)     # (told before the figure: "In a thousand days of war, ...")
_NOW_WORD = re.compile(r"\b(?:now|currently|today)\b", re.I)


# a retreat measured by its distance ("retreated by 8-9 km", "pulled back some 5 kilometres"), right before the figure
_RETREAT_BY = re.compile(r"\b(?:retreat(?:ed|s)?|withdr(?:ew|awn)|pulled\s+back|fell\s+back|(?:was|were|been)\s+(?:pushed|driven)\s+"
                         r"back)\s+(?:by\s+)?(?:up\s+to\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


_WHOLE_WAR_SPAN = re.compile(r"\b(?:from|since)\s+the\s+(?:(?:very\s+)?(?:start|beginning|onset|outset)\s+of\s+"
                             r"(?:the\s+|its\s+|Russia['\u2019]s\s+)?(?:full-scale\s+|full\s+scale\s+)?"
                             r"(?:invasion|war|aggression)\b|"
                             r"(?:full-scale\s+)?(?:invasion|war)['\u2019]s\s+(?:start|beginning|onset|outset)\b)",
                             re.IGNORECASE)
# "has been occupying", "is occupying": a holding that goes on, whatever span the sentence dates its start by
_OCCUPYING_STILL = re.compile(r"\b(?:(?:has|have)\s+been|is|are)\s+(?:still\s+)?occupying$", re.IGNORECASE)
# a table row's label before its figure: "Donetsk — ", "Zaporizhzhia region: " (area_region reads its region)
ROW_LABEL = re.compile(r"\W*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?:\s+(?:region|oblast|Oblast|Region))?\s*"
                           r"[\u2014\u2013:-]\s*")
# the time expressions that give a change its span ("over the past week", "since August")
_SPAN_KINDS = ("interval", "since", "duration", "same")
LOST_CONTROL = re.compile(r"los(?:t|ing)\s+(?:net\s+)?control(?:\s+(?:of|over))?", re.IGNORECASE)
# "Ukraine has lost a fifth of its territory": the share the other side holds, when no time bounds the loss (not
# "since 2022, Ukraine has lost 11% of its territory", a change)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?$", re.IGNORECASE)
_OF_ITS_LAND = re.compile(r"\s+of\s+(?:its|their|the)\s+(?:own\s+)?(?:territory|country|land)\b", re.IGNORECASE)


def _side_named_before(masked: str, pos: int) -> bool:
    """A side's word (area_cues.json's side lexicon) in the clause right before ``pos``: the loser named."""
    lo = max(0, pos - 60)
    return any(m.group("side_ukraine") or m.group("side_russia")
               for m in _lex().side.finditer(masked, lo, pos) if not re.search(r"[,;.]", masked[m.end():pos]))


def _lost_share_of_its_land(masked: str, cue: _Cue, q: Quantity, times) -> bool:
    # (the loser named in the clause: "It has lost ..." leaves the side to a pronoun this does not resolve)
    return masked[cue.start:cue.end].lower() == "lost" and _HAS_BEFORE.search(masked, max(0, cue.start - 20),
                                                                              cue.start) is not None \
        and _side_named_before(masked, cue.start) \
        and _OF_ITS_LAND.match(masked, q.end) is not None \
        and not any(t.kind in ("since", "interval", "duration") for t in times)


_METRIC = {
    ("area", "gain"): "area_gained", ("area", "take_control"): "area_gained", ("area", "control"): "area_controlled",
    ("area", "cover"): "area_controlled", ("area", "lose"): "area_lost",
    ("settlement", "gain"): "settlements_gained", ("settlement", "take_control"): "settlements_gained",
    ("settlement", "control"): "settlements_controlled", ("settlement", "lose"): "settlements_lost",
}
_AREA_TO_SETTLEMENTS = {"area_gained": "settlements_gained", "area_controlled": "settlements_controlled",
                        "area_lost": "settlements_lost"}
_SETTLEMENTS_TO_AREA = {v: k for k, v in _AREA_TO_SETTLEMENTS.items()}
# ("around 100 settlements in the Kursk region, covering about 1,300 sq km": their region between)
_SETTLEMENTS_BEFORE = re.compile(r"\b(?i:settlements|villages|towns|localities|communities)"
                                 r"(?:\s+in\s+(?i:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?i:region|oblast|province))?)?"
                                 r"\s*,?\s*$")
# ("... sq km of territory have been transferred to Russian control, encompassing 149 settlements": after the area's
# own predicate too)
_AREA_APPOSITION = re.compile(r"(?:" + AREA_UNIT + r"(?:\s+of\s+(?:the\s+)?(?:territory|land))?|\bcontrol)\s*,\s*$",
                              re.I)
# an area figure, then the settlements it includes: "6,640 km of territory in Ukraine, including 334 residential areas"
_AREA_INCLUDING = re.compile(r"(?<![a-z])(?:km2?|sq\.?\s*km|kilomet(?:re|er)s?|miles?)\b[^,.;:]{0,50},\s+including\s+"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
_CHANGE_METRICS = {"area_gained", "area_lost", "settlements_gained", "settlements_lost"}
# a holding's change right before its figure: "increased by", "grew by an average of", "decreased by"
# (and the noun: "controls 113,588 sq km, reflecting an increase of 943 sq km in two months")
_HOLDING_CHANGED_BY = re.compile(r"\b(?:(?P<up>increas\w*|gr[eo]w\w*|rose|risen|expand\w*)|(?P<down>decreas\w*|shr[ua]nk\w*|"
                                 r"fell|fallen|declin\w*|reduc\w*))\s+by\s+(?:an?\s+average\s+of\s+|only\s+|just\s+|"
                                 r"about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)*$"
                                 r"|\b(?:an?|the)\s+(?:net\s+)?(?:(?P<up2>increase|growth|rise|expansion)|"
                                 r"(?P<down2>decrease|reduction|decline))\s+of\s+(?:only\s+|just\s+|"
                                 r"about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)*$", re.I)


# (a figure's noun: not "the total area of land liberated since June is 210 sq km", whose "area" is measured by the
# figure after the participle)
_OF_TERRITORY_BEFORE = re.compile(r"(?<!\barea\s)\bof\s+(?:the\s+|all\s+(?:the\s+)?)?"
                                  r"(?:territor(?:y|ies)|lands?|areas?)\s+$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_PUSH_VERB = re.compile(r"push(?:ed|es|ing)?|drove|driven|driv(?:e|es|ing)", re.IGNORECASE)
_OBJECT_BACK = re.compile(r"\s+(?:the\s+)?(?P<side>[\w'\u2019-]+)(?:\s+(?:forces|troops|units|army|soldiers|military))?\s+back\s+"
                          r"(?:by\s+)?(?:(?:up\s+to|about|some|around|nearly|almost|more\s+than|over)\s+)?", re.IGNORECASE)
_GAINS_SUBJECT = re.compile(r"\b(?:advances|gains)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# the next item of a list of depths: "and by up to 7km", "250m near X, 200m on the Y front and 500m to 1km towards Z"
_NEXT_DEPTH_BEFORE = re.compile(r"(?:\band(?:\s+by)?|,)\s+$")


def read_metric(state: _State, sent: str, masked: str, q: Quantity, lo: int, hi: int, next_start: int,
                claimant_side: str | None, mentions: list[tuple[int, int, str]], times: list[TimeExpr],
                earlier: list[tuple[AreaClaim, bool]]) -> tuple[_Cue, str] | None:
    """The cue that governs figure ``q`` (``masked``: its sentence with the other clauses blanked) and the metric
    it gives; None when the figure is no area claim. ``earlier``: the sentence's claims so far."""
    lex = _lex()
    cue = None
    if q.kind == "distance":
        window = ADVANCE_WINDOW
        if earlier and earlier[-1][0].metric == "advance_depth" \
                and _NEXT_DEPTH_BEFORE.search(masked, max(lo, q.start - 12), q.start):
            # "advanced by up to 3km near X in the Zaporizhzhia sector and by up to 7km near Y": the second depth is
            # the same verb's, however long the first one's place
            window = CUE_WINDOW
        win = masked[max(lo, q.start - window):q.start]
        am = None
        for m in lex.advance.finditer(win):
            if m.group(0).lower() == "driven" and _PASSIVE_BEFORE.search(win, 0, m.start()):
                continue    # ("the student was driven 15 miles to a remote area": carried there, no advance)
            am = m
        metric = "advance_depth"
        retreat = _RETREAT_BY.search(masked, max(lo, q.start - 40), q.start) if am is None else None
        if retreat is not None:
            # "the Ukrainian army retreated by 8-9 km": how far the other side advanced
            side = _scan_subject(masked, lo, retreat.start(), claimant_side)
            if side is None:
                return None
            cue = _Cue("advance", retreat.start(), retreat.end(), agent=_other(side))
        elif am is None and (of_adv := _OF_ADVANCE_AFTER.match(masked, q.end)) is not None:
            # "maps record roughly 19 miles of Russian advance in six weeks": the noun after the figure is the advance
            # it measures, and its adjective the side that made it
            side = of_adv.group("side")
            cue = _Cue("advance", q.start, q.end,
                       agent=None if side is None else "Russia" if side.lower().startswith("russia") else "Ukraine")
        elif am is None:
            if not _DEEP_INTO.match(masked, q.end) and not (
                    _DEEP_AFTER.match(masked, q.end) and _INCURSION_BEFORE.search(win)):
                return None
            # "... and more than three kilometres deep into the enemy's defence": the depth names the advance
            cue = _Cue("advance", q.start, q.end)
        else:
            a0 = max(lo, q.start - window)
            cue = _Cue("advance", a0 + am.start(), a0 + am.end())
            pushed = _PUSH_VERB.fullmatch(am.group(0)) and _OBJECT_BACK.match(masked, a0 + am.end(), q.start)
            sm = lex.side.match(masked, pushed.start("side")) if pushed else None
            if sm is not None and (sm.group("side_ukraine") or sm.group("side_russia")
                                   or sm.group("enemy") and claimant_side in ("Ukraine", "Russia")):
                # "they were able to push Russian forces back two kilometers": the side pushed back is the one
                # that lost the ground, the pusher the one that advanced
                cue.agent = _other(_side_of_match(sm, claimant_side))
    else:
        cue = _find_cue(masked, q, lo, hi, claimant_side)
        if cue is None and q.kind == "share" and state.list_intro is not None and state.list_line \
                and (re.match(r"\s*of\b", sent[q.end:]) or ROW_LABEL.fullmatch(sent, 0, q.start)):
            # "- More than 80% of Donetsk" under "Russia controls ..., including:": the intro's holding (and a table's
            # row, "Donetsk — 78.1%")
            cue = _Cue("control", q.start, q.start, agent=state.list_intro)
        elif q.kind == "share" and state.parts_intro is not None and q.start >= state.parts_intro[1] \
                and re.match(r"\s*of\b", sent[q.end:]) and (
                    cue is None or cue.end <= q.start and re.search(r"[,;]", sent[cue.end:q.start])):
            # "... under Russian control include Crimea, annexed in 2014; over 99% of the Luhansk region": a part of
            # that holding (a verb in an earlier item is that item's)
            cue = _Cue("control", q.start, q.start, agent=state.parts_intro[0])
        if cue is None:
            return None
        if cue.kind == "control" and _CONTROL_OVER_BEFORE.search(masked, max(lo, q.num_start - 20), q.num_start) \
                and _RESTORED.match(masked, q.end):
            # "Control over seven settlements has been restored": the control the figure's noun phrase names, taken
            # back
            cue.kind = "take_control"
        if cue.kind == "gain" and not cue.passive and _EXPELLED.fullmatch(masked, cue.start, cue.end) \
                and _BEEN_BEFORE.search(masked, max(lo, cue.start - 30), cue.start):
            # "Ukrainian forces had been pushed out of three villages": the subject was expelled, it lost them
            cue.kind = "lose"
        if q.kind == "settlement" and earlier and earlier[-1][0].metric in _AREA_TO_SETTLEMENTS \
                and _AREA_INCLUDING.search(sent, max(0, q.start - 90), q.start):
            # "controlled an additional 6,640 km of territory in Ukraine, including 334 residential areas": the
            # settlements inside the area, counted the way the area was
            return cue, _AREA_TO_SETTLEMENTS[earlier[-1][0].metric]
        if cue.kind == "cover" and q.kind == "settlement" and earlier and earlier[-1][0].metric in _AREA_TO_SETTLEMENTS \
                and _AREA_APPOSITION.search(masked, max(lo, cue.start - 60), cue.start):
            # "liberated 259 square kilometres of territory, encompassing 24 towns and villages": the settlements
            # the area held, counted the way the area was
            return cue, _AREA_TO_SETTLEMENTS[earlier[-1][0].metric]
        if cue.kind == "cover" and q.kind == "area" and earlier and earlier[-1][0].metric in _SETTLEMENTS_TO_AREA \
                and _SETTLEMENTS_BEFORE.search(masked, max(lo, cue.start - 40), cue.start):
            # "retaken seven villages spanning 90 square kilometers": the area of the settlements counted, taken
            # the way they were
            return cue, _SETTLEMENTS_TO_AREA[earlier[-1][0].metric]
        if cue.kind == "cover" and _GAINS_SUBJECT.search(masked, max(lo, cue.start - 40), cue.start):
            cue.kind = "gain"     # "Russian advances measured 477 sq km": the size of what was gained
        if cue.kind == "cover" and not lex.cover_subject.search(masked[max(lo, cue.start - 80):cue.start]):
            return None
        if q.kind == "share":
            zone_has_region = any(q.end <= a < min(next_start, q.end + 60) for a, _, _ in mentions)
            if not _share_ok(masked, q, cue, zone_has_region):
                return None
            if cue.kind == "lose" and not LOST_CONTROL.fullmatch(masked, cue.start, cue.end) \
                    and not _lost_share_of_its_land(masked, cue, q, times):
                return None     # (but "Kyiv has lost control of 72% of the region": a holding, the other side's)
            if _share_is_a_change(state, times, q, next_start, masked, cue, earlier):
                return None
            metric = "territory_share"
        else:
            kind = cue.kind
            if kind == "occupy":
                bound = _pick_time(times, q, next_start, masked,
                                   lambda t: t.kind in _SPAN_KINDS
                                   or bool(t.kind == "point" and t.days and not t.speech))
                kind = "gain" if bound else "control"
                # (not "still occupied 11 settlements in the oblast, down from more than 40 on March 20": a holding,
                # the day the other figure's)
                if kind == "control" and not _STILL_BEFORE.search(masked, max(0, cue.start - 15), cue.start) and (
                        _MORE_IN.search(masked, q.start, q.end) or masked[cue.start:cue.end].lower().endswith("ied")
                        and (any(t.kind == "point" and not t.speech and q.end <= t.start <= q.end + 25
                                 and t.date is not None for t in times)
                             or _RECENT_BEFORE.search(masked, lo, cue.start) is not None
                             and not _HAVE_BEFORE.search(masked, max(0, cue.start - 12), cue.start))):
                    # "the enemy occupied two villages on 26 April", "Russia occupied two more villages": taken that
                    # day, or added to what it held
                    kind = "gain"
                if _TOTAL_AREA_TO.search(masked, max(lo, q.start - 120), q.start):
                    # "causing the total area of Ukrainian territory occupied by Russia to drop to 118,917 km2": the
                    # holding, whatever the month its change was told for
                    kind = "control"
                if _WHOLE_WAR_SPAN.search(masked, lo, q.start) \
                        or _OCCUPYING_STILL.search(masked, max(lo, cue.start - 25), cue.end):
                    # "from the start of the full-scale aggression to November 30, Russia has occupied 26,266 square
                    # miles": all it holds of what it took in the war, a holding
                    kind = "control"
            if kind == "gain" and q.kind == "area" and not BACK_VERB.match(masked, cue.start, cue.end) \
                    and _SINCE_WAR_BEGAN.match(masked, q.end, len(masked) if re.fullmatch(
                        r"\s*,\s*", masked[q.end:next_start]) else min(len(masked), next_start)):
                # "Russia has seized 115,000 square kilometres, about one fifth of the country, since 2014": all it
                # took since the war began, the holding (not "since August 6", that month's gain); past a share
                # apposed to it
                kind = "control"
            if kind == "lose" and q.kind in ("settlement", "area") \
                    and LOST_CONTROL.fullmatch(masked, cue.start, cue.end) \
                    and not _pick_time(times, q, next_start, masked, lambda t: t.kind in _SPAN_KINDS):
                # "Russia has lost control of 28 settlements in the Kursk region": with no span, what the other
                # side now holds (area_controller turns the side), not a loss of one week
                kind = "control"
            if kind == "control" and _CLAIMED_BEFORE.search(masked, max(0, cue.start - 12), cue.start) \
                    and (_PAST_SPAN.search(sent, q.end) or any(t.kind == "interval" and not t.speech for t in times)):
                # "its forces have claimed control of seven populated areas in the DPR and two in Dnipropetrovsk
                # Oblast over the past week": the week's captures announced, not the holding
                kind = "gain"
            if kind == "control" and _ADDITIONAL.fullmatch(masked, cue.end, q.start):
                kind = "gain"     # "securing an additional 40 sq km", "now holds another 12 villages": what was added
            if kind == "control" and q.kind == "settlement" and _NEW_IN.search(masked, q.num_start, q.end) \
                    and not (cue.passive and _REMAIN.search(masked, q.end, cue.start)):
                # "claims control of two new villages", "controls two more villages": just taken (not "about 25 more
                # settlements remain under occupation": still held)
                kind = "gain"
            if kind == "control" and cue.start > q.end and _TRANSFER_OF.search(masked, max(lo, q.start - 30), q.start):
                kind = "gain"     # "the transfer of 4 settlements ... under the control of the army": a change of hands
            grew = _HOLDING_CHANGED_BY.search(masked, max(lo, q.start - 40), q.start)
            if kind == "control" and grew is not None:
                # "the area of enemy control increased by 6.14 sq km", "... decreased by 0.41 sq km": the holding's
                # change, a gain or a loss of the side that holds it
                kind = "lose" if grew.group("down") or grew.group("down2") else "gain"
            metric = _METRIC.get((q.kind, kind))
            if metric is None:
                return None
    return cue, metric

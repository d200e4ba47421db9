"""Area claims, stage 5: the region a figure is about (``read_regions``).

A gazetteer mention in the figure's zone (after it, up to its clause's end), else the nearest one earlier in
the sentence, else the region of the previous claim or earlier context (``_context_region``), else the
title, else Ukraine. Two different oblasts for one figure -> Ukraine; "N% each of A and B" -> one claim per
region (``_region_list_after``); "five settlements — four in Donetsk and one in Zaporizhzhia —" is broken down
by oblast (``_breakdown``); "two in Donetsk region as well as one in Sumy region" adds the elliptic item
(``_elliptic_item``); "about 80% of this area" takes the oblasts the previous sentence listed.
"""
from __future__ import annotations

import re
from collections import Counter

from pipelines.extraction.area_article import _State
from pipelines.extraction.area_figures import (
    _BREAKDOWN, _BREAKDOWN_PART, _SUBORDINATE, APPROX_BEFORE, NAMES_SET_OFF, SPACE, _boundary_after)
from pipelines.extraction.area_metric import ROW_LABEL, _Cue, control_noun_after
from pipelines.extraction.dates import TimeExpr
from pipelines.extraction.numbers import Quantity, parse_number
from pipelines.extraction.places import find_places
from pipelines.extraction.regions import country_of, find_regions, region_of
from pipelines.extraction.sides import _PREP_BEFORE

_BRACKETED_AFTER = re.compile(r"(?:\s+(?:region|oblast|province))?\s*\(\s*")
_REGION_AND = re.compile(r"\s+and\s+")
_LIST_GAP = re.compile(r"\s*(?:regions?|oblasts?|provinces?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?",
                       re.IGNORECASE)
# (and a time phrase: "90% of its declared territory since the start of the special military operation in Ukraine")
_ZONE_STOP = re.compile(r"\s(?:since|after|before|when|because|until)\s+(?:it|they|he|she|we)\b"
                        # ("has occupied 196.97 sq km in the region and controls small areas of Ukrainian territory":
                        # a second predicate of the subject, about other ground)
                        r"|\sand\s+(?:also\s+|now\s+|still\s+)?(?:controls|holds|occupies|has|have|had|is|are|was|"
                        r"were|remains|captured|seized|took|retook|liberated|advanced|gained)\b"
                        r"|\s(?:since|after|before)\s+the\s+(?:start|beginning|launch|outbreak|onset)\s+of\b",
                        re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
_ELLIPTIC_NEXT = re.compile(r"\s(?:as\s+well\s+as|and|plus)\s+(?:another\s+)?(?P<n>" + "|".join(_NUMBER_WORDS) + r"|\d+)\s+"
                            r"(?:in|on)\b", re.IGNORECASE)
_ZONE_COMMA = re.compile(r",(?!\d{3}\b)")
_COUNTRYS_SETTLEMENTS = re.compile(r"\bUkrainian\s+(?:settlements|villages|towns|localities|communities)\b")
_OF_THE_TERRITORY = re.compile(r"\s+of\s+(?:the|its)\s+(?:territory|land|region|oblast)\b", re.IGNORECASE)
_OF_ITS_TERRITORY = re.compile(r"\s+of\s+its\s+(?:own\s+)?(?:territory|land)\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"(?:\s+(?:region|oblast|province))?\s*,\s+where\s+[^,;:.]{0,60}?", re.IGNORECASE)
# "the aforementioned regions", "these oblasts", "all four regions": several oblasts named before, one total
_SEVERAL_REGIONS = re.compile(r"\b(?:aforementioned|above-?\s?mentioned|these|those|said|same|all|both|two|three|four|"
                              r"five|several)\s+(?:(?:four|five|three|two|border|frontline|front-line)\s+)?"
                              r"(?:regions|oblasts|provinces)\b", re.IGNORECASE)
_ABBREVIATION_GAP = re.compile(r"\s*\(\s*")
_PAREN_THEN_IN = re.compile(SPACE + r"\([^()]{1,40}\)\s*,(?=\s+in\s)")
_TOTAL_CLAUSE = re.compile(r"\s(?:bringing|raising|taking|pushing)\s+(?:the|its|their|our)\s+(?:\w+\s+)?(?:total|tally|number)\b",
                           re.IGNORECASE)

# "the territory captured by Ukraine": an agent, not the region the figure is about
# (and "under the control of Ukraine": the controller, not the region)
# "... and a near-encirclement of X": a coordinated noun of another kind, with its own places
_AND_ANOTHER_THING = re.compile(r"\s+and\s+an?\s+(?!(?:total|further|combined|additional|another)\b)"
                                # ("75% of the Donetsk region and nearly all of Luhansk": another quantity, its own region)
                                r"|\s+and\s+(?:(?:nearly|almost|virtually|practically|roughly)\s+)?(?:all|most|half|much|parts?)\s+of\b",
                                re.IGNORECASE)
# ("returned ... in Kharkiv and Pivdenno-Buzke directions is more than 700 square kilometers": before the figure, and
# with no article)
_TWO_FRONTS = re.compile(r"\b(?:on|along|in|at)\s+(?:the\s+)?(?P<a>(?-i:[A-Z])[\w'\u2019-]+)\s+and\s+(?:the\s+)?"
                         r"(?P<b>(?-i:[A-Z])[\w'\u2019-]+)\s+(?:fronts|directions|axes|sectors)\b", re.IGNORECASE)


def _front_oblast(name: str) -> str | None:
    """The oblast a front named after a place or region lies in (None for a name we do not know, "Tavriia")."""
    found = find_places(name, regional=True)
    if found and found[0].place is not None:
        return found[0].place.oblast
    return region_of(name)


def _fronts_apart(a: str, b: str) -> bool:
    """Do two named fronts lie in different oblasts (or one of them where we cannot say)?"""
    oa, ob = _front_oblast(a), _front_oblast(b)
    return not (oa and ob and oa == ob)
_AND_PART_OF = re.compile(r"\s+and\s+(?:an?\s+|some\s+)?(?:small\s+)?parts?\s+of\b", re.IGNORECASE)
# "12,000 square kilometers were liberated and about 500 settlements were recaptured ... in the Kharkiv region": two
# passive clauses joined by "and" share the place the second names
_PASSIVE_AND = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\s+and\s+"
                          r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than)\s+)?")
# ", recapturing a string of villages in ...": a gerund that tells what a gain took
_GAIN_CLAUSE = re.compile(r",\s+(?:(?:re)?captur|liberat|retak|tak|seiz|reclaim|regain|free)ing\b", re.IGNORECASE)

_AGENT_BEFORE = re.compile(r"\b(?:by|control\s+of|hands\s+of)\s+(?:the\s+)?$", re.IGNORECASE)

# "across the entire front": the figure is for the whole war, whatever oblast the paragraph is about ("across the
# conflict zone", "across the front line": "across" spans the whole of it)
_WHOLE_FRONT = re.compile(
    r"\b(?:across|along|on)\s+the\s+(?:entire|whole)\s+(?:front|front\s*line|frontline)\b|\ball\s+along\s+the\s+front|"
    r"\bacross\s+the\s+(?:front|front\s*line|frontline|conflict\s+zone|combat\s+zone|war\s+zone|battlefield)\b",
    re.IGNORECASE)
# before the figure, the capital alone ("Speaking at a forum in Kyiv, Syrskyi said ...") is where words are
# said, and "Ukraine" starting a name ("the Ukraine 2024 Independence forum", "Ukraine Recovery Conference")
# is no place: neither is the region of the figure (an oblast, "Kyiv region", is)
_VENUE = re.compile(r"(?:Kyiv|Kiev)(?![\w'’-])(?!\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince))|Ukraine\s+(?:\d{4}\b|[A-Z][a-z]+\s+[A-Z])")
_THIS_AREA = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:this|that|the|these|those)\s+(?:area|region|territory|"
                        r"regions|territories|provinces)\b", re.IGNORECASE)


# (", were in the eastern Donetsk region": the figure set off as the subject, its place the predicate)
# (", apparently all in the northeastern region of Kharkiv": a hedge or degree before "all")
_ALL_IN = re.compile(r",\s+(?:(?:apparently|reportedly|mostly|mainly|largely|almost|nearly|practically|virtually)\s+)?"
                     r"(?:(?:all|entirely|wholly)\s+(?:of\s+(?:it|them)\s+)?|(?:were|was|are|is|lay|lie|lies)\s+"
                     r"(?:all\s+|entirely\s+|wholly\s+)?)in\s+", re.IGNORECASE)
_TERRITORY_AFTER = re.compile(r"\s+(?:internationally\s+recogni[sz]ed\s+|sovereign\s+|entire\s+|whole\s+)?"
                              r"(?:territory|territories|land|landmass|soil)\b", re.IGNORECASE)

_OF_THE_REGION = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|this|that)\s+(?:region|oblast|province)\b(?!['\u2019]s)",
                            re.IGNORECASE)
# ("more than half the territory taken by Russia": "half" takes its noun without "of"; "54% of the maximum amount of
# extra territory Russia seized": the measure's words before the land)
_SHARE_OF_THE = (r"\s*(?:per\s*cent\s+|percent\s+)?(?:of\s+)?the\s+"
                 r"(?:(?:maximum|total|overall)\s+amount\s+of\s+(?:extra\s+|additional\s+|new\s+)?)?")
_OCCUPIED_BY_RUSSIA = re.compile(_SHARE_OF_THE + r"(?:land|territory|territories|area|ground)\s+"
                                 r"(?:(?:it|that|which)\s+(?:had\s+|has\s+)?(?:been\s+)?)?(?:seized|captured|occupied|taken)\s+by\s+"
                                 r"(?:Russia|Moscow|(?:the\s+)?Russian\s+(?:forces|troops|army))\b"
                                 # ("about half of the land that Russia initially seized": the active relative)
                                 r"|" + _SHARE_OF_THE + r"(?:land|territory|territories|area|"
                                 r"ground)\s+(?:(?:that|which)\s+)?(?:Russia|Moscow|(?:the\s+)?Russian\s+"
                                 r"(?:forces|troops|army))\s+(?:(?:had|has|initially|originally|first)\s+){0,2}"
                                 r"(?:seized|captured|occupied|took)\b",
                                 re.IGNORECASE)
_SEIZED_AREA = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?"
                          r"(?:seized|captured|occupied|taken|gained)\s+(?:land|territory|territories|area|ground)\b",
                          re.IGNORECASE)


# "in the Kharkiv region along the administrative boundary with the Luhansk region": the second oblast only says
# where in the first the figure lies
_BORDER_OF = re.compile(r"\b(?:border|boundary|frontier|borders|boundaries)\s+(?:with|of)\s+(?:the\s+)?$|\bbordering\s+(?:the\s+)?$",
                        re.IGNORECASE)


# a neighbour named to locate the region before it: "Kursk, adjacent to Belgorod", "Kherson, next to Mykolaiv"
_LOCATOR_BEFORE = re.compile(r"\b(?:adjacent\s+to|next\s+to|bordering|neighbou?ring)\s+(?:the\s+)?$", re.IGNORECASE)


def _pick_zone_region(mentions: list[tuple[int, int, str]], s: str = "") -> tuple[str | None, list[str]]:
    if s and len(mentions) > 1:
        inner, dropped_end = [], None
        for m in mentions:
            if _BORDER_OF.search(s, max(0, m[0] - 40), m[0]) or (
                    dropped_end is not None and re.fullmatch(r"\s*\(\s*", s[dropped_end:m[0]])):
                # (and its abbreviation in brackets: "on the border with the Lugansk People's Republic (LPR)")
                dropped_end = m[1]
                continue
            inner.append(m)
        mentions = inner or mentions
    strong = [r for _, _, r in mentions if r not in ("Ukraine", "Ukraine~", "Russia")]
    distinct = list(dict.fromkeys(strong))
    if len(distinct) == 1:
        return distinct[0], distinct
    if len(distinct) > 1:
        return "Ukraine", distinct
    if any(r in ("Ukraine", "Ukraine~") for _, _, r in mentions):
        return "Ukraine", []
    return None, []


def _with_ukraine(s: str, zone: list[tuple[int, int, str]]) -> bool:
    """Whether the zone lists Ukraine together with another region ("in Ukraine and the Kursk region")."""
    return any(a[2] == "Ukraine" and b[2] != "Ukraine" or b[2] == "Ukraine" and a[2] != "Ukraine"
               for a, b in zip(zone, zone[1:]) if _LIST_GAP.fullmatch(s[a[1]:b[0]]))


def _oblasts_of_places_after(s: str, pos: int) -> set[str]:
    """The oblasts of the gazetteer places the clause after a settlement count names, when it names two or more."""
    stop = re.search(r"[.;]|\s(?:while|but|whereas)\s", s[pos:])
    places = [m.place for m in find_places(s[pos:pos + (stop.start() if stop else len(s) - pos)]) if m.place]
    return {p.oblast for p in places} if len(places) >= 2 else set()


# an item's oblast in a list: "A in Ukraine's northeastern Kharkiv region and B in eastern Donetsk"
_ITEM_IN = re.compile(r"\sin\s+(?:the\s+|Ukraine['\u2019]s\s+|Russia['\u2019]s\s+)?(?:(?:north|south|east|west|central)"
                      r"[a-z-]*\s+)?(?=[A-Z])")


def _item_oblasts_after(s: str, pos: int) -> set[str]:
    """The oblasts the items of a list after a settlement count are located in ("A in the Kharkiv region and B in
    eastern Donetsk"), whether or not the gazetteer knows the items themselves (many villages share a name)."""
    stop = re.search(r"[.;]|\s(?:while|but|whereas)\s", s[pos:])
    end = pos + (stop.start() if stop else len(s) - pos)
    out = set()
    for m in _ITEM_IN.finditer(s, pos, end):
        named = find_regions(s[m.end():end])
        if named and named[0][0] == 0 and named[0][2] not in ("Ukraine", "Russia"):
            out.add(named[0][2])
    return out


def _oblasts_of_list_before(s: str, lo: int, hi: int) -> set[str]:
    """The oblasts of the last list of gazetteer places (three or more, joined by commas and "and") between ``lo``
    and ``hi``."""
    places = [m for m in find_places(s[lo:hi]) if m.place is not None]
    run: list = []
    for m in places:
        if run and _LIST_GAP.fullmatch(s, lo + run[-1].end, lo + m.start):
            run.append(m)
        else:
            run = [m]
    return {m.place.oblast for m in run} if len(run) >= 3 else set()


_INCLUDING_AFTER = re.compile(r"[^.;,]{0,30}?,\s+including\s+", re.IGNORECASE)


def _oblast_included(s: str, pos: int) -> str | None:
    """The one oblast of the gazetteer places an "including" after a settlement count or an area names."""
    inc = _INCLUDING_AFTER.match(s, pos)
    if inc is None:
        return None
    stop = re.search(r"[.;]|\s(?:while|but|whereas|and\s+(?!\w+\s+(?:of\s+)?[A-Z]))", s[inc.end():])
    places = [m.place for m in find_places(s[inc.end():inc.end() + (stop.start() if stop else 120)]) if m.place]
    oblasts = {p.oblast for p in places}
    return oblasts.pop() if len(oblasts) == 1 else None


def _oblast_of_places_after(s: str, pos: int) -> str | None:
    """The one oblast of the gazetteer places the clause after a settlement count names, when it names two or
    more and they all lie in it."""
    oblasts = _oblasts_of_places_after(s, pos)
    return oblasts.pop() if len(oblasts) == 1 else None


# the count's own list right after it: "8 settlements: A, B, C", "four villages - A, B and C"
_LIST_OPENS = re.compile(r"\s*(?:[:\u2014\u2013]|\s-\s)")


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


# ("liberated more than 600 settlements from the Russian occupation in the past month, including 75 in the highly
# strategic Kherson region": the clause may go on before the comma, and the oblast's name take adjectives)
_SUB_COUNT = re.compile(r"(?:\s+[^,.;:]{1,60}?)?,\s+(?:including|of\s+which)\s+"
                        r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+them\s+)?"
                        r"in\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,3}?"
                        r"(?P<place>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:region|oblast|People's\s+Republic))?)"
                        r"(?=\s*(?:[.;,)\"\u201d]|$))", re.IGNORECASE)


def _breakdown(sent: str, q: Quantity) -> list[tuple[float, str]]:
    """The parts of a total broken down by oblast right after it: "five settlements — four in Donetsk and
    one in Zaporizhzhia —" -> [(4, Donetsk Oblast), (1, Zaporizhzhia Oblast)]."""
    m = _BREAKDOWN.match(sent, q.end)
    if m is None:
        one = _SUB_COUNT.match(sent, q.end)
        found = find_regions(one.group("place")) if one else None
        value = parse_number(one.group("n")) if one else None
        # ("29 settlements, including six in the Luhansk region": one part named, the total stays whole)
        return [(value, found[0][2])] if found and value is not None and value < q.low else []
    parts = []
    for pm in _BREAKDOWN_PART.finditer(m.group("parts")):
        value = parse_number(pm.group("n"))
        found = find_regions(pm.group("place"))
        if value is None or not found:
            return []
        parts.append((value, found[0][2]))
    return parts if len(parts) >= 2 else []


# "captured 4,714 sq km between January 1 and September 25: 205 sq km in the Luhansk region; 3,308 sq km in the
# Donetsk region; ...": after a colon, the total's parts by region, one figure each
_COLON_BEFORE_PARTS = re.compile(r"[^.;:()]{0,80}:\s*")
_PART_GAP = re.compile(r"\s*(?:[;,]\s*(?:and\s+)?|and\s+)")
_PART_IN = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+in\s+(?:the\s+)?")
_PART_END = re.compile(r"(?:\s+(?:region|oblast|province))?(?=\s*(?:[;,.]|and\b|$))", re.IGNORECASE)


def colon_part(sent: str, q: Quantity, mentions: list[tuple[int, int, str]], after: int, first: bool) -> tuple[str, int] | None:
    """(region, end of the item) when ``q`` is an item "N sq km in the X region" of such a list: the first one
    right after the colon that follows the total (which ends at ``after``), a later one right after the previous
    item (ending at ``after``)."""
    gap = (_COLON_BEFORE_PARTS if first else _PART_GAP).fullmatch(sent, after, q.start)
    into = _PART_IN.match(sent, q.end)
    if gap is None or into is None:
        return None
    region = next(((r, b) for a, b, r in mentions if a == into.end()), None)
    if region is None or region[0] in ("Ukraine", "Russia"):
        return None
    end = _PART_END.match(sent, region[1])
    return (region[0], end.end()) if end else None


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


def _list_comma(s: str, mentions: list[tuple[int, int, str]], pos: int) -> bool:
    """Whether the comma at ``pos`` stands between two region mentions of one list."""
    oblasts = [m for m in mentions if m[2] not in ("Ukraine", "Ukraine~", "Russia")]
    return (any(m[1] <= pos and re.fullmatch(r"\s*", s[m[1]:pos]) for m in oblasts)
            and any(m[0] > pos and _LIST_GAP.fullmatch(s, pos, m[0]) for m in oblasts))


def _list_ending_with(s: str, mentions: list[tuple[int, int, str]]) -> list[str]:
    """The distinct oblasts of the list of region mentions that ends with the last of ``mentions``."""
    if not mentions:
        return []
    out = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if _ABBREVIATION_GAP.fullmatch(s, m[1], out[-1][0]):
            out[-1] = m     # "the Donetsk People's Republic (DPR)": one item and its abbreviation
            continue
        if not _LIST_GAP.fullmatch(s[m[1]:out[-1][0]]):
            break
        out.append(m)
    return list(dict.fromkeys(r for _, _, r in out))


def _listed_oblasts_before(state: _State, sent_idx: int) -> list[str]:
    """The oblasts the previous sentence lists together ("the provinces of Donetsk and Luhansk"), when it lists
    two or more: the antecedent of "this area"."""
    if sent_idx == 0:
        return []
    # (not the end of a route: "Kherson is the gateway to the Crimean peninsula" lists one region)
    ms = [r for a, _, r in state.regions_in(state.sentences[sent_idx - 1])
          if r not in ("Ukraine", "Ukraine~", "Russia", "Kyiv") and not _ROUTE_TO.search(state.text, max(0, a - 40), a)]
    distinct = list(dict.fromkeys(ms))
    return distinct if len(distinct) >= 2 else []


_OF_SEVERAL = re.compile(r"[\"\u201d]?\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the\s+|these\s+|those\s+)?(?:two|three|four|both)\s+"
                         r"(?:[a-z]+\s+)?(?:regions|oblasts|provinces)\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}", re.I)
# ("Ukrainian forces in Russia have seized 380 square miles": the forces' ground is Russia's)
_RUSSIAN_IN_FIGURE = re.compile(r"\bRussian\s+(?:settlements|villages|towns|localities)\b")
_INTO_RUSSIA = re.compile(r"\b(?:Russian\s+(?:territory|soil|land|border\s+regions?)|into\s+Russia|"
                          r"(?:Ukrainian|Ukraine['\u2019]s|Kyiv['\u2019]s)\s+(?:forces|troops|units|soldiers)\s+in\s+"
                          r"Russia)\b", re.IGNORECASE)


_OF_RUSSIAN_LAND = re.compile(r"\s+(?:\([^()]{1,40}\)\s+)?of\s+(?:Russian\s+(?:territory|soil|land)|"
                              r"Russia(?!['\u2019]))\b", re.IGNORECASE)


def _russian_oblast(state: _State) -> str | None:
    """The Russian oblast an article names, when it names one, or one at least twice as often as any other (its
    title included): "the neighbouring Russian region of Belgorod declared a state of emergency" in a piece on
    Kursk."""
    found = Counter(r for _, _, r in state.regions_in((0, len(state.text))) + find_regions(state.title or "")
                    if r != "Russia" and country_of(r) == "Russia").most_common(2)
    return found[0][0] if len(found) == 1 or len(found) == 2 and found[0][1] >= 2 * found[1][1] else None


_COUNTRY_LOOKBACK = 2

# a part of the front named by its compass point ("in the south", "along the southern front", "in the east and the
# south", "on other sectors of the front", "in the SMO zone"): no oblast of the paragraphs before is the figure's
# unless it lies that way ("in the south" after Kherson is Kherson's; after Donetsk, a figure over several oblasts,
# which the conventions give to Ukraine)
_COMPASS = re.compile(
    # ("in the occupied south": a part of the front with its state before it)
    r"\b(?:in|on|along|across|at)\s+(?:the\s+)?(?:(?:Russian-|Ukrainian-)?(?:occupied|held|controlled)\s+)?"
    r"(?P<point>(?:south|north)(?:-?(?:east|west))?|east|west)\b"
    r"(?!\s+of\s+(?!the\s+country|Ukraine))|"
    r"\b(?P<adj>(?:south|north)(?:-?(?:east|west))?ern|eastern|western)\s+(?:Ukraine|front|sector|direction|"
    r"part\s+of\s+the\s+country)\b|"
    r"\b(?P<all>other\s+(?:sectors|parts|sections|areas)\s+of\s+the\s+front|(?:in|across)\s+the\s+(?:CVO|SMO|"
    r"special\s+(?:military\s+)?operation\s+zone))\b", re.IGNORECASE)
_POINT_OBLASTS = {
    "south": {"Kherson Oblast", "Zaporizhzhia Oblast", "Mykolaiv Oblast", "Odesa Oblast", "Crimea", "Sevastopol"},
    "east": {"Donetsk Oblast", "Luhansk Oblast", "Kharkiv Oblast", "Dnipropetrovsk Oblast"},
    "north": {"Kharkiv Oblast", "Sumy Oblast", "Chernihiv Oblast", "Kyiv Oblast"},
    "west": set(),
}


def _compass_region(state: _State, idx: int, masked: str, lo: int, hi: int) -> str | None:
    """The region of a figure whose clause names a part of the front by its compass point: the oblast the text has
    been about when it lies that way, else Ukraine; None when the clause names none."""
    points: set[str] = set()
    for m in _COMPASS.finditer(masked, lo, hi):
        if m.group("all"):
            return "Ukraine"
        word = (m.group("point") or m.group("adj")).lower().replace("-", "")
        word = word[:-3] if word.endswith("ern") else word
        points.add(word)
    if not points:
        return None
    context = _context_region(state, idx)    # (looked up only for a clause that names a compass point)
    if context and country_of(context) == "Russia":
        return context    # "the western flank" of an incursion into Kursk: a side of that front, not of Ukraine's
    if len(points) == 1 and context:
        (word,) = points
        parts = [p for p in ("south", "north", "east", "west") if p in word]
        if any(context in _POINT_OBLASTS[p] for p in parts):
            return context
    return "Ukraine"


# a month's total so far ("3,000 sq km this month", "so far this month"; "since the start of September" is a time
# expression of its own)
_MONTH_SO_FAR = re.compile(r"\b(?:so\s+far\s+)?this\s+month\b", re.IGNORECASE)
# "seized in the region in a part of Ukraine from where ...": an unnamed part of a country names no region
_SOME_PART_OF = re.compile(r"\b(?:a|one|some|another|other)\s+parts?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# words that point back to the region the text has been about
# "the region", "this oblast" (not "the region of X", which names it)
_THE_REGION = r"(?:the|this|that)\s+(?:region|oblast|province)\b(?!\s+of\b)"
_REGION_ANAPHOR = re.compile(
    r"\b(?:(?:of|in|from)\s+" + _THE_REGION + r"|"
    r"there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?)\b))",
    re.IGNORECASE)

# ("made inroads into the region, with over 75% of its territory under their control": "the region" itself, which
# only an oblast or province is)
_REGION_WORD_BACK = re.compile(r"\b(?:of|in|into|from|across|throughout)\s+" + _THE_REGION, re.IGNORECASE)


def _whole_period(t: TimeExpr, published) -> bool:
    """A month or more ("last month", "in 2024"), the year so far, or the month so far ("since the start of this
    month"): a period whose total, with no region named, is the whole front's."""
    return bool(t.kind == "interval" and t.days and t.days >= 28 or t.kind == "since" and (
        t.year_start or t.date is not None and t.date.day == 1 and 0 <= (published - t.date).days <= 31))


_UNIT_NAME_AFTER = re.compile(r"[\"\u201d\u2019']?\s+(?:[A-Z][\w-]*\s+){0,3}"
                              r"(?:Group|Grouping|Brigade|Battalion|Regiment|Corps|Command|Division)\b")
# (a clause, with its subject and finite verb: not "after Ukraine's 2022 Kharkiv blitz")
_SUBORDINATE_CLAUSE = re.compile(r"\s(?:after|before|since|when|while|because)\s+"
                                 r"(?=(?:[A-Z][\w-]+|the\s+[\w-]+|it|they)\s+"
                                 r"(?:[a-z]+ed|started|began|had|has|was|were|is|are|took|left|lost|launched)\b)")


_ROUTE_TO = re.compile(r"\b(?:supplies|supply\s+lines?|supply\s+routes?|routes?|roads?|access|corridor|bridge|"
                       # ("forms the gateway to the Crimean peninsula": where the region leads, not the region)
                       r"railway|link|gateway|approach(?:es)?)\s+(?:to|into|towards?)\s+(?:the\s+)?$"
                       # ("evacuate collaborators towards Crimea": where they go, not where the next figures lie)
                       r"|\btowards?\s+(?:the\s+)?$"
                       # ("two villages on the border with Ukraine's Sumy region": the neighbour, not where they lie)
                       r"|\bborder\s+with\s+(?:the\s+)?(?:(?:Ukraine|Russia)['\u2019]s\s+)?$", re.IGNORECASE)


def _context_region(state: _State, sent_idx: int, same_paragraph: bool = False,
                    below_country: bool = False) -> str | None:
    """The region the text has been about before sentence ``sent_idx``; ``below_country`` when the sentence calls it
    "the region", which no country is ("Ukraine's territorial integrity" named in between leaves the oblast it)."""
    floor = state.text.rfind("\n", 0, state.sentences[sent_idx][0]) if same_paragraph else -1
    country_at = None
    for i in range(sent_idx - 1, -1, -1):
        if country_at is not None and country_at - i > _COUNTRY_LOOKBACK:
            return "Ukraine"
        if same_paragraph and state.sentences[i][1] <= floor:
            return country_at and "Ukraine"
        if i in state.sentence_region:
            known = state.sentence_region[i]
            return known if country_at is None or country_of(known) == "Russia" else "Ukraine"
        # (not a unit's name: 'the "Odessa" Allied Forces Group', "the Kharkiv Operational Group")
        # (nor the end of a route: "halted Russian supplies to Crimea" places nothing the next figure is about)
        ms = [x for x in state.regions_in(state.sentences[i]) if not _UNIT_NAME_AFTER.match(state.text, x[1])
              and not _ROUTE_TO.search(state.text, max(0, x[0] - 40), x[0])]
        sub = _SUBORDINATE_CLAUSE.search(state.text, state.sentences[i][0], state.sentences[i][1])
        if sub is not None and any(a < sub.start() for a, _, _ in ms):
            # "Russian units have advanced into Sumy region after Ukraine started withdrawing from Kursk region": the
            # main clause's region, not the one of the clause that dates it
            ms = [x for x in ms if x[0] < sub.start()]
        for _, _, r in reversed(ms):
            # the capital is where statements are made ("Speaking in Kyiv on Saturday, ..."), not where
            # the front-line figures of the next sentences are
            if r not in ("Ukraine", "Ukraine~", "Russia", "Kyiv") and (country_at is None or country_of(r) == "Russia"):
                return r
        for a, _, r in ms:
            if country_at is None and not below_country and (
                    r == "Ukraine~" or (r == "Ukraine" and _PREP_BEFORE.search(state.text[max(0, a - 40):a]))):
                # "its positions in Ukraine" between the figure and the Russian oblast of an incursion the
                # claims are about ("576 sq km in Russia's Kursk region"): that oblast, a sentence or two
                # before, still wins; an oblast of Ukraine there is part of "Ukraine"
                country_at = i
    if country_at is not None:
        return "Ukraine"
    if state.title:
        for _, _, r in reversed(find_regions(state.title)):
            if r not in ("Ukraine", "Russia"):
                return r
    return None


_COUNTRY_SHARE_GLOSS = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:or|i\.e\.|that\s+is)\s+"
                                  r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?"
                                  r"[\w.,]+\s*(?:%|percent|per\s+cent)\s+of\s+"
                                  r"(?:Ukraine['\u2019]s\s+(?:territory|land)|"
                                  r"(?:the\s+)?(?:territory|land)\s+of\s+Ukraine|Ukraine\b)", re.IGNORECASE)


_FROM_THE_SIDE_OF = re.compile(r"\bfrom\s+the\s+(?:side|direction)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_COUNTRY = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_OF_A_PERSONS_COUNTRY = re.compile(r"\s+of\s+(?:his|her|their|our|my)\s+(?:own\s+)?country\b", re.IGNORECASE)
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.IGNORECASE)
_WHICH_GAP = re.compile(r"(?:\s+(?:region|oblast|province))?\s*(?:,|[\u2014\u2013]|\s-)\s*" + APPROX_BEFORE,
                        re.IGNORECASE)


def read_regions(state: _State, idx: int, sent: str, masked: str, q: Quantity, kept: list[Quantity], i: int,
                 lo: int, hi: int, next_start: int, cue: _Cue, metric: str, mentions: list[tuple[int, int, str]],
                 times: list[TimeExpr]) -> tuple[list[str], re.Match | None]:
    """The regions figure ``q`` (``kept[i]``) is about, one claim each, and the elliptic item that follows it
    ("... as well as one in Sumy region"), if any."""
    inside = [m for m in mentions
              if q.num_start <= m[0] and m[1] <= q.end and m[2] not in ("Ukraine", "Ukraine~", "Russia")]
    if q.kind == "settlement" and len(inside) == 1:
        return [inside[0][2]], None     # "two small Donetsk region villages": the oblast the figure's noun names
    # ("liberated 20 villages in Kherson region from the side of Dnipropetrovsk region": where the push came from)
    mentions = [m for m in mentions if not _FROM_THE_SIDE_OF.search(masked, max(0, m[0] - 30), m[0])]
    # ("Moscow says it has retaken two villages from Ukraine": the country after "from" is the side that lost them,
    # not where they lie; "from Ukraine's Kharkiv region" names the region after it)
    mentions = [m for m in mentions if not (m[2] in ("Ukraine", "Russia")
                                            and _FROM_COUNTRY.search(masked, max(0, m[0] - 8), m[0])
                                            and not re.match(r"['\u2019]s\b", masked[m[1]:m[1] + 3]))]
    if state.list_line and q.kind == "share" and ROW_LABEL.fullmatch(masked, 0, q.start) \
            and (label := [m for m in mentions if m[1] <= q.start]):
        # a table's row under "The occupation by region is as follows:": "Donetsk — 78.1%", its label the region
        return [label[-1][2]], None
    if q.kind == "share" and (label := [m for m in mentions if m[1] <= q.start]) \
            and _BRACKETED_AFTER.fullmatch(masked, label[-1][1], q.start) and masked[q.end:q.end + 1] == ")":
        # "controls Crimea and Luhansk (100%), and has major holdings in Donetsk (70%), Zaporizhzhia (74%)": the share
        # in brackets is the region's right before it (and of one joined to it by "and" just before)
        pair = len(label) >= 2 and _REGION_AND.fullmatch(masked, label[-2][1], label[-1][0]) is not None
        return ([label[-2][2]] if pair else []) + [label[-1][2]], None
    if q.kind == "share" and _OF_WHICH.match(masked, q.end) \
            and (label := [m for m in mentions if m[1] <= q.start]) \
            and _WHICH_GAP.fullmatch(masked, label[-1][1], q.start):
        return [label[-1][2]], None     # "the Luhansk region — 95 per cent of which is under Russian control"
    zone_end = min(next_start, _boundary_after(masked, q.end), q.end + 90)
    line_end = masked.find("\n", q.end, zone_end)
    if line_end >= 0:
        zone_end = line_end    # a headline or list line ends the figure's zone
    total = _TOTAL_CLAUSE.search(masked, q.end, zone_end)
    if total is not None:
        zone_end = total.start()   # "... bringing the total recaptured since Ukraine launched ...": another figure's clause
    # a clause comma ends the zone; a thousands separator ("(1,900 square miles) of Donetsk") does not
    # ("500 square kilometres (193 square miles), in the southern Kherson region": the comma after the conversion
    # only sets off the figure's own place)
    paren = _PAREN_THEN_IN.match(masked, q.end)
    comma_m = _ZONE_COMMA.search(masked, paren.end() if paren else q.end, zone_end)
    while comma_m is not None and _list_comma(masked, mentions, comma_m.start()):
        # "in the Sumy, Kharkov, Zaporozhye, and Dnepropetrovsk Regions": a comma between listed regions does not
        # end the figure's zone
        comma_m = _ZONE_COMMA.search(masked, comma_m.end(), zone_end)
    all_in = _ALL_IN.match(masked, comma_m.start()) if comma_m is not None else None
    if all_in is not None:
        # "3,100 square miles of territory so far this month, all in the northeastern region of Kharkiv": the
        # comma sets off where the whole figure lies
        after = _ZONE_COMMA.search(masked, all_in.end(), min(len(masked), all_in.end() + 60))
        zone_end = min(after.start() if after else all_in.end() + 60, _boundary_after(masked, all_in.end()))
    elif comma_m is not None:
        zone_end = comma_m.start()
    sub = _SUBORDINATE.search(masked, q.end, zone_end) or _SUBORDINATE_CLAUSE.search(masked, q.end, zone_end)
    if sub:
        # (and "advanced 8.5 km since Ukraine announced its withdrawal": the subject of the clause that dates the
        # figure is no region of it)
        zone_end = sub.start()
    other = _AND_ANOTHER_THING.search(masked, q.end, zone_end)
    if other and q.kind != "share" and _AND_PART_OF.match(masked, other.start()):
        other = None     # ("256.5 sq km in Zaporizhzhia Oblast and a part of Donetsk Oblast": one area over both)
    if other:
        zone_end = other.start()   # "150 seized settlements and a near-encirclement of Kupiansk, in the Kharkiv region"
    elliptic = _ELLIPTIC_NEXT.search(masked, q.end, zone_end)
    ellipsis = elliptic or _ZONE_STOP.search(masked, q.end, zone_end)
    if ellipsis:
        # "two settlements in Donetsk region as well as one in Sumy region", "a fifth of Ukraine since
        # it took Crimea": the next figure's region, or a clause about something else
        zone_end = ellipsis.start()
    # ("75% control of Luhansk": the noun of holding names the region, not an agent)
    noun = control_noun_after(masked, q) if q.kind == "share" else None
    zone = [m for m in mentions if q.end <= m[0] < zone_end and masked[m[0]] != " "
            and (not _AGENT_BEFORE.search(masked, max(0, m[0] - 16), m[0]) or (noun and m[0] <= noun.end() + 4))
            and not (m[2] in ("Ukraine", "Russia") and _SOME_PART_OF.search(masked, max(0, m[0] - 20), m[0]))]
    if not zone and q.kind == "area" and _COUNTRY_SHARE_GLOSS.match(masked, q.end):
        # "around 6,000 square kilometres, or one percent of Ukraine's territory": the figure glossed as a share of
        # the country is the country's, whatever oblast the sentence before named
        return ["Ukraine"], None
    # ("more than 80 settlements over 1,150 square km in Kursk": the area the count lies in, and its place)
    if not zone and i + 1 < len(kept) and (
            re.fullmatch(r"\s*(?:,\s*)?(?:and|across|covering|spanning)\s+", sent[q.end:kept[i + 1].start])
            or _PASSIVE_AND.fullmatch(sent, q.end, kept[i + 1].start)
            or q.kind == "settlement" and kept[i + 1].kind == "area" and not sent[q.end:kept[i + 1].start].strip()
            and sent[kept[i + 1].start:kept[i + 1].start + 5].lower() == "over "):
        nq = kept[i + 1]
        n_end = min(_boundary_after(masked, nq.end), nq.end + 90)
        n_comma = masked.find(",", nq.end, n_end)
        # (not "... are under the control of Ukraine": the holder named after the verb is no place)
        zone = [m for m in mentions if nq.end <= m[0] < (n_comma if n_comma >= 0 else n_end) and masked[m[0]] != " "
                and not _AGENT_BEFORE.search(masked, max(0, m[0] - 16), m[0])]
    if not zone and cue is not None and cue.passive and cue.start > q.end:
        # "3,800 sq km, more than 300 settlements ... were liberated in Kharkiv region": after the verb
        c_end = min(_boundary_after(masked, cue.end), cue.end + 60)
        comma_c = _ZONE_COMMA.search(masked, cue.end, c_end)
        c_end = comma_c.start() if comma_c else c_end    # ("... is controlled by Ukraine, Ukraine's commander said")
        after_verb = _ELLIPTIC_NEXT.search(masked, cue.end, c_end) if elliptic is None else None
        if after_verb is not None:
            # "43 settlements have been liberated in the Donetsk region and seven in the Luhansk region": the next
            # item's region is its own
            elliptic, c_end = after_verb, after_verb.start()
        zone = [m for m in mentions if cue.end <= m[0] < c_end and masked[m[0]] != " "
                and not _AGENT_BEFORE.search(masked, max(0, m[0] - 16), m[0])]   # not "controlled by Ukraine"
    if not zone and comma_m is not None and (gain := _GAIN_CLAUSE.match(masked, comma_m.start())) is not None:
        # "regained about 100 square kilometers in a week, recapturing a string of villages in Donetsk region": the
        # clause that tells what the gain took names where it lies
        g_end = min(_boundary_after(masked, gain.end()), gain.end() + 80)
        comma_g = _ZONE_COMMA.search(masked, gain.end(), g_end)
        zone = [m for m in mentions if gain.end() <= m[0] < (comma_g.start() if comma_g else g_end)
                and masked[m[0]] != " " and not _AGENT_BEFORE.search(masked, max(0, m[0] - 16), m[0])]
    if q.kind == "share":
        zone = _region_list_after(masked, mentions, zone, zone_end)
        # "18 per cent of Ukraine, including all of Crimea ...": the region the share is "of", not those listed after it
        # (not "40% of what Ukraine held in Kursk": a free relative's subject, the share is of ground in Kursk)
        own = [m for m in zone if _SHARE_OF.fullmatch(masked, q.end, m[0])
               and not re.search(r"\bwhat\b", masked[q.end:m[0]], re.I)]
        if own and own[0][2] in ("Ukraine", "Ukraine~") and (
                not re.search(r"['\u2019]s$", masked[own[0][0]:own[0][1]]) or _TERRITORY_AFTER.match(masked, own[0][1])):
            # (not "75% of Ukraine's Donetsk, Zaporizhzhia and Kherson regions": their share; but "20% of Ukraine's
            # territory and have advanced through Donetsk region": the country's, whatever the clause names next)
            zone = own[:1]
    if q.kind == "share" and _OF_THE_TERRITORY.match(masked, q.end):
        where = [m for m in mentions if m[1] <= q.start and _WHERE_AFTER.fullmatch(masked, m[1], q.start)
                 and m[2] not in ("Ukraine", "Ukraine~", "Russia")]
        if where:
            # "Donetsk, where Russia controls over 60% of the territory after ...": the place "where" stands for
            # ("regions like Donetsk and Zaporizhia, where they control about two-thirds of the territory": a share
            # of each of the pair)
            pair = [m for m in mentions if m[1] <= where[-1][0] and re.fullmatch(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)",
                                                                                masked[m[1]:where[-1][0]])
                    and m[2] not in ("Ukraine", "Ukraine~", "Russia")]
            if pair and pair[-1][2] != where[-1][2]:
                return [pair[-1][2], where[-1][2]], elliptic
            return [where[-1][2]], elliptic
    if not zone and q.kind == "settlement" and _COUNTRYS_SETTLEMENTS.search(masked, q.start, q.end):
        return ["Ukraine"], elliptic    # "captured nine Ukrainian settlements over the past week": the country's
    if not zone and q.kind in ("settlement", "area") and (
            _RUSSIAN_IN_FIGURE.search(sent, q.start, q.end) or i > 0 and _RUSSIAN_IN_FIGURE.search(
                sent, kept[i - 1].start, kept[i - 1].end) and re.fullmatch(r"\s*(?:,\s*)?and\s+",
                                                                         sent[kept[i - 1].end:q.start])) \
            and (oblast := _russian_oblast(state)) is not None:
        # "taken control of some 100 Russian settlements and almost 1,300 sq km": the one Russian oblast the article
        # is about (and the area joined to the count)
        return [oblast], elliptic
    # ("in the Oleksandrivka and Hulyaipole directions, where ... it captured three settlements in the Zaporizhzhia
    # region": the oblast named right after the figure is its own, whatever fronts the clause before names)
    own_after = any(0 <= a - q.end <= 30 for a, _b, _r in zone)
    fronts = _TWO_FRONTS.search(masked, q.end, min(len(masked), max(zone_end, q.end + 120))) \
        or (None if own_after else _TWO_FRONTS.search(masked, max(lo, q.start - 120), q.start))
    if fronts is not None and _fronts_apart(fronts.group("a"), fronts.group("b")):
        # "liberated on the Donetsk and Tavriia fronts": a total over two fronts (not "the Sudzha and Korenevo
        # directions", both in one oblast)
        return ["Ukraine"], elliptic
    if _SEVERAL_REGIONS.search(masked, q.end, zone_end) or (
            not zone and _SEVERAL_REGIONS.search(masked, lo, q.start)):
        # "24 settlements in the aforementioned regions and the DPR": a total over oblasts named before
        return ["Ukraine"], elliptic
    regions: list[str] = []
    apposed = NAMES_SET_OFF.match(sent, q.end) if q.kind == "settlement" else None
    oblasts = {m.place.oblast for m in find_places(apposed.group(0)) if m.place} if apposed is not None else set()
    if len(oblasts) == 1 and (own := oblasts.pop()):
        # "two villages, Zaporizke and Novohryhorivka, had been occupied": the count's own names place it, whatever
        # region the clause names around it
        return [own], elliptic
    region, distinct = _pick_zone_region(zone, masked)
    if region and _with_ukraine(masked, zone):
        # "1,627 km2 in Ukraine and the Kursk region": a total over both countries; "two settlements in Kharkov
        # Region and Donbass": over an oblast and a region of several
        region = "Ukraine"
    if region is None and q.kind == "share" and _OF_SEVERAL.match(masked, q.end):
        region = "Ukraine"      # "about 75% of the two eastern regions": a share spanning oblasts (conventions)
    if region is None and any(r == "Russia" for _, _, r in zone) and (oblast := _russian_oblast(state)):
        region = oblast      # "seized 100 settlements in Russia since they broke into the Kursk region": that oblast
    if region is None and q.kind == "share" and _OCCUPIED_BY_RUSSIA.match(masked, q.end):
        # "Ukraine regained about 54% of the territory occupied by Russia": a share of what Russia seized of Ukraine
        region = "Ukraine"
    if region is None and q.kind == "share" and _SEIZED_AREA.match(masked, q.end):
        # "retaining about 30% of the initially seized land": the land of the last figure's region
        earlier = [j for j in state.sentence_region if j < idx]
        region = state.sentence_region[max(earlier)] if earlier else None
    if region is None and q.kind in ("area", "settlement", "share") and _OF_ITS_TERRITORY.match(masked, q.end) and (
            countries := [m for m in mentions if lo <= m[0] < q.start and m[2] in ("Ukraine", "Ukraine~", "Russia")]) \
            and countries[-1][2] != "Russia":
        # "Ukraine had recovered 2,000 square kilometers of its territory": the country's own ground, not the oblast
        # an earlier sentence named (and "Ukraine has lost control of about 11% of its land": a share of the country)
        region = "Ukraine"
    if region is None and _WHOLE_FRONT.search(masked, lo, hi):
        region = "Ukraine"
    if region is None and q.kind == "share" and _OF_A_PERSONS_COUNTRY.match(masked, q.end):
        region = "Ukraine"  # "Russia now occupies 20 percent of his country": the war's country, whoever "his" is
    if q.kind == "settlement" and _LIST_OPENS.match(masked, q.end) \
            and len(_oblasts_of_places_after(masked, q.end) | _item_oblasts_after(masked, q.end)) > 1:
        # "liberated 8 settlements: Novodarivka, Levadne, Storozheve, ...": a list across two oblasts is the count
        # of both, whatever direction the sentence named before it (or the oblasts its items name: "two villages –
        # A in the Kharkiv region and B in eastern Donetsk")
        region = "Ukraine"
    if region == "Ukraine" and len(distinct) > 1 and (q.kind == "share" or re.match(r"^\s*each\b", sent[q.end:], re.I)):
        regions = distinct   # a share of each of several oblasts: one claim per oblast
    elif region:
        regions = [region]
    else:
        before = [m for m in mentions if lo <= m[0] < q.start and masked[m[0]] != " " and m[2] != "Russia"
                  and (m[2] not in ("Ukraine",) or _PREP_BEFORE.search(sent[max(0, m[0] - 40):m[0]]))
                  and not _VENUE.match(sent, m[0], m[1] + 40)]
        strong_before = [m for m in before if m[2] not in ("Ukraine", "Ukraine~")]
        last = strong_before[-1][0] if strong_before else 0
        if len(strong_before) > 1 and _LOCATOR_BEFORE.search(masked, max(0, last - 30), last):
            # "in the Russian region of Kursk, adjacent to Belgorod, where they seized 1,000 sq km": the neighbour
            # only locates the region named before it
            strong_before = strong_before[:-1]
        listed = _list_ending_with(masked, strong_before)
        own_point = _COMPASS.search(masked, q.end, zone_end) if strong_before else None
        if _OF_RUSSIAN_LAND.match(masked, q.end) and (oblast := _russian_oblast(state)):
            # "has led to Ukraine securing 1,000 sq km of Russian territory": the one Russian oblast the article names
            regions = [oblast]
        elif own_point is not None and (point := _compass_region(state, idx, masked, q.end, zone_end)) is not None:
            # "7 sq km in the Bakhmut direction and 10.9 sq km in the south": the figure's own compass point, not
            # the place named before it for another figure
            regions = [point]
        elif len(listed) > 1:
            regions = ["Ukraine"]   # "179 places in Kherson and Mykolaiv oblasts over an area of 4,500 km2": both
        elif q.kind in ("area", "settlement") and len(_oblasts_of_list_before(masked, lo, q.start)) > 1:
            # "have liberated Novodarivka, Levadne, Storozheve, ... and Piatykhatky, and recaptured an area of 113 sq
            # km": the places the clause lists lie in two oblasts, the figure is the country's
            regions = ["Ukraine"]
        elif strong_before:
            regions = [strong_before[-1][2]]
        elif (back := _REGION_ANAPHOR.search(masked, q.end, min(hi, q.end + 120))) is not None \
                and not re.search(r"[;:.]", masked[q.end:back.start()]) \
                and not any(q.end <= m[0] < back.start() for m in mentions) and (earlier := [
                m for m in mentions if m[0] < lo and masked[m[0]] != " "
                and m[2] not in ("Ukraine", "Ukraine~", "Russia", "Kyiv")]):
            # "advances in the Kursk region — as of today, the military controls 1,294 km² and 100 settlements in
            # this region": the oblast its own sentence named before the clause (no other place named between)
            regions = [earlier[-1][2]]
        elif q.kind in ("settlement", "area") and (including := _oblast_included(masked, q.end)):
            # "the defence forces of Ukraine control almost 100 settlements, including the town of Sudzha": the
            # oblast of the place the count includes, not the country the subject names ("had liberated 700 square
            # miles, including the city of Izium": the area's too)
            regions = [including]
        elif before:
            regions = ["Ukraine"]
        elif _INTO_RUSSIA.search(masked, lo, q.start) and (oblast := _russian_oblast(state)):
            # "crossed into Russian territory, seizing 1,300 sq km": the one Russian oblast the article is about
            regions = [oblast]
        elif q.kind in ("settlement", "area") and (listed_in := _oblast_of_places_after(masked, q.end)):
            # "taken control of four villages near the border: Novenke, Zhuravka, Veselivka and Basivka": the
            # oblast of the villages it names (whatever the period: "throughout 2024, four settlements - A, B, C
            # and D")
            regions = [listed_in]
        elif not _REGION_ANAPHOR.search(masked) and (
                compass := _compass_region(state, idx, masked, lo, hi)) is not None:
            # (not "in this region of eastern Ukraine", "there": the region the text has been about)
            regions = [compass]
        elif metric in ("area_gained", "area_lost", "settlements_gained", "settlements_lost") and (any(
                _whole_period(t, state.published) and lo <= t.start for t in times)
                or _MONTH_SO_FAR.search(masked, lo, hi)):
            # a monthly / yearly total with no region named: the whole front, unless the same
            # paragraph has just named one ("... in Donetsk region. In January they took 430 sq km")
            # (the sentence itself may point back to the region: "gained 130 sq km there last month", "... and now
            # controls 81 percent of the region": then the one the text has been about, across paragraphs)
            back = _REGION_ANAPHOR.search(masked) is not None
            regions = [_context_region(state, idx, same_paragraph=not back) or "Ukraine"]
        elif q.kind == "share" and _OF_THE_REGION.match(masked, q.end) and len(
                named := {m[2] for m in mentions if m[0] < q.start and masked[m[0]] != " "
                          and m[2] not in ("Ukraine", "Ukraine~", "Russia", "Kyiv")}) == 1:
            # "the governor of Luhansk Oblast said that only 10 percent of the region is controlled by Ukraine":
            # the one oblast the sentence has named
            regions = [named.pop()]
        else:
            ctx = _context_region(state, idx, below_country=_REGION_WORD_BACK.search(masked) is not None)
            regions = [ctx or "Ukraine"]
            if q.kind != "share" and ctx is not None and any(
                    ctx in listed and len(listed) >= 3
                    for listed in (_listed_oblasts_before(state, j) for j in (idx, idx - 1) if j >= 1)):
                # "... in the de-occupied territories of Zhytomyr, Kyiv, ..., and Chernihiv regions. Currently, 919
                # settlements have been de-occupied": a count over all the regions listed, not the last one's
                regions = ["Ukraine"]
            if q.kind == "share" and _THIS_AREA.match(masked, q.end):
                # "about 80% of this area" after "the provinces of Donetsk and Luhansk": a share of each
                regions = _listed_oblasts_before(state, idx) or regions
    return regions, elliptic

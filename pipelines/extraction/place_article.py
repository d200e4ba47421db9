"""Place claims: what the stages know of the article being read, and which place a mention names.

One ``_State`` per article: its sentences (read up to MAX_SENTENCE_CHARS), their mentions and time
expressions (found once, cached), and the places claims were made about so far ("the retaken village").
``_resolve``: the gazetteer place of a mention; a name several places share is the one in a region the
sentence or the ones before it speak of (``_context_regions``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.extraction.dates import TimeExpr, find_time_expressions
from pipelines.extraction.place_cues import unquote_words
from pipelines.extraction.place_mentions import _Mention, _mentions, item_locative
from pipelines.extraction.places import Place
from pipelines.extraction.records import Statement
from pipelines.extraction.regions import country_of, find_regions

MAX_SENTENCE_CHARS = 2000


@dataclass
class _State:
    text: str
    published: date
    statements: list[Statement]
    title: str | None
    sentences: list[tuple[int, int]]
    mentions: dict          # sentence index -> its mentions
    times: dict             # sentence index -> its time expressions
    claimed: list = field(default_factory=list)   # (sentence index, mention) of places claims were about
    falls: list = field(default_factory=list)     # claims read from "the fall of X" with its default side
    freed_by: dict = field(default_factory=dict)  # place key -> the side an earlier sentence said freed it
    readings: dict = field(default_factory=dict)  # sentence index -> the sentence as cues read it (``read``)
    dateline_side: str | None = None              # the side of the first wire dateline ("MOSCOW, ... /TASS/")

    def sent(self, i: int) -> str:
        a, b = self.sentences[i]
        return self.text[a:min(b, a + MAX_SENTENCE_CHARS)]

    def read(self, i: int) -> str:
        """The sentence as the cues and place mentions read it: a scare-quoted word without its marks ('had
        “liberated” Vovche' names Vovche as 'had liberated Vovche' does); same offsets as ``sent``."""
        if i not in self.readings:
            self.readings[i] = unquote_words(self.sent(i))
        return self.readings[i]

    def mentions_of(self, i: int) -> list[_Mention]:
        if i not in self.mentions:
            found = _mentions(self.read(i))
            if i == len(self.sentences) - 1 and not re.search(r"[.!?\"\u201d)\]]\s*$", self.text):
                # an excerpt cut off mid-word ("The fall of Vu"): an unknown name that ends the text may be a part
                a, end = self.sentences[i][0], len(self.text.rstrip())
                found = [m for m in found if m.place is not None or a + m.end < end]
            self.mentions[i] = found
        return self.mentions[i]

    def times_of(self, i: int) -> list[TimeExpr]:
        if i not in self.times:
            self.times[i] = find_time_expressions(self.sent(i), self.published)
        return self.times[i]


def _context_regions(state: _State, idx: int, sent: str, m: _Mention) -> list[str]:
    """Regions the sentence and the ones before it speak of, nearest first (for shared or unknown names);
    not the name itself ("the village of Rivne" is not in Rivne Oblast for saying so)."""
    # (nor a region's alias inside another place's longer name: "Zhuravka" in "Nyzhnia Zhuravka")
    mentions = state.mentions_of(idx)
    out: list[str] = [r for a, b, r in find_regions(sent) if (b <= m.start or a >= m.end) and not any(
        x.start <= a and b <= x.end and x.end - x.start > b - a for x in mentions)]
    out += [x.place.oblast for x in mentions if x.place is not None]
    for i in range(idx - 1, max(-1, idx - 6), -1):
        out += [r for _, _, r in reversed(find_regions(state.sent(i)))]
    if state.title:
        out += [r for _, _, r in find_regions(state.title)]
    return [r for r in dict.fromkeys(out) if r not in ("Ukraine", "Russia", "Ukraine~")]


def _resolve(state: _State, idx: int, sent: str, m: _Mention,
             listed: list[_Mention] = ()) -> tuple[Place | None, str | None]:
    """The gazetteer place of ``m`` and its region; ``listed``: the places the same cue governs with it."""
    if len(m.candidates) > 1 and not _locative_oblast(sent, m):
        # "west of Berdychi, Semenivka and Novomykhailivka": of a shared name, the namesake in the oblast of the
        # places listed with it (Donetsk's village, not Chernihiv's town the name alone would give)
        beside = {x.place.oblast for x in listed if x is not m and x.place is not None and len(x.candidates) <= 1}
        hit = [p for p in m.candidates if p.oblast in beside]
        if len(hit) == 1 and (m.place is None or m.place.oblast not in beside):
            return hit[0], hit[0].oblast
    qualified = _qualifier_oblast(sent, m)
    if m.place is not None and qualified not in (None, m.place.oblast):
        # "the liberation of LPR Rozovka": a namesake in the oblast the qualifier names, not the gazetteer's
        return None, qualified
    if m.place is not None:
        foreign = _foreign_list(state, idx, sent, m, listed) or _other_oblast(sent, m) or _listed_abroad(m, listed) \
            if m.raw != m.place.name else _own_locative(sent, m)
        # ("the village of Kalynove in the northeastern Kharkiv region": not the gazetteer's Kalynove of Donetsk, a
        # namesake the text places elsewhere)
        return (None, foreign) if foreign else (m.place, m.place.oblast)
    for x in listed:
        # an unknown name listed with the other country's villages lies where they do (not in the oblast of the
        # Ukrainian namesake of a shared spelling)
        foreign = _foreign_list(state, idx, sent, x, listed) if x.place is not None and x.raw != x.place.name else None
        if foreign:
            return None, foreign
    regions = _context_regions(state, idx, sent, m)
    own = _locative_oblast(sent, m) or qualified
    if own:
        # "including Bobylevka in the Sumy region and Veselyanka in the Zaporizhzhia region": each item's own
        regions = [own] + [r for r in regions if r != own]
    for r in regions:
        hit = [p for p in m.candidates if p.oblast == r]
        if len(hit) == 1:
            return hit[0], r
    return None, regions[0] if regions else None


# "LPR Rozovka", "the DPR's Kurdyumovka", "the Kursk region's Sudzha": the oblast named right before the place
_QUALIFIER_BEFORE = re.compile(r"\b(?:(?-i:LPR|DPR|LNR|DNR)(?:['\u2019]s)?|[A-Z][\w'\u2019-]+\s+(?:region|oblast|province)"
                               r"['\u2019]s)\s+$", re.I)


def _qualifier_oblast(sent: str, m: _Mention) -> str | None:
    """The oblast a qualifier right before ``m`` names ("LPR Rozovka")."""
    q = _QUALIFIER_BEFORE.search(sent, max(0, m.start - 40), m.start)
    named = [r for _, _, r in find_regions(q.group(0))] if q is not None else []
    named = [r for r in named if r not in ("Ukraine", "Russia", "Ukraine~")]
    return named[0] if named else None


def _listed_abroad(m: _Mention, listed: list[_Mention]) -> str | None:
    """The oblast of the places listed with ``m`` when every one of them (two or more, all known) lies in the other
    country than the place another spelling of ``m`` resolved to: "Liubymivka, Khreshchenivka, Zolota Balka and
    Davydiv Brid" in Kherson are not Kursk's Lyubimovka, whose Ukrainian spelling it shares."""
    others = [x for x in listed if x is not m and x.place is not None]
    if len(others) < 2 or len(others) < len(listed) - 1 or any(x.place.country == m.place.country for x in others):
        return None
    oblasts = [x.place.oblast for x in others]
    return max(set(oblasts), key=oblasts.count)


def _locative_oblast(sent: str, m: _Mention) -> str | None:
    """The oblast the phrase right after ``m`` places it in ("in Ukraine's northeastern Kharkiv region": past the
    country that owns it)."""
    loc = item_locative(sent, m.end)
    named = [r for _, _, r in find_regions(sent[m.end:loc.end()]) if r not in ("Ukraine", "Russia", "Ukraine~")] \
        if loc is not None else []
    return named[0] if named else None


def _own_locative(sent: str, m: _Mention) -> str | None:
    """The oblast the phrase right after ``m`` places it in, when not the gazetteer's."""
    named = _locative_oblast(sent, m)
    return named if named != m.place.oblast else None


def _other_oblast(sent: str, m: _Mention) -> str | None:
    """The one oblast the sentence names, when it is not that of the place another spelling of ``m`` resolved
    to: "the settlements of Stepne and ... in Sumy" are not Zaporizhzhia's Stepove (Russian "Stepnoye")."""
    stop = _CLAUSE_STOP.search(sent, m.end)
    window = sent[m.end:stop.start() if stop else len(sent)]
    named = {r for a, b, r in find_regions(window) if _IN_REGION_BEFORE.search(window, max(0, a - 40), a)
             and r not in ("Ukraine", "Russia", "Ukraine~")}
    return named.pop() if len(named) == 1 and m.place.oblast not in named else None


# "in the Kharkiv region", "in the northeastern Kharkiv region", "in Sumy"
_IN_REGION_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central|border|frontline|front-line|"
                               r"north-?eastern|north-?western|south-?eastern|south-?western|eastern|western|northern|"
                               r"southern)\s+){0,2}$", re.I)
_CLAUSE_STOP = re.compile(r"[,;:.()\u2014]|\s(?:while|but|whereas|as|when|after|before|and\s+(?:the|a)\s)\b", re.I)


def _foreign_list(state: _State, idx: int, sent: str, m: _Mention, listed: list[_Mention]) -> str | None:
    """The other country's oblast, when ``m`` is another spelling ("Bogdanovka", "Mikhailovka": common names in
    both countries) in a list with names the gazetteer lacks and none it knows by its own spelling in ``m``'s
    country, told where the text last named an oblast of the other country: Kursk villages retaken, two of which
    share a Russian spelling with Donetsk villages. (A list of known names, "Selidovo, Ugledar and Novogrodovka",
    keeps them.)"""
    if len(listed) < 2 or all(x.place is not None for x in listed) or any(
            x.place is not None and x.raw == x.place.name and x.place.country == m.place.country for x in listed):
        return None
    named = [r for a, b, r in find_regions(sent) if b <= m.start or a >= m.end]
    for i in range(idx - 1, max(-1, idx - 6), -1):
        named += [r for _, _, r in reversed(find_regions(state.sent(i)))]
    named = [r for r in named if r not in ("Ukraine", "Russia", "Ukraine~")]
    return named[0] if named and country_of(named[0]) not in (None, m.place.country) else None

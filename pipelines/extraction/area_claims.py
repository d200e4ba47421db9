"""Area-control claims: "who claimed what, and when" for territory figures.

    extract_area_claims(article, statements) -> list[AreaClaim]

This module runs the stages; each lives in a module of its own. Per sentence (only sentences holding a
number/fraction and a unit cue are read), for each figure, in this order:
1. Figures (``area_figures.py``): ``numbers.find_quantities`` finds figures with a unit (km2, km, settlements,
   shares). Parenthetical conversions ("1,150 sq km (444 sq miles)"), widths/lengths and sentences in a
   non-control context (mines, grey zone, farmland, power capacity ...) are dropped; ``figure_guards.py``
   drops numbers that are not territory (polls, durations, aims, denials).
2. Claimant (``area_claimant.py``): the speaker of the statement whose span (or sentence) holds the figure;
   a headline's "Zelensky Says ..." names it too.
3. Metric (``area_metric.py``): the unit plus the nearest cue verb before the figure (or a passive cue
   after it: "had been liberated", "were under Ukrainian control"), see lexicons/area_cues.json
   (``area_lexicon.py``). km figures need an advance cue ("advanced", "pushed", "to a depth of"), else they
   are distances.
4. Controller (``area_controller.py``, ``sides.py``): the side of the cue's subject (nearest side word before
   the cue, skipping prepositional objects and possessive pronouns); "we/our" -> the claimant's side, "the
   enemy" -> the other side, passives use "by X" / "under X control" / the claimant's side.
5. Region (``area_region.py``): a gazetteer mention attached to the figure, else the nearest one earlier in the
   sentence, else the region of the previous claim / earlier context, else the title, else Ukraine.
   Two different oblasts for one figure -> Ukraine; "N% each of A and B" -> one claim per region.
   Monthly / year-to-date gains with no region take context only from their own paragraph, else Ukraine.
   "X sq km and N villages in Kursk region": coordinated figures share the trailing region.
   "up from 60%" / "compared with 2,050 sq km" repeat the previous figure's metric, controller and
   region; "That is an area of N sq km" restates the previous sentence's holding in km2.
6. Time (``area_time.py``): as_of / period_days from ``dates.find_time_expressions`` bound to the figure, else
   the claimant's speech date elsewhere in the article, else published_at; running totals ("since the start
   of the incursion") are holdings, not gains.
7. Repeats (``area_dedupe.py``): a figure told twice in the article is one claim.
What the stages share about the article (sentences, cached regions and times, the previous claims) is in
``area_article.py``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from pipelines.extraction.furniture import dateline_side
from pipelines.extraction.area_article import MAX_SENTENCE_CHARS, _State
from pipelines.extraction.area_claimant import _headline_speaker, _statement_for
from pipelines.extraction.area_controller import _ALL_BUT, _FREED_OWNER, net_side, read_controller
from pipelines.extraction.area_dedupe import _dedupe, _replace
from pipelines.extraction.area_figures import (
    APPROX_BEFORE, CHANGED_TO, INCLUDES_COUNT, _APPOSITION, _BULLET, _CHANGED_TO, _COMPARE_BEFORE, _FIGURE_UPDATE,
    _FRONT_AFTER, _PREFILTER_NUM, _PREFILTER_UNIT, _RESTATE, _WIDTH_AFTER, _boundary_after, _boundary_before,
    _historical_figures, _is_conversion, _mask, _sentences, _unquote_figures)
from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.area_metric import read_metric
from pipelines.extraction.area_region import (_ELLIPTIC_NEXT, _breakdown, _elliptic_item, _russian_oblast, colon_part,
                                              read_regions)
from pipelines.extraction.area_time import _resolve_time, read_time
from pipelines.extraction.figure_guards import not_territory
from pipelines.extraction.dates import MONTH_NAMES, month_end, month_num, month_span
from pipelines.extraction.numbers import Quantity, find_quantities, parse_number
from pipelines.extraction.records import AreaClaim, ArticleText, Statement
from pipelines.extraction.regions import country_of, find_regions, region_area_km2
from pipelines.extraction.sides import _norm_side
from pipelines.extraction.text import looks_english


# a figure between dashes right after a noun: "the land—1,100 square kilometers—had been retaken"
_DASH_OPENS = re.compile(r"[a-z]\s*[\u2014\u2013]\s*(?:(?:about|some|around|nearly|almost|over|more\s+than)\s+)?$")
_DASH_CLOSES = re.compile(r"\s*[\u2014\u2013]")
_HELD_THAN_BEFORE = re.compile(r"\s+(?:of\s+(?:land|territory)\s+)?(?P<cmp>less|more)\s+"
                               r"(?:(?:territory|land|ground)\s+)?"
                               r"than\s+(?:(?:it|they|Russia|Ukraine|Moscow|Kyiv|Kiev)\s+(?:did|had|held|controlled)\b|"
                               r"(?:at|in|on|before)\b)", re.IGNORECASE)
# a gain's noun, then its figure after a dash: "record progress - 610 km² per month and 20.3 km² per day" (the second
# figure of the same pair too)
# ("Russia's territorial gains achieved in 2025 \u2014 about 4,800 square kilometers \u2014": the noun's participle and
# its year between)
_NOUN_DASH_FIGURE = re.compile(r"\b(?:progress|gains?|advances?)(?:\s+(?:achieved|made|won|secured)"
                               r"(?:\s+(?:in|since|during)\s+(?:\d{4}|the\s+[\w\s]{1,20}?))?)?"
                               r"(?P<dash>\s*[-\u2013\u2014:]\s*)"
                               r"(?:[^.;:\u2013\u2014]{1,50}?\s(?:and|as\s+well\s+as)\s+)?(?:(?:about|approximately|around|"
                               r"nearly|some|over|almost|more\s+than)\s+)?$", re.IGNORECASE)
_DASH_SHARE = re.compile(r"\s+[-\u2013\u2014]\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|"
                         r"more\s+than|over)\s+)?$", re.IGNORECASE)
_OF_COUNTRYS_LAND = re.compile(r"\s+(?:of\s+)?(?:Ukraine\b(?!['\u2019])|the\s+country\b(?!['\u2019])|"
                               r"(?:Ukraine|the\s+country)['\u2019]s\s+(?:[a-z]+\s+)?(?:territory|land)\b)",
                               re.IGNORECASE)
# a heading that introduces a side's holdings, listed in the bullets after it, with no figure of its own
_HELD_LIST_INTRO = re.compile(
    r"\W*(?:(?:The\s+)?(?:current(?:ly)?\s+)?)(?P<side>Russian|Russia|Ukrainian|Ukraine)[-\s](?:controlled|occupied|held)\s+"
    r"(?:regions|areas|territories|territory|land|parts\s+of\s+Ukraine)\s+(?:include|includes|are|comprise)\s*:\s*$", re.I)

# a sentence about occupation (or control) by region that opens a list: "The occupation by region is as follows:"
_OCCUPATION_LIST_INTRO = re.compile(r"\b(?:occupation|occupied|under\s+(?:\w+\s+)?(?:control|occupation))\b[^.;]*"
                                    r"\b(?:by\s+(?:region|oblast)|as\s+follows|regions?\s+(?:are|is)|"
                                    r"oblasts?\s+(?:are|is))\b",
                                    re.IGNORECASE)
_UKRAINIAN_HELD = re.compile(r"\bUkrainian[-\s](?:controlled|occupied|held)|\bunder\s+Ukrainian\b", re.IGNORECASE)

# a holding that lists its parts after "include": "the territories under Russian control include ...", "the
# Russian-occupied areas comprise ..."
_PARTS_INTRO = re.compile(
    r"\b(?:under\s+(?:the\s+)?(?P<s1>Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s)\s+(?:control|occupation)|"
    r"(?P<s2>Russian|Ukrainian)[-\s](?:controlled|occupied|held))\b[^.;:()]{0,40}?\b(?:include|includes|comprise|comprises)\b",
    re.I)
# a sentence that goes on listing the parts of the holding the previous one stated: "This includes Crimea, ...,
# over 80% of Donetsk"
_PARTS_CONTINUED = re.compile(r"\W*(?:This|That|These|It|The\s+(?:figure|total|area))\s+(?:also\s+)?"
                              r"(?:include|includes|comprises?|covers?)\b", re.I)


# "1% of Ukraine's territory \u2014 approximately 4,669 sq km": an area restating the share before it, after a dash
# (a place's name right before the dash too: "controls around 30% of Donetsk—some 9,000 square kilometers—")
_SHARE_THEN_AREA = re.compile(r"\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?(?:[\w'\u2019-]+)?\s*"
                              # ("18% of Ukrainian territory - equating to roughly 114,500 square kilometers")
                              r"(?:[\u2014\u2013]|--|\s-)\s*(?:(?:equating|equal|equivalent|amounting)\s+to\s+)?",
                              re.IGNORECASE)


# a share "of its territories" / "of its own land": the country's, told by its own subject
_OF_ITS_LAND = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:occupied\s+)?(?:territor(?:y|ies)|lands?)\b", re.I)


def _parts_intro(sent: str, previous: list[AreaClaim]) -> tuple[str, int] | None:
    """The side whose holding this sentence goes on to list in parts, and where the list starts."""
    m = _PARTS_INTRO.search(sent)
    if m is not None:
        side = m.group("s1") or m.group("s2")
        return ("Russia" if side.lower().startswith("russia") else "Ukraine"), m.end()
    m = _PARTS_CONTINUED.match(sent)
    last = previous[-1] if previous else None
    if m is not None and last is not None and last.metric in ("territory_share", "area_controlled") \
            and last.region in ("Ukraine", "Russia") and last.controller in ("Ukraine", "Russia"):
        return last.controller, m.end()
    return None


# (the figure in the other unit may sit between: "203 sq km (78 sq miles) in March, 354 sq km ... in February")
_INCREASE_OF = re.compile(r"[^,;:.\u2014\u2013()]{0,40}?\s*(?:[\u2014\u2013]|--|\s-|,)\s*(?:(?:an?\s+)?(?:increase|rise|gain|growth)\s+"
                          r"of|up(?:\s+by)?)\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?",
                          re.IGNORECASE)
# "liberated 1,100 sq km, or 86% of the territory initially occupied by the enemy" / "800 sq km have been
# liberated, which amounts to about 64% of the territory initially occupied": a gain restated as the share of the
# area the other side had seized (a share of a contested area: the conventions' territory_share of that region)
_SEIZED_SHARE = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|all\s+the)\s+(?:territory|area|land|ground)\s+"
                           r"(?:that\s+(?:was|had\s+been)\s+|which\s+(?:was|had\s+been)\s+)?"
                           r"(?:initially|originally|previously|earlier|first)\s+"
                           r"(?:occupied|seized|captured|held|taken)\b", re.IGNORECASE)
_COUNT_THEN_AREA = re.compile(r"[^.;:,\u2014\u2013()]{0,80}?\s(?:[\u2014\u2013]|--?)\s*(?:a\s+total\s+of\s+|totall?ing\s+)?",
                              re.IGNORECASE)
_WHICH_IS = re.compile(r"[^.;:]{0,80},\s*which\s+(?:is|makes\s+up|constitutes|represents|accounts\s+for)\s+$", re.IGNORECASE)
_OF_TERRITORY = re.compile(r"\s*of\s+(?:the|its|their)\s+(?:\w+\s+)?(?:territory|area|land)\b", re.IGNORECASE)
_AMOUNTS_TO = re.compile(r"[^.;:]{0,80},\s*which\s+(?:amounts|corresponds|is\s+equal|is\s+equivalent)\s+to\s+$",
                         re.IGNORECASE)
# "seized 225 sq km in September, nearly half of August's 455 sq km": the same measure, another month
_MONTH_OWN = re.compile(r"\b(?P<m>" + "|".join(MONTH_NAMES) + r")['\u2019]s\s+(?:total\s+(?:of\s+)?)?" + APPROX_BEFORE + "$",
                        re.IGNORECASE)
# "captured 325 sq km in February-March; in April-May that figure doubled to 632 sq km": the same measure, later
_FIGURE_CHANGED_TO = re.compile(
    r"[^;.]{0,30}?[,;]\s*(?:while\s+|and\s+|but\s+|whereas\s+)?[^,;.]{0,40}?\b(?:that|this|the)\s+(?:figure|number|total|tally)\s+"
    r"(?:has\s+|had\s+)?(?:then\s+|more\s+than\s+|almost\s+|nearly\s+)?" + CHANGED_TO, re.IGNORECASE)
# ("about 276 km2 gained Dec 1-17, then ~89 km2 (Dec 17-31) and ~74 km2 (Dec 31-Jan 13)": a participle before the
# item's time, "then" after it, or the time in brackets)
_LIST_ITEM_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+[a-z]+ed\b)?(?P<time>[^;.,()]{0,40}?)\s*[;,]\s*(?:and\s+|then\s+)?"
                            r"|\s*\((?P<btime>[^()]{1,40})\)\s*(?:[;,]\s*)?(?:(?:and|then)\s+)?")


# "Donetsk Oblast (70% under Russian control)", "Luhansk (99% held by Russia)": a bracket after a region that gives
# the share of it a side holds
_PAREN_OPEN = re.compile(r"\(\s*(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|approximately)?\s*$",
                         re.IGNORECASE)
_PAREN_SIDE = re.compile(r"\s*(?:of\s+it\s+|of\s+(?:the\s+)?(?:region|oblast|territory)\s+)?(?:is\s+|are\s+|was\s+)?"
                         r"(?:under\s+(?P<s1>Russian|Ukrainian)\s+(?:control|occupation)|(?:held|controlled|occupied)\s+by\s+"
                         r"(?P<s2>Russia|Ukraine|Moscow|Kyiv|Russian\s+forces|Ukrainian\s+forces)|(?P<s3>Russian|Ukrainian)[-\s]"
                         r"(?:held|controlled|occupied))\b(?P<rest>[^()]{0,40})\)", re.IGNORECASE)


def _paren_share(sent: str, q: Quantity, mentions) -> tuple[str, str, int] | None:
    """(side, region, offset of the closing bracket) of a share in brackets right after a region's name."""
    opening = _PAREN_OPEN.search(sent, max(0, q.start - 20), q.start)
    if opening is None:
        return None
    m = _PAREN_SIDE.match(sent, q.end)
    if m is None:
        return None
    before = sent[:opening.start()].rstrip()
    region = next((r for a, b, r in mentions if b >= len(before) - 8 and b <= len(before)
                   and re.fullmatch(r"(?:\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince))?", before[b:])), None)
    if region is None or region in ("Ukraine", "Russia"):
        return None
    side = (m.group("s1") or m.group("s2") or m.group("s3")).lower()
    return ("Russia" if side.startswith(("russia", "moscow")) else "Ukraine"), region, m.end() - 1


def _new_claim(q: Quantity, st: Statement | None, controller: str, region: str, metric: str, as_of, period,
               span: tuple[int, int], sent: str, scope: str) -> AreaClaim:
    """The claim of figure ``q`` in ``sent`` (its evidence), credited to the statement ``st`` holding it, if any."""
    return AreaClaim(
        controller=controller, region=region, metric=metric, value_low=q.low, value_high=q.high,
        unit=q.unit, approximate=q.approximate, as_of=as_of, evidence=sent.strip(),
        char_start=span[0], char_end=span[0] + len(sent), period_days=period,
        claimant=st.speaker if st else None, claimant_actor_id=st.actor_id if st else None,
        claimant_side=st.speaker_side if st else None, temporal_scope=scope,
    )


def _timed_list_item(sent: str, prev: Quantity, q: Quantity, times) -> bool:
    """Whether ``q`` is the next item of a list "N km2 in January; M km2 in February": between the previous figure
    and ``q`` only that figure's time expression (after its conversion, if any) and a semicolon or comma."""
    gap = _LIST_ITEM_GAP.fullmatch(sent, prev.end, q.start)
    if gap is None:
        return False
    a, b = gap.span("time") if gap.group("time") is not None else gap.span("btime")
    if not sent[a:b].strip():
        return False
    return any(t.start <= a + 1 and t.end >= b - 1 for t in times)


def extract_area_claims(article: ArticleText, statements: list[Statement] | None = None) -> list[AreaClaim]:
    text = article.text or ""
    if not text.strip() or not looks_english(text):
        return []
    pub = article.published_at
    published = pub.date() if isinstance(pub, datetime) else (pub if isinstance(pub, date) else date.today())
    state = _State(published=published, text=text, statements=list(statements or []), sentences=_sentences(text),
                   title=article.title, dateline_side=dateline_side(text))
    claims: list[tuple[AreaClaim, bool]] = []   # (claim, as_of explicitly stated)
    for idx, span in enumerate(state.sentences):
        s0, s1 = span
        if s1 - s0 > MAX_SENTENCE_CHARS:
            s1 = s0 + MAX_SENTENCE_CHARS
        sent = text[s0:s1]
        state.list_line = bool(_BULLET.match(sent)) or state.list_intro is not None and _bare_list_line(text, s0, s1)
        if not state.list_line:
            state.list_intro = None
        held = _HELD_LIST_INTRO.match(sent)
        if held is not None:
            # "Current Russian-controlled regions include:" introduces the holdings its bullets list
            state.list_intro = "Russia" if held.group("side").lower() in ("russian", "russia") else "Ukraine"
        elif sent.rstrip().endswith(":") and _OCCUPATION_LIST_INTRO.search(sent) and not re.search(r"\d", sent):
            # "The situation with the occupation by region is as follows:" heads a table of shares held
            # ("Donetsk — 78.1%"): occupation with no side named is Moscow's in this war
            state.list_intro = "Ukraine" if _UKRAINIAN_HELD.search(sent) else "Russia"
        low = sent.lower()
        if not (_PREFILTER_NUM.search(low) and _PREFILTER_UNIT.search(low)):
            state.prev_sentence_periods = {}
            state.prev_sentence_claims = []
            continue
        state.parts_intro = _parts_intro(sent, state.prev_sentence_claims)
        new = _sentence_claims(state, idx, (s0, s1), sent)
        if sent.rstrip().endswith(":") and new and new[-1][0].metric in ("territory_share", "area_controlled"):
            # "Russia controls 19.2% of Ukrainian territory, including:" introduces a list of holdings
            state.list_intro = new[-1][0].controller
        state.prev_sentence_claims = [c for c, _ in new]
        periods = {}
        for c, _ in new:
            if c.metric in ("area_gained", "area_lost", "settlements_gained", "settlements_lost") and c.period_days:
                periods[c.claimant] = (c.period_days, c.as_of)
        state.prev_sentence_periods = periods
        for c, explicit in new:
            if explicit and c.claimant and c.period_days and c.metric in ("area_gained", "area_lost"):
                state.speaker_periods[c.claimant] = (idx, c.period_days, c.as_of)
        claims.extend(new)
    return _dedupe(claims)


_MILES = re.compile(r"\bmi(?:les?)?\b", re.I)
_INTO_OUR_LAND = re.compile(r"\b(?:into|inside|in)\s+our\s+(?:territory|land|soil|region)\b", re.I)


# "three times more than in the previous 12 months (about 2,300 sq km between ...)": the compared figure in brackets
_COMPARED_IN_BRACKETS = re.compile(r"\bthan\b[^.;()]{0,50}\(\s*(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
                                   re.IGNORECASE)
# where a clause ends inside a sentence: a semicolon, or a comma or dash before a conjunction that opens another clause
# ("now totals about 660 km², with 360 km² in the grey zone": an absolute "with" or "plus" sets off the other figure)
_CLAUSE_BREAK = re.compile(r";|(?:,|\s[\u2014\u2013-])\s+(?:yet|but|while|whereas|although|though|and|with|plus)\b",
                           re.IGNORECASE)


def _negative_clauses(sent: str, lex) -> list[tuple[int, int]]:
    """The clauses of ``sent`` that speak of mines, farmland, a grey zone ... (area_cues.json "negative_context"):
    their figures are no control of territory. Only that clause: "Russia advanced by 33 sq km around Pokrovsk, yet
    half of the town remains a grey zone" keeps its advance."""
    found = [m.start() for m in lex.negative.finditer(sent)]
    if not found:
        return []
    breaks = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(sent)] + [len(sent)]
    spans = []
    for pos in found:
        a = max(b for b in breaks if b <= pos)
        spans.append((a, min(b for b in breaks if b > pos)))
    return spans


_PERCENT = re.compile(r"%|per\s*cent|percent", re.I)
# an article about demining or farmland ("sappers have cleared 3,000 ha", "205,000 hectares returned to operation"):
# its hectares are land made safe, and its shares of land "cleared" or "surveyed" are progress, never control
_LAND_WORK = re.compile(r"\b(?:de-?mining|demined|sappers?|deminers?|pyrotechnic\w*|agricultural\s+land|farmland)\b",
                        re.I)
_LAND_WORK_SHARE = re.compile(r"\b(?:cleared|explored|surveyed|demined|checked|inspected|such\s+land|agricultural)\b",
                              re.I)


@lru_cache(maxsize=8)
def _land_work(text: str) -> bool:
    return _LAND_WORK.search(text) is not None


def _sentence_claims(state: _State, idx: int, span: tuple[int, int], sent: str) -> list[tuple[AreaClaim, bool]]:
    lex = _lex()
    s0 = span[0]
    quantities = find_quantities(sent)
    negative = _negative_clauses(sent, lex)
    if negative:
        quantities = [q for q in quantities if not any(a <= q.start < b for a, b in negative)]
    if quantities and _land_work(state.text):
        quantities = [q for q in quantities if not re.match(r"hectare|ha\b", q.unit_text, re.I)
                      and not (q.kind == "share" and _LAND_WORK_SHARE.search(sent))]
    if not quantities:
        return []
    kept: list[Quantity] = []
    prev = None
    for q in quantities:
        if _is_conversion(sent, q, prev):
            if kept and kept[-1] is prev and _MILES.search(prev.unit_text) and not _MILES.search(q.unit_text):
                # "about 700 square miles (2,000 square kilometres)": the metric figure is the source's own, and the
                # approximator before the first figure qualifies both
                kept[-1] = replace(q, approximate=q.approximate or prev.approximate)
            elif kept and kept[-1] is prev and q.kind == "share" and _PERCENT.search(q.unit_text) \
                    and not _PERCENT.search(prev.unit_text):
                # "almost half of this territory (47%)": the bracket gives the word's exact value (the word's place
                # kept: what it is a share of follows the word)
                kept[-1] = replace(prev, low=q.low, high=q.high, approximate=q.approximate)
            prev = q
            continue
        prev = q
        kept.append(q)
    times = state.times_in(span)
    mentions = [(a - s0, b - s0, r) for a, b, r in state.regions_in(span)]
    out: list[tuple[AreaClaim, bool]] = []
    sent_q = _unquote_figures(sent)
    prev_claim: tuple[Quantity, AreaClaim] | None = None
    shares: dict[int, AreaClaim] = {}     # the share claims made, by figure
    restate = _RESTATE.match(sent)
    historical = _historical_figures(sent, kept)

    def scope(i: int) -> str:
        return "historical" if i in historical else "current"

    parts_of: tuple[AreaClaim, int] | None = None    # the total a colon breaks down by region, and the last item's end
    for i, q in enumerate(kept):
        if prev_claim is not None and prev_claim[0].kind == q.kind == "area" and prev_claim[1].region == "Ukraine":
            item = colon_part(sent, q, mentions, parts_of[1] if parts_of else prev_claim[0].end, parts_of is None)
            if item is not None:
                # "captured 4,714 sq km ...: 205 sq km in the Luhansk region; 3,308 sq km in the Donetsk region"
                head = parts_of[0] if parts_of else prev_claim[1]
                out.append((_replace(head, region=item[0], value_low=q.low, value_high=q.high,
                                     approximate=q.approximate), False))
                parts_of = (head, item[1])
                continue
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
        if i == 0 and q.kind == "settlement" and state.prev_sentence_claims \
                and (inc := INCLUDES_COUNT.match(sent)) is not None and q.start <= inc.end() + 20 \
                and state.prev_sentence_claims[-1].metric in ("area_controlled", "area_gained"):
            # "Today we control over 1,300 sq km in Kursk. This includes more than a hundred settlements": the places
            # within the holding (or the gain) told just before, the same side, region and time
            pc = state.prev_sentence_claims[-1]
            out.append((_replace(pc, metric=pc.metric.replace("area_", "settlements_"), value_low=q.low,
                                 value_high=q.high, unit=q.unit, approximate=q.approximate, evidence=sent.strip(),
                                 char_start=s0, char_end=s0 + len(sent)), False))
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
        # "compared with 2,050 sq km in October" repeats the previous figure's metric, controller and region; so
        # does a list whose items after the first leave out the subject and verb ("captured about 496 km2 in
        # January; about 313 km2 in February; ...")
        same_kind = prev_claim is not None and prev_claim[0].kind == q.kind
        listed = same_kind and _timed_list_item(sent, prev_claim[0], q, times)
        month_own = _MONTH_OWN.search(sent, max(0, q.start - 30), q.start) if same_kind else None
        if same_kind and (listed or _COMPARE_BEFORE.search(sent, max(0, q.start - 30), q.start)
                          or _COMPARED_IN_BRACKETS.search(sent, max(0, q.start - 70), q.start)
                          or _FIGURE_CHANGED_TO.fullmatch(sent, prev_claim[0].end, q.start) or month_own is not None):
            pc = prev_claim[1]
            next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
            st = _statement_for(s0 + q.num_start, state.statements)
            as_of, explicit, period = _resolve_time(state, times, q, next_start, pc.metric, st, _mask(sent_q, q.num_start))
            if month_own is not None:
                # "225 sq km in September, nearly half of August's 455 sq km": that month's
                as_of, days = month_span(month_num(month_own.group("m")), None, state.published)
                explicit, period = True, (days if pc.period_days else None)
            out.append((_replace(pc, value_low=q.low, value_high=q.high, approximate=q.approximate, as_of=as_of,
                                 period_days=period, temporal_scope=scope(i)), explicit))
            if listed:
                prev_claim = (q, out[-1][0])
            continue
        # "holds about 113,588 sq km of Ukrainian territory — an increase of 943 sq km by June 28": the holding's
        # growth, a gain of the same side in the same region
        if prev_claim is not None and prev_claim[0].kind == q.kind == "area" \
                and prev_claim[1].metric == "area_controlled" and _INCREASE_OF.fullmatch(sent, prev_claim[0].end, q.start):
            pc = prev_claim[1]
            next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
            st = _statement_for(s0 + q.num_start, state.statements)
            as_of, explicit, period = _resolve_time(state, times, q, next_start, "area_gained", st,
                                                    _mask(sent_q, q.num_start))
            out.append((_replace(pc, metric="area_gained", value_low=q.low, value_high=q.high, unit=q.unit,
                                 approximate=q.approximate, as_of=as_of, period_days=period,
                                 temporal_scope=scope(i)), explicit))
            continue
        # "controls about 116,000 sq km — about 19% of the country": the same holding restated as a
        # share (or the share restated as an area); after a gain it is the change as a share: not a claim
        if prev_claim is not None and prev_claim[0].kind == "area" and q.kind == "share" \
                and prev_claim[1].metric == "area_gained" and _SEIZED_SHARE.match(sent, q.end) \
                and (_APPOSITION.fullmatch(sent, prev_claim[0].end, q.start)
                     or _AMOUNTS_TO.fullmatch(sent, prev_claim[0].end, q.start)):
            out.append((_replace(prev_claim[1], metric="territory_share", value_low=q.low, value_high=q.high,
                                 unit=q.unit, approximate=q.approximate, period_days=None), False))
            continue
        if prev_claim is not None and prev_claim[0].kind != q.kind and {prev_claim[0].kind, q.kind} == {"area", "share"} \
                and _APPOSITION.fullmatch(sent, prev_claim[0].end, q.start):
            pc = prev_claim[1]
            if pc.metric in ("area_controlled", "territory_share"):
                out.append((_replace(pc, metric="territory_share" if q.kind == "share" else "area_controlled",
                                     value_low=q.low, value_high=q.high, unit=q.unit, approximate=q.approximate),
                            False))
            continue
        if prev_claim is not None and prev_claim[0].kind == "settlement" and q.kind == "share" \
                and prev_claim[1].metric == "settlements_controlled" \
                and _WHICH_IS.fullmatch(sent, prev_claim[0].end, q.start) and _OF_TERRITORY.match(sent, q.end):
            # "29 settlements remain under occupation, which is less than 2% of the territory of the region": the
            # ground those settlements stand on, held by the same side, as a share
            out.append((_replace(prev_claim[1], metric="territory_share", value_low=q.low, value_high=q.high,
                                 unit=q.unit, approximate=q.approximate), False))
            continue
        if prev_claim is not None and prev_claim[0].kind == "settlement" and q.kind == "area" \
                and prev_claim[1].metric.startswith("settlements_") and _COUNT_THEN_AREA.fullmatch(sent, prev_claim[0].end, q.start):
            # "liberated 24 settlements in the two regions - around 470 square kilometers of territory": the ground
            # the count covered, the same side, region and time
            out.append((_replace(prev_claim[1], metric=prev_claim[1].metric.replace("settlements_", "area_"),
                                 value_low=q.low, value_high=q.high, unit=q.unit, approximate=q.approximate), False))
            continue
        paren = _paren_share(sent, q, mentions) if q.kind == "share" else None
        if paren is not None:
            # "parts of Donetsk Oblast (70% under Russian control as of December 2024)": the share of the region the
            # bracket follows, held by the side it names
            side, region, close = paren
            st = _statement_for(s0 + q.num_start, state.statements)
            as_of, explicit, _period = _resolve_time(state, times, q, close, "territory_share", st,
                                                     _mask(sent_q, q.num_start))
            out.append((_new_claim(q, st, side, region, "territory_share", as_of, None, span, sent, scope(i)), explicit))
            state.sentence_region[idx] = region
            continue
        if q.kind in ("distance", "area") and _WIDTH_AFTER.match(sent, q.end):
            continue
        if q.kind == "distance" and "-" in sent[q.num_start:q.end] and _FRONT_AFTER.match(sent, q.end):
            continue   # "a 40-kilometre front": a width
        if re.search(r"\bwithin\s*$", sent[max(0, q.start - 10):q.start], re.I):
            continue
        masked = _mask(sent_q, q.num_start)
        lo = _boundary_before(masked, q.start, 0)
        if q.kind == "area" and i > 0 and kept[i - 1].kind == "share" \
                and _SHARE_THEN_AREA.fullmatch(sent, kept[i - 1].end, q.start):
            # "have captured less than 1% of Ukraine's territory — approximately 4,669 square kilometers": the area
            # restates the share after a dash; the share's verb is its verb
            lo = _boundary_before(masked, kept[i - 1].start, 0)
        if q.kind == "settlement" and i > 0 and kept[i - 1].kind == "area" \
                and re.fullmatch(r"\s*:\s*", sent[kept[i - 1].end:q.start]):
            # "Moscow captured from 100 to 125 square kilometers: at least seven villages": the colon sets out what
            # the area held; the area's verb is the count's
            lo = _boundary_before(masked, kept[i - 1].start, 0)
        held_dash = _DASH_SHARE.search(masked, max(0, q.start - 30), q.start) if q.kind == "share" else None
        if held_dash is not None and lo >= held_dash.start() and _OF_COUNTRYS_LAND.match(masked, q.end) \
                and len(find_regions(masked[_boundary_before(masked, held_dash.start(), 0):held_dash.start()])) >= 2:
            # "Russia is occupying the regions of Donetsk, Luhansk, Kherson and Crimea - around a fifth of Ukraine's
            # land": the share after the dash sums up the regions the clause before it holds; that clause's verb is
            # its verb
            lo = _boundary_before(masked, held_dash.start(), 0)
        noun_dash = _NOUN_DASH_FIGURE.search(masked, max(0, q.start - 60), q.start)
        if noun_dash is not None and noun_dash.start("dash") <= lo <= noun_dash.end("dash"):
            # "the Russians demonstrated record progress - 610 km² per month": the dash sets the figure after the noun
            # of the gain it measures, in one clause
            lo = _boundary_before(masked, noun_dash.start("dash"), 0)
        hi = _boundary_after(masked, q.end)
        closing = _DASH_CLOSES.match(masked, q.end)
        if closing is not None and _DASH_OPENS.search(masked, max(0, q.start - 40), q.start):
            # "the previously occupied land—1,100 square kilometers—had been retaken": a figure set off by dashes
            # after its noun; the clause goes on past the closing dash
            hi = _boundary_after(masked, closing.end())
        next_start = kept[i + 1].start if i + 1 < len(kept) else len(sent)
        # ---- 2. claimant (area_claimant.py)
        st = _statement_for(s0 + q.num_start, state.statements, sent, s0) or _headline_speaker(sent, s0, q.start)
        claimant_side = _norm_side(st.speaker_side) if st else None

        # ---- 3. cue and metric (area_metric.py); figure_guards.py drops what is not territory
        read = read_metric(state, sent, masked, q, lo, hi, next_start, claimant_side, mentions, times, out)
        if read is None:
            continue
        cue, metric = read
        if q.kind == "share" and _ALL_BUT.search(masked, max(0, q.start - 12), q.start):
            # "Moscow has seized all but a quarter of the Donetsk region": it holds the rest
            q = replace(q, low=round(1 - q.high, 4), high=round(1 - q.low, 4))

        smaller = _HELD_THAN_BEFORE.match(masked, q.end) if q.kind == "area" and metric == "area_controlled" else None
        if smaller is not None:
            # "Russia holds around 3,000 sq km less territory than it did in the first five days": a holding smaller
            # than its own earlier one by the figure, a loss since then (a difference of two gains stays out, below)
            metric = "area_lost" if smaller.group("cmp").lower() == "less" else "area_gained"
        reason = smaller is None and not_territory(masked, q, q.start if cue.in_phrase else lo,
                                                   cue.start if cue is not None and not cue.passive else None,
                                                   cue.start if cue is not None and cue.passive else None, full=sent)
        if reason:
            continue

        # ---- 4. controller (area_controller.py)
        controller, metric = read_controller(state, sent, masked, q, lo, cue, st, claimant_side, metric, idx)
        controller = net_side(masked, q, [c for c, _ in out], claimant_side) or controller

        # ---- 5. region(s) (area_region.py), one claim each
        regions, elliptic = read_regions(state, idx, sent, masked, q, kept, i, lo, hi, next_start, cue, metric,
                                         mentions, times)
        if q.kind == "share" and controller == "Ukraine" and _OF_ITS_LAND.match(masked, q.end):
            # "Ukraine has recaptured half of its territories, which Russia seized": a share of the country's own
            # ground, whatever oblast the sentence before was about
            regions = ["Ukraine"]
        if controller == _FREED_OWNER:
            # ground freed, nobody's side named: back to the owner of the region it lies in
            controller = "Russia" if regions and all(country_of(r) == "Russia" for r in regions) else "Ukraine"

        # ---- 6. as_of, period, running totals (area_time.py)
        as_of, explicit, period, metric = read_time(state, idx, masked, q, lo, hi, next_start, times, metric, cue, st,
                                                    controller, regions)
        if smaller is not None:
            period = None     # ("than it did in the first five days": the time compared with, not a period)
        if q.kind == "area" and len(regions) == 1 and regions[0] not in ("Ukraine", "Russia"):
            size = region_area_km2(regions[0])
            if size and q.high > size * 1.05 and country_of(regions[0]) == "Ukraine":
                # "separatists controlled 43,000 sq km": more than the oblast named nearby holds
                regions = ["Ukraine"]
        if regions == ["Ukraine"] and claimant_side == "Russia" and controller == "Ukraine" \
                and _INTO_OUR_LAND.search(masked, lo, hi) and (oblast := _russian_oblast(state)):
            # a Russian speaker's "Ukrainian forces advanced well into our territory, about 10 kilometers": into the
            # one Russian oblast the article is about
            regions = [oblast]
        parts = _breakdown(sent, q) if q.kind in ("settlement", "area") else []
        if len({r for _, r in parts}) >= 2:
            regions = ["Ukraine"]      # "five settlements — four in Donetsk and one in Zaporizhzhia —"
        if q.kind == "share" and len(regions) == 2 and re.search(r"\brespectively\b", sent[q.end:q.end + 120]):
            # "Russia holds 74% and 76% of the Zaporizhzhia and Kherson regions respectively": in order, one each
            if re.match(r"\s+and\s+\d", sent[q.end:]):
                regions = regions[:1]
            elif re.search(r"\d\s?(?:%|per\s*cent|percent)\s+and\s+$", sent[max(0, q.start - 20):q.start]):
                regions = regions[1:]
        for region in regions:
            out.append((_new_claim(q, st, controller, region, metric, as_of, period, span, sent, scope(i)), explicit))
        resp = _respective(sent, q, mentions) if q.kind == "share" and not _breakdown(sent, q) else None
        if resp is not None:
            # "the Zaporizhzhia and Kherson regions see Russian troops holding 74% and 76% of their respective areas":
            # each share its region, in order
            (first_region, second_region), second = resp
            base = out[-1][0]
            del out[len(out) - len(regions):]
            out.append((_replace(base, region=first_region), explicit))
            out.append((_replace(base, region=second_region, value_low=second, value_high=second), explicit))
            regions = [second_region]
        for value, region in parts:
            out.append((_replace(out[-1][0], region=region, value_low=value, value_high=value, approximate=False),
                        explicit))
        pair = _respectively_pair(sent, q, state.published) if len(regions) == 1 and not parts else None
        if pair is not None:
            # "in August and September, ... 477 and 459 square kilometres, respectively": each figure its month
            (first, first_end), (_second, second_end) = pair
            out[-1] = (_replace(out[-1][0], as_of=second_end, period_days=second_end.day), True)
            out.append((_replace(out[-1][0], value_low=first, value_high=first, approximate=False, as_of=first_end,
                                 period_days=first_end.day), True))
        seen, bound, text_of = set(regions), next_start, masked
        while elliptic is not None and len(regions) == 1 and not parts:
            extra = _elliptic_item(text_of, mentions, elliptic, bound)
            if extra is None or extra[1] in seen:
                break
            # "two settlements in Donetsk region as well as one in Sumy region": the second item
            # repeats the figure's noun, metric, side and time for its own region (and a third, ", as well as 75
            # in the Kherson region", the same)
            seen.add(extra[1])
            out.append((_replace(out[-1][0], region=extra[1], value_low=extra[0], value_high=extra[0],
                                 approximate=False), explicit))
            # (a later item, after a comma the clause mask blanks, is read in the sentence itself; its bare number is
            # no figure of its own, so the sentence bounds it)
            bound, text_of = len(sent), sent
            elliptic = _ELLIPTIC_NEXT.search(sent, elliptic.end(), min(bound, elliptic.end() + 90))
        region_now = regions[-1] if len(regions) == 1 else "Ukraine"
        # (a sentence whose figures lie in two regions, "250m near Bakhmut ... 500m to 1km towards Berdyansk", surveys
        # the front: the next sentence's figure is the country's, not the last region's)
        before = state.sentence_region.get(idx)
        state.sentence_region[idx] = "Ukraine" if before not in (None, region_now, "Ukraine", "Russia") \
            and region_now not in ("Ukraine", "Russia") else region_now
        state.last_controller = controller
        if len(regions) == 1:
            prev_claim = (q, out[-1][0])
            if q.kind == "share" and not parts:
                shares[i] = out[-1][0]
    return out + _shares_listed_before(sent, kept, shares)


# ("in either August or September 2024 (477 and 459 sq km, respectively)": "or" pairs them too)
_TWO_MONTHS = re.compile(r"\b(?P<m1>" + "|".join(MONTH_NAMES) + r")\s+(?:and|or)\s+(?P<m2>" + "|".join(MONTH_NAMES) + r")"
                         r"(?:\s+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
_BARE_FIRST = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+and\s+$")
_RESPECTIVELY = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*respectively\b", re.IGNORECASE)


# the second share of a pair distributed over two regions named before: "... 74% and 76% of their respective areas"
_RESPECTIVE_SHARE = re.compile(r"\s+and\s+(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s*cent|percent)\s+(?:of\s+(?:their|the)\s+"
                               r"respective\b|[^.;]{0,40}?\brespectively\b)", re.IGNORECASE)


def _respective(sent: str, q: Quantity, mentions) -> tuple[tuple[str, str], float] | None:
    """((first region, second region), second share) when ``q`` opens a pair of shares distributed ("respective",
    "respectively") over the two oblasts the clause names before it, joined by "and"; else None."""
    m = _RESPECTIVE_SHARE.match(sent, q.end)
    if m is None:
        return None
    named = [x for x in mentions if x[1] <= q.start and x[2] not in ("Ukraine", "Ukraine~", "Russia")]
    if len(named) < 2 or named[-1][2] == named[-2][2] \
            or not re.fullmatch(r"\s*(?:,\s*)?and\s+", sent[named[-2][1]:named[-1][0]]):
        return None
    return (named[-2][2], named[-1][2]), round(float(m.group("n")) / 100, 4)


def _bare_list_line(text: str, s0: int, s1: int) -> bool:
    """A list item a page lost its bullet from: a short line of its own with no closing stop ("Over 99% of the
    Luhansk region" under "Russia holds approximately 20 percent of Ukraine, which includes:")."""
    line = text[s0:s1].strip()
    return 0 < len(line) <= 120 and not line.endswith((".", "!", "?", ":")) \
        and text[:s0].rstrip(" \t").endswith("\n") and text[s1:].lstrip(" \t")[:1] in ("\n", "")


def _respectively_pair(sent: str, q: Quantity, published: date | None):
    """"in August and September, ... 477 and 459 square kilometres, respectively": the bare first number and the
    month ends of the two months, ((first value, its month end), (q's value, its month end)); None otherwise."""
    first = _BARE_FIRST.search(sent, max(0, q.num_start - 20), q.num_start)
    if first is None or not _RESPECTIVELY.match(sent, q.end) or published is None:
        return None
    months = None
    for months in _TWO_MONTHS.finditer(sent, 0, first.start()):
        pass
    if months is None:
        return None
    ends = []
    for key in ("m1", "m2"):
        mon = month_num(months.group(key))
        year = int(months.group("year")) if months.group("year") else (
            published.year if mon <= published.month else published.year - 1)
        ends.append(month_end(year, mon))
    return (parse_number(first.group("n")), ends[0]), (q.low, ends[1])


# one item of a list of shares: "76 percent of Donetsk, " / "73% of the Zaporizhzhia region and "
_SHARE_ITEM_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?P<region>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
                             r"(?:\s+(?:region|oblast|province))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _shares_listed_before(sent: str, kept: list[Quantity], shares: dict[int, AreaClaim]) -> list[tuple[AreaClaim, bool]]:
    """"99 percent of Luhansk, 76 percent of Donetsk and 73 percent of Kherson are under Russian occupation": the
    predicate after a list of shares holds for every item, though only the last one's clause reaches it."""
    out = []
    for i in range(len(kept) - 2, -1, -1):
        q, nxt = kept[i], kept[i + 1]
        if i in shares or i + 1 not in shares or q.kind != "share" or nxt.kind != "share":
            continue
        gap = _SHARE_ITEM_GAP.fullmatch(sent, q.end, nxt.start)
        found = find_regions(gap.group("region")) if gap else []
        if not found or found[0][2] in ("Ukraine", "Ukraine~", "Russia"):
            continue
        shares[i] = _replace(shares[i + 1], region=found[0][2], value_low=q.low, value_high=q.high,
                             approximate=q.approximate)
        out.append((shares[i], False))
    return out[::-1]

"""Area claims, stage 6: a figure's date (as_of) and period (period_days), and running totals (``read_time``).

``_pick_time`` binds a time expression (``dates.find_time_expressions``) to a figure: the first after it in
its clause, else the nearest before. ``_resolve_time`` reads as_of and the period from it, else the claimant's
speech date elsewhere in the article (``_speaker_dates``), else, for a figure inside a statement, the day the lede's
report was made (``_news_day``), else published_at. The patterns here also tell a
running total ("since the start of the incursion", "bringing the total to"), a rate ("20 sq km a day") and a
short period set by the previous sentence (``_short_period_before``).
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from pipelines.extraction.area_article import _State
from pipelines.extraction.area_lexicon import _lex as _area_lex
from pipelines.extraction.area_figures import _BREAKDOWN, _CLAUSE_END
from pipelines.extraction.dates import _MON, TimeExpr
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.records import Statement
from pipelines.extraction.tokens import _lex
from pipelines.extraction.regions import country_of

if TYPE_CHECKING:  # (only for annotations: the module imports this one)
    from pipelines.extraction.area_metric import _Cue

_TIME_CLAUSE_END = re.compile(
    r"[\"\u201d]|\s[\u2014\u2013]\s|\s--\s|,\s+(?:referring|adding|saying|according|which|who|where|that|as)\b",
    re.IGNORECASE)

# "since Ukraine launched its counteroffensive in June": the month dates the event the period starts from
_EVENT_SINCE = re.compile(r"\bsince\s+(?!the\s+(?:start|beginning))[^,.;]{3,70}$", re.IGNORECASE)
_PEAK_BEFORE = re.compile(r"\b(?:peak|height|high\s+point|at\s+one\s+point|at\s+the\s+time|end)\b", re.IGNORECASE)
_OPERATION_START = re.compile(
    r"\b(?:since|from)\s+(?:the\s+)?(?:start|beginning|launch|outset)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:operation|offensive|incursion|counteroffensive|counter-offensive|invasion|assault|campaign|"
    r"push|war)\b"
    # "since the surprise incursion, the forces have ... seized 1,150 sq km": since the operation itself
    # (not "since the counteroffensive began": a side's own land won back is a gain, its period from that start)
    # ("In total, after the February 24, 2022 invasion, Russia captured 65,891 sq km": the same)
    # ("since his invasion on February 24, 2022": the invader's possessive too)
    r"|\b(?:since|after)\s+(?:the|its|their|our|his|Russia['\u2019]s|Moscow['\u2019]s|Putin['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incursion|invasion)\b"
    r"|\b(?:since|after)\s+the\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+)?\d{4}\s+(?:full-scale\s+)?(?:incursion|invasion)\b"
    # "Together with the annexed Crimea ..., Russia has seized 108,070 sq km": all it holds
    r"|\b(?:together\s+with|including|counting)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?Crimea\b"
    # "As of today, we have taken control of 1,294 sq km": the holding so far, not one day's gain
    # ... and "as of August 12, Ukrainian forces had seized 1,000 sq km": the total on that day
    rf"|\bas\s+of\s+(?:today|now|this\s+(?:morning|evening)\b|{_MON}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MON})|\bto\s+date\b"
    # "since they broke into the Kursk region on August 6": since the operation itself began
    r"|\bsince\s+(?:they|we|it|(?:Ukrainian|Russian)\s+(?:forces|troops|units))\s+(?:first\s+)?"
    r"(?:broke|crossed|entered|launched|invaded|began|started|stormed)\b"
    # ("captured 100 settlements during its three-week long incursion": the operation so far)
    r"|\bduring\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:incursion|cross-border\s+operation)\b"
    # "took 80 settlements after launching its incursion into Kursk ten days ago": since the operation began
    r"|\bafter\s+(?:launching|starting|beginning)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operation|offensive|incursion|counteroffensive|counter-offensive|invasion|assault)\b",
    re.IGNORECASE,
)
# "Russian forces have captured 505 sq km since the beginning of the offensive operations in October": one offensive
# of a side already holding ground in Ukraine; what it took since is a gain (not "since the start of the special
# military operation", the whole war)
_OFFENSIVE_WITHIN_WAR = re.compile(r"(?<!military\s)\b(?:operations?|offensive|campaign|push|assault)$", re.IGNORECASE)
_RECAPTURE = re.compile(r"(?:re|liberat|freed|free|won\s+back|win\s+back|winning\s+back|de-?occup)", re.IGNORECASE)
_RUNNING_TOTAL = {"area_gained": "area_controlled", "settlements_gained": "settlements_controlled"}
# "cleared of the occupiers", "cleansed of the invaders": one's own land freed, a recapture like "liberated"
_OF_OCCUPIERS = re.compile(r"\s+of\s+(?:the\s+)?(?:occupiers?|invaders?|enemy|occupation\s+forces|Russian\s+(?:troops|forces))\b",
                           re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised)\s+(?:the|its|their|Ukraine's|Russia's)\s+"
    r"(?:total|tally|overall\s+total)\b[^.;]*\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:claimed|taken|captured|seized|gained|lost|on\s+average)\s+)?"
    r"(?:(?:a|per|each|every)\s+(?P<unit>day|week|month)\b|(?P<adverb>dai|month)ly\b)", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"\b(?:initially|at\s+first|at\s+the\s+start)\b[^,.;]{0,30}$", re.IGNORECASE)
# "Ukrainian troops have taken control of 100 settlements in Kursk": the perfect with no period is what the
# incursion has taken so far
# ("an assault that Ukraine says has seen its forces take control of 1,000 sq km": the perfect of "see" lends its
# tense to the bare infinitive after its object)
# ("700 sq km has been seized so far" in Kursk: the passive's perfect too)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had|'ve)\s+(?:now\s+|already\s+|also\s+|so\s+far\s+)?"
                             r"(?:managed\s+to\s+|been\s+able\s+to\s+|been\s+|"
                             r"seen\s+(?:its|their|the|Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s)\s+"
                             r"(?:forces|troops|army|units|soldiers)\s+)?$", re.IGNORECASE)
# ("forces have made significant progress, gaining control of 1,294 sq km": a participle after a perfect clause
# shares its tense)
# ("said his forces had pushed 28-35 km into Russia, capturing 1,263 sq km": the reported perfect, told in the past)
_PERFECT_CLAUSE_BEFORE = re.compile(r"\b(?:have|has|had|'ve)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|de|ne|t)\b"
                                    r"[^.;:]{0,60},\s+$",
                                    re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# ("Ukraine Takes Control of 82 Villages in Kursk": a headline's present is that perfect)
# ("Ukrainian Forces capture 28 settlements in Russia's Kursk region": a plural subject's present, not an infinitive)
_HEADLINE_PRESENT = re.compile(r"(?:takes|seizes|captures|gains)\b|(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)"
                               r"(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)(?<!\bshould\s)"
                               r"(?<!\bdid\s)(?<!\bnot\s)(?<!\bn't\s)(?:take|seize|capture)\b(?!\s+(?:over\b|part\b))",
                               re.IGNORECASE)
# ("have taken 40 sq km, and today 74 settlements are under their control": a holding stated beside it makes
# the perfect's figure the gain)
# a participle's clause set off after the figure ("..., marking a fresh advance"; not "bringing the total to")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?!bringing\b|taking\b|raising\b)[a-z]+ing\b")
_HOLDING_LATER = re.compile(r"\bunder\s+(?:\w+\s+)?control\b|\b(?:controls?|holds?)\b", re.IGNORECASE)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|a\s+further|further|more|new)\s+"
                              r"(?:\w+\s+)?$", re.IGNORECASE)
# how far (in sentences) a speaker's dated gain lends its period to their undated ones
SPEAKER_PERIOD_SENTENCES = 4
_PERIOD_METRICS = {"area_gained", "area_lost", "settlements_gained", "settlements_lost", "advance_depth"}


# "477 sq km in August, its largest monthly gain since October 2022": the record's baseline, not the figure's time
_RECORD_SINCE = re.compile(r"\b(?:largest|biggest|fastest|highest|greatest|most|slowest|lowest|smallest|best|worst|"
                           r"first|record)\b[^,;.]{0,45}$", re.I)


_TOTAL_SINCE = re.compile(r"\b(?:in\s+total|since)\b", re.IGNORECASE)


def _pick_time(times: list[TimeExpr], q: Quantity, next_start: int, masked: str, kinds) -> TimeExpr | None:
    """The time expression bound to figure ``q``: first one after it (before the next figure), else nearest before."""
    times = [t for t in times if t.start < len(masked) and masked[t.start] != " "]
    glued = next((t for t in times if kinds(t) and t.end <= q.start and _FIGURE_IN_BRACKETS.fullmatch(masked, t.end, q.start)),
                 None)
    close = masked.find(")", q.end) if glued is not None else -1
    if glued is not None and not any(kinds(t) and q.end <= t.start < close for t in times):
        # "the slowdown that began in August (594 sq km) after a peak in July (634 sq km)" (not "in the previous 12
        # months (about 2,300 sq km between October 2023 and September 2024)": the brackets date their figure)
        return glued
    another_figure = next_start < len(masked)
    clause = _CLAUSE_END.search(masked, q.end)
    if clause is not None:
        next_start = min(next_start, clause.start())
    # a time after the figure binds to it only inside its clause: not after the quote closes, a dash,
    # or a new clause ("..., referring to regions annexed in 2022"; "— the slowest pace since May")
    bm = _BREAKDOWN.match(masked, q.end)      # a parenthetical breakdown does not end the clause
    later = _TIME_CLAUSE_END.search(masked, bm.end() + 3 if bm else q.end)
    if later is not None:
        next_start = min(next_start, later.start())
    after = [t for t in times if q.end <= t.start < next_start and kinds(t)
             and not (t.kind == "since" and _RECORD_SINCE.search(masked, max(q.end, t.start - 60), t.start))
             and not _in_relative_event(masked, q.end, t.start)
             # ("5,000 sq km, twice more than in the previous 12 months": the time of what it is compared with)
             and not re.search(r"\bthan\s+(?:in\s+|during\s+|over\s+)?$", masked[max(0, t.start - 16):t.start], re.I)]
    before = [t for t in times if t.end <= q.start + 1 and kinds(t)
              and not (_in_relative_event(masked, 0, t.start) and _MAIN_VERB_AFTER.match(masked, t.end, q.start))]
    if after and before and another_figure and _OPENS_NEXT_CLAUSE.fullmatch(masked, q.end, after[0].start):
        # "in February-March they captured 325 sq km, in April-May that figure doubled to 632": each figure is
        # dated before it; the time after the comma opens the next figure's clause
        return before[-1]
    if after:
        return after[0]
    return before[-1] if before else None


# a figure in brackets right after its time: "in August (594 sq km)"
_FIGURE_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than)\s+)?")
_OPENS_NEXT_CLAUSE = re.compile(r"[^,;()]{0,40}?,\s*(?:and\s+|but\s+|while\s+|whereas\s+)?")


# "three villages in the Donetsk region it claimed to have annexed in September 2022", "troops that crossed the
# border in May": a relative clause with a verb of its own (not a reporting verb: "..., it reported on Monday") dates
# that event, not the figure
# ("in a part of Ukraine from where Russian troops had been pushed back nearly two years ago": a place's past)
_RELATIVE_EVENT = re.compile(r"\b(?:which|that|it|they|where)\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+(?=[a-z])){0,4}?"
                             r"(?P<verb>[a-z]+(?:ed|en)|began|begun|took|fell|rose|grew|came|won|lost)\s+"
                             r"(?:(?:back|out|off|away)\s+)?(?:the\s+[a-z]+\s+)?(?:(?:in|on|during)\s+)?"
                             r"(?:(?:nearly|almost|about|some|more\s+than|over)\s+)?$")


# "Russian troops that invaded in February 2022 had been forced out of seven settlements": the relative clause ends and
# the main clause's finite verb follows its date, so the date is the invasion's, not the figure's
_MAIN_VERB_AFTER = re.compile(r"[^,;.]{0,12}?\s(?:had|has|have|was|were|is|are|will|would)\s")


def _in_relative_event(masked: str, lo: int, hi: int) -> bool:
    m = _RELATIVE_EVENT.search(masked, max(lo, hi - 60), hi)
    return m is not None and m.group("verb").lower() not in _lex().verb_lemma


# "over the month", "during the week": a definite period, the one the sentence named before (not "the past month")
# ("In December, the advance slowed: Russian forces captured 593 square kilometres in a month": that month)
_DEFINITE_PERIOD = re.compile(r"(?:over|during|in|for|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:month|week|year)$"
                              r"|in\s+(?:a|one)\s+(?:month|week)$", re.I)


def _named_period_before(times: list[TimeExpr], q: Quantity, duration: TimeExpr) -> TimeExpr | None:
    """The interval named before figure ``q`` that a definite ``duration`` after it refers back to."""
    if not _DEFINITE_PERIOD.fullmatch(duration.text or "") or duration.days is None:
        return None
    before = [t for t in times if t.end <= q.start and t.kind == "interval" and t.date is not None and t.days]
    if before and abs(before[-1].days - duration.days) <= 3:
        return before[-1]
    return None


def _has_period(exprs: list[TimeExpr]) -> bool:
    return any(t.kind in ("interval", "since", "duration", "same") or (t.kind == "point" and t.days) for t in exprs)


_FIRST_DAYS = re.compile(r"(?:in|during|over)\s+the\s+first\s+\d+\s+days\s+of\s+the\s+month\b", re.IGNORECASE)


def _month_before(times: list[TimeExpr], q: Quantity) -> TimeExpr | None:
    """The month named before figure ``q`` ("In December, ..."), that "the month" after it refers back to."""
    before = [t for t in times if t.end <= q.start and t.kind == "interval" and t.date is not None and t.days]
    return before[-1] if before and 28 <= before[-1].days <= 31 else None


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
                said = [t for t in times if t.kind == "point" and t.speech and t.date is not None
                        and t.date < state.published and t.start < len(masked) and masked[t.start] != " "]
                if pt.kind == "interval" and pt.date is not None and pt.date >= state.published and said:
                    # "Belousov said on May 31 that Russian forces had captured 880 sq km in 2024": a period still
                    # running when it was said is counted up to that day
                    as_of = said[-1].date
            elif pt.kind == "duration":
                period = pt.days
                named = _named_period_before(times, q, pt)
                if named is not None:
                    # "in August 2024, with nearly 400 sq km taken over the month": "the month" is August's
                    as_of, explicit = named.date, True
                elif _FIRST_DAYS.match(masked, pt.start) and (month := _month_before(times, q)) is not None \
                        and month.date.day > pt.days >= 1:
                    # "In December, the advance came to 465 sq km in the first 30 days of the month": up to its 30th
                    as_of, explicit = month.date.replace(day=int(pt.days)), True
            elif pt.kind == "same":
                period = state.last_period
            # "since" resolved once as_of is known
        if period is None and pt is None and st is not None and st.speaker in state.prev_sentence_periods \
                and not _TOTAL_SINCE.search(masked):
            # (not "In total, 2,434 square kilometres have been liberated since the beginning of this operation": a
            # total since an event, no period of the sentence before)
            # ("In December alone they liberated 34 settlements. Overall, more than 540 square kilometers were
            # liberated": the same month, its period and its end)
            period, told_as_of = state.prev_sentence_periods[st.speaker]
            if as_of is None:
                as_of, explicit = told_as_of, True
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
        # (not "controls over 60% of the territory after Ukraine's incursion into Kursk in August": an event after
        # "after" is not when the holding is told)
        if later is not None and not re.search(r"\b(?:since|currently|now|still|today|as\s+of)\b",
                                               masked[max(0, q.start - 40):later.start], re.I) \
                and not re.search(r"\b(?:after|following|before)\b", masked[q.end:later.start], re.I) \
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
        dates = [pd for pd in _speaker_dates(state, st.speaker) if pd[0] < end]
        if dates:
            as_of = min(dates, key=lambda pd: abs(pd[0] - st.char_start))[1]
    if as_of is None:
        # (a figure in the outlet's own voice, "Russia occupies about 18% of Ukraine", is dated by publication)
        # (nor one with a time of its own, "this year", or a past peak, "at its height": ANNOTATION's published_at)
        as_of = _news_day(state) if st is not None and not times and not _area_lex().historical.search(masked) \
            else state.published
    if wants_period and pt is not None and pt.kind == "since":
        anchor = date(as_of.year, 1, 1) if pt.year_start else pt.date
        if anchor is not None and anchor <= as_of:
            period = float((as_of - anchor).days)
    if period is not None:
        state.last_period = period
    if not wants_period:
        period = None
    return as_of, explicit, period


def _news_day(state: _State) -> date:
    """The day the article's news was told: the day its lede says a report was made ("KYIV - Ukraine's military
    said on Thursday it had ...", published on Friday), when that is the day or two before publication; else
    published_at. Wire copy is often published the day after the statements it reports, and an undated statement
    later in it was made with the lede's."""
    if state.news_day is None:
        day = state.published
        for a, b in state.sentences[:2]:
            spoken = [t for t in state.times_in((a, b)) if t.kind == "point" and t.days is None and t.speech
                      and t.date is not None and 1 <= (state.published - t.date).days <= 2]
            if spoken:
                day = spoken[0].date
                break
        state.news_day = day
    return state.news_day


def _speaker_dates(state: _State, speaker: str) -> list[tuple[int, date]]:
    """(offset, date) of the days ``speaker``'s statements say they spoke on: read per speaker, when one of
    their figures needs it (the times of every statement's sentence cost 4% of extraction)."""
    if speaker in state.speaker_dates:
        return state.speaker_dates[speaker]
    out: list[tuple[int, date]] = []
    for st in state.statements:
        if st.speaker != speaker:
            continue
        span = (st.sentence_start, st.sentence_end) if st.sentence_end > st.sentence_start else next(
            ((a, b) for a, b in state.sentences if a <= st.char_start < b), None)
        if not span:
            continue
        for t in state.times_in(span):
            if t.kind == "point" and t.days is None and (t.speech or t.start < 3):
                out.append((span[0] + t.start, t.date))
    state.speaker_dates[speaker] = out
    return out


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


def _since_a_date(times: list[TimeExpr], lo: int, hi: int) -> bool:
    """A period counted from a date in the figure's clause ("since Aug. 6", "since 6 August", as dates.py reads it), not
    from a weekday ("since Monday")."""
    return any(t.kind == "since" and lo <= t.start < hi and re.search(_MON, t.text, re.IGNORECASE) for t in times)


def read_time(state: _State, idx: int, masked: str, q: Quantity, lo: int, hi: int, next_start: int,
              times: list[TimeExpr], metric: str, cue: _Cue, st: Statement | None, controller: str,
              regions: list[str]) -> tuple[date, bool, float | None, str]:
    """as_of, whether the text states it, period_days, and the metric of figure ``q``: a running total ("since the
    start of the incursion, we have taken ...") is a holding, not a gain."""
    as_of, explicit, period = _resolve_time(state, times, q, next_start, metric, st, masked)
    told = state.speaker_periods.get(st.speaker) if st is not None else None
    if told is not None and not explicit and period is None and metric in ("area_gained", "area_lost") \
            and idx - told[0] <= SPEAKER_PERIOD_SENTENCES and not _TOTAL_SINCE.search(masked):
        # "Syrskyi said Ukraine reclaimed 62 sq km last month. ... According to Syrskyi, towards Dobropillia, Russia
        # captured 13.5 sq km but lost 25.5": the breakdown of the speaker's dated total shares its month
        _, period, as_of = told
        explicit = True
    op = _OPERATION_START.search(masked, q.end, hi)
    if op is not None and period is not None and not any(op.start() < t.start < hi for t in times) \
            and not any(q.end <= t.start < op.start() for t in times):
        # "Together with 10.9 sq km re-captured this week, Ukraine has liberated 179.5 sq km since the start of the
        # counteroffensive": the total since the operation began, not the other figure's week
        period = None
    if op is not None and any(op.start() < t.start < hi for t in times):
        # "retaken 204.7 sq km after launching a massive offensive early last month": that date is when the
        # operation began; the total is as of the telling
        as_of, explicit, period = _resolve_time(state, [t for t in times if not op.start() < t.start < hi], q,
                                                next_start, metric, st, masked)
        period = None
    started = _OPERATION_START.search(masked, lo, hi) if metric in _RUNNING_TOTAL else None
    if started is not None and _RECORD_SINCE.search(
            masked, max(q.end if started.start() > q.end else lo, started.start() - 60), started.start()):
        # "322 sq km in November, one of the highest rates since the start of the war": a record's start, not a total's
        # (before the figure too: "advanced at its fastest pace since the start of the operation, capturing 1,500
        # sq km")
        started = None
    if started is not None and started.start() > q.end and _PARTICIPLE_CLAUSE.search(masked, q.end, started.start()):
        # "captured two villages, marking a fresh advance into an area spared seizures since Moscow's 2022 invasion":
        # the start belongs to the participle's clause after the figure, not to the figure
        started = None
    if started is not None \
            and not _RECAPTURE.match(masked[cue.start:cue.end]) and not _OF_OCCUPIERS.match(masked, cue.end) \
            and not (controller == "Russia" and regions and all(country_of(r) == "Ukraine" for r in regions)
                     and _OFFENSIVE_WITHIN_WAR.search(started.group(0))):
        # "since the start of the incursion, we have taken 1,263 sq km": the holding so far; the other
        # side's "regained 600 sq km" since then stays a gain (the conventions' running totals)
        metric, period = _RUNNING_TOTAL[metric], None
    if _TOTAL_BEFORE.search(masked, max(0, q.start - 120), q.start) and not _EVENT_SINCE.search(
            masked, max(0, q.start - 120), q.start):
        period = None   # "..., bringing the total to 17 sq mi": a running total, no period of its own
    rate = _RATE_AFTER.match(masked, q.end)
    if rate and metric in _PERIOD_METRICS:
        # "about 20 sq km a day", "200 sq km per month"
        unit = (rate.group("unit") or rate.group("adverb")).lower()
        period = {"week": 7.0, "month": 30.0}.get(unit, 1.0)     # "day" and "daily" ("dai"): 1

    if metric in _RUNNING_TOTAL and controller == "Ukraine" and len(regions) == 1 \
            and country_of(regions[0]) == "Russia" and not _RECAPTURE.match(masked[cue.start:cue.end]) \
            and (period is not None and period >= 28 or _INITIAL_BEFORE.search(masked, max(0, q.start - 40), q.start)
                 # ("it has seized more than 80 settlements over 1,150 sq km in Kursk since Aug. 6": since a date,
                 # the day the incursion began; not "over the past day")
                 or period is not None and _since_a_date(times, lo, hi)
                 or period is None and (_PERFECT_BEFORE.search(masked, max(0, cue.start - 30), cue.start)
                                        or _HEADLINE_PRESENT.match(masked, cue.start)
                                        or _PARTICIPLE.match(masked, cue.start)
                                        and _PERFECT_CLAUSE_BEFORE.search(masked, max(0, cue.start - 100), cue.start))
                 and not _HOLDING_LATER.search(masked, q.end)) \
            and not _short_period_before(state, idx) \
            and not _INCREMENT_BEFORE.search(masked, max(0, q.start - 25), q.start):
        # Ukraine held no ground in a Russian oblast before its incursion: what it seized there in the
        # first month ("seized 1,300 sq km of the Kursk region in August", "initially seizing ...", "has taken
        # 1,000 sq km" with no period) is what it holds (the conventions' running totals); a day's "took 40 sq km" stays a gain
        metric, period = _RUNNING_TOTAL[metric], None
    return as_of, explicit, period, metric

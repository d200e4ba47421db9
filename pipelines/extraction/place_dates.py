"""Place claims, stage 5: the date of a place claim (as_of, ``_as_of``).

A date bound to the place, else to the clause, else the speech date, else a day in the attribution ("the
statement on Saturday said"), else the date the same speaker's statement names, else published_at. A month
alone -> its last day, in the year the sentence named before it (``_in_sentence_year``); a year -> Dec 31
(``dates.py``).
"""
from __future__ import annotations

import re
from datetime import date

from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.dates import TimeExpr, month_end
from pipelines.extraction.place_article import _State
from pipelines.extraction.place_cues import Cue
from pipelines.extraction.place_linking import _JOINED_VERB, _OBJ_END, _SUBJ_START
from pipelines.extraction.place_mentions import _Mention, item_locative
from pipelines.extraction.records import Statement
from pipelines.extraction.sides import _side_of_match

# where the clause of a cue begins, for its dates: a clause start, "before" ("seized in May 2022 before Ukrainian forces
# retook it"), or "and"/"but" before a verb ("was captured by Russia in 2022 and was retaken by Ukraine in September")
_CLAUSE_OPENS = re.compile(_SUBJ_START.pattern + r"|\bbefore\b|" + _JOINED_VERB.pattern, re.I)
_SAME_TIME = re.compile(r"\s*(?:At\s+the\s+same\s+time|Meanwhile|Then|That\s+year|That\s+month)\b", re.I)


def _time_date(t: TimeExpr) -> date | None:
    if t.kind in ("point", "interval"):
        return t.date
    if t.kind == "since" and t.date is not None:
        # "held since August": a month named alone dates the claim to the month's end
        return month_end(t.date.year, t.date.month) if not re.search(r"\d{1,2}(?!\d)", re.sub(r"\d{4}", "", t.text)) else t.date
    return None


# ("... after Moscow launched a military campaign against Ukraine on February 24": when the war or operation began)
_EVENT_CLAUSE_BETWEEN = re.compile(r"\b(?:after|since|before)\s+(?:[A-Z][\w'\u2019-]*|the|its|his|her|their|it|they)\s+"
                                   r"(?:[\w'\u2019-]+\s+){0,3}?(?:launched|began|begun|started|invaded|annexed)\b")
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|where)\s+(?!said\b|says\b)", re.I)
def _in_event_clause_after(sent: str, t: TimeExpr, cue: Cue) -> bool:
    """Whether time ``t`` stands in an adverbial clause with its own verb after the cue ("... after Moscow
    launched its campaign on February 24")."""
    return t.start > cue.end and _EVENT_CLAUSE_BETWEEN.search(sent, cue.end, t.start) is not None


def _in_later_relative(sent: str, t: TimeExpr, cue: Cue, m: _Mention) -> bool:
    """Whether time ``t`` stands in a relative clause after both the cue and the place (its own event's time)."""
    start = max(cue.end, m.end)
    return t.start > start and _RELATIVE_BETWEEN.search(sent, start, t.start) is not None


_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:on\s+)?")
_AND_ONLY = re.compile(r"\s+and\s+")
_MONTH_ONLY = re.compile(r"^(?:in\s+|on\s+|by\s+)?(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+\.?$")


# ", who was hailed as the man behind last September's counteroffensive,": a relative clause set off by commas
_SET_OFF_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^,;:()]*,", re.IGNORECASE)


def _in_speaker_relative(sent: str, t: TimeExpr, cue: Cue) -> bool:
    """Whether time ``t`` stands in a relative clause set off by commas before the cue: it tells of the person
    described ("Syrskyi, who led last September's counteroffensive, announced the liberation of X"), not of the
    claim."""
    return any(r.start() < t.start and t.end <= r.end() <= cue.start
               for r in _SET_OFF_RELATIVE.finditer(sent, 0, cue.start))


def _in_sentence_year(times: list[TimeExpr], t: TimeExpr, published: date) -> date | None:
    """"took Lyman in May 2022; Ukraine won it back in October": a month named alone takes the year the sentence
    named before it, not the latest one before publication."""
    d = _time_date(t)
    if d is None or t.kind not in ("point", "interval") or not _MONTH_ONLY.match(t.text.strip()):
        return d
    years = [x for x in times if x.start < t.start and x.date is not None and re.search(r"\b(?:19|20)\d\d\b", x.text)]
    if not years or years[-1].date.year == d.year:
        return d
    prev = years[-1].date
    for y in (prev.year, prev.year + 1):
        # a sequence runs forward: "Avdiivka in February 2024, Vuhledar in October and Kurakhove in January"
        # (the month of publication resolves to the day of publication, "so far"; in another year it is the whole
        # month: "captured Kupiansk in March 2022, but Ukraine retook it in September" -> 2022-09-30)
        whole = d == month_end(d.year, d.month) or (d.year, d.month) == (published.year, published.month)
        cand = month_end(y, d.month) if whole else d.replace(year=y)
        if cand >= prev:
            return cand if cand <= published else d
    return d


_FRONTED_TIME = re.compile(r"\s*(?:[-\u2022*\u2013\u2014]\s*)?(?:(?:Earlier|Later)\s+)?On\s+", re.I)


def _scene_date(state: _State, idx: int) -> date | None:
    """"On September 30, the Armed Forces reported ... Ukrainian troops took control of X.": a date fronted in
    the paragraph's previous sentence sets the scene for the next one, when that one names no time itself."""
    if idx == 0:
        return None
    a_prev, b_prev = state.sentences[idx - 1]
    if "\n" in state.text[b_prev:state.sentences[idx][0]]:
        return None
    fm = _FRONTED_TIME.match(state.text, a_prev, b_prev)
    if fm is None:
        return None
    lead = [t for t in state.times_of(idx - 1) if t.kind == "point" and not t.speech and t.start <= fm.end() - a_prev + 1
            and _time_date(t) is not None]
    return _time_date(lead[0]) if lead else None


def _as_of(state: _State, idx: int, sent: str, cue: Cue, m: _Mention, mentions: list[_Mention],
           st: Statement | None, governed: list[_Mention] | None = None) -> date:
    times = [t for t in state.times_of(idx) if _time_date(t) is not None]
    bound = {}
    # (an active verb's places follow it: a date after a place before the verb, "nearing Kyiv on March 1, capturing
    # Kherson", dates the clause, not a place of this claim)
    # ("Robotyne in the Zaporizhzhia region on August 28 and Klishchiivka ... on September 17": past an item's oblast)
    located = {id(x): loc.end() for x in mentions if (loc := item_locative(sent, x.end)) is not None}
    for t in times:
        # ("Stupochki and Otradnoye (on May 24)": a date in brackets right after the item)
        owner = next((x for x in mentions if (0 <= t.start - x.end <= 3 or _BRACKET_OPEN.fullmatch(sent, x.end, t.start)
                                              or x.end < t.start and t.end <= located.get(id(x), -1))
                      and (cue.mode != "object" or cue.nominal or x.start >= cue.start)), None)
        if owner is not None:
            bound[id(t)] = owner
    own = [t for t in times if bound.get(id(t)) is not None and bound[id(t)].start == m.start]
    pair = next((x for x in mentions if x.start > m.end and _AND_ONLY.fullmatch(sent, m.end, x.start)), None)
    if not own and pair is not None:
        # "Stupochki and Otradnoye (on May 24)": the date of the pair's second item is the first's too
        own = [t for t in times if bound.get(id(t)) is not None and bound[id(t)].start == pair.start]
    if not own and governed and cue.mode == "object" and not m.anaphor and any(g is m for g in governed):
        # "won back Izium and Balakliia in September 2022": the date after a list is every member's
        own = [t for t in times if bound.get(id(t)) is not None and bound[id(t)].start == governed[-1].start]
    if own:
        return _in_sentence_year(times, own[0], state.published)
    lo = 0
    # "seized in May 2022 before Ukrainian forces retook it in October": "before" opens the second event's clause
    for b in _CLAUSE_OPENS.finditer(sent, 0, cue.start):
        lo = b.end()
    m_end = _OBJ_END.search(sent, cue.end)
    hi = m_end.start() if m_end else len(sent)
    # (a place listed after the clause's colon takes the clause's dates, not what stands near it in the list)
    listed = m_end is not None and m_end.group(0) == ":"
    lim = hi if listed and m.start >= hi else max(hi, m.end + 30)
    clause = [t for t in times if id(t) not in bound and not t.speech and lo <= t.start < lim
              # (not "captured by Russian troops after Moscow launched a campaign on February 24": the time of the
              # clause after "after", its own event)
              and not _in_event_clause_after(sent, t, cue) and not _in_speaker_relative(sent, t, cue)
              # (nor "pulling troops out of X, a hilltop bastion that had resisted attacks ... in 2022": the time of a
              # relative clause told of the place after it)
              and not _in_later_relative(sent, t, cue, m)]
    if cue.mode == "beside" and cue.action == "holds":
        clause = []     # "the Russian-held city of X": how things stand as told, not the date of the clause's event
    if clause:
        return _in_sentence_year(times, clause[0], state.published)
    if _SAME_TIME.match(sent) and idx > 0:
        # "In 2022, Ukraine won back ... At the same time, Russian troops were taking Mariupol": the previous date
        prev = [t for t in state.times_of(idx - 1) if not t.speech and _time_date(t) is not None]
        if prev:
            return _time_date(prev[0])
    speech = [t for t in times if t.speech and t.kind == "point"
              and not _in_later_relative(sent, t, cue, m) and not _in_event_clause_after(sent, t, cue)
              and not _in_speaker_relative(sent, t, cue)]
    if speech:
        return _time_date(speech[0])
    # "The statement on Saturday said ...", "footage released on 22 August shows ...", "..., a video showed on
    # Thursday": a day in the attribution dates the claim when the clause has none
    told = [t for t in times if t.kind == "point" and id(t) not in bound and (t.start < lo or t.start >= hi)
            and not re.search(r"\b(?:since|until|before|after|by)\s+(?:\w+\s+)?$", sent[max(0, t.start - 12):t.start], re.I)
            # (not "..., southwest of Kurakhove, a hub that Moscow claimed to have seized last week": the time of a
            # relative clause's own event)
            and not _in_later_relative(sent, t, cue, m) and not _in_event_clause_after(sent, t, cue)
            and not _in_speaker_relative(sent, t, cue)
            # ("...: Obukhovka, Snagost and 10th October": a village named like a date, an item of the list)
            and not (listed and re.search(r"(?:,|\band)\s+$", sent[max(0, t.start - 6):t.start]))]
    if told:
        # ("On Sunday, the two sides exchanged claims, and on Monday Ukraine denied Russia's claim that it had seized
        # X": the day nearest before the claim's clause, not the sentence's first)
        before = [t for t in told if t.end <= lo]
        return _time_date(before[-1] if before else told[0])
    scene = _scene_date(state, idx)
    if scene is not None:
        return scene
    if st is not None:
        for other in state.statements:
            if other.speaker == st.speaker and other.sentence_end > other.sentence_start:
                for i, (a, b) in enumerate(state.sentences):
                    if a <= other.sentence_start < b and i != idx:
                        # a date in the frame before a quotation that runs on into this sentence ("On May 3,
                        # the staff said that "... . ..."") dates the speech too
                        a0 = state.sentences[i][0]
                        sp = [t for t in state.times_of(i) if t.kind == "point" and t.date
                              and (t.speech or a0 + t.end <= other.char_start < state.sentences[idx][0] < other.char_end)]
                        if sp:
                            return sp[0].date
    lede = _lede_speech_date(state, idx, st.speaker_side if st is not None else None)
    return lede or state.published


LEDE_SENTENCES = 3     # a wire story's lede: among the first sentences of its body
LEDE_DAYS = 7          # a speech day the lede names lies within the week before publication


def _lede_speech_date(state: _State, idx: int, side: str | None) -> date | None:
    """"Moscow declared on Saturday that its forces seized two settlements ... A statement from the Defense Ministry
    said troops captured Kolodiazi": the day the lede says a side spoke dates the same side's claims told after it
    with no time of their own (the wire story retells one announcement)."""
    if side not in ("Ukraine", "Russia"):
        return None
    for i in range(min(LEDE_SENTENCES, idx)):
        sent = state.sent(i)
        spoken = [t for t in state.times_of(i) if t.speech and t.kind == "point" and t.date is not None
                  and 0 < (state.published - t.date).days <= LEDE_DAYS]
        if not spoken:
            continue
        sides = {_side_of_match(w, None) for w in _lex().side.finditer(sent, 0, spoken[0].start)
                 if not w.group("possessive_pronoun") and not w.group("first_person")}
        return spoken[0].date if sides == {side} else None
    return None

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
from datetime import date, datetime

from pipelines.extraction.adjunct_subject import adjunct_subject_side
from pipelines.extraction.area_article import MAX_SENTENCE_CHARS, _State
from pipelines.extraction.area_claimant import _headline_speaker, _statement_for
from pipelines.extraction.area_controller import _ALL_BUT, _REMAIN_AFTER, _THEY_SUBJECT
from pipelines.extraction.area_dedupe import _dedupe, _replace
from pipelines.extraction.area_figures import (
    _APPOSITION, _BULLET, _CHANGED_TO, _COMPARE_BEFORE, _FIGURE_UPDATE, _FRONT_AFTER, _PREFILTER_NUM, _PREFILTER_UNIT,
    _RESTATE, _SUBORDINATE, _WIDTH_AFTER, _boundary_after, _boundary_before, _historical_figures, _is_conversion, _mask,
    _sentences, _unquote_figures)
from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.area_metric import _METRIC, ADVANCE_WINDOW, _Cue, _find_cue, _share_is_a_change, _share_ok
from pipelines.extraction.area_region import (
    _AGENT_BEFORE, _ELLIPTIC_NEXT, _THIS_AREA, _TOTAL_CLAUSE, _WHOLE_FRONT, _ZONE_COMMA, _ZONE_STOP, _breakdown,
    _context_region, _elliptic_item, _listed_oblasts_before, _pick_zone_region, _region_list_after)
from pipelines.extraction.area_time import (
    _EVENT_SINCE, _INCREMENT_BEFORE, _INITIAL_BEFORE, _OPERATION_START, _PERIOD_METRICS, _RATE_AFTER, _RECAPTURE,
    _RUNNING_TOTAL, _TOTAL_BEFORE, _pick_time, _resolve_time, _short_period_before)
from pipelines.extraction.figure_guards import not_territory
from pipelines.extraction.numbers import Quantity, find_quantities
from pipelines.extraction.records import AreaClaim, ArticleText, Statement
from pipelines.extraction.regions import country_of, region_area_km2
from pipelines.extraction.sides import (
    _PREP_BEFORE, _norm_side, _other, _relative_antecedent_side, _scan_subject, _side_of_match)
from pipelines.extraction.text import looks_english


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

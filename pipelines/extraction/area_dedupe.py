"""Area claims, stage 7 (last): one claim per figure told again.

A figure repeated in the article (same claimant, metric, region, controller and value) is one claim: the
copy with an explicit date and a period wins its fields. A figure in the article's own voice (a headline, a
lede) that is attributed elsewhere in the article is the attributed one's.
"""
from __future__ import annotations

from pipelines.extraction.records import AreaClaim


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

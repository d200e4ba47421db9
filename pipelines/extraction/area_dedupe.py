"""Area claims, stage 7 (last): one claim per figure told again.

A figure repeated in the article (same claimant, metric, region, controller and value) is one claim: the
copy with an explicit date and a period wins its fields. A figure in the article's own voice (a headline, a
lede) that is attributed elsewhere in the article is the attributed one's.
"""
from __future__ import annotations

from pipelines.extraction.records import AreaClaim
from pipelines.extraction.regions import country_of


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
    def figure(c: AreaClaim) -> tuple:
        return (c.metric, c.region, c.controller, round(c.value_low, 4), round(c.value_high, 4))

    attributed = {figure(c) for c in out if c.claimant}
    # (its period, when only the own-voice copy tells it: "advanced 2.5 km in a week" after the attributed lede)
    periods = {figure(c): c.period_days for c in out if not c.claimant and c.period_days is not None}
    out = [_replace(c, period_days=periods[figure(c)]) if c.claimant and c.period_days is None and figure(c) in periods
           else c for c in out if c.claimant or figure(c) not in attributed]
    # "Russian forces capture 4 Ukrainian border villages" (a headline) and "... four villages in the Sumy region": the
    # figure told once for the country and once for one of its regions is one claim, the region's
    out = [c for c in out if not _told_for_a_region(c, out)]
    # "liberates almost 180 settlements" (a headline) and "liberated 179 towns and villages" (the report): a round
    # number told approximately for the exact one is that figure, told again
    return [c for c in out if not _rounded_telling(c, out)]


def _rounded_telling(c: AreaClaim, claims: list[AreaClaim]) -> bool:
    if not c.approximate or c.value_low != c.value_high or c.value_low < 20:
        return False
    same = (c.metric, c.region, c.controller, c.as_of)
    return any(o is not c and not o.approximate and (o.metric, o.region, o.controller, o.as_of) == same
               and o.value_low == o.value_high and o.value_low != c.value_low
               and abs(o.value_low - c.value_low) <= 0.02 * c.value_low
               and (not c.claimant or o.claimant == c.claimant) for o in claims)


def _told_for_a_region(c: AreaClaim, claims: list[AreaClaim]) -> bool:
    if c.region not in ("Ukraine", "Russia") or c.metric == "territory_share":
        return False      # (a share of the country is not a share of one of its regions)
    key = (c.metric, c.controller, round(c.value_low, 4), round(c.value_high, 4))
    return any(o is not c and (o.metric, o.controller, round(o.value_low, 4), round(o.value_high, 4)) == key
               and o.region != c.region and country_of(o.region) == c.region and (not c.claimant or o.claimant == c.claimant)
               for o in claims)


def _replace(c: AreaClaim, **kw) -> AreaClaim:
    from dataclasses import replace

    return replace(c, **kw)

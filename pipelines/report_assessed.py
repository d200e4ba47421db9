"""The claims-against-the-record part of the report: per region and held side with an assessed series, the
assessed area as a line (one per source), each side's claims as points and its claimed series as a step line
(stale days, more than series_max_carry_days after a claim, are gaps), and a second panel with each claim's
claimed/assessed ratio against the tolerance band. The credit line each source asks for is printed under the
chart. Reads the published snapshot's marts; nothing is downloaded.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from pathlib import Path

import duckdb

COLOURS = {"Ukraine": "#1f5fbf", "Russia": "#c0392b", "other": "#7f8c8d", "unattributed": "#555555"}
SOURCE_STYLES = ["-", "--", ":", "-."]
RATIO_RANGE = (0.0, 3.0)


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def tolerance() -> float:
    """var('assessed_tolerance') from dbt_project.yml (the band of the ratio panel)."""
    import yaml

    from pipelines import settings

    doc = yaml.safe_load((settings.DBT_PROJECT_DIR / "dbt_project.yml").read_text()) or {}
    return float((doc.get("vars") or {}).get("assessed_tolerance", 0.1))


def _has(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return con.execute("select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                       [schema, table]).fetchone()[0] > 0


def load(con: duckdb.DuckDBPyConnection) -> dict:
    """Everything the chart and the table need, keyed by (region, controller) with an assessed series."""
    if not (_has(con, "staging", "stg_raw__assessed_control") and _has(con, "marts", "claims_vs_assessed")):
        return {}
    panels: dict = defaultdict(lambda: {"assessed": defaultdict(list), "claimed": defaultdict(list),
                                        "points": [], "ratios": [], "credits": {}})
    for region, controller, source, day, area, credit in con.execute("""
            select region, controller, source, date, area_km2, credit from staging.stg_raw__assessed_control
            order by region, controller, source, date""").fetchall():
        panel = panels[(region, controller)]
        panel["assessed"][source].append((day, area))
        panel["credits"][source] = credit
    keys = list(panels)
    if not keys:
        return {}
    # the sides' claimed series (area_control_series: stale days have no value), in km2
    for region, controller, side, day, value in con.execute("""
            select region, controller, coalesce(claimant_side, 'unattributed'), day, value_low
            from marts.area_control_series where metric = 'area_controlled' and unit = 'km2'
            order by 1, 2, 3, 4""").fetchall():
        if (region, controller) in panels:
            panels[(region, controller)]["claimed"][side].append((day, value))
    # holdings claimed (current ones), in km2 (a share times the region's area)
    for region, controller, side, day, value in con.execute("""
            select region, controller, coalesce(claimant_side, 'unattributed'), as_of,
                   case when unit = 'fraction' then (value_low + value_high) / 2 * region_area_km2
                        else (value_low + value_high) / 2 end
            from marts.fct_area_claims
            where coalesce(temporal_scope, 'current') = 'current'
              and ((metric = 'area_controlled' and unit = 'km2') or (metric = 'territory_share' and unit = 'fraction'))
            order by as_of""").fetchall():
        if (region, controller) in panels and value is not None:
            panels[(region, controller)]["points"].append((side, day, value))
    for region, controller, side, day, ratio, metric, source in con.execute("""
            select region, controller, coalesce(claimant_side, 'unattributed'), as_of, ratio, metric,
                   assessed_source
            from marts.claims_vs_assessed where ratio is not null order by as_of""").fetchall():
        if (region, controller) not in panels:  # a change read off the other side's series
            controller = "Russia" if controller == "Ukraine" else "Ukraine"
        if (region, controller) in panels:
            panels[(region, controller)]["ratios"].append((side, day, ratio, metric, source))
    return dict(panels)


def draw_assessed_png(panels: dict, path: Path, band: float = 0.1) -> Path | None:
    """Two panels per (region, controller): the area (assessed lines, claimed series with gaps, claims as
    points) and the claimed/assessed ratio; the credit lines under the figure."""
    if not panels:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = sorted(panels)
    credits = {}
    for key in keys:
        credits.update({s: c for s, c in panels[key]["credits"].items()})
    credit_lines = [f"Assessed series {s}: {c or 'no credit line given'}" for s, c in sorted(credits.items())]
    fig, axes = plt.subplots(2 * len(keys), 1, figsize=(11, 5.6 * len(keys) + 0.3 * len(credit_lines)),
                             squeeze=False, gridspec_kw={"height_ratios": [3, 1.4] * len(keys)})
    for n, (region, controller) in enumerate(keys):
        panel = panels[(region, controller)]
        ax, rax = axes[2 * n, 0], axes[2 * n + 1, 0]
        for i, (source, points) in enumerate(sorted(panel["assessed"].items())):
            ax.plot([d for d, _ in points], [v for _, v in points], SOURCE_STYLES[i % len(SOURCE_STYLES)],
                    color="black", linewidth=1.4, label=f"assessed: {source}")
        for side, points in sorted(panel["claimed"].items()):
            ax.step([d for d, _ in points], [math.nan if v is None else v for _, v in points], where="post",
                    color=COLOURS.get(side, "#555555"), alpha=0.6, linewidth=1,
                    label=f"claimed by {side}, carried (gaps: stale)")
        by_side = defaultdict(list)
        for side, day, value in panel["points"]:
            by_side[side].append((day, value))
        for side, points in sorted(by_side.items()):
            ax.plot([d for d, _ in points], [v for _, v in points], "o", color=COLOURS.get(side, "#555555"),
                    markersize=7, markeredgecolor="white", label=f"claims by {side}")
        ax.set_title(f"{region}: area held by {controller} (km²), assessed and claimed", loc="left", fontsize=11)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower right")
        rax.axhspan(1 - band, 1 + band, color="#2ecc71", alpha=0.15, label=f"within {band:.0%}")
        rax.axhline(1, color="black", linewidth=0.8)
        # ratios off the scale (a claimed gain against an assessed loss, a gain five times the assessed one) are
        # drawn at its edge; filled markers: the first source, hollow: the others
        sources = sorted(panel["assessed"])
        ratio_by_side = defaultdict(list)
        off_scale = 0
        for side, day, ratio, metric, source in panel["ratios"]:
            shown = min(max(ratio, RATIO_RANGE[0]), RATIO_RANGE[1])
            off_scale += shown != ratio
            ratio_by_side[(side, metric in ("area_gained", "area_lost"), source == sources[0])].append((day, shown))
        labelled = set()
        for (side, is_change, first_source), points in sorted(ratio_by_side.items(),
                                                              key=lambda kv: (kv[0][0], kv[0][1], not kv[0][2])):
            colour = COLOURS.get(side, "#555555")
            label = f"{side}: {'gains/losses' if is_change else 'holdings'}"
            rax.plot([d for d, _ in points], [r for _, r in points], "^" if is_change else "o", color=colour,
                     markerfacecolor=colour if first_source else "none", markersize=6,
                     label=None if label in labelled else label)
            labelled.add(label)
        rax.set_ylim(*RATIO_RANGE)
        note = f"filled: {sources[0]}" + (f"; hollow: {', '.join(sources[1:])}" if len(sources) > 1 else "")
        if off_scale:
            note += f"; {off_scale} off the scale, drawn at its edge"
        rax.text(0.99, 0.04, note, transform=rax.transAxes, ha="right", va="bottom", fontsize=8, color="#333333")
        rax.set_ylabel("claimed / assessed")
        rax.set_xlim(ax.get_xlim())
        rax.grid(alpha=0.3)
        rax.legend(fontsize=7, loc="upper left", ncol=3)
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.03 * len(credit_lines) / max(1, len(keys)), 1, 1))
    fig.text(0.01, 0.005, "\n".join(credit_lines), fontsize=8, ha="left", va="bottom", color="#333333")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def assessed_section(con: duckdb.DuckDBPyConnection, out_dir: Path) -> str:
    """The report's HTML section (the chart, the track record, the latest comparisons), or '' without data."""
    panels = load(con)
    if not panels:
        return ""
    band = tolerance()
    png = draw_assessed_png(panels, out_dir / "claims_vs_assessed.png", band)
    credits = sorted({(s, c) for p in panels.values() for s, c in p["credits"].items()})
    record = con.execute("""
        select claimant, claimant_side, assessed_source, comparable_claims, round(median_ratio, 3),
               round(share_within_tolerance, 2), first_as_of, last_as_of
        from marts.claimant_track_record order by comparable_claims desc, claimant""").fetchall()
    latest = con.execute("""
        select as_of, coalesce(claimant, '(article)'), coalesce(claimant_side, ''), region, controller, metric,
               claimed_mid, unit, round(assessed_value, 4), assessed_source, round(ratio, 3), within_tolerance
        from marts.claims_vs_assessed order by as_of desc, claim_id limit 25""").fetchall()

    def table(header: list[str], rows: list[tuple]) -> str:
        head = "".join(f"<th>{_esc(h)}</th>" for h in header)
        body = "\n".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in r) + "</tr>" for r in rows)
        return f"<table><tr>{head}</tr>\n{body or f'<tr><td colspan={len(header)}>none</td></tr>'}</table>"

    credit_html = "<br>".join(f"Assessed series {_esc(s)}: {_esc(c or 'no credit line given')}" for s, c in credits)
    return f"""<h2>Claims against the record</h2>
<p>Each side's claims beside an independent assessed series (black lines); the lower panel shows each claim's
claimed/assessed ratio (green band: within {band:.0%}). Claimed series carry a claim forward for a limited time
only: gaps are stale stretches. Assessments are estimates too.</p>
{f'<img src="{png.name}" alt="claims against assessed control" style="max-width:100%">' if png else ''}
<p style="font-size:12px;color:#333">{credit_html}</p>
<h3>Track record per claimant</h3>
{table(["claimant", "side", "assessed source", "claims", "median ratio", "share within tolerance", "first",
        "last"], record)}
<h3>Latest comparisons</h3>
{table(["as of", "claimant", "side", "region", "held by", "metric", "claimed", "unit", "assessed", "source",
        "ratio", "within tolerance"], latest)}
"""

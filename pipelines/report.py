"""A static HTML report from the published snapshot: area-control charts (SVG, no JavaScript), named places
(report_places.py: disputed places and a map by claimed controller) and the latest statements. Every value from an article is escaped: article HTML is never rendered or run.
"""
from __future__ import annotations

import html
import math
from collections import defaultdict
from pathlib import Path

import duckdb

from pipelines.report_assessed import assessed_section
from pipelines.report_places import places_section

COLOURS = {"Ukraine": "#1f5fbf", "Russia": "#c0392b", "other": "#7f8c8d", None: "#555555"}


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def draw_series_png(rows: list[tuple], conflicts: list[tuple], path: Path) -> Path | None:
    """One panel per region: a line per series (controller, claimant side), claims as points,
    conflicting claims marked with a red ring. rows: (region, controller, side, day, value, is_reported)."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    by_region: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for region, controller, side, day, value, reported in rows:
        by_region[region][(controller, side)].append((day, value, reported))
    if not by_region:
        return None
    flagged = {(region, day) for region, day in conflicts}
    fig, axes = plt.subplots(len(by_region), 1, figsize=(10, 3.2 * len(by_region)), squeeze=False, sharex=True)
    for ax, (region, series) in zip(axes[:, 0], sorted(by_region.items())):
        for (controller, side), points in sorted(series.items(), key=str):
            colour = COLOURS.get(side, "#555555")
            days = [d for d, _, _ in points]
            # a stale day (more than series_max_carry_days after a claim) has no value: a gap in the line
            ax.step(days, [math.nan if v is None else v for _, v, _ in points], where="post", color=colour,
                    linestyle="-" if side else "--", label=f"held by {controller}, claimed by {side or 'unattributed'}")
            claimed = [(d, v) for d, v, reported in points if reported]
            ax.plot([d for d, _ in claimed], [v for _, v in claimed], "o", color=colour, markersize=5)
            marked = [(d, v) for d, v in claimed if (region, d) in flagged]
            if marked:
                ax.plot([d for d, _ in marked], [v for _, v in marked], "o", markersize=13, markerfacecolor="none",
                        markeredgecolor="red", markeredgewidth=2, label="conflicting claims")
        ax.set_title(f"{region}: area controlled (km²)", loc="left", fontsize=11)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower right")
    fig.autofmt_xdate()
    # fixed margins (in inches, so they hold for any number of panels): tight_layout measured every tick
    # label's extent and took ~1.3 s of each report at 10,000 articles
    height = 3.2 * len(by_region)
    fig.subplots_adjust(left=0.07, right=0.98, top=1 - 0.35 / height, bottom=0.75 / height, hspace=0.45)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def _source_link(url: str | None) -> str:
    """A link only for http(s) URLs: a `javascript:` or `data:` URL in an article record is shown as text."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_esc(url)}" rel="noopener nofollow">source</a>'
    return _esc(url or "")


def build_report(con: duckdb.DuckDBPyConnection, out_dir: Path) -> Path:
    """Write out_dir/index.html from a reader's connection to one build (Storage.reader()); returns its path."""
    rows = con.execute("""
        select region, controller, claimant_side, day, value_low, is_reported
        from marts.area_control_series where metric = 'area_controlled'
        order by region, controller, claimant_side, day""").fetchall()
    statements = con.execute("""
        select cast(published_at as date), speaker, coalesce(speaker_side, ''), statement_type, quote_text,
               article_url
        from marts.fct_actor_statements order by published_at desc, char_start limit 25""").fetchall()
    conflicts = con.execute("""
        select conflict_type, region, metric, cast(as_of as date), claimant_a, value_a, claimant_b, value_b
        from marts.area_claim_conflicts order by as_of desc limit 25""").fetchall()
    claims = con.execute("""
        select cast(as_of as date), region, metric, controller, coalesce(claimant, '(article)'),
               value_low, value_high, unit, n_sources, array_to_string(sources, ', ')
        from marts.fct_claim_events order by as_of desc, region, metric limit 25""").fetchall()
    places = places_section(con, out_dir)
    assessed = assessed_section(con, out_dir)
    png = draw_series_png(rows, [(c[1], c[3]) for c in conflicts if c[2] == "area_controlled"],
                          out_dir / "area_control_series.png")
    charts = (f'<img src="{png.name}" alt="area-control series per region" style="max-width:100%">' if png
              else "<p>No area-control series yet.</p>")
    claim_rows = "\n".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in claims)
    statement_rows = "\n".join(
        "<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row[:4])
        + f"<td>{_esc(row[4])}</td><td>{_source_link(row[5])}</td></tr>"
        for row in statements)
    conflict_rows = "\n".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in conflicts)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>claimwatch report</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}}</style>
</head><body>
<h1>claimwatch: who claimed what, and when</h1>
<h2>Area-control series</h2>
<p>Solid lines: claims by a side; dashed: figures the articles state in their own voice. Dots mark days with
a claim, red rings conflicting claims; lines carry the latest claim forward for a limited time (gaps: stale,
no current claim); historical figures ("at its peak") are left out.</p>
{charts}
<h2>Latest claims, with their sources</h2>
<table><tr><th>as of</th><th>region</th><th>metric</th><th>held by</th><th>claimant</th><th>low</th><th>high</th>
<th>unit</th><th>sources</th><th>outlets</th></tr>
{claim_rows}</table>
<h2>Conflicting claims</h2>
<table><tr><th>type</th><th>region</th><th>metric</th><th>as of</th><th>claimant A</th><th>A</th>
<th>claimant B</th><th>B</th></tr>
{conflict_rows or '<tr><td colspan="8">none</td></tr>'}</table>
{assessed}
{places}
<h2>Latest statements</h2>
<table><tr><th>day</th><th>speaker</th><th>side</th><th>type</th><th>what was said</th><th></th></tr>
{statement_rows}</table>
</body></html>
"""
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / ".index.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out_dir / "index.html")
    return out_dir / "index.html"

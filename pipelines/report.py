"""A static HTML report from the published snapshot: area-control charts (SVG, no JavaScript) and the
latest statements. Every value from an article is escaped: article HTML is never rendered or run.
"""
from __future__ import annotations

import html
from collections import defaultdict
from datetime import date
from pathlib import Path

from pipelines.warehouse import db

COLOURS = {"Ukraine": "#1f5fbf", "Russia": "#c0392b", "other": "#7f8c8d", None: "#555555"}
W, H, PAD = 760, 260, 48


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _chart(title: str, series: dict[tuple, list[tuple[date, float, bool]]]) -> str:
    days = [d for points in series.values() for d, _, _ in points]
    values = [v for points in series.values() for _, v, _ in points]
    d0, d1 = min(days), max(days)
    span = max((d1 - d0).days, 1)
    top = max(values) * 1.1 or 1

    def x(d: date) -> float:
        return PAD + (W - 2 * PAD) * (d - d0).days / span

    def y(v: float) -> float:
        return H - PAD - (H - 2 * PAD) * v / top

    parts = [f'<svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{_esc(title)}">',
             f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="#999"/>',
             f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{H - PAD}" stroke="#999"/>',
             f'<text x="{PAD}" y="{H - PAD + 18}" font-size="11">{d0}</text>',
             f'<text x="{W - PAD}" y="{H - PAD + 18}" font-size="11" text-anchor="end">{d1}</text>',
             f'<text x="{PAD - 6}" y="{PAD}" font-size="11" text-anchor="end">{top / 1.1:,.0f}</text>']
    legend_y = 16
    for (controller, side), points in sorted(series.items(), key=str):
        colour = COLOURS.get(side, "#555")
        path = " ".join(f"{'M' if i == 0 else 'L'}{x(d):.1f},{y(v):.1f}" for i, (d, v, _) in enumerate(points))
        dash = "" if side else ' stroke-dasharray="4 3"'
        parts.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for d, v, reported in points:
            if reported:
                parts.append(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}">'
                             f'<title>{d}: {v:,.0f} ({_esc(side or "unattributed")} claim)</title></circle>')
        label = f"held by {controller}, as claimed by {side or 'unattributed sources'}"
        parts.append(f'<text x="{W - PAD}" y="{legend_y}" font-size="11" text-anchor="end" fill="{colour}">'
                     f'{_esc(label)}</text>')
        legend_y += 14
    parts.append("</svg>")
    return "\n".join(parts)


def build_report(snapshot: Path, out_dir: Path) -> Path:
    """Write out_dir/index.html from a published warehouse; returns its path."""
    with db.connect(snapshot, read_only=True) as con:
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
    by_region: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for region, controller, side, day, value, reported in rows:
        by_region[region][(controller, side)].append((day, value, reported))
    charts = "\n".join(f"<h3>{_esc(region)}: area controlled (km²)</h3>\n{_chart(region, series)}"
                       for region, series in sorted(by_region.items())) or "<p>No area-control series yet.</p>"
    statement_rows = "\n".join(
        "<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row[:4])
        + f"<td>{_esc(row[4])}</td><td><a href=\"{_esc(row[5])}\" rel=\"noopener nofollow\">source</a></td></tr>"
        for row in statements)
    conflict_rows = "\n".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in conflicts)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>claimwatch report</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}}</style>
</head><body>
<h1>claimwatch: who claimed what, and when</h1>
<h2>Area-control series</h2>
<p>Solid lines: claims by a side; dashed: figures the articles state in their own voice. Dots mark days with
a claim; lines carry the latest claim forward.</p>
{charts}
<h2>Conflicting claims</h2>
<table><tr><th>type</th><th>region</th><th>metric</th><th>as of</th><th>claimant A</th><th>A</th>
<th>claimant B</th><th>B</th></tr>
{conflict_rows or '<tr><td colspan="8">none</td></tr>'}</table>
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

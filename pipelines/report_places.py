"""The named-places part of the report: disputed places (each side's latest claim with its sources) and a
map of places by their latest claimed controller, one panel per claimant side.

The map is matplotlib on longitude/latitude from the gazetteer (marts.dim_places): every gazetteer place
as a faint dot for the shape of the front, the claimed places coloured by controller, oblast names at the
centre of their places. No tiles, no shapes, nothing downloaded.
"""
from __future__ import annotations

import html
from pathlib import Path

import duckdb

COLOURS = {"Ukraine": "#1f5fbf", "Russia": "#c0392b"}
SIDES = ("Ukraine", "Russia", "unattributed")

# each side's latest asserted or denied claim about each place (ties: the later article)
LATEST_BY_SIDE = """
    with claims as (
        select *, coalesce(claimant_side, 'unattributed') as side from marts.fct_place_claims
    ),
    ranked as (
        select *, row_number() over (partition by place_key, side
                                     order by as_of desc, published_at desc, place_claim_id) as rank
        from claims
    )
    select ranked.place_key, ranked.place, ranked.region, ranked.side, ranked.controller, ranked.stance,
           coalesce(ranked.claimant, '(article)') as claimant, cast(ranked.as_of as date) as as_of,
           (select string_agg(distinct c.article_source, ', ') from claims c
             where c.place_key = ranked.place_key and c.side = ranked.side and c.controller = ranked.controller
               and c.stance = ranked.stance and c.as_of = ranked.as_of) as sources,
           places.longitude, places.latitude
    from ranked left join marts.dim_places places on ranked.place_id = places.place_id
    where ranked.rank = 1
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def disputed_places(con: duckdb.DuckDBPyConnection, limit: int = 30) -> list[tuple]:
    """(place, region, side, holds, stance, claimant, as_of, sources) for the places in place_claim_conflicts."""
    return con.execute(f"""
        select place, region, side, controller, stance, claimant, as_of, sources
        from ({LATEST_BY_SIDE}) as latest
        where place_key in (select place_key from marts.place_claim_conflicts)
        order by place, side limit {int(limit)}""").fetchall()


def draw_places_map(con: duckdb.DuckDBPyConnection, path: Path) -> Path | None:
    """One panel per claimant side: places coloured by the controller that side last claimed (hollow: denied)."""
    latest = con.execute(f"select side, place, controller, stance, longitude, latitude from ({LATEST_BY_SIDE}) "
                         "where longitude is not null").fetchall()
    if not latest:
        return None
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    gazetteer = con.execute("select longitude, latitude from marts.dim_places").fetchall()
    oblasts = con.execute("select region, avg(longitude), avg(latitude) from marts.dim_places "
                          "group by region having count(*) >= 3").fetchall()
    sides = [s for s in SIDES if any(row[0] == s for row in latest)]
    fig, axes = plt.subplots(1, len(sides), figsize=(6.5 * len(sides), 6), squeeze=False)
    for ax, side in zip(axes[0], sides):
        ax.scatter([g[0] for g in gazetteer], [g[1] for g in gazetteer], s=3, color="#cccccc", zorder=1)
        for region, lon, lat in oblasts:
            ax.annotate(region.replace(" Oblast", ""), (lon, lat), fontsize=7, color="#888888", ha="center", zorder=2)
        for _, place, controller, stance, lon, lat in (r for r in latest if r[0] == side):
            colour = COLOURS.get(controller, "#555555")
            ax.scatter([lon], [lat], s=40, zorder=3, edgecolors=colour, linewidths=1.5,
                       facecolors="none" if stance == "denied" else colour)
            ax.annotate(place, (lon, lat), xytext=(4, 3), textcoords="offset points", fontsize=8, zorder=4)
        ax.set_title("in the articles' own voice" if side == "unattributed" else f"claimed by {side}",
                     loc="left", fontsize=11)
        ax.set_xlabel("longitude")
        ax.set_ylabel("latitude")
        ax.set_aspect(1.5)   # about 1/cos(48°): degrees of longitude are shorter than of latitude here
        ax.grid(alpha=0.2)
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=f"held by {k}") for k, c in COLOURS.items()]
    handles.append(plt.Line2D([], [], marker="o", linestyle="", markerfacecolor="none", color="#555555",
                              label="control denied"))
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=9)
    # fixed margins: tight_layout measured every tick label's extent and took ~0.6 s of each build's report
    fig.subplots_adjust(left=0.07 / len(sides), right=1 - 0.02 / len(sides), top=0.93, bottom=0.14, wspace=0.2)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def places_section(con: duckdb.DuckDBPyConnection, out_dir: Path) -> str:
    """The HTML of the report's named-places section (the map is written beside index.html)."""
    png = draw_places_map(con, out_dir / "places_map.png")
    image = (f'<img src="{png.name}" alt="named places by their latest claimed controller, per claimant side" '
             f'style="max-width:100%">' if png else "<p>No place claims yet.</p>")
    rows = "\n".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in disputed_places(con))
    return f"""<h2>Named places: latest claimed controller</h2>
<p>One panel per claimant side: filled dots, the controller that side last claimed; hollow, a control it denied.
Grey dots are the gazetteer's places.</p>
{image}
<h2>Disputed places</h2>
<table><tr><th>place</th><th>region</th><th>claimant side</th><th>holds</th><th>stance</th><th>claimant</th>
<th>as of</th><th>sources</th></tr>
{rows or '<tr><td colspan="8">none</td></tr>'}</table>
"""


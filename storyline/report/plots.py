"""Plotly figures of the dossier, each returned as an HTML ``div`` without plotly.js.

The dossier inlines plotly.js once and every figure only carries its data, which keeps the file
offline and loads the library a single time. A function returns None when there is nothing to
draw, so the page can say so instead of showing empty axes.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from html import escape
from textwrap import wrap

import plotly.graph_objects as go

from storyline.model import Export

from .lookup import Lookup

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
STATUS_COLORS = {
    "asserted": "#2f855a",
    "denied": "#c53030",
    "negated": "#718096",
    "possible": "#b7791f",
    "planned": "#2b6cb0",
}
KIND_COLORS = {
    "country": "#2b6cb0",
    "person": "#d69e2e",
    "organization": "#38a169",
    "group": "#805ad5",
    "unknown": "#a0aec0",
}
FACT_COLOR = "#4a5568"
LABEL_AT = 0.38  # where along an arrow, from its source, its label sits
EDGE_LABELS = 12  # label at most about this many of the busiest arrows; the rest show on hover
FACT_LANES = 30  # the timeline draws the best corroborated facts; the rest are in the facts list
NETWORK_NODES = 40  # the network draws the most active actors; the rest are in the actors table


CONFIG = {"displaylogo": False, "responsive": True}


def _styled(fig: go.Figure) -> go.Figure:
    """storyline's look: no template, system fonts, white paper, left-aligned hover."""
    return fig.update_layout(
        template="none",
        font={"family": FONT, "size": 12, "color": "#1a202c"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel={"align": "left"},
    )


def figure_json(fig: go.Figure | None) -> str | None:
    """The figure's data and layout as JSON, safe inside a ``<script>`` element (the dossier draws it later)."""
    return _styled(fig).to_json().replace("</", "<\\/") if fig is not None else None


def _div(fig: go.Figure | None, div_id: str) -> str | None:
    """The figure as a bare ``div`` with a fixed id, so output is stable across runs (None for no figure)."""
    if fig is None:
        return None
    _styled(fig)
    return fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config=CONFIG,
    )


def _hover(*lines: str) -> str:
    """Hover text: escaped (plotly renders some tags) and wrapped so long summaries stay narrow."""
    return "<br>".join(escape(part) for line in lines if line for part in wrap(line, 70))


def _day(value: str | None) -> str | None:
    """A ``YYYY-MM-DD`` string if `value` starts with a valid date, else None."""
    try:
        return date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return None


def _date_axis(segments: dict[str, list[tuple[str, str, str, str]]]) -> dict:
    """Axis range padded so end markers are not clipped, with daily ticks for short stories (not hours)."""
    days = [date.fromisoformat(d) for rows in segments.values() for _, x0, x1, _ in rows for d in (x0, x1)]
    pad = max(timedelta(days=1), (max(days) - min(days)) * 0.04)
    first, last = min(days) - pad, max(days) + pad
    axis: dict = {"range": [first.isoformat(), last.isoformat()]}
    if (last - first).days <= 14:
        axis["dtick"] = 86_400_000  # one day in milliseconds
    return axis


def _short(text: str, width: int = 48) -> str:
    """A lane label short enough for the axis."""
    return text if len(text) <= width else text[: width - 1] + "…"


MAX_SPAN_DAYS = 400
"""An event dated more broadly than this (`the 21st century`, `in recent years`) is no point on a story's time axis."""


def bounded(first: str | None, last: str | None) -> tuple[str, str] | None:
    """`(first, last)` days with an open end filled from the other, or None when the span is too broad to draw."""
    first, last = first or last, last or first
    if not first or not last:
        return None
    if (date.fromisoformat(last) - date.fromisoformat(first)).days > MAX_SPAN_DAYS:
        return None
    return first, last


def timeline(export: Export, lk: Lookup) -> str | None:
    """The timeline (`timeline_figure`) as a ``div`` with its drawing script, or None."""
    return _div(timeline_figure(export, lk), "timeline-plot")


def timeline_figure(export: Export, lk: Lookup) -> go.Figure | None:
    """Facts and dated events on one time axis that never runs over an unbounded interval.

    Each of the `FACT_LANES` best corroborated facts gets its own lane: from its first to its last
    publication, or where its documents carry no publication date, over the in-text dates of its
    member events. Events share one lane
    per PLOVER type, coloured by status; hover shows the full summary. Events dated more broadly
    than `MAX_SPAN_DAYS` are left off the axis (they stay in the chronology).
    """
    lanes: list[str] = []
    segments: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)  # group -> lane, x0, x1, hover
    event_days = {}
    for e in export.events:
        if e.when and (span := bounded(_day(e.when.start), _day(e.when.end))):
            event_days[e.id] = span
    best = sorted(export.facts, key=lambda f: (-f.independent_sources, -len(f.documents), f.id))[:FACT_LANES]
    facts = sorted(best, key=lambda f: (_day(f.first_published) or _day(f.last_published) or "", f.id))
    for f in facts:
        span = bounded(_day(f.first_published), _day(f.last_published))
        dated = [event_days[m] for m in f.members if m in event_days]
        if span is None and dated:
            span = bounded(min(d[0] for d in dated), max(d[1] for d in dated))
        if span:
            lane = f"fact · {_short(f.summary)}"
            lanes.append(lane)
            hover = _hover(f.summary, f"{len(f.documents)} articles, {f.independent_sources} independent")
            segments["fact"].append((lane, *span, hover))
    event_lanes = set()
    for e in export.events:
        if e.id in event_days:
            lane = f"event · {e.type}"
            event_lanes.add(lane)
            hover = _hover(lk.event_line(e), f"when: {e.when.text}", f"in {lk.doc_label(e.doc)}")
            segments[e.status].append((lane, *event_days[e.id], hover))
    if not segments:
        return None
    lanes += sorted(event_lanes)
    fig = go.Figure()
    for group, rows in segments.items():
        xs, ys, hovers = [], [], []
        for lane, x0, x1, hover in rows:
            xs += [x0, x1, None]
            ys += [lane, lane, None]
            hovers += [hover, hover, None]
        color = FACT_COLOR if group == "fact" else STATUS_COLORS.get(group, FACT_COLOR)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers",
                name="facts" if group == "fact" else f"events: {group}",
                line={"color": color, "width": 6},
                marker={"color": color, "size": 10},
                hovertext=hovers,
                hoverinfo="text",
                connectgaps=False,
            )
        )
    fig.update_layout(
        height=max(260, 110 + 28 * len(lanes)),
        margin={"l": 10, "r": 10, "t": 36, "b": 40},  # top: room for the mode bar
        yaxis={
            "categoryorder": "array",
            "categoryarray": lanes[::-1],
            "automargin": True,
            "gridcolor": "#edf2f7",
        },
        xaxis={"type": "date", "gridcolor": "#edf2f7", "tickformat": "%b %-d, %Y", **_date_axis(segments)},
        legend={"orientation": "h", "y": -0.12 if len(lanes) > 6 else -0.3},
    )
    return fig


def _hub_and_ring(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """The heaviest node in the centre, the others evenly on a unit circle, clockwise from the top.

    Deterministic, and readable for news stories, which usually turn around one main actor: its
    edges radiate outwards instead of crossing the ring.
    """
    if not nodes:
        return {}
    hub, ring = nodes[0], nodes[1:]
    pos = {hub: (0.0, 0.0)}
    for i, node in enumerate(ring):
        angle = math.pi / 2 - 2 * math.pi * i / len(ring)
        pos[node] = (math.cos(angle), math.sin(angle))
    return pos


def _label_position(x: float, y: float) -> str:
    """Put a node's name outside the ring, so names do not sit on the arrows."""
    if x < -0.3:
        return "middle left"
    if x > 0.3:
        return "middle right"
    return "top center" if y >= 0 else "bottom center"


def network(export: Export, lk: Lookup) -> str | None:
    """The actor network (`network_figure`) as a ``div`` with its drawing script, or None."""
    return _div(network_figure(export, lk), "network-plot")


def network_figure(export: Export, lk: Lookup) -> go.Figure | None:
    """Who does what to whom: actors as nodes, one arrow per source → target pair of events.

    The `NETWORK_NODES` most active actors are drawn, sized by mentions plus events; each arrow's
    midpoint carries the event types and their counts (``ASSAULT ×3``) on hover, and as a label for the busiest pairs.
    """
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    involved: Counter = Counter()
    for e in export.events:
        for actor in {e.source, e.target} - {None}:
            involved[actor] += 1
        if e.source and e.target and e.source != e.target:
            pairs[(e.source, e.target)][e.type] += 1
    if not involved:
        return None

    def weight(actor_id: str) -> int:
        actor = lk.actors.get(actor_id)
        return (actor.mentions if actor else 0) + involved[actor_id]

    nodes = sorted(involved, key=lambda a: (-weight(a), lk.name(a)))[:NETWORK_NODES]
    shown = set(nodes)
    pairs = {pair: types for pair, types in pairs.items() if set(pair) <= shown}
    pos = _hub_and_ring(nodes)
    top = max(weight(a) for a in nodes) or 1
    fig = go.Figure()
    mids_x, mids_y, mid_text, mid_hover = [], [], [], []
    totals = sorted((sum(c.values()) for c in pairs.values()), reverse=True)
    labelled = totals[min(len(totals), EDGE_LABELS) - 1] if totals else 0
    for (src, tgt), types in sorted(pairs.items()):
        (x0, y0), (x1, y1) = pos[src], pos[tgt]
        length = math.hypot(x1 - x0, y1 - y0) or 1
        ox, oy = 0.03 * (y1 - y0) / length, -0.03 * (x1 - x0) / length  # keep A→B and B→A apart
        total = sum(types.values())
        fig.add_annotation(
            x=x1 + ox,
            y=y1 + oy,
            ax=x0 + ox,
            ay=y0 + oy,
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=2,
            arrowsize=1,
            standoff=14,
            startstandoff=10,
            arrowwidth=1 + min(4, math.log2(total)),
            arrowcolor="rgba(74,85,104,0.55)",
            text="",
        )
        label = ", ".join(f"{t} ×{c}" if c > 1 else t for t, c in types.most_common())
        mids_x.append(x0 + LABEL_AT * (x1 - x0) + ox)  # off-centre, so A→B and B→A labels do not overlap
        mids_y.append(y0 + LABEL_AT * (y1 - y0) + oy)
        mid_text.append(_short(label, 28) if total >= labelled else "")
        mid_hover.append(_hover(f"{lk.name(src)} → {lk.name(tgt)}", label))
    fig.add_trace(
        go.Scatter(
            x=mids_x,
            y=mids_y,
            mode="markers+text",
            text=mid_text,
            hovertext=mid_hover,
            hoverinfo="text",
            textfont={"size": 10, "color": "#4a5568"},
            marker={"size": 6, "color": "rgba(74,85,104,0.35)"},
            showlegend=False,
        )
    )
    for kind, color in KIND_COLORS.items():
        members = [a for a in nodes if (lk.actors[a].kind if a in lk.actors else "unknown") == kind]
        if not members:
            continue
        fig.add_trace(
            go.Scatter(
                x=[pos[a][0] for a in members],
                y=[pos[a][1] for a in members],
                mode="markers+text",
                name=kind,
                text=[lk.name(a) for a in members],
                textposition=[_label_position(*pos[a]) for a in members],
                hovertext=[
                    _hover(lk.name(a), f"{kind}, {weight(a) - involved[a]} mentions, {involved[a]} events")
                    for a in members
                ],
                hoverinfo="text",
                marker={
                    "size": [14 + 30 * math.sqrt(weight(a) / top) for a in members],
                    "color": color,
                    "line": {"color": "white", "width": 1.5},
                },
            )
        )
    axis = {"visible": False, "range": [-1.3, 1.3]}
    fig.update_layout(
        height=640,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis=axis,
        yaxis={**axis, "scaleanchor": "x"},
        legend={"orientation": "h", "y": 0},
    )
    return fig

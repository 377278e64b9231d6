"""Render an export as one self-contained, offline HTML dossier.

Analysts open the dossier on air-gapped machines and attach it to reports, so the file must work
alone: plotly.js is inlined once, the CSS is inlined, nothing is fetched from a network.
"""

from __future__ import annotations

import base64
import gzip
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from plotly.offline import get_plotlyjs

from storyline.model import Export

from . import plots, views
from .anchors import anchor_id, anchor_slug, highlight
from .lookup import Lookup, quantity_bounds

TEMPLATES = Path(__file__).parent / "templates"
LIMITS = {
    "top_facts": 40,  # fact cards rendered at once; the rest load when their block is opened
    "fact_members": 30,  # a fact's member list past this size loads when it is opened
    "top_conflicts": 12,  # pairs per kind of conflict rendered at once
    "max_conflicts": 200,  # pairs per kind of conflict in the dossier at all; a line says how many more
    "top_speakers": 8,  # speakers whose quotes are shown open
    "speaker_quotes": 30,  # quotes of each of them rendered at once
    "eager_rows": 300,  # actor, quote, event and quantity tables up to this size render at once
    "eager_documents": 60,  # collections up to this many articles render every article at once
}
"""What the dossier renders up front; past these, blocks are parsed but laid out only when opened,
so the dossier of a collection of thousands of articles opens in a second."""


@cache
def environment() -> Environment:
    """The Jinja environment: autoescape always on, since article text is untrusted."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return add_template_helpers(env)


def add_template_helpers(env: Environment) -> Environment:
    """Register what the partials call, so another environment (the web explorer) can use them.

    :param env: a Jinja environment whose loader also finds this package's templates
    """
    env.globals.update(anchor_id=anchor_id, highlight=highlight, slug=anchor_slug)
    env.filters["packed"] = _packed
    env.filters["bounds"] = quantity_bounds
    env.filters["plural"] = _plural
    env.tests["web_url"] = _is_web_url
    return env


def _packed(html: str) -> str:
    """Markup gzipped and base64-encoded, for a lazy block (`_lazy.html`): a few bytes per kilobyte of HTML."""
    return base64.b64encode(gzip.compress(str(html).encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def _plural(n: int, word: str) -> str:
    """``1 article``, ``3 articles``: counts read as words in the dossier."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") and word[-2:] != "ey" else f"{n} {word}s"


def _is_web_url(url: str | None) -> bool:
    """Only http(s) URLs become links: a document's `javascript:` URL must stay inert text."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


@cache
def _plotlyjs() -> str:
    """plotly.js gzipped and base64-encoded: the page draws its plots after it has shown its text."""
    return _packed(get_plotlyjs())


def render_dossier(export: Export, title: str | None = None) -> str:
    """The dossier of `export` as one HTML string.

    Example: ``Path("story.html").write_text(render_dossier(export))``

    :param export: the `storyline/1` export to show
    :param title: the story's title; derived from the most mentioned actors when None
    """
    lk = Lookup(export)
    facts = views.rank_facts(export, lk)
    figures = {"timeline": plots.figure_json(plots.timeline_figure(export, lk)),
               "network": plots.figure_json(plots.network_figure(export, lk))}
    return (
        environment()
        .get_template("dossier.html")
        .render(
            title=title or views.story_title(export),
            export=export,
            lk=lk,
            counts=views.counts(export, lk),
            date_range=views.date_range(export),
            facts=facts,
            conflict_groups=views.conflict_groups(facts),
            quotes_by_speaker=views.quotes_by_speaker(export, lk),
            activity=views.actor_activity(export),
            chronology=views.chronology(export, lk),
            figures=figures,
            limits=LIMITS,
            plotlyjs=_plotlyjs() if any(figures.values()) else None,
            plot_config=plots.CONFIG,
        )
    )


def write_dossier(export: Export, path: str | Path, title: str | None = None) -> Path:
    """Write the dossier of `export` to `path` (UTF-8) and return the path.

    Example: ``write_dossier(export, "out/story.html", title="Taiwan drills")``

    :param export: the `storyline/1` export to show
    :param path: the HTML file to write; its folder is created
    :param title: the story's title; derived when None
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_dossier(export, title), encoding="utf-8")
    return path

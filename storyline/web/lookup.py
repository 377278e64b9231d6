"""The report's `Lookup`, pointed at the explorer's pages and extended with two kinds of highlight.

The dossier and the explorer resolve ids, link evidence and highlight article text the same way;
the explorer only adds actor mentions (so a reader sees who is named where), time expressions
and the passage a search result points at.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.model import Document, Event, Export, Mention, TimeExpression
from storyline.report.anchors import Span, anchor_id
from storyline.report.lookup import Lookup

from . import urls

HIT = "hit"
"""Anchor of the passage a search result links to."""


def mention_anchor(mention: Mention) -> str:
    return anchor_id("mention", f"{mention.doc}@{mention.start}")


def time_anchor(time: TimeExpression) -> str:
    return anchor_id("time", time.id or f"{time.doc}@{time.start}")


def time_label(time: TimeExpression) -> str:
    """`DATE 2022-10-19`, `DURATION P2W`, with the days it covers where it names some."""
    label = f"{time.type} {time.value or '?'}"
    if time.first or time.last:
        label += f" ({time.first or '…'}..{time.last or '…'})"
    return label


class WebLookup(Lookup):
    """Resolve ids of a page's records; evidence links go to `/documents/{id}#anchor`.

    :param export: the records the page shows and refers to
    :param mentions: actor mentions to highlight in documents
    :param hit: `(start, end)` of a passage to highlight with the anchor `hit`
    :param times: time expressions to highlight in documents
    """

    def __init__(self, export: Export, mentions: Iterable[Mention] = (), hit: tuple[int, int] | None = None,
                 times: Iterable[TimeExpression] = ()):
        super().__init__(export, doc_url=urls.document)
        self.mentions = list(mentions)
        self.hit = hit
        self.times = list(times)

    def spans(self, doc: Document) -> list[Span]:
        spans = super().spans(doc)
        spans += [Span(m.start, m.end, mention_anchor(m), "actor", f"actor: {self.name(m.actor)}")
                  for m in self.mentions if m.doc == doc.id]
        spans += [span for e in self.export.events if e.doc == doc.id for span in self.event_roles(e)]
        spans += [Span(t.start, t.end, time_anchor(t), "time", time_label(t)) for t in self.times if t.doc == doc.id]
        if self.hit:
            spans.append(Span(*self.hit, HIT, "hit", "search result"))
        return spans

    def event_roles(self, event: Event) -> list[Span]:
        """The words an event's trigger, source and target point at (`trigger_start` … `target_end`)."""
        roles = (("trigger", event.trigger_start, event.trigger_end, f"{event.type} trigger: {event.trigger}"),
                 ("source", event.source_start, event.source_end, f"{event.type} source: {self.name(event.source)}"),
                 ("target", event.target_start, event.target_end, f"{event.type} target: {self.name(event.target)}"))
        return [Span(start, end, None, kind, label) for kind, start, end, label in roles
                if start is not None and end is not None]

"""One index over an `Export`, shared by the templates, the plots and the view builders.

Templates get actor ids, quantity ids and document ids, and need names, texts and links; doing
those look-ups in one class keeps them identical everywhere. The web explorer can reuse the
partials by passing a `Lookup` whose `doc_url` points at its own document pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from storyline.fuse.sources import text_credits
from storyline.model import Document, Event, Export, Quantity, Quote

from .anchors import Span, anchor_id, valid_span

ItemKind = Literal["quote", "event", "quantity"]
Item = Quote | Event | Quantity


def credited_outlet(text: str) -> str | None:
    """The outlet a text credits itself to, where its metadata names none: its wire tag, else a contributor."""
    origin, contributors = text_credits(text)
    outlet = origin or (contributors[0] if contributors else None)
    return outlet.name if outlet else None


def _same_page(doc_id: str) -> str:
    """The dossier holds every article on one page, so evidence links are bare fragments."""
    return ""


class Lookup:
    """Resolve ids of one export to names, texts and evidence links.

    :param export: the export everything is looked up in
    :param doc_url: URL of a document's page; the item's anchor is appended as ``#anchor``
    """

    def __init__(self, export: Export, doc_url: Callable[[str], str] = _same_page) -> None:
        self.export = export
        self.doc_url = doc_url
        self.documents = {d.id: d for d in export.documents}
        self.actors = {a.id: a for a in export.actors}
        self.items: dict[str, dict[str, Item]] = {
            "quote": {q.id: q for q in export.quotes},
            "event": {e.id: e for e in export.events},
            "quantity": {n.id: n for n in export.quantities},
        }

    def name(self, actor_id: str | None) -> str:
        """The actor's canonical name; the raw id when the export does not list it."""
        if actor_id is None:
            return "—"
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def item(self, kind: str, item_id: str | None) -> Item | None:
        """The quote, event or quantity `item_id`, or None."""
        return self.items.get(kind, {}).get(item_id or "")

    def outlet(self, doc_id: str) -> str | None:
        """The document's outlet: from its metadata, else from its own credit line (`(Reuters) -`, `Via The Hill`)."""
        doc = self.documents.get(doc_id)
        if doc is None:
            return None
        return doc.outlet or credited_outlet(doc.text)

    def doc_label(self, doc_id: str) -> str:
        """Short name of a document for tables: its outlet, else its title, else its id."""
        doc = self.documents.get(doc_id)
        return (self.outlet(doc_id) or doc.title or doc.id) if doc else doc_id

    def text_at(self, doc_id: str, start: int | None, end: int | None) -> str | None:
        """The document's characters at `start..end`, or None when they do not exist."""
        doc = self.documents.get(doc_id)
        return doc.text[start:end] if doc and valid_span(doc.text, start, end) else None

    def href(self, kind: str, item: Item | None) -> str | None:
        """Link to the item's highlighted evidence, or None when it has no valid span."""
        if item is None or self.text_at(item.doc, item.start, item.end) is None:
            return None
        return f"{self.doc_url(item.doc)}#{anchor_id(kind, item.id)}"

    def speaker_href(self, quote: Quote) -> str | None:
        """Link to the speaker mention next to the quote's cue, when its offsets are known."""
        if self.text_at(quote.doc, quote.speaker_start, quote.speaker_end) is None:
            return None
        return f"{self.doc_url(quote.doc)}#{anchor_id('speaker', quote.id)}"

    def event_line(self, event: Event) -> str:
        """One readable line for an event: ``Iran → Russia: AID (military): drones``."""
        head = f"{self.name(event.source)} → {self.name(event.target)}: {event.type}"
        if event.context:
            head += f" ({', '.join(event.context)})"
        if event.object:
            head += f": {event.object}"
        return head if event.status == "asserted" else f"{head} [{event.status}]"

    def item_text(self, kind: str, item: Item | None) -> str:
        """What a fact member says: the quote, the quantity as written, the event's sentence."""
        if item is None:
            return "(not in this export)"
        if isinstance(item, Event):
            return self.text_at(item.doc, item.start, item.end) or self.event_line(item)
        return item.text

    def spans(self, doc: Document) -> list[Span]:
        """Every highlight of one document: events, quotes, speakers, quantities, repeats."""
        spans = [
            Span(s, e, None, "repeat", "repeats an earlier paragraph")
            for s, e in (p[:2] for p in doc.repeated_paragraphs if len(p) >= 2)
        ]
        for e in self.export.events:
            if e.doc == doc.id:
                spans.append(Span(e.start, e.end, anchor_id("event", e.id), "event", self.event_line(e)))
        for q in self.export.quotes:
            if q.doc != doc.id:
                continue
            said = f"{self.name(q.speaker)} {q.cue}".strip()
            kind = "quote-deny" if q.stance == "deny" else "quote"
            spans.append(Span(q.start, q.end, anchor_id("quote", q.id), kind, f"{said} ({q.stance})"))
            if q.speaker_start is not None and q.speaker_end is not None:
                spans.append(
                    Span(
                        q.speaker_start,
                        q.speaker_end,
                        anchor_id("speaker", q.id),
                        "speaker",
                        f"speaker: {self.name(q.speaker)}",
                    )
                )
        for n in self.export.quantities:
            if n.doc == doc.id:
                spans.append(
                    Span(
                        n.start,
                        n.end,
                        anchor_id("quantity", n.id),
                        "quantity",
                        f"{n.item or 'quantity'}: {quantity_bounds(n)}",
                    )
                )
        return spans


def quantity_bounds(n: Quantity) -> str:
    """``400–900``, ``≥ 400`` or ``≈ 450``: a quantity's normalized bounds in a few characters."""
    approx = "≈ " if n.approx else ""
    if n.low is not None and n.high is not None and n.low != n.high:
        return f"{approx}{n.low:g}–{n.high:g}"
    if n.low is not None and n.high is None:
        return f"≥ {n.low:g}"
    if n.low is None and n.high is not None:
        return f"≤ {n.high:g}"
    return f"{approx}{n.low:g}" if n.low is not None else "?"

"""Anchor ids and highlighted article text.

Every quote, event and quantity points at characters of its document. The dossier (and later the
web explorer) shows the article with each such span wrapped in a ``<mark>`` whose ``id`` is the
item's anchor, so any table row can link to ``#anchor`` and land on the evidence itself.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

_SAFE = re.compile(r"^[A-Za-z0-9_-]+$")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_-]+")


def anchor_id(kind: str, raw_id: str) -> str:
    """A valid, unique HTML id for item `raw_id` of `kind` (`quote`, `event`, `fact` …).

    Ids like ``01_fox.txt#q3`` contain characters that break ``href="#…"``, so unsafe characters
    become ``-`` and a short hash of the raw id keeps two ids that slug alike apart.

    >>> anchor_id("quote", "a/b#3")
    'quote-a-b-3-c66588'
    """
    if _SAFE.match(raw_id):
        return f"{kind}-{raw_id}"
    slug = _UNSAFE_RUN.sub("-", raw_id).strip("-")
    digest = hashlib.sha1(raw_id.encode()).hexdigest()[:6]
    return f"{kind}-{slug}-{digest}" if slug else f"{kind}-{digest}"


def anchor_slug(raw_id: str) -> str:
    """The slug `anchor_id` starts an id with: the anchors of a document's items all begin with its slug."""
    return _UNSAFE_RUN.sub("-", raw_id).strip("-")


def valid_span(text: str, start: int | None, end: int | None) -> bool:
    """Whether `start..end` points inside `text`; bad offsets get no mark and no link."""
    return start is not None and end is not None and 0 <= start <= end <= len(text)


@dataclass(frozen=True)
class Span:
    """One stretch of a document to highlight.

    :param anchor: the mark's id, or None for a purely visual span (repeated paragraphs)
    :param kind: CSS modifier: ``event``, ``quote``, ``speaker``, ``quantity``, ``repeat``
    :param label: tooltip shown on hover
    """

    start: int
    end: int
    anchor: str | None
    kind: str
    label: str = ""


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, with every span wrapped in properly nested ``<mark>`` elements.

    Spans that nest (a quantity inside its event's sentence) become nested marks, so the mark
    carrying the id covers exactly ``text[start:end]``. A span that crosses the end of an open one
    is cut there and continues in a second mark without the id; every piece carries
    ``data-span`` so all pieces of one span can be found. Spans with bad offsets are dropped.

    >>> str(highlight("a <b> c", [Span(2, 5, "x", "quote")]))
    'a <mark id="x" class="hl hl-quote" data-span="x">&lt;b&gt;</mark> c'
    """
    out: list[str] = []
    pos = 0
    stack: list[int] = []  # ends of the open marks, innermost last
    queue = [
        (s.start, -s.end, i, s.end, True) for i, s in enumerate(spans) if valid_span(text, s.start, s.end)
    ]
    heapq.heapify(queue)

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(escape(text[pos:end]))
            out.append("</mark>")
            pos = end

    while queue:
        start, _, i, end, first = heapq.heappop(queue)
        close_until(start)
        out.append(escape(text[pos:start]))
        pos = start
        if stack and end > stack[-1]:
            heapq.heappush(queue, (stack[-1], -end, i, end, False))
            end = stack[-1]
        out.append(_open_mark(spans[i], first))
        stack.append(end)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def _open_mark(span: Span, first: bool) -> str:
    """The opening tag of one piece of `span`; only its first piece carries the id."""
    attrs = [f'class="hl hl-{escape(span.kind)}"']
    if span.anchor:
        if first:
            attrs.insert(0, f'id="{escape(span.anchor)}"')
        attrs.append(f'data-span="{escape(span.anchor)}"')
    if span.label:
        attrs.append(f'title="{escape(span.label)}"')
    return f"<mark {' '.join(attrs)}>"

"""RSS and Atom feeds (feedparser): each item is one document, with its own metadata.

An item's text is its full content where the feed carries it (`content:encoded`, Atom `content`),
else its summary, turned from HTML into plain paragraphs. Its id is the item's own `guid`/`id`
(else its link), which stays the same when the feed is fetched again with newer items on top; the
feed's title is the outlet, the item's title, link and date its title, URL and publication date.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import lxml.html

from storyline.ingest.problems import Problem, Skip
from storyline.ingest.readers import RAW_FACTOR, Draft, read_bytes, record_problem
from storyline.ingest.sources import Source

BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def html_to_text(fragment: str) -> str:
    """An item's HTML as plain text, one paragraph per line (scripts and styles dropped)."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.iter("script", "style", "iframe", "noscript"):
        bad.drop_tree()
    for block in root.iter(*BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _day(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(source: Source, max_text_bytes: int) -> Iterator[Draft | Problem]:
    """The items of an RSS or Atom file; an item without text is a Problem naming it."""
    feed = feedparser.parse(read_bytes(source.path, RAW_FACTOR * max_text_bytes))
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") and feed.get("bozo_exception") else ""
        raise Skip(f"not an RSS or Atom feed with items: feedparser found none{reason}")
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        html = max((c.get("value") or "" for c in content), key=len, default="") or entry.get("summary") or ""
        text = html_to_text(html)
        item_id = entry.get("id") or entry.get("link")
        if not text:
            yield record_problem(source.shown, None, number, f"feed item {item_id or '(no id)'} has no text")
            continue
        yield Draft(
            text,
            item_id or (f"{source.doc_id}#{number}" if source.doc_id else None),
            title=entry.get("title") or None,
            outlet=outlet,
            url=entry.get("link") or None,
            published=_day(entry.get("published_parsed") or entry.get("updated_parsed")),
            record=number,
        )

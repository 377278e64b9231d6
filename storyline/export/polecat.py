"""Events as PLOVER/POLECAT JSON Lines: the named fields of the PLOVER manual's "Data Fields" chapter.

One record per event: `id`, `date`/`enddate`, `actor` and `recipient` as lists of entity objects
(`code`, `sector`, `entity_text`, `identifier_text`, `office`, with POLECAT's `entity_name`,
`country_name` and `sector_code`), `event`, `mode`, `context`, `quad_code`, `event_text`, `text`,
`text_info` and `cite_info`. Fields PLOVER names that storyline does not code (locations,
intensity) are left out rather than filled with guesses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache

from storyline import __version__
from storyline.model import Actor, Event, Export
from storyline.resources import load_resource


@cache
def _lexicon() -> dict:
    return load_resource("exports.yaml")


def quad_code(event_type: str) -> int | None:
    """PLOVER's quad category of a type: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    return _lexicon()["quad_codes"].get(event_type)


def _entity(actor: Actor | None, actor_id: str, text: str | None, countries: dict[str, str]) -> dict:
    code = (actor.country if actor else None) or (actor_id if actor and actor.kind == "country" else None)
    return {
        "code": code,
        "sector": actor.sector if actor else None,
        "entity_text": text,
        "identifier_id": actor_id,
        "identifier_text": actor.name if actor else actor_id,
        "office": actor.roles[0] if actor and actor.roles else None,
        "entity_name": actor.name if actor else actor_id,
        "country_name": countries.get(code or ""),
        "sector_code": actor.sector if actor else None,
    }


def polecat_records(export: Export) -> Iterator[dict]:
    """One PLOVER JSON record per event (see the module docstring)."""
    actors = {a.id: a for a in export.actors}
    countries = {a.id: a.name for a in export.actors if a.kind == "country"}
    documents = {d.id: d for d in export.documents}
    for event in export.events:
        doc = documents.get(event.doc)
        yield {
            "id": event.id,
            "has_event": True,
            "date": (event.when.start if event.when and event.when.start else None) or (doc.published if doc else None),
            "enddate": event.when.end if event.when else None,
            "actor": _side(event, "source", actors, countries, doc.text if doc else ""),
            "recipient": _side(event, "target", actors, countries, doc.text if doc else ""),
            "event": [event.type],
            "event_text": [event.trigger] if event.trigger else [],
            "quad_code": quad_code(event.type),
            "mode": [event.mode] if event.mode else [],
            "context": list(event.context),
            "status": event.status,
            "text": doc.text[event.start : event.end] if doc else None,
            "text_info": {"start": event.start, "end": event.end},
            "cite_info": {
                "corpus": None, "citation": event.doc, "url": doc.url if doc else None,
                "title": doc.title if doc else None, "language": "en",
                "publication": doc.outlet if doc else None,
                "coder": f"storyline {__version__}", "codebook": _lexicon()["codebook"],
            },
            "story_date": doc.published if doc else None,
            "comment": event.reason,
        }


def _side(event: Event, side: str, actors: dict[str, Actor], countries: dict[str, str], text: str) -> list[dict]:
    """The event's actor or recipient as a one-entity list, its words where the event points at them."""
    actor_id = getattr(event, side)
    if not actor_id:
        return []
    start, end = getattr(event, f"{side}_start", None), getattr(event, f"{side}_end", None)
    words = text[start:end] if start is not None and end is not None else None
    return [_entity(actors.get(actor_id), actor_id, words, countries)]


def export_polecat(export: Export) -> str:
    """The events as PLOVER/POLECAT JSON Lines text."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in polecat_records(export))

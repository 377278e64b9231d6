"""What the events tests share: the events of a text (each checked against the contract's shape), those of one type,
the one event of a type, the events of a text published on a day, and the sets of roles or types a text codes.

The pipeline is the `nlp` fixture of tests/conftest.py (the full storyline pipeline, built once)."""

from spacy.language import Language

from storyline.model import Event


def events(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    records = doc._.events
    for record in records:
        Event(**record)  # the contract's shape
        assert text[record["start"]: record["end"]].strip()
        assert record["trigger"] in text[record["start"]: record["end"]]
        assert text[record["trigger_start"]: record["trigger_end"]] == record["trigger"]
    assert [s.label_ for s in doc.spans["storyline_events"]] == [r["type"] for r in records]
    return records


def of_type(nlp: Language, text: str, event_type: str) -> list[dict]:
    found = [e for e in events(nlp, text) if e["type"] == event_type]
    assert found, (event_type, events(nlp, text))
    return found


def of_type_or_none(nlp: Language, text: str, event_type: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == event_type]


def one(nlp: Language, text: str, event_type: str) -> dict:
    found = of_type(nlp, text, event_type)
    assert len(found) == 1, found
    return found[0]


def published(nlp: Language, text: str, day: str) -> list[dict]:
    doc = nlp.make_doc(text)
    doc._.published = day
    return nlp(doc)._.events


def pairs(found: list[dict], event_type: str) -> set[tuple]:
    return {(e["source"], e["target"]) for e in found if e["type"] == event_type}


def typed(nlp: Language, text: str, event_type: str) -> list[dict]:
    """The events of `event_type` in `text`, unchecked (may be none)."""
    return [e for e in nlp(text)._.events if e["type"] == event_type]


def roles(nlp: Language, text: str, kind: str) -> set[tuple]:
    """The (source, target) pairs of the events of type `kind` in `text`."""
    return {(e["source"], e["target"]) for e in nlp(text)._.events if e["type"] == kind}


def triples(nlp: Language, text: str) -> set[tuple]:
    """The (type, source, target) of every event in `text`."""
    return {(e["type"], e["source"], e["target"]) for e in nlp(text)._.events}


def types(nlp: Language, text: str) -> set[str]:
    return {e["type"] for e in nlp(text)._.events}


def coded(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str]]:
    """The (type, source, target, status) of every event in `text`."""
    return {(e["type"], e["source"], e["target"], e["status"]) for e in nlp(text)._.events}

"""The agent pass's helpers on a document: how agent phrases are found and looked up and person names keyed, and
the actors and mentions the pass adds to a document (`add_actor`, `add_mention`, `stand_in`) or leaves idle
(`idle_actors`). `table.py` holds what the lexicons say of a token (`AgentTable`); `__init__.py` the component.
"""

import csv
from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.actors import entity_at
from storyline.resources import RESOURCES


def name_key(name: str) -> str:
    """`Hamad bin Khalifa al-Thani` → `hamad bin khalifa al thani`: how person names are looked up."""
    return " ".join(name.lower().replace("-", " ").split())


def agent_spans(doc: Doc, token: Token, most: int) -> Iterator[Span]:
    """The phrases of at most `most` words ending at `token` that an agent noun may be, longest first: no
    punctuation inside but a hyphen within a word (`asylum-seekers`, `anti-government forces`: one word each side of
    it, as the lexicon's entries are written; a comma or a spaced dash breaks the phrase)."""
    first = token.i
    words = 1
    while first > 0:
        before = doc[first - 1]
        if before.text == "-" and first >= 2 and not before.whitespace_ and not doc[first - 2].whitespace_:
            first -= 2  # `anti-` joins `government`: one word
        elif before.is_punct or words == most:
            break
        else:
            first -= 1
            words += 1
    for start in range(first, token.i + 1):
        if doc[start].text != "-" and not (start > first and doc[start - 1].text == "-"):
            yield doc[start: token.i + 1]


def agent_keys(words: Span, lemmas: bool = True) -> list[str]:
    """The forms an agent phrase is looked up by: as written and (`lemmas`) by its lemmas, each also with a hyphen
    read as a space (`asylum-seekers` is the entry `asylum seekers`)."""
    keys = [words.text.lower(), words.lemma_.lower()] if lemmas else [words.text.lower()]
    return keys + [k.replace("-", " ") for k in keys if "-" in k]


@cache
def load_persons(name: str) -> dict[str, str]:
    """`persons.tsv`: name key (`name_key`) -> country."""
    path = RESOURCES / name
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # the header
        return {name_key(row[0]): row[1] for row in rows if len(row) == 2}


STAND_INS = "storyline_stand_ins"
"""`doc.user_data` key: ids of actors the agent pass added that the events extractor drops where no event keeps them
(`stand_in`)."""


def stand_in(doc: Doc, key: str) -> None:
    """Mark an actor the agent pass added as one the events extractor drops where no event keeps it: a victim group
    naming no country (`civilians`), the holders of a place (`rebel-held`), a body found as a recipient only."""
    doc.user_data.setdefault(STAND_INS, set()).add(key)


def unnamed_group(actor: dict) -> bool:
    """A group of no country that its words do not name (`military commanders`, `civilians`, `displaced residents`;
    not `Communist forces`, `Western officials`): an actor only where it speaks or an event keeps it (`idle_actors`)."""
    return actor.get("kind") == "group" and not actor.get("country") and not any(
        ch.isupper() for ch in actor.get("name", ""))


def idle_actors(doc: Doc, events: list[dict]) -> set[str]:
    """Ids of the document's actors that are no actors where no event nor quote uses them: the stand-ins (`stand_in`)
    and the unnamed groups (`unnamed_group`: the guidelines count unnamed groups as speakers of claims or as parties
    to what happens, not as things told: `displaced residents began to trickle back`)."""
    used = {e.get(role) for e in events for role in ("source", "target", "reported_by")}
    used |= {q.get("speaker") for q in doc._.quotes or []}
    idle = doc.user_data.get(STAND_INS, set()) | {a["id"] for a in doc._.local_actors or [] if unnamed_group(a)}
    return idle - used


def plural_of(token: Token, collectives: set[str]) -> bool:
    """A plural noun, or a singular one naming a body of many (`police`)."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in collectives


def add_actor(doc: Doc, actor: dict) -> dict:
    """Add a local actor record the document does not hold yet (the caller checks `local_actor` first)."""
    actors = doc._.local_actors if doc._.local_actors is not None else []
    actors.append(actor)
    doc._.local_actors = actors
    return actor


MENTIONS_CHANGED = "storyline_mentions_changed"
"""`doc.user_data` key: how many times the document's mentions changed after the actor pass (`mentions_changed`)."""


def mentions_changed(doc: Doc) -> None:
    """Say that the document's mentions changed (one added, some dropped): readers that index them by token
    (the events extractor's `ActorReader.mention`) read them anew, and not before."""
    doc.user_data[MENTIONS_CHANGED] = doc.user_data.get(MENTIONS_CHANGED, 0) + 1


def add_mention(doc: Doc, span: Span, key: str, in_order: bool = False) -> None:
    """Add a mention of the actor `key` at the span, unless the document has one of it starting there; with
    `in_order`, the document's mentions are then sorted by where they start."""
    mentions = doc._.mentions if doc._.mentions is not None else []
    if not any(m["start"] == span.start_char and m["actor"] == key for m in mentions):
        mentions.append({"start": span.start_char, "end": span.end_char, "text": span.text, "actor": key})
        doc._.mentions = mentions
        mentions_changed(doc)
    if in_order:
        doc._.mentions = sorted(doc._.mentions, key=lambda m: m["start"])


def town_country(doc: Doc, token: Token, town: Callable[[str], str | None] | None) -> str | None:
    """The country of the town or region a place name at the token names (`town`: a place name -> its country,
    None to ask none): `a court in Istanbul`, `a group based in Trinidad`."""
    if town is None or (place := entity_at(doc, token)) is None or place.label_ not in ("GPE", "LOC"):
        return None
    return town(place.text.removeprefix("the "))


def compound_name(doc: Doc, token: Token) -> Span | None:
    """The words of a name the token heads with its compounds (`Kenya Anti-Corruption Commission`, `Theresa May`),
    or None where it has none."""
    lefts = [c for c in token.lefts if c.dep_ == "compound"]
    return doc[min(c.left_edge.i for c in lefts): token.i + 1] if lefts else None


def told(sentence: Span) -> bool:
    """Whether the sentence ends as a sentence does (a full stop, a question or exclamation mark, those before a
    closing quote), not as a headline's line, which writes its passives bare (`Harbor Authority ordered to pay`)."""
    words = [t for t in sentence if not t.is_space]
    while words and words[-1].is_quote:
        words.pop()
    return bool(words) and words[-1].text in (".", "!", "?")


def in_capitals(sentence: Span) -> bool:
    """Whether more than half the sentence's words are in capitals (a headline in capitals, whose words the tagger
    reads as names)."""
    return sum(t.is_upper for t in sentence) * 2 > len([t for t in sentence if t.is_alpha])

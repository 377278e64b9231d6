"""Actors: who takes part, resolved inside one document.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

Finds actor mentions (spaCy NER plus a gazetteer of countries, their demonyms, capitals and seats
of government, named organizations and blocs, extended and overridden by a user's actor dictionary,
`storyline build --actors FILE`), gives each a local actor key (ISO alpha-3 for a
country, the gazetteer slug for a known organization, a slug of the full name for a person, a slug of
the phrase for an unnamed group) and resolves them inside the document:

- persons: later surname-only, first-name-only, `Mr. X` and `President X` mentions go to the person
  introduced with a full name, unless two persons of the document share that name (then they go
  nowhere); `the Supreme Leader`, `the Iranian official` go to the one person holding that title.
  Roles come from the title before the name and from an apposition (`X, a fellow at Y`, `X, who
  heads Y`, `The Shadow Home Secretary, X,`); the country and sector from the title's country words,
  the title lexicon and the affiliation named in the apposition. A name NER missed or took for an
  organization is a person where a title, an honorific or `he`/`she` says so (`Nicola Sturgeon`).
- metonymy: capitals and seats of government stand for their state unless they are a place
  (`in Moscow`, `flew to Tehran`); demonyms (`Russian forces`, `Iranian drones`) and a country's
  bodies (`Iran's foreign ministry`, `the Biden administration`) stand for the state.
- unnamed collectives that speak or act (`Western officials`, `defeats by Communist forces`), or
  governments acted on (`support regional allies`), become `group` actors, and so does a person's
  family beside them (`a travel ban on Mary Major and her immediate family`).
- `the newspaper`, `the council` go to the one outlet, or organization of that name, named before.
- NER organizations that are not actors (programs, meetings, words of a title, modifiers of a common
  noun) are dropped, and so is a country that the document only names as a place.

Collection-wide resolution happens in `storyline/fuse/actors.py`. Other extractors find actors
through `mention_for_token`, `mentions_in` and `local_actor`.
"""

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from storyline.model import LocalActor
from storyline.nlp.actors.document import DocState
from storyline.nlp.actors.lexicon import (
    ActorDictionaryError,
    GazetteerEntry,
    Lexicon,
    load_gazetteer,
    load_user_actors,
    slugify,
)
from storyline.nlp.extensions import index_sentences  # (also registers the Doc extensions)

__all__ = [
    "ActorDictionaryError", "ActorResolver", "DocState", "GazetteerEntry", "entity_at", "load_user_actors",
    "local_actor", "make_actor_resolver", "mention_for_token", "mentions_in", "slugify",
]


class ActorResolver:
    """Find actor mentions, then resolve them to document-local actors."""

    def __init__(self, nlp: Language, countries: str, organizations: str, roles: str, user_actors: str = ""):
        self.gazetteer = load_gazetteer(countries, organizations, user_actors)
        self.lex = Lexicon(roles)
        self.states = {e.id: e for e in self.gazetteer.values() if e.kind == "country" and not e.place
                       and not e.demonym}
        self.adjectives: dict[str, str] = {}
        """Country id -> its first demonym (`THA` -> `Thai`), the adjective that names its bodies."""
        for form, entry in self.gazetteer.items():
            if entry.kind == "country" and entry.demonym and not form.isupper():
                self.adjectives.setdefault(entry.id, form)
        self.forces = national_forces(self.gazetteer, self.adjectives, self.lex.force_names)
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(self.gazetteer)))

    def __call__(self, doc: Doc) -> Doc:
        index_sentences(doc)  # the first component after the parser: every later `.sent` is a lookup
        state = DocState(doc, self)
        state.run()
        self.set_annotations(doc, state.actors, state.mentions)
        return doc

    def set_annotations(self, doc: Doc, actors: dict[str, LocalActor], mentions: list[dict]) -> None:
        doc._.local_actors = [a.model_dump() for a in actors.values()]
        doc._.mentions = mentions
        spans = [doc.char_span(m["start"], m["end"], label=actors[m["actor"]].kind, alignment_mode="expand")
                 for m in mentions]
        doc.spans["storyline_actors"] = [s for s in spans if s is not None]


def national_forces(gazetteer: dict[str, GazetteerEntry], adjectives: dict[str, str],
                    force_names: dict[str, list[str]]) -> dict[tuple[str, str], GazetteerEntry]:
    """(country, sector) -> the gazetteer organization that is that state's body of that sector: one listed
    as `<the state's adjective> <the sector's words>` (`Chinese military` → the People's Liberation Army)."""
    out: dict[tuple[str, str], GazetteerEntry] = {}
    for form, entry in gazetteer.items():
        if entry.kind != "organization" or not entry.country or entry.sector not in force_names:
            continue
        adjective = adjectives.get(entry.country)
        if adjective and form in {f"{adjective} {words}" for words in force_names[entry.sector]}:
            out.setdefault((entry.country, entry.sector), entry)
    return out


@Language.factory(
    "storyline_actors",
    default_config={
        "countries": "countries.yaml",
        "organizations": "organizations.yaml",
        "roles": "roles.yaml",
        "user_actors": "",
    },
    assigns=["doc._.local_actors", "doc._.mentions", "doc.spans"],
    requires=["doc.ents"],
)
def make_actor_resolver(
    nlp: Language, name: str, countries: str, organizations: str, roles: str, user_actors: str
) -> ActorResolver:
    """Factory: the config keys are the data files of the gazetteer and role lexicon, and a user's actor
    dictionary (`storyline build --actors FILE`; empty for none) that overrides and extends them."""
    return ActorResolver(nlp, countries, organizations, roles, user_actors)


# ---- lookups used by the other extractors


def mentions_in(doc: Doc, start_char: int, end_char: int) -> list[dict]:
    """Actor mentions lying inside a character range, in text order."""
    return [m for m in doc._.mentions or [] if m["start"] >= start_char and m["end"] <= end_char]


def mention_for_token(doc: Doc, token: Token) -> dict | None:
    """The actor mention covering a token, if any."""
    for m in doc._.mentions or []:
        if m["start"] <= token.idx < m["end"]:
            return m
    return None


def entity_at(doc: Doc, token: Token) -> Span | None:
    """The named entity covering a token, if any (a token outside every entity is answered without building
    `doc.ents`, which makes every entity span anew on each read; one inside an entity from the tags around it)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    start, end, kind = token.i, token.i + 1, token.ent_type
    while doc[start].ent_iob_ == "I" and start > 0 and doc[start - 1].ent_iob_ in ("B", "I") \
            and doc[start - 1].ent_type == kind:
        start -= 1  # read from the IOB tags as `doc.ents` reads them: an entity runs from its B over its I's
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type == kind:
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)


def local_actor(doc: Doc, actor_id: str) -> dict | None:
    """The document-local actor record with this key (the first, where two had it)."""
    actors = doc.user_data.get(_LOCAL_ACTORS) or []  # `doc._.local_actors`, without an `Underscore` per call
    index = _ACTOR_INDEX
    if index[0] is not doc or index[1] is not actors or index[2] != len(actors):
        by_id: dict[str, dict] = {}
        for actor in actors:
            by_id.setdefault(actor["id"], actor)
        index[:] = [doc, actors, len(actors), by_id]
    return index[3].get(actor_id)


_LOCAL_ACTORS = ("._.", "local_actors", None, None)
"""Where spaCy keeps `doc._.local_actors` in `doc.user_data`."""
_ACTOR_INDEX: list = [None, None, 0, {}]
"""`local_actor`'s index of the last document's actors by id: that document, its list of actors as indexed, the
list's length then, and the index. The extractors add actors to the list (`agents.add_actor`) or replace it (a
new list: `events.actors.role_words`), never change a record's id; either way the index is made anew. The events
extractor asks ~130 times per BBC article, each a scan of the list."""

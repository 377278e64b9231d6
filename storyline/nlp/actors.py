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

import csv
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from storyline.model import LocalActor
from storyline.nlp import extensions  # noqa: F401
from storyline.resources import load_resource

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "within",
                         "throughout", "off", "onto"}
DIRECTIONAL_PREPOSITIONS = {"to", "from"}
MOTION_WORDS = {"go", "come", "fly", "travel", "return", "arrive", "visit", "trip", "journey", "flight",
                "head", "move", "flee", "land", "deploy", "tour", "make", "visitor", "way", "route"}
SPEAKER_DEPS = {"nsubj", "nsubjpass"}
GROUP_SKIP_WORDS = {"some", "many", "several", "other", "all", "most", "few", "more", "these", "those",
                    "such", "both", "various", "numerous", "two", "three", "four", "senior", "top"}
NAME_PARTICLES = {"al", "al-", "bin", "ibn", "ben", "de", "da", "di", "del", "der", "van", "von", "le",
                  "la", "du", "dos", "das", "el", "abu", "bint"}
MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                   "friday", "saturday", "sunday"}
BLOCKING_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
QUOTE_CHARS = set("\"“”‘’'«»[]()")
APPOSITION_STOPS = {",", ".", ";", ":", "(", ")", "—", "–", "\"", "“", "”", "?", "!"}
POLITICAL_SECTORS = {"GOV", "LEG"}
"""Sectors of groups that count as actors where they are acted on (`support regional allies`)."""
HEAD_VERBS = {"head", "lead", "run", "chair", "direct", "oversee", "command", "found"}
POSSESSIVE = r"['’‘]s$"
REGION_PREFIXES = {"Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West",
                   "Upper", "Lower", "New", "Greater", "Outer", "Inner"}


def slugify(text: str) -> str:
    """`Jane Roe` → `jane-roe`: stable ids for actors without a gazetteer id."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(POSSESSIVE, "", text)
    text = text.lower().replace("’", "").replace("'", "").replace(".", "")  # `U.S.` → `us`
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def strip_the(text: str) -> str:
    """`the Kremlin’s` → `Kremlin`: the bare name, for ids and canonical names."""
    return re.sub(POSSESSIVE, "", re.sub(r"^(the|The)\s+", "", text.strip())).strip()


@dataclass
class GazetteerEntry:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    place: bool = False
    """True for capitals, seats and regions: a place name that stands for an actor only as an agent."""
    demonym: bool = False
    """True for `Russian`, `Russians`: an adjective or a people, standing for the state."""
    seat: bool = False
    """True for seats of government (`the Kremlin`): they tell which government a document is about."""
    roles: tuple[str, ...] = ()
    """Roles a user's actor dictionary gives (`White House spokesman`)."""


@dataclass
class Candidate:
    """One mention on its way to an actor: a token span, its actor key and how sure we are of it."""

    start: int
    end: int
    actor: str
    place: bool = False
    """Named as a place (`in Ukraine`) or a modifier (`ASEAN meetings`): kept only where the actor
    also acts in the document."""


def apostrophe_variants(form: str) -> list[str]:
    """Texts write `People's` and `People’s`: match both."""
    return list(dict.fromkeys([form, form.replace("'", "’"), form.replace("’", "'")]))


class ActorDictionaryError(ValueError):
    """A user's actor dictionary that cannot be read as one (the message names the file and the record)."""


USER_KINDS = {"person", "organization", "country", "group"}
USER_FIELDS = {"id", "name", "aliases", "kind", "country", "sector", "roles"}


def load_user_actors(path: str) -> list[tuple[GazetteerEntry, tuple[str, ...]]]:
    """A user's actor dictionary: CSV (a header row; `aliases` and `roles` split on `;`) or YAML (a list of
    mappings, or `actors:` holding one), with the fields name, aliases, kind, country, sector, roles (and an
    optional id).

    Example: `entry, aliases = load_user_actors("actors.csv")[0]` → `entry.name == "Jane Roe"`

    :param path: a `.csv`, `.yaml` or `.yml` file
    :raises ActorDictionaryError: where the file cannot be read as such a dictionary (the message says where)
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ActorDictionaryError(f"{path}: cannot read the actor dictionary: {error}") from error
    if file.suffix.lower() == ".csv":
        records: object = [{k.strip().lower(): v for k, v in row.items() if k}
                           for row in csv.DictReader(text.splitlines())]
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise ActorDictionaryError(f"{path}: not YAML: {error}") from error
        records = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ActorDictionaryError(f"{path}: expected a list of actors (or `actors:` holding one)")
    return [user_entry(record, f"{path}: actor {n}") for n, record in enumerate(records, 1)]


def user_entry(record: object, where: str) -> tuple[GazetteerEntry, tuple[str, ...]]:
    """One record of a user's dictionary, checked: its entry and its aliases."""
    if not isinstance(record, dict):
        raise ActorDictionaryError(f"{where}: expected a mapping of {', '.join(sorted(USER_FIELDS))}")
    unknown = {k for k, v in record.items() if k not in USER_FIELDS and v not in (None, "")}
    if unknown:
        raise ActorDictionaryError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")

    def text(key: str) -> str:
        return str(record.get(key) or "").strip()

    def values(key: str) -> tuple[str, ...]:
        value = record.get(key) or []
        items = value.split(";") if isinstance(value, str) else value
        return tuple(str(v).strip() for v in items if str(v).strip())

    name, kind, country = text("name"), text("kind").lower() or "organization", text("country").upper() or None
    if not name:
        raise ActorDictionaryError(f"{where}: `name` is required")
    if kind not in USER_KINDS:
        raise ActorDictionaryError(f"{where} ({name}): `kind` is one of {', '.join(sorted(USER_KINDS))}, not {kind!r}")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise ActorDictionaryError(f"{where} ({name}): `country` is an ISO 3166-1 alpha-3 code, not {country!r}")
    actor_id = text("id") or (country if kind == "country" else slugify(name))
    if kind == "country" and not re.fullmatch(r"[A-Z]{3}", actor_id or ""):
        raise ActorDictionaryError(f"{where} ({name}): a country needs its ISO alpha-3 code as `country` or `id`")
    country = country or (actor_id if kind == "country" else None)
    entry = GazetteerEntry(actor_id, name, kind, country, text("sector").upper() or None, roles=values("roles"))
    return entry, values("aliases")


def load_gazetteer(countries: str, organizations: str, user_actors: str = "") -> dict[str, GazetteerEntry]:
    """Surface form → entry, from the country and organization data files, then the user's dictionary
    (whose entries win: a form or an id it names is its own)."""
    table: dict[str, GazetteerEntry] = {}

    def add(form: str, entry: GazetteerEntry, override: bool = False) -> None:
        form = re.sub(r"^the\s+", "", form)
        variants = apostrophe_variants(form)
        if len(form) > 3 and not form.isupper():
            variants.append(form.upper())  # headlines: `IRAN HAS shifted course`
        for variant in variants:
            if override:
                table[variant] = entry
            else:
                table.setdefault(variant, entry)

    for c in load_resource(countries):
        state = GazetteerEntry(c["id"], c["name"], "country", c["id"], "GOV")
        people = GazetteerEntry(c["id"], c["name"], "country", c["id"], "GOV", demonym=True)
        capital = GazetteerEntry(c["id"], c["name"], "country", c["id"], "GOV", place=True)
        seat = GazetteerEntry(c["id"], c["name"], "country", c["id"], "GOV", place=True, seat=True)
        for form in c.get("names", []):
            add(form, state)
        for form in c.get("demonyms", []):
            add(form, people)
        for form in c.get("capitals", []):
            add(form, capital)
        for form in c.get("seats", []):
            add(form, seat)
    for o in load_resource(organizations):
        entry = GazetteerEntry(
            o["id"], o["name"], o.get("kind", "organization"), o.get("country"), o.get("sector"),
            place=o.get("place", False),
        )
        for form in [o["name"], *o.get("aliases", [])]:
            add(form, entry)
    if user_actors:
        users = load_user_actors(user_actors)
        by_id = {entry.id: entry for entry, _ in users}
        for form, entry in table.items():  # `Moscow` keeps being a capital, of the user's Russia
            user = by_id.get(entry.id)
            if user is not None:
                table[form] = replace(entry, name=user.name, kind=user.kind, country=user.country,
                                      sector=user.sector or entry.sector, roles=user.roles)
        for entry, aliases in users:
            for form in [entry.name, *aliases]:
                add(form, entry, override=True)
    return table


class Lexicon:
    """The role lexicon (`roles.yaml`): titles, group heads, state heads, organization heads."""

    def __init__(self, roles: str):
        data = load_resource(roles)
        self.titles: dict[str, str | None] = {k.lower(): v for k, v in data.get("titles", {}).items()}
        self.title_words = {w for t in self.titles for w in t.split()}
        """Words of person titles proper (not of `agents`): what a title before a name is made of."""
        self.person_title_heads = {title_head(t) for t in self.titles}
        for sector, words in (data.get("agents") or {}).items():
            for word in words:
                self.titles.setdefault(word.lower(), sector)
        self.title_countries: dict[str, str] = data.get("title_countries", {})
        self.nominal_states: dict[str, str] = data.get("nominal_states", {})
        self.honorifics = set(data.get("honorifics", []))
        self.group_heads: dict[str, str | None] = data.get("group_heads", {})
        self.kin_heads = set(data.get("kin_heads", []))
        self.title_qualifiers = set(data.get("title_qualifiers", []))
        self.title_words |= self.title_qualifiers  # `shadow home secretary David Davis`
        self.media_nouns = set(data.get("media_nouns", []))
        self.generic_titles = set(data.get("generic_titles", []))
        self.state_heads = {h.lower() for h in data.get("state_heads", [])}
        self.org_heads: dict[str, str | None] = data.get("org_heads", {})
        self.non_actor_heads = {h.lower() for h in data.get("non_actor_heads", [])}
        self.non_actor_names = set(data.get("non_actor_names", []))
        self.title_heads = {title_head(t) for t in self.titles}

    def title_sector(self, words: list[str]) -> tuple[str | None, bool]:
        """Sector of a role phrase: its longest lexicon n-gram, rightmost on ties; found or not."""
        words = [w.lower() for w in words]
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n, -1, -1):
                phrase = " ".join(words[i : i + n])
                for form in (phrase, singular(phrase)):
                    if form in self.titles:
                        return self.titles[form], True
        return None, False

    def title_country(self, role: str) -> str | None:
        low = role.lower()
        return next((c for t, c in self.title_countries.items() if low.endswith(t)), None)

    def is_title(self, token: Token) -> bool:
        """A role noun of either list: `secretary`, `spokesperson`, `fellow`, `police`."""
        return token.lower_ in self.title_heads or singular(token.lower_) in self.title_heads

    def is_person_title(self, token: Token) -> bool:
        """A person's title proper, the kind that goes before a name: `secretary`, `President`."""
        return token.lower_ in self.person_title_heads or singular(token.lower_) in self.person_title_heads


def title_head(title: str) -> str:
    """`press secretary` → `secretary`; `secretary of state` → `secretary`."""
    return re.split(r" (?:of|for|to) ", title)[0].split()[-1]


def singular(word: str) -> str:
    """`scholars` → `scholar`: enough for lexicon lookups of plural heads."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


class ActorResolver:
    """Find actor mentions, then resolve them to document-local actors."""

    def __init__(self, nlp: Language, countries: str, organizations: str, roles: str, user_actors: str = ""):
        self.gazetteer = load_gazetteer(countries, organizations, user_actors)
        self.lex = Lexicon(roles)
        self.states = {e.id: e for e in self.gazetteer.values() if e.kind == "country" and not e.place
                       and not e.demonym}
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(self.gazetteer)))

    def __call__(self, doc: Doc) -> Doc:
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


class DocState:
    """The working state of one document's resolution, step by step (see `run`)."""

    def __init__(self, doc: Doc, resolver: ActorResolver):
        self.doc = doc
        self.tokens = list(doc)
        """The doc's tokens, made once: every step walks them (a Doc makes each token anew per walk)."""
        self.gazetteer = resolver.gazetteer
        self.states = resolver.states
        self.lex = resolver.lex
        self.actors: dict[str, LocalActor] = {}
        self.candidates: list[Candidate] = []
        self.mentions: list[dict] = []
        self.taken = [False] * len(doc)
        """Tokens already part of a mention, a title or a group phrase."""
        self.role_tokens: set[int] = set()
        """Tokens of appositions: a title there describes its person, it does not refer to one."""
        self.full_names: dict[str, LocalActor] = {}
        """Persons introduced with a full name, by key; then indexed by their last and first word."""
        self.by_last: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        matches = [Span(doc, s, e) for _, s, e in resolver.matcher(doc)]
        matches += [doc[t.i : t.i + 1] for t in self.tokens
                    if is_glued_possessive(t) and strip_the(t.text) in self.gazetteer]
        self.gaz_spans = [s for s in filter_spans(matches) if not is_prefixed_word(s) and not is_region_of(s)]
        self.gaz_at = {t: s for s in self.gaz_spans for t in range(s.start, s.end)}

    def run(self) -> None:
        ents = [e for e in self.doc.ents if e.label_ in BLOCKING_LABELS and "\n" not in e.text]
        gaz_spans = [s for s in self.gaz_spans if not self.blocked(s, ents)]
        persons = [e for e in ents if (e.label_ == "PERSON" or e[0].text in self.lex.honorifics
                                       or self.person_shaped(e)) and not self.overlaps_gazetteer(e, gaz_spans)]
        persons += self.appositive_names(persons)
        for span in gaz_spans:  # the user's persons, first: `Roe` later is theirs
            entry = self.entry(span)
            if entry is not None and entry.kind == "person" and not any(self.taken[t.i] for t in span):
                actor = self.full_names.setdefault(entry.id, self.actor_for_entry(entry))
                self.add_person_roles(actor, span)
                self.add(*self.person_mention(span), actor)
        self.resolve_persons(persons)
        self.resolve_name_echoes()
        self.resolve_title_references()
        self.resolve_nominal_states()
        self.resolve_groups()
        self.resolve_kin()
        for span in gaz_spans:
            self.resolve_gazetteer_span(span)
        for ent in ents:
            if ent.label_ == "ORG" and not self.overlaps_gazetteer(ent, gaz_spans):
                self.resolve_org(ent)
        self.resolve_nominal_organizations()
        self.finish()

    # ---- gazetteer

    def blocked(self, span: Span, ents: list[Span]) -> bool:
        """A match inside a longer name is part of it (`Taiwan Strait`), unless it owns it (`Taiwan's`)."""
        for ent in ents:
            if ent[0].lower_ == "the":
                ent = ent[1:]
            if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                if span.end < ent.end and self.doc[span.end].tag_ == "POS":
                    return False
                if all(self.in_gazetteer(t) or t.is_punct or t.pos_ in ("CCONJ", "DET") for t in ent):
                    return False  # NER glued two names together: `Iran-Russia`
                if ent.label_ == "ORG" and self.lex.is_person_title(ent[-1]):
                    return False  # `White House Press Secretary`: a title, not a name
                return True
        return False

    def in_gazetteer(self, token: Token) -> bool:
        return token.i in self.gaz_at

    def is_country_token(self, token: Token) -> bool:
        span = self.gaz_at.get(token.i)
        entry = self.entry(span) if span is not None else None
        return entry is not None and entry.kind == "country"

    def overlaps_gazetteer(self, ent: Span, gaz_spans: list[Span]) -> bool:
        """NER and gazetteer agree or the gazetteer knows better: the gazetteer span wins."""
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]  # `the Lib Dems` tagged PERSON is the gazetteer's `Lib Dems`
        return any(g.start < ent.end and ent.start < g.end and not (
            g.start >= ent.start and g.end <= ent.end and len(ent) > len(g)
            and not self.gazetteer_owns(g, ent)) for g in gaz_spans)

    def gazetteer_owns(self, gaz: Span, ent: Span) -> bool:
        """`Taiwan’s Defense Ministry`: the country inside the NER span is its owner."""
        return gaz.end < ent.end and self.doc[gaz.end].tag_ == "POS"

    def entry(self, span: Span) -> GazetteerEntry | None:
        return self.gazetteer.get(span.text) or self.gazetteer.get(strip_the(span.text))

    def resolve_gazetteer_span(self, span: Span) -> None:
        if any(self.taken[t] for t in range(span.start, span.end)):
            return
        entry = self.entry(span)
        if entry is None:
            return
        start, end = span.start, span.end
        if entry.kind == "country":
            start, end = self.state_phrase(span, entry)
        if start > 0 and self.doc[start - 1].lower_ == "the" and not entry.demonym:
            start -= 1
        place = entry.kind in ("country", "group") and is_place(span) or \
            entry.kind == "organization" and self.modifies_common_noun(span)
        if entry.place and (place or (entry.kind == "group" and not acts(span))):
            return  # `in Moscow`, `to the Middle East`: a place, not the government
        self.add(start, end, self.actor_for_entry(entry), place=place)

    def state_phrase(self, span: Span, entry: GazetteerEntry) -> tuple[int, int]:
        """`Iran’s foreign ministry`, `Russian troops`: the state's body stands for the state."""
        doc = self.doc
        head = span.root.head
        owns = span.end < len(doc) and doc[span.end].tag_ == "POS" or is_glued_possessive(span[-1])
        if (owns or span.root.dep_ in ("amod", "compound")) and head.i >= span.end:
            phrase = doc[span.end : head.i + 1]
            words = [t.lower_ for t in phrase if t.tag_ != "POS"]
            tail = " ".join(words[-2:])
            if (words[-1] in self.lex.state_heads or tail in self.lex.state_heads) and len(phrase) <= 5 \
                    and not any(self.taken[t.i] for t in phrase):
                return span.start, head.i + 1
        return span.start, span.end

    def actor_for_entry(self, entry: GazetteerEntry) -> LocalActor:
        actor = self.actors.get(entry.id)
        if actor is None:
            actor = self.actors[entry.id] = LocalActor(
                id=entry.id, name=entry.name, kind=entry.kind, country=entry.country, sector=entry.sector,
                roles=list(entry.roles),
            )
        return actor

    # ---- mentions

    def add(self, start: int, end: int, actor: LocalActor, place: bool = False) -> None:
        self.candidates.append(Candidate(start, end, actor.id, place))
        for t in range(start, end):
            self.taken[t] = True

    def finish(self) -> None:
        """Drop actors named only as places (and capitals used as places); write the mentions."""
        acting = {c.actor for c in self.candidates if not c.place}
        self.actors = {k: a for k, a in self.actors.items() if k in acting}
        for c in sorted(self.candidates, key=lambda c: c.start):
            if c.actor not in self.actors:
                continue
            span = self.doc[c.start : c.end]
            self.actors[c.actor].add_alias(span.text)
            self.mentions.append({"start": span.start_char, "end": span.end_char, "text": span.text,
                                  "actor": c.actor})

    # ---- persons

    def resolve_persons(self, ents: list[Span]) -> None:
        """Full names first, then the short mentions, so a headline's `Putin` finds `Vladimir Putin`."""
        names = [n for n in (self.person_name(self.extend_name(e)) for e in ents) if n is not None]
        full = self.full_names
        for _, words in sorted(names, key=lambda n: -len(n[1])):  # the fullest name makes the key
            if len(words) > 1:
                key = self.same_person(words) or slugify(" ".join(words))
                full.setdefault(key, LocalActor(id=key, name=" ".join(words), kind="person"))
        for key, actor in full.items():
            words = actor.name.split()
            self.by_last.setdefault(words[-1].lower(), set()).add(key)
            self.by_first.setdefault(words[0].lower(), set()).add(key)
        single = Counter(words[0] for _, words in names if len(words) == 1)
        for span, words in names:
            actor = self.person_for(words)
            if actor is None or actor.id not in full and single[words[0]] < 2 and not self.titled(span):
                continue  # a lone unknown word (`Tsunami`, `Rayo`) is too weak a person
            self.actors.setdefault(actor.id, actor)
            self.add_person_roles(actor, span)
            self.add(*self.person_mention(span), actor)

    def person_shaped(self, ent: Span) -> bool:
        """`Nicola Sturgeon` tagged ORG: a name of capitalized words that a person title or honorific
        precedes, that the document calls `Ms Sturgeon`, or that `he`/`she` refers to in its sentence."""
        doc = self.doc
        words = [t for t in ent if t.tag_ != "POS"]
        if not 1 <= len(words) <= 3 or ent[0].lower_ == "the" or all(t.text in REGION_PREFIXES for t in words) \
                or any(t.text in self.lex.honorifics for t in words):
            return False
        if any(not t.is_title or t.pos_ != "PROPN" or self.lex.is_title(t) or t.lower_ in self.lex.org_heads
               or t.lower_ in self.lex.non_actor_heads or t.lower_ in self.lex.state_heads for t in words):
            return False  # `BBC Two`, `Labour Party`: not a person's name
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (before.text in self.lex.honorifics
                                   or before.tag_ in ("NN", "NNP") and self.lex.is_person_title(before)):
            return True
        if len(ent) < 2:
            return False
        if re.sub(POSSESSIVE, "", words[-1].text) in self.honorific_names:
            return True
        if ent.root.dep_ not in SPEAKER_DEPS:
            return False
        for t in ent.root.head.subtree:  # `Vince Cable said he would …`, not `Policy had caused …, he said`
            if t.i >= ent.end and t.ent_type_ == "PERSON":
                return False
            if t.i >= ent.end and t.lower_ in ("he", "she", "his", "her", "him") and t.head.dep_ != "parataxis":
                return True
        return False

    @cached_property
    def honorific_names(self) -> set[str]:
        """Words the document puts after an honorific (`Sturgeon` in `Ms Sturgeon`)."""
        return {t.text for t in self.doc[1:] if self.doc[t.i - 1].text in self.lex.honorifics}

    def appositive_names(self, persons: list[Span]) -> list[Span]:
        """`The Shadow Home Secretary, Theresa May, said`, `Theresa May, shadow home secretary, said`: a name
        set off by a person title is a person even where NER missed it (or took `May` for a date)."""
        doc = self.doc
        found = []
        for token in self.tokens:
            if token.pos_ != "PROPN" or token.ent_type_ not in ("", "DATE") \
                    or any(p.start <= token.i < p.end for p in persons):
                continue
            titled = token.dep_ == "appos" and token.head.i < token.i and self.lex.is_person_title(token.head)
            titled = titled or any(c.dep_ == "appos" and c.i > token.i and doc[c.left_edge.i - 1].text == ","
                                   and self.lex.is_person_title(c) for c in token.children)
            if not titled:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].ent_type_ in ("", "DATE"):
                start -= 1
            span = doc[start : token.i + 1]
            if 2 <= len(span) <= 3 and all(t.is_title and t.i not in self.gaz_at for t in span) \
                    and (token.dep_ != "appos" or doc[start - 1].text == ","):
                found.append(span)
        return found

    def extend_name(self, ent: Span) -> Span:
        """`Ebrahim` + `Raisi`: NER sometimes stops before the surname."""
        doc = self.doc
        end = ent.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].is_title \
                and not doc[end - 1].whitespace_.count("\n") \
                and end not in self.gaz_at and doc[end].text not in self.lex.honorifics:
            end += 1
        return doc[ent.start : end]

    def resolve_name_echoes(self) -> None:
        """`Major’s trip` (tagged EVENT), `Okafor said` (tagged ORG): a known surname is that person."""
        for token in self.tokens:
            if self.taken[token.i] or not token.text[:1].isupper():
                continue
            if token.pos_ != "PROPN" and token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue  # a capitalized word at a sentence start must at least act: `Zelenskyy said`
            keys = self.full_name_keys(token.text)
            if len(keys) == 1:
                actor = self.full_names[next(iter(keys))]
                span = self.doc[token.i : token.i + 1]
                self.add_person_roles(actor, span)
                self.add(*self.person_mention(span), actor)

    def person_name(self, ent: Span) -> tuple[Span, list[str]] | None:
        """The name inside an NER person span: no title, honorific or possessive; None if no name."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end - 1 and (doc[start].text in self.lex.honorifics
                                   or doc[start].lower_ in self.lex.title_words
                                   or doc[start].lower_ in ("former", "the", "[")
                                   or self.is_country_token(doc[start])):
            start += 1  # `President`, `Mr.`, `New Zealander` are no part of the name
        while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                                   or doc[end - 1].is_upper and doc[end - 1].lower_ in self.lex.title_words):
            end -= 1  # `Paul Boateng MP`
        span = doc[start:end]
        if "\n" in span.text:
            return None
        text = re.sub(POSSESSIVE, "", re.sub(r"\s*-\s*", "-", re.sub(r"[\[\]()]", "", span.text)))
        words = text.split()
        if not words or words[0].lower() in MONTHS_AND_DAYS or any(any(ch.isdigit() for ch in w) for w in words):
            return None
        if not all(w[0].isupper() or w.lower() in NAME_PARTICLES or w.lower().startswith("al-")
                   for w in words):
            return None
        if self.modifies_common_noun(span) or self.in_parentheses(span):
            return None
        if end < len(doc) and doc[end].lower_ == "administration":
            return None  # `the Biden administration`: the state (see resolve_nominal_states)
        return span, words

    def same_person(self, words: list[str]) -> str | None:
        """`Taro Yamada` is `Yamada Taro`; `Vladimir V. Putin` and `Vladimir Putin` are one."""
        for key, actor in self.full_names.items():
            other = actor.name.split()
            if set(words) == set(other) or (words[0] == other[0] and words[-1] == other[-1]) \
                    or words == other[: len(words)] or words == other[-len(words) :]:
                return key
        return None

    def person_for(self, words: list[str]) -> LocalActor | None:
        """The person a name means: a full name's own, the one full name ending (or starting) with a
        lone word, a new person for an unknown lone word, None where two full names share it."""
        if len(words) > 1:
            return self.full_names[self.same_person(words) or slugify(" ".join(words))]
        keys = self.full_name_keys(words[0])
        if len(keys) == 1:
            return self.full_names[next(iter(keys))]
        if keys:
            return None  # two persons share the name: leave it ambiguous
        key = slugify(words[0])
        return self.actors.get(key) or LocalActor(id=key, name=words[0], kind="person")

    def full_name_keys(self, word: str) -> set[str]:
        word = strip_the(word).lower()
        return self.by_last.get(word) or self.by_first.get(word) or set()

    def titled(self, span: Span) -> bool:
        """`President Biden`, `Mr. Okafor`: a title or honorific right before the name."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        return before is not None and (before.text in self.lex.honorifics
                                       or self.lex.is_person_title(before))

    def person_mention(self, span: Span) -> tuple[int, int]:
        """The name with its honorific (`Mr. Putin`), not its title."""
        start = span.start
        if start > 0 and self.doc[start - 1].text in self.lex.honorifics:
            start -= 1
        return start, span.end

    def add_person_roles(self, actor: LocalActor, span: Span) -> None:
        """Roles from the title and the apposition; country and sector from them where still unknown."""
        found = (self.title_before(span), self.apposition_after(span))
        for role, country, affiliation in filter(None, found):
            actor.add_role(role)
            sector, _ = self.lex.title_sector(role.split())
            if affiliation is not None:
                actor.country = actor.country or affiliation.country
                actor.sector = actor.sector or affiliation.sector
            actor.country = actor.country or country or self.lex.title_country(role)
            actor.sector = actor.sector or sector

    def title_before(self, span: Span) -> tuple[str, str | None, None] | None:
        """`State Department spokeswoman Jane Roe` → (`State Department spokeswoman`, USA)."""
        doc = self.doc
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start - 1 and doc[span.start - 1].text == "," \
                and self.lex.is_person_title(head):  # `The Shadow Home Secretary, Theresa May,`
            start = head.left_edge.i + (head.left_edge.pos_ == "DET")
            role = doc[start : span.start - 1]
            if 0 < len(role) <= 10 and not any(self.taken[t.i] for t in role):
                self.take_title(role)
                return role.text, self.country_in(role), None
        end = span.start
        while end > 0 and doc[end - 1].text in self.lex.honorifics:
            end -= 1
        start = end
        while start > 0 and end - start < 10 and not doc[start].is_sent_start \
                and self.title_token(doc[start - 1], doc[start]):
            start -= 1
        while start < end and (doc[start].lower_ in ("of", "for", "to", "and", "-") or doc[start].tag_ == "POS"):
            start += 1
        heads = [t.i for t in doc[start:end] if self.lex.is_person_title(t)]
        if not heads:
            return None
        tail = doc[heads[-1] + 1 : end]  # `Special Envoy for Iran`: a title head, then `for` a name
        if len(tail) and not (tail[0].lower_ in ("for", "of", "to")
                              and all(t.text[:1].isupper() for t in tail[1:])):
            return None
        role = doc[start:end]
        self.take_title(role)
        office = next((t.i for t in role if t.lower_ in ("for", "to")), end)  # `Special Envoy for Iran`: not Iran's
        return role.text, self.country_in(doc[start:office]), None

    def take_title(self, role: Span) -> None:
        """A title's words are no actors, but its country is."""
        for t in role:
            self.taken[t.i] = self.taken[t.i] or not self.is_country_token(t)

    def title_token(self, token: Token, right: Token) -> bool:
        """Can `token` extend a title leftwards: a capitalized word, a title word, `of`, a possessive."""
        if token.lower_ in self.lex.title_qualifiers and right.lower_ in self.lex.title_words:
            return True  # `shadow home secretary`, whatever the tagger made of `shadow`
        if token.text in QUOTE_CHARS or token.pos_ in ("DET", "VERB", "AUX", "PRON", "CCONJ"):
            return False
        if token.ent_type_ == "PERSON" and right.ent_type_ != "PERSON":
            return False  # `Senator John Kerry and President George Bush`
        if token.lower_ == "to":  # `Ambassador to Russia`, not `adviser to Chancellor Brown`
            return self.in_gazetteer(right)
        if token.tag_ == "POS" or token.lower_ in ("of", "for", "-"):
            return right.text[:1].isupper() or right.lower_ in self.lex.title_words
        if token.is_punct or token.like_num and not token.is_title:  # `First Minister`, not `2`
            return False
        return token.text[:1].isupper() or token.lower_ in self.lex.title_words or self.in_gazetteer(token)

    def apposition_after(self, span: Span) -> tuple[str, str | None, LocalActor | None] | None:
        """`Jane Roe, a research director at the Institute for …` → role, country, affiliation."""
        doc = self.doc
        i = span.end
        while i + 1 < len(doc) and doc[i].lower_ in ("and", ",") and doc[i + 1].ent_type_ == "PERSON":
            i += 1
            while i < len(doc) and doc[i].ent_type_ == "PERSON":
                i += 1  # `Ann Lee and Omar Haddad, analysts at …`
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        i += 1
        if doc[i].lower_ == "who" and i + 1 < len(doc) and doc[i + 1].lemma_ in HEAD_VERBS:
            obj = doc[i + 2 : self.phrase_end(i + 2)]
            if not len(obj):
                return None
            return f"head of {obj.text}", self.country_in(obj), self.affiliation_in(obj)
        relative = doc[i].lower_ == "who" and i + 2 < len(doc) and doc[i + 1].lemma_ == "be"
        i += 2 if relative else 0  # `X, who is the director of Y,`
        while i < len(doc) and doc[i].lower_ in ("a", "an"):
            i += 1
        end = self.phrase_end(i)
        phrase = doc[i:end]
        self.role_tokens.update(range(i, end))
        if not len(phrase) or phrase[0].pos_ in ("CCONJ", "ADP") \
                or not relative and not any(t.dep_ == "appos" and t.head.i < i for t in phrase):
            return None  # a list (`Airbus, Air China, the …`), not an apposition
        cut = next((k for k, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))
        head = [t.lower_ for t in phrase[:cut] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not head or not self.lex.title_sector(head)[1]:
            return None  # `Poland, a close NATO partner`: not a role
        if phrase[0].lower_ == "the" and not phrase[1:2].text[:1].isupper():
            phrase = phrase[1:]
        return phrase.text, self.country_in(phrase), self.affiliation_in(phrase)

    def phrase_end(self, i: int) -> int:
        """Where an apposition ends: punctuation, a verb, a relative pronoun, or 25 tokens."""
        doc = self.doc
        end = i
        while end < len(doc) and end - i < 25 and doc[end].text not in APPOSITION_STOPS \
                and doc[end].pos_ not in ("VERB", "AUX") and doc[end].lower_ not in ("who", "which", "that"):
            end += 1
        return end

    def country_in(self, span: Span) -> str | None:
        """The first country that a title or apposition names (`Russian`, `White House`, `Japan's`)."""
        for t in span:
            g = self.gaz_at.get(t.i)
            if g is not None:
                entry = self.entry(g)
                if entry is not None and entry.kind == "country":
                    return entry.country
        return None

    def affiliation_in(self, span: Span) -> LocalActor | None:
        """The organization an apposition names, resolved now so the person can take its country."""
        found = []
        for ent in [*self.doc.ents, *self.gaz_spans]:
            if ent.start < span.start or ent.end > span.end:
                continue
            entry = self.entry(ent)
            name = self.org_name(ent) if entry is None and ent.label_ == "ORG" else None
            if entry is not None and entry.kind == "organization":
                found.append(self.actor_for_entry(entry))
            elif name is not None:
                found.append(self.org_actor(name))
        return next((a for a in found if a.country), found[0] if found else None)

    def modifies_common_noun(self, span: Span) -> bool:
        """`Rayo ballistic missiles`, `the NSC official`: a name used as a modifier is no actor."""
        root = span.root
        head = root.head
        return (root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ == "NOUN"
                and not self.lex.is_title(head) and head.lower_ not in self.lex.group_heads
                and head.lower_ != "administration")

    def in_parentheses(self, span: Span) -> bool:
        """`(Newser) – China slapped …`: a byline at the very start, not a person."""
        doc = self.doc
        return (span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
                and doc[span.end].text == ")" and len(span) == 1 and span.start <= 1)

    # ---- organizations

    def org_name(self, ent: Span) -> Span | None:
        """The name inside an NER organization span, or None where it is not an actor."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "via"):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or doc[end - 1].pos_ in ("CCONJ", "DET", "ADP")):
            end -= 1
        if start == end or any(self.taken[t] for t in range(start, end)):
            return None
        span = doc[start:end]
        if span.text in self.lex.non_actor_names:
            return None
        if any(t.pos_ in ("PRON", "VERB", "AUX") or any(ch.isdigit() for ch in t.text) for t in span):
            return None  # a headline or a numbered document: `Violations of Resolution 2231`
        if not span[0].text[:1].isupper() or span[-1].lower_ in self.lex.non_actor_heads:
            return None
        if span.root.pos_ != "PROPN" and not span.root.is_upper:
            return None
        if len(span) == 1 and (span[0].is_sent_start or re.fullmatch(r"[A-Z]+s", span[0].text)):
            return None  # `Schemes`, `UAVs`
        if len(span) == 1 and self.lex.is_title(span[0]):
            return None
        if self.modifies_common_noun(span):
            return None
        return span

    def org_actor(self, span: Span) -> LocalActor:
        """The organization an NER name makes: a slug id, its country from a country word in the name."""
        name = strip_the(span.text)
        key = slugify(name)
        actor = self.actors.get(key)
        if actor is None:
            sector = self.lex.org_heads.get(span[-1].lower_)
            actor = LocalActor(
                id=key, name=name, kind="organization", country=self.country_in(span), sector=sector
            )
        return actor

    def resolve_org(self, ent: Span) -> None:
        """An NER organization the gazetteer lacks: a state's body, or an organization of its own."""
        span = self.org_name(ent)
        if span is None:
            return
        head = " ".join(t.lower_ for t in span[-2:])
        if span[-1].lower_ in self.lex.state_heads or head in self.lex.state_heads:
            self.resolve_state_body(span)
            return
        actor = self.org_actor(span)
        self.actors.setdefault(actor.id, actor)
        if actor.country is None:
            actor.country = self.country_of_parent(span)
        appos = self.apposition_after(span)
        if appos is not None:
            actor.add_role(appos[0])
        self.add(span.start, span.end, actor)

    def resolve_nominal_organizations(self) -> None:
        """`the newspaper`, `the council`: the one outlet, or the one organization named `... Council`,
        that the document mentioned before (of the phrase's country, where it names one)."""
        doc = self.doc
        for token in self.tokens:
            if self.taken[token.i] or token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
                continue
            media = token.lower_ in self.lex.media_nouns
            if not media and token.lower_ not in self.lex.org_heads:
                continue
            lefts = [t for t in token.lefts]
            if not lefts or lefts[0].lower_ != "the" or lefts[0].i != token.i - len(lefts) \
                    or not all(self.is_country_token(t) for t in lefts[1:]):
                continue  # `the newspaper`, `the US daily`; not `the Conservative party`, `the aid agency`
            country = self.country_in(doc[lefts[0].i : token.i])
            seen = {c.actor for c in self.candidates if c.end <= token.i and not c.place}
            found = [a for k, a in self.actors.items() if k in seen and a.kind == "organization"
                     and (country is None or a.country == country)
                     and (a.sector == "MED" if media else a.name.split()[-1].lower() == token.lower_)]
            if len(found) == 1:
                self.add(lefts[0].i, token.i + 1, found[0])

    def country_of_parent(self, span: Span) -> str | None:
        """`Institute for Water Studies at Stanford University`: the parent's country."""
        doc = self.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("at", "of"):
            nxt = doc[span.end + 1 : self.phrase_end(span.end + 1)]
            affiliation = self.affiliation_in(nxt)
            return affiliation.country if affiliation is not None else None
        return None

    def resolve_state_body(self, span: Span) -> None:
        """`Taiwan’s Defense Ministry`, `Chinese Foreign Ministry`: the state; unnamed state: nothing."""
        doc = self.doc
        start = span.start
        country = self.country_in(span)
        if country is None and start > 1 and doc[start - 1].tag_ == "POS" and start - 2 in self.gaz_at:
            owner = self.gaz_at[start - 2]
            entry = self.entry(owner)
            country, start = (entry.country, owner.start) if entry is not None else (None, start)
        if country is None:
            return
        self.add(start, span.end, self.actor_for_entry(self.states[country]))

    # ---- states named by their government

    def resolve_nominal_states(self) -> None:
        """`the administration`, `the Biden administration`: the document's government."""
        doc = self.doc
        for token in self.tokens:
            if token.lower_ != "administration" or self.taken[token.i] or token.pos_ != "NOUN":
                continue
            lefts = [t for t in token.lefts]
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.pos_ == "PROPN" and before.head == token.head and before not in lefts:
                lefts = [*before.lefts, before, *lefts]  # `Biden administration officials`: parsed as siblings
            if any(t.i in self.gaz_at for t in lefts):
                continue  # `the U.S. administration`: the country rule
            named = [t for t in lefts if t.pos_ == "PROPN"]
            if not named and not any(t.lower_ == "the" for t in lefts):
                continue
            country = (None if named else self.home_country()) or self.lex.nominal_states.get(token.lower_)
            if country is None:
                continue
            start = min([t.i for t in lefts] + [token.i])
            end = token.i + 1
            if end < len(doc) and doc[end].lower_ == "officials":
                end += 1  # `Biden administration officials` speak for it
            self.add(start, end, self.actor_for_entry(self.states[country]))

    def home_country(self) -> str | None:
        """The government the document is written around: the one whose seats act most in it."""
        counts = Counter()
        for span in self.gaz_spans:
            entry = self.entry(span)
            if entry is not None and entry.seat and not is_place(span):
                counts[entry.country] += 1
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return None

    # ---- groups

    def resolve_groups(self) -> None:
        """`Western officials say`, `defeats by Communist forces`, `support regional allies`: an unnamed
        collective that speaks, acts or is acted on, with the country where stated."""
        phrases: list[tuple[Span, bool, str | None, str | None]] = []
        for token in self.tokens:
            if token.lower_ not in self.lex.group_heads or token.tag_ not in ("NNS", "NNPS"):
                continue
            if self.taken[token.i] or any(t.dep_ == "poss" for t in token.lefts):
                continue  # `its officials`, `Iran's leaders`
            span = self.group_phrase(token)
            if span is None:
                continue
            country = self.country_in(span)
            if country is None and self.bloc_in(span) is None and any(t.i in self.gaz_at for t in span):
                continue  # `NATO officials`: the organization's people
            if country is not None and token.lower_ in self.lex.state_heads:
                continue  # `Russian forces`: the state (see state_phrase)
            sector = self.lex.group_heads[token.lower_]
            phrases.append((span, self.takes_part(token, sector), country, sector))
        speaking = {slugify(s.text) for s, speaks, _, _ in phrases if speaks}
        for span, _, country, sector in phrases:
            key = slugify(span.text)
            if key not in speaking:
                continue
            first = span[0]
            lower = first.is_sent_start and first.pos_ != "PROPN" and first.i not in self.gaz_at
            name = span.text[:1].lower() + span.text[1:] if lower else span.text  # `Analysts said`
            actor = self.actors.setdefault(
                key, LocalActor(id=key, name=name, kind="group", country=country, sector=sector)
            )
            self.add(span.start, span.end, actor)

    def resolve_kin(self) -> None:
        """`a travel ban on Mary Major and her immediate family`: a person's family, named after the person, where it
        stands beside them or takes part itself."""
        doc = self.doc
        for token in self.tokens:
            if token.lower_ not in self.lex.kin_heads or self.taken[token.i] or token.pos_ != "NOUN":
                continue
            poss = next((t for t in token.lefts if t.dep_ == "poss"), None)
            if poss is None or poss.pos_ != "PROPN" and poss.lower_ not in ("his", "her"):
                continue
            named = poss.pos_ == "PROPN"  # `Major's family`, else `her family`
            owner = self.person_at(poss) if named else self.person_before(token)
            beside = token.dep_ == "conj" and self.person_at(token.head) is owner
            if owner is None or not (beside or self.takes_part(token, None)):
                continue
            start = poss.right_edge.i + 1 if named else poss.i  # the mention: `family`, `her family`
            name = f"{owner.name}’s {doc[poss.right_edge.i + 1 : token.i + 1].text}"
            key = slugify(name)
            actor = self.actors.setdefault(key, LocalActor(id=key, name=name, kind="group", country=owner.country))
            self.add(start, token.i + 1, actor)

    def person_at(self, token: Token) -> LocalActor | None:
        """The person whose mention covers a token, if any."""
        for c in self.candidates:
            if c.start <= token.i < c.end and self.actors[c.actor].kind == "person":
                return self.actors[c.actor]
        return None

    def person_before(self, token: Token) -> LocalActor | None:
        """The last person mentioned in the sentence before a token (what `his`, `her` refer to)."""
        found = [c for c in self.candidates if token.sent.start <= c.start < token.i
                 and self.actors[c.actor].kind == "person"]
        return self.actors[max(found, key=lambda c: c.start).actor] if found else None

    def group_phrase(self, head: Token) -> Span | None:
        """`Polish and Baltic diplomats`, `diplomats from a Nordic state`: modifiers and `from` PP."""
        doc = self.doc
        lefts = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")]
        start = min([min(t.left_edge.i for t in lefts)] if lefts else [head.i])
        while start < head.i and (doc[start].lower_ in GROUP_SKIP_WORDS or doc[start].like_num
                                  or doc[start].is_punct or doc[start].pos_ in ("DET", "ADV")):
            start += 1
        end = head.i + 1
        pp = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "from"), None)
        if pp is not None:
            obj = next((t for t in pp.rights if t.dep_ == "pobj"), None)
            if obj is not None and (self.country_in(doc[obj.left_edge.i : obj.i + 1])
                                    or self.bloc_in(doc[obj.left_edge.i : obj.i + 1])):
                end = obj.i + 1
        span = doc[start:end]
        named = any(t.ent_type_ in ("PERSON", "ORG") and t.i not in self.gaz_at for t in span)
        if "\n" in span.text or named or any(self.taken[t.i] for t in span):
            return None  # a person's or organization's people are not an unnamed group
        return span

    def bloc_in(self, span: Span) -> GazetteerEntry | None:
        """The bloc (`the West`) a phrase names, if any."""
        for t in span:
            g = self.gaz_at.get(t.i)
            entry = self.entry(g) if g is not None else None
            if entry is not None and entry.kind == "group":
                return entry
        return None

    def takes_part(self, head: Token, sector: str | None) -> bool:
        """Subject of a verb, `according to` them, `by` them (`defeats by Communist forces`), or, for
        governments and legislators, the object of a verb (`support regional allies`); not the audience
        or the victims (`told reporters`, `kill civilians`)."""
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ in SPEAKER_DEPS:
            return True
        if head.dep_ == "dobj" and head.head.pos_ == "VERB" and sector in POLITICAL_SECTORS:
            return True
        prep = head.head
        according = prep.lower_ == "to" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "according"
        return head.dep_ == "pobj" and (prep.lower_ == "by" or according)

    # ---- `the Supreme Leader`

    def resolve_title_references(self) -> None:
        """`the speaker`, `the Supreme Leader`: the one person of the document holding that title.

        A title without a name is a person too: the organization in `the US House speaker` or `a CNN
        correspondent` is part of the title, not a mention."""
        doc = self.doc
        persons = [a for a in self.actors.values() if a.kind == "person" and a.roles]
        for token in self.tokens:
            if self.taken[token.i] or token.i in self.role_tokens or token.tag_ not in ("NN", "NNP") \
                    or not self.lex.is_person_title(token):
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.dep_ in ("compound", "amod") or nxt is not None and nxt.ent_type_ == "PERSON":
                continue
            start = token.i
            while start > 0 and not doc[start].is_sent_start and not self.taken[start - 1] \
                    and self.title_token(doc[start - 1], doc[start]):
                start -= 1
            self.take_title(doc[start : token.i])
            if start == 0 or doc[start - 1].lower_ != "the":
                continue
            holders = self.title_holders(doc[start : token.i + 1], persons)
            if len(holders) == 1:
                self.add(start - 1, token.i + 1, holders[0])

    def title_holders(self, title: Span, persons: list[LocalActor]) -> list[LocalActor]:
        """Who `the home secretary` or `the Iranian official` is: the persons holding that title (a
        `shadow home secretary` only where no one holds it plainly), else, for `the <country> <role>`, the
        persons of that country holding that role (any government role for `official`)."""
        text = title.text.lower()
        pattern = re.compile(rf"(\S+\s+)?\b{re.escape(text)}\b")
        matches = {a.id: [m.group(1) for r in a.roles for m in pattern.finditer(r.lower())] for a in persons}
        holders = [a for a in persons if matches[a.id]]
        plain = [a for a in holders if any((q or "").strip() not in self.lex.title_qualifiers for q in matches[a.id])]
        if holders:
            return plain or holders
        country = self.country_in(title)
        if country is None:
            return []
        head = singular(title[-1].lower_)
        return [a for a in persons if a.country == country and (
            any(head in r.lower().split() for r in a.roles) or head in self.lex.generic_titles and a.sector == "GOV")]


def is_place(span: Span) -> bool:
    """`in Moscow`, `flew to Tehran`, `in Tehran, Iran` are places; `Moscow said`, `sent to Russia` not."""
    token = span.root
    while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if prep.lower_ in DIRECTIONAL_PREPOSITIONS:
        governor = prep.head
        objects = [t.lemma_.lower() for t in governor.children if t.dep_ in ("dobj", "nsubj")]
        return governor.lemma_.lower() in MOTION_WORDS or any(o in MOTION_WORDS for o in objects)
    return False


def acts(span: Span) -> bool:
    """A region acts where it is a subject or joined to one (`Canada, Africa and others have …`)."""
    token = span.root
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in SPEAKER_DEPS or (token.dep_ == "pobj" and token.head.lower_ == "with")


def is_glued_possessive(token: Token) -> bool:
    """`Iran‘s`: a possessive the tokenizer left attached (an unusual quote mark)."""
    return len(token) > 2 and re.search(POSSESSIVE, token.text) is not None


def is_region_of(span: Span) -> bool:
    """`Northern Ireland`, `New Mexico`, `Western Australia`: a region's name, not the state."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text in REGION_PREFIXES and not before.is_sent_start


def is_prefixed_word(span: Span) -> bool:
    """`anti-Western`, `pro-Russia`: part of an adjective, not a mention."""
    doc = span.doc
    start = span.start
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro")


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


def local_actor(doc: Doc, actor_id: str) -> dict | None:
    """The document-local actor record with this key."""
    return next((a for a in doc._.local_actors or [] if a["id"] == actor_id), None)

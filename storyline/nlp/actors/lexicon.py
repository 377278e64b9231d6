"""Actors' lexicon: the gazetteer of countries and organizations, a user's actor dictionary, role words."""

import csv
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from storyline.resources import RESOURCES, load_resource

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
PLACE_LABELS = {"GPE", "LOC", "FAC"}
"""Entity labels of a place: the only names the town table (`places.tsv`) is asked about."""
QUOTE_CHARS = set("\"“”‘’'«»[]()")
APPOSITION_STOPS = {",", ".", ";", ":", "(", ")", "—", "–", "\"", "“", "”", "?", "!"}
CHALLENGER_SECTORS = {"REB", "OPP", "UAF", "INS", "IMG", "RAD", "CRM"}
"""Sectors of those who fight or oppose a state (rebels, opposition, militias): a country's phrase naming one
(`Syrian opposition forces`) is not the state's body."""
STATE_BODY_WORDS = {"royal", "national", "federal", "imperial", "armed", "forces", "force", "army", "navy", "air",
                    "police", "military", "defence", "defense", "self-defense", "self-defence", "special",
                    "security", "services", "intelligence", "guard", "coast", "border", "marine", "corps", "the"}
"""Words a name of a state's armed forces or police is made of besides the country (`Royal Thai Army`); a name
with others is an organization of its own (`Free Syrian Army`)."""
PAIR_WORDS = {"both", "two"}
"""`both sides`, `the two countries`: a pair of actors named before."""
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


@cache
def load_table(name: str) -> dict[str, str]:
    """A two-column table of `resources/` (`places.tsv`, `persons.tsv`): lower-cased name -> country (the place and
    person tables are derived from the Phoenix dictionaries by `tools/derive_agents.py`)."""
    with (RESOURCES / name).open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # the header
        return {row[0].lower(): row[1] for row in rows if len(row) == 2}


@cache
def first_names(name: str = "persons.tsv") -> frozenset[str]:
    """The first words of the person table's names (`george` of `george washington`), made once."""
    return frozenset(n.split()[0] for n in load_table(name) if n)


@cache
def load_body_sectors(name: str = "organization_sectors.tsv") -> dict[str, str]:
    """`organization_sectors.tsv`: lower-cased organization name -> sector."""
    with (RESOURCES / name).open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # the header
        return {row[0].lower(): row[1] for row in rows if len(row) == 2}


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
        self.place_heads = set(data.get("place_heads", []))
        self.resident_nouns = set(data.get("resident_nouns", []))
        self.title_heads = {title_head(t) for t in self.titles}
        self.force_names: dict[str, list[str]] = data.get("force_sectors", {})
        agents = load_resource("agents.yaml")  # the Phoenix agents table: what sector a head names
        sectors = {**agents.get("agents", {}), **agents.get("overrides", {})}
        self.agent_sectors: dict[str, str] = sectors
        self.body_sectors = load_body_sectors()
        """Lower-cased organization name -> sector (IGO, NGO), from the Phoenix international dictionary."""
        self.force_heads = {h: sectors[h] for h in self.state_heads if sectors.get(h) in self.force_names}
        """State heads naming a state's armed, police or intelligence body (`troops` MIL), with its sector."""

    def names_other_body(self, words: list[str]) -> bool:
        """Whether words after a country's name tell a body other than the state's (`opposition forces`, `rebel
        army`, `liberation army`): a word or pair of them the agents table gives a challenger's sector."""
        words = [w.lower() for w in words]
        grams = [*words, *(" ".join(words[i : i + 2]) for i in range(len(words) - 1))]
        return any(self.agent_sectors.get(g) in CHALLENGER_SECTORS for g in grams)

    def force_sector(self, words: list[str]) -> str | None:
        """The sector of a state body whose head ends these words (`military personnel`, `army`), or None
        where the head names the state itself (`foreign ministry`, `government`)."""
        words = [w.lower() for w in words]
        for n in (2, 1):
            tail = " ".join(words[-n:])
            if len(words) >= n and tail in self.state_heads:
                return self.force_heads.get(tail)
        return None

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

"""Derive storyline's actor-sector data from the PETRARCH2 Phoenix dictionaries (openeventdata/petrarch2, MIT).

    python3 tools/derive_agents.py ../shared/reference/petrarch2-dictionaries [--persons]

writes `storyline/resources/agents.yaml` (agent nouns -> CAMEO sector, from `Phoenix.agents.txt`) and
`storyline/resources/persons.tsv` (person names -> country, from `Phoenix.Countries.actors.txt`: the country
of every code a person held; names held by persons of two countries are left out) and
`storyline/resources/organization_sectors.tsv` (IGO and NGO names, from `Phoenix.International.actors.txt`) and
`storyline/resources/places.tsv` (towns and regions -> country, from the country blocks of
`Phoenix.Countries.actors.txt`: names listed under two countries are left out) and
`storyline/resources/organization_aliases.tsv` (the names of one body's block -> its first name);
`--persons` leaves `agents.yaml` as it is. Country codes
that CAMEO spells differently from ISO alpha-3 are mapped; codes that are no country are skipped.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "storyline" / "resources"
CAMEO_TO_ISO = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SER": "SRB", "YUG": "SRB", "UKG": "GBR", "GMY": "DEU",
                "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "BOS": "BIH", "TAW": "TWN"}
SECTORS = {"AGR", "BUS", "CHR", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "JUD",
           "LAB", "LEG", "MED", "MIL", "NGO", "OPP", "PTY", "REB", "REF", "REL", "SPY", "UAF", "MUS", "JEW",
           "HIN", "BUD", "RAD", "PPL", "SET", "IMG", "INS"}
TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "GENERAL", "GEN.", "SHEIKH", "PRINCE", "EMIR",
               "SULTAN", "FORMER", "US", "U.S.", "AMERICAN", "LEADER", "CHAIRMAN", "VICE", "SECRETARY", "SENATOR",
               "DR.", "MR.", "MRS.", "MS.", "COLONEL", "COL.", "PARTY", "CHIEF", "FOREIGN", "DEFENSE", "DEFENCE"}
MAX_PERSON_NAMES = 20
"""A block listing more names is a country's (its towns and regions), not a person's."""


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def agents(path: Path) -> dict[str, str]:
    """`GUERRILLA [~REB]` -> {guerrilla: REB, guerrillas: REB}; `!PERSON!` substitutions expanded."""
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].strip()
        if m := re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line):
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[]+?)\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = re.sub(r"\{[^}]*\}", "", m.group(1)).strip().strip("_"), m.group(2)
        sector = code[:3]
        if sector not in SECTORS:
            continue
        forms = [phrase]
        for key, values in subs.items():
            if key in phrase:
                forms = [f.replace(key, v) for f in forms for v in values]
        for form in forms:
            words = form.strip("_").replace("_", " ").lower().split()
            if not words or len(words) > 3 or not all(re.fullmatch(r"[a-z][a-z'\-]*", w) for w in words):
                continue
            for variant in (" ".join(words), " ".join([*words[:-1], plural(words[-1])])):
                out.setdefault(variant, sector)  # the first sense listed wins (`security force`: police)
    return dict(sorted(out.items()))


def blocks(path: Path, inline_code_ends: bool = True):
    """The entry blocks of a Phoenix actors file, as (entry lines, code lines), comments cut. A block is an entry
    line, its `+` synonym lines and its indented code lines; a line that is not a synonym starts the next block, and
    so does a synonym after a code line (or, with `inline_code_ends`, after a code on an entry's own line:
    `GAZA_ [PSEGZA]`)."""
    entries: list[str] = []
    codes: list[str] = []
    ended = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in " \t":
            codes.append(line)
            ended = True
            continue
        if ended or not line.startswith("+"):
            if entries or codes:
                yield entries, codes
            entries, codes, ended = [], [], False
        entries.append(line)
        ended = ended or inline_code_ends and "[" in line
    if entries or codes:
        yield entries, codes


def entry_words(line: str) -> list[str]:
    """`+MOSUL_ [IRQ]` -> [MOSUL]: an entry line's name, without its codes, `+` and underscores."""
    return [w for w in re.sub(r"\[.*", "", line).strip().lstrip("+").strip("_ ").split("_") if w]


def persons(path: Path, countries: set[str]) -> dict[str, str]:
    """Each person block's names (without titles) -> the one country of its codes. A one-word name (`SUHARTO`,
    `+PRESIDENT_OBAMA_`) counts only in a block whose codes give a sector held over dates (a person's, not a place's
    or a body's)."""
    found: dict[str, set[str]] = defaultdict(set)
    for entries, code_lines in blocks(path):
        codes: set[str] = set()
        sectored = False
        for line in code_lines:
            if m := re.match(r"\s*\[([A-Z]{3})([A-Z]{3})?[A-Z]*( +[<>]?\d)?", line):
                codes.add(m.group(1))
                sectored = sectored or bool(m.group(2) and m.group(3))  # a role held from a date: a person
        names = []
        for line in entries:
            if m := re.search(r"\[([A-Z]{3})", line):
                codes.add(m.group(1))  # `GERMANY_  [DEU]`: a code on the entry's own line
            words = entry_words(line)
            while words and words[0] in TITLE_WORDS:
                words = words[1:]
            if words and all(re.fullmatch(r"[A-Z][A-Z'\-.]*", w) for w in words) and (
                    len(words) >= 2 or len(words[0]) > 3 and "." not in words[0]):
                names.append(" ".join(w.capitalize() if len(w) > 2 or not w.endswith(".") else w for w in words))
        country = {CAMEO_TO_ISO.get(c, c) for c in codes} & countries
        if len(country) == 1:
            for name in names:
                if " " in name or sectored and len(names) <= MAX_PERSON_NAMES:
                    found[name] |= country
    return {n: next(iter(c)) for n, c in sorted(found.items()) if len(c) == 1}


def places(path: Path, countries: set[str]) -> dict[str, str]:
    """The names of each block coded with a country's code and no sector (`IRAQ_` ... `+MOSUL_`, `+SAMARRA` ...
    `[IRQ]`, `GAZA_ [PSEGZA]`; a person's or a body's codes carry a sector) -> that country: its towns, regions
    and other names. Names listed under two countries are left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for entries, code_lines in blocks(path, inline_code_ends=False):
        codes = [c for line in entries + code_lines for c in re.findall(r"\[([A-Z]{3,})", line)]
        owners = {CAMEO_TO_ISO.get(c[:3], c[:3]) for c in codes}
        if len(owners) != 1 or any(c[3:6] in SECTORS for c in codes) or (country := owners.pop()) not in countries:
            continue
        for words in map(entry_words, entries):
            if words and all(re.fullmatch(r"[A-Z][A-Z'\-]*", w) for w in words) and len(" ".join(words)) > 3:
                found[" ".join(w.capitalize() for w in words)].add(country)
    return {n: next(iter(c)) for n, c in sorted(found.items()) if len(c) == 1}


def international(path: Path) -> dict[str, str]:
    """Names of `Phoenix.International.actors.txt` whose codes are all of one of the sectors IGO or NGO -> that
    sector (`ARAB_LEAGUE_ [IGOMEAARL]` -> `Arab League`: IGO)."""
    out: dict[str, str] = {}
    for entries, code_lines in blocks(path):
        sectors = {c[:3] for line in entries + code_lines for c in re.findall(r"\[([A-Z]{3,})", line)}
        if len(sectors) != 1 or (sector := sectors.pop()) not in ("IGO", "NGO"):
            continue
        for words in map(entry_words, entries):
            words = words[1:] if words[:1] == ["THE"] else words
            if len(words) >= 2 and all(re.fullmatch(r"[A-Z][A-Z'\-.&/]*", w) for w in words):
                name = " ".join(w if w in ("OF", "THE", "FOR", "AND") else w.capitalize() for w in words)
                out.setdefault(name.replace(" OF ", " of ").replace(" THE ", " the ").replace(" FOR ", " for ")
                               .replace(" AND ", " and "), sector)
    return dict(sorted(out.items()))


BODY_SECTORS = SECTORS | {"MNC", "IGO", "NGO"}
"""Sectors of a body: an actors block coded with one of them names an organization (`MNC`: a multinational)."""


NAME_PARTICLES = {"AL", "EL", "BIN", "IBN", "ABU", "DE", "LA", "DU", "VON", "VAN"}
SKIPPED_IN_INITIALS = {"of", "the", "for", "and", "on", "in", "to"}


def name_of(words: list[str]) -> str:
    """`[UNITED, NATIONS]` -> `United Nations`; `[IPCC]`, `[UN, SECURITY, COUNCIL]` keep their acronyms."""
    def word(w: str, i: int) -> str:
        if i and w.lower() in SKIPPED_IN_INITIALS:
            return w.lower()
        if "." in w or len(w) <= (5 if len(words) == 1 and "-" not in w else 3) and w not in NAME_PARTICLES:
            return w  # an acronym: `NATO`, `U.N.`, `UN Security Council`
        return "-".join(part.capitalize() for part in w.split("-"))
    return " ".join(word(w, i) for i, w in enumerate(words))


def name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name.lower()) if w and w not in SKIPPED_IN_INITIALS)


def same_body(name: str, other: str) -> bool:
    """Whether two names of a block name one body, not two a block codes alike (`DEA` under the `FBI`'s code): one
    is the other's acronym (`OPCW`), holds it (`Qatar-based Al-Jazeera`) or spells it alike (`Hizbullah`)."""
    a, b = name_key(name), name_key(other)
    if not a or not b:
        return False
    if a == initials(other) or b == initials(name):
        return True
    if min(len(a), len(b)) >= 4 and (a in b or b in a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= SPELLING_SIMILARITY


SPELLING_SIMILARITY = 0.8
"""difflib ratio above which two names of a block are one name spelt two ways (`Al-Qaida`, `Al-Qa'eda`)."""


def organization_aliases(paths: list[Path], people: dict[str, str], towns: dict[str, str]) -> dict[str, str]:
    """Each organization block's names -> the block's first name, for blocks of two names or more
    (`HEZBOLLAH_` `+HIZBULLAH` [LBNREB] -> {Hizbullah: Hezbollah}; `NATO_` `+NORTH_ATLANTIC_TREATY_ORGANIZATION_`).
    A block is a body's where every code carries a body's sector and none a date (a person holds a role over dates,
    a place has a country's code alone). Names the person or place table lists, names after a title
    (`+FOREIGN_MINISTER_GHANI_`) and names in two blocks are left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        for entries, code_lines in blocks(path, inline_code_ends=False):  # `HEZBOLLAH_ [LBNREB]` `+HIZBULLAH`
            lines = entries + code_lines
            codes = [c for line in lines for c in re.findall(r"\[([A-Z]{3,})", line)]
            dated = any(re.search(r"\[[A-Z]+ +[<>]?\d", line) for line in lines)
            if not codes or dated or not all(c[:3] in BODY_SECTORS or c[3:6] in BODY_SECTORS for c in codes):
                continue
            names = []
            for words in map(entry_words, entries):
                words = words[1:] if words[:1] == ["THE"] else words
                if not words or words[0] in TITLE_WORDS or not all(re.fullmatch(r"[A-Z][A-Z'\-.&]*", w)
                                                                   for w in words):
                    continue
                name = name_of(words)
                if name.title() in people or " ".join(w.capitalize() for w in words) in people | towns:
                    continue
                if len(name_key(name)) >= 2 and name not in names and (not names or same_body(names[0], name)):
                    names.append(name)
            for name in names[1:] if len(names) > 1 else ():
                found[name].add(names[0])
            if len(names) > 1:
                found[names[0]].add(names[0])
    return {n: next(iter(c)) for n, c in sorted(found.items()) if len(c) == 1}


HEADER = """\
# Agent nouns -> CAMEO sector: who an unnamed actor is (`Cambodian troops` are MIL, `Iranian officials`
# GOV). Derived by tools/derive_agents.py from Phoenix.agents.txt of the PETRARCH2 dictionaries
# (openeventdata/petrarch2, MIT licence, Open Event Data Alliance). Storyline's own, kept on a
# rebuild: `overrides` (nouns the dictionary lacks or codes otherwise), `unqualified_sectors` (a
# plural of these acting is an actor with no country named: `Protesters rioted`) and
# `unlinked_sectors` (never made an event's actor: media, people at large).
"""
ORGS_HEADER = """\
# Organization names -> sector (IGO, NGO), for names the gazetteer lacks. Derived by tools/derive_agents.py from
# Phoenix.International.actors.txt of the PETRARCH2 dictionaries (openeventdata/petrarch2, MIT licence, OEDA).
"""
PERSONS_HEADER = """\
# Person names -> country (ISO alpha-3). Derived by tools/derive_agents.py from Phoenix.Countries.actors.txt
# of the PETRARCH2 dictionaries (openeventdata/petrarch2, MIT licence, Open Event Data Alliance).
"""

ALIASES_HEADER = """\
# Organization names -> the organization's name: the names one body's block lists in
# Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and Phoenix.Countries.actors.txt of the PETRARCH2
# dictionaries (openeventdata/petrarch2, MIT licence, OEDA). Derived by tools/derive_agents.py; read by
# storyline.fuse.actors to join one body's names across documents. Names of two blocks, of persons or of places are
# left out, and so are names of a block that are not the first one's acronym or spelling.
"""

PLACES_HEADER = """\
# Place names (towns, regions, other names of a country) -> country (ISO alpha-3): the names each country's own
# block lists in Phoenix.Countries.actors.txt of the PETRARCH2 dictionaries (openeventdata/petrarch2, MIT licence,
# Open Event Data Alliance). Derived by tools/derive_agents.py; names of two countries are left out.
"""


def main(reference: str, persons_only: bool = False) -> None:
    ref = Path(reference)
    countries = {c["id"] for c in yaml.safe_load((RESOURCES / "countries.yaml").read_text(encoding="utf-8"))}
    table = agents(ref / "Phoenix.agents.txt")
    path = RESOURCES / "agents.yaml"
    old = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
    kept = {k: v for k, v in old.items() if k not in ("version", "agents")}  # storyline's own keys
    data = {"version": 1, **kept, "agents": table}
    if not persons_only:  # (the comments on storyline's own keys are not kept: `--persons` leaves the file)
        path.write_text(HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120),
                        encoding="utf-8")
    people = persons(ref / "Phoenix.Countries.actors.txt", countries)
    rows = "".join(f"{n}\t{c}\n" for n, c in people.items())
    (RESOURCES / "persons.tsv").write_text(PERSONS_HEADER + "name\tcountry\n" + rows, encoding="utf-8")
    bodies = international(ref / "Phoenix.International.actors.txt")
    rows = "".join(f"{n}\t{c}\n" for n, c in bodies.items())
    (RESOURCES / "organization_sectors.tsv").write_text(ORGS_HEADER + "name\tsector\n" + rows, encoding="utf-8")
    towns = places(ref / "Phoenix.Countries.actors.txt", countries)
    rows = "".join(f"{n}\t{c}\n" for n, c in towns.items())
    (RESOURCES / "places.tsv").write_text(PLACES_HEADER + "name\tcountry\n" + rows, encoding="utf-8")
    aliases = organization_aliases([ref / "Phoenix.International.actors.txt", ref / "Phoenix.MilNonState.actors.txt",
                                    ref / "Phoenix.Countries.actors.txt"], people, towns)
    rows = "".join(f"{n}\t{c}\n" for n, c in aliases.items())
    (RESOURCES / "organization_aliases.tsv").write_text(ALIASES_HEADER + "name\torganization\n" + rows,
                                                         encoding="utf-8")
    print(f"{len(table)} agent nouns, {len(people)} person names, {len(bodies)} organization names, "
          f"{len(towns)} place names, {len(aliases)} organization aliases")


if __name__ == "__main__":
    main(sys.argv[1], persons_only="--persons" in sys.argv[2:])

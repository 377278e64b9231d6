"""Derive storyline's actor-sector data from the PETRARCH2 Phoenix dictionaries (openeventdata/petrarch2, MIT).

    python3 tools/derive_agents.py ../shared/reference/petrarch2-dictionaries

writes `storyline/resources/agents.yaml` (agent nouns -> CAMEO sector, from `Phoenix.agents.txt`) and
`storyline/resources/persons.tsv` (person names -> country, from `Phoenix.Countries.actors.txt`: the country
of every code a person held; names held by persons of two countries are left out). Country codes
that CAMEO spells differently from ISO alpha-3 are mapped; codes that are no country are skipped.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
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


def persons(path: Path, countries: set[str]) -> dict[str, str]:
    """Each person block's names (without titles) -> the one country of its codes."""
    found: dict[str, set[str]] = defaultdict(set)
    names: list[str] = []
    codes: set[str] = set()

    def close() -> None:
        country = {CAMEO_TO_ISO.get(c, c) for c in codes} & countries
        if len(country) == 1:
            for name in names:
                found[name] |= country

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw[0] in " \t":
            if m := re.match(r"\s*\[([A-Z]{3})", raw):
                codes.add(m.group(1))
            continue
        if codes:
            close()
            names, codes = [], set()
        text = raw.split("#")[0].strip().lstrip("+").strip("_ ")
        words = [w for w in text.split("_") if w]
        while words and words[0] in TITLE_WORDS:
            words = words[1:]
        if len(words) >= 2 and all(re.fullmatch(r"[A-Z][A-Z'\-.]*", w) for w in words):
            names.append(" ".join(w.capitalize() if len(w) > 2 or not w.endswith(".") else w for w in words))
    close()
    return {n: next(iter(c)) for n, c in sorted(found.items()) if len(c) == 1}


HEADER = """\
# Agent nouns -> CAMEO sector: who an unnamed actor is (`Cambodian troops` are MIL, `Iranian officials`
# GOV). Derived by tools/derive_agents.py from Phoenix.agents.txt of the PETRARCH2 dictionaries
# (openeventdata/petrarch2, MIT licence, Open Event Data Alliance). Storyline's own, kept on a
# rebuild: `overrides` (nouns the dictionary lacks or codes otherwise), `unqualified_sectors` (a
# plural of these acting is an actor with no country named: `Protesters rioted`) and
# `unlinked_sectors` (never made an event's actor: media, people at large).
"""
PERSONS_HEADER = """\
# Person names -> country (ISO alpha-3). Derived by tools/derive_agents.py from Phoenix.Countries.actors.txt
# of the PETRARCH2 dictionaries (openeventdata/petrarch2, MIT licence, Open Event Data Alliance).
"""


def main(reference: str) -> None:
    ref = Path(reference)
    countries = {c["id"] for c in yaml.safe_load((RESOURCES / "countries.yaml").read_text(encoding="utf-8"))}
    table = agents(ref / "Phoenix.agents.txt")
    path = RESOURCES / "agents.yaml"
    old = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
    kept = {k: old.get(k) or [] for k in ("unqualified_sectors", "unlinked_sectors")}
    data = {"version": 1, **kept, "overrides": old.get("overrides") or {}, "agents": table}
    path.write_text(HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    people = persons(ref / "Phoenix.Countries.actors.txt", countries)
    rows = "".join(f"{n}\t{c}\n" for n, c in people.items())
    (RESOURCES / "persons.tsv").write_text(PERSONS_HEADER + "name\tcountry\n" + rows, encoding="utf-8")
    print(f"{len(table)} agent nouns, {len(people)} person names")


if __name__ == "__main__":
    main(sys.argv[1])

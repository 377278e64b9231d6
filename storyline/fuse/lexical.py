"""Lexical similarity without a model: content-word stems, IDF-weighted overlap and word shingles.

Fusion compares short texts (the words around a number, two quotes, two evidence sentences). A crude
suffix stemmer and a stopword list are enough to see that `provided` and `providing`, `landed` and
`land` are one word, which is what these comparisons need; no parser runs at fusion time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import repeat

from storyline.resources import load_resource

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly")
REPORTING = frozenset({"said", "say", "says", "told", "tell", "report", "reported", "reports", "according", "added"})


@cache
def stopwords() -> frozenset[str]:
    """Function words (`english_stopwords.yaml` and `fusion.yaml`) plus reporting verbs."""
    listed = load_resource("english_stopwords.yaml")["words"].split()
    return frozenset(listed + load_resource("fusion.yaml")["stopwords"].split()) | REPORTING


@cache
def spelling_endings() -> tuple[tuple[str, str], ...]:
    """(British, American) word endings from `fusion.yaml`, longest first."""
    pairs = [tuple(pair) for pair in load_resource("fusion.yaml").get("spelling_endings", [])]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def american(word: str) -> str:
    """`criticised` → `criticized`, `behaviour` → `behavior`: outlets spell one quote or verb their own way."""
    for british, us in spelling_endings():
        if word.endswith(british) and len(word) - len(british) >= 3:
            return word[: -len(british)] + us
    return word


@cache
def irregular_bases() -> dict[str, str]:
    """Irregular verb form → base (`flew` → `fly`), from `fusion.yaml`."""
    return {form: base for base, forms in load_resource("fusion.yaml").get("irregular_verbs", {}).items()
            for form in forms}


@cache
def same_act_stems() -> dict[str, str]:
    """Stem of a verb → stem of the first verb of its `same_acts` group in `fusion.yaml` (`hit` → `strik`)."""
    out: dict[str, str] = {}
    for group in load_resource("fusion.yaml").get("same_acts", []):
        for word in group:
            out[stem(word)] = stem(group[0])
    return out


def act_stem(trigger: str) -> str:
    """The stem an event's trigger names its act by: `struck`, `strikes`, `hits` → `strik` (`same_acts`)."""
    word = stem(trigger)
    return same_act_stems().get(word, word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """`providing` → `provid`, `provided` → `provid`, `drones` → `drone`, `apologised` = `apologized`, `flew` =
    `flown` = `fly`: good enough to compare words."""
    word = word.lower().replace("’", "'").split("'")[0]
    word = irregular_bases().get(word) or american(word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return WORD.findall(text.lower().replace("’", "'"))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order: no function words, reporting verbs or digits."""
    stop = stopwords()
    return [stem(w) for w in words(text) if w not in stop and not w.isdigit() and len(w) > 1]


def idf_weights(bags: Iterable[set[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over the given bags (one bag per text)."""
    bags = list(bags)
    df: Counter[str] = Counter(s for bag in bags for s in bag)
    n = len(bags)
    return {s: math.log(1 + n / d) for s, d in df.items()}


def weighted_jaccard(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    """Overlap of two bags, each stem weighted by its IDF: rare shared words count most."""
    union = a | b
    if not union:
        return 0.0
    # fsum: exactly rounded, so the score does not depend on the order a set yields its stems in (which
    # changes with the process's hash seed) and ties between pairs break the same way in every process
    total = math.fsum(map(idf.get, union, repeat(1.0)))
    return math.fsum(map(idf.get, a & b, repeat(1.0))) / total if total else 0.0


ESTIMATE_MARGIN = 1e-9
"""How far from a threshold an estimate (`weighted_jaccard_estimate`) must lie to decide a test alone; its error
is below 1e-12 (sums of at most thousands of positive floats, each off by a few units in the last place)."""


def bag_weight(bag: set[str], idf: dict[str, float]) -> float:
    """A bag's total IDF weight, exactly rounded: `weighted_jaccard_estimate`'s per-bag part."""
    return math.fsum(map(idf.get, bag, repeat(1.0)))


def weighted_jaccard_estimate(a: set[str], b: set[str], idf: dict[str, float], weight_a: float,
                              weight_b: float) -> float:
    """`weighted_jaccard(a, b, idf)` within 1e-12, from the bags' weights (`bag_weight`) and a float sum of the
    shared stems only: clustering tests most pairs of a large block against a threshold they are far below,
    and computes the exact score only of those within `ESTIMATE_MARGIN` of it or above it."""
    shared = a & b
    if not shared:
        return 0.0
    overlap = sum(map(idf.get, shared, repeat(1.0)))
    union = weight_a + weight_b - overlap
    return overlap / union if union > 0 else 0.0


def shingles(text: str, size: int = 5) -> set[str]:
    """Word n-grams of a text, the unit of text-reuse detection."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def containment(a: set[str], b: set[str]) -> float:
    """Share of `a` found in `b`: how much of one text another one repeats."""
    return len(a & b) / len(a) if a else 0.0


SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Approximate sentence offsets, for when a document's stored sentences are not at hand."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@cache
def inflect_engine():
    """inflect's engine, imported without typeguard's run-time instrumentation of its methods.

    inflect decorates its methods with typeguard's `@typechecked`, which recompiles each at import: some
    4 s, more than a fusion of a few new documents takes. The checks only validate argument types (a no-op
    under `python -O`), so the import here runs with the decorator as a no-op.
    """
    import typeguard

    real = typeguard.typechecked
    typeguard.typechecked = lambda target=None, **_: target if target is not None else (lambda f: f)
    try:
        import inflect
    finally:
        typeguard.typechecked = real
    return inflect.engine()

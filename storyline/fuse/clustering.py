"""Clustering inside one block: which events, numbers and quotes tell the same thing.

Events of one block (same type and dyad) are one real-world event where their objects are of one
class (`drones`, `MQ-9 drones`, `UAVs`, `missiles` are all weapons; `turbines` are goods) and
their dates fall within `MAX_DATE_GAP` of each other (a July visit and a December visit are two
facts; `Thursday` against `Friday` is one fact with a date conflict), and both or neither name a
campaign (`the invasion` is not any one of the strikes made in it) or a response (`retaliated` is not
the fighting it answers). Events that name no object join
the one cluster of a named class where their block has only one (`sanctions` and `sanctions on oil
sales` between the same two countries); where it has several, they make a general fact of their own.

Numbers of one block (same item) answer the same question where the words around them agree
(`launched nine missiles` / `the launch of 11 missiles`) or they give the same figure in two
documents; two different figures in one sentence (`of the nine missiles, four flew over`) never do.

Quotes of one speaker are one statement where their content words overlap enough.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import numpy as np
from scipy import sparse

from storyline.fuse.actors import UnionFind
from storyline.fuse.blocking import EventItem, fusion_lexicon
from storyline.fuse.lexical import (
    ESTIMATE_MARGIN,
    act_stem,
    bag_weight,
    content_stems,
    idf_weights,
    stem,
    weighted_jaccard,
)
from storyline.fuse.stories import Stories
from storyline.fuse.stories import background as background_frequencies
from storyline.fuse.stories import idf as background_idf
from storyline.model import Quantity, Quote

MAX_DATE_GAP = timedelta(days=7)
"""Dates further apart than this are different events; closer but different dates are a conflict."""
UNDATED_REACH = timedelta(days=30)
"""How long before its publication an event an article does not date can lie: `Blair backs Labour` told in
January and in October is two facts, not one."""
QUANTITY_CONTEXT_WORDS = 5
"""Content words on each side of a number (within its clause) that say what it counts and what happened to it."""
QUANTITY_SIMILARITY = 0.15
"""IDF-weighted overlap of the words around two figures above which they answer one question (`context_idf`)."""
SAME_PREDICATE = 0.15
"""What the same counting verb adds (`launched nine` / `the launch of 11`); a different verb (`fired` /
`flew over`) takes `OTHER_PREDICATE` off; numbers counted by events of different types never join."""
OTHER_PREDICATE = 0.1
SAME_FIGURE = 0.15
"""What giving the same figure adds to that overlap: the same `nine missiles` in two reports is one answer.
Figures under `DISTINCTIVE_FIGURE` (`two countries`) are too common to say anything alone."""
DISTINCTIVE_FIGURE = 3
QUOTE_SIMILARITY = 0.35
"""IDF-weighted overlap of two quotes of one speaker above which they are one statement."""
CLAUSE_BREAKS = ",;:()\u2013\u2014\n"


# ---- events


@cache
def campaign_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in fusion_lexicon().get("campaign_triggers", []))


@cache
def response_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in fusion_lexicon().get("response_triggers", []))


def is_response(item: EventItem) -> bool:
    """The event names striking back (`retaliated`), an act of its own beside the one it answers."""
    return stem(item.event.trigger or "") in response_stems()


def is_campaign(item: EventItem) -> bool:
    """The event names a campaign (`invasion`, `war`), not a single act within one."""
    return stem(item.event.trigger or "") in campaign_stems()


@dataclass
class EventCluster:
    items: list[EventItem] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    campaign: bool = False
    response: bool = False
    stories: Stories | None = None

    def add(self, item: EventItem) -> None:
        if not self.items:
            self.campaign = is_campaign(item)
            self.response = is_response(item)
        self.items.append(item)
        if item.object_class:
            self.classes.add(item.object_class)
        if item.event.trigger:
            self.triggers.add(act_stem(item.event.trigger))

    def accepts(self, item: EventItem) -> bool:
        """Compatible objects and times with every member; an item that names no object joins a cluster
        about a class of objects only where it names the event the same way (same trigger)."""
        if is_campaign(item) != self.campaign or is_response(item) != self.response:
            return False
        if item.object_class and self.classes and item.object_class not in self.classes:
            return False
        if not item.object_class and self.classes and act_stem(item.event.trigger or "") not in self.triggers:
            return False
        if self.stories and not self.story_fits(item):
            return False
        return all(dates_compatible(item, other) for other in self.items)

    def story_fits(self, item: EventItem) -> bool:
        """Most other documents of the cluster tell the item's story, or its sentence tells one of theirs
        (`stories_agree`)."""
        return stories_agree(self.stories, [item], self.items) if self.stories else True

    def affinity(self, item: EventItem) -> tuple:
        """How well an item fits, to choose among compatible clusters: same object class, same trigger, size."""
        return (
            bool(item.object_class and item.object_class in self.classes),
            bool(item.event.trigger and act_stem(item.event.trigger) in self.triggers),
            len(self.items),
        )


STORY_AGREEMENT = 0.5
"""The share of a cluster's other documents an event's document must tell one story with to join it."""


def stories_agree(stories: Stories, items: Sequence[EventItem], others: Sequence[EventItem]) -> bool:
    """At least `STORY_AGREEMENT` of the pairs of documents of two groups of events (one of each group, two
    documents) tell one story, or have an event each whose sentences tell one thing (`same_story`).

    Not every pair (complete link): short reports of one incident (a few sentences each, in a collection all
    about such incidents) share few words the collection does not use everywhere, so some pairs of them fall
    under `STORY_SIMILARITY` (ECB+ read whole: 8% of the pairs of one sub-topic's documents), and an event
    would be told apart from a cluster of ten documents for one of them. Not any pair (single link): that
    chains a whole archive's `Blair backs Labour` into one fact; a majority keeps a cluster to the documents
    most of its members' stories hold (where most pairs of a beat reach the threshold, as BBC's politics
    articles do, an undated block of one side only still gathers the beat: BBC's largest event fact 27 -> 45
    documents)."""
    told: dict[tuple[str, str], bool] = {}
    for a in items:
        for b in others:
            if a.doc != b.doc and not told.get((a.doc, b.doc)):
                told[(a.doc, b.doc)] = same_story(stories, a, b)
    return sum(told.values()) >= STORY_AGREEMENT * len(told)


def same_story(stories: Stories, a: EventItem, b: EventItem) -> bool:
    """Two events of documents telling one story, or whose sentences tell one thing in the same words."""
    return stories.same(a.doc, b.doc) or stories.close((a.doc, a.event.start, a.event.end),
                                                       (b.doc, b.event.start, b.event.end))


def interval(item: EventItem) -> tuple[date, date] | None:
    if not item.first and not item.last:
        return None
    return (item.first or date.min, item.last or date.max)


def anchored(item: EventItem) -> tuple[date, date] | None:
    """The days an event can lie in: its dates; an event its sentence does not date lies within
    `UNDATED_REACH` before its publication (`by publication`) or after it (`after publication`); a
    campaign (`the war`) may lie anywhere."""
    span = interval(item)
    if span is None or is_campaign(item):
        return span
    first, last = span
    if first == date.min and last != date.max:
        first = last - UNDATED_REACH
    elif last == date.max and first != date.min:
        last = first + UNDATED_REACH
    return first, last


def dates_compatible(a: EventItem, b: EventItem) -> bool:
    """Unknown dates fit anything; known ones (or the publication window of an undated event) must overlap
    or lie within `MAX_DATE_GAP`."""
    ia, ib = anchored(a), anchored(b)
    if ia is None or ib is None:
        return True
    gap = max(ia[0], ib[0]) - min(ia[1], ib[1]) if min(ia[1], ib[1]) < max(ia[0], ib[0]) else timedelta(0)
    return gap <= MAX_DATE_GAP


def cluster_events(items: Sequence[EventItem], stories: Stories | None = None) -> list[EventCluster]:
    """Greedy clustering of one block's full events: items with an object class or a date first, so
    that clusters form around what distinguishes events; the rest join the cluster they fit best.

    :param stories: which documents tell one story: events of two stories are never one fact"""
    clusters: list[EventCluster] = []
    ordered = sorted(items, key=lambda i: (not i.object_class, interval(i) is None, i.doc, i.event.start, i.id))
    for item in ordered:
        fitting = [c for c in clusters if c.accepts(item)]
        if fitting:
            max(fitting, key=lambda c: c.affinity(item)).add(item)
        else:
            clusters.append(EventCluster(stories=stories))
            clusters[-1].add(item)
    return merge_general(clusters)


def merge_general(clusters: list[EventCluster]) -> list[EventCluster]:
    """Fold each cluster naming no object into the one cluster of a named class it is compatible with,
    where there is exactly one: there is nothing else the general mentions can be about."""
    named = [c for c in clusters if c.classes]
    kept = []
    for cluster in clusters:
        if cluster.classes:
            kept.append(cluster)
            continue
        hosts = [c for c in named if (c.campaign, c.response) == (cluster.campaign, cluster.response)]
        stories = cluster.stories
        if len(hosts) == 1 and all(dates_compatible(a, b) and (not stories or same_story(stories, a, b))
                                   for a in cluster.items for b in hosts[0].items):
            for item in cluster.items:
                hosts[0].add(item)
        else:
            kept.append(cluster)
    return kept


# ---- quantities


@dataclass
class QuantityItem:
    """A number with what says which question it answers: the words around it and, where an event
    counts it (`launched nine missiles`), that event's type and trigger."""

    quantity: Quantity
    event_type: str | None = None
    predicate: str | None = None
    sentence: tuple[int, int] = (0, 0)
    context: set[str] = field(default_factory=set)

    @property
    def value(self) -> tuple[float | None, float | None]:
        return (self.quantity.low, self.quantity.high)


def quantity_context(text: str, quantity: Quantity, sentence: tuple[int, int]) -> set[str]:
    """Content stems of the words around a number, within its clause: what it counts and what happened to it."""
    left = text[max(sentence[0], quantity.start - 200) : quantity.start]
    right = text[quantity.end : min(sentence[1], quantity.end + 200)]
    cut = max(left.rfind(ch) for ch in CLAUSE_BREAKS)
    left = left[cut + 1 :] if cut >= 0 else left
    ends = [i for i in (right.find(ch) for ch in CLAUSE_BREAKS) if i >= 0]
    right = right[: min(ends)] if ends else right
    item_stem = stem(quantity.item or "")
    left_words = [w for w in content_stems(left) if w != item_stem]
    right_words = [w for w in content_stems(right) if w != item_stem]
    return set(left_words[-QUANTITY_CONTEXT_WORDS:]) | set(right_words[:QUANTITY_CONTEXT_WORDS])


def cluster_quantities(items: Sequence[QuantityItem], stories: Stories | None = None) -> list[list[QuantityItem]]:
    """Agglomerative clustering of one item's numbers by question, strongest links first.

    A link is the same figure in two reports, or words around two figures that overlap more than
    `QUANTITY_SIMILARITY`, between documents that tell one story closely (`NUMBER_STORY_SIMILARITY`). Same-figure
    links go first (the strongest sign of one question), then the others by score; clusters never join two different
    figures of one sentence (`quantity_links`, `group_quantities`).
    """
    return group_quantities(items, quantity_links(items, stories), stories)


NUMBER_STORY_SIMILARITY = 0.15
"""TF-IDF cosine (`Stories`) at or above which the documents of two numbers tell one story closely enough for the
numbers to answer one question, where a collection tells several stories: reports of one event share much of their
words; articles of one beat share a topic (`growth of 5%` in the reports of two economies, the 0.05 of
`STORY_SIMILARITY`). A link needs it, so a block's links form connected parts (`quantity_parts`) that a fusion
clusters one by one, and numbers added to a block reach only the parts they link to (`incremental.py`). Built
together, the three development clusters' reports of one event have cosines of 0.18-0.89, those of two events
0.01-0.14: at 0.3 two reports of the seeds' story (0.27) no longer shared their drone count
(`tests/test_integration.py` builds the clusters together). BBC's largest parts at 0.15 (at 0.3): `percent` 486 of
1,512 numbers (42), `year` 58 of 1,187 (36), `pound` 52 of 1,049 (12); adding 20 BBC articles costs about what it
did at 0.3 (37% of a full fusion's CPU, against 38%: the steps that read the whole collection weigh more)."""


def quantity_links(items: Sequence[QuantityItem], stories: Stories | None = None,
                   rows: Iterable[int] | None = None) -> list[tuple[bool, float, int, int]]:
    """The links of a block's numbers, in the order `group_quantities` visits them: (not the same figure, -score, a,
    b) of every pair a < b whose score reaches `QUANTITY_SIMILARITY` and whose documents tell one story closely
    (`Stories.near`, `NUMBER_STORY_SIMILARITY`). A link depends on its two numbers only where stories are told apart
    (`context_idf`).

    :param rows: only the links holding one of these numbers"""
    if rows is not None and stories is not None and getattr(stories, "active", False):
        # a link depends on its two numbers only: those sharing no context stem and no value with a number asked link
        # with none of them, and are left out (a block of 1,512 numbers, a few new: `incremental.py`)
        rows = sorted(set(rows))
        kept = partners(rows, [item.context for item in items], [item.value for item in items])
        if len(kept) < len(items):
            return links_among(kept, rows, lambda asked: quantity_links([items[k] for k in kept], stories, asked))
    idf = context_idf(items, stories)
    weights = [bag_weight(item.context, idf) for item in items]
    pairs = []
    for a, b, same, figure, predicate in near_threshold(items, idf, weights, rows):
        # the terms added to the overlap one after the other (an absent one adds 0.0: the same float)
        score = weighted_jaccard(items[a].context, items[b].context, idf) + figure + predicate
        if score >= QUANTITY_SIMILARITY:
            pairs.append((not same, -score, a, b))
    if stories is not None and hasattr(stories, "near_pairs"):
        near = stories.near_pairs([(items[a].quantity.doc, items[b].quantity.doc) for _, _, a, b in pairs],
                                  NUMBER_STORY_SIMILARITY)
        pairs = [pair for pair, close in zip(pairs, near, strict=True) if close]
    pairs.sort()
    return pairs


def quantity_parts(count: int, links: Iterable[tuple[bool, float, int, int]]) -> list[list[int]]:
    """The connected parts of `count` numbers' links: each number in one, in order (parts by their first number).
    `group_quantities` never joins numbers of two parts, and clusters a part as it clusters it in the whole block
    (its links in the same order: `(not same, -score)`, then the numbers' order)."""
    groups = UnionFind(range(count))
    for _, _, a, b in links:
        groups.union(a, b)
    return [sorted(group) for group in groups.groups().values()]


def group_quantities(items: Sequence[QuantityItem], links: Iterable[tuple[bool, float, int, int]],
                     stories: Stories | None = None) -> list[list[QuantityItem]]:
    """The numbers' clusters: links visited in order (`quantity_links`) join two clusters unless that would join two
    different figures of one sentence, or where stories are told apart, documents of two stories."""
    groups = UnionFind(range(len(items)))
    figures = {n: {(item.quantity.doc, item.sentence): item.value} for n, item in enumerate(items)}
    for _, _, a, b in links:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb or splits_a_sentence(figures[ra], figures[rb]):
            continue
        if stories and not stories.all_same((d for d, _ in figures[ra]), (d for d, _ in figures[rb])):
            continue  # figures of two stories answer two questions (`£100m` in two unrelated articles)
        groups.union(ra, rb)
        root = groups.find(ra)
        merged = figures.pop(ra) | figures.pop(rb)
        figures[root] = merged
    return [[items[n] for n in group] for group in groups.groups().values()]


def partners(rows: Sequence[int], bags: Sequence[set[str]], values: Sequence | None = None,
             proposes: Callable[[str], bool] | None = None) -> list[int]:
    """The places, in order, of the bags asked (`rows`) and of every bag that shares a stem (one that `proposes`
    pairs, where given) or a value with one of them: the only bags a link of one asked can hold, where a link
    depends on its two bags alone. The links of the asked computed over these alone are theirs over all bags: the
    same pairs, each scored from its two bags (the estimates' float sums in another order, within
    `ESTIMATE_MARGIN`; the exact scores fsum'd)."""
    asked = set(rows)
    stems = {stem for k in asked for stem in bags[k] if proposes is None or proposes(stem)}
    same = {values[k] for k in asked} if values is not None else set()
    return [k for k, bag in enumerate(bags)
            if k in asked or not stems.isdisjoint(bag) or (values is not None and values[k] in same)]


def links_among(kept: list[int], rows: Sequence[int], links: Callable[[list[int]], list[tuple]]) -> list[tuple]:
    """The links of the items asked (`rows`) computed over the items `kept` alone (`partners`): `links` is given the
    asked items' places among the kept and returns links whose last two fields are places among them; those are
    turned back into places among all the items."""
    place = {k: n for n, k in enumerate(kept)}
    return [(*fields, kept[a], kept[b]) for *fields, a, b in links([place[k] for k in rows])]


def context_idf(items: Sequence[QuantityItem], stories: Stories | None = None) -> dict[str, float]:
    """The weight of every stem around the numbers: in a collection that tells several stories (`Stories.active`),
    its background IDF (`stories.idf`, `STORY_DF`), so that a pair's score depends on its two numbers only and
    numbers added to a block change no earlier pair's score (`incremental.py`); in a collection of one story, its
    IDF over the block's numbers, which weighs down the words of that story every report uses (`Iran`, `Russia`,
    `drones` in a collection about Iran's drones: a background IDF would weigh them as rare in general news)."""
    if stories is not None and getattr(stories, "active", False):
        return {s: background_idf(s) for item in items for s in item.context}
    return idf_weights(item.context for item in items)


def near_threshold(items: Sequence[QuantityItem], idf: dict[str, float], weights: list[float],
                   rows: Iterable[int] | None = None) -> list[tuple[int, int, bool, float, float]]:
    """The pairs (a < b) of numbers that share a context stem or a value, are not counted by events of two types,
    and whose estimated score (`weighted_jaccard_estimate` plus the same terms) is not far below
    `QUANTITY_SIMILARITY`: the only pairs whose exact score can reach it. Each with whether it gives the same
    distinctive figure, and its two terms: `SAME_FIGURE` (or 0.0), the predicate's (or 0.0).

    All pairs at once: the IDF weight two bags share is one sparse matrix product (a block of 1,500 numbers has
    some 400,000 pairs sharing a stem), summed in another order than the estimate's plain sum but within its
    error, which `ESTIMATE_MARGIN` covers: a pair kept here or not, its exact score is below the threshold.

    :param rows: only the pairs holding one of these numbers (those new to a block: `quantity_links`)"""
    n = len(items)
    if n < 2:
        return []
    _, binary, weighted = stem_matrices([item.context for item in items], idf)
    if rows is None:
        shared = sparse.triu(weighted @ binary.T, k=1).tocoo()
        proposed = shared.row.astype(np.int64) * n + shared.col.astype(np.int64)
        shared_data = shared.data
    else:  # the pairs of the rows asked with every number: each pair (a < b) once
        asked = np.array(sorted(set(rows)), dtype=np.int64)
        product = (weighted[asked] @ binary.T).tocoo()
        row, col = asked[product.row], product.col.astype(np.int64)
        other = row != col
        proposed, first = np.unique(np.minimum(row, col)[other] * n + np.maximum(row, col)[other],
                                    return_index=True)
        shared_data = product.data[other][first]
    # each pair one number (a * n + b), in arrays: a large block has hundreds of thousands of pairs
    by_value: dict[tuple, list[int]] = {}
    for k, item in enumerate(items):
        by_value.setdefault(item.value, []).append(k)
    same_value = [np.zeros(0, dtype=np.int64)]
    new = None if rows is None else set(asked.tolist())
    for group in by_value.values():
        if len(group) > 1:
            members = np.array(group, dtype=np.int64)
            if new is None:
                first, second = np.triu_indices(len(group), k=1)
                same_value.append(members[first] * n + members[second])
                continue
            # only the pairs holding a number asked (each pair twice where both are: `union1d` keeps one)
            hit = np.array([k for k in group if k in new], dtype=np.int64)
            if len(hit):
                a, b = np.repeat(hit, len(members)), np.tile(members, len(hit))
                other = a != b
                same_value.append(np.minimum(a, b)[other] * n + np.maximum(a, b)[other])
    value_pairs = np.concatenate(same_value)
    pairs = np.union1d(proposed, value_pairs)
    if not len(pairs):
        return []
    shared_weight = np.zeros(len(pairs), dtype=np.float64)
    shared_weight[np.searchsorted(pairs, proposed)] = shared_data
    left, right = pairs // n, pairs % n
    estimate = overlap_estimates(shared_weight, np.array(weights, dtype=np.float64), left, right)
    types = _codes([item.event_type for item in items])
    predicates = _codes([item.predicate for item in items])
    values = _codes([item.value for item in items])
    distinct = np.array([distinctive(item.value) for item in items], dtype=bool)
    same = (values[left] == values[right]) & distinct[left]
    figure = np.where(same, SAME_FIGURE, 0.0)
    asked = (predicates[left] >= 0) & (predicates[right] >= 0)
    predicate = np.where(asked, np.where(predicates[left] == predicates[right], SAME_PREDICATE, -OTHER_PREDICATE),
                         0.0)
    counted_apart = (types[left] >= 0) & (types[right] >= 0) & (types[left] != types[right])
    keep = ~counted_apart & (estimate + (figure + predicate) >= QUANTITY_SIMILARITY - ESTIMATE_MARGIN)
    return list(zip(left[keep].tolist(), right[keep].tolist(), same[keep].tolist(), figure[keep].tolist(),
                    predicate[keep].tolist(), strict=True))


def stem_matrices(bags: Sequence[Iterable[str]], idf: dict[str, float]
                  ) -> tuple[dict[str, int], sparse.csr_matrix, sparse.csr_matrix]:
    """Bags of stems as the rows of two sparse matrices over the same columns (a stem's column is its place in the
    order of first use, returned): one with a 1 for each stem of a bag, one with its IDF weight. A product of one
    with the other's transpose gives the IDF weight every two bags share."""
    column: dict[str, int] = {}
    indices = [column.setdefault(s, len(column)) for bag in bags for s in bag]
    indptr = np.cumsum([0, *map(len, bags)])
    idf_of = np.array([idf[s] for s in column], dtype=np.float64)
    shape = (len(bags), len(column))
    binary = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=shape)
    weighted = sparse.csr_matrix((idf_of[indices] if indices else np.zeros(0), indices, indptr), shape=shape)
    return column, binary, weighted


def overlap_estimates(shared: np.ndarray, weight: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """`weighted_jaccard_estimate` of the pairs (left, right) from the IDF weight each pair shares and each bag's
    own (`bag_weight`): shared over union, 0.0 where they share nothing."""
    union = weight[left] + weight[right] - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where((shared > 0) & (union > 0), shared / union, 0.0)


def _codes(values: list) -> np.ndarray:
    """Each value's number (equal values, equal numbers), -1 for None."""
    numbers: dict = {}
    return np.array([-1 if v is None else numbers.setdefault(v, len(numbers)) for v in values], dtype=np.int64)


def distinctive(value: tuple[float | None, float | None]) -> bool:
    figure = value[0] if value[0] is not None else value[1]
    return figure is not None and abs(figure) >= DISTINCTIVE_FIGURE


def splits_a_sentence(left: dict[tuple, tuple], right: dict[tuple, tuple]) -> bool:
    """Two different figures of one sentence answer two questions (`of the nine missiles, four flew over`)."""
    small, large = sorted((left, right), key=len)
    return any(sentence in large and large[sentence] != value for sentence, value in small.items())


# ---- quotes


QUOTE_COMMON_STEM = 200
"""In a collection of one story: a stem shared by more of a block's quotes than this (`minister`, `government`)
proposes no pairs: it adds to the overlap of the pairs other stems propose only."""
QUOTE_COMMON_SHARE = 0.4
"""Where a collection tells several stories: a stem that at least this share of the background texts hold
(`stories.STORY_DF`: `make`, `take`) proposes no pairs, whatever the block, so that whether two quotes link depends
on the two quotes only (`incremental.py`)."""


def quote_bags(quotes: Sequence[Quote]) -> list[set[str]]:
    """Each quote's content stems."""
    return [set(content_stems(q.text)) for q in quotes]


def cluster_quotes(quotes: Sequence[Quote], stories: Stories | None = None) -> list[list[Quote]]:
    """One side's quotes grouped by statement: single-link over pairs whose content overlaps, within a story.

    Pairs are proposed by each stem that is not common (`QUOTE_COMMON_STEM`, `QUOTE_COMMON_SHARE`), stem by stem
    (in the stems' alphabetical order), pair by pair; a pair joins where its overlap reaches `QUOTE_SIMILARITY` and
    all documents of the two groups tell one story. Only the pairs that reach it change the groups, so they alone
    are visited, in that order (`quote_links`, `group_quotes`)."""
    return group_quotes(quotes, quote_links(quote_bags(quotes), stories), stories)


def quote_links(bags: list[set[str]], stories: Stories | None = None, rows: Iterable[int] | None = None
                ) -> list[tuple[str, int, int]]:
    """The visits of a block's quotes (`overlapping_pairs`): where stories are told apart, stems weighed by the
    background IDF and common by the background texts, so that a link depends on its two quotes only; else by the
    block's (a collection of one story: its words weigh little).

    :param rows: only the links holding one of these quotes"""
    if stories is not None and getattr(stories, "active", False):
        if rows is not None:
            # a link depends on its two quotes only: those sharing no stem that proposes pairs (one not common in
            # the background texts) with a quote asked link with none of them, and are left out
            rows = sorted(set(rows))
            texts, frequencies = background_frequencies()
            kept = partners(rows, bags, proposes=lambda stem: frequencies.get(stem, 0) < QUOTE_COMMON_SHARE * texts)
            if len(kept) < len(bags):
                return links_among(kept, rows, lambda asked: quote_links([bags[k] for k in kept], stories, asked))
        idf = {stem: background_idf(stem) for bag in bags for stem in bag}
        return overlapping_pairs(bags, idf, background=True, rows=rows)
    return overlapping_pairs(bags, idf_weights(bags), rows=rows)


def group_quotes(quotes: Sequence[Quote], visits: Iterable[tuple[str, int, int]],
                 stories: Stories | None = None) -> list[list[Quote]]:
    """The quotes' groups: visits in order join two groups where all their documents tell one story."""
    groups = UnionFind(range(len(quotes)))
    docs = {n: {q.doc} for n, q in enumerate(quotes)}
    for _, a, b in visits:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        if stories and not stories.all_same(docs[ra], docs[rb]):
            continue
        groups.union(ra, rb)
        docs[groups.find(ra)] = docs[ra] | docs[rb]
    return [[quotes[n] for n in sorted(group)] for group in groups.groups().values()]


def overlapping_pairs(bags: list[set[str]], idf: dict[str, float], background: bool = False,
                      rows: Iterable[int] | None = None) -> list[tuple[str, int, int]]:
    """(stem, a, b) for every stem not common that two bags a < b share, of the pairs whose IDF-weighted overlap
    reaches `QUOTE_SIMILARITY`, in order (stems alphabetically: an order of the stems alone, whatever the block).

    The shared IDF weight of every proposed pair comes from sparse products, summed in another order than
    `weighted_jaccard_estimate`'s plain sum but within its error: pairs within `ESTIMATE_MARGIN` of the threshold
    take the exact score, as there.

    :param background: stems common by the background texts (`QUOTE_COMMON_SHARE`), not by the block
    :param rows: only the pairs holding one of these bags"""
    if len(bags) < 2:
        return []
    column, binary, weighted = stem_matrices(bags, idf)
    if not column:
        return []
    if background:
        texts, frequencies = background_frequencies()
        common = np.array([frequencies.get(stem, 0) >= QUOTE_COMMON_SHARE * texts for stem in column], dtype=bool)
    else:
        common = np.asarray(binary.sum(axis=0)).ravel() > QUOTE_COMMON_STEM
    proposing = binary @ sparse.diags((~common).astype(np.float64))
    if rows is None:
        proposed = sparse.triu(proposing @ proposing.T, k=1).tocoo()
        left, right = proposed.row.astype(np.int64), proposed.col.astype(np.int64)
    else:
        asked = np.array(sorted(set(rows)), dtype=np.int64)
        product = (proposing[asked] @ proposing.T).tocoo()
        row, col = asked[product.row], product.col.astype(np.int64)
        n = len(bags)
        pairs = np.unique(np.minimum(row, col)[row != col] * n + np.maximum(row, col)[row != col])
        left, right = pairs // n, pairs % n
    shared = np.concatenate([np.asarray(weighted[left[i : i + 50_000]].multiply(binary[right[i : i + 50_000]])
                                        .sum(axis=1)).ravel() for i in range(0, len(left), 50_000)] or [np.zeros(0)])
    weight = np.array([bag_weight(bag, idf) for bag in bags], dtype=np.float64)
    estimate = overlap_estimates(shared, weight, left, right)
    near = estimate >= QUOTE_SIMILARITY - ESTIMATE_MARGIN
    visits = []
    for a, b, above in zip(left[near].tolist(), right[near].tolist(),
                           (estimate[near] >= QUOTE_SIMILARITY + ESTIMATE_MARGIN).tolist(), strict=True):
        if above or weighted_jaccard(bags[a], bags[b], idf) >= QUOTE_SIMILARITY:
            visits += [(s, a, b) for s in bags[a] & bags[b] if not common[column[s]]]
    visits.sort()
    return visits

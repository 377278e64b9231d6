"""Clustering finds the pairs of numbers and quotes worth scoring all at once (sparse products): the groups, and
the same-story questions asked on the way, are those of testing every pair that shares a stem one by one."""

from __future__ import annotations

import random

import pytest

from storyline.fuse.actors import UnionFind
from storyline.fuse.clustering import (
    ESTIMATE_MARGIN,
    NUMBER_STORY_SIMILARITY,
    OTHER_PREDICATE,
    QUANTITY_SIMILARITY,
    QUOTE_SIMILARITY,
    SAME_FIGURE,
    SAME_PREDICATE,
    QuantityItem,
    cluster_quantities,
    cluster_quotes,
    distinctive,
    group_quantities,
    quantity_links,
    quantity_parts,
    splits_a_sentence,
)
from storyline.fuse.lexical import bag_weight, content_stems, idf_weights, weighted_jaccard, weighted_jaccard_estimate
from storyline.fuse.stories import background
from storyline.fuse.stories import idf as background_idf
from storyline.model import Quantity, Quote


class Stories:
    """Documents of three stories; every question asked is recorded in order."""

    def __init__(self, active: bool = False):
        self.asked: list[tuple] = []
        self.active = active

    def near(self, a, b, threshold) -> bool:
        """Documents told apart where stories are: two of the same story tell it closely unless both are odd."""
        return not self.active or a == b or int(a[1:]) % 2 == 0 or int(b[1:]) % 2 == 0

    def near_pairs(self, pairs, threshold) -> list[bool]:
        return [self.near(a, b, threshold) for a, b in pairs]

    def all_same(self, left, right) -> bool:
        left, right = set(left), set(right)
        self.asked.append((tuple(sorted(left)), tuple(sorted(right))))
        return len({int(d[1:]) % 3 for d in left | right}) == 1


def quotes_pairwise(quotes, stories):
    """Every pair sharing a stem not common (of at most 200 quotes; where stories are told apart, of under 40% of
    the background texts), stem by stem alphabetically, scored one by one."""
    bags = [set(content_stems(q.text)) for q in quotes]
    texts, frequencies = background()
    idf = {s: background_idf(s) for bag in bags for s in bag} if stories.active else idf_weights(bags)
    weights = [bag_weight(bag, idf) for bag in bags]
    groups = UnionFind(range(len(quotes)))
    docs = {n: {q.doc} for n, q in enumerate(quotes)}
    by_stem: dict[str, list[int]] = {}
    for n, bag in enumerate(bags):
        for s in bag:
            by_stem.setdefault(s, []).append(n)
    for stem in sorted(by_stem):
        group = by_stem[stem]
        if (frequencies.get(stem, 0) >= 0.4 * texts) if stories.active else len(group) > 200:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                ra, rb = groups.find(a), groups.find(b)
                if ra == rb:
                    continue
                estimate = weighted_jaccard_estimate(bags[a], bags[b], idf, weights[a], weights[b])
                if estimate < QUOTE_SIMILARITY - ESTIMATE_MARGIN or (
                        estimate < QUOTE_SIMILARITY + ESTIMATE_MARGIN
                        and weighted_jaccard(bags[a], bags[b], idf) < QUOTE_SIMILARITY):
                    continue
                if not stories.all_same(docs[ra], docs[rb]):
                    continue
                groups.union(ra, rb)
                docs[groups.find(ra)] = docs[ra] | docs[rb]
    return [[quotes[n] for n in sorted(group)] for group in groups.groups().values()]


def quantities_pairwise(items, stories):
    """Every pair sharing a stem or a value, scored one by one (stems weighed by the background IDF where the
    stories are told apart, else the block's)."""
    idf = {s: background_idf(s) for i in items for s in i.context} if stories.active else \
        idf_weights(i.context for i in items)
    by_key: dict = {}
    for n, item in enumerate(items):
        for key in [*(("stem", s) for s in item.context), ("value", item.value)]:
            by_key.setdefault(key, []).append(n)
    candidates = {(a, b) for group in by_key.values() for a in group for b in group if a < b}
    pairs = []
    for a, b in candidates:
        x, y = items[a], items[b]
        if x.event_type and y.event_type and x.event_type != y.event_type:
            continue
        same = x.value == y.value and distinctive(x.value)
        score = weighted_jaccard(x.context, y.context, idf)
        for term in ([SAME_FIGURE] if same else []) + (
                [SAME_PREDICATE if x.predicate == y.predicate else -OTHER_PREDICATE]
                if x.predicate and y.predicate else []):
            score += term
        if score >= QUANTITY_SIMILARITY and stories.near(x.quantity.doc, y.quantity.doc, NUMBER_STORY_SIMILARITY):
            pairs.append((not same, -score, a, b))
    pairs.sort()
    groups = UnionFind(range(len(items)))
    figures = {n: {(item.quantity.doc, item.sentence): item.value} for n, item in enumerate(items)}
    for _, _, a, b in pairs:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb or splits_a_sentence(figures[ra], figures[rb]):
            continue
        if not stories.all_same((d for d, _ in figures[ra]), (d for d, _ in figures[rb])):
            continue
        groups.union(ra, rb)
        figures[groups.find(ra)] = figures.pop(ra) | figures.pop(rb)
    return [[items[n] for n in group] for group in groups.groups().values()]


@pytest.mark.parametrize(("seed", "active"), [(1, False), (2, False), (3, False), (4, True), (5, True)])
def test_quote_groups_and_story_questions_equal_testing_every_pair(seed, active):
    rng = random.Random(seed)
    vocabulary = [f"word{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(120)]
    told: list[list[str]] = []
    quotes = []
    for n in range(260):
        words = rng.sample(vocabulary, rng.randint(1, 9))
        if told and rng.random() < 0.3:  # a statement told again, with a word changed
            words = rng.choice(told)[:-1] + [rng.choice(vocabulary)]
        told.append(words)
        # `usual` in 201 quotes proposes no pair (it only adds to the overlap), `common` in 200 does; where stories
        # are told apart, `make` (in half the background texts) proposes none
        text = " ".join(words + ["usual"] * (n < 201) + ["common"] * (n >= 60) + ["make"] * (n % 3 == 0))
        quotes.append(Quote(id=f"q{n}", doc=f"d{n % 40}", speaker="s", cue="said", text=text, direct=True,
                            start=0, end=len(text)))
    expected, found = Stories(active), Stories(active)
    groups = cluster_quotes(quotes, found)
    assert [[q.id for q in g] for g in groups] == [[q.id for q in g] for g in quotes_pairwise(quotes, expected)]
    assert found.asked == expected.asked
    assert any(len(g) > 1 for g in groups) and len(groups) > 1


@pytest.mark.parametrize(("seed", "active"), [(1, False), (2, False), (3, True), (4, True)])
def test_number_groups_and_story_questions_equal_testing_every_pair(seed, active):
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(30)]
    items = []
    for n in range(300):
        value = rng.choice([1.0, 2.0, 5.0, 9.0, 12.0, 40.0, None])
        quantity = Quantity(id=f"q{n}", doc=f"d{n % 50}", text=str(value), low=value, high=value, item="x",
                            start=n, end=n + 1)
        items.append(QuantityItem(quantity, rng.choice([None, None, "ATTACK", "AID"]),
                                  rng.choice([None, "killed", "fired"]), (n % 7, n % 7 + 10),
                                  set(rng.sample(vocabulary, rng.randint(0, 5)))))
    expected, found = Stories(active), Stories(active)
    groups = cluster_quantities(items, found)
    assert [[i.quantity.id for i in g] for g in groups] == \
        [[i.quantity.id for i in g] for g in quantities_pairwise(items, expected)]
    assert found.asked == expected.asked
    assert any(len(g) > 1 for g in groups) and len(groups) > 1


@pytest.mark.parametrize("seed", [5, 6])
def test_numbers_clustered_part_by_part_make_the_groups_of_the_whole_block(seed):
    """Where stories are told apart, a link depends on its two numbers only: clustering each connected part of the
    links alone (an incremental fusion clusters only the parts new numbers reach) gives the whole block's groups."""
    rng = random.Random(seed)
    items = []
    for n in range(200):
        topic = rng.randrange(40)  # numbers of one topic share its words; a few take one of another topic's
        words = [f"t{topic}w{i}" for i in range(5)] + [f"t{rng.randrange(40)}w0"] * (rng.random() < 0.03)
        value = float(1000 * topic + rng.randint(3, 6))  # numbers of one topic may give one figure
        quantity = Quantity(id=f"q{n}", doc=f"d{n % 60}", text=str(value), low=value, high=value, item="x",
                            start=n, end=n + 1)
        items.append(QuantityItem(quantity, None, rng.choice([None, "killed"]), (n % 5, n % 5 + 10),
                                  set(rng.sample(words, rng.randint(2, len(words))))))
    stories = Stories(active=True)
    whole = sorted(sorted(i.quantity.id for i in g) for g in cluster_quantities(items, stories))
    links = quantity_links(items, stories)
    parts = quantity_parts(len(items), links)
    assert sum(len(part) > 2 for part in parts) > 5 and sorted(n for part in parts for n in part) == \
        list(range(len(items)))
    by_parts = []
    for part in parts:
        place = {n: k for k, n in enumerate(part)}
        part_links = [(o, s, place[a], place[b]) for o, s, a, b in links if a in place]
        # a part alone: its links are those the whole block gives it
        assert part_links == quantity_links([items[n] for n in part], stories)
        by_parts += [sorted(i.quantity.id for i in g)
                     for g in group_quantities([items[n] for n in part], part_links, stories)]
    assert sorted(by_parts) == whole
    assert any(len(g) > 1 for g in whole)
    # the links of some numbers (those new to a block) are those of the whole block that hold one of them
    new = set(rng.sample(range(len(items)), 30))
    asked = quantity_links(items, stories, sorted(new))
    assert asked == [link for link in links if link[2] in new or link[3] in new] and asked

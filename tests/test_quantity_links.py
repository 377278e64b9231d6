"""A block's links of some numbers or quotes (`clustering.quantity_links`, `quote_links` with `rows`): the whole
block's links that hold one of them, found without comparing the other pairs (`incremental.py`: a touched block links
only its new items), and where stories are told apart, without scoring the items that share nothing with them."""

from __future__ import annotations

import random

from storyline.fuse import clustering
from storyline.fuse.clustering import QuantityItem, quantity_links
from storyline.model import Quantity

WORDS = ["soldiers", "wounded", "border", "villages", "evacuated", "troops", "shelling", "farmers", "rice", "exports"]


def numbers(seed: int, count: int = 40) -> list[QuantityItem]:
    draw = random.Random(seed)
    items = []
    for n in range(count):
        value = float(draw.choice([3, 12, 40, 40, 250, 1200]))  # many numbers share a figure
        context = set(draw.sample(WORDS, draw.randint(1, 4)))
        items.append(QuantityItem(
            quantity=Quantity(id=f"d{n % 7}#q{n}", doc=f"d{n % 7}", text=f"{value:g} {sorted(context)[0]}",
                              low=value, high=value, start=10 * n, end=10 * n + 4),
            event_type=draw.choice([None, None, "ASSAULT", "AID"]), predicate=draw.choice([None, "wounded", "fled"]),
            sentence=(n, n + 1), context=context))
    return items


def test_the_links_of_some_numbers_are_the_whole_blocks_links_that_hold_them():
    for seed in range(6):
        items = numbers(seed)
        whole = quantity_links(items)
        assert any(a != b for _, _, a, b in whole), "the numbers link (else the comparison says little)"
        for asked in ({0}, {3, 17}, set(range(30, 40)), {5, 6, 7, 8, 21}):
            assert quantity_links(items, rows=asked) == [link for link in whole if {link[2], link[3]} & asked]


class ToldApart:
    """Stories told apart (`Stories.active`): every two documents tell one story closely."""

    active = True

    def near_pairs(self, pairs, threshold) -> list[bool]:
        return [True] * len(pairs)


OTHER_WORDS = ["harvest", "tariff", "museum", "orchestra", "glacier", "vaccine", "stadium", "lottery"]


def test_where_stories_are_told_apart_the_links_of_some_numbers_leave_out_numbers_sharing_nothing_with_them(
        monkeypatch):
    scored: list[int] = []
    real = clustering.near_threshold
    monkeypatch.setattr(clustering, "near_threshold", lambda items, *rest: scored.append(len(items)) or real(
        items, *rest))
    for seed in range(6):
        items = numbers(seed)
        draw = random.Random(seed)
        for n in range(40, 60):  # numbers of other words and figures: no link with the first forty
            value = float(5000 + n)
            items.append(QuantityItem(quantity=Quantity(id=f"d{n % 7}#q{n}", doc=f"d{n % 7}", text=f"{value:g}",
                                                        low=value, high=value, start=10 * n, end=10 * n + 4),
                                      sentence=(n, n + 1), context=set(draw.sample(OTHER_WORDS, 2))))
        whole = quantity_links(items, ToldApart())
        assert any(a >= 40 for _, _, a, _ in whole) and any(b < 40 for _, _, _, b in whole)
        for asked in ({0}, {3, 17}, {5, 45}, set(range(40, 60))):
            scored.clear()
            assert quantity_links(items, ToldApart(), rows=asked) == [
                link for link in whole if {link[2], link[3]} & asked]
            assert scored[-1] < len(items)  # scored among the numbers sharing a word or figure with those asked


def test_where_stories_are_told_apart_the_links_of_some_quotes_are_the_whole_blocks_that_hold_them(monkeypatch):
    from storyline.fuse.clustering import quote_links
    from storyline.fuse.lexical import content_stems

    sizes: list[int] = []
    real = clustering.overlapping_pairs
    monkeypatch.setattr(clustering, "overlapping_pairs", lambda bags, *rest, **named: sizes.append(len(bags)) or real(
        bags, *rest, **named))
    draw = random.Random(3)
    sentences = ["The ministry will send rice to the flooded villages next week",
                 "Flooded villages near the border asked for rice and blankets",
                 "Farmers said the drought ruined the rice harvest",
                 "The orchestra cancelled its tour after the museum fire",
                 "Museum staff saved the paintings before the fire spread",
                 "The glacier lost a third of its ice since the survey began"]
    bags = [set(content_stems(draw.choice(sentences) + " " + draw.choice(sentences))) for _ in range(30)]
    whole = quote_links(bags, ToldApart())
    assert whole, "the quotes link (else the comparison says little)"
    for asked in ({0}, {2, 9}, set(range(20, 30))):
        sizes.clear()
        assert quote_links(bags, ToldApart(), rows=asked) == [v for v in whole if {v[1], v[2]} & asked]
    lone = [*bags, set(content_stems("Penguins waddled across the frozen bay at dawn"))]
    sizes.clear()
    assert quote_links(lone, ToldApart(), rows={len(bags)}) == []
    assert sizes == [1]  # a quote sharing no word with the others is scored against none of them

"""A block's links of some numbers (`clustering.quantity_links` with `rows`): the whole block's links that hold one
of them, found without comparing the other pairs (`incremental.py`: a touched block links only its new numbers)."""

from __future__ import annotations

import random

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

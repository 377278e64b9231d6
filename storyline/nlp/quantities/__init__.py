"""Quantities: every number that counts or measures something, with normalized bounds.

(No `from __future__ import annotations` in this package: spaCy validates factory signatures at run time.)

Reads digits (`1,700`, `2.5`, `£15.8m`, `4.3M`, `+0.2%`, `minus-5`), number words (`twenty-two`, `one hundred
and fifty`, `a dozen`), vague amounts (`several hundred`, `thousands`, `tens of thousands`), proportions
(`two-thirds of`, `one in five`), money in any currency (`HK $216,925`, `10.5 million Australian dollars`,
`USD10m`), percentages, percentage points and measure units, written apart or glued (`640bhp`, `10kW`,
`121ft`), and rates (`$3,500 a month` → USD/month, `15 miles per hour`, of counts too: `3,000 tests per day` →
test/day; not `$4m a year earlier`); sets bounds from modifiers (`more than`, `up to`, `about`) and ranges
(`300-400`, `between 3 and 5`, `from 208 to 193`); reads ages (`aged 18 to 24`, `over the age of 30`: unit
year, item age); marks a stated rise or fall as `change` (`rose 19 cents`, `down 1%`); and names the item from
the noun phrase that follows (`more than 400 UAVs` → drone; over adjectives joined by `and`/`or`: `120 skilled
and unskilled workers`), from `of` (`thousands of drones`; a part with no noun from the whole its `of` phrase
counts: `15 of the 40 cyclists`, `30% of its 900 nurses`), or, for an
amount with no noun (`five landed`), from the item counted just before. A bare figure in digits (`ended at
1,334.20`) is kept without an item. Dates, years, clock times, scores, model names, addresses and document
numbers (`Resolution 2231`) are not quantities. Every word list is in `storyline/resources/quantities.yaml`.

The parts, as spaCy splits a component from its helpers:
- `lexicon`: the word lists, keyed for matching;
- `numbers`: digits, number words, scales, vague amounts, proportions;
- `units`: currencies, percent, measures, time units, rates;
- `items`: the counted or measured noun;
- `changes`: a rise or a fall stated for the amount;
- `guards`: what counts nothing (dates, years, names, phone numbers), and elliptical amounts;
- `extractor`: the component itself (candidates, ranges, bounds, records) and `quantity_for_span`.

Other extractors link amounts to their records through `quantity_for_span`.
"""

from storyline.nlp.quantities.common import SPAN_KEY, Reading
from storyline.nlp.quantities.extractor import QuantityExtractor, make_quantity_extractor, quantity_for_span
from storyline.nlp.quantities.lexicon import PhraseTable, QuantityLexicon

__all__ = [
    "SPAN_KEY", "PhraseTable", "QuantityExtractor", "QuantityLexicon", "Reading", "make_quantity_extractor",
    "quantity_for_span",
]

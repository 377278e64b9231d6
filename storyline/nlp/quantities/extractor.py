"""The quantities component: candidates left to right, ranges and bounds, then the records."""

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.nlp.quantities.changes import ChangeReader
from storyline.nlp.quantities.common import ARTICLES, DIGITS, SPAN_KEY, Reading, apply_bound
from storyline.nlp.quantities.guards import Guards
from storyline.nlp.quantities.items import ItemReader
from storyline.nlp.quantities.lexicon import QuantityLexicon
from storyline.nlp.quantities.numbers import NumberReader
from storyline.nlp.quantities.units import UnitReader

try:  # registers all of storyline's Doc attributes at once
    from storyline.nlp import extensions  # noqa: F401
except ImportError:  # the component also runs without the rest of storyline
    pass
if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


HAS_DIGIT = re.compile(r"\d")
FROM_GAP = 6
FINITE_TAGS = {"VB", "VBD", "VBP", "VBZ", "MD"}
"""Tokens `from X` may put between X and its `to`."""


class QuantityExtractor(NumberReader, UnitReader, ItemReader, ChangeReader, Guards):
    """Find amounts, drop those that count nothing, then write `doc._.quantities` and the spans."""

    def __init__(self, lexicon: str, antecedent_sentences: int):
        self.lexicon = QuantityLexicon.load(lexicon)
        self.antecedent_sentences = antecedent_sentences
        self.first_words = self.lexicon.first_words() | ARTICLES
        self.article_followers = self.lexicon.article_followers()
        self.phrase_openers = self.lexicon.phrase_openers()

    def __call__(self, doc: Doc) -> Doc:
        readings = self.find_candidates(doc)
        readings = [self.with_change(doc, reading) for reading in self.filter(doc, readings)]
        self.set_annotations(doc, readings)
        return doc

    # ---- candidates

    def find_candidates(self, doc: Doc) -> list[Reading]:
        """Left to right, the longest amount starting at each token; amounts never overlap."""
        readings: list[Reading] = []
        lowers = [token.lower_ for token in doc]
        i = 0
        while i < len(doc):
            reading = self.reading_at(doc, i) if self.may_start(lowers, i) else None
            if reading is None:
                i += 1
                continue
            readings.append(reading)
            i = reading.end
        return self.rates_across_brackets(doc, readings)

    def may_start(self, lowers: list[str], i: int) -> bool:
        """Whether an amount can start at token i (`lowers`: the doc's lowercase tokens): one holding a digit,
        a word some reading begins with, or an article before a word that makes it one (`a dozen`, `a few`).

        A cheap test before `reading_at`, which would otherwise look at every token of every document.
        """
        lower = lowers[i]
        if HAS_DIGIT.search(lower):  # `12`, `PS2.7m`, `+0.2`, `minus-5`
            return True
        if lower in self.article_followers:
            return i + 1 < len(lowers) and lowers[i + 1] in self.article_followers[lower]
        if not (lower in self.first_words or lower.rstrip(".-") in self.first_words):  # `m.`, `four-,`
            return False
        return self.opens_here(lowers, i)

    def opens_here(self, lowers: list[str], i: int) -> bool:
        """Whether token i, a word some amount begins with, can begin one where it stands: not where each of its
        forms (`lower`, and stripped as `may_start` and `PhraseTable.forms` strip it) is a phrase opener or no word
        of the lexicon, and the next token is none of those phrases' second words (`in the house`, `at home`)."""
        lower = lowers[i]
        seconds: set[str] = set()
        for form in {lower, lower.rstrip(".-"), lower.rstrip(".=")}:
            if form in self.phrase_openers:
                seconds |= self.phrase_openers[form]
            elif form in self.first_words:
                return True  # a word a table reads alone
        if i + 1 >= len(lowers):
            return False
        following = lowers[i + 1]
        return following in seconds or following.rstrip(".=") in seconds

    def reading_at(self, doc: Doc, i: int) -> Reading | None:
        modifier = self.lexicon.modifiers.match(doc, i)
        if modifier and self.is_preposition(doc, i, modifier[1]):
            modifier = None
        if modifier:
            bound, start = modifier
            reading = self.amount_at(doc, start, allow_article=True)
            if reading:
                return self.with_count_rate(doc, self.with_noun(doc, apply_bound(
                    replace(reading, start=i, modified=True), bound)))
        reading = self.between_at(doc, i) or self.amount_at(doc, i, allow_article=False)
        return self.with_count_rate(doc, self.with_noun(doc, reading)) if reading else None

    @staticmethod
    def is_preposition(doc: Doc, i: int, end: int) -> bool:
        """`under three presidents`: a one-word modifier the parser reads as a preposition is one before
        a number word; before digits it stays a bound (`has under 30 vessels`), as style guides write
        small numbers in words and amounts in digits."""
        return end - i == 1 and doc[i].dep_ == "prep" and end < len(doc) and not DIGITS.match(doc[end].text)

    def amount_at(self, doc: Doc, i: int, allow_article: bool) -> Reading | None:
        """A number, vague amount or range at token i, with its currency, unit and post-modifier."""
        first = self.value_at(doc, i, allow_article)
        if first is None:
            return None
        reading = self.with_unit(doc, first)
        opener = doc[i - 1].lower_ if i > 0 else ""
        by_bare = opener in self.lexicon.change_openers and reading.unit is None  # `fell by 1 to 1.5 degrees`
        if first.kind == "count" and (opener not in self.lexicon.change_openers or by_bare):
            reversible = opener == self.lexicon.range_from  # `dropping from 208 pounds to 193`
            ranged = self.range_after(doc, first, reading, self.lexicon.range_connectors, reversible)
            reading = ranged or reading
        post = self.lexicon.post_modifiers.match(doc, reading.end)
        if post:
            bound, end = post
            reading = apply_bound(replace(reading, end=end, modified=bound != "same"), bound)
        return reading

    def between_at(self, doc: Doc, i: int) -> Reading | None:
        """`between 300 and 400`."""
        if doc[i].lower_ != self.lexicon.range_opener:
            return None
        first = self.value_at(doc, i + 1, allow_article=False)
        if first is None or first.kind != "count":
            return None
        reading = self.range_after(doc, first, self.with_unit(doc, first), {self.lexicon.range_and})
        return replace(reading, start=i) if reading else None

    def range_after(
        self, doc: Doc, first: Reading, measured: Reading, connectors: set[str], reversible: bool = False
    ) -> Reading | None:
        """`300 to 400`, `3% to 3.5%`, `$3-$4 billion`, `two or three`: one reading low..high, or None.

        The connector may follow the first number or its unit; units must agree where both have one (a
        rate agrees with its unit: `between $62 and $68 per share`, `from $80 per tonne to $62.50`). After
        `from`, the bounds may fall (`from 208 to 193`): the reading is then 193..208, a fall.
        """
        for k in sorted({first.end, measured.end} | ({self.far_to(doc, measured.end)} if reversible else set())):
            if k >= len(doc) or doc[k].lower_ not in connectors:
                continue
            second = self.value_at(doc, k + 1, allow_article=False)
            if second is None or second.kind != "count":
                continue
            second = self.with_unit(doc, second)
            if measured.unit and second.unit and second.unit.split("/")[0] != measured.unit.split("/")[0]:
                continue
            low, high = first.low, second.high
            if low is None or high is None:
                continue  # a bound glued to a number (`sub-7`) makes no range
            if first.scale == 1 and low * second.scale <= high:
                low *= second.scale
            change = second.change
            if reversible and doc[k].lower_ == "to" and high < low:
                low, high, change = high, low, "down"
            if low < high:
                counted = self.noun_before(doc, first, measured, k)
                return replace(
                    second, start=first.start, low=low, high=high, unit=rate_of_range(measured.unit, second.unit),
                    item=second.item or measured.item or counted, numbers=first.numbers + second.numbers,
                    ranged=True, change=change, approx=first.approx or second.approx,
                )
        return None

    def noun_before(self, doc: Doc, first: Reading, measured: Reading, k: int) -> str | None:
        """The item a count names before the `to` of its range (`from 30 players to 22`), or None."""
        if measured.unit is not None or k <= measured.end:
            return None
        head = self.noun_head(doc, measured.end, first)
        return self.item_of(doc, head) if head is not None and head.i < k else None

    @staticmethod
    def far_to(doc: Doc, k: int) -> int:
        """The `to` of `from X … to Y` past a few words on X (`from $52,100 at 9.30am on Monday to
        $49,870`, `from $90 a tonne to $61.25`), in the same clause: its token, or k."""
        for j in range(k, min(len(doc), k + FROM_GAP)):
            token = doc[j]
            if token.lower_ == "to":
                return j
            if token.is_punct or token.is_sent_start or token.pos_ == "CCONJ" or token.tag_ in FINITE_TAGS:
                break  # not past a clause of its own; a participle is fine: `from 21 mpg combined to 23`
        return k

    # ---- output

    def set_annotations(self, doc: Doc, readings: list[Reading]) -> None:
        records = [to_record(doc, n, reading) for n, reading in enumerate(readings)]
        doc._.quantities = records
        doc.spans[SPAN_KEY] = [
            Span(doc, reading.start, reading.end, label=record["item"] or record["unit"] or "quantity")
            for reading, record in zip(readings, records, strict=True)
        ]


def to_record(doc: Doc, n: int, reading: Reading) -> dict:
    """A Quantity-shaped dict (`storyline.model.Quantity` without `doc`).

    A full stop the tokenizer glued to the last word (`£885m.` at a sentence end) is left out.
    """
    span = doc[reading.start : reading.end]
    text = span.text.rstrip(".")
    return {
        "id": f"qty{n}",
        "text": text,
        "low": reading.low,
        "high": reading.high,
        "approx": reading.approx,
        "unit": reading.unit,
        "item": reading.item or "",
        "change": reading.change,
        "start": span.start_char,
        "end": span.start_char + len(text),
    }


@Language.factory(
    "storyline_quantities",
    default_config={"lexicon": "quantities.yaml", "antecedent_sentences": 1},
    assigns=["doc._.quantities", "doc.spans"],
    requires=["token.pos", "token.tag", "token.lemma", "token.dep"],
)
def make_quantity_extractor(
    nlp: Language, name: str, lexicon: str, antecedent_sentences: int
) -> QuantityExtractor:
    """Factory: the word lists file, and how many sentences back `five landed` looks for what it counts."""
    return QuantityExtractor(lexicon, antecedent_sentences)


def rate_of_range(first: str | None, second: str | None) -> str | None:
    """The unit of a range: the second bound's, but the first's rate where only the first names one (`from $80 per
    tonne to $62.50` is USD/tonne both ends)."""
    if first and "/" in first and not (second and "/" in second):
        return first
    return second or first


# ---- lookups used by the other extractors


def quantity_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The quantity inside or overlapping a character range, counts of an item before measures and money.

    Example: `quantity_for_span(doc, sent.start_char, sent.end_char)` → the `more than 400 UAVs` record.

    :param doc: a Doc the `storyline_quantities` component has run over
    :param start_char: start of the range in `doc.text`
    :param end_char: end of the range, exclusive
    """

    def overlap(quantity: dict) -> int:
        return min(quantity["end"], end_char) - max(quantity["start"], start_char)

    overlapping = [q for q in doc._.quantities or [] if overlap(q) > 0]
    if not overlapping:
        return None
    return min(overlapping, key=lambda q: (q["unit"] is not None, -overlap(q), q["start"]))

"""Guards: numbers that count nothing (dates, years, names, phone numbers), and elliptical amounts."""

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.nlp.quantities.common import (
    ELLIPTICAL_ROLES,
    FRACTION,
    HYPHENS,
    PARTICIPLE_TAGS,
    PHONE_DIGITS,
    PHONE_LIKE,
    PLURAL_TAGS,
    YEAR_LIKE,
    Reading,
    attached,
    is_joining_hyphen,
    token_at,
)
from storyline.nlp.quantities.items import amount_root, skip_determiners

BARE_ROLES = {"pobj", "dobj", "conj", "npadvmod", "nsubj", "nsubjpass", "oprd", "ROOT"}
"""Parse roles of a figure standing alone in its clause (not a modifier of a noun it does not count)."""


ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
"""`MPs`, `SUVs`: a plural the tagger may read as singular."""
CONVERSION_MARKS = {"(", "/", ","}
AGE_UNIT, AGE_ITEM = "year", "age"


SUSPENDED_GAP = 8
"""Tokens from a suspended hyphen (`four-,`) to the compound that completes it."""


def with_suspended_hyphen(doc: Doc, reading: Reading, later: list[Reading]) -> Reading | None:
    """`four-, five- and six-cylinder engines`: an amount left hanging on a hyphen takes the unit and item
    of the compound after it."""
    k = reading.end
    if doc[k - 1].text[-1:] in HYPHENS and len(doc[k - 1]) > 1:  # `four-` as one token
        k -= 1
    elif not is_joining_hyphen(doc, token_at(doc, k)):
        return None
    if not (k + 1 < len(doc) and doc[k + 1].lower_ in {",", "and", "or"}):
        return None
    for other in later:
        if other.start - k > SUSPENDED_GAP:
            break
        joint = token_at(doc, other.numbers[-1] + 1)
        if other.item_found and joint is not None and joint.text in HYPHENS:
            return replace(reading, unit=other.unit, item=other.item, item_found=True)
    return None


def preposition_of(doc: Doc, reading: Reading) -> str | None:
    """The preposition whose object the amount is (`at` in `ended at 1,334.20`), or None."""
    root = amount_root(doc, reading)
    return root.head.lower_ if root.dep_ == "pobj" else None


def with_bounds_of(previous: Reading, reading: Reading) -> Reading:
    """The bounds and approximation of the amount a conversion restates."""
    low = None if previous.low is None else reading.low
    high = None if previous.high is None else reading.high
    return replace(reading, low=low, high=high, approx=reading.approx or previous.approx,
                   modified=previous.modified)


class Guards:
    """Drop what counts nothing (`lexicon`: a QuantityLexicon; `antecedent_sentences`: int)."""

    def filter(self, doc: Doc, readings: list[Reading]) -> list[Reading]:
        """Drop what counts nothing; give amounts without a noun the item counted just before."""
        sentence_of = sentence_numbers(doc)
        kept: list[Reading] = []
        for n, reading in enumerate(readings):
            if self.is_not_a_count(doc, reading):
                continue
            if reading.item is None:
                reading = with_suspended_hyphen(doc, reading, readings[n + 1 : n + 3]) or reading
            if reading.item is None:
                reading = self.with_age(doc, reading) or reading
            if reading.item is None:
                counted = self.with_antecedent(doc, reading, kept, sentence_of)
                if counted is None and not self.is_bare_figure(doc, reading):
                    continue
                reading = counted or reading
            if kept and self.is_conversion(doc, kept[-1], reading):
                reading = with_bounds_of(kept[-1], reading)
            kept.append(reading)
        return self.with_elliptical_units(doc, kept, sentence_of)

    def with_elliptical_units(self, doc: Doc, readings: list[Reading], sentence_of: list[int]) -> list[Reading]:
        """A bare figure takes the unit and item of the amount it is read against: `raised 280 million of the
        1.5 billion shekels`, `DAX increased by 2 percent but Nasdaq decreased by 1`, `ended at 1,463.78
        points, … to end at 1,334.20` (the same preposition in the same sentence), `from about 14-18 mpg to
        24` (`to` after `from`). A part with no noun counts the noun of the whole its `of` phrase counts
        (`is_part_of`: `15 of the 40 passengers`, `40% of its 300 workers`)."""
        out = list(readings)
        for n, reading in enumerate(out):
            following = out[n + 1] if n + 1 < len(out) else None
            if following is not None and is_part_of(doc, reading, following):
                out[n] = replace(reading, item=following.item)
                continue
            if reading.item is not None or reading.unit is not None or reading.kind != "count":
                continue
            k = reading.end
            if following is not None and k < len(doc) and doc[k].lower_ == "of" and following.unit \
                    and skip_determiners(doc, k + 1) == following.start:
                out[n] = replace(reading, unit=following.unit, item=following.item)
                continue
            preposition = preposition_of(doc, reading)
            for previous in reversed(out[:n]) if preposition else ():
                if sentence_of[previous.start] != sentence_of[reading.start]:
                    break
                before = preposition_of(doc, previous)
                paired = before == preposition or before == self.lexicon.range_from and preposition == "to"
                if (previous.unit or previous.item_found) and paired:
                    out[n] = replace(reading, unit=previous.unit, item=previous.item)
                    break
        return out

    def with_antecedent(
        self, doc: Doc, reading: Reading, kept: list[Reading], sentence_of: list[int]
    ) -> Reading | None:
        """`nine missiles … four were`: an amount without a noun, standing as subject or object, counts
        what was counted just before."""
        if amount_root(doc, reading).dep_ not in ELLIPTICAL_ROLES:
            return None
        for previous in reversed(kept):
            if sentence_of[reading.start] - sentence_of[previous.start] > self.antecedent_sentences:
                break
            if previous.item_found and previous.unit is None:
                return replace(reading, item=previous.item)
        return None

    def with_age(self, doc: Doc, reading: Reading) -> Reading | None:
        """`over the age of 30`, `voters aged 18 to 24`, `died at age 85`, `under the age of five`: an amount with no
        unit right after an age word (`age_words`, or one and `of`) is an age in years (unit year, item age)."""
        if reading.unit is not None or reading.kind != "count":
            return None
        before = token_at(doc, reading.start - 1)
        if before is not None and before.lower_ == "of":
            before = token_at(doc, reading.start - 2)
        if before is None or before.lower_ not in self.lexicon.age_words:
            return None
        return replace(reading, unit=AGE_UNIT, item=AGE_ITEM)

    @staticmethod
    def is_conversion(doc: Doc, previous: Reading, reading: Reading) -> bool:
        """`nearly 150 hp (110 kW)`, `over 9 million rand (about $500,000)`: an amount
        in brackets right after another restates it in other units."""
        between = doc[previous.end : reading.start]
        if reading.modified or not (previous.unit and reading.unit and previous.unit != reading.unit):
            return False
        if not 0 < len(between) <= 2 or not all(t.text in CONVERSION_MARKS for t in between):
            return False
        opened = token_at(doc, previous.start - 1)
        return between[0].text == "(" or between[0].text == "/" and opened is not None and opened.text == "("

    def is_bare_figure(self, doc: Doc, reading: Reading) -> bool:
        """A figure in digits with no noun, standing in the clause: a price, an index level, a total
        (`rose 8.15% to 3.65`, `ended at 1,334.20`, `a fortune of 2.417 billion`, `fell from 102 in 2003 to 81
        last year`). Its item stays empty."""
        if reading.kind != "count" or not any(c.isdigit() for c in doc[reading.numbers[0]].text):
            return False
        if amount_root(doc, reading).dep_ in BARE_ROLES:
            return True
        opener = token_at(doc, reading.start - 1)  # `from 102 in 2003 to 81`: the object of `from` stands
        from_range = reading.ranged and opener is not None and opener.lower_ == self.lexicon.range_from
        return from_range and doc[reading.numbers[0]].dep_ in BARE_ROLES

    def is_not_a_count(self, doc: Doc, reading: Reading) -> bool:
        """Dates, clock times, fractions; for digits also years, names, scores, phone and document numbers."""
        first, last = doc[reading.numbers[0]], doc[reading.numbers[-1]]
        before, after = token_at(doc, first.i - 1), token_at(doc, last.i + 1)
        if self.is_month(before) or self.is_month(after):
            return True
        if after is not None and after.lower_ in self.lexicon.time_markers or self.is_fraction(doc, last):
            return True
        if reading.kind != "count":
            return False
        inside_words = before is not None and not before.is_punct and not first.is_sent_start
        if first.is_alpha and first.text[:1].isupper() and inside_words:
            return True  # `the Six Nations`, `Formula One`: a number word capitalized inside a name
        if after is not None and after.is_alpha and attached(doc, last.i) and reading.unit is None:
            return True  # `3G`, `4K`: a code
        if self.is_year(doc, reading, first) or is_hyphen_tail(doc, first) or is_phone_number(doc, first):
            return True
        if self.is_model_or_address(doc, reading, first, after):
            return True
        if not reading.ranged and is_joining_hyphen(doc, after) and attached(doc, after.i):
            following = token_at(doc, after.i + 1)
            if following is not None and following.text[:1].isdigit():
                return True  # `ruled 5-4`, `2-0 down`: a score or a vote
        if before is not None and before.lower_ in self.lexicon.identifier_words and not reading.modified:
            return True  # `Resolution 2231`
        after_name = before is not None and before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper()
        return after_name and not reading.item_found and reading.unit is None and not reading.modified

    @staticmethod
    def is_model_or_address(doc: Doc, reading: Reading, first: Token, after: Token | None) -> bool:
        """`iPhone 11 Pro`, `787 Dreamliner`, `575 Wilbraham Road`, `the 90049 ZIP Code`: digits followed by
        a name (a capitalized proper noun or adjective, not a nationality) that counts no plural noun, or
        between two names; not `5 Chinese ballistic missiles`, `11 Dongfeng-class missiles`, `3 Apache
        helicopters`, `the 14 Liberal MPs`."""
        if not first.text.isdigit() or reading.unit is not None or reading.modified or after is None:
            return False  # models and house numbers are integers: `0.5 WAR` is a measure
        if not after.text[:1].isupper() or after.ent_type_ == "NORP":
            return False
        if is_joining_hyphen(doc, token_at(doc, after.i + 1)):
            return False
        before = token_at(doc, first.i - 1)
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isalpha() and not first.is_sent_start:
            return after.pos_ in ("PROPN", "ADJ", "NOUN")  # `iPhone 11 Pro cameras`: a name on both sides
        if after.pos_ not in ("PROPN", "ADJ"):
            return False  # `12 Mini deal`: a capital adjective inside a name
        head = doc[reading.end - 1]
        return head.tag_ not in PLURAL_TAGS and not ACRONYM_PLURAL.match(head.text)  # not `the 14 Liberal MPs`

    def is_month(self, token: Token | None) -> bool:
        return token is not None and token.text[:1].isupper() and token.lower_ in self.lexicon.months

    def is_fraction(self, doc: Doc, last: Token) -> bool:
        """`two thirds`, `one-quarter`."""
        after = token_at(doc, last.i + 1)
        if is_joining_hyphen(doc, after):
            after = token_at(doc, last.i + 2)
        return after is not None and after.lower_ in self.lexicon.fractions

    def is_year(self, doc: Doc, reading: Reading, first: Token) -> bool:
        """A bare four-digit integer in the year range, or a range of two (`between 1600 and 1900`), unless
        it counts a plural noun (`1500 troops`)."""
        if len(reading.numbers) > 1 + reading.ranged or reading.unit or reading.modified:
            return False
        low, high = self.lexicon.year_range
        years = [doc[i].text for i in reading.numbers if doc[i].text not in HYPHENS]
        if not all(YEAR_LIKE.match(year) and low <= int(year) <= high for year in years):
            return False
        counts_plural = reading.item_found and doc[reading.end - 1].tag_ in PLURAL_TAGS
        return not counts_plural or first.ent_type_ == "DATE"


def is_part_of(doc: Doc, part: Reading, whole: Reading) -> bool:
    """`15 of the 40 passengers`, `40% of its 300 workers`, `two-thirds of the remaining 1,500 homes`: a count, share
    or percentage with no noun of its own, whose `of` phrase is another amount counting a noun, counts that noun (the
    whole's item), in its own unit."""
    k = part.end
    if part.item_found or part.kind != "count" or part.unit not in (None, "percent", FRACTION):
        return False
    if whole.unit is not None or not whole.item_found or k >= len(doc) or doc[k].lower_ != "of":
        return False
    j = skip_determiners(doc, k + 1)
    while j < whole.start and (doc[j].pos_ == "ADJ" or doc[j].tag_ in PARTICIPLE_TAGS):  # `of the remaining 1,500`
        j += 1
    return j == whole.start


def is_hyphen_tail(doc: Doc, first: Token) -> bool:
    """`Su-35`, `F-16`, a `2-1` vote: a number hyphenated to the word or number before it."""
    hyphen = token_at(doc, first.i - 1)
    if not is_joining_hyphen(doc, hyphen) or not attached(doc, hyphen.i):
        return False
    return doc[hyphen.i - 1].text[-1:].isalnum()


def is_phone_number(doc: Doc, first: Token) -> bool:
    """`555-1234`, `+44-20-7946-0000`: the whitespace-free chunk around the number."""
    start = end = first.i  # walked over tokens: `doc.text` is built anew on every access
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and not doc[end + 1].is_space:
        end += 1
    chunk = doc[start : end + 1].text.rstrip(".,;:)")
    return bool(PHONE_LIKE.match(chunk)) and sum(c.isdigit() for c in chunk) >= PHONE_DIGITS


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number (all 0 where no component set sentences)."""
    numbers = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for n, sentence in enumerate(doc.sents):
            numbers[sentence.start : sentence.end] = [n] * len(sentence)
    return numbers



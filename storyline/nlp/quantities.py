"""Quantities: every number that counts or measures something, with normalized bounds.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

Reads digits (`1,700`, `2.5`, `£15.8m`), number words (`twenty-two`, `a dozen`), vague amounts
(`several hundred`, `thousands`, `tens of thousands`), money, percentages and simple units; sets
bounds from modifiers (`more than`, `up to`, `about`) and ranges (`300-400`, `between 3 and 5`);
and names the item from the noun phrase that follows (`more than 400 UAVs` → drone), from `of`
(`thousands of drones`), or, for an amount with no noun (`five landed`), from the item counted just
before. Dates, years, clock times, fractions, model names and document numbers (`Resolution 2231`)
are not quantities. Every word list is in `storyline/resources/quantities.yaml`.

Other extractors link amounts to their records through `quantity_for_span`.
"""

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.resources import load_resource

try:  # registers all of storyline's Doc attributes at once
    from storyline.nlp import extensions  # noqa: F401
except ImportError:  # the component also runs without the rest of storyline
    pass
if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)

SPAN_KEY = "storyline_quantities"
DIGITS = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[a-z]+)?$", re.I)
YEAR_LIKE = re.compile(r"^\d{4}$")
PHONE_LIKE = re.compile(r"^\+?\(?\d[\d().-]*-[\d().-]*\d$")
PHONE_DIGITS = 7
NOUNS = {"NOUN", "PROPN"}
PLURAL_TAGS = {"NNS", "NNPS"}
PARTICIPLE_TAGS = {"VBN", "VBG"}
HYPHENS = {"-", "–", "‑"}
ARTICLES = {"a", "an"}
ELLIPTICAL_ROLES = {"nsubj", "nsubjpass", "dobj", "conj"}
"""Parse roles of an amount standing for its noun (`four were`, `five landed`); not `he was 14`."""
NAME_ENTITIES = {"PERSON", "GPE", "ORG", "FAC", "LOC"}
"""A noun in these entities is named, not counted: `world number one Peter Norfolk`."""
NOUN_PHRASE_LIMIT = 8
"""Tokens scanned after an amount for the noun it counts."""


class PhraseTable:
    """Word sequences mapped to a value, matched token by token from a position, longest first."""

    def __init__(self, entries: dict[str, object], by_lemma: bool = False):
        self.by_lemma = by_lemma
        self.by_first_word: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in entries.items():
            words = tuple(str(phrase).lower().split())
            self.by_first_word.setdefault(words[0], []).append((words, value))
        for options in self.by_first_word.values():
            options.sort(key=lambda option: -len(option[0]))

    @classmethod
    def of_classes(cls, classes: dict[str, list[str]]) -> "PhraseTable":
        """`{"lower": ["more than", "over"]}`: each phrase matches its class name."""
        return cls({phrase: label for label, phrases in classes.items() for phrase in phrases})

    def forms(self, token: Token) -> tuple[str, ...]:
        """Lowercase text, without a glued sentence stop (`m.`), and the lemma where asked."""
        forms = (token.lower_, token.lower_.rstrip("."))
        return (*forms, token.lemma_.lower()) if self.by_lemma else forms

    def match(self, doc: Doc, i: int) -> tuple[object, int] | None:
        """(value, end token) of the longest phrase starting at token i, or None."""
        if i >= len(doc):
            return None
        for first in self.forms(doc[i]):
            for words, value in self.by_first_word.get(first, ()):
                end = i + len(words)
                if end <= len(doc) and all(word in self.forms(doc[i + n]) for n, word in enumerate(words)):
                    return value, end
        return None


@dataclass
class QuantityLexicon:
    """The word lists of `quantities.yaml`, keyed for token-by-token matching."""

    number_words: dict[str, int]
    pronoun_numbers: set[str]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    ambiguous_abbreviations: set[str]
    vague_amounts: PhraseTable
    vague_units: dict[str, tuple[float, float, str]]
    modifiers: PhraseTable
    post_modifiers: PhraseTable
    range_connectors: set[str]
    range_opener: str
    range_and: str
    change_openers: set[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    currency_items: dict[str, str]
    money_prepositions: PhraseTable
    percent: PhraseTable
    units: PhraseTable
    time_units: set[str]
    item_synonyms: list[tuple[tuple[str, ...], str]]
    months: set[str]
    year_range: tuple[int, int]
    time_markers: set[str]
    identifier_words: set[str]
    fractions: dict[str, float]
    partitive_pronouns: set[str]

    @classmethod
    def load(cls, name: str) -> "QuantityLexicon":
        """Read the lexicon file (`load_resource` caches the YAML)."""
        data = load_resource(name)
        currencies = data["currencies"]
        synonyms = [(tuple(k.split()), v) for k, v in data["item_synonyms"].items()]
        vague_amounts = {k: (float(low), float(high)) for k, (low, high) in data["vague_amounts"].items()}
        vague_units = {
            k: (float(u["low"]), float(u["high"]), u["unit"]) for k, u in data["vague_units"].items()
        }
        units = {k: (v["unit"], v.get("item")) for k, v in data["units"].items()}
        return cls(
            number_words=data["number_words"],
            pronoun_numbers=set(data["pronoun_numbers"]),
            scales={k: float(v) for k, v in data["scales"].items()},
            scale_abbreviations={k: float(v) for k, v in data["scale_abbreviations"].items()},
            ambiguous_abbreviations=set(data["ambiguous_abbreviations"]),
            vague_amounts=PhraseTable(vague_amounts),
            vague_units=vague_units,
            modifiers=PhraseTable.of_classes(data["modifiers"]),
            post_modifiers=PhraseTable.of_classes(data["post_modifiers"]),
            range_connectors=set(data["range_connectors"]),
            range_opener=data["range_between"]["opener"],
            range_and=data["range_between"]["connector"],
            change_openers=set(data["change_openers"]),
            currency_symbols={s: code for code, c in currencies.items() for s in c["symbols"]},
            currency_words={w: code for code, c in currencies.items() for w in c["words"]},
            currency_items={code: c["item"] for code, c in currencies.items()},
            money_prepositions=PhraseTable.of_classes({"of": ["of"], "other": data["money_prepositions"]}),
            percent=PhraseTable.of_classes({"percent": data["percent"]}),
            units=PhraseTable(units, by_lemma=True),
            time_units=set(data["time_units"]),
            item_synonyms=sorted(synonyms, key=lambda synonym: -len(synonym[0])),
            months=set(data["months"]),
            year_range=tuple(data["year_range"]),
            time_markers=set(data["time_markers"]),
            identifier_words=set(data["identifier_words"]),
            fractions={k: float(v) for k, v in data["fractions"].items()},
            partitive_pronouns=set(data["partitive_pronouns"]),
        )


@dataclass
class Reading:
    """One amount as read from the tokens, before it becomes a Quantity dict."""

    start: int
    """First token of the text (the modifier where there is one)."""
    end: int
    """Token after the text."""
    low: float | None
    high: float | None
    approx: bool = False
    unit: str | None = None
    item: str | None = None
    numbers: list[int] = field(default_factory=list)
    """Tokens holding the digits or number words: what the guards look around."""
    scale: float = 1.0
    """The scale's factor (`4 million` → 1e6), which a range's first number shares: `3 to 4 million`."""
    kind: str = "count"
    """`count` (digits, number words), `vague` (several, thousands) or `one` (`a` before a unit)."""
    modified: bool = False
    ranged: bool = False
    item_found: bool = False
    """The text names the item: a counted or measured noun, or a unit that is its own item (`22-year-old`)."""


def token_at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def attached(doc: Doc, i: int) -> bool:
    """Token i is written against the next one, with no space: `15.8` `m`, `22` `-`."""
    return i + 1 < len(doc) and not doc[i].whitespace_


class QuantityExtractor:
    """Find amounts, drop those that count nothing, then write `doc._.quantities` and the spans."""

    def __init__(self, lexicon: str, antecedent_sentences: int):
        self.lexicon = QuantityLexicon.load(lexicon)
        self.antecedent_sentences = antecedent_sentences

    def __call__(self, doc: Doc) -> Doc:
        readings = self.find_candidates(doc)
        readings = self.filter(doc, readings)
        self.set_annotations(doc, readings)
        return doc

    # ---- candidates

    def find_candidates(self, doc: Doc) -> list[Reading]:
        """Left to right, the longest amount starting at each token; amounts never overlap."""
        readings: list[Reading] = []
        i = 0
        while i < len(doc):
            reading = self.reading_at(doc, i)
            if reading is None:
                i += 1
                continue
            readings.append(reading)
            i = reading.end
        return readings

    def reading_at(self, doc: Doc, i: int) -> Reading | None:
        modifier = self.lexicon.modifiers.match(doc, i)
        if modifier and self.is_preposition(doc, i, modifier[1]):
            modifier = None
        if modifier:
            bound, start = modifier
            reading = self.amount_at(doc, start, allow_article=True)
            if reading:
                return self.with_noun(doc, apply_bound(replace(reading, start=i, modified=True), bound))
        reading = self.between_at(doc, i) or self.amount_at(doc, i, allow_article=False)
        return self.with_noun(doc, reading) if reading else None

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
        is_change = i > 0 and doc[i - 1].lower_ in self.lexicon.change_openers
        if first.kind == "count" and not is_change:
            reading = self.range_after(doc, first, reading, self.lexicon.range_connectors) or reading
        post = self.lexicon.post_modifiers.match(doc, reading.end)
        if post:
            bound, end = post
            reading = apply_bound(replace(reading, end=end, modified=True), bound)
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
        self, doc: Doc, first: Reading, measured: Reading, connectors: set[str]
    ) -> Reading | None:
        """`300 to 400`, `3% to 3.5%`, `$3-$4 billion`, `two or three`: one reading low..high, or None.

        The connector may follow the first number or its unit; units must agree where both have one.
        """
        for k in sorted({first.end, measured.end}):
            if k >= len(doc) or doc[k].lower_ not in connectors:
                continue
            second = self.value_at(doc, k + 1, allow_article=False)
            if second is None or second.kind != "count":
                continue
            second = self.with_unit(doc, second)
            if measured.unit and second.unit and measured.unit != second.unit:
                continue
            low, high = first.low, second.high
            if first.scale == 1 and low * second.scale <= high:
                low *= second.scale
            if low < high:
                return replace(
                    second, start=first.start, low=low, unit=second.unit or measured.unit,
                    item=second.item or measured.item, numbers=first.numbers + second.numbers, ranged=True,
                )
        return None

    def value_at(self, doc: Doc, i: int, allow_article: bool) -> Reading | None:
        """The bare amount at token i, a currency symbol before it included (None past the end)."""
        if i >= len(doc):
            return None  # `ninety -` or `an estimated` ending the text
        lex = self.lexicon
        unit = lex.currency_symbols.get(doc[i].lower_)
        k = i + 1 if unit else i
        if k >= len(doc):
            return None
        item = lex.currency_items.get(unit)
        if not unit and doc[k].lower_ in lex.vague_units:
            low, high, time_unit = lex.vague_units[doc[k].lower_]
            return Reading(
                i, k + 1, low, high, True, time_unit, time_unit, [k], kind="vague", item_found=True
            )
        vague = lex.vague_amounts.match(doc, k)
        if vague:
            (low, high), end = vague
            factor, end = self.scale_after(doc, end, vague=True)
            low, high = low * factor, high * factor
            return Reading(i, end, low, high, True, unit, item, list(range(k, end)), kind="vague")
        fraction = 1.0
        if doc[k].lower_ in lex.fractions and k + 1 < len(doc) and doc[k + 1].lower_ in ARTICLES:
            fraction = lex.fractions[doc[k].lower_]  # `half a million`
        number = self.number_at(doc, k + (fraction != 1.0), money=unit is not None)
        if number:
            value, scale, end = number
            value *= fraction
            numbers = list(range(k, end))
            return Reading(i, end, value, value, unit=unit, item=item, numbers=numbers, scale=scale)
        if allow_article and not unit and doc[k].lower_ in ARTICLES and self.unit_at(doc, k + 1):
            return Reading(i, k + 1, 1.0, 1.0, numbers=[k], kind="one")  # `more than a month`
        return None

    def number_at(self, doc: Doc, k: int, money: bool) -> tuple[float, float, int] | None:
        """Digits or number words at token k, times any scale after them: (value, scale, end)."""
        lex = self.lexicon
        word = doc[k].lower_
        match = DIGITS.match(doc[k].text)
        if match:
            value, end = float(match["number"].replace(",", "")), k + 1
            suffix = (match["suffix"] or "").lower()
            if suffix and suffix not in lex.scale_abbreviations:
                return None  # `2nd`, `1990s`
            abbreviation = suffix or (doc[end].lower_.rstrip(".") if attached(doc, k) else "")
            after = end + (not suffix)
            if abbreviation in lex.scale_abbreviations and self.is_scale(doc, after, abbreviation, money):
                factor, end = self.scale_after(doc, after, vague=False)
                factor *= lex.scale_abbreviations[abbreviation]
                return value * factor, factor, end
        elif word in lex.number_words:
            value, end = float(lex.number_words[word]), k + 1
            unit_word = token_at(doc, end + 1)
            if (value >= 20 and value % 10 == 0 and attached(doc, k) and doc[end].text in HYPHENS
                    and unit_word is not None and lex.number_words.get(unit_word.lower_, 10) < 10):
                value, end = value + lex.number_words[unit_word.lower_], end + 2  # `twenty-two`
        elif word in ARTICLES and k + 1 < len(doc) and doc[k + 1].lower_ in lex.scales:
            value, end = 1.0, k + 1  # `a dozen`, `a million`
        else:
            return None
        factor, end = self.scale_after(doc, end, vague=False)
        return value * factor, factor, end

    def is_scale(self, doc: Doc, after: int, abbreviation: str, money: bool) -> bool:
        """`m` is million for money or before a plural noun (`£5m`, `3m people`), else metres (`10m wall`)."""
        if abbreviation not in self.lexicon.ambiguous_abbreviations or money:
            return True
        following = token_at(doc, after)
        if following is None:
            return False
        return following.tag_ in PLURAL_TAGS or self.currency_word(following) is not None

    def scale_after(self, doc: Doc, k: int, vague: bool) -> tuple[float, int]:
        """`hundred`, `million` … after an amount, and after a vague one `of thousands`: (factor, end)."""
        factor = 1.0
        while k < len(doc):
            scale = self.lexicon.scales.get(doc[k].lower_)
            if scale:
                factor, k = factor * scale, k + 1
                continue
            following = token_at(doc, k + 1)
            is_plural_scale = following is not None and following.lower_ != following.lemma_.lower()
            plural_scale = self.lexicon.scales.get(following.lemma_.lower()) if is_plural_scale else None
            if vague and doc[k].lower_ == "of" and plural_scale:
                factor, k = factor * plural_scale, k + 2
                continue
            break
        return factor, k

    # ---- units

    def currency_word(self, token: Token) -> str | None:
        words = self.lexicon.currency_words
        return words.get(token.lemma_.lower()) or words.get(token.lower_)

    def unit_at(self, doc: Doc, k: int) -> tuple[str, str, int] | None:
        """A currency word, percent sign, measure or time unit at token k: (unit, item, end)."""
        lex = self.lexicon
        if k >= len(doc):
            return None
        code = self.currency_word(doc[k])
        if code:
            return code, lex.currency_items[code], k + 1
        percent = lex.percent.match(doc, k)
        if percent:
            return "percent", "percent", percent[1]
        unit = lex.units.match(doc, k)
        if unit:
            (code, item), end = unit
            return code, item or " ".join(t.lemma_.lower() for t in doc[k:end]), end
        lemma = doc[k].lemma_.lower()
        if lemma in lex.time_units:
            return lemma, lemma, k + 1
        return None

    def with_unit(self, doc: Doc, reading: Reading) -> Reading:
        """Add the unit written after the amount: `dollars`, `of dollars`, `%`, `km`, `-year-old`."""
        if reading.item_found:  # `decades` is its own unit
            return reading
        k = reading.end
        following = token_at(doc, k + 1)
        if reading.kind == "vague" and k < len(doc) and doc[k].lower_ == "of":
            code = self.currency_word(following) if following is not None else None
            if code:  # `billions of dollars`
                return replace(reading, unit=code, item=self.lexicon.currency_items[code], end=k + 2)
            return reading
        hyphenated = is_joining_hyphen(doc, token_at(doc, k))
        found = self.unit_at(doc, k + hyphenated)
        if found is None:
            return reading
        unit, item, end = found
        is_money = unit in self.lexicon.currency_items
        if hyphenated:  # `22-year-old`, `10-day`: a compound adjective whose unit is the item
            if is_money:
                return reading
            adjective = token_at(doc, end + 1)
            joined = is_joining_hyphen(doc, token_at(doc, end))
            if joined and adjective is not None and adjective.pos_ == "ADJ":
                end += 2  # `-old`
            return replace(reading, unit=unit, item=item, end=end, item_found=True)
        if reading.unit in self.lexicon.currency_items and not is_money:
            return reading
        return replace(reading, unit=unit, item=item, end=end)

    # ---- the counted noun

    def with_noun(self, doc: Doc, reading: Reading) -> Reading | None:
        """Extend the reading over the noun it counts or pays for and name its item.

        Money takes the noun after `of`, `in`, `worth of` (`$5m in aid`), else the noun phrase that
        follows (`$40 billion deal`). A count takes the noun phrase that follows (`400 UAVs`), else the
        noun after `of` (`thousands of drones`), as do measures but durations (`40% of voters`, `2,000
        tonnes of wheat`). A measure with neither keeps its unit as item; a count with neither is left
        without an item for `with_antecedent`, except `one`, which is then a pronoun (None).
        """
        if reading.item_found:
            return reading
        is_money = reading.unit in self.lexicon.currency_items
        measured = self.with_measured_noun(doc, reading, is_money) if is_money else None
        if measured:
            return measured
        if reading.unit is None or is_money:
            head = self.noun_head(doc, reading.end, reading)
            compound = is_joining_hyphen(doc, token_at(doc, reading.end))  # `a one-off payment`
            if head is not None and not (compound and self.is_pronoun(doc, reading)):
                return replace(reading, end=head.i + 1, item=self.item_of(doc, head), item_found=True)
        if reading.unit is None and self.is_pronoun(doc, reading):
            return None
        if is_money or reading.unit in self.lexicon.time_units:
            return reading
        return self.with_measured_noun(doc, reading, is_money) or reading

    def with_measured_noun(self, doc: Doc, reading: Reading, is_money: bool) -> Reading | None:
        """`thousands of drones`, `five of them`, `$5m in aid`, `millions of euros” worth of grain`."""
        k = reading.end
        while k < len(doc) and doc[k].is_quote:
            k += 1
        if is_money:
            preposition = self.lexicon.money_prepositions.match(doc, k)
        else:
            preposition = ("of", k + 1) if k < len(doc) and doc[k].lower_ == "of" else None
        if preposition is None:
            return None
        kind, k = preposition
        if kind == "of" and k < len(doc) and doc[k].lower_ in self.lexicon.partitive_pronouns:
            return replace(reading, end=k + 1)  # `five of them`: the item is the one counted before
        head = self.noun_head(doc, skip_determiners(doc, k), reading)
        if head is None or kind != "of" and head.pos_ != "NOUN":
            return None
        return replace(reading, end=head.i + 1, item=self.item_of(doc, head), item_found=True)

    def is_pronoun(self, doc: Doc, reading: Reading) -> bool:
        """`one of them`, `the one that`, `a one-off`: `one` without its own noun is a pronoun."""
        return doc[reading.numbers[0]].lower_ in self.lexicon.pronoun_numbers and not reading.ranged

    def noun_head(self, doc: Doc, k: int, reading: Reading) -> Token | None:
        """The head of the noun phrase starting at token k: `12 Arleigh-class guided destroyers` → destroyers.

        The phrase runs over adjectives, nouns, participles and joining hyphens, and ends at anything
        else, at a date after a noun, at a proper noun after a common one (`missiles Thursday`) and at
        the sentence end. A noun joined by a hyphen to the next word is a modifier (`Arleigh-class`),
        and one inside a name (`Peter Norfolk`) is not counted.
        The head is the noun the amount hangs from in the parse if it is in the phrase, else the first
        plural noun, else the last noun.
        """
        end = doc[reading.start].sent.end if doc.has_annotation("SENT_START") else len(doc)
        phrase: list[Token] = []
        for token in doc[k : min(k + NOUN_PHRASE_LIMIT, end)]:
            if not continues_noun_phrase(doc, token, phrase):
                break
            phrase.append(token)
        while phrase and phrase[-1].text in HYPHENS:  # `$639m year-earlier`: the compound goes on past it
            phrase = phrase[:-2]
        nouns = [
            t for t in phrase
            if is_word_noun(t) and t.ent_type_ not in NAME_ENTITIES and t.lower_ not in self.lexicon.fractions
            and not is_joining_hyphen(doc, token_at(doc, t.i + 1))
        ]
        if not nouns:
            return None
        syntactic = syntactic_head(doc, reading)
        if syntactic in nouns:
            return syntactic
        plural = [t for t in nouns if t.tag_ in PLURAL_TAGS]
        if plural and (reading.high or reading.low or 0) > 1:
            return plural[0]
        return nouns[-1]

    def item_of(self, doc: Doc, head: Token) -> str:
        """The lemma of the counted noun, through the synonym table (`UAVs` → drone)."""
        lemmas = [t.lemma_.lower() for t in doc[max(0, head.i - 3) : head.i + 1]]
        for words, item in self.lexicon.item_synonyms:
            if tuple(lemmas[-len(words) :]) == words:
                return item
        return lemmas[-1]

    # ---- filtering

    def filter(self, doc: Doc, readings: list[Reading]) -> list[Reading]:
        """Drop what counts nothing; give amounts without a noun the item counted just before."""
        sentence_of = sentence_numbers(doc)
        kept: list[Reading] = []
        for reading in readings:
            if self.is_not_a_count(doc, reading):
                continue
            if reading.item is None:
                reading = self.with_antecedent(doc, reading, kept, sentence_of)
                if reading is None:
                    continue
            kept.append(reading)
        return kept

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
        if before is not None and before.lower_ in self.lexicon.identifier_words and not reading.modified:
            return True  # `Resolution 2231`
        after_name = before is not None and before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper()
        return after_name and not reading.item_found and reading.unit is None and not reading.modified

    def is_month(self, token: Token | None) -> bool:
        return token is not None and token.text[:1].isupper() and token.lower_ in self.lexicon.months

    def is_fraction(self, doc: Doc, last: Token) -> bool:
        """`two thirds`, `one-quarter`."""
        after = token_at(doc, last.i + 1)
        if is_joining_hyphen(doc, after):
            after = token_at(doc, last.i + 2)
        return after is not None and after.lower_ in self.lexicon.fractions

    def is_year(self, doc: Doc, reading: Reading, first: Token) -> bool:
        """A bare four-digit integer in the year range, unless it counts a plural noun (`1500 troops`)."""
        if len(reading.numbers) != 1 or reading.unit or reading.modified or not YEAR_LIKE.match(first.text):
            return False
        low, high = self.lexicon.year_range
        if not low <= int(first.text) <= high:
            return False
        counts_plural = reading.item_found and doc[reading.end - 1].tag_ in PLURAL_TAGS
        return not counts_plural or first.ent_type_ == "DATE"

    # ---- output

    def set_annotations(self, doc: Doc, readings: list[Reading]) -> None:
        records = [to_record(doc, n, reading) for n, reading in enumerate(readings)]
        doc._.quantities = records
        doc.spans[SPAN_KEY] = [
            Span(doc, reading.start, reading.end, label=record["item"] or record["unit"] or "quantity")
            for reading, record in zip(readings, records, strict=True)
        ]


def is_joining_hyphen(doc: Doc, token: Token | None) -> bool:
    """A hyphen written against the word before it: `Arleigh-class`, `22-year-old`."""
    return token is not None and token.text in HYPHENS and token.i > 0 and attached(doc, token.i - 1)


def is_word_noun(token: Token) -> bool:
    return token.pos_ in NOUNS and token.text[:1].isalnum()


def continues_noun_phrase(doc: Doc, token: Token, phrase: list[Token]) -> bool:
    """Adjectives, participles, joining hyphens and nouns, but not a date after a noun nor a named
    one (`Thursday`), nor a proper noun after a common one (`missiles Thursday`)."""
    if not is_word_noun(token):
        return token.pos_ == "ADJ" or token.tag_ in PARTICIPLE_TAGS or is_joining_hyphen(doc, token)
    if token.ent_type_ in ("DATE", "TIME") and (phrase or token.pos_ == "PROPN"):
        return False
    return not (phrase and phrase[-1].pos_ == "NOUN" and token.pos_ == "PROPN")


def apply_bound(reading: Reading, bound: str) -> Reading:
    """A modifier's bound: `lower` (more than), `upper` (up to) or `approx` (about)."""
    if bound == "lower":
        return replace(reading, high=None)
    if bound == "upper":
        return replace(reading, low=None)
    return replace(reading, approx=True)


def amount_root(doc: Doc, reading: Reading) -> Token:
    """The amount's top token in the parse: from its last number up while the head stays inside."""
    inside = range(reading.start, reading.end)
    token = doc[reading.numbers[-1]]
    while token.head.i in inside and token.head.i != token.i:
        token = token.head
    return token


def syntactic_head(doc: Doc, reading: Reading) -> Token | None:
    """The token the amount hangs from in the parse."""
    root = amount_root(doc, reading)
    return root.head if root.head.i != root.i else None


def skip_determiners(doc: Doc, k: int) -> int:
    """Past `the`, `its`, `Russia's` to the noun phrase of a partitive: `two of Russia's allies`."""
    while k < len(doc):
        if doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$":
            k += 1
        elif k + 1 < len(doc) and doc[k + 1].tag_ == "POS":
            k += 2
        else:
            break
    return k


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

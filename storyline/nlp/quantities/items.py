"""Items: the noun an amount counts or measures, named by its lemma."""

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.nlp.quantities.common import (
    FRACTION,
    HYPHENS,
    NAME_ENTITIES,
    NOUN_PHRASE_LIMIT,
    NOUNS,
    PARTICIPLE_TAGS,
    PLURAL_TAGS,
    Reading,
    is_joining_hyphen,
    token_at,
)

SUPERLATIVE_TAGS = {"JJS", "RBS"}
MODEL_DIGITS = 3
"""Digits of a model number that follows no name (`737 Max`)."""


class ItemReader:
    """The counted noun of an amount (`lexicon`: a QuantityLexicon)."""

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
        if reading.unit is None or is_money or reading.unit == FRACTION:
            head = self.noun_head(doc, reading.end, reading)
            compound = is_joining_hyphen(doc, token_at(doc, reading.end))  # `a one-off payment`
            if head is not None and not (compound and self.is_pronoun(doc, reading)):
                return replace(reading, end=head.i + 1, item=self.item_of(doc, head), item_found=True)
        if reading.unit is None and self.is_pronoun(doc, reading):
            return self.one_of(doc, reading)
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

    def one_of(self, doc: Doc, reading: Reading) -> Reading | None:
        """`one of the best wireless speakers`: one of a superlative's plural noun phrase counts 1 of its
        noun; `one of them`, `one of Moscow's weapons`, `the one that` are pronouns (None)."""
        k = reading.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ in self.lexicon.partitive_pronouns:
            return None
        start = skip_determiners(doc, k + 1)
        head = self.noun_head(doc, start, reading)
        if head is None or head.tag_ not in PLURAL_TAGS or head.pos_ != "NOUN":
            return None
        if not any(t.tag_ in SUPERLATIVE_TAGS for t in doc[start : head.i]):
            return None
        return replace(reading, end=head.i + 1, item=self.item_of(doc, head), item_found=True)

    def is_pronoun(self, doc: Doc, reading: Reading) -> bool:
        """`one of them`, `the one that`, `a one-off`: `one` without its own noun is a pronoun."""
        first = doc[reading.numbers[0]].lower_
        return first in self.lexicon.pronoun_numbers and len(reading.numbers) == 1 and not reading.ranged

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
            if not continues_noun_phrase(doc, token, phrase) and not is_model_number(doc, token, reading, phrase):
                break
            if self.names_a_period(doc, token):
                break
            phrase.append(token)
        while phrase and phrase[-1].text in HYPHENS:  # `$639m year-earlier`: the compound goes on past it
            phrase = phrase[:-2]
        nouns = [
            t for t in phrase
            if is_word_noun(t) and (t.ent_type_ not in NAME_ENTITIES or t.pos_ == "NOUN")
            and t.lower_ not in self.lexicon.fractions
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

    def names_a_period(self, doc: Doc, token: Token) -> bool:
        """`last year`, `the previous month`: a deictic word before a time unit in the singular, which ends the
        phrase of the amount before it (`fell to 81 last year`)."""
        after = token_at(doc, token.i + 1)
        return token.lower_ in self.lexicon.deictic_words and after is not None and after.tag_ == "NN" \
            and after.lemma_.lower() in self.lexicon.time_units

    def item_of(self, doc: Doc, head: Token) -> str:
        """The lemma of the counted noun, through the synonym table (`UAVs` → drone, `people` → person); a
        plural proper noun the tagger leaves plural loses its `s` (`Germans` → german, `MPs` → mp)."""
        lemmas = [lemma_of(t) for t in doc[max(0, head.i - 3) : head.i + 1]]
        for words, item in self.lexicon.item_synonyms:
            if tuple(lemmas[-len(words) :]) == words:
                return item
        return lemmas[-1]


def is_word_noun(token: Token) -> bool:
    return token.pos_ in NOUNS and token.text[:1].isalnum()


def lemma_of(token: Token) -> str:
    """The lowercase lemma; for a plural proper noun whose lemma is still plural, without its `s`."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == token.lower_ and len(lemma) > 3 and lemma.endswith("s") \
            and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def continues_noun_phrase(doc: Doc, token: Token, phrase: list[Token]) -> bool:
    """Adjectives, participles, joining hyphens and nouns, but not a date after a noun nor a named
    one (`Thursday`), nor a proper noun after a common one (`missiles Thursday`)."""
    if not is_word_noun(token):
        return (
            token.pos_ == "ADJ" or token.tag_ in PARTICIPLE_TAGS or is_joining_hyphen(doc, token)
            or token.tag_ == "RBS" and not phrase  # `one of the most spectacular catches`
            or joins_adjectives(doc, token, phrase)
        )
    if token.ent_type_ in ("DATE", "TIME") and (
        any(t.pos_ in NOUNS for t in phrase) or token.pos_ == "PROPN"
        or (phrase[0] if phrase else token).ent_iob_ == "B"  # `€4bn last year`, not `the 50 previous years`
    ):
        return False
    return not (phrase and phrase[-1].pos_ == "NOUN" and token.pos_ == "PROPN")


def joins_adjectives(doc: Doc, token: Token, phrase: list[Token]) -> bool:
    """`and` / `or` between two adjectives before the noun: `120 skilled and unskilled workers`, `200 small or
    medium firms`; not after a noun (`300 men and women` counts men)."""
    after = token_at(doc, token.i + 1)
    return token.pos_ == "CCONJ" and bool(phrase) and phrase[-1].pos_ == "ADJ" \
        and all(t.pos_ not in NOUNS for t in phrase) and after is not None and after.pos_ == "ADJ"


def is_model_number(doc: Doc, token: Token, reading: Reading, phrase: list[Token]) -> bool:
    """`two new 737 Max jets`, `three Boeing 747 jets`: whole digits inside the noun phrase of a count written in
    words, after a name or (of MODEL_DIGITS digits or more) before a capitalized noun, are the model's name, not a
    second amount."""
    if not token.text.isdigit() or not doc[reading.numbers[0]].is_alpha or reading.ranged or reading.unit:
        return False
    after = token_at(doc, token.i + 1)
    if after is None or not after.text[:1].isalpha() or is_joining_hyphen(doc, after):
        return False
    after_name = bool(phrase) and phrase[-1].pos_ == "PROPN"
    long_before_name = len(token.text) >= MODEL_DIGITS and after.text[:1].isupper()  # not `their last 10 League games`
    return after.pos_ in NOUNS and (after_name or long_before_name)


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



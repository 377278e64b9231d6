"""The word lists of `quantities.yaml`, keyed for token-by-token matching."""

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.nlp.quantities.common import ARTICLES
from storyline.resources import load_resource


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
        """Lowercase text, without a glued sentence stop or code mark (`m.`, `JPY=`), and the lemma where asked."""
        forms = (token.lower_, token.lower_.rstrip(".="))  # `m.`, and a Reuters code: `JPY=`
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
    range_from: str
    change_openers: set[str]
    currency_symbols: dict[str, str]
    currency_glued: dict[str, str]
    currency_words: dict[str, str]
    currency_phrases: PhraseTable
    currency_items: dict[str, str]
    dollar_prefixes: dict[str, str]
    currency_symbols_after: set[str]
    number_prefixes: dict[str, str]
    negative_words: set[str]
    signs: dict[str, str]
    money_prepositions: PhraseTable
    percent: PhraseTable
    units: PhraseTable
    units_exact: dict[str, tuple[str, str | None]]
    units_glued: dict[str, tuple[str, str | None]]
    rate_nouns: set[str]
    rate_denominators: dict[str, str]
    rate_codes: dict[str, str]
    rate_breakers: set[str]
    time_units: set[str]
    deictic_words: set[str]
    item_synonyms: list[tuple[tuple[str, ...], str]]
    months: set[str]
    year_range: tuple[int, int]
    time_markers: set[str]
    identifier_words: set[str]
    fractions: dict[str, float]
    proportion_words: set[str]
    change_words: dict[str, str]
    change_prepositions: set[str]
    partitive_pronouns: set[str]
    age_words: set[str]

    def first_words(self) -> set[str]:
        """Every word an amount's text can begin with, digits aside: modifiers, `between`, currency
        symbols, number words, vague amounts and units, fractions (`half a million`)."""
        return (
            set(self.modifiers.by_first_word) | set(self.vague_amounts.by_first_word) | {self.range_opener}
            | set(self.currency_symbols) | set(self.number_words) | set(self.vague_units) | set(self.fractions)
            | set(self.dollar_prefixes) | set(self.negative_words) | set(self.currency_words)
        )

    def phrase_openers(self) -> dict[str, set[str]]:
        """The words an amount can begin with only as the first of a modifier of several words (`in` of `in excess
        of`, `at` of `at least`, `not` of `not more than`), each with the second words of those modifiers: no
        table reads such a word alone (`NumberReader.value_at`), so an amount begins there only before one of
        them (`QuantityExtractor.may_start`)."""
        alone = (set(self.currency_symbols) | set(self.dollar_prefixes) | set(self.currency_words)
                 | set(self.vague_units) | set(self.number_words) | set(self.negative_words) | set(self.fractions)
                 | set(self.scales) | set(self.vague_amounts.by_first_word) | {self.range_opener, "half"} | ARTICLES)
        return {first: {words[1] for words, _ in options} for first, options in self.modifiers.by_first_word.items()
                if first not in alone and all(len(words) > 1 for words, _ in options)}

    def article_followers(self) -> dict[str, set[str]]:
        """For `a` and `an`: the words after which they begin an amount (`a dozen`, `a few`, `a third of`,
        `a minimum of`, `A$5`)."""
        followers = {}
        for article in ("a", "an"):
            words = set(self.scales) | set(self.fractions) | {"$"}
            for table in (self.modifiers, self.vague_amounts):
                words |= {phrase[1] for phrase, _ in table.by_first_word.get(article, ()) if len(phrase) > 1}
            followers[article] = words
        return followers

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
        symbols = {s: code for code, c in currencies.items() for s in c["symbols"]}
        words = {w: code for code, c in currencies.items() for w in c["words"]}
        glued = {s: code for code, c in currencies.items() for s in c.get("glued", [])}
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
            range_from=data["range_from"],
            change_openers=set(data["change_openers"]),
            currency_symbols=symbols,
            currency_glued={**{w: code for w, code in words.items() if " " not in w}, **symbols, **glued},
            currency_words={w: code for w, code in words.items() if " " not in w},
            currency_phrases=PhraseTable(words, by_lemma=True),
            currency_items={code: c["item"] for code, c in currencies.items()},
            dollar_prefixes=data["dollar_prefixes"],
            currency_symbols_after=set(data["currency_symbols_after"]),
            number_prefixes=data["number_prefixes"],
            negative_words=set(data["negative_words"]),
            signs=data["signs"],
            money_prepositions=PhraseTable.of_classes({"of": ["of"], "other": data["money_prepositions"]}),
            percent=PhraseTable.of_classes({"percent": data["percent"]}),
            units=PhraseTable(units, by_lemma=True),
            units_exact={k: (v["unit"], v.get("item")) for k, v in data["units_exact"].items()},
            units_glued={k: (v["unit"], v.get("item")) for k, v in data["units_glued"].items()},
            rate_nouns=set(data["rate_nouns"]),
            rate_denominators=data["rate_denominators"],
            rate_codes=data["rate_codes"],
            rate_breakers=set(data["rate_breakers"]),
            time_units=set(data["time_units"]),
            deictic_words=set(data["deictic_words"]),
            item_synonyms=sorted(synonyms, key=lambda synonym: -len(synonym[0])),
            months=set(data["months"]),
            year_range=tuple(data["year_range"]),
            time_markers=set(data["time_markers"]),
            identifier_words=set(data["identifier_words"]),
            fractions={k: float(v) for k, v in data["fractions"].items()},
            proportion_words=set(data["proportion_words"]),
            change_words={w: direction for direction, ws in data["change_words"].items() for w in ws},
            change_prepositions=set(data["change_prepositions"]),
            partitive_pronouns=set(data["partitive_pronouns"]),
            age_words=set(data["age_words"]),
        )



"""spaCy's attribute ruler and rule lemmatizer, with the same output at a fraction of their cost.

Both stock components walk every token in Python: the attribute ruler runs its Matcher (some 180
patterns, nearly all of one token: a tag, a lowercase word, a dependency) and makes a Span per match;
the lemmatizer makes a Token and a MorphAnalysis per word, and scans lists of known words. On news
text they cost a third as much as the tagger, parser and entity recognizer together. Here each reads
the doc as arrays, remembers what it worked out per distinct key, and writes the doc back with
`Doc.from_array`:

- `FastAttributeRuler`: a pattern token that tests only a token's tag, lowercase form, dependency
  and whether it is a space is answered once per distinct (tag, lower, dep, is_space), worked out once per
  key the tests can tell apart (a word or label no test names is any other such one); a fixed-length
  pattern of such tokens matches where numpy finds its tokens in a row; a pattern with an operator goes
  to a Matcher of its own. A token receives the attributes of all its matches in the order of the
  patterns, later ones winning, as `AttributeRuler.set_annotations` applies them.
- `FastLemmatizer`: the rule lemmatizer's answer for a token depends on its text, part of speech and
  morphology only (spaCy caches it under that key where it read its tables): each is worked out once,
  with the tables' known words (`lemma_index`) as sets instead of lists.

`speed_up(nlp)` swaps them in for a loaded pipeline's own (same names, same patterns and tables),
where the stock components are configured as this supports; otherwise it leaves the pipeline as it is.
"""

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

RULER_FACTORY = "storyline_attribute_ruler"
LEMMATIZER_FACTORY = "storyline_lemmatizer"

KEY_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
"""What a one-token pattern may test to be answered by key: the column of each in the key."""
KEY_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
SET_ATTRS = (POS, MORPH, LEMMA, TAG, DEP)
"""What the ruler's patterns may set (the columns written back)."""


Test = tuple[int, str, object]
"""A test of one key column: (column, `eq` | `in` | `not_in` | `regex`, value, frozenset or compiled regex)."""


def _token_tests(spec: dict) -> list[Test] | None:
    """A pattern's token as tests of key columns, or None where it tests anything else (or has an `OP`)."""
    tests: list[Test] = []
    for name, wanted in spec.items():
        column = KEY_ATTRS.get(str(name).upper())
        if column is None:
            return None
        is_space = column == KEY_ATTRS["IS_SPACE"]
        if isinstance(wanted, dict):
            (operator, members), = wanted.items() if len(wanted) == 1 else ((None, None),)
            if operator == "REGEX" and isinstance(members, str) and not is_space:
                tests.append((column, "regex", re.compile(members)))  # the Matcher's `re.search`
                continue
            if operator not in ("IN", "NOT_IN") or not isinstance(members, list | tuple | set):
                return None
            tests.append((column, operator.lower(), frozenset(members)))
        elif isinstance(wanted, bool) if is_space else isinstance(wanted, str):
            tests.append((column, "eq", wanted))
        else:
            return None
    return tests


def _passes(tests: list[Test], values: tuple) -> bool:
    for column, operator, wanted in tests:
        value = values[column]
        if operator == "eq":
            passed = value == wanted
        elif operator == "regex":
            passed = wanted.search(value) is not None
        else:
            passed = (value in wanted) == (operator == "in")
        if not passed:
            return False
    return True


def _options(tests: list[Test], column: int) -> list[str | None]:
    """The values of a column a pattern's tests allow, as index keys: [None] where they do not say."""
    for test_column, operator, wanted in tests:
        if test_column == column and operator in ("eq", "in"):
            return [wanted] if operator == "eq" else sorted(wanted)
    return [None]


def _index_by_tag_and_lower(index: dict, item: int, tests: list[Test]) -> None:
    """File a token's tests under each (tag, lower) they allow (None: any), to be tried only for those."""
    for tag in _options(tests, KEY_ATTRS["TAG"]):
        for lower in _options(tests, KEY_ATTRS["LOWER"]):
            index.setdefault((tag, lower), []).append((item, tests))


OTHER = object()
"""In a token's key of named values (`FastAttributeRuler._row`), a value that no pattern token's test names."""


class NamedValues:
    """What the patterns' token tests can tell apart in one key column: the values they name (`eq`, `in`, `not_in`)
    and what their regular expressions find. Two values no test names, on which every regular expression finds the
    same, pass and fail the same tests (`_passes`)."""

    def __init__(self, tests: list[Test]) -> None:
        self.named = frozenset(get_string_id(value) for _, operator, wanted in tests if operator != "regex"
                               for value in ([wanted] if operator == "eq" else wanted))
        self.regexes = tuple(dict.fromkeys(wanted for _, operator, wanted in tests if operator == "regex"))

    def of(self, value: int, strings) -> object:
        """The value as the tests tell it: itself where named, else `OTHER` (with what each regex finds in it)."""
        if value in self.named:
            return value
        if not self.regexes:
            return OTHER
        text = strings[value] if value else ""
        return OTHER, tuple(regex.search(text) is not None for regex in self.regexes)


def _supported(ruler: AttributeRuler) -> bool:
    """Whether `FastAttributeRuler` can apply this ruler's patterns: they set only a part of speech,
    morphology, lemma, tag or dependency label."""
    return all(set(attrs) <= set(SET_ATTRS) for attrs in ruler.attrs)


class FastAttributeRuler(AttributeRuler):
    """`AttributeRuler` with its patterns answered per distinct token key (see the module)."""

    def _compile(self) -> None:
        """Index the one-token patterns by the tag and lowercase form they want; number the tokens of the
        longer fixed-length ones; a Matcher for the rest (a pattern with an operator)."""
        self._index: dict[tuple[str | None, str | None], list[tuple[int, list[Test]]]] = {}
        self._spec_index: dict[tuple[str | None, str | None], list[tuple[int, list[Test]]]] = {}
        self._specs: list[list[Test]] = []  # the tokens of fixed-length patterns
        self._sequences: list[tuple[int, list[int], int]] = []  # (attr id, spec of each token, target token)
        self._rest = Matcher(self.vocab, validate=self.validate)
        for attr_id, index in enumerate(self.indices):
            for pattern in self.matcher.get(str(attr_id))[1]:
                tokens = [_token_tests(spec) for spec in pattern]
                if None in tokens or not -len(pattern) <= index < len(pattern):
                    self._rest.add(str(attr_id), [pattern])
                elif len(pattern) > 1:
                    self._sequences.append((attr_id, list(range(len(self._specs), len(self._specs) + len(tokens))),
                                            index % len(pattern)))
                    for tests in tokens:
                        _index_by_tag_and_lower(self._spec_index, len(self._specs), tests)
                        self._specs.append(tests)
                else:
                    _index_by_tag_and_lower(self._index, attr_id, tokens[0])
        column_tests: list[list[Test]] = [[] for _ in KEY_COLUMNS]
        for entries in (*self._index.values(), *self._spec_index.values()):
            for _, tests in entries:
                for test in tests:
                    column_tests[test[0]].append(test)
        self._named = [NamedValues(tests) for tests in column_tests[: KEY_ATTRS["IS_SPACE"]]]  # is_space: 2 values
        self._by_key: dict[tuple[int, int, int, int], int] = {}
        self._by_named_key: dict[tuple, int] = {}
        self._row_of: dict[tuple, int] = {}
        self._rows: list[tuple[tuple[int, ...], list[int], list[bool], list[bool]]] = []
        self._table: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray] | None = None
        self._compiled_for = len(self.attrs)

    def _row(self, key: tuple[int, int, int, int]) -> int:
        """The row of a token key (tag, lower, dep, is_space): the attributes its one-token patterns set,
        and which tokens of longer patterns it can be; remembered for the key.

        Keys that the patterns' tests cannot tell apart (`NamedValues`: most lowercase forms and dependency labels
        are named by none) share one row, worked out once: a new word costs a lookup, not a pass over the patterns."""
        strings = self.vocab.strings
        named_key = (*(named.of(value, strings) for value, named in zip(key[:3], self._named, strict=True)), key[3])
        row = self._by_named_key.get(named_key)
        if row is None:
            row = self._by_named_key[named_key] = self._pattern_row(key)
        self._by_key[key] = row
        return row

    def _pattern_row(self, key: tuple[int, int, int, int]) -> int:
        """`_row` worked out from the patterns."""
        strings = self.vocab.strings
        values = (strings[key[0]] if key[0] else "", strings[key[1]], strings[key[2]] if key[2] else "", bool(key[3]))
        tag, lower = values[0], values[1]
        buckets = ((tag, lower), (tag, None), (None, lower), (None, None))
        ids = tuple(sorted({attr_id for bucket in buckets
                            for attr_id, tests in self._index.get(bucket, ()) if _passes(tests, values)}))
        specs = tuple(sorted({spec for bucket in buckets
                              for spec, tests in self._spec_index.get(bucket, ()) if _passes(tests, values)}))
        row = self._row_of.get((ids, specs))
        if row is None:
            row = self._row_of[(ids, specs)] = len(self._rows)
            self._rows.append((ids, *self._merge(ids), [spec in specs for spec in range(len(self._specs))]))
            self._table = None
        return row

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if getattr(self, "_compiled_for", None) != len(self.attrs):  # patterns added since
                self._fast = _supported(self)  # checked once per set of patterns, not per doc
                self._compile()
            if not self._fast:
                return super().__call__(doc)
            self.set_by_arrays(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def set_by_arrays(self, doc: Doc) -> None:
        """Match and set the attributes of every token of `doc`."""
        if not len(doc):
            return
        keys = list(map(tuple, doc.to_array(KEY_COLUMNS).tolist()))
        found = list(map(self._by_key.get, keys))  # no Python frame per token: map, tuple and get are C
        if None in found:
            found = [self._row(key) if row is None else row for key, row in zip(keys, found, strict=True)]
        rows = numpy.array(found, dtype=numpy.intp)
        if self._table is None:
            self._table = (numpy.array([r[1] for r in self._rows], dtype=numpy.uint64),
                           numpy.array([r[2] for r in self._rows], dtype=bool),
                           numpy.array([r[3] for r in self._rows], dtype=bool).reshape(len(self._rows), -1))
        table_values, table_set, table_specs = self._table
        values = numpy.where(table_set[rows], table_values[rows], doc.to_array(list(SET_ATTRS)))
        extra: dict[int, set[int]] = {}
        if self._sequences:
            specs, n = table_specs[rows], len(doc)
            for attr_id, tokens, target in self._sequences:
                if len(tokens) > n:
                    continue
                starts = specs[:n - len(tokens) + 1, tokens[0]].copy()
                for offset, spec in enumerate(tokens[1:], 1):
                    starts &= specs[offset:n - len(tokens) + 1 + offset, spec]
                for start in numpy.flatnonzero(starts).tolist():
                    extra.setdefault(start + target, set()).add(attr_id)
        for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False) if len(self._rest) else ():
            attr_id = int(self.vocab.strings[match_id])
            extra.setdefault(Span(doc, start, end)[self.indices[attr_id]].i, set()).add(attr_id)
        for i, attr_ids in extra.items():  # a token some longer pattern also sets: all its patterns in order
            merged, is_set = self._merge(sorted(attr_ids | set(self._rows[rows[i]][0])))
            for column, value in enumerate(merged):
                if is_set[column]:
                    values[i, column] = value
        doc.from_array(list(SET_ATTRS), values)

    def _merge(self, attr_ids) -> tuple[list[int], list[bool]]:
        """The values the patterns `attr_ids` set, in order (later ones win), and which they set."""
        merged, is_set = [0] * len(SET_ATTRS), [False] * len(SET_ATTRS)
        for attr_id in attr_ids:
            for key, value in self.attrs[attr_id].items():
                merged[SET_ATTRS.index(key)], is_set[SET_ATTRS.index(key)] = value, True
        return merged, is_set


@Language.factory(RULER_FACTORY, default_config={"validate": False})
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate)


class FastLemmas:
    """Mixed into a rule `Lemmatizer` (spaCy's, or a language's subclass): each (text, part of speech,
    morphology) is lemmatized once (see the module)."""

    def __init__(self, vocab: Vocab, name: str = "lemmatizer", *, mode: str = "rule", overwrite: bool = False):
        super().__init__(vocab, None, name, mode=mode, overwrite=overwrite)
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self.set_lemmas(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    def set_lemmas(self, doc: Doc) -> None:
        known = self._known
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                value = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                if pos:  # a token without a part of speech (spaCy warns) is lemmatized each time
                    known[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)


class FastLemmatizer(FastLemmas, Lemmatizer):
    """spaCy's rule `Lemmatizer`, each word worked out once."""


class FastEnglishLemmatizer(FastLemmas, EnglishLemmatizer):
    """spaCy's English rule lemmatizer, each word worked out once."""


FAST_LEMMATIZERS = {Lemmatizer: FastLemmatizer, EnglishLemmatizer: FastEnglishLemmatizer}
"""The stock lemmatizers this speeds up, by class."""


@Language.factory(LEMMATIZER_FACTORY, default_config={"mode": "rule", "overwrite": False, "english": False})
def make_fast_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool, english: bool) -> FastLemmas:
    return (FastEnglishLemmatizer if english else FastLemmatizer)(nlp.vocab, name, mode=mode, overwrite=overwrite)


class KnownWords(list):
    """A list of words that answers `in` from a set: what the rule lemmatizer asks of `lemma_index`, and
    still a list wherever the tables are written out (`to_bytes`, `to_disk`)."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self.words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self.words


def indexed(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with each part of speech's known words (`lemma_index`) as `KnownWords`:
    the rule lemmatizer asks whether each form it makes is a known word, and a list of 57,000 nouns is
    scanned to answer."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {key: KnownWords(words) for key, words in table.items()})
        copy.set_table(name, table)
    return copy


def speed_up(nlp: Language) -> Language:
    """Swap `FastAttributeRuler` and `FastLemmatizer` in for the pipeline's stock ones, with their
    patterns and tables; a component configured otherwise (another lemmatizer mode) is left as it is."""
    for name, proc in list(nlp.pipeline):
        if type(proc) is AttributeRuler and _supported(proc):
            nlp.replace_pipe(name, RULER_FACTORY, config={"validate": proc.validate}).add_patterns(proc.patterns)
        elif type(proc) in FAST_LEMMATIZERS and proc.mode == "rule":
            fast = nlp.replace_pipe(name, LEMMATIZER_FACTORY, config={
                "mode": "rule", "overwrite": proc.overwrite, "english": type(proc) is EnglishLemmatizer})
            fast.lookups = indexed(proc.lookups)
    return nlp


"""Time expressions as TimeML's TIMEX3 reads them, normalized against the publication date.

A news story is told relative to the day it was published ("on Wednesday", "last week", "in
July"), so every expression gets its TIMEX3 type (DATE, TIME, DURATION, SET) and value
(`2022-10-19`, `2022-W42`, `2022-Q3`, `P2W`, `PRESENT_REF`) and, where it names a calendar span,
its `first..last` days, anchored on `doc._.published`. The patterns are in `rules.py`, matched
in `grammar.py`, read in `readers.py`, their words in `resources/time.yaml`; spaCy's DATE entities decide the
ambiguous ones (a bare "2015" or "May") and the parse gives the tense that picks past or future. Conventions:

- The tense of the governing verb picks past or future (`tense.py`): `will meet on Saturday` is the
  coming Saturday, `met on Saturday` the last one. Where the tense does not say, a bare weekday is
  the latest on or before publication, a month or a day without a year the nearest one; in a past
  clause a day may still lie `max_future_days` after publication (`extended the offer to Nov. 20`,
  `set Nov. 10 as the deadline`: a past act that names a coming day).
- Deictic periods are calendar periods (`last week` = the Monday..Sunday before the publication
  week); `the past two weeks`, `recent months` are durations (`P2W`, `PXM`) whose days are the
  rolling window ending at publication; one unit with no count (`the past year`, `the last decade`, `the
  next year`) is, as TimeBank and HeidelTime read it, a DATE of the period before (after) publication's
  (`2021`, `201`, `2023`) whose days are still the window.
- `since X` runs from X's first day to publication; `until`, `before`, `after` leave one end open; `the day
  before` / `a day after` a single day is the day next to it (adjacent_days in time.yaml).
- `the quarter`, `the latest quarter` name the quarter the text last named (else the last one
  ended by publication); `a year earlier` after a quarter is that quarter a year before.
- `that same day`, `later that year`, `the following month`, `the previous Friday` and a clock time
  without its day count from the story's reference time, the last date the text named before them
  (`narrative.py`), as HeidelTime does for news; `yesterday`, `last week`, `two days ago` from publication.
- Other durations (`two weeks`, `5 1/2 hours`, `two to three weeks` PXW, `for years` PXY) and sets
  (`every year`, `$1 billion a year`) have a value but no days; so do `now`, `recently`, `the future`.
- Without a publication date, absolute expressions still normalize; relative ones keep an
  unanchored value (`XXXX-WXX-3`) or none, and no days.
"""

# No `from __future__ import annotations`: spaCy reads the factory's annotations at runtime.
import re
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.ingest.dates import normalize_date
from storyline.nlp import extensions  # noqa: F401  (registers doc._.times, doc._.published)
from storyline.nlp.extensions import text_of
from storyline.nlp.paragraphs import line_of, title_cased
from storyline.nlp.time.grammar import TimeGrammar
from storyline.nlp.time.narrative import anchor_on_narrative
from storyline.nlp.time.periods import UNKNOWN, Timex, add_months, quarter_interval, value_of
from storyline.nlp.time.rules import Reading
from storyline.nlp.time.tense import TenseReader
from storyline.resources import load_resource

SPAN_KEY = "storyline_time"
QUOTES = {'"', "'", "`", "“", "‘"}

__all__ = ["SPAN_KEY", "TimeExtractor", "make_time_extractor", "reported_when", "when_for_span"]


def _without_overlaps(readings: list[Reading]) -> list[Reading]:
    """Keep the longest reading where several overlap (ties: grammar order), in text order.

    This chooses among the grammar's rival matches, before any reading is anchored or widened; its
    companion `_without_contained` runs after `TimeGrammar.bounded` has widened some readings over a word
    before them, and drops only what a widened reading now holds."""
    kept: list[Reading] = []
    for reading in sorted(readings, key=lambda r: (r.start - r.end, r.priority, r.start)):
        if all(reading.end <= k.start or k.end <= reading.start for k in kept):
            kept.append(reading)
    return sorted(kept, key=lambda r: r.start)


def _without_contained(readings: list[Reading]) -> list[Reading]:
    """Drop a reading another one holds and that ends before it, once `TimeGrammar.bounded` has widened readings
    back over a word before them (`a day after May 3` now holds `a day`, which was read alone as a duration).

    Unlike `_without_overlaps`, which picks the longest of any overlapping rival matches before anchoring, this keeps
    readings that only overlap (a widened start inside another reading) and drops only one held whole that ends
    earlier; order is kept."""
    return [r for r in readings if not any(o is not r and o.start <= r.start and r.end < o.end for o in readings)]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _quarter_of(reading: Reading) -> tuple[int, int] | None:
    value = reading.timex.value or ""
    if len(value) == 7 and value[4:6] == "-Q" and value[:4].isdigit():
        return int(value[:4]), int(value[6])
    return None


def _shift_quarter(quarter: tuple[int, int], shift: int) -> Timex:
    year, index = quarter
    first = add_months(date(year, 3 * index - 2, 1), 3 * shift)
    return Timex(quarter_interval(first.year, (first.month - 1) // 3 + 1), value_of(first, "quarter"))


def resolve_references(readings: list[Reading]) -> list[Reading]:
    """Anchor `the quarter` on the quarter the text last named and `a year earlier` / `year-ago` after
    one on that quarter a year before, as TimeML does with its anchoring expressions."""
    named: tuple[int, int] | None = None
    resolved = []
    for reading in readings:
        if reading.rule == "quarter" and _quarter_of(reading):
            named = _quarter_of(reading)
        elif reading.timex.type == "DURATION" and re.fullmatch(r"P\d+M", reading.timex.value or ""):
            named = None  # `the nine months`: what follows compares years, not quarters
        elif reading.rule == "quarter_ref" and reading.own:
            named = _quarter_of(reading) or named  # `the latest quarter`: the last one ended by publication
        elif reading.rule == "quarter_ref" and named is not None:
            anchor = (reading.year, named[1]) if reading.year else named
            reading = replace(reading, timex=_shift_quarter(anchor, reading.shift))
        elif reading.rule == "quarter_ref" and reading.year:
            whole_year = (date(reading.year, 1, 1), date(reading.year, 12, 31))
            reading = replace(reading, timex=Timex(whole_year, str(reading.year)))
        elif reading.rule in ("ago", "year_ago") and named is not None and reading.timex.value \
                and len(reading.timex.value) == 4 and reading.timex.value.isdigit():
            reading = replace(reading, timex=_shift_quarter(named, -4))
        resolved.append(reading)
    return resolved


class TimeExtractor:
    """Finds time expressions and normalizes them against `doc._.published`."""

    def __init__(self, nlp: Language, name: str, lexicon: str, max_future_days: int) -> None:
        words = load_resource(lexicon)
        self.name = name
        self.grammar = TimeGrammar(words, max_future_days)
        self.tense = TenseReader(words)
        self.date_labels = set(words["date_labels"])
        # words written lower-case in running text: capitalized inside a name they are no time
        lower = [*words["days"], *words["clock_words"], *(w for w in words["references"] if " " not in w)]
        self.name_word = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, lower), key=len, reverse=True))})",
                                    re.IGNORECASE)
        self.name_before = re.compile(r"(?<![\w.])[A-Z](?:[\w.&'-]*\w)? \Z")  # not `Monday. Today`
        ambiguous = "|".join(map(re.escape, words["ambiguous_months"]))
        event = "|".join(map(re.escape, words["event_prepositions"]))
        self.event_month = re.compile(rf"(?i:{ambiguous})(?= (?:{event}) [A-Z])")
        self.article_before = re.compile(r"(?i:\b(?:the|an?|annual|yearly)) \Z")

    def __call__(self, doc: Doc) -> Doc:
        """Read every licensed grammar match, keep the longest of overlapping ones, anchor, annotate."""
        published_text = normalize_date(doc._.published)
        published = date.fromisoformat(published_text) if published_text else None
        text = text_of(doc)  # `doc.text` is built anew on every access

        def tense(start: int, end: int) -> int:
            return self.tense.direction(doc, start, end)

        found = list(self.grammar.find(text, published, tense))
        # each `doc.ents` makes every entity's Span anew: read them once, and only for a guarded match
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if any(r.guarded for r in found) else []
        candidates = [r for r in found if self._licensed(doc, entities, text, r)]
        readings = anchor_on_narrative(resolve_references(_without_overlaps(candidates)))
        readings = [self._some_day(doc, r) for r in readings]
        bounded = [self.grammar.bounded(text, r, published) for r in readings]
        self.set_annotations(doc, _without_contained(bounded))
        return doc

    def _licensed(self, doc: Doc, entities: list[tuple[int, int, str]], text: str, reading: Reading) -> bool:
        """An ambiguous match counts inside a DATE entity, or after a cue word outside other entities
        (`entities`: the doc's, as start and end character and label).
        A quoted title (`ABC's "This Week"`, `CBS's "60 Minutes"`) is no time."""
        words = text[reading.start:reading.end].split()
        if len(words) > 1 and text[max(0, reading.start - 1):reading.start] in QUOTES \
                and all(w[0].isupper() or w[0].isdigit() for w in words) and any(w[0].isupper() for w in words):
            return False
        if self._in_name(doc, text, reading):
            return False
        if not reading.guarded:
            return True
        labels = {label for start, end, label in entities if start < reading.end and reading.start < end}
        if labels & self.date_labels:
            return True
        return not labels and self.grammar.has_cue_before(text, reading.start)

    def _some_day(self, doc: Doc, reading: Reading) -> Reading:
        """`one day` right before its verb, after a modal or a subject (`will one day be`, `hopes she
        one day wins`), is an indefinite day ahead, TimeML's FUTURE_REF, not a duration of a day
        (`stayed one day`, `for one day` stay P1D)."""
        if text_of(doc)[reading.start:reading.end].lower() != "one day":
            return reading
        span = doc.char_span(reading.start, reading.end)
        if span is None or span.start == 0 or span.end >= len(doc):
            return reading
        before, after = doc[span.start - 1], doc[span.end]
        if after.tag_ in ("VB", "VBP", "VBZ") and (before.tag_ == "MD" or before.tag_ in ("PRP", "NNP", "NN", "NNS")):
            return replace(reading, timex=Timex(UNKNOWN, "FUTURE_REF"))
        return reading

    def _in_name(self, doc: Doc, text: str, reading: Reading) -> bool:
        """A time word that is part of a name: one written lower-case in running text but capitalized
        right after a capitalized word, in a line that is no headline in title case (`VOA Today`, the film `High
        Noon`; the line's case is `storyline.nlp.paragraphs.title_cased`'s to say, the name this method's),
        or an ambiguous month after an article and before a preposition and a capitalized word
        (`the annual March for Life`, `the March on Rome`; not `in March for two weeks`)."""
        span = text[reading.start:reading.end]
        month = self.event_month.match(text, reading.start)
        if month and month.end() == reading.end \
                and self.article_before.search(text, max(0, reading.start - 12), reading.start):
            return True
        if not span[:1].isupper() or span.isupper() or not self.name_word.fullmatch(span):
            return False
        if self.name_before.search(text, max(0, reading.start - 40), reading.start) is None:
            return False
        words = doc.char_span(reading.start, reading.end, alignment_mode="expand")
        return words is None or not title_cased(line_of(words[0]))

    def set_annotations(self, doc: Doc, readings: list[Reading]) -> None:
        """Write `doc._.times` and `doc.spans`; readings off token boundaries are dropped."""
        spans, times = [], []
        for reading in readings:
            span = doc.char_span(reading.start, reading.end, label=reading.rule)
            if span is None:
                continue
            first, last = reading.interval
            spans.append(span)
            times.append(
                {
                    "id": f"t{len(times)}",
                    "start": span.start_char,
                    "end": span.end_char,
                    "text": span.text,
                    "type": reading.timex.type,
                    "value": reading.timex.value,
                    "first": _iso(first),
                    "last": _iso(last),
                }
            )
        doc.spans[SPAN_KEY] = spans
        doc._.times = times


@Language.factory(
    "storyline_time",
    default_config={"lexicon": "time.yaml", "max_future_days": 60},
    assigns=["doc._.times", "doc.spans"],
    requires=["doc.ents"],
)
def make_time_extractor(nlp: Language, name: str, lexicon: str, max_future_days: int) -> TimeExtractor:
    """Build the time extractor.

    Example: `nlp.add_pipe("storyline_time", config={"max_future_days": 3})`

    :param nlp: the pipeline it joins
    :param name: its component name
    :param lexicon: word lists, a file in `storyline/resources/` or a path
    :param max_future_days: how far after publication a day without a year may lie in a past
        clause (`extended the offer to Nov. 20`) before it is read as last year's
    :raises FileNotFoundError: where the lexicon does not exist
    """
    return TimeExtractor(nlp, name, lexicon, max_future_days)


def _head_distance(token: Token, anchor: Token) -> int | None:
    """Steps up the head chain from `token` to `anchor`, None where the chain misses it."""
    for steps in range(len(token.doc)):
        if token.i == anchor.i:
            return steps
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _dates_a_clause(time: dict) -> bool:
    """A date or time of day with days: what can say when an event happened (not `for two years`, not `now`)."""
    return time.get("type", "DATE") in ("DATE", "TIME") and (time["first"] is not None or time["last"] is not None)


def when_for_span(doc: Doc, start_char: int, end_char: int, anchor_token: Token | None = None) -> dict | None:
    """The `When` of an event whose evidence is `doc.text[start_char:end_char]`.

    Of the dates in the range, prefers the one whose head chain reaches `anchor_token` (the event's
    verb: the expressions attached to its clause) in fewest steps, else the one nearest the anchor
    (without one: the first in the range). Durations, sets and `now` / `recently` date nothing.

    Example: `when_for_span(doc, sent.start_char, sent.end_char, verb)` ->
    `{"start": "2022-08-03", "end": "2022-08-03", "text": "Wednesday"}`

    :param doc: a Doc the `storyline_time` component has run over
    :param start_char: start of the evidence
    :param end_char: end of the evidence (exclusive)
    :param anchor_token: the token the event hangs on, usually its verb
    :raises: nothing; a Doc the component has not run over just finds no expression
    """
    inside = [
        t for t in doc._.times or [] if start_char <= t["start"] and t["end"] <= end_char and _dates_a_clause(t)
    ]
    if not inside:
        return None
    chosen = None
    if anchor_token is not None:
        distances = []
        for time in inside:
            span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
            distance = _head_distance(span.root, anchor_token) if span is not None else None
            if distance is not None:
                distances.append((distance, time["start"], time))
        if distances:
            chosen = min(distances, key=lambda d: d[:2])[2]
    if chosen is None:
        pivot = anchor_token.idx if anchor_token is not None else start_char
        chosen = min(inside, key=lambda t: (min(abs(t["start"] - pivot), abs(t["end"] - pivot)), t["start"]))
    return {"start": chosen["first"], "end": chosen["last"], "text": chosen["text"]}


def reported_when(doc: Doc, planned: bool = False) -> dict | None:
    """The `When` of an event its sentence does not date: what the article reports happened on or before
    its publication day; what it plans, on or after it. None without a publication date.

    Example: `reported_when(doc)` -> `{"start": None, "end": "2022-08-04", "text": "by publication (2022-08-04)"}`

    :param doc: a Doc whose `doc._.published` may be set
    :param planned: the event is planned or future
    :raises: nothing; an unreadable publication date is no date
    """
    published = normalize_date(doc._.published)
    if not published:
        return None
    if planned:
        return {"start": published, "end": None, "text": f"after publication ({published})"}
    return {"start": None, "end": published, "text": f"by publication ({published})"}


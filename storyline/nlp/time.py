"""Time expressions, normalized to a day interval against the publication date.

A news story is told relative to the day it was published ("on Wednesday", "last week", "in
July"), so every expression becomes a `first..last` day interval anchored on `doc._.published`.
Candidates are what a small grammar over the text reads; spaCy's DATE entities decide the
ambiguous ones (a bare "2015" or "May"). Conventions, all chosen to never invent a day:

- A bare weekday is the latest such day on or before publication; a bare month (or `mid-`,
  `early`, `late` month) the latest one not after the publication month; a day without a year
  the one in the publication year unless that lies more than `max_future_days` after it.
- Deictic periods are calendar periods (`last week` = the Monday..Sunday before the publication
  week); `the past two weeks`, `recent months` are rolling windows ending at publication
  (a plural with no count counts as `unstated_plural_count` of `time.yaml`).
- `since X` runs from X's first day to publication; `until`, `before`, `after` leave one end open.
- Durations and ages (`for two years`, `more than a month`, `22-year-old`) are not points in
  time: no rule reads them, so they are skipped, as is every DATE entity the grammar cannot read.
- Without a publication date, absolute expressions still normalize; relative ones are kept with
  `first` = `last` = None.
"""

# No `from __future__ import annotations`: spaCy reads the factory's annotations at runtime.
import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.ingest.dates import normalize_date
from storyline.nlp import extensions  # noqa: F401  (registers doc._.times, doc._.published)
from storyline.resources import load_resource

SPAN_KEY = "storyline_time"
GAP = r"[^\S\n]+"  # words of one expression never span a line break

Interval = tuple[date | None, date | None]
UNKNOWN: Interval = (None, None)


@dataclass(frozen=True)
class Reading:
    """One grammar match: where it is, what interval it names, how much to trust it alone."""

    start: int
    end: int
    rule: str
    interval: Interval
    guarded: bool
    priority: int


@dataclass(frozen=True)
class Rule:
    """A pattern of the grammar and the method that turns its match into an interval."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], date | None], Interval | None]
    guarded: bool


# (rule name, pattern template, reader method, guarded). Earlier rules win ties between matches
# of equal length. `{NAME}` placeholders are word-list fragments built from `time.yaml`.
GRAMMAR = (
    ("date", r"{WEEKDAY_PREFIX}{MONTH}{GAP}{DAY}(?:,?{GAP}{YEAR})?", "_read_date", False),
    ("date", r"{WEEKDAY_PREFIX}{DAY}{GAP}(?:of{GAP})?{MONTH}(?:,?{GAP}{YEAR})?", "_read_date", False),
    ("date", r"{YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)", "_read_date", False),
    ("part_of_month", r"{PART}(?:-|{GAP}){MONTH}(?:,?{GAP}{YEAR})?", "_read_part_of_month", False),
    ("month", r"{MONTH}(?:,?{GAP}|{GAP}of{GAP}){YEAR}", "_read_month", False),
    ("month", r"{REL}{GAP}{FULL_MONTH}", "_read_relative_month", False),
    ("month", r"{FULL_MONTH}", "_read_month", False),
    ("part_of_year", r"{PART}(?:-|{GAP}){YEAR}", "_read_part_of_year", False),
    ("decade", r"(?:{THE}{GAP})?(?:{PART}(?:-|{GAP}))?(?P<decade>1[5-9]\d0|20\d0)'?s", "_read_decade", False),
    (
        "century",
        r"(?:{THE}{GAP})?(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)(?:-|{GAP})(?i:century)",
        "_read_century",
        False,
    ),
    ("year", r"{YEAR}", "_read_year", True),
    ("part_of_period", r"{PART}(?:-|{GAP}){REL}{GAP}{CALENDAR_UNIT}", "_read_part_of_period", False),
    ("open_period", r"{SIDE}{GAP}(?i:this|in{GAP}the){GAP}{CALENDAR_UNIT}", "_read_open_period", False),
    ("period", r"{REL}{GAP}{CALENDAR_UNIT}", "_read_period", False),
    ("weekday", r"(?:{REL}{GAP})?{WEEKDAY}", "_read_weekday", False),
    ("day", r"{DAYWORD}", "_read_day", False),
    ("ago", r"{COUNT}{GAP}{UNIT}{GAP}(?i:ago)", "_read_ago", False),
    ("rolling", r"(?:{THE}{GAP})?{ROLL}{GAP}(?:{COUNT}{GAP})?{UNIT}", "_read_rolling", False),
    ("season", r"(?:{REL}{GAP})?{SEASON}(?:{GAP}(?:of{GAP})?{YEAR})?", "_read_season", False),
)


def _key(phrase: str) -> str:
    """Lookup form of a matched phrase: lower case, single spaces, no abbreviation dot."""
    return " ".join(phrase.lower().rstrip(".").split())


def _alternation(words: Iterable[str], dotted: bool = False) -> str:
    """Regex alternation of words, longest first, spaces matching any gap within a line."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", GAP) + (r"\.?" if dotted else "") for w in ordered)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    """Same day-of-month `months` later, clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _period_containing(day: date, period: str) -> Interval:
    """The calendar day, week (Monday..Sunday), month or year that holds `day`."""
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def _latest_month_year(month: int, published: date) -> int:
    """Year of the latest `month` not after the publication month."""
    return published.year if month <= published.month else published.year - 1


class TimeGrammar:
    """Reads time expressions out of a text; all its words come from the lexicon."""

    def __init__(self, lexicon: dict[str, Any], max_future_days: int) -> None:
        self.max_future_days = max_future_days
        self.months = {_key(n): int(num) for num, names in lexicon["months"].items() for n in names}
        self.weekdays = {_key(n): int(num) for num, names in lexicon["weekdays"].items() for n in names}
        self.ambiguous = {_key(w) for w in lexicon["ambiguous_words"]}
        self.days = {_key(w): int(v) for w, v in lexicon["days"].items()}
        self.relative = {_key(w): int(v) for w, v in lexicon["relative"].items()}
        self.rolling = {_key(w): int(v) for w, v in lexicon["rolling"].items()}
        self.units = lexicon["units"]
        self.counts = {_key(w): int(v) for w, v in lexicon["counts"].items()}
        self.unstated_plural_count = int(lexicon["unstated_plural_count"])
        self.parts = {_key(w): spec for spec in lexicon["parts"].values() for w in spec["words"]}
        self.open_sides = {_key(w): side for w, side in lexicon["open_sides"].items()}
        self.boundaries = {_key(w): kind for w, kind in lexicon["boundaries"].items()}
        self.seasons = {_key(w): tuple(months) for w, months in lexicon["seasons"].items()}
        self.rules = self._compile(lexicon)
        self.cue_before = self._word_before(lexicon["cues"])
        self.boundary_before = self._word_before(self.boundaries)

    def _compile(self, lexicon: dict[str, Any]) -> list[Rule]:
        """Fill the grammar's templates with the lexicon's word lists."""
        months, weekdays = lexicon["months"].values(), lexicon["weekdays"].values()
        full_months = _alternation(names[0] for names in months)
        short_months = _alternation((n for names in months for n in names[1:]), dotted=True)
        full_weekdays = _alternation(names[0] for names in weekdays)
        any_weekday = _alternation((n for names in weekdays for n in names), dotted=True)
        anycase = "(?i:{})".format
        fragments = {
            "GAP": GAP,
            "THE": "(?i:the)",
            "YEAR": r"(?P<year>1[5-9]\d\d|2[01]\d\d)",
            "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
            "MONTH": f"(?P<month>{full_months}|{short_months})",
            "FULL_MONTH": f"(?P<month>{full_months})",
            "WEEKDAY": f"(?P<weekday>{full_weekdays})",
            "WEEKDAY_PREFIX": f"(?:(?:{any_weekday}),?{GAP})?",
            "PART": f"(?P<part>{anycase(_alternation(self.parts))})",
            "REL": f"(?P<rel>{anycase(_alternation(self.relative))})",
            "ROLL": f"(?P<roll>{anycase(_alternation(self.rolling))})",
            "CALENDAR_UNIT": f"(?P<unit>{anycase(_alternation(lexicon['calendar_units']))})",
            "UNIT": f"(?P<unit>{anycase(_alternation(self.units))})(?P<plural>s)?",
            "COUNT": rf"(?P<count>\d{{1,3}}|{anycase(_alternation(self.counts))})",
            "SIDE": f"(?P<side>{anycase(_alternation(self.open_sides))})",
            "DAYWORD": f"(?P<dayword>{anycase(_alternation(self.days))})",
            "SEASON": f"(?P<season>{anycase(_alternation(self.seasons))})",
        }
        rules = []
        for name, template, reader, guarded in GRAMMAR:
            pattern = template
            for placeholder, fragment in fragments.items():
                pattern = pattern.replace("{" + placeholder + "}", fragment)
            compiled = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
            rules.append(Rule(name, compiled, getattr(self, reader), guarded))
        return rules

    @staticmethod
    def _word_before(words: Iterable[str]) -> re.Pattern[str]:
        """Pattern for one of `words` right before the end of a text."""
        return re.compile(rf"(?<!\w)(?P<word>(?i:{_alternation(words)})){GAP}\Z")

    def find(self, text: str, published: date | None) -> Iterator[Reading]:
        """Every rule match in `text` that names a real interval, overlaps included."""
        for priority, rule in enumerate(self.rules):
            for match in rule.pattern.finditer(text):
                interval = rule.read(match, published)
                if interval is None:
                    continue
                guarded = rule.guarded or _key(match.group(0)) in self.ambiguous
                yield Reading(match.start(), match.end(), rule.name, interval, guarded, priority)

    def has_cue_before(self, text: str, start: int) -> bool:
        """Whether a cue word ("in", "since") stands right before `start`."""
        return self.cue_before.search(text, max(0, start - 40), start) is not None

    def bounded(self, text: str, reading: Reading, published: date | None) -> Reading:
        """Widen a reading over a boundary word before it ("since August") and open its interval."""
        found = self.boundary_before.search(text, max(0, reading.start - 40), reading.start)
        if found is None:
            return reading
        first, last = reading.interval
        kind = self.boundaries[_key(found["word"])]
        if kind == "from_start":
            interval = (first, published)
        elif kind == "to_end":
            interval = (None, last)
        elif kind == "before_start":
            interval = (None, first and first - timedelta(days=1))
        else:
            interval = (last and last + timedelta(days=1), None)
        if reading.interval == UNKNOWN:
            interval = UNKNOWN
        return replace(reading, start=found.start(), interval=interval)

    # Readers: match -> interval; UNKNOWN where only a publication date could anchor it,
    # None where the words name no real day (February 30).

    def _month_number(self, match: re.Match[str]) -> int:
        name = match["month"]
        return int(name) if name.isdigit() else self.months[_key(name)]

    def _read_date(self, match: re.Match[str], published: date | None) -> Interval | None:
        month, day = self._month_number(match), int(match["day"])
        if match["year"]:
            found = _safe_date(int(match["year"]), month, day)
            return (found, found) if found else None
        if _safe_date(2000, month, day) is None:
            return None
        if published is None:
            return UNKNOWN
        found = _safe_date(published.year, month, day)
        if found is None or found > published + timedelta(days=self.max_future_days):
            found = _safe_date(published.year - 1, month, day)
        return (found, found) if found else None

    def _read_month(self, match: re.Match[str], published: date | None) -> Interval:
        month = self._month_number(match)
        year = match.groupdict().get("year")
        if year:
            return _period_containing(date(int(year), month, 1), "month")
        if published is None:
            return UNKNOWN
        return _period_containing(date(_latest_month_year(month, published), month, 1), "month")

    def _read_relative_month(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        month, offset = self._month_number(match), self.relative[_key(match["rel"])]
        year = published.year
        if offset < 0 and month >= published.month:
            year -= 1
        elif offset > 0 and month <= published.month:
            year += 1
        return _period_containing(date(year, month, 1), "month")

    def _part_of(self, interval: Interval, unit: str, part: str) -> Interval:
        """The stretch of a calendar period that `early`, `mid` or `late` names."""
        first, last = interval
        stretch = self.parts[_key(part)].get(unit)
        if first is None or last is None or stretch is None:
            return interval
        low, high = stretch
        if unit == "month":
            return first.replace(day=low), first.replace(day=min(high, last.day))
        if unit == "year":
            return date(first.year, low, 1), _month_end(first.year, high)
        if unit == "decade":
            return date(first.year + low, 1, 1), date(first.year + high, 12, 31)
        return first + timedelta(days=low - 1), first + timedelta(days=high - 1)

    def _read_part_of_month(self, match: re.Match[str], published: date | None) -> Interval:
        return self._part_of(self._read_month(match, published), "month", match["part"])

    def _read_year(self, match: re.Match[str], published: date | None) -> Interval:
        return _period_containing(date(int(match["year"]), 1, 1), "year")

    def _read_part_of_year(self, match: re.Match[str], published: date | None) -> Interval:
        return self._part_of(self._read_year(match, published), "year", match["part"])

    def _read_decade(self, match: re.Match[str], published: date | None) -> Interval:
        decade = int(match["decade"])
        interval = (date(decade, 1, 1), date(decade + 9, 12, 31))
        return self._part_of(interval, "decade", match["part"]) if match["part"] else interval

    def _read_century(self, match: re.Match[str], published: date | None) -> Interval:
        century = int(match["century"])
        return date((century - 1) * 100 + 1, 1, 1), date(century * 100, 12, 31)

    def _shift(self, day: date, count: int, unit: str) -> date:
        """`day` moved by `count` units (negative: back)."""
        spec = self.units[unit]
        if "days" in spec:
            return day + timedelta(days=count * spec["days"])
        return _add_months(day, count * spec["months"])

    def _calendar_period(self, unit: str, offset: int, published: date) -> Interval:
        """The week, weekend, month or year `offset` periods from the publication date's one."""
        if unit == "weekend":
            monday, _ = self._calendar_period("week", offset, published)
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return _period_containing(self._shift(published, offset, unit), unit)

    def _read_period(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        return self._calendar_period(_key(match["unit"]), self.relative[_key(match["rel"])], published)

    def _read_part_of_period(self, match: re.Match[str], published: date | None) -> Interval:
        return self._part_of(self._read_period(match, published), _key(match["unit"]), match["part"])

    def _read_open_period(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        first, last = self._calendar_period(_key(match["unit"]), 0, published)
        if self.open_sides[_key(match["side"])] == "to_published":
            return first, published
        return published, last

    def _read_weekday(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        weekday = self.weekdays[_key(match["weekday"])]
        offset = self.relative[_key(match["rel"])] if match["rel"] else 0
        if offset > 0:
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            back = (published.weekday() - weekday) % 7
            day = published - timedelta(days=back or (7 if offset < 0 else 0))
        return day, day

    def _read_day(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        day = published + timedelta(days=self.days[_key(match["dayword"])])
        return day, day

    def _count(self, match: re.Match[str]) -> int:
        """The number of units a match counts, with the lexicon's default for a bare plural."""
        count = match["count"]
        if count is None:
            return self.unstated_plural_count if match["plural"] else 1
        return int(count) if count.isdigit() else self.counts[_key(count)]

    def _read_ago(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        unit = _key(match["unit"])
        moment = self._shift(published, -self._count(match), unit)
        return _period_containing(moment, self.units[unit]["period"])

    def _read_rolling(self, match: re.Match[str], published: date | None) -> Interval:
        if published is None:
            return UNKNOWN
        direction = self.rolling[_key(match["roll"])]
        other_end = self._shift(published, direction * self._count(match), _key(match["unit"]))
        return (other_end, published) if direction < 0 else (published, other_end)

    def _read_season(self, match: re.Match[str], published: date | None) -> Interval:
        """Bare: the latest season begun by publication; `this`: the one holding publication, else
        this year's; `last`: the latest one ended; `next`: the first one to begin after."""
        first_month, last_month = self.seasons[_key(match["season"])]

        def season_of(year: int) -> Interval:
            return date(year, first_month, 1), _month_end(year + (last_month < first_month), last_month)

        if match["year"]:
            return season_of(int(match["year"]))
        if published is None:
            return UNKNOWN
        seasons = [season_of(year) for year in range(published.year - 2, published.year + 2)]
        started = [s for s in seasons if s[0] <= published]
        offset = self.relative[_key(match["rel"])] if match["rel"] else None
        if offset is None:
            return started[-1]
        if offset < 0:
            return [s for s in started if s[1] < published][-1]
        if offset > 0:
            return next(s for s in seasons if s[0] > published)
        current = started[-1]
        return current if current[1] >= published else season_of(published.year)


def _without_overlaps(readings: Iterable[Reading]) -> list[Reading]:
    """Keep the longest reading where several overlap (ties: grammar order), in text order."""
    kept: list[Reading] = []
    for reading in sorted(readings, key=lambda r: (r.start - r.end, r.priority, r.start)):
        if all(reading.end <= k.start or k.end <= reading.start for k in kept):
            kept.append(reading)
    return sorted(kept, key=lambda r: r.start)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class TimeExtractor:
    """Finds time expressions and normalizes them against `doc._.published`."""

    def __init__(self, nlp: Language, name: str, lexicon: str, max_future_days: int) -> None:
        words = load_resource(lexicon)
        self.name = name
        self.grammar = TimeGrammar(words, max_future_days)
        self.date_labels = set(words["date_labels"])

    def __call__(self, doc: Doc) -> Doc:
        """Read every licensed grammar match, keep the longest of overlapping ones, annotate."""
        published_text = normalize_date(doc._.published)
        published = date.fromisoformat(published_text) if published_text else None
        text = doc.text  # built anew on every access
        candidates = [r for r in self.grammar.find(text, published) if self._licensed(doc, text, r)]
        readings = [self.grammar.bounded(text, r, published) for r in _without_overlaps(candidates)]
        self.set_annotations(doc, readings)
        return doc

    def _licensed(self, doc: Doc, text: str, reading: Reading) -> bool:
        """An ambiguous match counts inside a DATE entity, or after a cue word outside other entities."""
        if not reading.guarded:
            return True
        labels = {e.label_ for e in doc.ents if e.start_char < reading.end and reading.start < e.end_char}
        if labels & self.date_labels:
            return True
        return not labels and self.grammar.has_cue_before(text, reading.start)

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
                    "start": span.start_char,
                    "end": span.end_char,
                    "text": span.text,
                    "first": _iso(first),
                    "last": _iso(last),
                }
            )
        doc.spans[SPAN_KEY] = spans
        doc._.times = times


@Language.factory(
    "storyline_time",
    default_config={"lexicon": "time.yaml", "max_future_days": 7},
    assigns=["doc._.times", "doc.spans"],
    requires=["doc.ents"],
)
def make_time_extractor(nlp: Language, name: str, lexicon: str, max_future_days: int) -> TimeExtractor:
    """Build the time extractor.

    Example: `nlp.add_pipe("storyline_time", config={"max_future_days": 3})`

    :param nlp: the pipeline it joins
    :param name: its component name
    :param lexicon: word lists, a file in `storyline/resources/` or a path
    :param max_future_days: how far after publication a day without a year may lie before it is
        read as last year's
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


def when_for_span(doc: Doc, start_char: int, end_char: int, anchor_token: Token | None = None) -> dict | None:
    """The `When` of an event whose evidence is `doc.text[start_char:end_char]`.

    Prefers the time expression whose head chain reaches `anchor_token` in fewest steps (the
    event's verb), else the expression nearest the anchor (without one: the first in the range).

    Example: `when_for_span(doc, sent.start_char, sent.end_char, verb)` ->
    `{"start": "2022-08-03", "end": "2022-08-03", "text": "Wednesday"}`

    :param doc: a Doc the `storyline_time` component has run over
    :param start_char: start of the evidence
    :param end_char: end of the evidence (exclusive)
    :param anchor_token: the token the event hangs on, usually its verb
    :raises: nothing; a Doc the component has not run over just finds no expression
    """
    inside = [t for t in doc._.times or [] if start_char <= t["start"] and t["end"] <= end_char]
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

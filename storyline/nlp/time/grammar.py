"""The grammar of time expressions: the patterns of `rules.py` filled from `time.yaml`, matched over a text, each
match read by its reader (`readers.py`) into a `Reading`; and the widening of a reading over a boundary word before
it (`since August`, `the day after May 3`).

`TimeGrammar` is the component's matcher (`storyline.nlp.time.TimeExtractor` calls `find`, `bounded` and
`has_cue_before`); `TimeReaders`, its base, holds the word tables and the readers that turn a match into a value.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from storyline.nlp.time.periods import UNKNOWN, Timex
from storyline.nlp.time.readers import TimeReaders
from storyline.nlp.time.rules import DIGITS, GAP, GRAMMAR, Reading, Rule, alternation, by_first_letter, phrase_key
from storyline.nlp.time.scan import RuleScanner
from storyline.nlp.time.tense import NEAREST

Tense = Callable[[int, int], int]


class TimeGrammar(TimeReaders):
    """Reads time expressions out of a text; all its words come from the lexicon."""

    def __init__(self, lexicon: dict[str, Any], max_future_days: int) -> None:
        super().__init__(lexicon, max_future_days)
        self.rules = self._compile(lexicon)
        self.scanner = RuleScanner([rule.pattern for rule in self.rules])
        self.cue_before = self._word_before(lexicon["cues"])
        self.boundary_before = self._word_before(self.boundaries)
        self.adjacent_day = self._word_before(lexicon["adjacent_days"])

    def _compile(self, lexicon: dict[str, Any]) -> list[Rule]:
        """Fill the grammar's templates with the lexicon's word lists."""
        months, weekdays = lexicon["months"].values(), lexicon["weekdays"].values()
        full_months = alternation(names[0] for names in months)
        short_months = alternation((n for names in months for n in names[1:]), dotted=True)
        full_weekdays = alternation(names[0] for names in weekdays)
        any_weekday = alternation((n for names in weekdays for n in names), dotted=True)
        anycase = "(?i:{})".format
        words = "(?P<{}>{})".format
        ones = alternation(w for w, v in self.number_words.items() if 1 <= v <= 9)
        # a count word, and after a tens word its ones (`twenty-four`, `thirty six`: not `four`, `six`)
        count_words = anycase(f"(?:{by_first_letter(self.counts)})(?:(?<=ty)(?:-|{GAP})(?:{ones}))?")
        count = rf"(?P<count>{DIGITS}(?:\.\d)?(?:{GAP}1/2)?|{count_words})"  # `two`, `5`, `2.5`, `5 1/2`
        fragments = {
            "GAP": GAP,
            "TIME_UNIT": alternation(self.units),
            "THE": "(?i:the)",
            "YEAR": rf"(?P<year>1[5-9]\d\d|2[01]\d\d|{self._spelled_years()})",
            "HOLIDAY": f"(?P<holiday>{alternation(self.holidays)})",
            "DECADE_WORD": words(
                "decade_word", anycase(alternation(w[:-1] + "ies" for w, v in self.number_words.items() if v % 10 == 0
                                                    and 20 <= v <= 90))),
            "PERIOD_ADJ": f"(?:{anycase(alternation(lexicon['period_adjectives']))})",
            "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
            # `March eighth`, `June twenty-first`; not before a word (`in March first-time buyers`, `May first lady`)
            "DAY_WORD": rf"(?P<day>(?i:(?:twenty|thirty)(?:-|{GAP}))?{anycase(alternation(self.day_ordinals))})"
                        rf"(?![-\w])(?!{GAP}[a-z])",
            "MONTH": f"(?P<month>{full_months}|{short_months})",
            "FULL_MONTH": f"(?P<month>{full_months})",
            "WEEKDAY": f"(?P<weekday>{full_weekdays})",
            "WEEKDAY_PREFIX": f"(?:(?P<wprefix>{any_weekday}),?{GAP})?",
            "PART": words("part", anycase(alternation(self.parts))),
            "NARRATIVE_WORD": words("nword", anycase(alternation(self.narrative_words))),
            "NARRATIVE_UNIT": words("nunit", anycase(alternation(self.narrative_units))),
            "REL": words("rel", anycase(alternation(self.relative))),
            "ROLL": words("roll", anycase(alternation(self.rolling))),
            "CALENDAR_UNIT": words("unit", anycase(alternation(lexicon["calendar_units"]))),
            "UNIT": f"(?P<unit>{anycase(alternation(self.units))})(?P<plural>s)?",
            "COUNT": count,
            "COUNTS": count + rf"(?:{GAP}(?i:to|or){GAP}(?P<count2>\d{{1,3}}|{count_words}))?",  # `two to three`
            "NUMBER": rf"(?:\d{{1,3}}|{anycase(alternation(w for w, v in self.counts.items() if v != 'X'))})",
            "SIDE": words("side", anycase(alternation(self.open_sides))),
            "DAYWORD": words("dayword", anycase(alternation(self.days))),
            "SEASON": words("season", anycase(alternation(self.seasons))),
            "ORDINAL": words("ordinal", anycase(alternation(self.ordinals))),
            "PERIOD_PART": words("period_part", anycase(alternation(self.period_parts))),
            "QREF": words("qref", anycase(alternation(self.quarter_refs))),
            "DMOD": f"(?:{anycase(alternation(lexicon['duration_modifiers']))})",
            "SPAN_WORD": f"(?:{anycase(alternation(lexicon['span_words']))})",
            "MORE": f"(?:{anycase(alternation(lexicon['duration_fillers']))})",
            "EVERY": f"(?:{anycase(alternation(lexicon['every']))})",
            "SET_WORD": words("set_word", anycase(alternation(self.set_words))),
            "REFERENCE": words("reference", anycase(alternation(self.references))),
            "DAYPART": words("daypart", anycase(alternation(self.day_parts))),
            "DAYPART_PREFIX": words(
                "dprefix", f"{full_weekdays}|{anycase(alternation([*self.days, *self.day_part_prefixes]))}"
            ),
            "CLOCK": (
                rf"(?:(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?{GAP}?"
                r"(?P<ampm>(?i:[ap]\.m\.|[ap]\.m|[ap]m)(?!\w)"
                rf"|(?i:in{GAP}the{GAP}(?:morning|afternoon|evening))(?!\w))"  # `4 in the morning`
                f"|(?P<clockword>{anycase(alternation(self.clock_words))}))"
            ),
            "ZONE": f"(?:{alternation(lexicon['time_zones'])})",
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
    def _read_nearest(rule: Rule, match: re.Match[str], published: date | None) -> Timex | None:
        """The reading, past or future, whose first day lies nearer publication (of two as near, the past)."""
        past, future = rule.read(match, published, -1), rule.read(match, published, 1)
        if published is None or past is None or future is None or past.interval[0] is None \
                or future.interval[0] is None:
            return rule.read(match, published, 0)
        return future if abs(future.interval[0] - published) < abs(published - past.interval[0]) else past

    @staticmethod
    def _word_before(words: Iterable[str]) -> re.Pattern[str]:
        """Pattern for one of `words` right before the end of a text."""
        return re.compile(rf"(?<!\w)(?P<word>(?i:{alternation(words)})){GAP}\Z")

    def find(self, text: str, published: date | None, tense: Tense | None = None) -> Iterator[Reading]:
        """Every rule match in `text` that names a time, overlaps included."""
        for priority, (rule, matches) in enumerate(zip(self.rules, self.scanner.find_all(text), strict=True)):
            for match in matches:
                direction = tense(match.start(), match.end()) if tense else 0
                timex = self._read_nearest(rule, match, published) if direction == NEAREST else \
                    rule.read(match, published, direction)
                if timex is None:
                    continue
                guarded = rule.guarded or phrase_key(match.group(0)) in self.ambiguous or self._bare_season(rule, match)
                shift, year = (self._quarter_shift(match), match["qyear"]) if rule.name == "quarter_ref" else (0, None)
                own = rule.name == "quarter_ref" and bool(match["qref"]) and phrase_key(match["qref"]) in \
                    self.own_quarters and "quarter" in match.group(0).lower()  # `the latest period` may be fiscal
                unit = self._narrative_unit(match) if rule.name == "narrative" else None
                count = self._count(match) if rule.name == "ago" else None
                if match.groupdict().get("earlier") and phrase_key(match["unit"]) in ("day", "week") and count \
                        and count.is_integer():
                    unit, shift = phrase_key(match["unit"]), -int(count)  # `two days earlier`: before the story's day
                if rule.name == "clock" and not (match["weekday"] or match["month"]):
                    unit = "clock"  # `at 10 p.m.`: a time of the day the story is telling
                if rule.name == "narrative":
                    shift = self._narrative_shift(match)
                yield Reading(
                    match.start(), match.end(), rule.name, timex, guarded, priority, shift, int(year) if year else None,
                    own, unit,
                )

    def _bare_season(self, rule: Rule, match: re.Match[str]) -> bool:
        """`the fall` (of Kabul) names a season only where no `last`, `this` or year says so."""
        return rule.name == "season" and phrase_key(match["season"]) in self.ambiguous \
            and not (match["rel"] or match["year"])

    def _quarter_shift(self, match: re.Match[str]) -> int:
        """Quarters from the one the text last named: `the year-ago quarter`, `the quarter a year ago` -4."""
        shift = self.quarter_refs[phrase_key(match["qref"])] if match["qref"] else 0
        return shift - 4 if match["qago"] or match["lastyears"] else shift

    def has_cue_before(self, text: str, start: int) -> bool:
        """Whether a cue word ("in", "since") stands right before `start`."""
        return self.cue_before.search(text, max(0, start - 40), start) is not None

    def bounded(self, text: str, reading: Reading, published: date | None) -> Reading:
        """Widen a date over a boundary word before it ("since August") and open its interval; a day with `the day`
        and `before` / `after` before it is the day next to it (`the day before May 3` is May 2)."""
        found = self.boundary_before.search(text, max(0, reading.start - 40), reading.start)
        if found is None or reading.timex.type not in ("DATE", "TIME") or (reading.timex.value or "").endswith("_REF"):
            return reading  # `until now`: PRESENT_REF has no interval to open
        first, last = reading.interval
        kind = self.boundaries[phrase_key(found["word"])]
        adjacent = self.adjacent_day.search(text, max(0, found.start() - 20), found.start()) \
            if kind in ("before_start", "after_end") and reading.timex.type == "DATE" and first and first == last \
            else None
        if adjacent is not None:  # `the day before last Tuesday's hearing`, `the day after Christmas`: that day
            day = first - timedelta(days=1) if kind == "before_start" else first + timedelta(days=1)
            return replace(reading, start=adjacent.start(), timex=Timex((day, day), day.isoformat()))
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
        return replace(reading, start=found.start(), timex=replace(reading.timex, interval=interval))

    def _spelled_years(self) -> str:
        """Years in words, as transcripts write them: `nineteen ninety-six`, `two thousand (and) one`."""
        anycase = "(?i:{})".format
        tens = anycase(alternation(w for w, v in self.number_words.items() if v % 10 == 0 and 10 <= v <= 90))
        ones = anycase(alternation(w for w, v in self.number_words.items() if 1 <= v <= 19))
        joint = f"(?:-|{GAP})"
        century = anycase(alternation(w for w, v in self.number_words.items() if v in (15, 16, 17, 18, 19)))
        pairs = f"{century}{joint}(?:{tens}(?:{joint}{ones})?|{ones})"
        return f"{pairs}|{anycase('two')}{joint}{anycase('thousand')}(?:{joint}(?:{anycase('and')}{joint})?{ones})?"

"""The rules of the time grammar (`grammar.py`): each pattern template, filled from `time.yaml`'s word lists, with
the name of the reader (`readers.py`) that turns its match into a value; what one match reads (`Reading`); and the
helpers that make the word lists into patterns."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from storyline.nlp.time.periods import Interval, Timex

GAP = r"[^\S\n]+"  # words of one expression never span a line break
DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{4}}(?={GAP}[a-z]+s\b)|\d{{1,3}})"  # `2,000 years`, `1500 years`, `3 days`


@dataclass(frozen=True)
class Reading:
    """One grammar match: where it is, what it normalizes to, how much to trust it alone."""

    start: int
    end: int
    rule: str
    timex: Timex
    guarded: bool
    priority: int
    shift: int = 0  # quarter references: quarters from the last quarter the text named
    year: int | None = None  # quarter references: the year they name (`the 1988 period`)
    own: bool = False  # quarter references that name their own quarter (`the latest quarter`), not the text's
    unit: str | None = None  # narrative references: the period they count (`day`, `month`, `weekday:4`)

    @property
    def interval(self) -> Interval:
        return self.timex.interval


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], date | None, int], Timex | None]
    guarded: bool


# (rule name, pattern template, reader method, guarded). Earlier rules win ties between matches
# of equal length. `{NAME}` placeholders are word-list fragments built from `time.yaml`.
GRAMMAR = (
    ("clock", r"{CLOCK}(?:{GAP}{ZONE})?(?:,?{GAP}(?:on{GAP})?(?:{WEEKDAY}|{MONTH}{GAP}{DAY}))?", "_read_clock", False),
    ("date", r"{WEEKDAY_PREFIX}{MONTH}{GAP}{DAY}(?:,?{GAP}{YEAR})?", "_read_date", False),
    ("date", r"{WEEKDAY_PREFIX}{DAY}{GAP}(?:of{GAP})?{MONTH}(?:,?{GAP}{YEAR})?", "_read_date", False),
    ("date", r"{WEEKDAY_PREFIX}{FULL_MONTH}{GAP}{DAY_WORD}(?:,?{GAP}{YEAR})?", "_read_date", False),
    ("date", r"{YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)", "_read_date", False),
    ("part_of_day", r"{DAYPART_PREFIX}(?:{GAP}|(?<=[Mm]id)-){DAYPART}", "_read_part_of_day", False),
    # `the third quarter`, but `the third-quarter results`: an adjective leaves `the` to its noun
    ("quarter", r"(?:{THE}{GAP}(?!(?:\S+{GAP}){0,2}\S+-(?i:quarter|half)))?"
     r"(?:{QREF}{GAP}|(?P<qyear>1[5-9]\d\d|2[01]\d\d){GAP}|{REL}{GAP}year's{GAP})?(?:(?i:fiscal){GAP})?{ORDINAL}"
     r"(?:-|{GAP}){PERIOD_PART}(?:(?:{GAP}of|,)?{GAP}(?:(?i:fiscal){GAP})?{YEAR})?", "_read_quarter", False),
    ("quarter_ref", r"(?:(?:{THE}|(?i:that)){GAP}(?:{QREF}{GAP})?(?:(?P<qyear>1[5-9]\d\d|2[01]\d\d){GAP})?"
     r"|(?P<lastyears>(?i:last){GAP}year's){GAP})(?:fiscal{GAP})?(?:[Qq]uarter|period)(?![-\w])(?P<qago>{GAP}(?:a{GAP}year{GAP}(?:ago|earlier)|last{GAP}year))?",
     "_read_quarter_ref", False),
    ("fiscal", r"(?i:fiscal){GAP}(?:(?i:year){GAP})?{YEAR}", "_read_year", False),
    ("part_of_month", r"{PART}(?:-|{GAP}){MONTH}(?:,?{GAP}{YEAR})?", "_read_part_of_month", False),
    ("month", r"{MONTH}(?:,?{GAP}|{GAP}of{GAP}){YEAR}", "_read_month", False),
    ("month", r"{REL}{GAP}{FULL_MONTH}", "_read_relative_month", False),
    ("month", r"{FULL_MONTH}{GAP}{REL}{GAP}(?i:year)", "_read_month_of_relative_year", False),
    ("month", r"{FULL_MONTH}", "_read_month", False),
    ("part_of_year", r"{PART}(?:-|{GAP}){YEAR}", "_read_part_of_year", False),
    # `1990s`, `the early 1990s` (`the` only before a part of the decade)
    ("decade", r"(?:(?:{THE}{GAP})?{PART}(?:-|{GAP}))?(?P<decade>1[5-9]\d0|20\d0)'?s", "_read_decade", False),
    # `the second half of the 1990s`, `the last half of the '80s`: the decade (TIMEX3 gives no half of one), its days
    # the half's
    ("half_decade", r"(?:{THE}{GAP})?{ORDINAL}{GAP}(?i:half){GAP}of{GAP}(?:{THE}{GAP})?"
     r"(?:(?P<decade>1[5-9]\d0|20\d0)'?s|['’](?P<short>[1-9]0)s|{DECADE_WORD})", "_read_half_decade", False),
    # `the '80s`, `the nineties`: a decade of the twentieth century
    ("decade", r"{THE}{GAP}(?:{PART}(?:-|{GAP}))?(?:['’](?P<short>[1-9]0)s|{DECADE_WORD})", "_read_decade", False),
    ("century", r"(?:{THE}{GAP})?(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)(?:-|{GAP})(?i:century)",
     "_read_century", False),
    ("year", r"{YEAR}(?!{GAP}(?i:{TIME_UNIT})s\b|-(?i:{TIME_UNIT})\b)", "_read_year", True),  # not `1500 years`
    ("part_of_period", r"{PART}(?:-|{GAP})(?:{REL}|(?i:the)){GAP}{CALENDAR_UNIT}", "_read_part_of_period", False),
    ("open_period", r"{SIDE}{GAP}(?i:this|in{GAP}the){GAP}{CALENDAR_UNIT}", "_read_open_period", False),
    ("period", r"{REL}{GAP}{CALENDAR_UNIT}", "_read_period", False),
    ("weekend", r"{THE}{GAP}(?i:weekend)", "_read_weekend", False),
    ("holiday", r"(?:{REL}{GAP})?{HOLIDAY}(?:,?{GAP}{YEAR})?", "_read_holiday", False),
    ("year", r"{THE}{GAP}year{GAP}{YEAR}", "_read_year", False),
    # `the year`, `the fiscal year`: the publication's; `the year ended June 30`: a year's duration
    ("this_period",
     r"{THE}{GAP}(?:{PERIOD_ADJ}{GAP}){0,2}(?P<unit>year|week)(?P<ended>(?={GAP}(?i:ended|ending)))?(?!-)",
     "_read_this_period", False),
    # `that same day`, `later that year`, `the following month`, `the previous Friday`: anchored on the
    # narrative's reference time (`narrative.py`), read here against publication
    ("narrative", r"(?:(?i:earlier|later){GAP})?(?i:that){GAP}(?:(?i:same){GAP})?{NARRATIVE_UNIT}(?![-\w])",
     "_read_narrative", False),
    ("narrative", r"{THE}{GAP}{NARRATIVE_WORD}{GAP}(?:{NARRATIVE_UNIT}|{WEEKDAY})(?![-\w])", "_read_narrative", False),
    ("weekday", r"(?:(?:{THE}{GAP})?{REL}{GAP})?{WEEKDAY}", "_read_weekday", False),
    ("day", r"(?:(?i:early|late){GAP})?{DAYWORD}", "_read_day", False),
    ("ago", r"(?:{DMOD}{GAP})?{COUNT}{GAP}{UNIT}{GAP}(?:(?i:or{GAP}so){GAP})?"
     r"(?:(?i:ago)|(?P<earlier>(?i:earlier))|(?P<ahead>(?i:from{GAP}(?:now|today)|hence)))",
     "_read_ago", False),
    ("year_ago", r"(?i:year-(?:ago|earlier))", "_read_year_ago", False),
    ("rolling", r"(?:{THE}{GAP})?{ROLL}{GAP}(?:{COUNTS}{GAP})?{UNIT}", "_read_rolling", False),
    # `two weeks`, `5 1/2 hours`, `two to three weeks`, `a minute and a half`, `a year or two`, `two years or so`
    ("duration", r"(?:{DMOD}{GAP})?(?:{THE}{GAP}(?:{SPAN_WORD}{GAP})?)?{COUNTS}{GAP}(?:{MORE}{GAP})?{UNIT}(?!-(?i:old))"
     r"(?P<half>{GAP}(?i:and{GAP}a{GAP}half))?(?P<alt>{GAP}(?i:or){GAP}{NUMBER})?(?:{GAP}(?i:or{GAP}so))?",
     "_read_duration", False),
    ("duration", r"{COUNT}-{UNIT}(?<!s)(?:-(?i:long))?(?!-)", "_read_duration", False),
    # `for years`, `in the weeks before`, `over the years`: a bare plural after a preposition of time
    ("vague_duration", r"(?:(?<=(?i:for)\s)|(?<=(?i:over)\s)|(?<=(?i:in)\s)|(?<=(?i:for the)\s)|(?<=(?i:over the)\s)"
     r"|(?<=(?i:in the)\s)|(?<=(?i:within)\s)){UNIT}",
     "_read_vague_duration", False),
    # `year-end`, `by year's end`: the publication's year
    ("year_end", r"(?i:year(?:-|{GAP})end|year's{GAP}end)", "_read_year_end", False),
    ("set", r"{EVERY}{GAP}(?:(?P<other>(?i:other)){GAP}|(?i:single){GAP}|{COUNT}{GAP})?{UNIT}", "_read_set", False),
    ("set", r"{EVERY}{GAP}{WEEKDAY}", "_read_set_weekday", False),
    ("set", r"{EVERY}{GAP}{FULL_MONTH}", "_read_set_month", False),
    ("set", r"{SET_WORD}", "_read_set_word", False),
    ("season", r"(?:{REL}{GAP}|{THE}{GAP}(?:{PART}{GAP})?)?{SEASON}(?:{GAP}(?:of{GAP})?{YEAR})?",
     "_read_season", False),
    ("reference", r"{REFERENCE}", "_read_reference", False),
)


def phrase_key(phrase: str) -> str:
    """Lookup form of a matched phrase: lower case, single spaces, no abbreviation dot."""
    return " ".join(phrase.lower().replace("-", " ").rstrip(".").split())


def by_first_letter(words: Iterable[str]) -> str:
    """`alternation` of lower-case words grouped by their first letter (`t(?:hree|wo)|f(?:ive|our)`): where a word
    starts, the regex tries only the words of its letter, in the same order, so it matches the same text."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{alternation(rests, keep_order=True)})" for first, rests in groups.items())


def alternation(words: Iterable[str], dotted: bool = False, keep_order: bool = False) -> str:
    """Regex alternation of words, longest first, a space or hyphen between two words matching either
    (`year-ago`, `year ago`) and a space any gap within a line."""
    ordered = list(words) if keep_order else sorted(set(words), key=len, reverse=True)
    joint = f"(?:-|{GAP})"
    return "|".join(
        re.escape(w).replace(r"\ ", joint).replace(r"\-", joint) + (r"\.?" if dotted else "") for w in ordered
    )

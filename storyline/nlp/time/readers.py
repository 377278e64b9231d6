"""The readers of the time grammar (`grammar.py`): the lexicon's word tables, and one method per rule that turns
its match into a `Timex` (TIMEX3 type and value, first..last days) against the publication date and the tense of the
clause (`direction`: -1 past, 0 unknown, +1 future), with the calendar helpers they share.

As HeidelTime does for news: `will meet on Saturday` is the coming Saturday, `met on Saturday` the last one, a bare
`Saturday` the latest on or before publication. A reader returns an unanchored value and no days where only a
publication date could anchor it, None where the words name no real day (February 30).
"""

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from storyline.nlp.time.periods import (
    UNKNOWN,
    Interval,
    Timex,
    add_months,
    duration_value,
    month_end,
    narrative_timex,
    period_containing,
    quarter_interval,
    safe_date,
    unanchored,
    value_of,
)
from storyline.nlp.time.rules import phrase_key

CLOCK_BEFORE = re.compile(r"\b(?:at|by|around|about|until|till|before|after|from|to)[^\S\n]+\Z", re.IGNORECASE)
# A count or a plural noun right before `a year` makes it a rate, TIMEX3's SET (`$1 billion a year`,
# `four flights a week`), not a duration.
RATE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|times)|\w\ws)[^\S\n]+\Z", re.IGNORECASE)
NEAR_FUTURE_DAYS = 120  # where the tense does not say, a day further ahead than this is last year's
DATELINE_SLIP_DAYS = 7  # a future clause may name a day this much before publication (a late dateline)


def _latest_month_year(month: int, published: date) -> int:
    """Year of the latest `month` not after the publication month."""
    return published.year if month <= published.month else published.year - 1


def _day_timex(day: date | None) -> Timex:
    return Timex((day, day), value_of(day, "day"))


CALENDAR_NAMED = ("week", "month", "quarter", "year", "decade", "century")
"""Units `the past` or `the next` name as one calendar period (`the past year`, `the next decade`)."""


class TimeReaders:
    """The word tables of `time.yaml` and a reader per grammar rule (`_read_<name>`, named in `rules.GRAMMAR`)."""

    def __init__(self, lexicon: dict[str, Any], max_future_days: int) -> None:
        self.max_future_days = max_future_days
        self.months = {phrase_key(n): int(num) for num, names in lexicon["months"].items() for n in names}
        self.weekdays = {phrase_key(n): int(num) for num, names in lexicon["weekdays"].items() for n in names}
        self.ambiguous = {phrase_key(w) for w in lexicon["ambiguous_words"]}
        self.days = {phrase_key(w): int(v) for w, v in lexicon["days"].items()}
        self.day_ordinals = {phrase_key(w): int(v) for w, v in lexicon["day_ordinals"].items()}
        self.relative = {phrase_key(w): int(v) for w, v in lexicon["relative"].items()}
        self.rolling = {phrase_key(w): int(v) for w, v in lexicon["rolling"].items()}
        self.period_rolls = {phrase_key(w) for w in lexicon.get("period_rolls", ())}
        self.units = {phrase_key(w): spec for w, spec in lexicon["units"].items()}
        self.counts = {phrase_key(w): v for w, v in lexicon["counts"].items()}
        self.unstated_plural_count = int(lexicon["unstated_plural_count"])
        self.parts = {phrase_key(w): spec for spec in lexicon["parts"].values() for w in spec["words"]}
        self.open_sides = {phrase_key(w): side for w, side in lexicon["open_sides"].items()}
        self.boundaries = {phrase_key(w): kind for w, kind in lexicon["boundaries"].items()}
        self.seasons = {phrase_key(w): spec for w, spec in lexicon["seasons"].items()}
        self.ordinals = {phrase_key(w): int(v) for w, v in lexicon["ordinals"].items()}
        self.period_parts = {phrase_key(w): p for w, p in lexicon["period_parts"].items()}
        self.quarter_refs = {phrase_key(w): int(v) for w, v in lexicon["quarter_references"].items()}
        self.own_quarters = {phrase_key(w): v for w, v in lexicon["own_quarters"].items()}
        self.narrative_words = {phrase_key(w): spec for w, spec in lexicon["narrative_words"].items()}
        self.narrative_units = {phrase_key(w): v for w, v in lexicon["narrative_units"].items()}
        self.references = {phrase_key(w): v for w, v in lexicon["references"].items()}
        self.set_words = {phrase_key(w): v for w, v in lexicon["set_words"].items()}
        self.day_parts = {phrase_key(w): v for w, v in lexicon["day_parts"].items()}
        self.day_part_prefixes = {phrase_key(w): int(v) for w, v in lexicon["day_part_prefixes"].items()}
        self.clock_words = {phrase_key(w): v for w, v in lexicon["clock_words"].items()}
        self.number_words = {phrase_key(w): int(v) for w, v in lexicon["number_words"].items()}
        self.holidays = {w: spec for w, spec in lexicon["holidays"].items()}
        self.holiday_keys = {phrase_key(w): spec for w, spec in self.holidays.items()}

    def _narrative_unit(self, match: re.Match[str]) -> str | None:
        """The period a narrative reference counts: `day` (`the next morning` too), `week`, `month`, `year`,
        `weekday:N`; None where its word does not take that unit (`the next year` is publication's)."""
        groups = match.groupdict()
        if groups.get("weekday"):
            unit = f"weekday:{self.weekdays[phrase_key(groups['weekday'])]}"
        else:
            unit = self.narrative_units[phrase_key(groups["nunit"])]
        units = self.narrative_words[phrase_key(groups["nword"])]["units"] if groups.get("nword") else None
        if units is not None and unit.split(":")[0] not in units:
            return None
        return unit

    def _narrative_shift(self, match: re.Match[str]) -> int:
        word = match.groupdict().get("nword")
        return self.narrative_words[phrase_key(word)]["shift"] if word else 0

    def _read_narrative(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        """A narrative reference read against publication (`narrative.py` moves it onto the reference time)."""
        unit = self._narrative_unit(match)
        if unit is None:
            return None
        shift = self._narrative_shift(match)
        if published is None:
            return Timex(UNKNOWN, unanchored("day" if unit.startswith("weekday") else unit))
        return narrative_timex(unit, shift, published)

    def _year(self, text: str) -> int:
        """A year written in digits or in words."""
        if text.isdigit():
            return int(text)
        words = phrase_key(text).split()
        if words[:2] == ["two", "thousand"]:
            return 2000 + sum(self.number_words.get(w, 0) for w in words[2:])
        return self.number_words[words[0]] * 100 + sum(self.number_words.get(w, 0) for w in words[1:])

    def _month_number(self, match: re.Match[str]) -> int:
        name = match["month"]
        return int(name) if name.isdigit() else self.months[phrase_key(name)]

    def _anchor_day(self, month: int, day: int, published: date, direction: int, weekday: int | None) -> date | None:
        """The day in the publication year, or the year before / after: the one whose weekday the text
        names, else the latest by publication in a past clause (`max_future_days` after it still
        counts), the first from publication on in a future one, the nearest where the tense does not say."""
        years = (published.year, published.year - 1, published.year + 1)
        if weekday is not None:
            named = [d for y in years if (d := safe_date(y, month, day)) and d.weekday() == weekday]
            if named:
                return named[0]
        candidates = [d for y in years if (d := safe_date(y, month, day))]
        if direction < 0:
            latest = published + timedelta(days=self.max_future_days)
            return max((d for d in candidates if d <= latest), default=None)
        if direction > 0:
            earliest = published - timedelta(days=DATELINE_SLIP_DAYS)
            return min((d for d in candidates if d >= earliest), default=None)
        near = [d for d in candidates if (d - published).days <= NEAR_FUTURE_DAYS]  # news looks back more than ahead
        return min(near, key=lambda d: abs((d - published).days), default=None)

    def _day_number(self, day: str) -> int:
        """`8`, `8th`, `eighth`, `twenty-first`."""
        if day.isdigit():
            return int(day)
        *tens, ones = phrase_key(day).split()
        return sum(self.number_words[w] for w in tens) + self.day_ordinals[ones]

    def _read_date(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        month, day = self._month_number(match), self._day_number(match["day"])
        if match["year"]:
            found = safe_date(self._year(match["year"]), month, day)
            return _day_timex(found) if found else None
        if safe_date(2000, month, day) is None:
            return None
        if published is None:
            return Timex(UNKNOWN, f"XXXX-{month:02d}-{day:02d}")
        weekday = self.weekdays[phrase_key(match["wprefix"])] if match.groupdict().get("wprefix") else None
        found = self._anchor_day(month, day, published, direction, weekday)
        return _day_timex(found) if found else None

    def _month_timex(self, year: int, month: int) -> Timex:
        first = date(year, month, 1)
        return Timex(period_containing(first, "month"), value_of(first, "month"))

    def _read_month(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        month = self._month_number(match)
        year = match.groupdict().get("year")
        if year:
            return self._month_timex(self._year(year), month)
        if published is None:
            return Timex(UNKNOWN, f"XXXX-{month:02d}")
        if direction > 0:
            return self._month_timex(published.year + (month < published.month), month)
        if direction == 0:  # the nearest such month; of two as near, the past one
            ahead = month - published.month
            return self._month_timex(published.year - (ahead >= 6) + (ahead < -6), month)
        return self._month_timex(_latest_month_year(month, published), month)

    def _read_month_of_relative_year(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        month = self._month_number(match)
        if published is None:
            return Timex(UNKNOWN, f"XXXX-{month:02d}")
        return self._month_timex(published.year + self.relative[phrase_key(match["rel"])], month)

    def _read_relative_month(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        month, offset = self._month_number(match), self.relative[phrase_key(match["rel"])]
        if published is None:
            return Timex(UNKNOWN, f"XXXX-{month:02d}")
        year = published.year
        if offset < 0 and month >= published.month:
            year -= 1
        elif offset > 0 and month <= published.month:
            year += 1
        return self._month_timex(year, month)

    def _part_of(self, timex: Timex, unit: str, part: str) -> Timex:
        """The stretch of a calendar period that `early`, `mid` or `late` names (the value stays the period's)."""
        first, last = timex.interval
        stretch = self.parts[phrase_key(part)].get(unit)
        if first is None or last is None or stretch is None:
            return timex
        low, high = stretch
        if unit == "month":
            interval = first.replace(day=low), first.replace(day=min(high, last.day))
        elif unit == "year":
            interval = date(first.year, low, 1), month_end(first.year, high)
        elif unit == "decade":
            interval = date(first.year + low, 1, 1), date(first.year + high, 12, 31)
        else:
            interval = first + timedelta(days=low - 1), first + timedelta(days=high - 1)
        return replace(timex, interval=interval)

    def _read_part_of_month(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return self._part_of(self._read_month(match, published, direction), "month", match["part"])

    def _read_year(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        first = date(self._year(match["year"]), 1, 1)
        return Timex(period_containing(first, "year"), value_of(first, "year"))

    def _read_part_of_year(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return self._part_of(self._read_year(match, published, direction), "year", match["part"])

    def _decade(self, match: re.Match[str]) -> int:
        if match.groupdict().get("short"):
            return 1900 + int(match["short"])
        if match.groupdict().get("decade_word"):
            return 1900 + self.number_words[phrase_key(match["decade_word"])[:-3] + "y"]
        return int(match["decade"])

    def _read_half_decade(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        """`the second half of the 1990s`: the decade's value (`199`), the days of its half (1995..1999)."""
        decade, index = self._decade(match), self.ordinals[phrase_key(match["ordinal"])]
        if index > 2:
            return None
        first = decade + (5 if index in (2, -1) else 0)
        return Timex((date(first, 1, 1), date(first + 4, 12, 31)), f"{decade // 10:03d}")

    def _read_decade(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        decade = self._decade(match)
        timex = Timex((date(decade, 1, 1), date(decade + 9, 12, 31)), f"{decade // 10:03d}")
        return self._part_of(timex, "decade", match["part"]) if match["part"] else timex

    def _read_century(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        century = int(match["century"])
        return Timex((date((century - 1) * 100 + 1, 1, 1), date(century * 100, 12, 31)), f"{century - 1:02d}")

    def _read_quarter(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        """`the third quarter (of 1998)`, `first-half`: the latest such period begun by publication
        (news reports on quarters already under way, whatever the tense)."""
        period = self.period_parts[phrase_key(match["period_part"])]
        size = 3 if period == "quarter" else 6
        index = self.ordinals[phrase_key(match["ordinal"])]
        if index < 0:
            index = 12 // size
        if index > 12 // size:
            return None
        letter = "Q" if period == "quarter" else "H"
        if match["year"] or match["qyear"]:
            year = self._year(match["year"] or match["qyear"])
        elif published is None:
            return Timex(UNKNOWN, f"XXXX-{letter}{index}")
        elif match["rel"]:
            year = published.year + self.relative[phrase_key(match["rel"])]
        else:
            begins = date(published.year, (index - 1) * size + 1, 1)
            year = published.year - (begins > published)
        if match["qref"]:  # `the year-ago third quarter`: whole years back
            year += int(self.quarter_refs[phrase_key(match["qref"])] / 4)
        first = date(year, (index - 1) * size + 1, 1)
        return Timex(period_containing(first, period), value_of(first, period))

    def _read_quarter_ref(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        """`the quarter`, `the latest quarter`: the last quarter ended by publication until the
        extractor finds the quarter the text last named (`resolve_references`)."""
        if published is None:
            return Timex(UNKNOWN, "XXXX-QX")
        first, _ = period_containing(published, "quarter")
        own = self.own_quarters.get(phrase_key(match["qref"])) if match["qref"] else None
        if own == "current" and "quarter" in match.group(0).lower():
            return Timex(quarter_interval(first.year, (first.month - 1) // 3 + 1), value_of(first, "quarter"))
        previous = add_months(first, -3)
        return Timex(quarter_interval(previous.year, (previous.month - 1) // 3 + 1), value_of(previous, "quarter"))

    def _shift(self, day: date, count: float, unit: str) -> date:
        """`day` moved by `count` units (negative: back)."""
        spec = self.units[unit]
        if "days" in spec:
            # whole days: a date plus a fraction of one would move by a day too many back (`the last 24 hours`)
            return day + timedelta(days=round(count * spec["days"]))
        return add_months(day, round(count * spec["months"]))

    def _calendar_period(self, unit: str, offset: int, published: date) -> Interval:
        """The week, weekend, month, quarter or year `offset` periods from the publication date's one."""
        if unit == "weekend":
            monday, _ = self._calendar_period("week", offset, published)
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if unit == "quarter":
            return period_containing(add_months(published, 3 * offset), "quarter")
        return period_containing(self._shift(published, offset, unit), unit)

    def _period_timex(self, unit: str, interval: Interval) -> Timex:
        return Timex(interval, value_of(interval[0], unit))

    def _read_period(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        unit = phrase_key(match["unit"])
        if published is None:
            return Timex(UNKNOWN, unanchored(unit))
        offset = self.relative[phrase_key(match["rel"])] if match["rel"] else 0  # `the end of the year`: this one
        return self._period_timex(unit, self._calendar_period(unit, offset, published))

    def _read_part_of_period(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return self._part_of(self._read_period(match, published, direction), phrase_key(match["unit"]), match["part"])

    def _read_open_period(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        unit = phrase_key(match["unit"])
        if published is None:
            return Timex(UNKNOWN, unanchored(unit))
        first, last = self._calendar_period(unit, 0, published)
        value = value_of(first, unit)
        if self.open_sides[phrase_key(match["side"])] == "to_published":
            return Timex((first, published), value)
        return Timex((published, last), value)

    def _weekday_date(self, weekday: int, offset: int, published: date, direction: int) -> date:
        if offset > 0 or (offset == 0 and direction > 0):
            ahead = (weekday - published.weekday()) % 7
            return published + timedelta(days=ahead or (7 if offset > 0 else 0))
        back = (published.weekday() - weekday) % 7
        return published - timedelta(days=back or (7 if offset < 0 else 0))

    def _read_weekday(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        weekday = self.weekdays[phrase_key(match["weekday"])]
        if published is None:
            return Timex(UNKNOWN, f"XXXX-WXX-{weekday + 1}")
        offset = self.relative[phrase_key(match["rel"])] if match["rel"] else 0
        return _day_timex(self._weekday_date(weekday, offset, published, direction))

    def _read_this_period(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        unit = phrase_key(match["unit"])
        if match["ended"] is not None:
            return Timex(UNKNOWN, duration_value(1, self.units[unit]["code"]), "DURATION")
        if published is None:
            return Timex(UNKNOWN, unanchored(unit))
        return self._period_timex(unit, self._calendar_period(unit, 0, published))

    def _read_weekend(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        if published is None:
            return Timex(UNKNOWN, "XXXX-WXX-WE")
        saturday = self._weekday_date(5, 0, published, direction)
        if direction <= 0 and published.weekday() == 6:
            saturday = published - timedelta(days=1)
        return Timex((saturday, saturday + timedelta(days=1)), value_of(saturday, "weekend"))

    def _holiday_in(self, spec: dict[str, int], year: int) -> date:
        """A holiday's day in a year: a fixed day, or the nth weekday of its month counted from a day."""
        if "day" in spec:
            return date(year, spec["month"], spec["day"])
        nth = spec["nth"]
        if nth < 0:
            last = month_end(year, spec["month"])
            return last - timedelta(days=(last.weekday() - spec["weekday"]) % 7)
        start = date(year, spec["month"], spec.get("from", 1))
        return start + timedelta(days=(spec["weekday"] - start.weekday()) % 7 + 7 * (nth - 1))

    def _read_holiday(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        spec = self.holiday_keys[phrase_key(match["holiday"])]
        if match["year"]:
            return _day_timex(self._holiday_in(spec, self._year(match["year"])))
        if published is None:
            return Timex(UNKNOWN, unanchored("day"))
        days = [self._holiday_in(spec, year) for year in range(published.year - 1, published.year + 2)]
        offset = self.relative[phrase_key(match["rel"])] if match["rel"] else direction
        if offset < 0:
            return _day_timex(max(d for d in days if d < published))
        if offset > 0:
            return _day_timex(min(d for d in days if d > published))
        return _day_timex(min(days, key=lambda d: abs((d - published).days)))

    def _read_day(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        word = phrase_key(match["dayword"])
        part = self.day_parts.get(word)
        day = published + timedelta(days=self.days[word]) if published else None
        if part:  # `tonight`
            return Timex((day, day), f"{day.isoformat() if day else unanchored('day')}T{part}", "TIME")
        return _day_timex(day) if day else Timex(UNKNOWN, unanchored("day"))

    def _read_part_of_day(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        """`Friday morning`, `yesterday afternoon`, `last night`: that day with TIMEX3's part of day. As the
        TimeBank annotators do, a weekday's part of day stays a DATE; the others are TIMEs."""
        prefix, part = phrase_key(match["dprefix"]), self.day_parts[phrase_key(match["daypart"])]
        kind = "DATE" if prefix in self.weekdays else "TIME"
        if published is None:
            return Timex(UNKNOWN, unanchored("day") + f"T{part}", kind)
        if prefix in self.weekdays:
            day = self._weekday_date(self.weekdays[prefix], 0, published, direction)
        elif prefix in self.days:
            day = published + timedelta(days=self.days[prefix])
        else:
            day = published + timedelta(days=self.day_part_prefixes[prefix])
        return Timex((day, day), f"{day.isoformat()}T{part}", kind)

    def _read_clock(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        if match["clockword"]:
            clock = self.clock_words[phrase_key(match["clockword"])]
        else:
            hour, minute = int(match["hour"]), int(match["minute"] or 0)
            if hour > 12 or hour == 0:
                return None
            if match["ampm"][0] in "iI" and not CLOCK_BEFORE.search(match.string, 0, match.start()):
                return None  # `4 in the morning` after `at`, `by`, `until`: not `was down 4 in the morning`
            hour = hour % 12 + (12 if re.match(r"(?i)p|in\s+the\s+(?:afternoon|evening)", match["ampm"]) else 0)
            clock = f"{hour:02d}:{minute:02d}"
        if published is None:
            return Timex(UNKNOWN, f"XXXX-XX-XXT{clock}", "TIME")
        day: date | None = published
        if match["weekday"]:
            day = self._weekday_date(self.weekdays[phrase_key(match["weekday"])], 0, published, direction)
        elif match["month"]:
            day = self._anchor_day(self._month_number(match), int(match["day"]), published, direction, None)
        if day is None:
            return None
        return Timex((day, day), f"{day.isoformat()}T{clock}", "TIME")

    def _count(self, match: re.Match[str]) -> float | None:
        """The number of units a match counts; None for a vague count (`several`, a bare plural)."""
        return self._count_word(match["count"])

    def _count_word(self, count: str | None) -> float | None:
        if count is None:
            return None
        if count[0].isdigit():
            return float(count.split()[0].replace(",", "")) + (0.5 if count.endswith("1/2") else 0.0)  # `5 1/2`
        key = phrase_key(count)
        if key not in self.counts:  # `twenty four`: tens and ones
            return float(sum(self.number_words[w] for w in key.split()))
        number = self.counts[key]
        return None if number == "X" else float(number)

    def _read_ago(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        unit = phrase_key(match["unit"])
        count, sign = self._count(match), 1 if match["ahead"] else -1
        if count is None:
            return Timex((published, None), "FUTURE_REF") if sign > 0 else Timex((None, published), "PAST_REF")
        if published is None:
            return Timex(UNKNOWN, unanchored(self.units[unit]["period"]))
        moment = self._shift(published, sign * count, unit)
        period = self.units[unit]["period"]
        interval = period_containing(moment, period)
        return Timex(interval, value_of(interval[0], period))

    def _read_year_ago(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        if published is None:
            return Timex(UNKNOWN, unanchored("year"))
        first = date(published.year - 1, 1, 1)
        return Timex(period_containing(first, "year"), value_of(first, "year"))

    def _read_rolling(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        unit = phrase_key(match["unit"])
        count = self._count(match)
        if count is None and not match["plural"]:
            count = 1.0
        span = count if count is not None else self.unstated_plural_count
        if match["count2"]:  # `the next 12 to 18 months`: a vague count, the longer window
            count, longer = None, self._count_word(match["count2"])
            span = longer if longer is not None else span
        value = duration_value(count, self.units[unit]["code"])
        named = not match["count"] and not match["plural"] and unit in CALENDAR_NAMED \
            and match.group(0)[:3].lower() == "the" and phrase_key(match["roll"]) in self.period_rolls
        if published is None:
            return Timex(UNKNOWN, unanchored(unit) if named else value, "DATE" if named else "DURATION")
        sign = self.rolling[phrase_key(match["roll"])]
        other_end = self._shift(published, sign * span, unit)
        window = (other_end, published) if sign < 0 else (published, other_end)
        if named:  # `the past year`: TimeML's DATE of the year before publication's, its days the window
            return Timex(window, value_of(self._shift(published, sign, unit), unit), "DATE")
        return Timex(window, value, "DURATION")

    def _read_duration(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        unit = phrase_key(match["unit"])
        if self.units[unit].get("fraction") and re.match(r"\s+of\b", match.string[match.end():]):
            return None  # `a quarter of the votes`
        if re.match(r"[^\S\n]+old\b", match.string[match.end():]):
            return None  # `52 years old`: an age, as `a 52-year-old`
        groups = match.groupdict()
        count = self._count(match)
        if phrase_key(match.group(0)).split()[0] in ("a", "an") and RATE_BEFORE.search(match.string, 0, match.start()):
            return Timex(UNKNOWN, duration_value(1, self.units[unit]["code"]), "SET")  # `$1 billion a year`
        if groups.get("count2") or groups.get("alt"):
            count = None  # `two to three weeks`, `a year or two`: how many is not said
        elif groups.get("half") and count is not None:
            count += 0.5  # `a minute and a half`
        return Timex(UNKNOWN, duration_value(count, self.units[unit]["code"]), "DURATION")

    def _read_vague_duration(self, match: re.Match[str], published: date | None, direction: int) -> Timex | None:
        if not match["plural"] or re.match(r"-|\s+of\b|\s+(?:ago|earlier|later)\b", match.string[match.end():]):
            return None  # `for years of work` counts something else; `years ago` is a date
        return Timex(UNKNOWN, duration_value(None, self.units[phrase_key(match["unit"])]["code"]), "DURATION")

    def _read_year_end(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        if published is None:
            return Timex(UNKNOWN, unanchored("year"))
        last = date(published.year, 12, 31)
        return Timex((last, last), str(published.year))

    def _read_set(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        """`every year` P1Y, `every other week` P2W, `every three months` P3M."""
        count = 2.0 if match["other"] else self._count(match) if match["count"] else 1.0
        return Timex(UNKNOWN, duration_value(count, self.units[phrase_key(match["unit"])]["code"]), "SET")

    def _read_set_weekday(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return Timex(UNKNOWN, f"XXXX-WXX-{self.weekdays[phrase_key(match['weekday'])] + 1}", "SET")

    def _read_set_month(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return Timex(UNKNOWN, f"XXXX-{self._month_number(match):02d}", "SET")

    def _read_set_word(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        return Timex(UNKNOWN, self.set_words[phrase_key(match["set_word"])], "SET")

    def _read_reference(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        """`now`, `recently`, `the future`: TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF (no calendar span)."""
        return Timex(UNKNOWN, self.references[phrase_key(match["reference"])])

    def _read_season(self, match: re.Match[str], published: date | None, direction: int) -> Timex:
        """Bare: the latest season begun by publication (the coming one in a future clause); `this`: the
        one holding publication, else this year's; `last`: the latest one ended; `next`: the first to begin after."""
        spec = self.seasons[phrase_key(match["season"])]
        first_month, last_month = spec["months"]

        def season_of(year: int) -> Timex:
            interval = date(year, first_month, 1), month_end(year + (last_month < first_month), last_month)
            return Timex(interval, f"{year:04d}-{spec['code']}")

        if match["year"]:
            return season_of(self._year(match["year"]))
        if published is None:
            return Timex(UNKNOWN, f"XXXX-{spec['code']}")
        seasons = [season_of(year) for year in range(published.year - 2, published.year + 2)]
        started = [s for s in seasons if s.interval[0] <= published]
        offset = self.relative[phrase_key(match["rel"])] if match["rel"] else None
        if offset is None:
            if direction > 0 and started[-1].interval[1] < published:
                return next(s for s in seasons if s.interval[0] > published)
            return started[-1]
        if offset < 0:
            return [s for s in started if s.interval[1] < published][-1]
        if offset > 0:
            return next(s for s in seasons if s.interval[0] > published)
        current = started[-1]
        return current if current.interval[1] >= published else season_of(published.year)

"""Calendar arithmetic and TIMEX3 values for the time extractor (no spaCy, no lexicon)."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

Interval = tuple[date | None, date | None]
UNKNOWN: Interval = (None, None)


@dataclass(frozen=True)
class Timex:
    """What one expression normalizes to: its TIMEX3 type and value and the days it covers."""

    interval: Interval
    value: str | None
    type: str = "DATE"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Same day-of-month `months` later, clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def period_containing(day: date, period: str) -> Interval:
    """The calendar day, week (Monday..Sunday), month, quarter, half or year that holds `day`."""
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    if period in ("quarter", "half"):
        size = 3 if period == "quarter" else 6
        first_month = (day.month - 1) // size * size + 1
        return date(day.year, first_month, 1), month_end(day.year, first_month + size - 1)
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def quarter_interval(year: int, quarter: int) -> Interval:
    return date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)


def value_of(day: date | None, period: str) -> str | None:
    """The TIMEX3 value of the `period` (day, week, weekend, month, quarter, half, year, decade, century) holding
    `day`."""
    if day is None:
        return None
    if period == "day":
        return day.isoformat()
    if period in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if period == "weekend" else "")
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if period == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if period == "decade":
        return f"{day.year // 10:03d}"
    if period == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


UNANCHORED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
              "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def unanchored(period: str) -> str:
    """The TIMEX3 value of a period no publication date anchors: `XXXX-WXX` for `last week`."""
    return UNANCHORED[period]


def duration_value(count: float | None, code: str) -> str:
    """`P2W`, `PT3H`, `PXY` (count unknown) for a count of a unit whose TIMEX3 code is `code`
    (`T` prefixed for clock units: `TH`); decades and centuries are counted in years."""
    clock = code.startswith("T")
    letter = code[1:] if clock else code
    if count is not None and letter in ("E", "C"):
        count, letter = count * (10 if letter == "E" else 100), "Y"
    if count is None:
        amount = "X"
    elif float(count).is_integer():
        amount = str(int(count))
    else:
        return _split_fraction(count, letter, clock)
    return f"P{'T' if clock else ''}{amount}{letter}"


def _split_fraction(count: float, letter: str, clock: bool) -> str:
    """`2.5` years -> `P2Y6M`; `1.5` hours -> `PT1H30M`; a fraction of any other unit keeps its decimal."""
    whole, part = int(count), count - int(count)
    smaller = {"Y": ("M", 12), "H": ("M", 60), "M": ("S", 60) if clock else ("D", 30), "D": ("H", 24)}
    if letter in smaller:
        unit, per = smaller[letter]
        rest = round(part * per)
        prefix = "PT" if clock or unit == "H" else "P"
        head = f"{whole}{letter}" if whole else ""
        if unit == "H" and not clock:
            return f"P{head}T{rest}H" if head else f"PT{rest}H"
        return f"{prefix}{head}{rest}{unit}"
    return f"P{'T' if clock else ''}{count:g}{letter}"


def narrative_timex(unit: str, shift: int, reference: date) -> Timex:
    """The `unit` (`day`, `week`, `month`, `year`, `weekday:N`) `shift` units from the one holding
    `reference`: `the following month` after May 1995 is June 1995, `the previous Friday` before a
    Friday the Friday a week before it."""
    if unit.startswith("weekday:"):
        weekday = int(unit.split(":")[1])
        if shift >= 0:
            day = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1 if shift else
                                        (weekday - reference.weekday()) % 7)
        else:
            day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
        return Timex((day, day), day.isoformat())
    if unit == "day":
        day = reference + timedelta(days=shift)
    elif unit == "week":
        day = reference + timedelta(days=7 * shift)
    elif unit == "month":
        day = add_months(reference.replace(day=1), shift)
    else:
        day = date(reference.year + shift, 1, 1)
    return Timex(period_containing(day, unit), value_of(day, unit))

"""Publication dates to `YYYY-MM-DD`, or None: a wrong date is worse than none."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}
"""No relative dates (`yesterday`) and no guessed parts (`August 2022` is not a day)."""


def normalize_date(value: object) -> str | None:
    """The calendar date a publication date names, as written (no time-zone shift).

    Example: `normalize_date("Thu, 04 Aug 2022 23:10:00 -0400")` → `"2022-08-04"`

    :param value: ISO date or datetime, RFC 2822 date, or English like `August 4, 2022`
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    for parse in (_iso, _rfc2822, _natural):
        parsed = parse(value)
        if parsed is not None:
            return parsed.date().isoformat()
    return None


def _iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _rfc2822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _natural(value: str) -> datetime | None:
    import dateparser  # slow to import: only when a date is not ISO or RFC 2822

    try:
        return dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    except (ValueError, OverflowError):
        return None

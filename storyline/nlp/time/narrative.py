"""Narrative references: `that same day`, `later that year`, `the following month`, `the previous Friday`,
and clock times without a day of their own (`at 10:35 a.m.`: on the day the story tells).

They count from the story's reference time, not from publication: as HeidelTime does for news, the
reference time is the last date the text named before them, at the reference's own granularity or a
finer one (`the next day` needs a day, `the following month` a month or a day, `that year` any date
with a year). Where the text named none, publication is the reference (as the grammar read it).
"""

import re
from dataclasses import replace
from datetime import date

from storyline.nlp.time.periods import narrative_timex
from storyline.nlp.time.rules import Reading

# What a value names, finest first: a day (times of day too), a week, a month, a year.
_LEVELS = (
    ("day", re.compile(r"\d{4}-\d\d-\d\d(?:T.*)?")),
    ("week", re.compile(r"\d{4}-W\d\d")),
    ("month", re.compile(r"\d{4}-\d\d")),
    ("year", re.compile(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?")),
)
_ORDER = [level for level, _ in _LEVELS]


def _level(reading: Reading) -> str | None:
    """The granularity of a reading that names a date of its own; None for durations, sets, `now`."""
    if reading.timex.type not in ("DATE", "TIME") or reading.interval[0] is None:
        return None
    value = reading.timex.value or ""
    return next((level for level, pattern in _LEVELS if pattern.fullmatch(value)), None)


def anchor_on_narrative(readings: list[Reading]) -> list[Reading]:
    """Move every narrative reference onto the last date named before it at a fine enough granularity,
    and a clock time without its day onto the last day named."""
    references: dict[str, date] = {}
    anchored = []
    for reading in readings:
        if reading.unit == "clock" and references.get("day") and reading.timex.value:
            day = references["day"]
            value = f"{day.isoformat()}T{reading.timex.value.partition('T')[2]}"
            reading = replace(reading, timex=replace(reading.timex, interval=(day, day), value=value))
        elif reading.rule in ("narrative", "ago") and reading.unit:
            need = "day" if reading.unit.startswith("weekday") else reading.unit
            reference = references.get(need)
            if reference is not None:
                reading = replace(reading, timex=narrative_timex(reading.unit, reading.shift, reference))
        level = _level(reading)
        if level is not None:
            for coarser in _ORDER[_ORDER.index(level):]:
                references[coarser] = reading.interval[0]
        anchored.append(reading)
    return anchored

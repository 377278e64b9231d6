"""Quotation marks over the raw text: straight, curly and single marks, paragraph continuations,
never raising on unbalanced marks."""

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
SINGLE = SINGLE_OPEN + SINGLE_CLOSE + "'"
OPEN_AFTER = set("([{<—–-/:;\"'“‘«„")
"""Characters a quotation may open right after (besides whitespace)."""
CLOSE_BEFORE = set(".,;:!?)]}>—–-…\"'”’»")
"""Characters a quotation may close right before (besides whitespace)."""
DOUBLED_SINGLE = "''"
"""Two apostrophes, the typewriter's double quotation mark (`''It is over,'' he said.`, as some archives write every
quotation): read as one double mark, so a quotation opening on a digit and single marks inside it pair as they
should."""


@dataclass
class Quotation:
    """Text between quotation marks: `start`/`end` bound the content, `open_at`/`close_at` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    full: bool = False
    state: str = ""
    """`direct` once emitted as a direct quote, `absorbed` once inside reported content."""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines: the unit a quotation normally closes in."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at `i` can open (text follows it) and can close (text precedes it)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev.isspace() or prev in OPEN_AFTER) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or nxt in CLOSE_BEFORE)
    return can_open, can_close


def _double_role(text: str, i: int, pending: bool) -> str:
    """`open` or `close`: by the characters around it first, by its glyph where those are unclear."""
    can_open, can_close = _flanks(text, i)
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "close" if can_close and not can_open else "open"
    if ch in DOUBLE_CLOSE:
        return "open" if can_open and not can_close else "close"
    if can_open != can_close:
        return "open" if can_open else "close"
    return "close" if pending else "open"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content offsets without surrounding blanks and trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _double_quotations(text: str, paras: list[tuple[int, int]]) -> list[Quotation]:
    found = []
    for a, b in paras:
        pending = None
        for i in range(a, b):
            if text[i] not in DOUBLE:
                continue
            role = _double_role(text, i, pending is not None)
            if role == "open":
                if pending is not None:  # `said: "A. "B."`: the first quotation was never closed
                    start, end = trim(text, pending + 1, i)
                    if end > start:
                        found.append(Quotation(start, end, pending, None))
                pending = i
            elif pending is not None:
                start, end = trim(text, pending + 1, i)
                if end > start:
                    found.append(Quotation(start, end, pending, i))
                pending = None
        if pending is not None:  # unclosed: runs to the paragraph's end (continued or unbalanced)
            start, end = trim(text, pending + 1, b)
            if end > start:
                found.append(Quotation(start, end, pending, None))
    return found


def _single_quotations(text: str, paras: list[tuple[int, int]], inside: list[Quotation]) -> list[Quotation]:
    """Single-mark quotations outside double ones; a mark between two letters is an apostrophe."""
    taken = [(q.open_at, q.close_at if q.close_at is not None else q.end) for q in inside]
    found = []
    for a, b in paras:
        pending = None
        fallback = None
        for i in range(a, b):
            ch = text[i]
            if ch not in SINGLE or any(x <= i <= y for x, y in taken):
                continue
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < b else " "
            if prev.isalnum() and nxt.isalnum():
                continue
            can_open, can_close = _flanks(text, i)
            if pending is None:
                if ch not in SINGLE_CLOSE and can_open and nxt.isalpha():
                    pending = i
                continue
            if ch in SINGLE_OPEN or not can_close:
                continue
            after = text[i + 2 : i + 3]
            if prev in "sS" and nxt == " " and after.islower():  # `the countries’ policy`: maybe possessive
                fallback = fallback or i
                continue
            found.append(_single(text, pending, i))
            pending = fallback = None
        if pending is not None and fallback is not None:
            found.append(_single(text, pending, fallback))
    return [q for q in found if q.end > q.start]


def _single(text: str, open_at: int, close_at: int) -> Quotation:
    start, end = trim(text, open_at + 1, close_at)
    return Quotation(start, end, open_at, close_at)


def _doubled(text: str) -> str:
    """The text with each pair of apostrophes written as one double mark and a space, at the same offsets: the mark
    next to the words it opens (`''Hey` → ` "Hey`) or closes (`over,''` → `over," `); of three, the pair is the outer
    mark (`'''Hey` → ` "'Hey`, `us,'''` → `us,'" `)."""

    def mark(m: re.Match) -> str:
        opens = m.end() < len(text) and not text[m.end()].isspace() and text[m.end()] not in CLOSE_BEFORE
        pair = ' "' if opens else '" '
        if len(m.group()) == 2:
            return pair
        return pair + "'" if opens else "'" + pair

    return re.sub(r"(?<!')'''?(?!')", mark, text)


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in text order, content offsets inside the marks.

    Example: `find_quotations('“A,” he said.')[0].start == 1`

    :param text: the document text
    """
    paras = paragraphs(text)
    marked = _doubled(text) if DOUBLED_SINGLE in text else text
    double = _double_quotations(marked, paras)
    return sorted(double + _single_quotations(marked, paras, double), key=lambda q: q.start)

"""One pass over a text for all the grammar's patterns, with the matches each would find alone.

The grammar has some forty patterns, each anchored at a word start (`(?<!\\w)`). Scanning the text
once per pattern retries every word start forty times; `RuleScanner` instead scans once for the word
starts where any pattern matches (each pattern behind a look-ahead for the characters its matches can
begin with, read from the pattern itself), and only there asks which patterns match. Per pattern it
keeps what `pattern.finditer` yields: the leftmost match, then the next one starting at or after its end.
"""

import re
from collections.abc import Sequence

try:  # the standard library's own regex parser (`sre_parse` before Python 3.11)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - another Python: every pattern scans on its own
    sre = sre_parse = None

WORD_START = r"(?<!\w)"
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_item(op, value) -> str | None:
    """One character-class item as regex text, or None where it is not a plain one."""
    if op is sre.LITERAL:
        return "\\" + chr(value) if chr(value) in "]\\^-[" else re.escape(chr(value))
    if op is sre.RANGE:
        return f"{_class_item(sre.LITERAL, value[0])}-{_class_item(sre.LITERAL, value[1])}"
    if op is sre.CATEGORY:
        return _CATEGORIES.get(str(value))
    return None


def _first(items, ignore_case: bool) -> tuple[set[str], set[str], bool] | None:
    """The class items a match of the parsed `items` can begin with (as written, and case-folded),
    and whether it can match nothing; None where any character may begin it."""
    exact: set[str] = set()
    folded: set[str] = set()
    for op, value in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item begins the match
        if op in (sre.LITERAL, sre.IN):
            chars = [_class_item(op, value)] if op is sre.LITERAL else [_class_item(o, v) for o, v in value]
            if None in chars:
                return None
            (folded if ignore_case else exact).update(chars)
            return exact, folded, False
        if op is sre.BRANCH:
            parts = [_first(branch, ignore_case) for branch in value[1]]
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = value
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            parts = [_first(inner, case)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _, inner = value
            part = _first(inner, ignore_case)
            parts = [part and (part[0], part[1], part[2] or least == 0)]
        elif op is sre.ATOMIC_GROUP:
            parts = [_first(value, ignore_case)]
        else:
            return None
        if None in parts:
            return None
        for chars, folded_chars, _ in parts:
            exact |= chars
            folded |= folded_chars
        if not any(empty for _, _, empty in parts):
            return exact, folded, False
    return exact, folded, True


def first_characters(pattern: str) -> str | None:
    """A look-ahead for the characters a match of `pattern` can begin with (`''` where any may), or
    None where the pattern can match the empty string."""
    if sre_parse is None:
        return ""
    first = _first(sre_parse.parse(pattern), False)
    if first is None:
        return ""
    exact, folded, empty = first
    if empty:
        return None
    classes = ([f"[{''.join(sorted(exact))}]"] if exact else []) + \
        ([f"(?i:[{''.join(sorted(folded))}])"] if folded else [])
    return f"(?={'|'.join(classes)})"


class RuleScanner:
    """All matches of several word-start patterns in one scan, per pattern as its `finditer` finds them.

    Example: `RuleScanner([re.compile(r"(?<!\\w)May"), re.compile(r"(?<!\\w)\\d+")]).find_all("May 5")`
    is `[[<May>], [<5>]]`.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        bodies: dict[int, str] = {}
        for index, pattern in enumerate(self.patterns):
            if pattern.flags & ~re.UNICODE or not pattern.pattern.startswith(WORD_START):
                continue
            body = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern[len(WORD_START):])  # only the scan's groups count
            lookahead = first_characters(body)
            if lookahead is not None and re.compile(body).groups == 0:
                bodies[index] = lookahead + body
        self.combined = list(bodies)  # the patterns found by the one scan; the others scan on their own
        self.alone = [i for i in range(len(self.patterns)) if i not in bodies]
        joined = "|".join(bodies.values())
        self.any_starts = re.compile(f"{WORD_START}(?={joined})") if bodies else None
        self.which = re.compile(WORD_START + "".join(f"(?:(?=({body}))|)" for body in bodies.values()))

    def find_all(self, text: str) -> list[list[re.Match[str]]]:
        """Each pattern's matches in `text`, in pattern order: what `pattern.finditer(text)` yields."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for index in self.alone:
            found[index] = list(self.patterns[index].finditer(text))
        if self.any_starts is None:
            return found
        free_from = [0] * len(self.combined)  # where each pattern's next match may start
        for hit in self.any_starts.finditer(text):
            start = hit.start()
            spans = self.which.match(text, start).regs
            for slot, index in enumerate(self.combined):
                end = spans[slot + 1][1]
                if end > start and start >= free_from[slot]:
                    found[index].append(self.patterns[index].match(text, start))
                    free_from[slot] = end
        return found

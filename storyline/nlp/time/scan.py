"""One pass over a text for all the grammar's patterns, with the matches each would find alone.

The grammar has some forty patterns, each anchored at a word start (`(?<!\\w)`). Scanning the text
once per pattern retries every word start forty times; `RuleScanner` instead scans once for the word
starts where any pattern matches (each pattern behind a look-ahead for the characters its matches can
begin with, read from the pattern itself), and only there asks which patterns match. Per pattern it
keeps what `pattern.finditer` yields: the leftmost match, then the next one starting at or after its end.

Most word starts begin with a letter some pattern can begin with (`t` of `the`, `to`, `that` ...), and there every
such pattern was tried. The scan now reads the first three characters there (`prefixes`: what each pattern's
matches can begin with, read from the pattern too) and tries only the patterns that can begin so, one per word
start on news text instead of ten (317 BBC articles: `find_all` 0.44 -> 0.31 s CPU, the same matches found).
"""

import re
from collections.abc import Iterable, Sequence

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
    return first_characters_of([pattern])


def first_characters_of(patterns: Iterable[str]) -> str | None:
    """One look-ahead for the characters a match of any of `patterns` can begin with: what `first_characters` gives
    each, as one class of the characters written and one of those whose case is folded (`''` where any character
    may begin one of them, None where one can match the empty string). A scan tries it at every word start: two
    classes there cost less than forty look-aheads of one class each (`RuleScanner.starts`)."""
    if sre_parse is None:
        return ""
    firsts = [_first(sre_parse.parse(pattern), False) for pattern in patterns]
    if any(first is not None and first[2] for first in firsts):
        return None
    if None in firsts:
        return ""
    exact = set().union(*(first[0] for first in firsts))
    folded = set().union(*(first[1] for first in firsts))
    classes = ([f"[{''.join(sorted(exact))}]"] if exact else []) + \
        ([f"(?i:[{''.join(sorted(folded))}])"] if folded else [])
    return f"(?={'|'.join(classes)})"


PREFIX_LENGTH = 3
"""Characters read at a word start to choose the patterns tried there (`prefixes`)."""
_OPEN = "\0"
"""Pads a prefix past a character of no plain class (`[^\\S\\n]`, `.`): anything may come from there on."""


def _characters(op, value, ignore_case: bool, length: int) -> set[str] | None:
    """The lower-case characters one item matches, `{_OPEN * length}` where it is no plain class (any may follow),
    None where it is no character at all."""
    if op is sre.LITERAL:
        chars = {chr(value)}
    elif op is sre.IN:
        chars = set()
        for item, argument in value:
            if item is sre.LITERAL:
                chars.add(chr(argument))
            elif item is sre.RANGE and argument[1] - argument[0] <= 64:
                chars.update(chr(c) for c in range(argument[0], argument[1] + 1))
            elif item is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
                chars.update("0123456789")  # an ASCII text's digits
            else:  # a negated class, a wide range, `\s`, `\w`: any character, as far as this reads
                return {_OPEN * length}
    elif op in (sre.NOT_LITERAL, sre.ANY):
        return {_OPEN * length}
    else:
        return None
    if ignore_case and not all(c.isascii() for c in chars):
        return {_OPEN * length}  # a letter whose case Unicode folds past ASCII (`İ`): any character
    return {c.lower() for c in chars}  # only ASCII text is read by prefix (`RuleScanner.patterns_at`)


def _joined(heads: set[str], tails: set[str], length: int) -> set[str]:
    """Each head (shorter than `length`) followed by each tail, cut at `length` characters."""
    return {head if len(head) >= length else (head + tail)[:length] for head in heads
            for tail in (tails if len(head) < length else ("",))}


def _prefixes(items, length: int, ignore_case: bool = False) -> set[str] | None:
    """The first `length` characters (lower case, `_OPEN` past a character of no plain class) a match of the parsed
    `items` can begin with, shorter where a match can end sooner; None where the items hold what this does not
    read (a back reference, a conditional)."""
    found = {""}
    for op, value in items:
        if all(len(prefix) >= length for prefix in found):
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: what it asserts only narrows the matches, and every prefix read stays one
        if op in (sre.LITERAL, sre.IN, sre.NOT_LITERAL, sre.ANY):
            part = _characters(op, value, ignore_case, length)
        elif op is sre.BRANCH:
            branches = [_prefixes(branch, length, ignore_case) for branch in value[1]]
            part = None if None in branches else set().union(*branches)
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = value
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            part = _prefixes(inner, length, case)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, most, inner = value
            one = _prefixes(inner, length, ignore_case)
            if one is None:
                return None
            part, repeated = set(), {""}
            for count in range(length + 1):  # each copy adds a character or ends: `length` copies say all
                if count >= least:
                    part |= repeated
                if count == most:
                    break
                repeated = _joined(repeated, one, length)
            else:
                part |= repeated
        elif op is sre.ATOMIC_GROUP:
            part = _prefixes(value, length, ignore_case)
        else:
            return None
        if part is None or len(part) > 4096:
            return None
        found = _joined(found, part, length)
    return found


def prefixes(pattern: str, length: int = PREFIX_LENGTH) -> set[str] | None:
    """What a match of `pattern` can begin with, in lower case: strings of at most `length` characters, one of which
    begins every match (a shorter one where a match can end sooner, or where a character of no plain class comes);
    None where the pattern holds what this does not read. `(?i:the|this)` gives `{"the", "thi"}`."""
    if sre_parse is None:
        return None
    found = _prefixes(sre_parse.parse(pattern), length)
    return None if found is None else {prefix.split(_OPEN)[0] for prefix in found}


class RuleScanner:
    """All matches of several word-start patterns in one scan, per pattern as its `finditer` finds them.

    Example: `RuleScanner([re.compile(r"(?<!\\w)May"), re.compile(r"(?<!\\w)\\d+")]).find_all("May 5")`
    is `[[<May>], [<5>]]`.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        bodies: dict[int, str] = {}
        self._bodies: dict[int, str] = {}
        for index, pattern in enumerate(self.patterns):
            if pattern.flags & ~re.UNICODE or not pattern.pattern.startswith(WORD_START):
                continue
            body = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern[len(WORD_START):])  # only the scan's groups count
            lookahead = first_characters(body)
            if lookahead is not None and re.compile(body).groups == 0:
                bodies[index] = lookahead + body
                self._bodies[index] = body
        self.combined = list(bodies)  # the patterns found by the one scan; the others scan on their own
        self.alone = [i for i in range(len(self.patterns)) if i not in bodies]
        joined = "|".join(bodies.values())
        self.any_starts = re.compile(f"{WORD_START}(?={joined})") if bodies else None
        self.which = re.compile(WORD_START + "".join(f"(?:(?=({body}))|)" for body in bodies.values()))
        # the word starts where a pattern's first character comes, and what each pattern's matches begin with
        firsts = {index: body[: len(body) - len(self._bodies[index])] for index, body in bodies.items()}
        self.starts = re.compile(WORD_START + (first_characters_of(self._bodies.values()) or ""))
        self.first = {index: re.compile(first) for index, first in firsts.items()}
        self.by_prefix: dict[str, list[int]] = {}
        self.unread: list[int] = []  # patterns whose prefixes this cannot read: tried where their first character is
        for index in bodies:
            found = prefixes(self._bodies[index])
            if found is None:
                self.unread.append(index)
            for prefix in found or ():
                self.by_prefix.setdefault(prefix, []).append(index)
        self.tried: dict[str, tuple] = {}  # the first characters of a word start -> the `match` of each pattern tried

    def find_all(self, text: str) -> list[list[re.Match[str]]]:
        """Each pattern's matches in `text`, in pattern order: what `pattern.finditer(text)` yields."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for index in self.alone:
            found[index] = list(self.patterns[index].finditer(text))
        if self.any_starts is None:
            return found
        free_from = [0] * len(self.combined)  # where each pattern's next match may start
        tried = self.tried
        for hit in self.starts.finditer(text):
            start = hit.start()
            key = text[start : start + PREFIX_LENGTH]
            matchers = tried.get(key)
            if matchers is None:
                matchers = self.patterns_at(key)
            for match in matchers:
                if match(text, start):
                    break
            else:
                continue  # no pattern matches at this word start
            spans = self.which.match(text, start).regs
            for slot, index in enumerate(self.combined):
                end = spans[slot + 1][1]
                if end > start and start >= free_from[slot]:
                    found[index].append(self.patterns[index].match(text, start))
                    free_from[slot] = end
        return found

    def patterns_at(self, key: str) -> tuple:
        """The `match` of each pattern that can match at a word start beginning with `key` (its first characters),
        in pattern order, kept for the key: those whose prefixes begin it (an ASCII key, as the prefixes read it),
        and those whose first character it begins with (any key: their first-character look-ahead)."""
        indexes = set()
        if key.isascii():
            lower = key.lower()
            for end in range(len(lower) + 1):
                indexes.update(self.by_prefix.get(lower[:end], ()))
            indexes.update(i for i in self.unread if self.first[i].match(key))
        else:
            indexes.update(i for i in self.combined if self.first[i].match(key))
        if len(self.tried) >= MAX_TRIED:
            self.tried.clear()
        matchers = self.tried[key] = tuple(self.patterns[i].match for i in sorted(indexes))
        return matchers


MAX_TRIED = 100_000
"""Keys `RuleScanner.patterns_at` keeps at most (three characters: some thousands in English news)."""

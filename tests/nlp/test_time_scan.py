"""The one-pass scanner finds, per pattern, exactly what the pattern's own `finditer` finds."""

import re

import pytest

from storyline.nlp.time.grammar import TimeGrammar
from storyline.nlp.time.rules import alternation, by_first_letter
from storyline.nlp.time.scan import RuleScanner, first_characters, first_characters_of, prefixes
from storyline.resources import load_resource

NEWS = """WASHINGTON, Oct. 19 (Reuters) - The talks, first set for Monday, Nov. 7, 2022, will resume next week.
Officials met on Wednesday morning and again at 10:30 p.m. EST on Thursday; a year earlier, in the third quarter
of fiscal 2021, sales fell 5% from the year-ago period. In the 1990s and the early '80s, during the 20th century,
prices rose every year and $1 billion a year went abroad. Two to three weeks ago, later that same day, the following
month, over the past two years and for years before that, the 10th of March, 2019-04-05, mid-July, late 2020,
Christmas Eve, this spring, last summer, the weekend, yesterday, tonight, now, recently, in the coming months,
a minute and a half, 5 1/2 hours, two decades, the previous Friday, by year-end, the latest quarter, the nineties.
In March 2021, last April, July next year, late last year, since early this year, the year 2020, the fiscal year,
a three-week delay, every Sunday, each May, daily, later this month, the year ended June 30.
"""


@pytest.fixture(scope="module")
def grammar() -> TimeGrammar:
    return TimeGrammar(load_resource("time.yaml"), max_future_days=60)


def alone(patterns: list[re.Pattern[str]], text: str) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in pattern.finditer(text)] for pattern in patterns]


def scanned(scanner: RuleScanner, text: str) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in matches] for matches in scanner.find_all(text)]


def test_the_grammar_scans_in_one_pass_with_what_each_rule_finds_alone(grammar: TimeGrammar) -> None:
    patterns = [rule.pattern for rule in grammar.rules]
    assert grammar.scanner.combined == list(range(len(patterns)))  # no rule falls back to a scan of its own
    texts = [NEWS, NEWS.upper(), NEWS.lower(), NEWS.replace(" ", "\n"), "May", "", "-1990s-", "2022"]
    for text in texts:
        assert scanned(grammar.scanner, text) == alone(patterns, text)
    assert sum(1 for matches in grammar.scanner.find_all(NEWS) if matches) >= 40  # the text tries nearly every rule


def test_a_pattern_matches_again_only_past_its_last_match() -> None:
    patterns = [re.compile(r"(?<!\w)(?:a b|b c|b)(?!\w)"), re.compile(r"(?<!\w)(?:b c d|c)(?!\w)")]
    text = "a b c d b c"
    assert scanned(RuleScanner(patterns), text) == alone(patterns, text)
    assert [m.group(0) for m in RuleScanner(patterns).find_all(text)[0]] == ["a b", "b c"]


def test_case_insensitive_first_letters_fold_as_the_pattern_does() -> None:
    patterns = [re.compile(r"(?<!\w)(?i:kelvin|straße)"), re.compile(r"(?<!\w)[Kk]m")]
    text = "KELVIN \u212aelvin kelvin STRASSE straße Km km \u212am"
    assert scanned(RuleScanner(patterns), text) == alone(patterns, text)


def test_patterns_the_scan_cannot_take_scan_on_their_own() -> None:
    patterns = [
        re.compile(r"(?<!\w)x*"),  # matches the empty string
        re.compile(r"(?<!\w)(a)b"),  # a numbered group
        re.compile(r"ab", re.IGNORECASE),  # a flag of its own, no word-start anchor
        re.compile(r"(?<!\w)(?P<word>ab)"),
    ]
    scanner = RuleScanner(patterns)
    assert scanner.alone == [0, 1, 2] and scanner.combined == [3]
    text = "ab xab AB x ab"
    assert scanned(scanner, text) == alone(patterns, text)


@pytest.mark.parametrize(
    ("pattern", "starts", "not_starts"),
    [
        (r"(?i:the)?\d+", ["1", "the", "THE"], ["x", " "]),
        (r"(?:\s|-)?\bMay", [" ", "-", "M"], ["m", "a"]),
        (r"[^a]b", ["b", "c"], []),  # a negated class: any character may begin it
    ],
)
def test_first_characters(pattern: str, starts: list[str], not_starts: list[str]) -> None:
    lookahead = re.compile(first_characters(pattern))
    assert all(lookahead.match(s) for s in starts)
    assert not any(lookahead.match(s) for s in not_starts)


def test_first_characters_of_a_pattern_that_matches_nothing_is_none() -> None:
    assert first_characters(r"(?:ab)?c*") is None


def test_prefixes_are_what_a_match_can_begin_with() -> None:
    assert prefixes(r"(?i:the|this)[^\S\n]+year") == {"the", "thi"}
    digits = "0123456789"
    assert prefixes(r"\d{1,2}(?:st|nd)") == {f"{a}{b}" for a in digits for b in ("st", "nd")} | {
        f"{a}{b}{c}" for a in digits for b in digits for c in "sn"}
    assert prefixes(r"Mar(?:ch)?") == {"mar"}
    assert prefixes(r"a(?:-|[^\S\n]+)couple") == {"a-c", "a"}  # past a space anything may come
    assert prefixes(r"no?") == {"n", "no"}  # a match may end sooner
    assert prefixes(r"(a)\1") is None  # a back reference: not read


def test_the_scan_tries_at_each_word_start_only_the_patterns_that_can_begin_there() -> None:
    patterns = [re.compile(r"(?<!\w)(?i:the[^\S\n]+year)"), re.compile(r"(?<!\w)(?i:this)"),
                re.compile(r"(?<!\w)\d+"), re.compile(r"(?<!\w)(a)\1")]
    scanner = RuleScanner(patterns)
    texts = ["The year this THIS the  year 12 aa", "th", "this", "ſhe ThIs tHe Year \u0130 1", "\u212athe year"]
    for text in texts:
        assert scanned(scanner, text) == alone(patterns, text)
    assert [m.__self__ for m in scanner.patterns_at("thi")] == [patterns[1]]
    assert [m.__self__ for m in scanner.patterns_at("The")] == [patterns[0]]
    assert scanner.patterns_at("yea") == ()


def test_the_first_characters_of_several_patterns_are_any_of_theirs() -> None:
    """One look-ahead of two classes (written, case-folded) says at each character what the patterns' own
    look-aheads say one after another, over the whole Basic Multilingual Plane (case folding included: `K` is `k`)."""
    patterns = [r"(?i:the)?\d+", r"May", r"(?i:k)m", r"[0-3]\d", r"\\x", r"-?[A-C]"]
    union = first_characters_of(patterns)
    assert union.count("[") == 2
    each = re.compile("|".join(first_characters(p) for p in patterns))
    one = re.compile(union)
    assert [c for c in map(chr, range(0x10000)) if bool(each.match(c)) != bool(one.match(c))] == []
    assert one.match("\u212a") and not one.match("m")  # the Kelvin sign folds to `k`; `m` begins none
    assert first_characters_of([r"[^a]b", "May"]) == ""  # any character may begin the first
    assert first_characters_of(["May", "x*"]) is None  # the second matches the empty string


def test_words_grouped_by_first_letter_match_what_their_alternation_matches() -> None:
    counts = list(load_resource("time.yaml")["counts"])
    grouped = re.compile(rf"(?i:{by_first_letter(counts)})")
    plain = re.compile(rf"(?i:{alternation(counts)})")
    texts = [*counts, *(w.upper() for w in counts), "a couple of days", "a few weeks", "an hour", "thirty-six",
             "thirteen", "tenth", "several-fold", "a-couple-of", "twelve"]
    for text in texts:
        assert grouped.match(text).group(0) == plain.match(text).group(0), text
    assert grouped.match("twenty") and not grouped.match("dozen")

"""The plain-text guard `text_credits` searches before a credit pattern: present in every match of the pattern."""

from __future__ import annotations

import re

import pytest

from storyline.fuse.sources import credit_patterns, required_text


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"(?P<outlet>[A-Z][\w.&' -]{1,40}?)\s+contributed\s+to\s+this\s+(?:report|story)", "contributed"),
    (r"(?:republished|reprinted|reproduced)\s+(?P<outlet>\w+)", "rep"),  # the branches' common start
    (r"(?:republished|reprinted)\s+from\s+(?P<outlet>\w+)", "from"),  # the longest run
    (r"^\s*source:\s*(?P<outlet>\w+)", "source:"),
    (r"(?:originally|first)\s+(?P<outlet>\w+)", None),  # nothing shared by every match at the top level
    (r"\A\s*\((?P<outlet>[A-Z]\w+)\)", None),  # runs shorter than 3 characters are no guard
])
def test_the_guard_is_the_longest_plain_run_every_match_holds(pattern, needed):
    guard = required_text(re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    assert (guard.pattern if guard else None) == (re.escape(needed) if needed else None)


def test_the_guard_keeps_the_patterns_case_rule():
    guard = required_text(re.compile(r"(?P<outlet>\w+)\s+contributed", re.IGNORECASE))
    assert guard.search("Reuters CONTRIBUTED") and not guard.search("Reuters contribute")


def test_every_credit_pattern_match_holds_its_guard():
    lines = ["Jane Doe of Reuters contributed to this report.", "Reuters writers in Paris contributed",
             "With files from The Canadian Press", "Additional reporting by Reuters.", "Source: AFP",
             "Originally published on Politico.", "Republished with permission from The Conversation",
             "Via Bloomberg", "(AP) - The story", "© 2024 The Guardian. All rights reserved."]
    matched = 0
    for _, _, _, pattern in credit_patterns():
        guard = required_text(pattern)
        for line in lines:
            if pattern.search(line):
                matched += 1
                assert guard is None or guard.search(line), (pattern.pattern, line)
    assert matched >= 5

"""Speed-ups of the recognisers' patterns change their speed, never their matches: a look-ahead on
the first letters, and lines holding the words a pattern needs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest import people
from annotations.suggest.lexicon import ACTOR_PATTERNS
from annotations.text.cues import ASSERTION_PATTERN, CUE_PATTERN
from annotations.text.regex_gate import gated

WORDS = [
    "Residents",
    "residents",
    "civilians",
    "Local",
    "the",
    "Rapid",
    "Support",
    "Forces",
    "RSF",
    "said",
    "Army",
    "insurgents",
    "ministry",
    "of",
    "Defence",
    "Kelvin",
    "\u212a",
    "ſ",
    "elders",
    "—",
    "(",
    ")",
    ",",
    "'s",
    "\n",
    "Said",
    "according to",
    "told",
    "spokesman",
    "Ahmed Nur",
    "”",
    "a",
    "who",
]


def test_a_pattern_starting_with_a_boundary_is_gated_on_its_first_letters() -> None:
    gate = gated(re.compile(r"\b(?:[Ll]ocal\s+)?[Rr]esidents\b"))
    assert gate.pattern.startswith("(?=[LRlr])")


def test_a_pattern_that_may_start_anywhere_or_match_nothing_is_left_as_it_is() -> None:
    for source in (r"\w+ forces", r"(?:Mr\.\s+)?", r"[^,]+ said", r".*army"):
        pattern = re.compile(source)
        assert gated(pattern) is pattern


def test_case_is_ignored_in_the_gate_as_in_the_pattern() -> None:
    gate = gated(re.compile(r"\bkilo", re.IGNORECASE))
    assert gate.search("KILO") and gate.search("\u212ailo")  # the Kelvin sign is a K when case is ignored


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_every_gated_pattern_finds_the_same_spans_gated_or_not(text: str) -> None:
    patterns = [p.pattern for p in ACTOR_PATTERNS] + [ASSERTION_PATTERN, CUE_PATTERN]
    patterns += [people.NAME_THEN_WHAT, people.ROLE_THEN_NAME, people.SAID_THEN_NAME]
    for pattern in patterns:
        ungated = re.compile(pattern.pattern.removeprefix(_gate_of(pattern)), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in ungated.finditer(text)]


def _gate_of(pattern: re.Pattern[str]) -> str:
    found = re.match(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
    return found.group() if found else ""


def test_needed_words_are_found_inside_longer_ones_and_lines_next_to_each_other_are_one_range() -> None:
    from annotations.suggest.needles import NeedleLines

    text = "an armed group came.\nno one.\nthe gangs left.\ngang members stayed.\nquiet."
    needles = NeedleLines(text, ["armed group", "group", "gang", "gangs", "ministry"])
    assert needles.ranges(["group"]) == [(0, 20)]  # inside "armed group"
    gang_lines = needles.ranges(["gang"])  # "gangs" holds "gang"; the two lines are one range
    assert [text[s:e] for s, e in gang_lines] == ["the gangs left.\ngang members stayed."]
    assert needles.ranges(["ministry"]) == []

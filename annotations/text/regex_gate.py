"""A regular expression made cheap to try at every position of a long article.

The recognisers' patterns open with a word boundary and an alternation ("\\b(?:[Rr]esidents|
[Cc]ivilians|…)"): the engine then tries every alternative at every character of the text, a
millisecond or more per pattern on a 5,000-word article. Put before the pattern, a look-ahead
on the letters it can start with turns most positions away at once; what it matches does not
change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import import_module
from typing import Any

from annotations.text.pattern_cache import compiled, kept, source_digest

sre: Any = import_module("re._constants")  # the parser's names for its opcodes (no stubs: private)
sre_parse: Any = import_module("re._parser")

_DIGIT = "\\d"
"""The class of digits, kept as a class in the gate."""
_MOST_LETTERS = 300
"""A range wider than this (a script's whole alphabet) gains nothing as a gate."""


@lru_cache(maxsize=512)
def parsed(source: str, flags: int) -> Any:
    """A pattern's parse, once: the gate and the list of its beginnings (`regex_starts`) both read
    it, and Python's parser is most of what a pattern costs to make (the recognisers' patterns
    took most of a second to import, each parsed four or five times). Case-blindness is left out
    (`flags` without re.IGNORECASE): the parse does not depend on it, but a written "(?i)" shows
    in the parse's own flags. Never changed by its readers."""
    return sre_parse.parse(source, flags & ~re.IGNORECASE)


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, behind a look-ahead on its possible first characters; the pattern
    itself when they cannot be told (it may start with any letter, a class like \\w, or nothing)."""
    letters = kept(_GATE, pattern.pattern, pattern.flags, lambda: _gate_letters(pattern), _letters_or_none)
    if letters is None:
        return pattern
    try:
        return compiled(f"(?=[{letters}])" + pattern.pattern, pattern.flags)
    except re.error:
        return pattern  # global flags written in the pattern ("(?i)…") must open it


_GATE = "gate-" + source_digest(__file__)
"""The gate's letters are kept with the compiled patterns under this name: this code's."""


def _letters_or_none(value: object) -> bool:
    return value is None or isinstance(value, str)


def _gate_letters(pattern: re.Pattern[str]) -> str | None:
    """The gate's class of first characters, escaped; None when they cannot be told."""
    first, may_be_empty = _first_characters(parsed(pattern.pattern, pattern.flags))
    if first is None or may_be_empty or not first:
        return None
    return "".join(c if c == _DIGIT else re.escape(c) for c in sorted(first))  # read with the pattern's flags


def _first_characters(items: Iterable[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a match of this sequence can start with (None: any), and whether it can
    match nothing at all."""
    found: set[str] = set()
    for op, value in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # a boundary or a look-around consumes nothing
        if op is sre.LITERAL:
            return found | {chr(value)}, False
        if op is sre.IN:
            if list(value) == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
                return found | {_DIGIT}, False  # "\\d": every digit of every script, as the pattern means
            letters = class_letters(value)
            return (None if letters is None else found | letters), False
        if op is sre.BRANCH:
            inner, empty = _union(value[1])
        elif op is sre.SUBPATTERN:
            if value[1] or value[2]:
                return None, False  # flags of its own ("(?i:rebels)"): no gate
            inner, empty = _first_characters(value[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner, empty = _first_characters(value[2])
            empty = empty or value[0] == 0
        else:
            return None, False  # any character, a category, a back-reference: no gate
        if inner is None:
            return None, False
        found |= inner
        if not empty:
            return found, False
    return found, True


def _union(branches: Iterable[Iterable[tuple[Any, Any]]]) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    may_be_empty = False
    for branch in branches:
        first, empty = _first_characters(branch)
        if first is None:
            return None, False
        found |= first
        may_be_empty = may_be_empty or empty
    return found, may_be_empty


def class_letters(members: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed character class holds; None for one too wide to list."""
    letters: set[str] = set()
    for op, value in members:
        if op is sre.LITERAL:
            letters.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] <= _MOST_LETTERS:
            letters.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negated class, \w, a whole script
    return letters

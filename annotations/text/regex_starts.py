"""The texts every match of a regular expression starts with, when they can be listed.

"\\b(?:(?:[Ll]ocal\\s+)?[Rr]esidents|[Cc]ivilians|…)" can only match where "Local", "local",
"Residents", "residents", "Civilians"… stand. One scan of an article for the beginnings of all
the recognisers' patterns finds those places (`needles`); each pattern is then tried there alone,
not at every character of the article, which costs more than all the tries together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from annotations.text import regex_gate
from annotations.text.pattern_cache import kept, source_digest
from annotations.text.regex_gate import class_letters, parsed, sre

MOST_STARTS = 3_000
"""More beginnings than this are not worth listing (a pattern of every nationality has 400)."""
_FEWEST_LETTERS = 2
"""A beginning shorter than this stands almost everywhere: no gain."""
_SMALL_CLASS = 4
"""A class of at most this many characters ("[Rr]") is spelt out; a wider one ends a beginning."""
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

Prefixes = set[tuple[str, bool]]
"""Beginnings so far, each with whether the items read so far were all letters (so the next
item may go on with it)."""


def literal_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The texts (case as written) one of which every match starts with; None when a match may
    start otherwise (with `\\w`, a wide class, a case-blind letter) or there are too many."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _listed(parsed(pattern.pattern, pattern.flags))


def lowered_starts(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """`literal_starts` in lower case, as a scan of the lowered text looks for them (of a
    case-blind pattern too, written in lower case: "said" begins "Said"); () when they cannot be
    listed. Read from the pattern's parse, not from a copy compiled without re.IGNORECASE; kept
    with the compiled patterns (`pattern_cache`), so a pattern read from there is not parsed."""
    starts: tuple[str, ...] = kept(_STARTS, pattern.pattern, pattern.flags, lambda: _lowered(pattern), _words)
    return starts


_STARTS = "starts-" + source_digest(__file__, regex_gate.__file__)
"""The beginnings are kept with the compiled patterns under this name: this code's and the parse's."""


def _words(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(word, str) for word in value)


def _lowered(pattern: re.Pattern[str]) -> tuple[str, ...]:
    tree = parsed(pattern.pattern, pattern.flags)
    if tree.state.flags & re.IGNORECASE:  # "(?i)" written in the pattern
        return ()
    starts = _listed(tree)
    if starts is None or (pattern.flags & re.IGNORECASE and not all(s.isascii() and s == s.lower() for s in starts)):
        return ()
    return tuple(sorted({start.lower().strip() for start in starts}))


def _listed(tree: Any) -> frozenset[str] | None:
    found = _prefixes(tree)
    if found is None:
        return None
    starts = {text for text, _open in found}
    if not starts or min(map(len, starts)) < _FEWEST_LETTERS:
        return None
    return frozenset(starts)


def _prefixes(items: Iterable[tuple[Any, Any]]) -> Prefixes | None:
    found: Prefixes = {("", True)}
    for op, value in items:
        going = {text for text, going_on in found if going_on}
        if not going:
            break
        if op in _ZERO_WIDTH:
            continue  # a boundary or a look-around reads no letter
        grown = _grown(going, op, value)
        if grown is None:
            return None
        found = {(text, False) for text, going_on in found if not going_on} | grown
        if len(found) > MOST_STARTS:
            return None
    return found


def _grown(going: set[str], op: Any, value: Any) -> Prefixes | None:
    """The beginnings `going` with one more item read."""
    if op is sre.LITERAL:
        return {(text + chr(value), True) for text in going}
    if op is sre.IN:
        letters = class_letters(value)
        if letters is None or len(letters) > _SMALL_CLASS:
            return {(text, False) for text in going}
        return {(text + letter, True) for text in going for letter in letters}
    if op is sre.BRANCH or op is sre.SUBPATTERN:
        if op is sre.SUBPATTERN and (value[1] or value[2]):
            return None  # flags of its own ("(?i:…)")
        branches = [_prefixes(branch) for branch in (value[1] if op is sre.BRANCH else [value[3]])]
        if any(branch is None for branch in branches):
            return None
        return {(text + more, on) for text in going for branch in branches if branch for more, on in branch}
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, inner = value
        once = _prefixes(inner)
        if once is None:
            return None
        if least == 0 and most == 1:  # optional: skipped, or read once
            return {(text, True) for text in going} | {(text + more, on) for text in going for more, on in once}
        if least == 0:
            return {(text, False) for text in going}
        return {(text + more, False) for text in going for more, _on in once}  # read once, then unknown
    return {(text, False) for text in going}  # any character, a category, a back-reference


def matches_at(
    pattern: re.Pattern[str], text: str, places: Iterable[int], start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, start, end)` finds, tried only at `places` (in order; every
    place a match may start, as `literal_starts` tells): matches do not overlap, as there."""
    end = len(text) if end is None else end
    free = start  # where the next match may start
    for place in places:
        if place >= end:
            return
        if place < free:
            continue
        found = pattern.match(text, place, end)
        if found is not None:
            yield found
            free = max(found.end(), place + 1)

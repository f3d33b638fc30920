"""One scan of an article for every word the recognisers' patterns need or start with.

The actor patterns, the people patterns and the attribution cues are each tried only where one
of their beginnings stands (`regex_starts`), in the lines holding a word they need (`needles`).
Where those words stand is found once per text, for all of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from annotations.suggest.lexicon import ACTOR_PATTERNS
from annotations.suggest.needles import NeedleLines
from annotations.text.cues import ASSERTION_PATTERN
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT
from annotations.text.regex_starts import lowered_starts, matches_at

_FOLDED_OTHERWISE = compiled("[ıſ]")
"""Letters a case-blind pattern reads as ASCII ones ("ſ" is an s) that lowering leaves as they
are: where one stands, case-blind patterns are tried everywhere."""


_NEEDS = tuple(n for p in ACTOR_PATTERNS for n in p.needs)
"""The words the actor patterns need (one tuple for every text: see `needles._scanner_of`)."""
CUE_STARTS = lowered_starts(ASSERTION_PATTERN)
"""The beginnings of the attribution cues (said, told, according to…)."""


class TextScan:
    """Where the recognisers' words stand in one text (None of it when lowering the text moves
    characters: "İ" lowers to two)."""

    def __init__(self, text: str, beginnings: tuple[str, ...]) -> None:
        lowered = text.lower()
        self.text = text
        self.needles = NeedleLines(lowered, _NEEDS, beginnings) if len(lowered) == len(text) else None
        self.case_blind = self.needles is not None and not _FOLDED_OTHERWISE.search(text)

    def matches(
        self, pattern: re.Pattern[str], starts: tuple[str, ...], start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """`pattern.finditer(self.text, start, end)`, tried only where one of `starts` stands."""
        end = len(self.text) if end is None else end
        usable = self.case_blind if pattern.flags & re.IGNORECASE else self.needles is not None
        if not starts or not usable or self.needles is None:
            return pattern.finditer(self.text, start, end)
        places = self.needles.where(starts)
        tried = range(bisect_left(places, start), bisect_left(places, end))  # no copy of the places
        return matches_at(pattern, self.text, map(places.__getitem__, tried), start, end)


@lru_cache(maxsize=TEXTS_KEPT)  # the actors, the people and the claims of one text ask in turn (two threads may)
def scan_of(text: str) -> TextScan:
    return TextScan(text, _beginnings())


@lru_cache(maxsize=1)
def _beginnings() -> tuple[str, ...]:
    from annotations.suggest import people

    words = {s for p in ACTOR_PATTERNS for s in p.starts} | set(CUE_STARTS)
    for pattern in people.SCANNED:
        words.update(lowered_starts(pattern))
    return tuple(sorted(words))

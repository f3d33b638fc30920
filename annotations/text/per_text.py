"""Readings of a place in a text, kept for the text being read.

Suggestions run again on the same article after every change the analyst makes, and ask again
what the text says around each name (the kind of place, the control status, a preposition of
place). Kept in an `lru_cache` keyed on (text, start, end), each of thousands of answers held
its whole article: asking three places of each of 1,000 seed-sized articles, one after another as
the claims index reads a corpus, kept all 1,000 alive (9 MB). Here the answers are kept per text,
for the last `TEXTS_KEPT` texts only: an article is read a piece at a time (`suggest.pieces`), and
a run that reads every piece again (after a tag that made a new entity) found none of its pieces
kept when two texts were (a 5,000-word article: 190 -> 330 ms of CPU).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Any, Generic, NamedTuple, TypeVar

R = TypeVar("R")

TEXTS_KEPT = 32
"""Texts whose readings are kept (here and in the other caches keyed on a text): the pieces of an
article up to about 150,000 characters (a 5,000-word article has nine)."""


class Kept(NamedTuple):
    """How often an answer was found kept, and how often it was worked out."""

    hits: int
    misses: int


class PerText(Generic[R]):
    """`function(text, *args)`, its answers kept per text (see the module)."""

    def __init__(self, function: Callable[..., R]) -> None:
        self._function = function
        self._answers = lru_cache(maxsize=TEXTS_KEPT)(_new_answers)
        self._hits = self._misses = 0
        wraps(function)(self)

    def __call__(self, text: str, *args: Hashable) -> R:
        answers = self._answers(text)
        try:
            found: R = answers[args]
        except KeyError:
            self._misses += 1
            found = answers[args] = self._function(text, *args)
            return found
        self._hits += 1
        return found

    def cache_info(self) -> Kept:
        return Kept(self._hits, self._misses)

    def cache_clear(self) -> None:
        self._answers.cache_clear()
        self._hits = self._misses = 0


def _new_answers(_text: str) -> dict[tuple[Hashable, ...], Any]:
    return {}


def per_text(function: Callable[..., R]) -> PerText[R]:
    """Keep `function(text, *args)`'s answers for the last `TEXTS_KEPT` texts it was asked about."""
    return PerText(function)

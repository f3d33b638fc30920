"""Words as the recognisers see them: capitalised tokens, sentence starts, spans inside spans."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from annotations.text.navigation import trimmed_tokens
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT

Token = tuple[int, int, str]
"""(start, end, the word)."""


@lru_cache(maxsize=TEXTS_KEPT)  # suggestions run again on the same text after every change
def tokens(text: str) -> tuple[Token, ...]:
    """Every word without its possessive or sentence full stop (see `trimmed_tokens`), and a
    place's name without the "-based" after it ("a Nairobi-based group": Nairobi is a place)."""
    return tuple(_without_based(token) for token in trimmed_tokens(text))


SENTENCE_END = compiled(r"[.!?][\"”’']?\s")
"""A sentence's end as the passes that look back a sentence or two read it: a stop, a closing quote."""
_BASED = compiled(r"-(?:based|born|headquartered)$")


def _without_based(token: Token) -> Token:
    start, _end, word = token
    based = _BASED.search(word) if "-" in word else None
    if based is None or not word[:1].isupper():
        return token
    return start, start + based.start(), word[: based.start()]


def capitalised(word: str) -> bool:
    """Upper case, or a letter of a script without case (Dari, Chinese): names there too."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and not first.isupper())


@lru_cache(maxsize=TEXTS_KEPT)
def lowercase_words(text: str) -> frozenset[str]:
    """Every word the text also writes in lower case: a capitalised one of them is no name."""
    return frozenset(m.group() for m in re.finditer(r"\b[a-z][a-z\-]+\b", text))


def not_sentence_start(text: str, position: int) -> bool:
    """Whether a capitalised word at `position` follows other words of its sentence (so its
    capital says it is a name), rather than opening the sentence."""
    before = text[max(0, position - 4) : position].strip()
    if before.endswith((",”", ',"', ",’")):
        return True  # “…,” Syniehubov said
    return bool(before) and before[-1] not in '.!?\n“"”'


_LINE = compiled(r"[^\n]+")
_LONG_WORD = compiled(r"\b[^\W\d_][\w’'\-]{3,}")


@lru_cache(maxsize=TEXTS_KEPT)  # places and actors ask for one text's in turn
def title_lines(text: str) -> Spans:
    """Lines written in title case ("Separatists Storm Paramilitary Camp in Balochistan"), where a
    capital says nothing about a name: three words of four letters or more, all capitalised, and
    no full stop at the end."""
    found = Spans()
    for line in _LINE.finditer(text):
        words = _LONG_WORD.findall(line.group())
        if len(words) >= 3 and all(w[0].isupper() for w in words) and not line.group().rstrip().endswith("."):
            found.add(*line.span())
    return found


class Spans:
    """Spans (start, end) kept sorted, for the questions recognisers ask per cue or per name
    ("is this inside a place?", "which mention ends here?") in time that does not grow with the
    article: each question looks only at spans that start near it."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(set(spans))
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        index = bisect_left(self._spans, (start, end))
        if index == len(self._spans) or self._spans[index] != (start, end):
            self._spans.insert(index, (start, end))
            self._longest = max(self._longest, end - start)

    def __len__(self) -> int:
        return len(self._spans)

    def starting_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose start is within [low, high], in order."""
        first = bisect_left(self._spans, (low, -1))
        last = bisect_right(self._spans, (high, sys.maxsize))
        return self._spans[first:last]

    def within(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans lying wholly inside [low, high]."""
        return [(s, e) for s, e in self.starting_in(low, high) if e <= high]

    def ending_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose end is within [low, high]."""
        return [(s, e) for s, e in self.starting_in(low - self._longest, high) if low <= e <= high]

    def overlapping(self, start: int, end: int) -> bool:
        """Whether a span shares a character with start-end."""
        return bool(self.overlaps(start, end))

    def overlaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with start-end."""
        return [(s, e) for s, e in self.starting_in(start - self._longest, end - 1) if s < end and start < e]

    def containing(self, start: int, end: int) -> bool:
        """Whether a span contains start-end."""
        return any(s <= start and end <= e for s, e in self.starting_in(start - self._longest, start))

    def touching(self, start: int, end: int) -> bool:
        """Whether `start` or the last character of start-end falls inside a span."""
        return any(s <= start < e or s < end <= e for s, e in self.starting_in(start - self._longest, end))


def whole_word_spans(text: str, word: str, since: int = 0, joiners: str = "-") -> list[tuple[int, int]]:
    """Where `word` stands as a whole word from `since` on: no letter, digit or joiner (a hyphen,
    apostrophes) touching it. `str.find` rather than a regular expression per word: names are
    looked for by the dozen in long articles, and a pattern opening with a look-behind cannot
    skip ahead to its first letter."""
    spans = []
    at = text.find(word, since)
    while at != -1 and word:
        end = at + len(word)
        if not _joins(text, at - 1, joiners) and (not _joins(text, end, joiners) or _POSSESSIVE.match(text, end)):
            spans.append((at, end))
            at = text.find(word, end)  # no overlapping uses, as a regular expression finds them
        else:
            at = text.find(word, at + 1)
    return spans


_POSSESSIVE = compiled(r"['’]s(?![\w’'\-])")
"""A possessive after a word ("Bukele's party"): the word stands whole before it, an apostrophe
joining a name ("O'Brien", "Ma'arrat") does not."""


def _joins(text: str, index: int, joiners: str) -> bool:
    if index < 0 or index >= len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_" or char in joiners

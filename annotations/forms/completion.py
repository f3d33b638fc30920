"""What a name field completes to as the analyst types: a name the corpus knows, whole, or else
the word being typed, from the article's own words.

Typing an actor's name the first time it is tagged was most of the keys an article took (the
letters of "Resistance forces (PDF and allied groups)", 41 keys, where only the brackets and
short words are not in the article). A name the corpus knows completes whole after a letter or
two; a new one completes a word at a time, each word from the article in front of the analyst
(or from a name the corpus knows), taken with → as the whole name is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from annotations.text.normalize import unaccented_casefold

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
"""A word as a name writes it: letters first, then letters, digits, hyphens, apostrophes."""
_TYPING = re.compile(r"[^\W\d_][\w’'\-]*$")
"""The word being typed at the end of what is typed so far."""
SHORTEST_WORD = 4
"""Shorter words gain nothing from completion (typing them costs as much as taking them)."""
WORDS_AROUND = 50_000
"""How far around the tagged words a long article's words are read from (a 2 MB article's took
75 ms, at the first letter typed; the whole of any usual article is within this)."""


def words_near(text: str, start: int, end: int) -> str:
    """The part of an article whose words a name tagged at start..end completes to."""
    if len(text) <= 2 * WORDS_AROUND:
        return text
    return text[max(0, start - WORDS_AROUND) : end + WORDS_AROUND]


class NameCompletion:
    """Completion for one name field: `known` names whole (first match in their order), else the
    last word typed from `words_of` (the article), the likeliest first."""

    def __init__(self, known: Iterable[str], words_of: str = "") -> None:
        self._known = [(name, unaccented_casefold(name)) for name in known]
        self._text = words_of
        self._extra = tuple(word for name, _ in self._known for word in _WORD.findall(name))

    def complete(self, typed: str) -> str | None:
        """What `typed` completes to: the whole of it (it starts with `typed`, whatever the case or
        accents typed), or None."""
        if not typed:
            return None
        folded = unaccented_casefold(typed)
        whole = next((name for name, compared in self._known if compared.startswith(folded)), None)
        if whole is not None:
            return whole
        return self._word(typed)

    def _word(self, typed: str) -> str | None:
        partial = _TYPING.search(typed)
        if partial is None:
            return None
        start = partial.group()
        lowered = start.casefold()
        found = [word for word, low in _ranked(self._text, self._extra) if low.startswith(lowered) and low != lowered]
        if not found:
            return None
        word = next((w for w in found if w.startswith(start)), None)  # written as typed, first ("Nat": National)
        if word is not None:
            return typed[: partial.start()] + word
        word = found[0]
        if word[1:].islower():  # a plain word, capitalised or not: the letters typed stay ("Resid": Residents)
            return typed + word[len(start) :]
        return typed[: partial.start()] + word  # an acronym as the article writes it ("nato": NATO)


_NEXT_WORD = re.compile(r"\s*\S+")


def one_word_of(typed: str, offered: str) -> str:
    """What is typed with one more word of what is offered (ctrl+→, as a shell takes one word of
    its suggestion): "Myanmar mil" offered "Myanmar military government (Naypyitaw)" gives
    "Myanmar military", when the analyst means another name that begins the same."""
    rest = _NEXT_WORD.match(offered, len(typed))
    return offered[: rest.end()] if rest is not None else offered


@lru_cache(maxsize=4)  # one article's forms ask again and again; a few articles are open in turn
def _ranked(text: str, extra: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The words worth completing to (with their lower case), the most frequent in the article
    first, then the shorter, then in alphabetical order: the same letters always complete to the
    same word."""
    counts = Counter(word for word in _WORD.findall(text) if len(word) >= SHORTEST_WORD)
    for word in extra:
        if len(word) >= SHORTEST_WORD:
            counts.setdefault(word, 0)
    ordered = sorted(counts, key=lambda word: (-counts[word], len(word), word))
    return tuple((word, word.casefold()) for word in ordered)

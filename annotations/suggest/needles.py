"""Which lines of a text hold the words a recogniser needs, found in one pass for all of them.

Most patterns can only match where one of a few words stands ("ministry", "gang", "resident"):
tried only on those lines, a pattern costs what the lines cost, not what the article costs. One
scan finds every needed word of every pattern; asking a line whether it holds each word of each
pattern would cost more than the patterns themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache

from annotations.suggest.names import names_trie
from annotations.text.pattern_cache import compiled


class NeedleLines:
    """The lines (start, end: the newline excluded) of a lower-cased text and where each needed
    word and each beginning of a pattern (`regex_starts`) stands in it. One scan finds them all."""

    def __init__(self, lowered: str, needles: Iterable[str], beginnings: Iterable[str] = ()) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", lowered)]
        self.ends = [start - 1 for start in self.starts[1:]] + [len(lowered)]
        self._scanner = _scanner_of(needles, beginnings)
        self._found: dict[str, list[int]] = {}
        """Where each word the scan found stands (the longest at its place: "gangs", not "gang")."""
        for found in self._scanner.pattern.finditer(lowered):
            self._found.setdefault(found.group(1), []).append(found.start())
        self._where: dict[tuple[str, ...], list[int]] = {}
        """`where` as answered, by the words asked: a pattern asks once per range of lines it is
        tried in, and again when the text is suggested for again (the scan is kept per text)."""
        self._ranges: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def where(self, words: tuple[str, ...]) -> list[int]:
        """Where any of these words stands, in text order ("gang" also where "gangs" was found).
        The list is shared: not to be changed."""
        known = self._where.get(words)
        if known is None:
            found = self._found
            held = self._scanner.holding(words)
            present = [w for w in found if w in held] if len(held) > len(found) else [w for w in held if w in found]
            known = sorted({at for holder in present for at in found[holder]})
            self._where[words] = known
        return known

    def ranges(self, needs: tuple[str, ...]) -> list[tuple[int, int]]:
        """Runs of consecutive lines that hold one of `needs`, as (start, end) in the text (shared:
        not to be changed)."""
        known = self._ranges.get(needs)
        if known is None:
            known = self._ranges[needs] = self._lines_holding(needs)
        return known

    def _lines_holding(self, needs: tuple[str, ...]) -> list[tuple[int, int]]:
        lines = sorted({bisect_right(self.starts, at) - 1 for at in self.where(needs)})
        ranges: list[tuple[int, int]] = []
        for line in lines:
            if ranges and ranges[-1][1] + 1 == self.starts[line]:
                ranges[-1] = (ranges[-1][0], self.ends[line])  # the next line: one range
            else:
                ranges.append((self.starts[line], self.ends[line]))
        return ranges


class _Scanner:
    """A regex trying every word at every position (a look-ahead, so that "group" inside "armed
    group" is found too), and for each word the found words that start with it."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.pattern = compiled("(?=(" + names_trie(";".join(words)) + "))")
        self._holders = _holders(words)
        self._holding: dict[tuple[str, ...], frozenset[str]] = {}

    def holding(self, words: tuple[str, ...]) -> frozenset[str]:
        """The scanned words that hold one of `words` (start with it). Kept here, for every text
        scanned for the same words: asked of each piece of each text, working it out again cost
        more than the patterns it spares (as did a cache keyed on the 2,000 scanned words too)."""
        held = self._holding.get(words)
        if held is None:
            holders = self._holders
            held = self._holding[words] = frozenset(h for word in words for h in holders.get(word, ()))
        return held


def _scanner_of(needles: Iterable[str], beginnings: Iterable[str]) -> _Scanner:
    """The scanner for these words. The recognisers ask with the same two tuples for every piece
    of every text: kept by their identity, since hashing or sorting their 2,000 words took a
    millisecond a piece (the tuples are kept beside it, so an id is never another tuple's)."""
    if not (isinstance(needles, tuple) and isinstance(beginnings, tuple)):
        return _scanner(tuple(sorted({*needles, *beginnings})))
    key = (id(needles), id(beginnings))
    kept = _KEPT.get(key)
    if kept is None or kept[0] is not needles or kept[1] is not beginnings:
        if len(_KEPT) >= _KEPT_AT_MOST:  # callers with tuples of their own each time: kept no longer
            _KEPT.clear()
        kept = _KEPT[key] = (needles, beginnings, _scanner(tuple(sorted({*needles, *beginnings}))))
    return kept[2]


_KEPT: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...], _Scanner]] = {}
_KEPT_AT_MOST = 16


@cache
def _scanner(words: tuple[str, ...]) -> _Scanner:
    return _Scanner(words)


def _holders(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each word, the words that start with it (itself first): in sorted order they follow it
    in one run, so each word looks only at its run (comparing every pair of 2,000 words took
    half a second at the first suggestions)."""
    ordered = sorted(set(words))
    holders: dict[str, tuple[str, ...]] = {}
    for index, word in enumerate(ordered):
        end = index + 1
        while end < len(ordered) and ordered[end].startswith(word):
            end += 1
        holders[word] = tuple(ordered[index:end])
    return holders

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


class NeedleLines:
    """The lines (start, end: the newline excluded) of a lower-cased text and, for each needed
    word, the lines it occurs in; for each beginning of a pattern (`regex_starts`), where it
    stands. One scan finds both."""

    def __init__(self, lowered: str, needles: Iterable[str], beginnings: Iterable[str] = ()) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", lowered)]
        self.ends = [start - 1 for start in self.starts[1:]] + [len(lowered)]
        self._lines: dict[str, set[int]] = {}
        self._at: dict[str, list[int]] = {}
        scanner, prefixes = _scanner(tuple(sorted({*needles, *beginnings})))
        for found in scanner.finditer(lowered):
            position = found.start()
            line = bisect_right(self.starts, position) - 1
            for needle in prefixes[found.group(1)]:  # "gangs" found: "gang" is there too
                self._lines.setdefault(needle, set()).add(line)
                self._at.setdefault(needle, []).append(position)

    def where(self, beginnings: Iterable[str]) -> list[int]:
        """Where any of these beginnings stands, in text order."""
        return sorted({position for beginning in beginnings for position in self._at.get(beginning, ())})

    def ranges(self, needs: Iterable[str]) -> list[tuple[int, int]]:
        """Runs of consecutive lines that hold one of `needs`, as (start, end) in the text."""
        lines = sorted(set().union(*(self._lines.get(n, ()) for n in needs)))
        ranges: list[tuple[int, int]] = []
        for line in lines:
            if ranges and ranges[-1][1] + 1 == self.starts[line]:
                ranges[-1] = (ranges[-1][0], self.ends[line])  # the next line: one range
            else:
                ranges.append((self.starts[line], self.ends[line]))
        return ranges


@cache
def _scanner(needles: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A regex trying every needle at every position (a look-ahead, so that "group" inside "armed
    group" is found too), and for each needle the needles it starts with."""
    pattern = re.compile("(?=(" + names_trie(";".join(needles)) + "))")
    prefixes = {n: tuple(p for p in needles if n.startswith(p)) for n in needles}
    return pattern, prefixes

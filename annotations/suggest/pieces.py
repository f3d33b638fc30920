"""An article recognised piece by piece, each piece's suggestions kept while nothing it drew on changed.

Suggestions run again after every change the analyst makes. Run over the whole article, a run
after one tag or one edited paragraph cost as much as the first (130-190 ms for 5,000 words):
every recogniser read every paragraph again. Here the article is cut into pieces of a few
paragraphs, recognised one at a time (`engine`), and what a piece gave is kept, keyed on the
piece's words, the tags inside it and what the run knew besides (gazetteers, the corpus's
entities). A run after an edit works out the edited piece only; after a tag, the piece the tag
is in (unless the tag taught the corpus a new entity, which any piece may name: then each piece's
places, kept apart keyed on what places are drawn from, the gazetteers and the corpus's places,
serve again, and only its actors are worked out anew).

Where a piece ends is decided by its last paragraph's own words (a checksum), once the piece is
long enough: an edit moves the cuts near it only, so the pieces after it are found again. The
pieces find places and actors; what needs the article around them runs over the whole text after
them (up to 50,000 characters at a time, as before): short forms and acronyms named in another
piece (`across_pieces`), the claims and their speakers, one entity per name, the headline. Over
the 223 gold articles this scores as reading whole did (place recall 0.914 -> 0.913; actors and
claims the same).
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import NamedTuple

from annotations.model import Annotation, Entity
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

SHORTEST = 3_000
"""Characters a piece holds before a paragraph may end it (the last piece may be shorter): most
news articles are one piece, and no piece is so short that the recognisers' cost per piece (a
scan, a lookup of its names) outweighs what it reads."""
LONGEST = 12_000
"""Characters after which the next paragraph break ends a piece whatever its words."""
BREAKLESS = 2 * LONGEST
"""A text that runs this long without a paragraph break is cut after `LONGEST` (`_a_cut`)."""
_ONE_IN = 4
"""Of the paragraphs that may end a piece, about one in this many does (by checksum)."""
_PARAGRAPH_BREAK = compiled(r"\n\n+")


def pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) covering the text, cut at paragraph breaks (see the module docstring);
    each piece after the first starts with the break before it."""
    found: list[tuple[int, str]] = []
    start = paragraph = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        cut = brk.start()
        start = _cut_at_spaces(text, start, cut, found)
        length = cut - start
        if length >= LONGEST or (length >= SHORTEST and _ends_a_piece(text[paragraph:cut])):
            found.append((start, text[start:cut]))
            start = cut
        paragraph = brk.end()
    start = _cut_at_spaces(text, start, len(text), found)
    found.append((start, text[start:]))
    return found


def _ends_a_piece(paragraph: str) -> bool:
    return zlib.crc32(paragraph.encode("utf-8", "surrogatepass")) % _ONE_IN == 0


def _cut_at_spaces(text: str, start: int, end: int, found: list[tuple[int, str]]) -> int:
    """Pieces of about `LONGEST` characters from a run without paragraph breaks between `start`
    and `end`, cut at a line break, else after a sentence, else at a space; where the last begins."""
    while end - start > BREAKLESS:
        cut = _a_cut(text, start + LONGEST, end)
        if cut < 0:
            break
        found.append((start, text[start:cut]))
        start = cut
    return start


_SENTENCE_END = compiled(r"[.!?][”\"’')\]]?(?=\s)")


def _a_cut(text: str, at: int, end: int) -> int:
    """Where to cut after `at` (-1: nowhere): a cut amid a sentence parted a speaker from "said"."""
    within = min(end, at + LONGEST)
    line = text.find("\n", at, within)
    if line >= 0:
        return line
    sentence = _SENTENCE_END.search(text, at, within)
    if sentence is not None:
        return sentence.end()
    return text.find(" ", at, end)


class _Kept(NamedTuple):
    context: int
    """The generation of the context it was worked out in (not the context: a kept piece of each
    of 500 articles held its own copy of the corpus's entities: 1.2 GB in a review's stats-like loop)."""
    accepted: Sequence[Annotation]
    found: list[Suggestion]
    """As offsets in the piece."""
    at: int
    shifted: list[Suggestion]
    """As offsets in the article, the piece at `at` (where it was last: after a tag, where it is)."""


class _Context(NamedTuple):
    gazetteers: tuple[Hashable, ...]
    entities: Sequence[Entity]


KEPT_PIECES = 512
"""Pieces whose suggestions are kept (a 2 MB article has about 200): the last used first out."""


class PieceMemo:
    """Each piece's suggestions, by its text, with what they were worked out from. Shared by the
    threads that suggest (the app's worker, a command): a lock guards the table, not the work."""

    def __init__(self, size: int = KEPT_PIECES, *, steps: Sequence[PieceMemo] = ()) -> None:
        self._size = size
        self._steps = tuple(steps)
        """Memos of a step of the work, forgotten with it (`clear`)."""
        self._lock = threading.Lock()
        self._kept: OrderedDict[str, _Kept] = OrderedDict()
        self._context: _Context | None = None
        self._generation = 0
        self.hits = self.misses = 0

    def context(self, gazetteers: tuple[Hashable, ...], entities: Sequence[Entity]) -> int:
        """What a run knows besides a piece's own tags, as a number: the last run's when equal
        (the pieces kept from then serve), a new one otherwise (none of them does)."""
        given = _Context(gazetteers, list(entities))
        with self._lock:
            if self._context is None or self._context != given:
                self._context = given
                self._generation += 1
            return self._generation

    def recognised(
        self,
        piece: str,
        at: int,
        context: int,
        accepted: Sequence[Annotation],
        work: Callable[[], list[Suggestion]],
    ) -> list[Suggestion]:
        """The suggestions of the piece at `at` in its article, as offsets in the article: kept
        from an earlier run with the same context and tags, else worked out now (outside the
        lock) and kept."""
        with self._lock:
            kept = self._kept.get(piece)
            if kept is not None and kept.context == context and list(kept.accepted) == list(accepted):
                self._kept.move_to_end(piece)
                self.hits += 1
                if kept.at == at:
                    return list(kept.shifted)
                found = kept.found
            else:
                self.misses += 1
                found = None
        if found is None:
            found = work()
        shifted = shifted_by(found, at)
        with self._lock:
            self._kept[piece] = _Kept(context, list(accepted), list(found), at, shifted)
            self._kept.move_to_end(piece)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return list(shifted)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._context = None
            self.hits = self.misses = 0
        for step in self._steps:
            step.clear()


def shifted_by(found: list[Suggestion], offset: int) -> list[Suggestion]:
    """The suggestions of a piece as offsets in its article, the piece at `offset`."""
    return [s.moved(offset) for s in found] if offset else found

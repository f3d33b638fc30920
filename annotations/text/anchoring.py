"""Finding an annotation's quote again in a text whose offsets no longer fit it.

An annotation keeps its quote and up to 32 characters of context either side. When its offsets
do not point at the quote (the text was normalised on the way in, or a file was damaged), the
occurrence of the quote whose context matches best is taken, the closest to the old place on a
tie; an annotation whose quote is nowhere, or whose context matches nowhere, is not placed at all
(the caller reports it). Nothing is ever silently shifted.
"""

from __future__ import annotations

import unicodedata

from annotations.model import CONTEXT_CHARS
from annotations.text.normalize import LINE_BREAKS, strip_controls

NEAR = 4096
"""Characters either side of the old place searched first (a text that lost a few control
characters moved its quotes by a few places, not across the article)."""


def normalize_fragment(fragment: str) -> str:
    """A piece of text (a quote, its context) normalised as the text around it was, except for
    the trimming that only the ends of a whole text get."""
    return unicodedata.normalize("NFC", strip_controls(LINE_BREAKS.sub("\n", fragment)))


def reanchor(text: str, start: int, end: int, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    """Where `quote` sits in `text`: start-end if it is still there, else the best occurrence by
    context (near the old place first, then anywhere), else None."""
    if 0 <= start <= end <= len(text) and text[start:end] == quote:
        return start, end
    if not quote:
        return None
    found = _best(text, quote, prefix, suffix, start, max(0, start - NEAR), min(len(text), end + NEAR))
    if found is None:
        found = _best(text, quote, prefix, suffix, start, 0, len(text))
    return None if found is None else (found, found + len(quote))


def _best(text: str, quote: str, prefix: str, suffix: str, hint: int, low: int, high: int) -> int | None:
    best: tuple[int, int, int] | None = None
    position = text.find(quote, low, high)
    while position >= 0:
        before = text[max(0, position - CONTEXT_CHARS) : position]
        after = text[position + len(quote) : position + len(quote) + CONTEXT_CHARS]
        score = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        candidate = (score, -abs(position - hint), position)
        if best is None or candidate > best:
            best = candidate
        position = text.find(quote, position + 1, high)
    if best is None or (best[0] == 0 and (prefix or suffix)):
        return None
    return best[2]


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])

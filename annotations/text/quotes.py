"""Quotes made short for labels: one line, cut with an ellipsis, the same everywhere."""

from __future__ import annotations

QUOTE_MARKS = "“”\"'‘’«»"


def shorten(text: str, limit: int, *, strip_quotes: bool = False) -> str:
    """`text` on one line (runs of whitespace become one space), at most `limit` characters with
    an ellipsis when cut; `strip_quotes` drops the quotation marks around it first (for labels
    that add their own)."""
    flat = " ".join(text.split())
    if strip_quotes:
        flat = flat.strip(QUOTE_MARKS)
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)] + "…"


def counted(number: int, noun: str) -> str:
    """ "1 claim", "3 claims": a count with its noun, for labels and command output."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

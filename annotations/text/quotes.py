"""Quotes made short for labels: one line, cut with an ellipsis, the same everywhere."""

from __future__ import annotations

QUOTE_MARKS = "“”\"'‘’«»"


def shorten(text: str, limit: int, *, strip_quotes: bool = False) -> str:
    """`text` on one line (runs of whitespace become one space), at most `limit` characters with
    an ellipsis when cut; `strip_quotes` drops the quotation marks around it first (for labels
    that add their own)."""
    flat = " ".join(text.split())
    if strip_quotes:
        flat = without_outer_quotes(flat)
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)] + "…"


def shorten_between(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters, cut in the middle when too long: its first
    and last words both show (a form's title over a long claim kept its start only, and the end the
    analyst was shrinking with alt+← never showed)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    tail = max(1, (limit - 3) * 2 // 5)
    head = max(0, limit - 3 - tail)
    first, last = flat[:head], flat[len(flat) - tail :]
    if " " in first and flat[head : head + 1].isalnum():
        first = first.rsplit(" ", 1)[0]  # whole words each side
    if " " in last and flat[len(flat) - tail - 1].isalnum():
        last = last.split(" ", 1)[1]
    return first.rstrip(" ,;:") + " … " + last.lstrip(" ,;:")


def without_outer_quotes(text: str) -> str:
    """Without the quotation marks at its ends that belong to no quotation inside it: the end of
    'troops were “still defending the town.”' closes the quotation it opened, and stays."""
    while len(text) > 1 and _a_pair(text[0], text[-1]) and _balanced(text[1:-1]):
        text = text[1:-1]  # “the whole of it”
    while text and text[0] in _DOUBLE and _balanced(text[1:]):
        text = text[1:]
    while text and text[-1] in _DOUBLE and _balanced(text[:-1]):
        text = text[:-1]  # a single mark alone may be an apostrophe ("the army’s ‘final push’")
    return text


_DOUBLE = '“”"«»'


def _a_pair(first: str, last: str) -> bool:
    """Marks that open and close one quotation: double marks of any kind, or single ones alike."""
    return (first in _DOUBLE and last in _DOUBLE) or (first, last) in (("‘", "’"), ("'", "'"))


def _balanced(text: str) -> bool:
    """Whether every quotation opened in the text is closed in it, in order (apostrophes aside:
    "Ukraine's"; 'A” and “B' is not)."""
    depth = 0
    for mark in text:
        if mark in "“«":
            depth += 1
        elif mark in "”»":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count('"') % 2 == 0


def counted(number: int, noun: str) -> str:
    """ "1 claim", "3 claims": a count with its noun, for labels and command output."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

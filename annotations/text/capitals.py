"""The capital letters of the Latin scripts, as one regex class: `[A-Z]` missed every name that
opens with an accented capital ("Óscar Rojas", "Ángel", "Ömer", "Łukasz", "İbrahim")."""

from __future__ import annotations

import unicodedata


def _ranges(letters: list[str]) -> str:
    """Consecutive code points written as ranges ("A-Z"), for a short class."""
    parts: list[str] = []
    run: list[str] = []
    for letter in letters:
        if run and ord(letter) != ord(run[-1]) + 1:
            parts.append(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")
            run = []
        run.append(letter)
    if run:
        parts.append(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")
    return "".join(parts)


CAPITALS = _ranges([chr(c) for c in range(0x41, 0x250) if unicodedata.category(chr(c)) == "Lu"])
"""The capital letters of Basic Latin, Latin-1 and Latin Extended-A and -B, as the inside of a
class (for classes of more than capitals: `[{CAPITALS}0-9]`)."""
CAPITAL = f"[{CAPITALS}]"
"""One of them."""

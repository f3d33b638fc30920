"""Cells of the CSV tables analysts open in spreadsheets: an outside string that would start a
formula ("=HYPERLINK(…)" as an actor's name) is written as text, and read back as it was."""

from __future__ import annotations

import math
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""


def inert(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a string that would start a formula gets a leading `'`
    (as OWASP recommends); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _numbers(value):
        return "'" + value
    return value


def _numbers(value: str) -> bool:
    """A negative coordinate ("-12.5"), or the coordinates of a claim's places ("-12.24; ;
    -12.97"), are numbers, not a formula: left as they are (a `'` before them reached GIS tools
    and dataframes as part of the value)."""
    if value.lstrip() != value:  # (a last place with none ends the cell in "; ": still numbers)
        return False
    parts = [part.strip() for part in value.split(";")]
    return any(parts) and all(not part or _number(part) for part in parts)


def _number(part: str) -> bool:
    try:
        return math.isfinite(float(part))
    except ValueError:
        return False


def inert_to_read_back(value: Any) -> Any:
    """`inert`, for a table Fieldmark reads back: a value that starts with `'` gets another, so
    reading takes off only what writing put on ("'-Ndrangheta" stays itself)."""
    return "'" + value if isinstance(value, str) and value.startswith("'") else inert(value)


def as_written(value: str) -> str:
    """A cell as it was before `inert_to_read_back` made it text: the `'` it put before a formula's
    start or a `'` taken off (an entity list read back from its CSV keeps "=SAA" as named)."""
    return value[1:] if value.startswith("'") and value[1:].startswith((*FORMULA_STARTS, "'")) else value

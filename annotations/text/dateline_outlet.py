"""The outlet a wire report's dateline names in brackets ("KHARKIV, Ukraine, 3 Dec 2026 (Reuters) -",
"Tallinn (Meduza) —"): the source an events table gives a report that has no web address (a
newcomer's rows gave the article's title)."""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

_WORD = r"(?:[A-Z][\w'’.\-]*|\d{1,4}(?:st|nd|rd|th)?)"
_DATELINE = compiled(
    rf"^{_WORD}(?:[ ,/]+{_WORD}){{0,12}}\s*\((?P<outlet>[A-Z][\w .&'’\-]{{1,40}}?)\)\s*[-–—:]\s",
    re.MULTILINE,
)
"""Capitalised words and numbers (a town, a country, a date), then the outlet in brackets and a dash."""
_LINES_LOOKED_AT = 4
"""A dateline opens the first paragraph, after the title's line."""


def dateline_outlet(text: str) -> str:
    """The outlet in the dateline of the report's first lines, or "" when there is none."""
    opening = "\n".join(text.split("\n", _LINES_LOOKED_AT)[:_LINES_LOOKED_AT])
    found = _DATELINE.search(opening)
    return found["outlet"].strip() if found else ""

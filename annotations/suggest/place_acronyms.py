"""A place named by the letters the text gives it: "the Gorno-Badakhshan Autonomous Oblast
(GBAO)", then "across GBAO". The letters are the place wherever they stand, as an organisation's
acronym is the organisation (`acronyms`)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans, whole_word_spans
from annotations.text.pattern_cache import compiled

_DEFINED = compiled(r"\s*\(([A-Z]{2,6})\)")
"""Letters in brackets right after a place's name."""
_COMMON_LETTERS = frozenset("MP PM UN US UK EU AU IS AM ID TV HQ OK NA".split())
"""Letters that mean something else where they stand alone ("Madhya Pradesh (MP)", then "a local
MP said"): not taken for the place."""


def with_place_acronyms(text: str, places: list[Suggestion]) -> list[Suggestion]:
    """The places, and each place's letters (defined in brackets right after a mention of it)
    wherever they stand as a word and no place is proposed already."""
    taken = Spans((p.start, p.end) for p in places)
    found: list[Suggestion] = []
    for place in places:
        defined = _DEFINED.match(text, place.end)
        if defined is None or defined[1] in _COMMON_LETTERS or not _initials_of(defined[1], place.quote):
            continue
        for start, end in whole_word_spans(text, defined[1]):
            if not taken.overlapping(start, end):
                taken.add(start, end)
                found.append(replace(place, start=start, end=end, quote=defined[1], reason=_reason(place)))
    return sorted([*places, *found], key=lambda s: s.start) if found else places


def _initials_of(letters: str, name: str) -> bool:
    """The letters open the words of the name in order ("GBAO": Gorno-Badakhshan Autonomous
    Oblast), so a bracket after a place that holds something else ("Kunduz (AFP)") is no name."""
    initials = [part[0].upper() for part in re.split(r"[\s\-]+", name) if part]
    remaining = iter(initials)
    return letters[0] == initials[0] and all(letter in remaining for letter in letters)


def _reason(place: Suggestion) -> str:
    return f"its letters, as the text gives them · {place.reason}"

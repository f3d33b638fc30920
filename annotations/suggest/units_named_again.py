"""A numbered unit named again another way is the same unit: "the 444th Combat Brigade" and, a sentence later, "the
444 Brigade" were two actors, and the brigade's own toll of its dead a row of its own beside the clash it fought
(helper-366's R5). The first name of a unit's number and kind in the article is the unit's; later new names of it
link to it."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_UNIT = compiled(
    r"(?:the\s+)?(\d+)(?:st|nd|rd|th)?\s+((?:[A-Z][a-z]+\s+){0,2})"
    r"(Brigade|Battalion|Regiment|Division|Corps|Squadron|Commando)s?",
    re.IGNORECASE,
)
"""A unit's name by its number, the words between and its kind ("444th Combat Brigade", "6th Infantry Division")."""


def units_named_again(found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, each new actor named as a numbered unit linked to the first actor of that unit's number and
    kind."""
    first: dict[tuple[str, str], Suggestion] = {}
    relinked: dict[int, Suggestion] = {}
    for suggestion in sorted(found, key=lambda s: s.start):
        unit = _UNIT.fullmatch(suggestion.quote) if suggestion.kind == "actor" and suggestion.entity else None
        if unit is None:
            continue
        named = first.setdefault((unit.group(1), unit.group(3).casefold()), suggestion)
        if named is not suggestion and suggestion.new_entity and named.entity is not suggestion.entity:
            if _one_unit(_UNIT.fullmatch(named.quote), unit):
                relinked[id(suggestion)] = replace(suggestion, entity=named.entity, new_entity=named.new_entity)
    return [relinked.get(id(s), s) for s in found] if relinked else found


def _one_unit(first: re.Match[str] | None, other: re.Match[str]) -> bool:
    """Whether the words between number and kind of one name are among the other's ("444 Brigade", "444th Combat
    Brigade"), not two units of one number ("155th Mechanized Brigade", "155th Naval Infantry Brigade": helper-369)."""
    if first is None:
        return False
    words, others = set(first.group(2).casefold().split()), set(other.group(2).casefold().split())
    return words <= others or others <= words

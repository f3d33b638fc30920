"""A new actor whose letters the corpus knows as an actor's name is that actor: "RSF" tagged in one article, "the
Rapid Support Forces (RSF)" in the next were two entities of the corpus, the rows naming one force two ways
(helper-364's R11)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annotations.entities.scope import is_generic
from annotations.model import ActorDetails, Entity
from annotations.suggest.suggestion import Suggestion


def known_by_their_letters(found: list[Suggestion], known: Sequence[Entity]) -> list[Suggestion]:
    """The suggestions of a new actor one of whose other names (its acronym) is exactly the name of a known actor,
    linked to that actor instead."""
    named = {e.name: e for e in known if e.kind == "actor" and not is_generic(e.name)}
    if not named:
        return found
    return [_relinked(s, named) for s in found]


def _relinked(suggestion: Suggestion, named: dict[str, Entity]) -> Suggestion:
    entity = suggestion.entity
    if entity is None or not suggestion.new_entity or not isinstance(entity.details, ActorDetails):
        return suggestion
    if entity.name in named:
        return suggestion  # its own name is known: the engine links it by name already
    known = next((named[alias] for alias in entity.details.aliases if alias in named), None)
    return suggestion if known is None else replace(suggestion, entity=known, new_entity=False)

"""A person's title given with its acronym beside their name ("Grace Achola Lokwang, the Resident
District Commissioner (RDC) for Moroto, said …", then "The RDC urged residents …"): the title
and every later use of the acronym name that person, who may speak and be a claimant. Before,
the title was dropped as a place (it holds "District") and "the RDC" was no actor."""

from __future__ import annotations

import re

from annotations.suggest.people import PERSON_REASONS
from annotations.suggest.roles import role_word_type
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import whole_word_spans
from annotations.text.pattern_cache import compiled

TITLE_REASON = "title of the person named beside it"
_TITLE = compiled(r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*)\s*$")
"""The capitalised words of a title, right before its acronym's parenthesis."""
_PERSON_THEN_TITLE = compiled(r",\s+(?:the|a|an|its|their)\s+", re.I)
_TITLE_THEN_PERSON = compiled(r"(?:\s+(?:for|of|in)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?,\s+(?:[A-Z][a-z]+\.?\s+)?")
"""From the acronym to the person it is of: "(DPC) for Kotido, Superintendent Moses Achia"."""


def titled_people(text: str, definition: re.Match[str], acronym: str, found: list[Suggestion]) -> list[Suggestion]:
    """The title before `definition` (an acronym in parentheses) and the acronym's later uses, as
    the person named beside the title; none when the title is no person's (its last word no role
    word: "Interim Force") or no person is named beside it."""
    title = _TITLE.search(text, max(0, definition.start() - 80), definition.start())
    if title is None or role_word_type(title.group(1).split()[-1]) not in ("government_officials", "state_forces"):
        return []
    start, end = title.span(1)
    if text.startswith(("The ", "A ", "An "), start):  # "The District Police Commander (DPC)" opening a sentence
        start = text.index(" ", start) + 1
    person = _beside(text, start, definition.end(), found)
    if person is None or person.entity is None:
        return []
    named = [(start, end), *whole_word_spans(text, acronym, definition.end())]
    return [
        Suggestion(
            "actor",
            *span,
            text[span[0] : span[1]],
            TITLE_REASON,
            entity=person.entity,
            new_entity=person.new_entity,
            score=0.9,  # as a name's acronym: over a title read as a person ("Administrative Officer")
            layer="name shape",
        )
        for span in named
    ]


def _beside(text: str, start: int, after: int, found: list[Suggestion]) -> Suggestion | None:
    """The person named right before the title ("X, the …") or right after its acronym ("the …
    (RDC) for Moroto, X, said")."""
    for person in found:
        if person.kind != "actor" or person.reason not in PERSON_REASONS:
            continue
        if person.end <= start and _PERSON_THEN_TITLE.fullmatch(text, person.end, start):
            return person
        if person.start >= after and _TITLE_THEN_PERSON.fullmatch(text, after, person.start):
            return person
    return None

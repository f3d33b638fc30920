"""People the analyst tagged, found again: by name as people are (who "he said" may be), and by
surname alone ("Rahmani", "Mr. Rahmani") in this article and later ones, whatever type the analyst
gave them (the app types a general "state forces" itself)."""

from __future__ import annotations

import re

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity
from annotations.suggest.appositions import PERSON_REASONS
from annotations.suggest.names import COMMUNITY_WORDS, FOREIGN, OUTLETS
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.surnames import a_persons_name, surname_of, surname_uses
from annotations.text.pattern_cache import compiled


def is_person(actor: Suggestion) -> bool:
    """A person by name: beside a role or title, their short form ("short for Simon Tanyi Achu"),
    or a person the analyst tagged, found again (a known actor of a person's type, named as
    people are): "He said …" after "Colonel Omar Saranga", tagged, is his."""
    if actor.reason in PERSON_REASONS or actor.reason.startswith("short for"):
        return True
    entity = actor.entity
    return actor.layer == "memory" and entity is not None and is_a_person(entity)


def is_a_person(entity: Entity) -> bool:
    """An actor the analyst tagged that is a person: named as people are, not a news outlet, nor
    a body the lexicon knows by name ("Red Cross"); a spokesman typed "other" ("Abu Musab
    al-Barnawi, a spokesman for the group") is one."""
    details = entity.details
    if not isinstance(details, ActorDetails) or details.actor_type == "media" or not a_persons_name(entity.name):
        return False
    return details.actor_type != "external_other" or _A_KNOWN_BODY.fullmatch(entity.name) is None


_A_KNOWN_BODY = compiled(rf"(?:{FOREIGN}|{OUTLETS})")
"""Bodies named like people ("Red Cross", "Al Jazeera"): no one "he said" is."""


_WORD_AFTER = compiled(
    r"\s+(?:(?!says\b|was\b|has\b|is\b|does\b)[a-z]+s|people|community|region|leader|insurgent|separatist|"
    r"nationalist|militant|rebel|armed)\b"
)
"""A noun or an adjective after a people's name used as a surname ("Baloch activists", "Baloch
separatist groups"), not a verb ("Baloch said")."""


def known_surnames(text: str, known: list[Entity]) -> list[Suggestion]:
    """A person the analyst tagged, named by surname alone in this article ("Rahmani", "Mr.
    Rahmani"); a surname two known people share, or another actor's whole name, names neither."""
    owners: dict[str, list[Entity]] = {}
    for entity in known:
        details = entity.details
        if isinstance(details, ActorDetails) and details.actor_type not in _PERSON_TYPES and not is_a_person(entity):
            continue  # "Kataib Hezbollah" is a group; "Raimundo Chongo" typed state forces, a person
        surname = surname_of(entity.name)
        if surname is not None:
            owners.setdefault(surname, []).append(entity)
    names = {fold(n) for e in known for n in e.names()}
    found = []
    for surname, entities in owners.items():
        if len(entities) > 1 or fold(surname) in names:
            continue
        others = {m.group(1) for m in re.finditer(rf"([A-Z][\w’'\-]*\s+{re.escape(surname)})\b", text)}
        if others - {entities[0].name}:
            continue  # the article names another person of that surname ("Gul Rahmani")
        for start, end in surname_uses(text, surname):
            named_before = re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'\-]*\s+$", text[max(0, start - 30) : start])
            if end - start == len(surname) and named_before:
                continue  # "Gul Rahmani": another person of that name
            if surname.lower() in COMMUNITY_WORDS and _WORD_AFTER.match(text, end):
                continue  # "Baloch activists": a people, not Gwahram Baloch
            reason = f"your actor {entities[0].name} (surname)"
            found.append(
                Suggestion("actor", start, end, text[start:end], reason, entity=entities[0], score=0.85, layer="memory")
            )
    return found


_PERSON_TYPES = ("government_officials", "external_other", "civilians", "media")
"""Actor types a named person is tagged with (groups are state forces, rebels, militias…)."""

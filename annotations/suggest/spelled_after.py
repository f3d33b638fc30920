"""An acronym written first and spelt out after it in brackets ("JAS (Jama'atu Ahlis Sunna
Lidda'awati wal-Jihad)", "ASPS (Action Sahel pour la Protection Sociale)", as briefings write
them): the acronym and the name are one actor, and the acronym's later uses are it too."""

from __future__ import annotations

import re

from annotations.entities.matching import with_aliases
from annotations.model import ActorDetails, Entity
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import whole_word_spans
from annotations.text.actor_types import actor_type_for

REASON = "spelt out after its acronym"
_SMALL = r"(?:de|du|des|la|le|les|et|pour|del|y|of|the|and|for|in|on|wal|al|el|l['’]|d['’])"
_SPELLED_AFTER = re.compile(
    r"\b(?P<acronym>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,3})?)\s+\("
    rf"(?P<name>[A-Z][\w’'\-]*(?:,?[ \t]+(?:{_SMALL}[ \t\-]*)*[A-ZÀ-ÖØ-Þ][\w’'\-]*){{1,9}})\)"
)


def spelled_after(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The name in brackets after an acronym and every use of the acronym from there on, as one
    actor: the one already suggested on the acronym there (a lexicon's "JAS"), else a new one
    named by the name, the acronym its other name."""
    made: list[Suggestion] = []
    at = {(s.start, s.end): s for s in found if s.kind == "actor" and s.entity is not None}
    for match in _SPELLED_AFTER.finditer(text):
        acronym, name = match["acronym"], match["name"]
        if acronym[0] != name[0] or (match.start("name"), match.end("name")) in at:
            continue  # "UN (Geneva)": no spelling of it; a name already suggested keeps its own
        known = at.get(match.span("acronym"))
        if known is not None and known.entity is not None and not known.new_entity:
            entity, new = known.entity, False
        else:
            entity, new = Entity.actor(name, ActorDetails(actor_type_for(name), aliases=(acronym,))), True
            if known is not None and known.entity is not None:
                entity = with_aliases(entity, known.entity.details.aliases)
        made.append(
            Suggestion("actor", *match.span("name"), name, REASON, entity=entity, new_entity=new, score=0.9,
                       layer="name shape")
        )  # fmt: skip
        made += [
            Suggestion("actor", *use, acronym, REASON, entity=entity, new_entity=new, score=0.9, layer="name shape")
            for use in whole_word_spans(text, acronym, match.start())
        ]
    return made

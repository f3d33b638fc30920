"""An acronym written first and spelt out after it in brackets ("JAS (Jama'atu Ahlis Sunna
Lidda'awati wal-Jihad)", "ASPS (Action Sahel pour la Protection Sociale)", as briefings write
them): the acronym and the name are one actor, and the acronym's later uses are it too."""

from __future__ import annotations

from annotations.entities.matching import with_aliases
from annotations.model import ActorDetails, Entity
from annotations.suggest.acronyms import name_uses
from annotations.suggest.suggestion import Suggestion
from annotations.text.actor_types import actor_type_for
from annotations.text.pattern_cache import compiled

REASON = "spelt out after its acronym"
_SMALL = r"(?:de|du|des|la|le|les|et|pour|del|y|of|the|and|for|in|on|wal|al|el|l['’]|d['’])"
_SPELLED_AFTER = compiled(
    r"\b(?P<acronym>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,3})?)\s+\("
    rf"(?P<name>[A-Z][\w’'\-]*(?:,?[ \t]+(?:{_SMALL}[ \t\-]*)*[A-ZÀ-ÖØ-Þ][\w’'\-]*){{1,9}})\)"
)


_A_BODY = compiled(
    r"\b(?:Movement|Front|Forces?|Army|Group|Association|Organi[sz]ation|Direction|Action|Alliance|Union|Council|"
    r"Committee|Commission|Party|Brigades?|Jama['’]?a\w*|Sunna|Jihad|Office|Agency|Service|Institute|Centre|Center|"
    r"Network|Federation|Coalition|Society|Fund|Programme|Mission|Authority|Ministry|Protection|Sociale?|"
    r"Mouvement|Rassemblement|Conseil|Comité|Frente|Ejército|Movimiento|Asociación|Consejo)\b"
)
"""Words that say a spelt-out name is a body's (not "Gender-Based Violence" or "Main Supply Route")."""
_ARMED = compiled(r"Jihad|Jama['’]?atu?\b|Mujahid|Ansar|Jaish|Harakat|Lib[ée]ration|Liberación|R[ée]volution")
"""Words of an armed group's own name, in the languages it is spelt out in ("Jama'atu … wal-Jihad")."""


def spelled_after(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The name in brackets after an acronym and every use of the acronym from there on, as one
    actor: the one already suggested on the acronym there (the lexicon's "ADF", with its type),
    else a new one named by the name, the acronym its other name, if the name is a body's."""
    made: list[Suggestion] = []
    at = {(s.start, s.end): s for s in found if s.kind == "actor" and s.entity is not None}
    for match in _SPELLED_AFTER.finditer(text):
        acronym, name = match["acronym"], match["name"]
        if acronym[0] != name[0] or (match.start("name"), match.end("name")) in at:
            continue  # "UN (Geneva)": no spelling of it; a name already suggested keeps its own
        known = at.get(match.span("acronym"))
        if known is not None and known.entity is not None:  # "the ADF (Allied Democratic Forces)": the lexicon's
            entity = with_aliases(known.entity, [name]) if known.new_entity else known.entity
            new = known.new_entity
        elif _A_BODY.search(name):
            actor_type = "rebel_group" if _ARMED.search(name) else actor_type_for(name)
            entity, new = Entity.actor(name, ActorDetails(actor_type, aliases=(acronym,))), True
        else:
            continue  # "GBV (Gender-Based Violence)", "IED (Improvised Explosive Device)": no actor
        made.append(
            Suggestion("actor", *match.span("name"), name, REASON, entity=entity, new_entity=new, score=0.9,
                       layer="name shape")
        )  # fmt: skip
        made += name_uses(text, acronym, match.start(), REASON, entity, new)
    return made

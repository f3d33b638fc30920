"""Actors a claim tells only as killed or hurt ("Twelve soldiers were killed", "gunmen killed
four policemen"): the victims of its event, not its doers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from annotations.model import Annotation, Entity
from annotations.text.pattern_cache import compiled

_KILLED_AFTER = compiled(
    r"(?:\)|\s*\([^()]{1,30}\))?(?:,\s+(?:a|an|the)\s+[^,.;()]{1,80},)?"  # "The VDP (…), a militia backed by …, lost"
    r"(?:\s+(?:fighters|militants|soldiers|troops|members|men|policemen|officers|insurgents|rebels|gunmen|staff|"
    r"workers))?"
    r"(?:\s+(?:and|as well as)\s+(?:(?:at least|some|about|more than)\s+)?(?:(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a|an)\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?"  # "soldiers and (three) civilians were killed"
    r"(?:,\s+(?:including|among them)\s+[^,.;]{1,60},)?"  # "civilians, including a tea vendor, were killed"
    r"\s+(?:(?:were|was|had been|have been|has been|are|is|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|abducted|"
    r"kidnapped|executed|beheaded|ambushed|taken hostage)"
    r"|(?:\w+\s+)?(?:died|perished|lost their lives|paid the (?:supreme|ultimate) price)"
    r"|(?:were|was)\s+among\s+the\s+(?:dead|killed|wounded|victims|casualties)"
    r"|(?:lost|suffered)\s+(?!(?:no|few|minimal|light|only)\b)(?:\w+\s+){0,2}?"
    r"(?:men|soldiers|fighters|members|officers|casualties|losses))\b",
    re.IGNORECASE,
)
_KILLED_BEFORE = compiled(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|executed|"
    r"beheaded|ambushed|ambushing|attacked|attacking|targeted|targeting|shot|shooting)\s+"
    r"(?:(?:at least|some|about|nearly|more than|over|up to|dozens of|scores of)\s+)?"
    r"(?:(?!(?:when|as|after|by|in|at|on|near|while|and|but|during|before|since|because|with|from|for|following|"
    r"amid|amidst|despite|through)\b)[\w\-]+\s+){0,3}"
    r"(?:and\s+(?:(?:at least|some|about|nearly|more than|over|up to)\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a|an)\s+(?:[\w\-]+\s+){0,2}"
    r"|and\s+(?:(?:the|its|their)\s+)?(?:allied|pro-government|government-allied)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
"""Around an actor's words: it was killed, not the killer ("soldiers were among the dead", "the
army lost 12 men", "killed four policemen and two soldiers", "attacked the army and allied
militia fighters")."""


class ActingFor(Protocol):
    def acting_for(self, actor: Entity, *, speaking: bool = False) -> Entity: ...


def hurt_actors(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> dict[str, Entity]:
    """The actors (by the groups they act for) every mention of which inside the claim is told
    as killed or hurt ("twelve soldiers were killed when ISWAP attacked": the army; ISWAP did it);
    `annotations`: the accepted actor mentions inside the claim, with known entities."""
    told: dict[str, tuple[Entity, bool]] = {}
    for a in annotations:
        group = groups.acting_for(entities[str(a.entity_id)])
        before = claim.quote[max(0, a.start - claim.start - 60) : a.start - claim.start]
        hurt = bool(_KILLED_AFTER.match(claim.quote, a.end - claim.start) or _KILLED_BEFORE.search(before))
        told[group.id] = (group, told.get(group.id, (group, True))[1] and hurt)
    return {entity_id: group for entity_id, (group, only_hurt) in told.items() if only_hurt}

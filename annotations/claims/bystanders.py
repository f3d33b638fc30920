"""Actors a claim names that are no party of its event: the outlet it was made through ("claimed responsibility
through its Amaq news agency"), the doer of what came before it ("after a Fano attack on the town"), each
named beside those who did it, and those who inquire into it ("opened an investigation into the killing of …")
(split from `event_actors`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.armed import actor_type, armed
from annotations.claims.figures import death_figures
from annotations.model import Annotation, Entity
from annotations.text.pattern_cache import compiled


def a_channel(claim: Annotation, mention: Annotation, entities: dict[str, Entity]) -> bool:
    """Whether a media outlet is named as the way the claim was made ("claimed responsibility through its Amaq
    news agency"): it did not act (helper-307's row of the ambush had Amaq as actor 1)."""
    entity = entities.get(mention.entity_id or "")
    before = claim.quote[: mention.start - claim.start]
    return entity is not None and actor_type(entity) == "media" and _THROUGH.search(before) is not None


def a_source_in_passing(claim: Annotation, mention: Annotation, entities: dict[str, Entity]) -> bool:
    """Whether an actor is named in the claim only as the source of a figure ("drones had also struck the Zamzam camp,
    where the United Nations estimates some 400,000 people are sheltering": helper-315's row had the UN strike it)."""
    entity = entities.get(mention.entity_id or "")
    if entity is None or armed(entity):
        return False  # "…, where the Togolese Armed Forces said they killed 12 militants": a party (helper-316)
    before = claim.quote[: mention.start - claim.start]
    after = claim.quote[mention.end - claim.start :]
    return _WHERE_BEFORE.search(before) is not None and _ESTIMATES_AFTER.match(after) is not None


_WHERE_BEFORE = compiled(r"\b(?:where|which|whom|as)\s+(?:the\s+)?$", re.IGNORECASE)
_ESTIMATES_AFTER = compiled(
    r"\s+(?:estimates?|estimated|says?|said|reports?|reported|counts?|counted|believes?|puts?|recorded|registered)\b"
)


def a_carer(claim: Annotation, mention: Annotation) -> bool:
    """Whether an actor is named only as helping the hurt or finding the dead, its clause telling no harm ("soldiers had
    recovered 22 bodies and that troops had been deployed to the area", "its peacekeepers had evacuated 14 wounded to a
    hospital in Bunia": helper-325's rows were a clash of the soldiers against the troops, and an attack on civilians by
    the peacekeepers)."""
    after = claim.quote[mention.end - claim.start :]
    care = _CARE_AFTER.match(after) or (_SENT_AFTER.match(after) if death_figures(claim.quote) else None)
    if care is None:
        return False
    return _HARM_IN_CLAUSE.search(after, care.start()) is None  # in the whole rest: "rushed to the scene and clashed"


_CARE_AFTER = compiled(
    r"\s+(?:(?:had|have|has)\s+)?(?:also\s+)?"  # not "eight soldiers were recovered": the dead (a test of stop 82)
    r"(?:rescued|evacuated|treated|airlifted|recovered|retrieved|collected|buried)\b",
    re.IGNORECASE,
)
_SENT_AFTER = compiled(
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:been|were|was)\s+)?(?:deployed|sent|dispatched|rushed)\s+to\b", re.IGNORECASE
)
"""Forces sent to the area, told beside a toll: not who killed ("soldiers had recovered 22 bodies and that troops had
been deployed to the area"); told alone, a deployment is theirs ("Police and soldiers had been deployed")."""
_HARM_IN_CLAUSE = compiled(
    r"\b(?:kill\w*|shot|shoot\w*|fired|fire|attack\w*|clash\w*|fought|fight\w*|bomb\w*|shell\w*|struck|ambush\w*|"
    r"arrest\w*|detain\w*|captur\w*|seiz\w*|raid\w*|repel\w*|engag\w*|gunfights?|firefights?|gunfire|control|"
    r"hostages?|neutrali[sz]\w*|eliminat\w*|pursu\w*|overr[au]n|overpower\w*|dislodg\w*|died|dead|"
    r"weapons|rifles|grenades?|explosives?|ammunition|militants|fighters|rebels|gunmen|terrorists|bandits|"
    r"kidnappers|captors|assailants|attackers|jihadists)\b",
    re.IGNORECASE,
)
"""Harm told after who helped: then it is a party ("troops sent to the area killed five gunmen", "recovered weapons
and ammunition after the clash", "rescued 20 hostages in a raid", "recovered control of the town": helper-326)."""


def not_of_what_came_before(
    claim: Annotation, mentions: list[Annotation], entities: dict[str, Entity]
) -> list[Annotation]:
    """Without an actor named only as the doer of what came before the event, after an armed actor who did it
    ("soldiers had killed at least 45 civilians in Merawi … after a Fano attack on the town": helper-307's row
    had Fano with the army; "civilians were killed after a JNIM attack" keeps JNIM, the only one named)."""
    kept: list[Annotation] = []
    civilians = _FIGHTERS_HARMED.search(claim.quote) is None  # not "JNIM killed 6 soldiers after a TAF offensive"
    for mention in sorted(mentions, key=lambda a: a.start):
        before = claim.quote[: mention.start - claim.start]
        armed_before = any(armed(entities[a.entity_id]) for a in kept if a.entity_id in entities)
        after = claim.quote[mention.end - claim.start :]
        if armed_before and _AFTER_THEIR_DEED.search(before) and _A_DEED_NOUN.match(after) and civilians:
            continue
        kept.append(mention)
    return kept


_AFTER_THEIR_DEED = compiled(
    r"\b(?:after|following|in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge)\s+"
    r"(?:an?|the)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
_FIGHTERS = (
    r"(?:soldiers|troops|fighters|militants|members|militiamen|insurgents|rebels|jihadists|policemen|officers|"
    r"personnel|volunteers|guards|gunmen|bandits)"
)
_FIGHTERS_HARMED = compiled(
    rf"\b(?:killed|killing|wounded|wounding|ambushed|attacked|executed|captured)\s+(?:[\w\-]+\s+){{0,4}}?{_FIGHTERS}\b"
    rf"|\b{_FIGHTERS}\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|ambushed)|"
    r"(?:\w+\s+)?(?:died|perished)|came\s+under)\b",
    re.IGNORECASE,
)
"""Fighters harmed: the doer of what came before may be a side of the event (helper-308's "JNIM struck back after a
Koglweogo attack, killing 9 members of the militia"); with none, it is no party (helper-310's "executed 45 suspected
collaborators … after a JNIM attack"; helper-307's "soldiers had killed at least 45 civilians … after a Fano
attack")."""
_A_DEED_NOUN = compiled(
    r"(?:\s+(?:fighters|militants|rebels|forces|troops|militia))?\s+(?:attacks?|raids?|ambush(?:es)?|assaults?|"
    r"offensives?|incursions?|strikes?|killings?)\b",
    re.IGNORECASE,
)
"""The deed of the one named after "after a": "after a Fano attack on the town" (not "after Togolese Armed Forces
withdrew": they withdrew from the town taken, a party of its taking)."""
_THROUGH = compiled(r"\b(?:through|via|in|on)\s+(?:its|their|the|a)\s+(?:own\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""Before an outlet, the way a claim went out ("through its Amaq news agency", "on its Telegram channel")."""


def not_inquiring(claim: Annotation, mentions: list[Annotation]) -> list[Annotation]:
    """Without those who inquire into the event the claim tells ("The army opened an investigation into the killing
    of 12 civilians by JNIM fighters": stop 84's review found the army the killers)."""
    inquiry = _AN_INQUIRY_INTO.search(claim.quote)
    if inquiry is None:
        return mentions
    opens = max((b.end() for b in _A_CLAUSE_OPENS.finditer(claim.quote, 0, inquiry.start())), default=0)
    fronted = _A_FRONTED_CLAUSE.match(claim.quote)  # "After JNIM fighters killed 12 civilians …, the army opened …"
    opens = max(opens, fronted.end() if fronted is not None and fronted.end() <= inquiry.start() else 0)
    return [m for m in mentions if not opens <= m.start - claim.start < inquiry.start()]


_A_CLAUSE_OPENS = compiled(r",\s+(?:and|but|while|which|who|whose)\s+|[;:]\s+")
"""Where the inquiry's own clause opens: its subject inquires ("JNIM killed 12 civilians …, and the army launched an
investigation": JNIM did it; "The army, which opened an inquiry …, said JNIM killed 12 soldiers": the army's
soldiers, helper-310)."""
_A_FRONTED_CLAUSE = compiled(r"(?:After|When|Following|As|Since|Before|(?:Hours|Days)\s+after)\b[^,;]*,\s+")
"""A clause before the sentence's subject ("After JNIM killed 12 civilians …, the army opened an investigation"): its
doer is none of those inquiring (helper-313)."""
_AN_INQUIRY_INTO = compiled(
    r"\b(?:opened|launched|ordered|announced|set\s+up|began|started|conducting|conducted|opening|launching)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:investigation|inquiry|probe)\s+(?:into|of)\b",
    re.IGNORECASE,
)

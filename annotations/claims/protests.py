"""What kind of protest a claim tells, as ACLED's sub-types split them: a crowd that turned violent
(a riot), a protest met with lethal or grave force, one the police broke up, or a peaceful one.

Every protest was coded "Peaceful protest", also "police shot dead at least four people as protests
spread" and "police dispersed a protest": the rows an analyst most often has to recode by hand.
"""

from __future__ import annotations

import re
from typing import Any

from annotations.claims.codebook import disorder_type, interaction
from annotations.text.pattern_cache import compiled

_CROWD_VIOLENCE = compiled(
    r"\b(?:stone-throwing|threw\s+(?:stones|rocks|petrol\s+bombs|molotov)|hurl(?:ed|ing)\s+(?:stones|rocks)|"
    r"burn(?:ed|t|ing)\s+tyres|burning\s+(?:tyres|tires|barricades)|looting|looted|ransacked|"
    r"(?:protesters|demonstrators|rioters|youths|crowds?|mob)\s+(?:\w+\s+){0,3}?"
    r"(?:set|torched|stormed|attacked|burned|burnt|vandali[sz]ed|smashed))\b",
    re.IGNORECASE,
)
"""The crowd's own violence: stones, fires, looting, an attack ("protesters set trucks on fire")."""
_GRAVE_FORCE = compiled(
    r"\b(?:shot\s+dead|shot\s+and\s+killed|killed|killing|live\s+(?:ammunition|rounds|fire|bullets)|"
    r"opened\s+fire|fired\s+(?:on|into|at)|gunshot\s+wounds?|died|dead)\b",
    re.IGNORECASE,
)
"""Force that kills or maims: deaths, live fire."""
_INTERVENTION = compiled(
    r"\b(?:dispers(?:ed|ing|e)|tear\s*gas|teargas|water\s+cannons?|rubber\s+bullets|batons?|broke\s+up|"
    r"break\s+up|arrest(?:ed|ing|s)?|detain(?:ed|ing)|blocked\s+(?:the\s+)?(?:march|protesters|demonstrators))\b",
    re.IGNORECASE,
)
"""Force short of grave: a protest dispersed, tear gas, arrests."""
PROTESTS, RIOTS = "Protests", "Riots"
PROTESTED = compiled(r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ies|ied))\b", re.IGNORECASE)
"""Words of a protest: rioters in one are a violent demonstration, elsewhere mob violence."""


_DEATHS_OF_PROTESTERS = compiled(r"\bdeaths?\s+of\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|marchers)\b", re.I)
_A_GRIEVANCE_BEFORE = compiled(
    r"\b(?:over|against|about|denounc\w*|condemn\w*|mark\w*|mourn\w*|protest\w*|justice\s+for)\s+the\s+$", re.I
)


def _protesters_dead(quote: str) -> bool:
    """Deaths of protesters told ("documented the deaths of two more protesters": helper-275), not what
    a protest is about ("marched … to denounce the deaths of two protesters last week": helper-277)."""
    return any(
        not _A_GRIEVANCE_BEFORE.search(quote, max(0, m.start() - 30), m.start())
        for m in _DEATHS_OF_PROTESTERS.finditer(quote)
    )


_WHOM_THEY_MOURN = compiled(
    r"\b(?:(?:pictures|photos|photographs|portraits|images|posters|coffins|bodies)\s+of|funerals?\s+of|mourn\w*|against|"
    r"over|denounc\w*|condemn\w*|justice\s+for|protest\w*\s+(?:at|about))\s+(?:the\s+)?"
    r"(?:(?!(?:and|but|as|when|while|after|police|soldiers|troops|security)\b)[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Before the dead, that they are whom the crowd mourns or what it protests ("carrying pictures of the dead
fighters", "against the killing of a student": helper-366's march was coded force against it)."""


def _grave_force(quote: str) -> bool:
    """Deaths or live fire told in the protest's words, not the dead it is about (`_WHOM_THEY_MOURN`)."""
    return any(
        not _WHOM_THEY_MOURN.search(quote, max(0, m.start() - 40), m.start()) for m in _GRAVE_FORCE.finditer(quote)
    )


def protest_kind(quote: str) -> tuple[str, str]:
    """The event type and sub-type of a claim that tells of a protest (ACLED's codebook): the
    crowd's violence makes it a riot; deaths or live fire, excessive force against protesters;
    dispersal, tear gas or arrests, a protest with intervention; else a peaceful protest."""
    if _CROWD_VIOLENCE.search(quote):
        return RIOTS, "Violent demonstration"
    if _grave_force(quote) or _protesters_dead(quote):
        return PROTESTS, "Excessive force against protesters"
    if _INTERVENTION.search(quote):
        return PROTESTS, "Protest with intervention"
    return PROTESTS, "Peaceful protest"


_FORCES = ("Police Forces of ", "Military Forces of ")
EXCESSIVE_FORCE = "Excessive force against protesters"


def force_on_the_crowd(protest: dict[str, Any], toll: dict[str, Any]) -> dict[str, Any] | None:
    """What a protest's row becomes when the toll told right after it, which took its place, is of a state's police
    or soldiers who killed on its day ("Protesters marched in Atbara on Monday." then "Police shot one dead":
    helper-359's dead were left out, then a battle of the police against no one): excessive force against the
    protesters, the forces its second actor; None where the toll is no such force's."""
    if protest["event_type"] != PROTESTS or not toll["fatalities"] or toll["event_date"] != protest["event_date"]:
        return None
    forces = str(toll["actor1"])
    if not forces.startswith(_FORCES) or toll["actor2"] not in ("", protest["actor1"]):
        return None
    changed = {"sub_event_type": EXCESSIVE_FORCE, "disorder_type": disorder_type(PROTESTS, EXCESSIVE_FORCE)}
    if protest["actor2"]:
        return changed
    inter2 = int(toll["inter1"])
    return {**changed, "actor2": forces, "inter2": inter2, "interaction": interaction(int(protest["inter1"]), inter2)}

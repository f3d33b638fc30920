"""Words of an armed speaker telling its own acts ("its fighters seized the town", "[IS] claimed responsibility for
an ambush", "units … carried out strikes") or its own losses ("two of its fighters were killed"): who acted when a
claim names no one else (split from `event_actors`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.model import Entity
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

SELF = compiled(
    r"^(?:that\s+)?(?:it|they|we)\b(?!\s+(?:had\s+|has\s+|have\s+)?(?:received\s+(?:\w+\s+)?(?:reports?|information|"
    r"word|news|accounts?|complaints?|testimon\w+|calls?)|documented|recorded|verified|registered|counted|learned|"
    r"heard|(?:been\s+)?(?:told|informed))\b)"  # reports of what others did, not "we received heavy fire"
    r"|(?<!blame )(?<!blaming )(?<!against )(?<!attacked )(?<!targeted )(?<!targeting )(?<!shelled )(?<!on )(?<!at )"
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|forces|troops|soldiers|"
    r"militants|men|units|army|guerrillas|combatants)\b"
    r"(?!\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|abducted|"
    r"taken|hit|ambushed|targeted)\b)"
    r"|^(?:that\s+)?(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:jets|warplanes|aircraft|drones|artillery)\b(?!\s+(?:positions?|units?|batter\w*|sites?|depots?))"
    r"|^(?:that\s+)?(?:his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|forces|troops|soldiers|militants|men|units|"
    r"guerrillas|combatants)\b",
    re.IGNORECASE,
)
"""A claim in which the speaker tells of its own acts ("it captured…", "his fighters seized…", "its
jets hit tanks" opening the claim; "drones struck its artillery positions" is told of a target); a
person's "his" only opening the claim: "bandits abducted the village head and his men" is not the
speaker's); its own forces told as hurt or as another's target ("only two of its fighters were
killed", "shelled the market to blame our forces") tell of no act of its own, nor its reports of
what others did ("it had received reports that soldiers fired mortar rounds": helper-254's rights group
Karapatan was the shooter)."""
OWN_HURT = compiled(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|forces|troops|soldiers|militants|men|units|guerrillas|"
    r"combatants|members)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured)\b"
    r"|\b(?:its|their|our)\s+(?:\w+\s+)?(?:escort|convoy|patrol|unit|position|post|base)\s+(?:had\s+)?lost\s+"
    r"(?:\w+\s+){1,2}?(?:men|soldiers|troops|members|officers)\b",  # "the army said its escort lost two men"
    re.IGNORECASE,
)
"""An armed speaker telling of its own losses ("only two of its fighters were killed"): it is the
side hurt, though its own mention is the source."""
OWN_ACT = compiled(
    r"^(?:that\s+)?(?:it|they|we|(?:its|their|our)\s+(?:fighters|forces|troops|men))\s+(?:had\s+|have\s+)?(?:\w+\s+)?"
    r"(?:killed|attacked|captured|seized|ambushed|shelled|repelled|destroyed|took|downed|shot|stormed|overran)\b",
    re.IGNORECASE,
)
"""A speaker telling its own act ("it killed 30 soldiers … and two of its fighters were killed"):
actor 1 whatever it lost; "they came under attack and two of their fighters were killed" is a loss."""
RESPONSIBILITY_FOR = r"(?:full\s+|sole\s+)?responsibility\s+(?:[\w\-’']+\s+){0,6}?for\s+"
"""The words of responsibility up to what it is for ("full responsibility for", "responsibility for")."""
RESPONSIBILITY = compiled(
    RESPONSIBILITY_FOR
    + r"(?!(?:[\w\-’']+\s+){0,2}?(?:failures?|lapses?|shortcomings|mistakes?|errors?|negligence|situation|crisis|"
    r"security|protection|safety|the\s+welfare)\b)",
    re.IGNORECASE,
)
"""Responsibility taken for what was done ("responsibility … for an ambush", "for the deaths of 12 soldiers"), not for
failures or the situation ("acknowledged responsibility for security failures that allowed gunmen to kill …":
helper-312)."""
CLAIMING = ("claim", "took", "accept", "assum", "admit", "announc", "acknowledg", "own")
"""Cues of an armed speaker taking responsibility ("[IS claimed] responsibility … for an ambush"): its own act; not
"the army said responsibility for the killing … lay with the militia" (helper-308)."""
ITS_UNITS_DID = compiled(
    r"(?:that\s+)?(?:the\s+|its\s+|our\s+)?(?:own\s+)?(?:(?:army|military|special|ground|air|naval|security|"
    r"government|elite|national|regular|federal)\s+)?(?:units?|troops|soldiers|forces|aircraft|jets|warplanes|drones|"
    r"(?P<strikes>(?:air|drone|aerial)\s+strikes?|airstrikes?))\b"  # "the army said air strikes near Kantchari had …"
    r"(?!\s+(?:were|was|had\s+been|have\s+been|came|come|died)\b)(?:\s+[\w\-\"“”,()]+){0,12}?\s+(?:had\s+|have\s+)?[\"“]?"
    r"(?:carried\s+out|conducted|launched|struck|killed|neutrali[sz]ed|destroyed|repelled|raided|bombed|shelled|"
    r"engaged)\b(?!\s+(?:by|in|during|when)\b)",
    re.IGNORECASE,
)
"""A state's forces telling of what unnamed units of theirs did, no other armed party named (helper-311's "units
engaged in "Operation Yitaore" had carried out air and ground strikes near Arbinda" was an unidentified group's)."""
ITS_MEN_OPEN = compiled(
    r"(?:that\s+)?(?P<men>officers|policemen|police\s+officers|troops|soldiers|security\s+forces)\b"
    r"(?:,[^,.;]{1,90},)?\s+(?:had\s+|have\s+|also\s+)*"
    r"(?:killed|repelled|repulsed|pushed|drove|fought|neutrali[sz]ed|destroyed|dislodged|routed|recaptured|retook|"
    r"raided|stormed|shelled|bombed|engaged|foiled|thwarted|arrested)\b"
    r"(?!\s+(?:by|in|during|when|while|at|near|on|after|as)\b"
    r"|\s+(?:and|or)\s+(?:wounded|injured|killed|captured|missing|[a-z]+ed\s+by)\b"
    r"|\s+(?:from|in|at|near|outside|inside|back|out|off|away|early|late|overnight|this|last|yesterday|earlier|"
    rf"{DAY_NAMES})\s+(?:[\w\-]+\s+){{0,2}}?(?:by|in|during|near|at)\b"
    r"|\s+(?:back|out|off|away)\s+by\b)",  # "soldiers killed in the ambush", "troops
    # killed Sunday by JNIM", "soldiers repulsed from Dapaong by JNIM": theirs; not "repelled an attack led by JNIM"
    re.IGNORECASE,
)
"""A state's forces telling of what their men did, opening the claim ("officers, supported by the Kenya-led MSS, had
pushed the gunmen back … and killed at least five gang members", told by Haiti's police: helper-314's row had the gang
alone), whoever else is named; not "soldiers on patrol were ambushed". Only where the men are not tagged: tagged,
they are the forces they are (`unnamed_parties.forces_by_name`), not the spokesman who told of them."""


def lost_only_its_own(quote: str) -> bool:
    """Whether the only dead a speaker's words count are its own it lost ("We lost nine men and we killed many
    of the attackers": helper-356's row took the nine for the attackers' and added them to the soldiers' nine)."""
    from annotations.claims.figures import death_figures
    from annotations.claims.number_words import value
    from annotations.claims.whose_dead import LOST_MEN

    lost = LOST_MEN.search(quote)
    if lost is None or not _WE.search(quote, max(0, lost.start() - 30), lost.start()):
        return False  # "the army lost four men", told by a source: the army's, not the speaker's (helper-343's o3)
    return death_figures(quote) == [value(lost["count"])]


_WE = compiled(r"\b(?:we|our\s+(?:forces|troops|side|units?|fighters|men))\s+(?:have\s+|had\s+)?$", re.IGNORECASE)


def own_dead(quote: str, side: Entity | None) -> tuple[str, ...]:
    """Whose dead a row's toll counts when an armed speaker counts only its own side's lost (`lost_only_its_own`):
    its side's, by name (the toll was the attackers' it told of killing, and was added to the soldiers' nine); ()
    otherwise."""
    from annotations.claims.armed import armed

    return (side.name,) if side is not None and armed(side) and lost_only_its_own(quote) else ()

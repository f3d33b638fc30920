"""What kind of event a claim's words tell: the weapon or the act named ("airstrike", "roadside
bomb", "abducted", "looted"), most specific first, for the events export (`event_kinds.event_kind`); and the
words that make a taking of a place no battle ("without a fight") or looting part of one."""

from __future__ import annotations

import re

from annotations.claims.no_row import FIGHTING
from annotations.claims.protests import PROTESTS
from annotations.suggest.names import DEMONYM_ALTERNATION
from annotations.text.pattern_cache import compiled

REMOTE, IED, SHELLING, LOOTING, AGREEMENT = (
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    "Shelling/artillery/missile attack",
    "Looting/property destruction",
    "Agreement",
)
BY_WORDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (compiled(pattern, re.IGNORECASE), event_type, sub_type)
    for pattern, event_type, sub_type in (
        (r"\bsuicide\b(?![\s\-]+drones?\b)", REMOTE, "Suicide bomb"),  # a "suicide drone" is flown (below)
        (
            r"\b(?:air ?strikes?|(?:precision|aerial|military|cross-border)\s+(?:military\s+)?strikes?|warplanes?|"
            r"air\s+(?:operations?|raids?|campaign)|air\s+forces?\b(?!\s+base)[^.;]{0,30}?\b(?:struck|hit|bombed|targeted)|"
            r"(?:fighter\s+)?jets|(?:fighter|military|war|army|junta|regime)\s+jet\b|bombs?\s+dropped\s+(?:by|from)\b|jet\s+(?:bombed|struck|hit|fired|dropped|attacked|"
            r"targeted|strafed)\b|bombed from the air|aircraft|aerial\s+vectors?|"  # the Sahel armies' "aerial vectors"
            r"(?:helicopter\s+)?gunships?|(?:attack|military|army|combat)\s+helicopters?|"  # helper-342
            r"(?:glide|guided|aerial)\s+bombs?|(?:explosive|explosive-laden|kamikaze|suicide|attack|armed|combat)"
            r"[\s\-]+drones?\b|"  # "attacked a military base with explosive drones" (helper-359's armed clash)
            r"(?<!anti-)drones?"
            r"(?:\s+(?!and\b|or\b|but\b|guns?\b)\w+){0,2}?"  # "drones had also struck"
            r"(?:,?\s+(?:launched|fired|sent|flown|operated)\s+(?:by|from)"  # "launched by
            r"(?:\s+(?!(?:were|was|had|have|has|and|but|before|after|when|while|as|then)\b)[^\s.;,]+){1,8}?,?)?\s+"
            r"(?:(?:had|has|have|then)\s+(?:also\s+)?)?"  # "Drones launched by JNIM had struck"
            # Sudan's paramilitary Rapid Support Forces (RSF) struck"
            r"(?:strikes?|attacks?|killed|hit|struck|targeted|attacked|bomb|bombed|fired|dropped|slammed)"
            r"|(?:launched|fired)\s+[\"“]?(?:an?\s+|\d+\s+)?(?:(?!at\b|on\b|into\b)[\w\-]+\s+){0,2}?drones?\s+"
            r"(?:at|on|into|against|toward|towards)\b)\b",  # not "shot down"; "a drone launched by Hezbollah hit",
            # "an explosive drone slammed into", "its fighters had launched \"an attack drone at a gathering\""
            REMOTE,
            "Air/drone strike",
        ),
        (  # "its strike on Tuesday had targeted…", told by a state; "the Iranian strike had destroyed a mosque"
            rf"\b(?:its|our|{DEMONYM_ALTERNATION})\s+strikes?"
            r"(?=\s+(?:on|against|had|has|have|hit|killed|targeted|struck|destroyed|damaged|near|at)\b)",
            REMOTE,
            "Air/drone strike",
        ),
        (  # "detonated an explosive-laden motorcycle near the police station" (helper-266's armed clash)
            r"\b(?:IEDs?|VBIEDs?|roadside bombs?|landmines?|(?<!gold )(?<!coal )(?<!copper )(?<!diamond )(?<!tin )"
            r"(?<!coltan )(?<!artisanal )(?<!open-pit )"
            r"(?:(?<!the )|(?<=stepped on the )|(?<=hit the )|(?<=struck the )|(?<=ran over the )|(?<=drove over the ))"
            r"(?<!at a )(?<!in a )(?<!near a )"  # "a landslide at a mine"
            r"mines?(?!\s+(?:site|workers?|pits?|shafts?|collapsed|caved|clearance|action)\b|-(?:clear|action|detect))"
            r"|(?<=the )mines?(?=[^.;]{0,40}?\b(?:exploded|detonated|went\s+off|blew\s+up|buried|planted|laid)\b)|"
            r"explosive devices?|(?:car|truck|motorcycle) bombs?|"
            r"(?<!suicide )bombs?\s+(?:(?:had|has)\s+)?(?:exploded|went\s+off|detonated|blew\s+up)|bomb\s+blasts?|"
            # "A bomb wounded four police officers in Mandalay" (helper-359's armed clash)
            r"\b(?:a|the|another)\s+bomb\s+(?:(?:had|has)\s+)?(?:wounded|killed|injured|hit|damaged|ripped)\b|"
            r"(?:planted|detonated|placed|hid|hidden)\s+(?:a|an|the|two|several)\s+(?:[\w\-]+\s+)?bombs?|"  # "A bomb
            # exploded near a police station" (helper-359's armed clash)
            r"explosive-laden|bomb-laden|booby-trapped)\b",
            REMOTE,
            IED,
        ),
        (
            r"\b(?:shell(?:ed|ing|s|fire)?|artillery|rockets?(?!-propelled|\s+launchers?)|missiles?|mortars?|(?<!other\s)(?<!and\s)projectiles)\b",
            REMOTE,
            SHELLING,
        ),
        (  # a rocket-propelled grenade is a gun's; "seized rifles and a grenade launcher" no grenade thrown (grenades
            # seized did nothing: `unnamed_parties.SHOT_DOWN`, before each weapon told)
            r"(?<!propelled )\bgrenades?\b(?!\s+launchers?)",
            REMOTE,
            "Grenade",
        ),
        (  # "a strike on a house in Qasr killed a couple": from the air, as no weapon is named before it
            r"\b(?:a|the|another)\s+strike\s+(?:on\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:house|home|building|car|vehicle|"
            r"convoy|market|school|hospital|position|base|camp|village|town|gathering|checkpoint|truck|motorcycle)s?\b|"
            r"(?:had\s+)?(?:hit|struck|targeted|killed|destroyed|damaged)\b)",
            REMOTE,
            "Air/drone strike",
        ),
        (  # "kidnappers were killed" is no abduction
            r"\b(?:abduct(?:ed|ing|ions?|s)?|kidnapp?(?:ed|ing|ings?)|kidnaps?|"
            r"took\s+(?!part\b|the\s+hostages?\b)(?:[\w\-]+\s+){1,3}?(?:hostages?|captives?)\b(?!\s+to\b)|"
            r"taken\s+hostage|took\s+them\s+away|(?:took|taken|carried)\s+(?:away|off)\s+(?:at\s+least\s+)?"
            r"(?:(?!wounded|injured)[\w\-]+\s+){0,2}?(?:passengers|villagers|civilians|people|women|children|girls|boys|"
            r"students|pupils|workers|men)\b(?!\s+(?:wounded|injured|hurt)\b))",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (  # not a church's "night vigil", a prayer vigil (helper-360: the ADF's massacre there was a protest)
            r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|sit-ins?|"
            r"(?<!night )(?<!prayer )(?<!all-night )(?<!overnight )(?<!Easter )(?<!Christmas )(?<!church )vigils?"
            r"(?!\s+(?:mass|service|prayers?)\b))\b",
            PROTESTS,
            "Peaceful protest",
        ),
        (  # not "an operation was under way to arrest the attackers", "no arrests were made" (helper-294)
            r"(?<!\bto\s)(?<!\bno\s)(?<!\bNo\s)\b(?:arrest\w*|detained)\b",
            "Strategic developments",
            "Arrests",
        ),
        (
            r"\b(?:looted|looting|torched|burned|burnt|burning|razed|pillag(?:ed|ing)|plunder(?:ed|ing)|stole|stolen|"
            r"stealing|rustl(?:ed|ing)|set\s+(?:\w+\s+){0,4}?(?:on\s+fire|ablaze|alight)|set(?:ting)?\s+fire\s+to)\b",
            "Strategic developments",
            LOOTING,
        ),
        (  # "Clan militias signed a ceasefire in Dhusamareb, ending fighting in Galguduud" (helper-359's battle)
            r"(?<!\bnot\s)(?<!\bnever\s)\b(?:signed|agreed\s+(?:to|on|upon)|reached|brokered|struck|concluded|announced|"
            r"declared)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:cease-?fire|truce|armistice|"
            r"(?:peace|prisoner[\s\-]exchange|power-sharing)\s+(?:deal|agreement|accord|pact)|agreement|accord|pact)\b",
            "Strategic developments",
            AGREEMENT,
        ),
    )
)  # fmt: skip
"""Words that say what kind of event it was, most specific first (an agreement last: a ceasefire broken by shelling
is the shelling's)."""


_CLASHED_WORDS = compiled(
    r"\bclash(?:ed|es|ing)\b|\bfought\b|\bgun\s*battles?\b|\bfirefights?\b|\bexchang\w+\s+(?:of\s+)?(?:gun)?fire\b",
    re.I,
)
"""A clash told beside a weapon: the weapon was used in it ("its fighters had clashed with Israeli troops …
and had destroyed a Merkava tank with a guided missile" is a battle, not a missile attack: helper-295)."""


def clashed_then(quote: str) -> bool:
    """Whether a clash is told as the event's own, not one before it ("a day after the two sides clashed":
    helper-300); one at the same time is, mostly between the same parties ("Fighting raged as TAF clashed with
    JNIM and fired rockets": helper-302; "shelled JNIM positions while their troops clashed with the militants":
    helper-305)."""
    return any(
        _NOT_THIS_CLASH.search(quote, max(0, clash.start() - 40), clash.start()) is None
        for clash in _CLASHED_WORDS.finditer(quote)
    )


_NOT_THIS_CLASH = compiled(r"\b(?:after|before|since)\b[^,;.]{0,30}$", re.I)


WITHOUT_A_FIGHT = compiled(r"\bwithout\s+(?:a\s+|any\s+)?(?:fight|resistance|a\s+shot|firing\s+a\s+shot)\b", re.I)
"""A place taken with no battle ("entered the town without a fight after soldiers withdrew"): a
non-violent transfer of territory, as a surrender is."""


def fought_then(quote: str) -> bool:
    """Fighting told as part of the event ("looting shops and clashing with soldiers"), not before it
    ("looted shops …, a week after fighting with the army": helper-265's review)."""
    return any(
        _BEFORE_THEN.search(quote, max(0, fight.start() - 30), fight.start()) is None
        for fight in FIGHTING.finditer(quote)
    )


_BEFORE_THEN = compiled(
    r"\b(?:(?:(?:a|one|two|three|four|several|few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before)|since)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.I,
)
"""A span of time before fighting told ("a week after fighting with the army"): fighting of another
day, not of the looting's (helper-267: "looted shops on Monday after clashing with soldiers" is a battle)."""


ARRESTED_IN_A_CLASH = compiled(
    r"\b(?:killed|killing|shot\s+dead|neutrali[sz]ed|clash\w*|fought|firefights?|gun\s*battles?)\b[^.;]{0,80}?\band\s+"
    r"(?:\w+\s+)?arrested\b|\barrested\b[^.;]{0,60}?\band\s+(?:\w+\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)\b"
    r"|\barrested\b[^.;]{0,60}?\b(?:during|in)\s+(?:an?\s+|the\s+)?(?:clash\w*|firefights?|gun\s*battles?|fighting)\b",
    re.IGNORECASE,
)
"""Arrests made in a clash that killed ("troops had killed three … in a clash … and arrested seven others"; "shot
dead 2 suspects and arrested 4": helper-300): the clash is the event; not a killing the arrested are held for,
nor one before ("arrested 3 people after JNIM fighters killed 2 soldiers there": helper-302)."""
HELD_FOR = compiled(
    r"\barrest(?:ed|ing)\s+(?:[\w\-,]+\s+){0,6}?(?:suspected\s+of|accused\s+of|charged\s+with|responsible\s+for|"
    r"wanted\s+for|in\s+connection\s+with|believed\s+to\s+have|blamed\s+for|who\s+(?:had\s+)?(?:killed|shot|"
    r"murdered)|(?:for|over)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:killings?|murders?|deaths?|massacres?))\b",
    re.IGNORECASE,
)
"""A killing the arrested are held for ("arrested 3 men suspected of killing 2 traders", "gunmen who had shot dead a
teacher", "for killing his neighbour"): an arrest, not a killing by those who arrested them (helper-297, 302, 303)."""
CAUGHT_BETWEEN = compiled(
    r"\bcaught\s+(?:up\s+)?in\s+(?:the\s+|a\s+)?cross-?fire\b|\b(?:in|during|by)\s+(?:the\s+|a\s+)?(?:cross-?fire|clash(?:es)?|"
    r"fighting|gun-?fights?|gun\s+battles?|exchanges?\s+of\s+fire|battles?)\s+between\b",
    re.IGNORECASE,
)
"""The dead caught between two sides ("killed in crossfire between JNIM and the army", "in clashes between …"):
the two sides' battle, not one side's attack on them (`caught_between`)."""
_THE_DEAD_TOLD_SO = compiled(
    r"\b(?:killed|died|dead|perished|lost\s+their\s+lives|caught|trapped|hit|wounded|injured)\b", re.IGNORECASE
)
_SOMEONE_KILLED = compiled(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!reportedly )(?<!allegedly )(?<!\bthose )"
    r"\b(?:killed|killing|executed|executing|massacred|murdered|beheaded|shot\s+dead)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|"
    r"several|dozens)\b"
    r"|\b(?:killed|shot|executed|massacred|murdered)\s+by\s+(?!(?:an?\s+|the\s+)?(?:stray|crossfire|shells?|bullets?|"
    r"gunfire|shrapnel|fire|heavy|mortars?|rockets?|artillery)\b)"
    r"|\bdeliberately\s+(?:\w+\s+)?(?:killed|shot|targeted)\b",
    re.IGNORECASE,
)
"""One side told killing them ("The army killed 9 civilians … in the fighting between …"); not stray fire
(`_STRAY`), nor the dead told so ("were reportedly killed in crossfire": helper-310)."""
_STRAY = compiled(
    r"\b(?:bullets?|gunfire|(?<!opened )fire|shells?|shrapnel|crossfire|rounds?|clashes|fighting)\s+(?:\w+\s+)?$", re.I
)


def caught_between(quote: str) -> bool:
    """Whether the dead were caught between two sides, told as dying there, none of the sides told as killing them
    ("The army killed 9 civilians … in the fighting between the army and JNIM" is the army's attack: helper-308)."""
    between = CAUGHT_BETWEEN.search(quote)
    if between is None:
        return False
    told = _THE_DEAD_TOLD_SO.search(quote, 0, between.start()) or between.group().lower().startswith("caught")
    killers = [k for k in _SOMEONE_KILLED.finditer(quote, 0, between.start()) if not _STRAY.search(quote, 0, k.start())]
    return bool(told) and not killers


_BOTH_FOUGHT = compiled(
    r"^(?:[\w’'\-]+\s+){1,5}?and\s+(?:[\w’'\-]+\s+){1,5}?(?:exchanged\s+(?:gun)?fire|clashed|fought|battled)\b",
    re.IGNORECASE,
)


def both_sides_fought(quote: str) -> bool:
    """Whether the claim opens with two sides fighting each other ("Afghan Taliban forces and Pakistani troops
    exchanged fire …, killing 12 civilians": helper-360's row was an attack on civilians by both, as allies)."""
    return _BOTH_FOUGHT.match(quote) is not None

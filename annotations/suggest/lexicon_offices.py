"""Actor patterns for bodies and people named by their office rather than a name: a ministry by
its territory ("the Gaza health ministry"), a rank or a cleric where they speak ("The colonel
denied…"), a rescue service ("the Syrian Civil Defence"), a legislature ("Congress approved").
The lexicon tries them last (`lexicon_bodies.LAST`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.text.cues import QUOTED_SPEAKING_VERBS
from annotations.text.pattern_cache import compiled

GAZA_MINISTRY: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(r"\b(?:Gaza|Hamas-run|Hamas-led)\s+(?:[Hh]ealth|[Ii]nterior)\s+[Mm]inistry\b"),
        "government_officials",
        "a ministry of Gaza",
        needs=("ministry",),
    ),
)
"""The ministry news names by the territory ("the Gaza health ministry"; the city stays a place too)."""
_QUOTED_VERBS = "|".join(verb for verb in QUOTED_SPEAKING_VERBS if verb != "explained")
"""The speaking verbs of translated news after which a rank or a cleric speaks ("“…,” the priest
lamented"); not "explained" ("the colonel explained the plan")."""
RANKS_WHO_SPEAK: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            rf"(?<=[Tt]he )(?:colonel|commander|major|captain)(?=\s+(?:said|says|told|denied|accused|added|warned|"
            rf"{_QUOTED_VERBS})\b)"
        ),
        "state_forces",
        "officer by rank",
        needs=("colonel", "commander", "major", "captain"),
    ),
    ActorPattern(
        compiled(
            r"(?<=[Tt]he )(?:priest|imam|pastor|bishop)"
            rf"(?=\s+(?:said|says|told|denied|accused|added|warned|{_QUOTED_VERBS})\b(?!\s+Mass))"
        ),
        "civilians",
        "cleric",
        needs=("priest", "imam", "pastor", "bishop"),
    ),
)
"""Someone named before, again by rank or office where they speak ("The colonel denied…", "The
priest accused…"; not "The priest said Mass")."""
CIVIL_DEFENCE: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"(?<!and )(?<!, )\b(?:[A-Z][a-z]+\s+)?Civil\s+(?:Defen[cs]e|Protection)\b"
            r"(?!\s+(?:centre|center|teams?|workers?|personnel|crews?|vehicles?|fire)\b|\s+and\s+(?!the\b))"
            r"|\b[Cc]ivil\s+(?:[Dd]efen[cs]e|[Pp]rotection)\s+(?:agency|service|directorate|department|authority)\b"
            r"(?!\s+(?:workers?|teams?|personnel|crews?|vehicles?|staff)\b)"
            r"|(?:(?<=\b[Aa] )|(?<=\b[Tt]he ))(?<!ing a )(?<!ing the )(?<!ed a )(?<!ed the )"
            r"(?<!told a )(?<!told the )(?<!sent a )(?<!with a )(?<!with the )(?<!by a )(?<!by the )"  # its subject
            r"(?:(?:local|regional|national)\s+)?(?:rescue|relief)\s+(?:group|service|"
            r"organi[sz]ation|team(?=\s+(?:said|says|told|reported|official|spokes\w+|leader)\b))\b"
        ),  # "the civil protection agency said", "according to a local rescue group" (helper-314's: no claimant)
        "civilians",
        "rescue service",
        needs=("civil defence", "civil defense", "civil protection", "rescue", "relief"),
    ),
)
"""A rescue service ("the Syrian Civil Defence said", "Gaza's Civil Defence"); not a minister's
portfolio ("Minister of Interior, Public Security and Civil Defence")."""
LEGISLATURES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"\b(?:House of (?:Representatives|Assembly|Commons|Lords|Delegates)|Senate|Parliament|"
            r"(?<!National )(?<!People['’]s )(?<!Youth )(?<!Women['’]s )Congress|Knesset|"
            r"State Duma|Duma|Majlis|Wolesi Jirga|Lok Sabha|Rajya Sabha)\b(?!\s+(?:building|chamber|Street|elections?))"
        ),
        "government_officials",
        "legislature",
        needs=("house of", "senate", "parliament", "congress", "knesset", "duma", "majlis", "jirga", "sabha"),
    ),
)
"""A legislature by its name ("the House of Representatives", "Congress approved", "Parliament
began discussing"); a state's body that acts."""

"""Words around a toll that say whether it is of the event told before it: another event told in its sentence
("Separately", "across the country", a day of its own), or, for a toll told risen ("The death toll rose to 14 on
Tuesday"), other dead than that event's or an accident's (split from `claim_places`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.accidents import an_accident
from annotations.claims.event_tolls import a_revised_toll
from annotations.claims.whose_dead import whose_dead
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.pattern_cache import compiled

_OTHER_EVENT_WORDS = (
    r"separate(?:ly)?|elsewhere|another|other\s+attacks?|neighbou?ring|in\s+all|in\s+total|altogether|"
    r"across\s+the\s+(?:country|region|province|state)|nationwide|this\s+(?:year|month|week)|last\s+(?:year|month|week)|"
    r"so\s+far|since|(?:nearby|neighbou?ring)\s+(?:village|town)|(?:village|town|city)\s+of\s+[A-Z]|"
    r"in\s+the\s+(?:north|south|east|west|centre|center)\w*|peacekeep\w*|"
    r"(?:overall|national|regional|weekly|monthly|cumulative|combined)\s+(?:death\s+)?toll"
)
_ANOTHER_EVENT = compiled(rf"\b(?:{_OTHER_EVENT_WORDS}|(?:{DAY_NAMES})|(?:{MONTH_NAMES}))\b", re.IGNORECASE)
"""Words of a toll's sentence that tell of another event than the one told before it: another
attack, another place, a period or a day of its own, a total, peacekeepers' dead."""


def others_dead_risen(toll: str, before: str) -> bool:
    """Whether a toll's sentence (`toll`) tells it risen and of other dead than the claim before it ("The soldiers'
    death toll rose to 12" after "gunmen killed three traders in Nadjoundi": helper-328's review), or an accident's."""
    if not a_revised_toll(toll):
        return False
    if an_accident(before):
        return True  # a flood's risen toll is no conflict's (helper-329: it made an armed clash)
    whose, theirs = _whose_toll(toll), whose_dead(before)  # not "rose to 12, including four civilians" (helper-329)
    return whose is not None and theirs is not None and whose != theirs


_FORCES_TOLL = compiled(
    r"\b(?:army|military|soldiers|troops|police|forces)['’]s?\s+(?:death\s+)?toll\b"
    r"|\b(?:army|military|police)\s+(?:post|base|camp|convoy|patrol|position)s?\b",  # "At the army post, the toll rose"
    re.I,
)
_CIVILIANS_TOLL = compiled(r"\bcivilians?['’]?\s+(?:death\s+)?toll\b", re.I)


def _whose_toll(toll: str) -> str | None:
    """Whose dead a toll says it counts by its name ("The army's death toll", "the civilian toll")."""
    return "forces" if _FORCES_TOLL.search(toll) else "civilians" if _CIVILIANS_TOLL.search(toll) else None


def another_event_told(text: str, sentence: tuple[int, int], revised: bool) -> bool:
    """Whether a toll's sentence tells another event than the one before it (`_ANOTHER_EVENT`); the day a toll told
    risen (`revised`: `event_tolls.a_revised_toll` of its words) rose ("The death toll rose to 14 on Tuesday") is
    none (helper-325's three risen tolls were left out)."""
    words = _SAID_ON_A_DAY.sub(" ", text[sentence[0] : sentence[1]])  # when it was said is no day of another event
    if revised:
        words = _ROSE_ON.sub(" ", words)
        if _WHICH_EVENT.search(words):
            return True  # "In the first attack, the death toll rose to 11": one of several told
    return _ANOTHER_EVENT.search(words) is not None


_SAID_ON_A_DAY = compiled(
    r"\b(?:said|says|told|announced|stated|added|confirmed|reported|claimed)\b(?:\s+(?!that\b)[\w’'\-]+){0,4}?\s+"
    rf"on\s+(?:{DAY_NAMES})\b",
    re.IGNORECASE,
)
"""The day a toll was told ("Major General Markus Kangye said in a statement on Monday that … four soldiers were
killed"): no day of another event (helper-358's army toll of Sunday's Marte attack gave no row)."""
_WHICH_EVENT = compiled(
    r"\b(?:first|earlier|previous|second|latter|former)\s+(?:attack|assault|raid|strike|incident|ambush|bombing)\b",
    re.I,
)


_ROSE_ON = compiled(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|reached)\s+to\s+(?:at\s+least\s+)?\S+"
    r"(?:\s+(?!(?:air|strikes?|clash\w*|attacks?|raids?|shelling|fighting|bombing|ambush\w*)\b)[^\s.,;]+){0,8}?\s+"
    rf"(?:on|by)\s+(?:{DAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?",  # "after a man died in hospital on …"
    re.IGNORECASE,
)

"""What an attack told in a claim struck: forces at their post, which makes it a battle even where it
burned things, or people, which makes it violence against them rather than a looting (split from
`events`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

A_POST = compiled(
    r"\b(?:police\s+stations?|(?:military|army)\s+(?:base|camp|post|position)s?|bases?|posts?|checkpoints?|barracks|"
    r"garrisons?|outposts?|positions?|convoys?|patrols?|troops|soldiers|police(?:men)?|officers)\b",
    re.IGNORECASE,
)
"""What an attack that also burned things struck that makes it a battle ("attacked the police station
and set fire to it"); burning after an attack on a village or a market stays a looting (a review)."""
_PEOPLE_ATTACKED = compiled(
    r"\b(?:attack(?:ed|ing)|assault(?:ed|ing)|raid(?:ed|ing)|opened\s+fire\s+on|shot(?:\s+at)?|beat(?:en|ing)?|whipp(?:ed|ing))\s+"
    r"(?:the\s+|a\s+group\s+of\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several)\s+)?"
    r"(?:[a-z\-]+\s+)?(?:villagers|civilians|residents|farmers|herders|fishermen|traders|miners|hunters|worshippers|workers|labou?rers|deminers|journalists|"
    r"mourners|students|pupils|passengers|motorists|travell?ers|displaced\s+people|women|children|families|people)\b",
    re.IGNORECASE,
)
"""People, not a place, struck by an attack that also burned their homes: violence against them, no
looting ("gunmen attacked villagers … and set fire to their homes": helper-273)."""
_IN_A_RELATIVE = compiled(r"\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""A clause of who a party is ("bandits who had attacked villagers", "a group that has attacked
civilians"), set off or not: "RSF fighters, who had attacked villagers in Mellit the week before, looted
the market in Kutum" tells the looting (helper-279)."""


def people_attacked(quote: str) -> bool:
    """Whether the claim tells people attacked (`_PEOPLE_ATTACKED`) as its own deed, not in a clause of
    who a party is ("soldiers clashed with bandits who had attacked villagers": helper-276, the army's
    violence against civilians); fighting beside it may be what they fled ("opened fire on civilians
    fleeing the fighting": helper-277)."""
    return any(
        not _IN_A_RELATIVE.search(quote, max(0, m.start() - 30), m.start()) for m in _PEOPLE_ATTACKED.finditer(quote)
    )

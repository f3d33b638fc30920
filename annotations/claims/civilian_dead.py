"""Whether the dead a casualty claim tells of were civilians, for its event type.

ACLED codes a battle only between two armed, organised sides; deaths dealt by one armed side to
people who bore no arms are violence against civilians ("Attack"). A claim is read as such when it
names civilians or journalists as the dead, or when nobody fought in it and its dead are people
of no side: "Armed men on motorbikes killed at least 23 people in raids on farming villages" (a
newcomer's row was a battle with no second party), "gunmen killed 12 villagers".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.claims.armed import armed
from annotations.claims.figures import death_figures
from annotations.claims.no_row import FIGHTING
from annotations.claims.number_words import NUMBER, value
from annotations.claims.whose_dead import whose_dead
from annotations.model import Entity
from annotations.text.dates import MONTHS, WEEKDAYS
from annotations.text.pattern_cache import compiled

_DAYS_AND_MONTHS = "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS))
CIVILIANS_NAMED = compiled(
    rf"\b(?:[Cc]ivilians|[Cc]ivilian(?!\s+(?!(?:{_DAYS_AND_MONTHS})\b)[A-Z]|\s+(?:militias?\b|"
    r"defen[cs]e|self-defen[cs]e|volunteers?\b|vigilantes?\b|guards?\b|auxiliar))|[Jj]ournalists?|[Rr]eporters?|"
    r"[Uu]narmed|"
    r"[Ff]ormer\s+(?:[A-Z][\w\-]*\s+)?(?:fighters?|combatants?|guerrillas?|rebels?|militants?|members?)|"
    r"[Ee]x-(?:combatants?|fighters?|guerrillas?|rebels?))\b"  # "shot dead a former FARC fighter and his wife": one who
    # laid down arms (helper-359's row was a battle with the FARC)
)
"""Deaths of these are violence against civilians ("unarmed" too: helper-262's "police officers had
executed at least four unarmed young men" was a battle with no second party; a news outlet the claim names is no victim:
"19 soldiers were killed, officers told Reuters"; nor is a militia named for civilians, "the
Civilian Joint Task Force", "a civilian militia": their fighters' deaths are a battle's)."""
_PEOPLE = compiled(
    r"\b(?:people|persons|(?<![\w’'])(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+dozen|dozens\s+of)\s+(?:young\s+|unarmed\s+|local\s+)?men|(?:a|an|one)\s+(?:\d{1,3}-year-old\b|(?:[a-z\-]+\s+)?(?:man|woman|boy|girl|child|teenager|"
    r"person)\b)|children|women)\b",
    0,
)
"""The dead named as people, of no side ("23 people", "five persons", "two men", "a 19-year-old
man", "a woman"; not "five armed men", "12 of its men": helper-265's review)."""


def civilians_dead(quote: str, actors: Iterable[Entity], victims: set[str]) -> bool:
    """Whether the claim's dead are civilians: named so, or people of no side killed where nobody
    fought and no armed actor of the claim was hurt ("12 soldiers and 10 people were killed" and
    "clashes killed 23 people" stay battles)."""
    if CIVILIANS_NAMED.search(quote) and not some_civilians_among_them(quote):
        return True
    if FIGHTING.search(quote) or any(armed(actor) and actor.id in victims for actor in actors):
        return False
    if not death_figures(quote):
        return False  # "peacekeepers evacuated 17 wounded people": nobody was killed here, by them or others
    dead = whose_dead(quote)
    return dead == "civilians" or (dead is None and _PEOPLE.search(quote) is not None)


_PEOPLE_HURT = compiled(
    r"\b(?:wounded|injured|wounding|injuring|hurt|hurting)\s+(?:at\s+least\s+|about\s+|some\s+)?(?:[\w\-]+\s+)?"
    r"(?:civilians|people|persons|women|children|residents|villagers|passengers|pedestrians|a\s+(?:man|woman|child|boy|"
    r"girl|teenager))\b"
    r"|\b(?:civilians|people|persons|women|children|residents|villagers|passengers|pedestrians)\s+(?:were|was)\s+"
    r"(?:\w+\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def civilians_hurt(quote: str) -> bool:
    """Whether the words tell people of no side wounded ("A drone attack on the town of Shebekino … wounded two
    women": helper-359's row named no one struck)."""
    return _PEOPLE_HURT.search(quote) is not None and not FIGHTING.search(quote)


_CIVILIANS_AMONG = compiled(
    r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+(?:at\s+least\s+)?(?P<some>\w+)\s+(?:were\s+)?civilians?\b",
    re.IGNORECASE,
)


def some_civilians_among_them(quote: str) -> bool:
    """Whether the only civilians named are some of a larger toll ("put the toll at 41 dead, including six civilians
    who were sheltering near the base": helper-361's second count of an attack on an army post was an attack on
    civilians, a row of its own): the others' fight, not an attack on civilians."""
    among = _CIVILIANS_AMONG.search(quote)
    if among is None or len(CIVILIANS_NAMED.findall(quote)) > 1:
        return False
    some = value(among["some"]) if re.fullmatch(NUMBER, among["some"]) else 0
    total = [f for f in death_figures(quote) if f]
    return bool(some) and bool(total) and max(total) > some

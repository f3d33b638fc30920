"""People named with their age, as news names the dead, the hurt and the missing ("Marcos Antonio
Reyes Bonilla, 38, treasurer of Cooperativa Nueva Vida", "Juan Ramón Ordóñez, 45, and Feliciano
Mejía, 33, were missing"): a name of two to four words, then its age between commas. Tried among
the lexicon's last patterns (`lexicon_bodies.LAST`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.text.capitals import CAPITAL
from annotations.text.pattern_cache import compiled

_WORD = rf"{CAPITAL}[\w’'\-]+"
PEOPLE_BY_AGE: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            rf"(?<![\w’'\-])((?!(?:The|In|On|At|By|From|Since|After|Before|During|And|But)\s){_WORD}"
            rf"(?:\s+(?:(?:de|del|da|dos|van|von|al|el|bin|ibn)\s+)?{_WORD}){{1,3}}),\s+(?:aged\s+)?\d{{1,2}}"
            r"(?=,|\s+and\s+(?!\d))"
        ),
        "civilians",
        "person by role",
        group=1,
    ),
)

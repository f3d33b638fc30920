"""Place names joined by a particle that the gazetteers know by their first word only: "Nioro du
Sahel" is the town of Nioro, in Kayes; read word by word it gave two places, Nioro and the Sahel, and
the Sahel was filed as the province of Burkina Faso (helper-287)."""

from __future__ import annotations

from dataclasses import replace

from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_PARTICLE_AND_NAME = compiled(r" (?:du|de la|de|des|del|di|da|do|dos|das) ([A-Z][\w’'\-]+)")


def names_with_particles(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, each place followed by a particle and another suggested place ("Nioro du
    Sahel") grown over both: one place, the first word's; the second one dropped."""
    places = {s.start: s for s in found if s.kind == "district"}
    grown: dict[int, Suggestion] = {}
    swallowed: set[int] = set()
    for s in places.values():
        joined = _PARTICLE_AND_NAME.match(text, s.end)
        if s.start in swallowed or joined is None or joined.start(1) not in places:
            continue
        grown[s.start] = replace(s, end=joined.end(), quote=text[s.start : joined.end()])
        swallowed.add(joined.start(1))
    if not grown:
        return found
    return [grown.get(s.start, s) for s in found if not (s.kind == "district" and s.start in swallowed)]

"""The two parties of an event row, and the names rows give a party no claim named ("Unidentified
Armed Group (Nigeria)", "Military Forces of Togo"): which named actor each may stand for, as rows
of one event are merged (split from `merging`, which was over 500 lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from annotations.text.pattern_cache import compiled

UNNAMED_KINDS: dict[str, str | None] = {
    "Unidentified Armed Group": None, "Civilians (": "7", "Protesters (": "6", "Rioters (": "5",
    "Military Forces of ": "1", "Police Forces of ": "1",
}  # fmt: skip
"""How the rows name a party no claim named (`event_actors`), with the inter code of the actor that
may be it: a country's forces are its state's forces, never a group ("Military Forces of Colombia"
and the Estado Mayor Central fitted, and the merged row set the EMC against its own front:
helper-266); an unidentified group any armed party but a state's. "Police Forces of" is what a police
post attacked with no police tagged gives (`unnamed_parties.forces_at_their_post`): it fits the
police another source names (helper-269's attack on Suárez's police station was two rows of two
dead each, once that entry was taken out as unreached)."""
UNNAMED = tuple(UNNAMED_KINDS)

MILITARY, POLICE, CIVILIANS = "Military Forces of ", "Police Forces of ", "Civilians ("
_POLICE = compiled(r"\b(?:police|policemen|gendarm\w*|constabulary|carabineros|policia|polic[ií]a)\b", re.I)


@dataclass(frozen=True, slots=True)
class Party:
    """Actor 1 or actor 2 of a row, with what goes with it."""

    name: str
    assoc: str
    inter: Any

    @property
    def unnamed(self) -> bool:
        return not self.name or self.name.startswith(UNNAMED)

    def fits(self, other: Party) -> bool:
        if self.name == other.name or not self.name or not other.name:
            return True
        if self.unnamed or other.unnamed:
            unnamed, named = (self, other) if self.unnamed else (other, self)
            return named.unnamed or of_its_kind(unnamed.name, named)
        return False

    def named(self, other: Party) -> Party:
        """The one of the two that names the party (with both associated actors): a common noun ("soldier",
        "traders") names no one, and a state's forces or a country's civilians stay theirs."""
        chosen = other if self.unnamed and not other.unnamed and of_its_kind(self.name, other) else self
        if not self.name and other.name:
            chosen = other  # no one, beside a country's forces another source names (helper-359's army was lost)
        if chosen is other and self.name.startswith((MILITARY, POLICE, CIVILIANS)) and other.name[:1].islower():
            chosen = self
        elif self.name[:1].islower() and other.name.startswith((MILITARY, POLICE)) and of_its_kind(other.name, self):
            chosen = other  # "soldiers" of one source are the "Military Forces of Uganda" of another (helper-359)
        assoc = "; ".join(dict.fromkeys(a for p in (self, other) for a in p.assoc.split("; ") if a))
        return replace(chosen, assoc=assoc)


def of_its_kind(unnamed: str, named: Party) -> bool:
    """Whether the named party may be the party a row names by kind only (or not at all): of the
    kind's inter code, and a country's police its police, its military forces no police (a review:
    "Police Forces of Togo" fitted the army of another attack the same day, and the police's row
    was gone)."""
    if not unnamed:
        return True
    code = next((code for prefix, code in UNNAMED_KINDS.items() if unnamed.startswith(prefix)), None)
    if code is None:
        return str(named.inter) not in ("1", "7")
    if str(named.inter) != code:
        return False
    if unnamed.startswith(POLICE):
        return _POLICE.search(named.name) is not None
    return not unnamed.startswith(MILITARY) or _POLICE.search(named.name) is None


def parties_of(row: dict[str, Any]) -> tuple[Party, Party]:
    return (
        Party(row["actor1"], row["assoc_actor_1"], row["inter1"]),
        Party(row["actor2"], row["assoc_actor_2"], row["inter2"]),
    )

"""The two sides of an event from its actors: actor 1 and actor 2, each with the actors of its kind beside it
(ACLED's associated actors), state forces and rebels always apart, the militias and outside forces that fight
beside a state's on its side (split from `event_actors`, which was over 450 lines)."""

from __future__ import annotations

from annotations.claims.acled_names import UNIDENTIFIED
from annotations.claims.armed import inter
from annotations.model import Entity

Party = tuple[Entity | None, list[Entity]]
"""An event's actor and the actors associated with it."""


def beside_the_state(first: Entity, other: Entity) -> bool:
    """Outside forces or a political militia fighting beside a state's ("Somali troops backed by African Union forces
    killed 15 al-Shabaab fighters": ACLED lists the mission with the army, it was on no side, helper-356; "Troops
    backed by the CJTF repelled an attack by Boko Haram": the CJTF was left out, helper-360)."""
    return {inter(first), inter(other)} in ({1, 8}, {1, 3})


def enemies(first: Entity | None, other: Entity) -> bool:
    """Whether two armed actors named on one side of an event cannot be one side: state forces and
    rebels ("soldiers killed villagers accused of supporting ISWAP"). A militia beside the army,
    killing with it or killed with it, is its associate, as ACLED lists Burkina Faso's VDP with
    its forces."""
    return {inter(first), inter(other)} == {1, 2}


def parties(actors: list[Entity]) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of an event from its actors (armed parties first): actor 1 the first,
    actor 2 the first of another kind (inter code) than actor 1, else the next; each with the
    others of its own kind as associated actors ("Taliban and Haqqani fighters attacked army
    posts": Taliban with Haqqani network, then the army). Others of a third kind are left out."""
    if not actors:
        return (None, []), (None, [])
    first, rest = actors[0], actors[1:]
    enemy = next((a for a in rest if enemies(first, a)), None)
    if enemy is not None:
        return sides(first, enemy, rest)
    unnamed = next((a for a in rest if a.name.startswith(UNIDENTIFIED)), None) if inter(first) == 1 else None
    if unnamed is not None:  # "troops and the VDP pushed the attackers back": the army and its militia against the
        # attackers no one named (helper-367's row set the army against the VDP, the attackers its associate)
        beside = [
            a for a in rest if (inter(a) == 1 or beside_the_state(first, a)) and not a.name.startswith(UNIDENTIFIED)
        ]
        return (first, beside), (unnamed, [])
    second = next((a for a in rest if inter(a) != inter(first)), None)
    if second is None:
        return (first, []), (rest[0] if rest else None, rest[1:])
    with_first = [a for a in rest if inter(a) == inter(first)]
    with_second = [a for a in rest if a is not second and inter(a) == inter(second)]
    return (first, with_first), (second, with_second)


def sides(first: Entity, enemy: Entity, rest: list[Entity]) -> tuple[Party, Party]:
    """State forces and rebels fighting: each side with the others of its kind; a political militia
    with the state's forces, as ACLED lists the militias fighting beside them ("the army and the
    CJTF repelled ISWAP", "ISWAP attacked the army and allied CJTF fighters", "soldiers repelled an
    ISWAP attack with the help of CJTF members": the CJTF with the army, where it had been the
    army's enemy and ISWAP left out); an identity militia with the party named right before it
    ("ISWAP fighters and the Janjaweed militia clashed with the army", a second reviewer's case)."""
    with_first = [a for a in rest if a is not enemy and inter(a) == inter(first)]
    with_enemy = [a for a in rest if a is not enemy and inter(a) == inter(enemy)]
    state_side = with_first if inter(first) == 1 else with_enemy
    side = with_first
    for actor in rest:  # identity militias with the party named right before them (or the first)
        if actor is enemy or inter(actor) == inter(enemy):
            side = with_enemy
        elif inter(actor) == inter(first):
            side = with_first
        elif inter(actor) == 3 and not actor.name.startswith(UNIDENTIFIED):
            state_side.append(actor)  # political militias fight beside the state (CJTF, VDP, Wazalendo); not
            # "militants" no one named (helper-359: the US strike's dead were the US command's associates)
        elif inter(actor) == 4:
            side.append(actor)
    return (first, with_first), (enemy, with_enemy)

"""Generic nouns stay in their article: "residents" of Faryab and "residents" of Kunduz are not
one actor, "the military government" of Burkina Faso is not Myanmar's, "the defence ministry" of
Haiti not Niger's (helper-262's claimant of a Haiti row), and "the group" an analyst
tagged as the Sudan Doctors Network in one article is no one's in the next.

An actor whose name is a generic noun (residents, officials, troops, police…) is linked to a
mention in another article only by the analyst (merging entities); suggestions and forms link a
generic name only to an actor this article already mentions, and otherwise start a new one.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Annotation, Entity

GENERIC_NOUNS = frozenset(
    (
        *"""residents resident civilians civilian villagers locals people population refugees refugee
    displaced witnesses witness sources source officials official authorities authority government
    administration military army troops soldiers forces security forces police policemen police officers
    officers fighters militants insurgents rebels dissidents gunmen attackers assailants militia militias
    lawmakers legislators protesters demonstrators rioters looters elders spokesman spokeswoman spokesperson
    military government junta regime ministry commanders commander leaders terrorists terrorist bandits
    bandit jihadists jihadist extremists extremist kidnappers kidnapper bombers bomber gunman assailant
    attacker insurgent militant fighter rebel militiamen militiaman doctors doctor medics medic nurses group
    groups movement organisation organization outfit faction network agency body party coalition alliance
    committee council association youths youth gangs gang jet jets warplane warplanes aircraft helicopter
    helicopters drone drones navy warships""".split(),  # "a military jet bombed": its forces, as "the army" is
        "fighter jets",
        "navy vessels",
        "suicide bomber",
        "suicide bombers",
        "security forces",
        "police officers",
        "military government",
        "armed men",
        "government forces",
        "ministry of defence",
        "ministry of defense",
        "ministry of interior",
        "ministry of the interior",
        "ministry of foreign affairs",
        "ministry of health",
        "armed forces",
        "air force",
    )
)
_QUALIFIERS = re.compile(
    r"^(?:(?:junta|regime|army|local|provincial|district|regional|government|state|senior|top|some|many|other|several|"
    r"unnamed|unidentified|unknown|suspected|alleged|armed|security|military|federal|hired|masked|church|religious|"
    r"community|tribal|clan|village|defen[cs]e|interior|foreign|health|information|justice|finance|"
    r"islamist|jihadist|extremist|"  # "Islamist militants" name no group (helper-362's row had them by name)
    r"the|a|an)\s+)*"
)


def is_generic(name: str) -> bool:
    """A name that says what kind of people, not who ("local residents", "the troops",
    "provincial officials"); "Afghan officials" or "Residents of Faryab" say who."""
    folded = fold(name)
    return folded in GENERIC_NOUNS or _QUALIFIERS.sub("", folded) in GENERIC_NOUNS


def in_scope(entities: Iterable[Entity], article_annotations: Sequence[Annotation]) -> list[Entity]:
    """The entities a name in this article may be linked to without the analyst saying so:
    every place and named actor, and generic actors only if this article mentions them."""
    here = {a.entity_id for a in article_annotations if a.entity_id}
    return [e for e in entities if e.kind != "actor" or e.id in here or not is_generic(e.name)]


def linkable_names(entity: Entity, mentioned_here: bool) -> list[str]:
    """The names a mention may be linked to `entity` by: every one in an article that mentions it,
    elsewhere only those that say who ("army", learned as the Sudanese Armed Forces' alias in a
    Sudan article, is not the army of Burkina Faso)."""
    return [name for name in entity.names() if links_by(entity, name, mentioned_here)]


def links_by(entity: Entity, name: str, mentioned_here: bool) -> bool:
    """Whether `name` may link a mention to `entity` (`linkable_names`); its own name always may
    (`in_scope` has already left out generic actors of other articles)."""
    return mentioned_here or entity.kind != "actor" or fold(name) == fold(entity.name) or not is_generic(name)


def linkable(entities: Iterable[Entity], article_annotations: Sequence[Annotation]) -> list[Entity]:
    """`in_scope`, each entity with only the names a mention of this article may link it by
    (copies: for matching a typed name, never to be saved)."""
    here = {a.entity_id for a in article_annotations if a.entity_id}
    return [_with_names(e, linkable_names(e, e.id in here)) for e in in_scope(entities, article_annotations)]


def _with_names(entity: Entity, names: list[str]) -> Entity:
    details = entity.details
    if not isinstance(details, ActorDetails) or len(names) == len(list(entity.names())):
        return entity
    return replace(entity, details=replace(details, aliases=tuple(n for n in details.aliases if n in names)))


def common_names_shared(known: Iterable[Entity], here: Container[str]) -> set[str]:
    """Common words two known actors of this article were both tagged by ("soldiers" of Togo's
    army and of Benin's, in one report): they name neither, where each used to follow the one
    linked last (a newcomer's Savanes report)."""
    seen: dict[str, str] = {}
    shared = set()
    for entity in known:
        for name in {fold(n) for n in linkable_names(entity, entity.id in here) if is_generic(n)}:
            if seen.setdefault(name, entity.id) != entity.id:
                shared.add(name)
    return shared

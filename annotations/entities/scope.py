"""Generic nouns stay in their article: "residents" of Faryab and "residents" of Kunduz are not
one actor, "the military government" of Burkina Faso is not Myanmar's.

An actor whose name is a generic noun (residents, officials, troops, police…) is linked to a
mention in another article only by the analyst (merging entities); suggestions and forms link a
generic name only to an actor this article already mentions, and otherwise start a new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotations.entities.matching import fold
from annotations.model import Annotation, Entity

GENERIC_NOUNS = frozenset(
    (
        *"""residents resident civilians civilian villagers locals people population refugees refugee
    displaced witnesses witness sources source officials official authorities authority government
    administration military army troops soldiers forces security forces police policemen police officers
    officers fighters militants insurgents rebels gunmen attackers assailants militia militias
    lawmakers legislators protesters demonstrators elders spokesman spokeswoman spokesperson
    military government junta regime ministry commanders commander leaders""".split(),
        "security forces",
        "police officers",
        "military government",
        "armed men",
        "government forces",
    )
)
_QUALIFIERS = re.compile(
    r"^(?:(?:local|provincial|district|regional|government|state|senior|top|some|many|other|several|"
    r"unnamed|unidentified|armed|security|military|the|a|an)\s+)*"
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

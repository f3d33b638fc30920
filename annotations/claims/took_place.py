"""A sentence of the reporter's own that says where the event told before it took place ("The attack took place
in Bali, about 20 km southwest of Bamenda."): the place of that event, and of a toll told after it. helper-342's
lede named only the region ("an attack on a checkpoint in Cameroon's English-speaking North-West region"), the
spokesman's toll in the next sentence but one was kept from it by Bali, and then took the town he spoke in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.model import Annotation
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled

_TOOK_PLACE_IN = compiled(
    r"\b(?:the|that|this)\s+(?:attack|ambush|raid|assault|bombing|killings?|massacre|fighting|clash(?:es)?|strikes?|"
    r"shooting|abduction|kidnapping)\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|unfolded)\s+"
    r"(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|village|city|district)\s+of\s+)?$",
    re.IGNORECASE,
)


def where_it_took_place(text: str, districts: Sequence[Annotation], start: int, end: int) -> Annotation | None:
    """The one place between `start` and `end` named as where the attack told before took place, in a sentence
    that begins with it ("The attack took place in Bali"), or None."""
    found = [
        d
        for d in districts
        if start <= d.start
        and d.end <= end
        and d.entity_id
        and _TOOK_PLACE_IN.fullmatch(text, sentence_at(text, d.start)[0], d.start) is not None
    ]
    return found[0] if len({d.entity_id for d in found}) == 1 else None

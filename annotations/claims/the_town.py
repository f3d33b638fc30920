"""A taking told of "the town" named before: "Fano fighters seized Debre Markos on Jan. 4, residents said. Soldiers
retook the town on Jan. 5, the military said." (helper-364's R4: the retaking named no place, and gave no row)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from annotations.model import Annotation, ClaimAttributes
from annotations.text.navigation import PARAGRAPH_BREAK
from annotations.text.pattern_cache import compiled

_THE_TOWN = compiled(
    r"\b(?:the|that)\s+(?:town|city|village|district|base|camp|border\s+town|garrison\s+town)\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
"""A place named back by what it is ("retook the town"), not named there ("the town of Sake")."""

Own = Callable[[Annotation], tuple[tuple[str, ...], dict[str, str]]]


def the_town_told_before(text: str, claim: Annotation, claims: Iterable[Annotation], own: Own) -> tuple[str, ...]:
    """The one place of the claim told just before a claim of territory that names it back ("the town"), in its
    paragraph or the one before; () otherwise."""
    attributes = claim.attributes
    if not isinstance(attributes, ClaimAttributes) or attributes.claim_type != "territorial_control":
        return ()
    if not _THE_TOWN.search(claim.quote):
        return ()
    before = [c for c in claims if c.end <= claim.start]
    if not before:
        return ()
    last = max(before, key=lambda c: (c.start, c.end))
    if len(PARAGRAPH_BREAK.findall(text, last.end, claim.start)) > 1:
        return ()
    places = own(last)[0]
    return places if len(places) == 1 else ()

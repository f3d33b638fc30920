"""Where a text's cues of attribution stand: the assertions' (`text.cues`) and a rejection ending
a charge told just before it (", a charge the government rejected"). A denial of another's claim
named only by a word ("denied the reports") has that word, negated, as its content (the golds
give "the allegations"); a rejection of one ("rejected that account") is a cue of the claim form
only: of 21 such rejections in the golds' articles, 2 were tagged as claims."""

from __future__ import annotations

import re

from annotations.suggest.claim_edges import no_cue_here
from annotations.suggest.claim_ends import CHARGE_REJECTED
from annotations.suggest.scan import CUE_STARTS, scan_of
from annotations.text.cues import ASSERTION_PATTERN
from annotations.text.pattern_cache import compiled

ANOTHER_CLAIM = compiled(
    r"\s+(?:(?:that|this|these|those|the|such|both|all)\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|"
    r"charges?|accounts?|figures?|versions?|statements?)|it|them|this)(?=\s*(?:[,.;]|as\b|$))"
)
"""After a denial, another's claim named only by a word ("denied that claim", "denied the reports"):
what it denies is elsewhere, so the word, negated, is what this speaker claims."""
_REJECTING = (" rejected", " dismissed", " disputed", " rejects", " disputes", " dismisses")
_A_WORD = compiled(r"\w+")


def cues_in(text: str) -> list[re.Match[str]]:
    """The cues of attribution in text order (see the module)."""
    found = [m for m in scan_of(text).matches(ASSERTION_PATTERN, CUE_STARTS) if not no_cue_here(text, m)]
    if any(word in text for word in _REJECTING) or ", claims " in text:
        taken = {m.start() for m in found}
        for charge in CHARGE_REJECTED.finditer(text):
            found = [m for m in found if not charge.start(1) <= m.start() < charge.end(1)]  # ", claims the … denied"
            if charge.start(2) not in taken:
                found.append(_A_WORD.match(text, charge.start(2)))  # type: ignore[arg-type]
    return sorted(found, key=lambda m: m.start())

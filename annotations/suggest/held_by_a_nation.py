"""Who holds a place when the text names the holder by nationality: "Kupiansk remains under
Ukrainian control", "Russian-occupied Melitopol". Whether that is the government's hold or a
capture depends on the country the place is in, which the words around it cannot tell: read
where the place is known (a suggestion, a form), so the two agree. "under Ukrainian control"
gave no status, and "under the control of Russian forces" read as government-held in Ukraine."""

from __future__ import annotations

from annotations.model import ControlStatus
from annotations.model.country_codes import country_code
from annotations.suggest.names import DEMONYMS, names_trie
from annotations.text.pattern_cache import compiled
from annotations.text.readings import control_status_near

_NATION = names_trie("; ".join(DEMONYMS))
_UNDER_A_NATION = compiled(
    r"(?:\s*,|\s+(?:which|that|is|are|was|were|remains?|remained|stays?|stayed|has|had|been|still|now|firmly|"
    r"fully|largely|mostly|entirely|again|back|once\s+more))*"
    rf"\s+(?:under\s+(?:the\s+)?(?:full\s+|firm\s+|complete\s+|effective\s+)?(?:control\s+of\s+(?:the\s+)?)?"
    rf"(?P<nation>{_NATION})(?:\s+(?:forces|troops|army|military))?(?:\s+(?P<how>control|occupation|rule))?"
    rf"|in\s+(?P<hands>{_NATION})\s+hands)\b"
)
"""After the place, with only such small words between ("Kupiansk, which is still under Ukrainian
control"; not "Kupiansk for Kharkiv, which is under…": another name stands between)."""
_A_NATION_HOLDS = compiled(
    rf"(?<![\w\-])(?P<nation>{_NATION})-(?P<how>held|controlled|occupied)\s+"
    r"(?:(?:town|city|village|district|region|province|territory|port|area|part)\s+of\s+)?$"
)
"""Before the place: "Ukrainian-held Kupiansk", "the Russian-occupied city of Melitopol"."""


def control_status_told(text: str, start: int, end: int, country: str | None) -> ControlStatus:
    """The control status the text reports for the place at start-end in `country` (a name or
    None): a nation's hold read against the place's country, else what the cue nearest says."""
    held = held_by_a_nation(text, start, end, country)
    return held if held is not None else control_status_near(text, start, end)


def held_by_a_nation(text: str, start: int, end: int, country: str | None) -> ControlStatus | None:
    """ "captured" when a nation holds the place by occupation, or holds a place of another
    country; "government_held" when its own; None when no nation is named as holding it (or
    the place's country is not known, and nothing says occupation)."""
    after = _UNDER_A_NATION.match(text, end)
    before = _A_NATION_HOLDS.search(text, max(0, start - 60), start)
    if after is not None and (after["how"] is not None or after["hands"] is not None or _forces(after[0])):
        nation, how = after["nation"] or after["hands"], after["how"] or ""
    elif before is not None:
        nation, how = before["nation"], before["how"]
    else:
        return None
    if how in ("occupation", "occupied"):
        return "captured"
    own = country_code(country) if country else ""
    if not own:
        return None
    return "government_held" if country_code(DEMONYMS[nation]) == own else "captured"


def _forces(words: str) -> bool:
    """ "under the control of Russian forces": a nation's forces, with no "control" after them."""
    return _FORCES_LAST.search(words) is not None


_FORCES_LAST = compiled(r"\b(?:forces|troops|army|military)$")

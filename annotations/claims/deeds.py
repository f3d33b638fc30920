"""Whether a claim typed "other" tells a deed done where its sentence is: violence or harm done
("soldiers returned to the town on Sunday and set fire to a dozen houses", "clashes broke out"), not
who did an attack told before, a fear or a warning before it, what will be or what has gone on for
years (split from `claim_places`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

_HARM_DONE = compiled(
    r"\b(?:set\s+(?:fire|ablaze)|burn(?:ed|ing|t)|torch(?:ed|ing)|abduct\w*|kidnap\w*|loot\w*|raz(?:ed|ing)|"
    r"destroy(?:ed|ing)|demolish\w*|arrest\w*|detain\w*)\b",
    re.IGNORECASE,
)
"""Besides violence (`_DEED_DONE`), harm done to people or their homes: "soldiers returned to the town
on Sunday and set fire to a dozen houses" (a claim typed "other") is an event where its sentence is."""


def a_deed_told(quote: str, cue: str) -> bool:
    """Whether a claim typed "other" tells a deed done: violence or harm, not who did an attack
    told before, a fear, a warning, what is to come or what went on for years (a review: "Residents
    of Dapaong said they feared new attacks", "accused JNIM of killing civilians for years",
    "JNIM, which has carried out attacks across the north, is now active" were rows)."""
    deed = _DEED_DONE.search(quote) or _HARM_DONE.search(quote)
    if deed is None or cue.lower() in _NOT_TELLING or _WHO_DID_IT.match(quote) or _OVER_YEARS.search(quote):
        return False
    before = (m for m in _NO_DEED_BEFORE.finditer(quote) if m.end() <= deed.start())  # the words after it seen
    if next(before, None) is not None:
        return False  # "feared new clashes", "would attack"; not "feared killed"
    noun = _A_NOUN_OF_FIGHTING.fullmatch(deed.group()) is not None
    return not (noun and (_TO_COME.match(quote, deed.end()) or _PLANNED.search(quote, 0, deed.start())))


_A_NOUN_OF_FIGHTING = compiled(r"clashes|fighting|battle|gunfight|firefight", re.IGNORECASE)
_TO_COME = compiled(
    r"(?:\s+(?!(?:that|who|which|when|after|because|since|and\s+(?:is|are|was|were))\b)(?![a-z]+ed\b(?!\s+(?:with|by)\b))"
    r"(?!(?:broke|began|spread|left|hit|went|came|took|fought|rang|ran|is|are|was|were|has|have|had)\b)[\w\-’']+){0,10}?"
    r"\s+(?:could|(?-i:may)|might|will|would|(?:is|are)\s+(?:likely|expected|set|about)\s+to|threaten\w*\s+to)\b",
    re.IGNORECASE,
)
"""Fighting told by its noun, then what it may do: a forecast, no deed ("fighting between the army and
the RSF could resume within days", "clashes may spread to the market": helper-274); a modal after the
noun's own verb is no forecast of it ("clashes erupted on Sunday and are likely to continue": helper-276)."""
_PLANNED = compiled(r"\bplans?\s+for\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
"""Right before fighting told by its noun, a plan for it ("drew up plans for a battle for El Fasher")."""


_DEED_DONE = compiled(
    r"\b(?:attacked|ambushed|raided|struck|shelled|bombed|clashed|clashes|fought|fighting|killed|stormed|"
    r"assaulted|overran|opened\s+fire|fired\s+(?:on|at|upon)|shot|executed|beheaded|massacred|detonated|exploded|"
    r"hit|gunned\s+down|battle|gunfight|firefight)\b",
    re.IGNORECASE,
)
"""Violence told as done ("clashes broke out between JNIM and the army on Saturday", "executed 12
men", "a roadside bomb hit a convoy"); a killing told by its noun alone ("responsible for the
killings") is none."""
_NOT_TELLING = frozenset({"feared", "fears", "warned", "warns", "vowed", "vows", "threatened", "threatens"})
_NO_DEED_BEFORE = compiled(
    r"\b(?:fear(?:s|ed|ing)?\b(?!\s+(?:to\s+have\s+(?:been\s+)?)?(?:killed|dead|died))|warn\w*|threat\w*|would|will|could|might|(?-i:may)(?!\s+\d)|plan(?:s|ned|ning)?\s+to|"
    r"vow\w*|responsible\s+for)\b",
    re.IGNORECASE,
)
"""Before the deed's word: a fear, a warning, what will be or who is to blame ("they feared new
clashes", "JNIM would attack the town again"); after it, the deed is told ("attacked the market on
Saturday, and the army will send more troops": a review)."""
_OVER_YEARS = compiled(r"\b(?:for\s+(?:years|months|decades)|ha(?:s|ve)\s+carried\s+out)\b", re.IGNORECASE)
"""What went on for years: no deed of a day."""
_WHO_DID_IT = compiled(
    r"\s*(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|strikes?|"
    r"killings?|massacres?|abductions?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|claimed|perpetrated|"
    r"committed|staged|launched|ordered|the\s+work)\b",
    re.IGNORECASE,
)
"""Who did an attack told before ("The attack was carried out by the Jaime Martínez front …"): no
event of its own where its sentence is (helper-269's row set the front against its own EMC)."""

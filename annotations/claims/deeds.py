"""Whether a claim typed "other" tells a deed done where its sentence is: violence or harm in a verb
of the past ("soldiers returned to the town on Sunday and set fire to a dozen houses"), not who did
an attack told before, a charge, a fear or what has gone on for years (split from `claim_places`,
which was over 450 lines)."""

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
    if cue.lower() in _NOT_TELLING or _WHO_DID_IT.match(quote) or _NO_DEED.search(quote):
        return False
    return _DEED_DONE.search(quote) is not None or _HARM_DONE.search(quote) is not None


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
_NO_DEED = compiled(
    r"\b(?:fear\w*|warn\w*|threat\w*|would|will|could|might|may|plan\w*|vow\w*|responsible\s+for|"
    r"for\s+(?:years|months|decades)|ha(?:s|ve)\s+carried\s+out)\b",
    re.IGNORECASE,
)
"""What tells no deed done there and then: a fear, a warning, what will be, who is to blame, what
went on for years."""
_WHO_DID_IT = compiled(
    r"\s*(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|strikes?|"
    r"killings?|massacres?|abductions?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|claimed|perpetrated|"
    r"committed|staged|launched|ordered|the\s+work)\b",
    re.IGNORECASE,
)
"""Who did an attack told before ("The attack was carried out by the Jaime Martínez front …"): no
event of its own where its sentence is (helper-269's row set the front against its own EMC)."""

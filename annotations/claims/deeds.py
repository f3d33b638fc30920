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
    """Whether a claim typed "other" tells a deed done: violence or harm in a verb of the past, not
    who did an attack told before, nor a charge, a fear or a warning (a review: "Residents of Dapaong
    said they feared new attacks", "accused JNIM of killing civilians for years" were rows)."""
    if cue.lower() in _NOT_TELLING or _WHO_DID_IT.match(quote) or _OVER_TIME.search(quote):
        return False
    return _DEED_DONE.search(quote) is not None or _HARM_DONE.search(quote) is not None


_DEED_DONE = compiled(
    r"\b(?:attacked|ambushed|raided|struck|shelled|bombed|clashed|fought|killed|stormed|assaulted|overran|"
    r"opened\s+fire|fired\s+(?:on|at|upon)|shot)\b",
    re.IGNORECASE,
)
_NOT_TELLING = frozenset(
    {"accused", "accuses", "accusing", "blamed", "blames", "feared", "fears", "warned", "warns", "alleged",
     "condemned", "condemns", "denounced", "vowed", "threatened"}
)  # fmt: skip
_OVER_TIME = compiled(
    r"\b(?:for\s+(?:years|months|decades)|since\s+(?:19|20)\d\d|has\s+carried\s+out|have\s+carried\s+out)\b", re.I
)
_WHO_DID_IT = compiled(
    r"\s*(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|strikes?|"
    r"killings?|massacres?|abductions?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|claimed|perpetrated|"
    r"committed|staged|launched|ordered|the\s+work)\b",
    re.IGNORECASE,
)
"""Who did an attack told before ("The attack was carried out by the Jaime Martínez front …"): no
event of its own where its sentence is (helper-269's row set the front against its own EMC)."""

"""Denials in a claim's own words, whatever the cue that reports them ("said the claim was false",
"There was no withdrawal of troops", "At no time did our soldiers …"): the claim's certainty is
`negated`."""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

_CALLED_FALSE = compiled(
    r"^(?:that\s+)?(?:the|this|that|these|those|such)\s+(?:[\w’'\-]+\s+){0,2}?(?:claims?|reports?|allegations?|"
    r"accusations?|charges?|accounts?|figures?|statements?)"
    r"(?:\s+(?:of|about|by|from)\s+(?:(?!\b(?:was|were|is|are|and)\b)[^.;,]){1,60}?)?"  # "of X", no verb of its own
    r"\s+(?:was|were|is|are)\s+(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:false|untrue|baseless|unfounded|fabricated|lies|propaganda|fake)\b",
    re.I,
)
"""What says another's claim is false ("said the claim was false", "the reports were baseless
propaganda"): a denial, though its cue is "said" (a newcomer's was suggested as certain)."""
_NONE_SUCH = compiled(
    r"^there\s+(?:was|were|had\s+been|has\s+been)\s+no\s+(?:\w+\s+)?(?:massacre|attack|killings?|deaths|"
    r"(?:civilian\s+)?casualties|fighting|clashes|bombing|shelling|strike|withdrawal|retreat)\b"
    r"(?![^.;]*\b(?:but|before|after|while|until|when|killed|killing|died|dead)\b)"
    r"|^(?:that|this|it)\s+is\s+(?:not\s+true|untrue|false|a\s+lie)\b"  # "That is not true. Our soldiers…"
    r"|^at\s+no\s+(?:time|point)\s+(?:did|have|has|had|were|was)\s+(?:our|its|their|the)\b"  # "At no time did our
    # soldiers target civilians" (not "At no time since 2019 had the city been so insecure")
    r"|^(?:our|its|their)\s+(?:[\w\-]+\s+)?(?:soldiers|troops|forces|men|fighters|units)\s+(?:have\s+|had\s+)?never\s+"
    r"(?:targeted|attacked|killed|shelled|bombed|looted|burned|abandoned|retreated|withdrew|left|fled|shot|hit|"
    r"struck|set\s+fire)\b"
    r"|^(?:(?!\b(?:who|which|whom|whose|that|if|unless|although|though|but)\b)[^,;.:“”\"]){2,60}?\b"  # "The SSPDF has
    r"(?:has|have|had|did|was|were)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?"  # not taken Nasir" (helper-268's
    r"(?:take|taken|captured?|seized?|retaken|retake|recaptured?|fallen|fall|entered|enter|overrun|overr[au]n)\b"
    r"(?![^.;]*\b(?:but|while|instead|although|though|yet|until|till)\b)"
    r"(?![^.;]*\b(?:before|when)\b[^.;]{0,60}?\b(?:stormed|attacked|killed|ambushed|shelled|seized|captured|raided|"
    r"overran|bombed|struck|opened\s+fire)\b)",  # not "since": "have not retaken Dapaong since JNIM seized it" is
    # denied; "had not retaken the town when ISWAP attacked" tells the attack; "…, which was reinforced before the
    # assault" tells none (helper-276)
    re.I,
)
"""A denial by its words: "There was no massacre of that size in Kenscoff" (it read as certain),
"There was no withdrawal of troops from Monguno", "That is not true", "At no time did our soldiers…"
(helper-254's); "The SSPDF has not taken Nasir" (helper-268's: certain, and a battle row)."""


def denied_in_words(body: str) -> bool:
    """Whether a claim's words deny what another said, or that anything happened."""
    return _CALLED_FALSE.search(body) is not None or _NONE_SUCH.search(body) is not None

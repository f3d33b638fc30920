"""Another, earlier event a claim names as a reason or a link ("it hit terrorist infrastructure
linked to the killing of 26 tourists in Indian-controlled Kashmir last month"): its dead and its
places are not the claim's event's (India's strikes killed no tourists, and hit Pakistan).
"""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled

_EARLIER_EVENT = compiled(
    r"\b(?:(?:linked|tied|connected)\s+to|in\s+(?:retaliation|revenge|response|reprisal)\s+for|"
    r"(?:in|as|was)\s+(?:an?\s+)?(?:response|reply|retaliation|reprisal)\s+to|"  # "in response to the killing of …"
    r"to\s+avenge|after|following|since)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:killing|killings|deaths?|massacre|murders?|slaying)\s+of)\b"
    r"(?:(?!\s(?:and|but|that)\s|(?-i:\s[A-Z][\w\-]*\s+(?<![\w\-])[a-z]+ed\b))[^,;.()])*",
    re.IGNORECASE,
)
"""From the word that links the claim's event to another to the end of that other's words (a
comma, "and", "but", "that", or a name and its verb: "In response to the killing of its
commander Hezbollah fired rockets at Kiryat Shmona" tells the rockets' place): its dead and where
it was. Not "behind", "responsible for" or "blamed for": those name the doer of
the event the claim tells ("ISWAP was behind the killing of 12 soldiers in Kanam on Sunday")."""


def earlier_event_spans(quote: str) -> list[tuple[int, int]]:
    """Where the claim's words tell of another, earlier event (offsets into `quote`)."""
    return [found.span() for found in _EARLIER_EVENT.finditer(quote)]


def in_an_earlier_event(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


_LATER = compiled(
    r"\b(?:later|afterwards|subsequently|since\s+then|the\s+(?:next|following)\s+(?:day|morning|night)|"
    r"(?:a|one|two|three|several)\s+days?\s+later|in\s+a\s+counter-?(?:attack|offensive)|"
    r"(?:in|during)\s+(?:\w+\s+){0,2}?operations|"
    r"(?:separate|another)\s+(?:attack|raid|clash|assault|ambush|incident|strike|operation)s?)\b",
    re.IGNORECASE,
)
"""Words that tell an event after the one told before ("Later, the army said it had killed 30
fighters in Djibo"), or a tally of days of operations ("troops killed 30 fighters in operations
around Dikwa"), or another ("In a separate attack, JNIM fighters attacked…": helper-265's two
battles of 4 and 9 dead were one of 4): not the same battle, though of the same place and week."""


def told_later(text: str, start: int, end: int) -> bool:
    """Whether the claim at `start`-`end`, or its sentence before it, says it came after (`_LATER`)."""
    from annotations.text.navigation import sentence_at

    sentence_start, _ = sentence_at(text, start)
    return _LATER.search(text, sentence_start, end) is not None

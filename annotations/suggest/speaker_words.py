"""Words around a speaker set off before a cue: an aside between the speaker and the cue, a body's people
after its name, a speaker described and then named with its letters, and the name a short form in brackets
follows (`claim_content` reads who spoke with them)."""

from __future__ import annotations

from annotations.suggest.tokens import Spans
from annotations.text.pattern_cache import compiled

OTHER_NAME = r"(?:(?:also\s+|better\s+)?known\s+as|nicknamed|alias)"
"""The words before another name a speaker goes by, in an aside before the cue."""
AN_ASIDE_BEFORE = compiled(
    rf",\s+(?:through|via|speaking|in\s+(?:a|an|its|his|her|their)|citing|{OTHER_NAME})\b[^,;]{{1,60}},\s*$"
)
"""An aside between a speaker and the cue ("the army, through its spokesman, said", "the governor,
speaking from Beni, said"); not a relative clause, which the subject's own reading takes ("A railway
official of the CFCO, who asked not to be named, said": the official)."""


ITS_PEOPLE = compiled(
    r"\s+(?:experts|investigators|researchers|monitors|inspectors|observers|analysts|staff|workers)\s*$"
)
"""A body's people after its name, before the cue ("United Nations experts have said"): the body speaks."""


DESCRIBED_THEN_NAMED = compiled(
    r",\s+(?:the|a|an|its|their)\s+[^,;.“”\"]{1,60},\s+(?:[A-Z][\w’'\-]*(?:\s+|(?=,))){1,5}(?:\([A-Z][A-Za-z]{1,7}\))?,\s*$"
)
"""A speaker described, then named (with its letters or not), set off before the cue (helper-301; "…, the district
administrator, Sergio Cipriano, told": helper-304)."""


def named_whole(text: str, mentions: Spans, short: tuple[int, int]) -> tuple[int, int] | None:
    """The name a short form in brackets follows ("Inter-Services Public Relations (ISPR)"), so that the name set
    off by commas before the cue is read whole (helper-301's claim ran on into its speaker)."""
    if text[short[0] - 2 : short[0]] != " (":
        return None
    before = mentions.ending_in(short[0] - 2, short[0] - 2)
    return before[-1] if before else None

"""Who said it: the actor mention a claim is attributed to, among the mentions of its sentence.

The subject touching the cue says it, unless a description stands between ("X, a senior official
of the TPLF, urged": X, not the TPLF); a verb joined to an earlier cue ("denied …, and accused …")
has that cue's speaker; an outlet told is never the speaker ("…,” X told Reuters").
"""

from __future__ import annotations

import re

from annotations.suggest.tokens import Spans
from annotations.text.cues import ASSERTION_PATTERN

_DESCRIPTION = re.compile(r",\s+(?:a|an|the|its|his|her|their|one|[a-z][\w\-]*)\b[^,]*,\s*$")
"""", a senior official of the TPLF, " right before the cue: what describes the speaker."""


def described_subject(
    text: str, mentions: Spans, sentence_start: int, cue_start: int, claimant: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Fitsum Berhe, a senior official of the TPLF, urged…": the one described speaks, not the
    body the description names (which touches the cue)."""
    description = _DESCRIPTION.search(text, sentence_start, cue_start)
    if claimant is None or description is None or claimant[0] < description.start():
        return claimant
    described = mentions.ending_in(description.start() - 1, description.start())  # "… (TNLA), an ally of …"
    return described[-1] if described else claimant


def nearest_mention(
    mentions: Spans,
    low: int,
    high: int,
    *,
    prefer: str,
    cue: tuple[int, int] | None = None,
    touching: bool = False,
    audience: int | None = None,
) -> tuple[int, int] | None:
    """The mention within [low, high] (or, `touching`, ending there) that `prefer` picks; never
    the `audience` ("told Reuters": Reuters listened)."""
    inside = mentions.ending_in(low, high) if touching else mentions.within(low, high)
    inside = [span for span in inside if span[0] != audience]
    if not inside:
        return None
    if prefer == "first":
        return inside[0]
    if prefer == "last":
        return inside[-1]
    # after a quotation: the mention closest to the cue
    assert cue is not None
    return min(inside, key=lambda span: min(abs(span[0] - cue[1]), abs(cue[0] - span[1])))


_JOINED = re.compile(r"\b(?:and|but)\s+$")
_AFTER_A_COMMA = re.compile(r",\s+$")


def earlier_speaker(
    text: str, mentions: Spans, sentence_start: int, cue_start: int, cue_word: str
) -> tuple[int, int] | None:
    """ "Hemedti denied that …, and accused the army of …", "X said…, adding that…": a cue with no
    subject of its own, joined by "and" or "but" (or a participle after a comma) to an earlier cue
    of the sentence, has that cue's speaker."""
    before = text[max(sentence_start, cue_start - 8) : cue_start]
    if not (_JOINED.search(before) or (cue_word.endswith("ing") and _AFTER_A_COMMA.search(before))):
        return None
    for earlier in reversed(list(ASSERTION_PATTERN.finditer(text, sentence_start, cue_start))):
        touching = nearest_mention(
            mentions, max(sentence_start, earlier.start() - 3), earlier.start(), prefer="last", touching=True
        )
        speaker = described_subject(text, mentions, sentence_start, earlier.start(), touching)
        if speaker is not None:
            return speaker
    return None

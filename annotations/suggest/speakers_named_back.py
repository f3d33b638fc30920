"""An unnamed speaker named again by the word of their role: "A railway official of the CFCO, who
asked not to be named, said …" then "Freight trains would run only under escort, the official
said". The second claim had no claimant: "the official" was no actor.

Only where the words speak (", the official said", "The source added …"), in a sentence after the
one that named the speaker, and only where one unnamed speaker of that role was named within a
few sentences before it (two officials before it: which one speaks, the words do not say).
"""

from __future__ import annotations

from dataclasses import replace

from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import SENTENCE_END, Spans
from annotations.text.pattern_cache import compiled

_ROLE_BACK = compiled(
    r"(?<![\w\-])[Tt]he\s+(official|source|officer|commander|spokes(?:man|woman|person)|diplomat|witness|resident)"
    r"(?=,?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|told|stated|explained|warned|insisted|claimed|"
    r"denied|wrote|noted|confirmed)\b)"
)
""""The official said", "the source added": a role's word alone, where it speaks."""
_REACH = 1200
"""How far back (characters) the speaker may be named: about six sentences."""
REASON = "the speaker named before"


def speakers_named_back(text: str, actors: list[Suggestion]) -> list[Suggestion]:
    """Mentions of an unnamed speaker by their role's word ("the official"), each linked to the one
    unnamed actor of that role named before it; none where an actor is already proposed there."""
    taken = Spans((a.start, a.end) for a in actors)
    found: list[Suggestion] = []
    for match in _ROLE_BACK.finditer(text):
        start, end = match.span(1)
        if taken.overlapping(start, end):
            continue
        before = _unnamed_before(text, actors, match.group(1).casefold(), start)
        if before is not None and SENTENCE_END.search(text, before.end, start) is not None:
            found.append(replace(before, start=start, end=end, quote=text[start:end], reason=REASON, score=0.8))
    return found


def _unnamed_before(text: str, actors: list[Suggestion], role: str, start: int) -> Suggestion | None:
    """The one unnamed actor whose words end in `role` ("railway official") within reach before
    `start`; None if there is none or two of them (different ones, or two named with "a": "A senior
    official in Kyiv said … A senior official in Moscow said")."""
    near = [
        (a, a.entity.name)
        for a in actors
        if a.entity is not None
        and a.end <= start
        and start - a.end <= _REACH
        and a.quote.casefold().split()[-1] == role
        and a.entity.name == a.entity.name.lower()  # no name of its own: "senior police official"
    ]
    if not near or len({name for _, name in near}) > 1:
        return None
    if sum(_ONE_MORE.search(text, max(0, a.start - 12), a.start) is not None for a, _ in near) > 1:
        return None
    return near[-1][0]


_ONE_MORE = compiled(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Aa]\s+second)\s+$")
"""Before an unnamed speaker, words that introduce one more: two of them are two people."""

"""Names given in full in one piece of an article and named again, short, in a later one.

The recognisers read an article a piece at a time (`pieces`), and each finds the short forms of
the names its own piece gives: "government spokesman Serge Ndoumba-Kenzo said" in one piece and
"Ndoumba-Kenzo denied …" in the next were one mention and a miss; so were "The Observatory said"
after "the Syrian Observatory for Human Rights", and "a wing led by Agar" after "Malik Agar".
This pass looks for them over the whole text, with the same finders, and keeps what lies in
another piece than its full name and overlaps nothing suggested already.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from annotations.suggest.actors import SHORT_FOR
from annotations.suggest.people import PERSON_REASONS
from annotations.suggest.pieces import shifted_by
from annotations.suggest.short_names import head_names, lead_names
from annotations.suggest.speakers_again import speakers_named_again, with_their_claimants
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.surnames import short_forms
from annotations.suggest.tokens import Spans

SPEAKER = "speaker"
"""The reason of a person the claims found only as a speaker (`claim_sources`)."""
WINDOW = 50_000
"""Characters of consecutive pieces read together: a short form is looked for this far from its
full name at most. The finders compare each use of a word with the names before it, so over a
whole book-length text their cost grows with its square (a text of 440,000 characters took 32 s
where 110,000 took 4)."""


def named_again_across(text: str, found: list[Suggestion], offsets: Sequence[int]) -> list[Suggestion]:
    """`found` with the short forms, in other pieces (starting at `offsets`), of the people and
    bodies it names in full; the claims their short forms speak get them as claimants."""
    windows = _windows(offsets, len(text))
    starts = [start for start, _end in windows]
    inside: list[list[Suggestion]] = [[] for _ in windows]
    for s in found:
        window = bisect_right(starts, s.start) - 1
        if s.end <= windows[window][1]:
            inside[window].append(s)
    made: list[Suggestion] = []
    spoken: dict[int, Suggestion] = {}
    for (start, end), held in zip(windows, inside, strict=True):
        cuts = [at - start for at in offsets[bisect_left(offsets, start) : bisect_left(offsets, end)]]
        if len(cuts) < 2:
            continue  # one piece: its recognisers found its short forms
        words = text[start:end]
        shorts = _across(words, shifted_by(held, -start), cuts)
        if shorts:
            claims = [s for s in held if s.kind == "claim"]
            fixed = with_their_claimants(words, shifted_by(claims, -start), shorts)
            spoken.update((id(old), new) for old, new in zip(claims, shifted_by(fixed, start), strict=True))
            made += shifted_by(shorts, start)
    return [spoken.get(id(s), s) for s in found] + made if made else found


def _across(text: str, found: list[Suggestion], offsets: Sequence[int]) -> list[Suggestion]:
    """The short forms in one window, in another piece than their full names."""
    piece = _piece_of(offsets)
    taken = Spans((s.start, s.end) for s in found if s.kind != "claim")
    made: list[Suggestion] = []
    for short, full in _candidates(text, found):
        if piece(short.start) != piece(full.start) and not taken.overlapping(short.start, short.end):
            made.append(short)
            taken.add(short.start, short.end)
    return made


def _windows(offsets: Sequence[int], length: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces, as many as fit in `WINDOW` characters (at least one)."""
    ends = [*offsets[1:], length]
    windows: list[tuple[int, int]] = []
    start = offsets[0] if offsets else 0
    for at, end in zip(offsets, ends, strict=True):
        if end - start > WINDOW and at > start:
            windows.append((start, at))
            start = at
    windows.append((start, length))
    return windows


def _candidates(text: str, found: list[Suggestion]) -> list[tuple[Suggestion, Suggestion]]:
    """(short form, the full name's suggestion) as the recognisers would find them in one text."""
    actors = [s for s in found if s.kind == "actor"]
    people = {(s.start, s.end): s for s in actors if s.reason in PERSON_REASONS and s.entity is not None}
    pairs: list[tuple[Suggestion, Suggestion]] = []
    for start, end, full_start, full_end in short_forms(text, people):
        full = people[(full_start, full_end)]
        reason = "named again" if text[start:end] == full.quote else f"{SHORT_FOR} {full.quote}"
        short = replace(full, start=start, end=end, quote=text[start:end], reason=reason, score=0.85)
        pairs.append((replace(short, layer="name shape"), full))
    speakers = [s for s in actors if s.reason == SPEAKER]
    for short in speakers_named_again(text, speakers, actors):
        pairs.append((short, _first_of(short, speakers)))
    for short in [*head_names(text, actors), *lead_names(text, actors)]:
        pairs.append((short, _first_of(short, actors)))
    return pairs


def _first_of(short: Suggestion, named: list[Suggestion]) -> Suggestion:
    """The first suggestion of the entity a short form names (the short form itself if none)."""
    wanted = short.entity.id if short.entity is not None else None
    return next((s for s in named if s.entity is not None and s.entity.id == wanted and s is not short), short)


def _piece_of(offsets: Sequence[int]) -> Callable[[int], int]:
    return lambda at: bisect_right(offsets, at) - 1

"""Names given in full in one piece of an article and named again, short, in a later one.

The recognisers read an article a piece at a time (`pieces`), and each finds the short forms of
the names its own piece gives: "government spokesman Serge Ndoumba-Kenzo said" in one piece and
"Ndoumba-Kenzo denied …" in the next were one mention and a miss; so were "The Observatory said"
after "the Syrian Observatory for Human Rights", "a wing led by Agar" after "Malik Agar", and
"MLCD" pieces after "the Movement for the Liberation of Cabo Delgado (MLCD)". This pass looks for
them over the whole text (in windows: `WINDOW`), with the same finders, and keeps what lies in
another piece than its full name and overlaps nothing suggested already (an acronym's use takes
the place of a guess at the same words, as the definition does inside a piece).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from annotations.suggest.acronyms import REASON as ACRONYM_REASON
from annotations.suggest.acronyms import name_uses
from annotations.suggest.actors import people_named_again
from annotations.suggest.other_names import ALIAS_REASON
from annotations.suggest.people import PERSON_REASONS
from annotations.suggest.pieces import shifted_by
from annotations.suggest.short_names import head_names, lead_names
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans

Span = tuple[int, int]

WINDOW = 50_000
"""Characters of consecutive pieces read together: a short form is looked for this far from its
full name at most. The finders compare each use of a word with the names before it, so over a
whole book-length text their cost grows with its square (a text of 440,000 characters took 32 s
where 110,000 took 4)."""


def named_again_across(text: str, found: list[Suggestion], offsets: Sequence[int]) -> list[Suggestion]:
    """`found` with the short forms, in other pieces (starting at `offsets`), of the people and
    bodies it names in full, and the uses of the acronyms it defined."""
    spans = windows(offsets, len(text))
    inside, _across_windows = in_windows(found, spans)
    made: list[Suggestion] = []
    gone: set[Span] = set()
    for (start, end), held in zip(spans, inside, strict=True):
        cuts = [at - start for at in offsets[bisect_left(offsets, start) : bisect_left(offsets, end)]]
        if len(cuts) < 2:
            continue  # one piece: its recognisers found its short forms
        shorts, replaced = _across(text[start:end], shifted_by(held, -start), cuts)
        gone.update((a + start, b + start) for a, b in replaced)
        made += shifted_by(shorts, start)
    if not made:
        return found
    return [s for s in found if s.kind != "actor" or (s.start, s.end) not in gone] + made


def _across(text: str, found: list[Suggestion], offsets: Sequence[int]) -> tuple[list[Suggestion], set[Span]]:
    """The short forms in one window, in another piece than their full names, and the spans of
    the suggestions an acronym's uses take the place of (a guess of the lexicon's at the same
    words: the definition wins, as it does inside a piece)."""
    piece = _piece_of(offsets)
    taken = Spans((s.start, s.end) for s in found if s.kind != "claim")
    guessed = {
        (s.start, s.end) for s in found if s.kind == "actor" and s.layer != "memory" and s.reason not in _DEFINED
    }
    made: list[Suggestion] = []
    replaced: set[Span] = set()
    for short, full in _candidates(text, found):
        if piece(short.start) == piece(full.start):
            continue
        span = (short.start, short.end)
        if short.reason in _DEFINED and span in guessed and span not in replaced:
            replaced.add(span)
        elif taken.overlapping(*span):
            continue
        made.append(short)
        taken.add(*span)
    return made, replaced


def windows(offsets: Sequence[int], length: int) -> list[tuple[int, int]]:
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


def in_windows(
    found: list[Suggestion], spans: list[tuple[int, int]]
) -> tuple[list[list[Suggestion]], list[Suggestion]]:
    """The suggestions inside each window, in their order, and those that lie across two (none,
    when the windows are whole pieces), in one pass over them."""
    starts = [start for start, _end in spans]
    inside: list[list[Suggestion]] = [[] for _ in spans]
    across: list[Suggestion] = []
    for s in found:
        window = bisect_right(starts, s.start) - 1
        (inside[window] if window >= 0 and s.end <= spans[window][1] else across).append(s)
    return inside, across


def _candidates(text: str, found: list[Suggestion]) -> list[tuple[Suggestion, Suggestion]]:
    """(short form, the full name's suggestion) as the recognisers would find them in one text."""
    actors = [s for s in found if s.kind == "actor"]
    people = {(s.start, s.end): s for s in actors if s.reason in PERSON_REASONS and s.entity is not None}
    pairs = people_named_again(text, people)
    for short in [*head_names(text, actors), *lead_names(text, actors)]:
        pairs.append((short, _first_of(short, actors)))
    return pairs + _acronym_uses(text, actors)


_DEFINED = (ACRONYM_REASON, ALIAS_REASON)


def _acronym_uses(text: str, actors: list[Suggestion]) -> list[tuple[Suggestion, Suggestion]]:
    """The uses of an acronym or other name the text defined ("… Cabo Delgado (MLCD)", "known as
    …"), from its definition on: a later piece, which does not hold the definition, left "MLCD"
    unsuggested (a newcomer's article of 5,000 words: five of its eleven uses)."""
    firsts: dict[str, Suggestion] = {}
    for s in sorted(actors, key=lambda s: s.start):
        if s.reason in _DEFINED and s.entity is not None:
            firsts.setdefault(s.quote, s)
    pairs: list[tuple[Suggestion, Suggestion]] = []
    for name, first in firsts.items():
        assert first.entity is not None
        for use in name_uses(text, name, first.end, first.reason, first.entity, first.new_entity):
            pairs.append((use, first))
    return pairs


def _first_of(short: Suggestion, named: list[Suggestion]) -> Suggestion:
    """The first suggestion of the entity a short form names (the short form itself if none)."""
    wanted = short.entity.id if short.entity is not None else None
    return next((s for s in named if s.entity is not None and s.entity.id == wanted and s is not short), short)


def _piece_of(offsets: Sequence[int]) -> Callable[[int], int]:
    return lambda at: bisect_right(offsets, at) - 1

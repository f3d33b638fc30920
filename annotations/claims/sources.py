"""How many independent sources tell of an event: claims from one speaker count once, and so do
the copies of one claim that two analysts tagged in the same article, whoever each took for its
speaker (an analyst's board counted the M23's capture of Sake twice: one analyst took the claimant
for the M23, the other for the "rebel spokesman" of the same sentence)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Told(Protocol):
    """What counting needs of a board claim."""

    @property
    def origin(self) -> str: ...

    @property
    def article_id(self) -> str: ...

    @property
    def annotator(self) -> str: ...

    @property
    def span(self) -> tuple[int, int]: ...


def sources_among(claims: Sequence[Told]) -> int:
    """The number of sources among `claims`: those of one origin are one, and so is a claim with its
    copies (one article, another analyst, spans overlapping), each copy joined to the claim it
    overlaps most, never joining two claims of one analyst in one article (helper-355: bo's one claim
    overlapping two of ana's made her two speakers one)."""
    parent = list(range(len(claims)))
    tagged_by: list[set[tuple[str, str]]] = [{(c.article_id, c.annotator)} for c in claims]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        i, j = root(i), root(j)
        if i != j:
            parent[j] = i
            tagged_by[i] |= tagged_by[j]

    first_of: dict[str, int] = {}
    for i, claim in enumerate(claims):
        join(first_of.setdefault(claim.origin, i), i)
    pairs = [
        (_overlap(one, claims[j]), i, j)
        for i, one in enumerate(claims)
        for j in range(i + 1, len(claims))
        if _copies(one, claims[j])
    ]
    for _size, i, j in sorted(pairs, reverse=True):
        if root(i) != root(j) and not tagged_by[root(i)] & tagged_by[root(j)]:
            join(i, j)
    return len({root(i) for i in range(len(claims))})


def _overlap(one: Told, other: Told) -> int:
    (start, end), (other_start, other_end) = one.span, other.span
    return min(end, other_end) - max(start, other_start)


def same_source(one: Told, other: Told) -> bool:
    """Whether two claims come from one source: one origin, or copies of one claim (a source is
    not set against itself, nor does it corroborate itself)."""
    return one.origin == other.origin or _copies(one, other)


def _copies(one: Told, other: Told) -> bool:
    (start, end), (other_start, other_end) = one.span, other.span
    return (
        one.article_id == other.article_id
        and one.annotator != other.annotator
        and max(start, other_start) < min(end, other_end)
    )

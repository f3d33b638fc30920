"""Giving articles to analysts, each article to `overlap` of them (so their agreement can be
measured and their differences adjudicated), keeping everyone's load even; and each analyst's
queue."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from annotations.store import Store
from annotations.store.assignment import Assignment


def plan(
    article_ids: Sequence[str], analysts: Sequence[str], overlap: int, existing: Sequence[Assignment]
) -> list[tuple[str, str]]:
    """(article id, analyst) pairs that give every article `overlap` analysts in all, counting
    those it has already; each goes to the analysts with the fewest articles so far (in the order
    given, on a tie). ValueError for an overlap the team cannot give."""
    if not analysts or overlap < 1 or overlap > len(set(analysts)):
        raise ValueError(f"an overlap of {overlap} needs at least {overlap} analysts (given {len(set(analysts))})")
    team = list(dict.fromkeys(analysts))
    load = Counter({name: 0 for name in team})
    load.update(a.analyst for a in existing if a.analyst in load)
    held: dict[str, set[str]] = {}
    for assignment in existing:
        held.setdefault(assignment.article_id, set()).add(assignment.analyst)
    pairs: list[tuple[str, str]] = []
    for article_id in article_ids:
        already = held.setdefault(article_id, set())
        for _ in range(overlap - len(already)):
            free = [name for name in team if name not in already]
            if not free:
                break
            chosen = min(free, key=lambda name: (load[name], team.index(name)))
            already.add(chosen)
            load[chosen] += 1
            pairs.append((article_id, chosen))
    return pairs


@dataclass(frozen=True, slots=True)
class Load:
    """One analyst's share: articles given, done, and the next one to do."""

    analyst: str
    assigned: int
    done: int
    next_article: str | None


def loads(assignments: Sequence[Assignment]) -> list[Load]:
    """Every analyst with assignments, by name."""
    by_analyst: dict[str, list[Assignment]] = {}
    for assignment in assignments:
        by_analyst.setdefault(assignment.analyst, []).append(assignment)
    return [
        Load(name, len(given), sum(a.done for a in given), next((a.article_id for a in given if not a.done), None))
        for name, given in sorted(by_analyst.items())
    ]


def queue(assignments: Sequence[Assignment], analyst: str) -> list[str]:
    """The articles given to `analyst` not yet done, in the corpus's order."""
    return [a.article_id for a in assignments if a.analyst == analyst and not a.done]


@dataclass(frozen=True, slots=True)
class Marked:
    """An analyst marking their share of an article done (or not): what it did."""

    done: bool
    """Their share is done now."""
    analysts_done: int
    analysts: int
    left: int
    """Articles left in their queue."""

    @property
    def status(self) -> str:
        """The article's status for everyone: done once every analyst given it is."""
        return "done" if self.analysts_done == self.analysts else "in_progress"


def mark_share(store: Store, article_id: str, analyst: str) -> Marked | None:
    """Toggle the analyst's share of an article done (on a team's database, an article given to
    several is done when each of them is); None when it was not given to them."""
    given = [a for a in store.assignments() if a.article_id == article_id]
    mine = next((a for a in given if a.analyst == analyst), None)
    if mine is None:
        return None
    store.set_assignment_done(article_id, analyst, not mine.done)
    done = sum(1 for a in given if (not a.done if a.analyst == analyst else a.done))
    return Marked(not mine.done, done, len(given), len(queue(store.assignments(), analyst)))


def first_in_queue(store: Store, analyst: str, preferred: str | None) -> str | None:
    """Where the analyst starts: `preferred` (the article they left) if it is in their queue, else
    the first of their queue; None when nothing is given to them (start where they left)."""
    mine = queue(store.assignments(), analyst)
    if not mine:
        return None
    return preferred if preferred in mine else mine[0]

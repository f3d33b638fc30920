"""Whose a rejection is.

A rejection remembers a suggestion's kind and text in one article (`Suggestion.key`), and lowers
the same text in other articles. On a team each analyst's review is their own: bo's `r` on
"Taliban" took it out of ana's review of the same article too, and a reject and an accept of one
suggestion by two analysts both landed. So a rejection a named analyst makes keeps their name
before the key ("bo|actor:Taliban"): it takes the suggestion out of their own review only, and
counts in other articles for them only. One without a name (made before this, or brought in by an
import) is everyone's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

WHOSE = "|"
"""Between an analyst's name and the key (a key starts with a kind and a colon: "actor:…")."""


def rejection_key(key: str, annotator: str | None) -> str:
    """The key as stored for `annotator`'s rejection (as it is, when no one is named)."""
    if not annotator:
        return key
    return f"{annotator.replace(WHOSE, ' ').replace(':', ' ')}{WHOSE}{key}"


def whose_and_key(stored: str) -> tuple[str | None, str]:
    """Who rejected (None: everyone's) and the key, of a rejection as stored."""
    whose, bar, key = stored.partition(WHOSE)
    if bar and key and ":" not in whose:
        return whose, key
    return None, stored


def rejected_by(stored: Iterable[str], annotator: str | None) -> frozenset[str]:
    """The keys `annotator`'s review leaves out: everyone's and their own (every one, whoever's,
    when no analyst is named: a command's view)."""
    return frozenset(counted_for(dict.fromkeys(stored, 1), annotator))


def counted_for(counts: Mapping[str, int], annotator: str | None) -> Counter[str]:
    """Of the articles rejecting each stored key (`Store.rejection_counts`), those that count for
    `annotator` (everyone's and their own; all when no analyst is named), by key."""
    found: Counter[str] = Counter()
    for stored, count in counts.items():
        whose, key = whose_and_key(stored)
        if annotator is None or whose in (None, annotator):
            found[key] += count
    return found

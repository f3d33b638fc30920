"""Which analysts' claims an article gives the board and the event rows: an adjudicated article its curated ones,
another each analyst's, a claim several tagged alike once (split from `board`, which was over 450 lines)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotations.claims.index import ClaimFacts
from annotations.store import ArticleSummary
from annotations.team.adjudication import CURATOR


def one_version(
    articles: Iterable[tuple[ArticleSummary, list[ClaimFacts]]],
) -> Iterator[tuple[ArticleSummary, list[ClaimFacts]]]:
    """Each article's claims, its curated ones alone where it has any: after adjudication a
    newcomer's board counted one claim three times (each analyst's and the curated one) and one
    speaker as two independent sources, and the events export gave the event twice."""
    for summary, facts in articles:
        yield summary, [f for f in facts if f.annotator == CURATOR] or _once_each(facts)


def _once_each(facts: list[ClaimFacts]) -> list[ClaimFacts]:
    """A claim several analysts tagged alike (the same words, speaker, type, certainty, places and what
    it says of them), once: with two analysts on an article not yet adjudicated, helper-365's board
    counted every claim twice ("18 dead (2 claims)") and the event rows gave each twice. Claims they
    read differently stay each analyst's, for the board to show both readings."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for one in facts:
        reading = _reading(one)
        if reading not in seen:
            seen.add(reading)
            kept.append(one)
    return kept


def _reading(facts: ClaimFacts) -> tuple[object, ...]:
    """What an analyst read in a claim, whoever tagged it (neither its id nor its annotator): a date set by hand is
    read too (helper-369: ana's own date was lost behind bo's copy)."""
    said = (facts.start, facts.end, facts.cue, facts.claim_type, facts.certainty, facts.grade)
    speaker = (facts.claimant_entity_id, facts.claimant_words)
    about = (tuple(facts.place_ids), tuple(sorted(facts.statuses.items())), tuple(facts.actor_ids))
    when = facts.when
    dated = (when.day, when.precision) if when is not None and when.source == "analyst" else None  # one's own date
    return (*said, *speaker, *about, dated)

"""Suggestions made with pieces kept from earlier runs are those a first run makes: on articles
put together from the benchmark's gold texts, after the corpus learns entities, after tags, after
an edit, after a new actor and a new place, and after another article ran between. One round in
the default run; twenty with --long (`pieces`, `engine.PLACES`)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

import annotations.suggest.engine as engine
from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.pieces import PieceMemo

GOLD = Path(__file__).parents[2] / "benchmarks" / "gold"


def _seen(found: list[Suggestion], known: set[str]) -> list[tuple[object, ...]]:
    """What a suggestion says, with the id of a known entity (a new one's id is made per run)."""
    return sorted(
        (
            s.kind,
            s.start,
            s.end,
            s.reason,
            s.claimant,
            s.new_entity,
            s.layer,
            repr(s.attributes),
            s.entity.name if s.entity else None,
            s.entity.id if s.entity and s.entity.id in known else None,
            repr(s.entity.details) if s.entity else None,
        )
        for s in found
    )


def _cold(text: str, knowledge: Knowledge) -> list[Suggestion]:
    """A first run: no piece kept (the memos swapped for empty ones, then put back)."""
    kept = engine.PIECES, engine.PLACES
    engine.PLACES = PieceMemo()
    engine.PIECES = PieceMemo(steps=(engine.PLACES,))
    try:
        return suggest(text, knowledge)
    finally:
        engine.PIECES, engine.PLACES = kept


def _same(text: str, knowledge: Knowledge, what: str) -> None:
    known = {e.id for e in knowledge.entities}
    warm = _seen(suggest(text, knowledge), known)
    assert warm == _seen(_cold(text, knowledge), known), what


@pytest.mark.parametrize(
    "seed", range(20) if os.environ.get("FIELDMARK_LONG_RUN") else [0], ids=lambda seed: f"round{seed}"
)
def test_kept_pieces_give_what_a_first_run_gives(seed: int) -> None:
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.rglob("*.txt"))]
    gazetteer = builtin_gazetteer()
    text = "\n\n".join(rng.sample(texts, 6))
    first = suggest(text, Knowledge([gazetteer]))
    learned = list({s.entity.id: s.entity for s in first if s.entity is not None and rng.random() < 0.5}.values())
    _same(text, Knowledge([gazetteer], entities=learned), "the corpus learned entities")
    article = Article.create("fuzz", text)
    tags = [
        Annotation.create(article, s.kind, s.start, s.end, entity_id=s.entity.id)
        for s in first
        if s.entity is not None and s.entity in learned and rng.random() < 0.3
    ]
    tagged = Knowledge([gazetteer], entities=learned, accepted=tags)
    _same(text, tagged, "tags")
    _same(text, Knowledge([gazetteer], entities=learned, accepted=tags[: len(tags) // 2]), "fewer tags")
    paragraphs = text.split("\n\n")
    at = rng.randrange(len(paragraphs))
    paragraphs[at] = paragraphs[at][: len(paragraphs[at]) // 2] + " an edit."
    _same("\n\n".join(paragraphs), Knowledge([gazetteer], entities=learned), "an edit")
    actor = Entity.actor(rng.choice(["Eastern Brigade", "Ahmad Rahmani", "the army", "Hamas"]), ActorDetails())
    _same(text, Knowledge([gazetteer], entities=[*learned, actor], accepted=tags), "a new actor")
    town = Entity.place(rng.choice(["Kalbar", "Nampwecha", "Goma"]), PlaceDetails("city"))
    _same(text, Knowledge([gazetteer], entities=[*learned, actor, town], accepted=tags), "a new place")
    suggest("\n\n".join(rng.sample(texts, 2)), Knowledge([gazetteer], entities=learned))
    _same(text, tagged, "back after another article")

"""Suggestions run again on the same article after every change the analyst makes. What the
text alone decides (its words, the people named beside a role, the kind of place a phrase says,
a claim's certainty) is kept from the run before; what the analyst taught is read each time."""

from __future__ import annotations

from annotations.model import ActorDetails, Annotation, Article, Entity
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.actor_spans import actor_spans_of
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.engine import PIECES, PLACES
from annotations.suggest.people import _people_in
from annotations.suggest.place_context import after_place_preposition
from annotations.suggest.tokens import lowercase_words, tokens
from annotations.text.place_kinds import place_kind_from_context
from annotations.text.readings import claim_reading, control_reading_near

KEPT = (
    actor_spans_of,
    tokens,
    lowercase_words,
    _people_in,
    after_place_preposition,
    place_kind_from_context,
    control_reading_near,
    claim_reading,
)

TEXT = (
    "Fighters of the Tanzim al-Fajr seized the district of Kalbar near Imam Sahib on Tuesday, "
    "provincial spokesman Ahmad Zaki Rahmani said. The group allegedly executed two officials. "
    "Rahmani said the army had retaken the town of Kalbar; Tanzim al-Fajr denied losing it."
)


def _seen(found: list[Suggestion]) -> list[tuple[object, ...]]:
    return sorted(
        (s.kind, s.start, s.end, s.entity.name if s.entity else None, s.claimant, repr(s.attributes)) for s in found
    )


def _fresh(text: str, knowledge: Knowledge) -> list[tuple[object, ...]]:
    for kept in KEPT:
        kept.cache_clear()
    PIECES.clear()
    return _seen(suggest(text, knowledge))


def test_a_run_after_a_change_gives_what_a_first_run_gives() -> None:
    gazetteer = builtin_gazetteer()
    group = Entity.actor("Tanzim al-Fajr", ActorDetails("rebel_group", aliases=("the group",)))
    article = Article.create("kalbar", TEXT)
    tagged = Annotation.create(article, "actor", TEXT.index("Tanzim"), TEXT.index(" seized"), entity_id=group.id)
    before, after = Knowledge([gazetteer]), Knowledge([gazetteer], entities=[group], accepted=[tagged])
    first = _fresh(TEXT, before)
    again = _seen(suggest(TEXT, after))  # the text's readings kept from the run before
    assert PLACES.hits and actor_spans_of.cache_info().hits  # its places kept, its actors' readings too
    assert again == _fresh(TEXT, after)
    assert again != first  # what the analyst tagged changed the suggestions
    assert _seen(suggest(TEXT, before)) == first


def test_a_place_inside_people_named_by_it_stays_proposed_once_they_are_tagged() -> None:
    """Found by a newcomer: after y on "Residents of Rupa" the review said "next: place Rupa",
    but the suggestions made again had dropped it, and y there said there was nothing."""
    text = "Raiders attacked a kraal in Rupa sub-county.\n\nResidents of Rupa gave a different account."
    article = Article.create("Rupa", text)
    residents = Entity.actor("Civilians (Rupa)", ActorDetails("civilians", aliases=("Residents of Rupa",)))
    at = text.index("Residents of Rupa")
    tagged = Annotation.create(article, "actor", at, at + len("Residents of Rupa"), entity_id=residents.id)
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[residents], accepted=[tagged]))
    inside = text.index("Rupa", at)
    assert ("district", inside) in {(s.kind, s.start) for s in found}

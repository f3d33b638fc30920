"""How each layer of suggestions fared with the analyst, over the corpus: `fieldmark suggest --stats`.

For every article the suggestions are made again as they stood before the analyst reviewed it:
without its own tags, rejections and the entities only it names, but with the entities tagged
elsewhere (texts rejected elsewhere are not left out here: they are what the counts are about). Each is then counted as
accepted (an accepted annotation of the same kind has its span and what it proposed), changed (the
analyst fixed it: the span with another entity, claimant, claim type or certainty, or an annotation
of its kind over most of its words with another span), rejected (its text is among the article's
rejections) or open, per layer and kind; the annotations no suggestion proposed are
counted as tagged by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from annotations.entities.matching import fold
from annotations.entities.scope import in_scope
from annotations.entities.usage import corpus_usage
from annotations.model import Annotation, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store
from annotations.suggest.engine import suggest
from annotations.suggest.gazetteer import Gazetteer, Place, PlaceLookup
from annotations.suggest.rejections import rejected_by
from annotations.suggest.review import gazetteers_for
from annotations.suggest.suggestion import LAYERS, Knowledge, Suggestion

OUTCOMES = ("made", "accepted", "changed", "rejected", "open")
"""Accepted as proposed, accepted with another entity or claimant (the analyst fixed it),
rejected, or neither yet."""


@dataclass
class Tally:
    """Counts per (layer, kind) and outcome, and the annotations tagged with no suggestion."""

    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    by_hand: Counter[str] = field(default_factory=Counter)
    articles: int = 0

    def add(self, suggestion: Suggestion, outcome: str) -> None:
        self.counts[(suggestion.layer or "other", suggestion.kind, "made")] += 1
        self.counts[(suggestion.layer or "other", suggestion.kind, outcome)] += 1

    def rows(self) -> list[LayerRow]:
        """One row per layer and kind that made anything, layers in their order."""
        keys = sorted(
            {(layer, kind) for layer, kind, _ in self.counts},
            key=lambda k: (LAYERS.index(k[0]) if k[0] in LAYERS else len(LAYERS), k[1]),
        )
        return [LayerRow(layer, kind, *(self.counts[(layer, kind, o)] for o in OUTCOMES)) for layer, kind in keys]


@dataclass(frozen=True)
class LayerRow:
    layer: str
    kind: str
    made: int
    accepted: int
    changed: int
    rejected: int
    open: int

    @property
    def accepted_share(self) -> float | None:
        """Of the suggestions the analyst decided on, the share accepted as proposed."""
        reviewed = self.accepted + self.changed + self.rejected
        return self.accepted / reviewed if reviewed else None


def review_stats(
    store: Store, article_ids: Iterable[str] | None = None, progress: Callable[[int], None] | None = None
) -> Tally:
    """Count every article's suggestions by what the analyst did with them (see the module)."""
    articles_of = {entity_id: use.articles for entity_id, use in corpus_usage(store).items()}  # built once
    base = gazetteers_for(store)
    tally = Tally()
    entities = store.entities()
    for done, article_id in enumerate(article_ids or [s.id for s in store.articles()], 1):
        was_loaded = store.is_loaded(article_id)
        accepted = [a for a in store.annotations(article_id) if a.status == "accepted"]
        rejected = rejected_by(store.rejections(article_id), None)  # whoever's
        taught = [e for e in entities if articles_of.get(e.id, set()) - {article_id}]
        knowledge = Knowledge([*_tagged_places(taught), *base], entities=in_scope(taught, []))
        suggestions = suggest(store.article(article_id).text, knowledge)
        spans = {(a.kind, a.start, a.end): a for a in accepted}
        by_id = {a.id: a for a in accepted}
        matched = {spans[key].id for key in ((s.kind, s.start, s.end) for s in suggestions) if key in spans}
        for suggestion in suggestions:
            annotation = spans.get((suggestion.kind, suggestion.start, suggestion.end))
            if annotation is not None:
                changed = _changed(store, annotation, suggestion, by_id)
                tally.add(suggestion, "changed" if changed else "accepted")
            elif suggestion.key in rejected:
                tally.add(suggestion, "rejected")
            elif (moved := _moved(suggestion, accepted, matched)) is not None:
                tally.add(suggestion, "changed")  # the analyst tagged it with another span
                matched.add(moved.id)
            else:
                tally.add(suggestion, "open")
        tally.by_hand.update(a.kind for a in accepted if a.id not in matched)
        tally.articles += 1
        if not was_loaded:
            store.release([article_id])  # memory stays flat over the corpus
        if progress is not None:
            progress(done)
    return tally


def _changed(store: Store, annotation: Annotation, suggestion: Suggestion, by_id: dict[str, Annotation]) -> bool:
    """Whether the analyst kept the span but not what was proposed: another entity (by name), or
    for a claim another claimant, type or certainty."""
    if annotation.kind == "claim":
        attributes, proposed = annotation.attributes, suggestion.attributes
        if not isinstance(attributes, ClaimAttributes):
            return False
        claimant = by_id.get(attributes.claimant_annotation_id) if attributes.claimant_annotation_id else None
        said_by = (claimant.start, claimant.end) if claimant is not None else None
        if isinstance(proposed, ClaimAttributes) and (
            (proposed.claim_type, proposed.certainty) != (attributes.claim_type, attributes.certainty)
        ):
            return True  # another type or certainty
        return said_by != suggestion.claimant and (said_by is not None or suggestion.claimant is not None)
    if suggestion.entity is None:
        return False
    entity = store.get_entity(annotation.entity_id)
    return entity is None or _identity(entity) != _identity(suggestion.entity)


def _moved(suggestion: Suggestion, accepted: list[Annotation], matched: set[str]) -> Annotation | None:
    """The accepted annotation of the suggestion's kind over most of its words, when none has its
    very span (the analyst moved an edge: a claim cut before the reporter's comment), among those
    no suggestion has matched yet (`matched`)."""
    overlapping = [
        a
        for a in accepted
        if a.id not in matched and a.kind == suggestion.kind and a.start < suggestion.end and suggestion.start < a.end
    ]
    shared = [(min(a.end, suggestion.end) - max(a.start, suggestion.start), a) for a in overlapping]
    best = max(shared, key=lambda pair: pair[0], default=None)
    if best is None or 2 * best[0] < suggestion.end - suggestion.start:
        return None
    return best[1]


def _identity(entity: Entity) -> tuple[str, str | None, str | None]:
    """What tells two entities apart for this count: the name, and for a place where it lies
    ("Soro" in Yatenga is not the Soro the suggestion placed in Sourou)."""
    details = entity.details
    if isinstance(details, PlaceDetails):
        return fold(entity.name), details.province, details.country
    return fold(entity.name), None, None


def _tagged_places(entities: list[Entity]) -> list[PlaceLookup]:
    return [Gazetteer(Place.from_entity(e) for e in entities if e.kind == "place")]

"""Reviewing suggestions: accept (one, or every one with the same text) or reject, remembered.

Accepting stores ordinary accepted annotations, with the entities the suggestions bring, as one
undoable step; a claim brings its claimant along if that was only a suggestion too. A rejection
is remembered per article and text, so it is not proposed again there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotations.claims.joining import claims_joined, joined_bases, joined_label
from annotations.entities.matching import with_aliases
from annotations.entities.mentions import own_work
from annotations.entities.scope import in_scope, is_generic, linkable
from annotations.entities.twins import Twins, pointing
from annotations.entities.usage import UseCounts
from annotations.errors import FieldmarkError
from annotations.model import Annotation, Article, ClaimAttributes, Entity, now_iso
from annotations.store import Entry, Store
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.gazetteer import Gazetteer, Place, PlaceLookup
from annotations.suggest.names import another_groups_name
from annotations.suggest.rejections import counted_for, rejected_by, rejection_key
from annotations.suggest.stored_gazetteers import stored_gazetteers
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.text.normalize import unaccented_casefold
from annotations.text.quotes import shorten


def gazetteers_for(store: Store | None) -> list[PlaceLookup]:
    """The gazetteers imported into this database (opened again when one changes), then the
    built-in places (indexed once per process; slow the first time, so the app does it in the
    background). Safe on any thread: a store's gazetteers are read without touching the rest."""
    found = stored_gazetteers(store) if store is not None else []
    return [*(g for g in found if len(g)), builtin_gazetteer()]


def knowledge_for(
    store: Store, article_id: str, base: Sequence[PlaceLookup], uses: UseCounts | None = None
) -> Knowledge:
    """What suggestions for this article draw on: tagged places first, then the base gazetteer."""
    return _knowledge(_read(store, article_id, uses, None), base)


@dataclass(frozen=True)
class _Read:
    """What suggestions for one article need from the store, read on the store's thread."""

    entities: list[Entity]
    rejected: frozenset[str]
    accepted: list[Annotation]
    rejected_elsewhere: dict[str, int]


def _read(store: Store, article_id: str, uses: UseCounts | None, annotator: str | None) -> _Read:
    """The entities suggestions may link to, the rejected keys, the article's annotations (those
    `annotator` builds on: another analyst's accepted tags leave one's own review as it was) and
    what other articles rejected. Generic actors of other articles are left out ("residents"
    there are not these), and so are entities nothing names any more (`uses`)."""
    everyone = store.annotations(article_id)
    accepted = own_work(everyone, annotator)
    entities = in_scope(store.entities(), everyone)
    gone = uses.stale(e.id for e in entities) if uses is not None else set()
    rejected = rejected_by(store.rejections(article_id), annotator)  # another analyst's are theirs
    elsewhere = {
        key: count - (key in rejected) for key, count in counted_for(store.rejection_counts(), annotator).items()
    }
    return _Read(
        [e for e in entities if e.id not in gone], rejected, accepted, {k: n for k, n in elsewhere.items() if n > 0}
    )


def _knowledge(read: _Read, base: Sequence[PlaceLookup]) -> Knowledge:
    tagged = Gazetteer(Place.from_entity(e) for e in read.entities if e.kind == "place")
    return Knowledge(
        gazetteers=[tagged, *base],
        entities=read.entities,
        rejected=read.rejected,
        accepted=read.accepted,
        rejected_elsewhere=read.rejected_elsewhere,
    )


def suggestions_for(store: Store, article_id: str, base: Sequence[PlaceLookup]) -> list[Suggestion]:
    from annotations.suggest.engine import suggest  # the recognisers: a second's imports, not at this one's

    return suggest(store.article(article_id).text, knowledge_for(store, article_id, base))


def same_text(suggestions: Sequence[Suggestion], chosen: Suggestion) -> list[Suggestion]:
    """Every suggestion of the same kind and text as `chosen` (what `Y` accepts), also written in
    another case if it names the same entity ("TRIPOLI" of a dateline and "Tripoli" after it)."""
    return [s for s in suggestions if s.key == chosen.key or _alike(s, chosen)]


def _folded(quote: str) -> str:
    return unaccented_casefold(" ".join(quote.split()))  # "CUCUTA" of a dateline and "Cúcuta"


def _alike(one: Suggestion, other: Suggestion) -> bool:
    if one.kind != other.kind or _folded(one.quote) != _folded(other.quote):
        return False
    return (one.entity.id if one.entity else None) == (other.entity.id if other.entity else None)


def accept(
    store: Store, article: Article, chosen: Sequence[Suggestion], everything: Sequence[Suggestion], *, annotator: str
) -> Entry | None:
    """Store the chosen suggestions as accepted annotations in one undoable step; None, and no
    step, when each is tagged already (a `y` typed ahead of the list made again after the last
    one: the step would undo nothing)."""
    items: list[tuple[Annotation, Entity | None]] = []
    own = own_work(store.annotations(article.id), annotator)  # another analyst's tag stays theirs
    by_span: dict[tuple[str, int, int], str] = {(a.kind, a.start, a.end): a.id for a in own if a.status == "accepted"}
    brought: set[str] = set()
    speakers: list[str] = []
    """The claimants accepted with a claim (they were suggestions too): the step says so."""
    learned: dict[str, Entity] = {}
    """Known actors named here by a name they did not know ("ISPR" of Inter-Services Public
    Relations): the name becomes an alias, as a form's tag makes it one."""

    def add(suggestion: Suggestion) -> str:
        key = (suggestion.kind, suggestion.start, suggestion.end)
        if key in by_span:
            return by_span[key]
        attributes = suggestion.attributes
        if suggestion.kind == "claim" and isinstance(attributes, ClaimAttributes) and suggestion.claimant:
            claimant_id = by_span.get(("actor", *suggestion.claimant))
            source = _claimant(suggestion, everything)
            if claimant_id is None and source is not None:
                claimant_id = add(source)  # the source was only a suggestion too: accept it with the claim
                speakers.append(source.quote)
            if claimant_id is not None:
                claimant_entity = _entity_of(store, article.id, claimant_id, items)
                attributes = replace(attributes, claimant_annotation_id=claimant_id, claimant_entity_id=claimant_entity)
        entity = suggestion.entity
        stored = store.get_entity(entity.id) if entity is not None else None
        if entity is not None and stored is None and (stored := twins.of(entity)) is not None:
            entity = stored  # one no tag names any more: suggestions leave it out, `y` made it again
        new_entity = entity if entity is not None and stored is None and entity.id not in brought else None
        if new_entity is not None:
            brought.add(new_entity.id)
            stamp = now_iso()  # made now, with its tag (not when suggested): `UseCounts.left_unused` tells by it
            new_entity = entity = replace(new_entity, created=stamp, modified=stamp)
        if (
            stored is not None
            and suggestion.kind == "actor"
            and _a_name_to_learn(suggestion.quote)
            and not another_groups_name(suggestion.quote, stored.names())
        ):
            knew = learned.get(stored.id, stored)
            taught = with_aliases(knew, [" ".join(suggestion.quote.split())])
            if taught is not knew:  # only a name new to it
                learned[stored.id] = taught
        annotation = suggestion.annotation(article, annotator=annotator, attributes=attributes)
        items.append((annotation, new_entity))
        by_span[key] = annotation.id
        return annotation.id

    new = [s for s in chosen if (s.kind, s.start, s.end) not in by_span]  # `Y`: some may be tagged already
    twins = _Twins(store, article.id)
    for suggestion in chosen:
        add(suggestion)
    if not items:
        return None
    items = twins.pointed(items)
    what = chosen[0]
    times = f" ×{len(new)}" if len(new) > 1 else ""
    label = f"accept {what.kind} “{shorten(what.quote, 30, strip_quotes=True)}”{times}"
    if len(chosen) == 1 and speakers:  # a helper's `y` on a claim tagged "Myanmar" as an actor, unsaid
        label += f" with its claimant “{shorten(speakers[0], 30, strip_quotes=True)}”"
    current = store.annotations(article.id)
    claims = claims_joined(current, [annotation for annotation, _entity in items], article.text)
    if claims or learned:  # a place accepted inside claims that name their places joins them
        return store.record_step(
            joined_label(label, claims) if claims else label,
            annotations=[*(annotation for annotation, _entity in items), *claims],
            entities=[*(entity for _annotation, entity in items if entity is not None), *learned.values()],
            bases=joined_bases(current, claims),
        )
    return store.add_annotations(items, label=label)


def held_twins(store: Store, article_id: str) -> Twins:
    """The entities a suggestion accepted in the article links to rather than make again (a
    generic name, "troops", only one this article mentions): what `y` does, and what the
    suggestion's detail says ("(known)")."""
    return Twins(linkable(store.entities(), store.annotations(article_id)))


class _Twins:
    """The entities a batch of suggestions would make again, read once when first asked."""

    def __init__(self, store: Store, article_id: str) -> None:
        self._store, self._article_id = store, article_id
        self._held: Twins | None = None
        self.made: dict[str, str] = {}
        """The suggestions' new entity ids -> the ids of the entities held."""

    def of(self, entity: Entity) -> Entity | None:
        if self._held is None:
            self._held = held_twins(self._store, self._article_id)
        twin = self._held.of(entity)
        if twin is not None:
            self.made[entity.id] = twin.id
        return twin

    def pointed(self, items: list[tuple[Annotation, Entity | None]]) -> list[tuple[Annotation, Entity | None]]:
        """The annotations naming the held entities where they named the suggestions' new ones."""
        if not self.made:
            return items
        return [(Annotation.from_dict(pointing(a.to_dict(), self.made)), e) for a, e in items]


def _a_name_to_learn(quote: str) -> bool:
    """A proper name ("ISPR", "Tatmadaw"), not a common word of many actors ("the army")."""
    return any(letter.isupper() for letter in quote) and not is_generic(quote)


def _claimant(claim: Suggestion, everything: Sequence[Suggestion]) -> Suggestion | None:
    return next(
        (s for s in everything if s.kind == "actor" and claim.claimant == (s.start, s.end)),
        None,
    )


def _entity_of(
    store: Store, article_id: str, annotation_id: str, items: list[tuple[Annotation, Entity | None]]
) -> str | None:
    for annotation, _ in items:
        if annotation.id == annotation_id:
            return annotation.entity_id
    try:
        return store.annotation(article_id, annotation_id).entity_id
    except FieldmarkError:
        return None


def reject(
    store: Store, article_id: str, suggestion: Suggestion, *, uses: int = 1, annotator: str | None = None
) -> Entry:
    """Never propose this text as this kind in this article again, to `annotator` (see
    `rejections`; to everyone when no one is named), in one undoable step; the step says how many
    suggestions it took away when they were more than the one (`uses`: a newcomer's `r` on
    "Chongo" took four and said nothing)."""
    kind = "place" if suggestion.kind == "district" else suggestion.kind  # as the screen names it
    label = f"reject {kind} “{shorten(suggestion.quote, 30, strip_quotes=True)}”"
    label += f" ({uses} uses in this article)" if uses > 1 else ""
    key = rejection_key(suggestion.key, annotator)
    return store.set_rejections(article_id, store.rejections(article_id) | {key}, label=label)


def prepare(
    store: Store, article_id: str, uses: UseCounts | None = None, annotator: str | None = None
) -> Callable[[Callable[[], bool] | None], list[Suggestion]]:
    """Read what suggestions need now (on the caller's thread) and return the computation, which
    reads only gazetteers from the store and may run on another thread: the app runs it in the
    background, and cancels it (`Cancelled`) when its result is no longer wanted. `annotator`:
    whose review it is (see `_read`)."""
    text = store.article(article_id).text
    read = _read(store, article_id, uses, annotator)

    def compute(cancelled: Callable[[], bool] | None = None) -> list[Suggestion]:
        from annotations.suggest.engine import suggest  # imported on the computing thread, not the caller's

        return suggest(text, _knowledge(read, gazetteers_for(store)), cancelled=cancelled)

    return compute

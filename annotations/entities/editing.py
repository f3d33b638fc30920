"""Editing the corpus's entities: merge, rename, set type, split, prune. Each is one undoable step.

Merging moves every use of the others (mentions, claimants, what claims concern) to the one kept,
whose aliases learn the others' names; splitting moves chosen mentions to a new entity; pruning
removes entities nothing points to. A rename keeps the old name as an alias, so suggestions and
imports that still say it find the entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from annotations.entities.matching import fold, with_aliases
from annotations.entities.scope import is_generic
from annotations.entities.usage import Usage, corpus_usage, unused
from annotations.errors import ConflictError, NotFoundError, ValidationError
from annotations.model import ActorDetails, Annotation, Attributes, ClaimAttributes, Entity, PlaceDetails
from annotations.model.identity import new_id, now_iso
from annotations.store import Entry, Store


def merge(store: Store, keep_id: str, other_ids: Sequence[str], *, name: str | None = None) -> Entry:
    """Every use of `other_ids` moves to `keep_id`; their names become its aliases; they go.
    `name` renames the entity kept. A generic actor ("residents") linked across articles must be
    given a name that says who ("residents of Faryab"): merging refuses it otherwise."""
    keep = store.entity(keep_id)
    if name is not None and name.strip():
        keep = _with_aliases(replace(keep, name=name.strip()), [keep.name])
    others = [store.entity(i) for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise ValidationError("name at least one other entity to merge into the one kept")
    apart = _of_another_kind(keep, others)
    if apart is not None:
        raise ValidationError(apart)
    moved = {other.id: keep.id for other in others}
    usage = corpus_usage(store)
    refused = _a_generic_name_across_articles(keep, [keep.id, *moved], usage)
    if refused is not None:
        raise ValidationError(f"{refused}: rename it first (e.g. “residents of Faryab”)")
    edited = _moved_uses(usage, moved)
    names = [n for other in others for n in other.names()]
    kept = _with_aliases(_completed(keep, others), names)
    label = f"merge {', '.join(o.name for o in others)} into {keep.name}" + _countries_apart(keep, others)
    old_names = [o.name for o in others] + [store.entity(keep_id).name]  # the kept one's too, if renamed
    affiliated = _affiliated_to(store, old_names, kept.name, skip={kept.id, *moved}) if kept.kind == "actor" else []
    return store.record_step(
        label, annotations=edited, entities=[kept, *affiliated], removed_entities=[o.id for o in others]
    )


def _affiliated_to(store: Store, old_names: Sequence[str], name: str, skip: set[str]) -> list[Entity]:
    """The actors whose affiliation names an actor by a name it no longer has, naming it anew (a
    newcomer renamed "Myanmar military" to Tatmadaw; its state television stayed affiliated to
    "Myanmar military" in every export)."""
    old = {fold(n) for n in old_names} - {fold(name)}
    changed = []
    for entity in store.entities("actor"):
        details = entity.details
        if entity.id in skip or not isinstance(details, ActorDetails) or fold(details.affiliation) not in old:
            continue
        changed.append(replace(entity, details=replace(details, affiliation=name), modified=now_iso()))
    return changed


class Refusal(NamedTuple):
    """Why a merge is refused, and whether renaming the entity kept would let it through."""

    reason: str
    renaming_helps: bool


def merge_refused(store: Store, keep_id: str, other_ids: Sequence[str]) -> Refusal | None:
    """Why merging these would be refused (as `merge` would refuse it, without its advice), before
    it is asked: the entities screen said "Merge troops into troops? M again merges", then refused."""
    keep = store.entity(keep_id)
    apart = _of_another_kind(keep, [store.entity(i) for i in other_ids if i != keep_id])
    if apart is not None:
        return Refusal(apart, renaming_helps=False)
    generic = _a_generic_name_across_articles(keep, [keep_id, *other_ids], corpus_usage(store))
    return Refusal(generic, renaming_helps=True) if generic is not None else None


def _of_another_kind(keep: Entity, others: Sequence[Entity]) -> str | None:
    """Why a place and an actor are not merged (helper-268's screen asked "Merge Upper Nile (a
    place) into South Sudan People's Defence Forces (an actor)?" before refusing it)."""
    other = next((o for o in others if o.kind != keep.kind), None)
    if other is None:
        return None
    return f"{other.name} is an entity of kind {other.kind}, {keep.name} of kind {keep.kind}: not merged"


def _a_generic_name_across_articles(keep: Entity, ids: Sequence[str], usage: dict[str, Usage]) -> str | None:
    articles = set().union(*(usage.get(i, Usage()).articles for i in ids))
    if keep.kind != "actor" or not is_generic(keep.name) or len(articles) < 2:
        return None
    return f"“{keep.name}” says what kind of people, not who, across {len(articles)} articles"


def _completed(keep: Entity, others: Sequence[Entity]) -> Entity:
    """A place kept in a merge, with what it does not know taken from the places of its country
    merged into it: a second newcomer's "Amhara" (named by the text) kept no code nor point of the
    gazetteer's "Amara" merged into it, and fell out of the map and of the events table."""
    details = keep.details
    if not isinstance(details, PlaceDetails):
        return keep
    for other in others:
        known = other.details
        if not isinstance(known, PlaceDetails) or (details.country and known.country not in (None, details.country)):
            continue
        if known.place_kind != details.place_kind:
            continue  # a town merged into its province lends the province neither its id nor its point
        point = details.latitude is None and known.latitude is not None and known.longitude is not None
        details = replace(
            details,
            codes={**known.codes, **details.codes},  # what the kept place knows stays
            province=details.province or known.province,
            country=details.country or known.country,
            latitude=known.latitude if point else details.latitude,
            longitude=known.longitude if point else details.longitude,
        )
    return keep if details == keep.details else replace(keep, details=details)


def as_seen(store: Store, entity_id: str, seen: Entity | None) -> Entity:
    """The entity as stored, refused if it is no longer as the analyst saw it (`seen`: as a list
    showed it when the edit was asked for). On a team's server the store holds what others saved
    since: bo's rename asked of "Lashio" went over ana's "Lashio Town" without a word."""
    entity = store.entity(entity_id)
    if seen is not None and entity != seen:
        now = f" (now {entity.name})" if entity.name != seen.name else ""
        raise ConflictError(f"{seen.name} was changed by someone else since it was shown{now}: nothing was saved")
    return entity


def rename(store: Store, entity_id: str, name: str, seen: Entity | None = None) -> Entry:
    """A new canonical name; the old one stays an alias. The name or an alias of another entity
    of the same kind is refused: they are one, and merging says so."""
    entity = as_seen(store, entity_id, seen)
    if not name.strip():
        raise ValidationError("a name must not be empty")
    taken = _others_named(store, entity, name)
    if taken:  # by its name or an alias: "SAF" renamed onto the army's alias named two entities, merge failed
        other = taken[0]
        if fold(other.name) == fold(name):
            raise ValidationError(f"another {entity.kind} is named {other.name} ({other.id}): merge them instead")
        raise ValidationError(
            f"another {entity.kind}, {other.name} ({other.id}), is also called {name.strip()}: merge them instead"
        )
    renamed = _with_aliases(replace(entity, name=name.strip()), [entity.name])
    kept = tuple(a for a in renamed.details.aliases if fold(a) != fold(renamed.name))  # it was an alias
    renamed = replace(renamed, details=replace(renamed.details, aliases=kept))
    affiliated = _affiliated_to(store, [entity.name], renamed.name, skip={entity.id}) if entity.kind == "actor" else []
    return store.record_step(f"rename {entity.name} to {renamed.name}", entities=[renamed, *affiliated])


def _others_named(store: Store, entity: Entity, name: str) -> list[Entity]:
    """The other entities of the kind that have `name` as their name or an alias (a rename or a split to it would
    name two entities alike)."""
    return [e for e in store.entities(entity.kind) if e.id != entity.id and fold(name) in map(fold, e.names())]


def set_details(
    store: Store,
    entity_id: str,
    *,
    actor_type: str | None = None,
    affiliation: str | None = None,
    seen: Entity | None = None,
) -> Entry:
    """An actor's type or affiliation (what linking a mention never changes)."""
    entity = as_seen(store, entity_id, seen)
    details = entity.details
    if not isinstance(details, ActorDetails):
        raise ValidationError(f"{entity.name} is a place: it has no actor type or affiliation")
    if actor_type is None and affiliation is None:
        raise ValidationError("nothing to set: give --type or --affiliation")
    changed = ActorDetails(
        actor_type=actor_type if actor_type is not None else details.actor_type,  # type: ignore[arg-type]
        affiliation=affiliation if affiliation is not None else details.affiliation,
        aliases=details.aliases,
    )
    updated = replace(entity, details=changed, modified=now_iso())
    said = [changed.actor_type.replace("_", " ")] if actor_type is not None else []
    if affiliation is not None:  # was said as its type ("set Adam Rojal: civilians"), in the undo too
        said.append(f"affiliated to {affiliation}" if affiliation else "no affiliation")
    return store.record_step(f"set {entity.name}: {', '.join(said)}", entities=[updated])


def split(store: Store, entity_id: str, mentions: Iterable[tuple[str, str]], name: str) -> tuple[Entity, Entry]:
    """A new entity named `name`, with `entity_id`'s details, for the chosen mentions
    ((article id, annotation id) pairs); claims whose claimant is one of them follow it. A place split off is
    another place: it keeps its kind, province and country, not the old one's codes and point; the old one loses
    the new name as an alias (helper-365's Goma, split from the Sake it had been merged into, had Sake's GeoNames id
    and point, and "Goma" still found Sake). A name another entity has is refused, as `rename` refuses it."""
    entity = store.entity(entity_id)
    taken = _others_named(store, entity, name)
    if taken:
        raise ValidationError(
            f"another {entity.kind} is called {name.strip()} ({taken[0].name}, {taken[0].id}): split the mentions "
            f"off under another name and merge it into {taken[0].name}, or merge the two"
        )
    chosen = set(mentions)
    usage = corpus_usage(store).get(entity_id, Usage())
    moving = [m for m in usage.mentions if (m.article_id, m.id) in chosen]
    if not moving or len(moving) != len(chosen):
        raise NotFoundError(f"not every mention named is a mention of {entity.name}")
    if len(moving) == len(usage.mentions):
        raise ValidationError("a split leaves at least one mention behind (rename it instead)")
    details = replace(entity.details, aliases=())
    if isinstance(details, PlaceDetails):
        details = replace(details, codes={}, latitude=None, longitude=None, source="analyst")
    fresh = Entity(new_id(entity.kind), entity.kind, name.strip(), details)
    kept = tuple(a for a in entity.details.aliases if fold(a) != fold(name))
    left = [replace(entity, details=replace(entity.details, aliases=kept))] if kept != entity.details.aliases else []
    moved_ids = {(m.article_id, m.id) for m in moving}
    edited = {(m.article_id, m.id): m.edited(entity_id=fresh.id) for m in moving}
    for claim in usage.claims:
        attributes = claim.attributes
        assert isinstance(attributes, ClaimAttributes)
        if (claim.article_id, attributes.claimant_annotation_id) in moved_ids:
            edited[claim.article_id, claim.id] = claim.edited(
                attributes=replace(attributes, claimant_entity_id=fresh.id)
            )
    if entity.kind == "place":
        for claim in _claims_about_the_moved(store, entity_id, list(edited.values()), edited):
            edited[claim.article_id, claim.id] = claim
    step = f"split {fresh.name} from {entity.name}"
    return fresh, store.record_step(step, annotations=list(edited.values()), entities=[fresh, *left])


def _claims_about_the_moved(
    store: Store, place_id: str, moved: list[Annotation], edited: dict[tuple[str, str], Annotation]
) -> list[Annotation]:
    """The claims the moved mentions of a place lie in, about the new place in the old one's stead where no mention of
    the old one is left in them (`joining.claims_joined`), as already edited in this step."""
    from annotations.claims.joining import claims_joined

    found: list[Annotation] = []
    for article_id in sorted({m.article_id for m in moved}):
        current = [edited.get((a.article_id, a.id), a) for a in store.annotations(article_id)]
        mentions = [m for m in moved if m.article_id == article_id and m.kind == "district"]
        found += claims_joined(current, mentions, store.article(article_id).text, moved_from=place_id)
    return found


def prunable(store: Store, kind: str | None = None) -> list[Entity]:
    """Entities no mention or claim points to any more."""
    return unused(store, corpus_usage(store), kind)


def prune(store: Store, kind: str | None = None) -> tuple[list[Entity], Entry | None]:
    """Remove the entities nothing points to; what was removed (one step, None if nothing)."""
    stale = prunable(store, kind)
    if not stale:
        return [], None
    label = f"prune {len(stale)} unused entit{'y' if len(stale) == 1 else 'ies'}"
    return stale, store.record_step(label, removed_entities=[e.id for e in stale])


def _moved_uses(usage: dict[str, Usage], moved: dict[str, str]) -> list[Annotation]:
    """Every annotation that names a moved entity, edited to name where it moved."""
    edited: dict[tuple[str, str], Annotation] = {}
    for entity_id in moved:
        use = usage.get(entity_id, Usage())
        for annotation in use.mentions + use.claims:
            key = (annotation.article_id, annotation.id)
            edited[key] = _renamed(edited.get(key, annotation), moved)
    return list(edited.values())


def _renamed(annotation: Annotation, moved: dict[str, str]) -> Annotation:
    entity_id, attributes = naming_moved(annotation, moved)
    return annotation.edited(entity_id=entity_id, attributes=attributes)


def naming_moved(annotation: Annotation, moved: Mapping[str, str]) -> tuple[str | None, Attributes]:
    """The entity id and attributes of an annotation naming `moved`'s entities (old id -> new) where it named the old
    ones: its own entity, and a claim's claimant, places and actors."""
    attributes = annotation.attributes
    if isinstance(attributes, ClaimAttributes):
        attributes = replace(
            attributes,
            claimant_entity_id=moved.get(attributes.claimant_entity_id or "", attributes.claimant_entity_id),
            places=tuple(dict.fromkeys(moved.get(i, i) for i in attributes.places)),
            actors=tuple(dict.fromkeys(moved.get(i, i) for i in attributes.actors)),
        )
    return moved.get(annotation.entity_id or "", annotation.entity_id), attributes


def _with_aliases(entity: Entity, names: Iterable[str]) -> Entity:
    """The entity knowing `names` as aliases too (`with_aliases`), modified now."""
    return replace(with_aliases(entity, names), modified=now_iso())


def _countries_apart(keep: Entity, others: Sequence[Entity]) -> str:
    """Said in the step's label when places of different countries are merged (allowed: the
    analyst may know better than a gazetteer; never silent)."""
    countries = {e.details.country for e in (keep, *others) if isinstance(e.details, PlaceDetails)} - {None}
    return f" (places of {' and '.join(sorted(c for c in countries if c))})" if len(countries) > 1 else ""

"""Saving what a tagging form holds: resolve the entity, build the annotation, store it.

The app collects field values; this module decides what they mean: which existing entity a
name refers to (or that a new one is needed), which aliases an entity learns, and whether
the result is a new annotation or an edit. One form save is one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotations.claims.joining import claims_joined, joined_bases, joined_label
from annotations.entities.matching import fold
from annotations.entities.mentions import control_status_of
from annotations.forms.inputs import (
    ActorInput,
    ClaimInput,
    DistrictInput,
    FormInput,
    kept_claimant_entity,
    suggested_claimant_span,
)
from annotations.forms.links import linked_back
from annotations.forms.resolving import resolve_actor, resolve_place
from annotations.model import (
    ActorAttributes,
    Annotation,
    AnnotationStatus,
    Article,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Entity,
    Grade,
    Kind,
)
from annotations.store import Entry, Store
from annotations.store.steps import quoted
from annotations.text.quotes import counted, shorten
from annotations.text.readings import control_status_near

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion


def _store(
    store: Store,
    article: Article,
    kind: Kind,
    start: int,
    end: int,
    *,
    entity: Entity | None,
    entity_changed: bool,
    attributes: DistrictAttributes | ActorAttributes | ClaimAttributes,
    annotator: str,
    existing: Annotation | None,
) -> Entry | None:
    """The tag saved as one step; None when an edit changes nothing."""
    new_entity = entity if entity_changed else None
    entity_id = entity.id if entity else None
    current = store.annotations(article.id) if kind == "district" else []
    if existing is not None:
        edited = _edited(existing, article, start, end, annotator, entity_id=entity_id, attributes=attributes)
        before = control_status_of(existing)
        changed = (
            control_status_of(edited) != before
            or existing.status != "accepted"
            or edited.entity_id != existing.entity_id
        )
        # (saved as it was, an accepted mention leaves the others' statuses theirs: a newcomer's Enter
        # on an unchanged form made two "unknown" mentions "encircled")
        siblings = _same_place_status(current, article.text, edited, before=before) if changed else []
        moved = existing.entity_id if existing.entity_id != edited.entity_id else None  # a place of another kind
        claims = claims_joined(current, [edited], article.text, moved_from=moved)  # a suggested place saved, or one
        # moved into a claim
        said = _claims_said_by(store, edited, existing)
        as_it_was = replace(edited, modified=existing.modified) == existing
        if as_it_was and new_entity is None and not (siblings or claims or said):
            return None  # a form saved as it was opened: no step to undo (a newcomer's `u` undid nothing)
        if said:  # its claims name the speaker's new entity in the same step
            return store.record_step(
                f"edit {edited.kind} “{shorten(edited.quote, 30, strip_quotes=True)}” and the claims it made",
                annotations=[edited, *(after for _before, after in said)],
                entities=[new_entity] if new_entity else [],
                bases=[existing, *(before for before, _after in said)],
            )
        if siblings or claims:
            return store.record_step(
                _district_label("edit", edited, siblings, claims),
                annotations=[edited, *siblings, *claims],
                entities=[new_entity] if new_entity else [],
                bases=[existing, *joined_bases(current, claims)],
            )
        return store.update_annotation(edited, new_entity=new_entity, base=existing)  # as the form saw it
    annotation = Annotation.create(
        article, kind, start, end, entity_id=entity_id, attributes=attributes, annotator=annotator
    )
    siblings = _same_place_status(current, article.text, annotation)
    claims = claims_joined(current, [annotation], article.text)
    if siblings or claims:
        return store.record_step(
            _district_label("add", annotation, siblings, claims),
            annotations=[annotation, *siblings, *claims],
            entities=[new_entity] if new_entity else [],
            bases=joined_bases(current, claims),
        )
    is_new = entity is not None and store.get_entity(entity.id) is None
    return store.add_annotation(annotation, new_entity=new_entity, label=_added(annotation, entity, is_new))


def _claims_said_by(store: Store, edited: Annotation, existing: Annotation) -> list[tuple[Annotation, Annotation]]:
    """The claims this actor mention made, as they are and naming its new entity: a newcomer linked a claimant's
    mention to another actor and its claim stayed on the old one, which then had claims and no
    mentions (`check` found nothing wrong)."""
    if edited.kind != "actor" or edited.entity_id == existing.entity_id:
        return []
    said = []
    for claim in store.annotations(edited.article_id, kind="claim"):
        attributes = claim.attributes
        if isinstance(attributes, ClaimAttributes) and attributes.claimant_annotation_id == existing.id:
            said.append((claim, claim.edited(attributes=replace(attributes, claimant_entity_id=edited.entity_id))))
    return said


def _district_label(
    verb: str, mention: Annotation, siblings: Sequence[Annotation], claims: Sequence[Annotation]
) -> str:
    """ "add district “Rubare” and its other mentions (added to the claim it is in)"."""
    label = f"{verb} district “{shorten(mention.quote, 40, strip_quotes=True)}”"
    others = f" and {counted(len(siblings), 'other mention')} of it" if siblings else ""  # how many it changed
    return joined_label(label + others, claims)


def _edited(existing: Annotation, article: Article, start: int, end: int, annotator: str, **changes: Any) -> Annotation:
    """An annotation as the form saves it: accepted, with the form's values, at the form's span,
    the analyst's once it was a suggestion."""
    status: AnnotationStatus = "accepted"
    edited = existing.edited(status=status, **changes)
    if (start, end) != (existing.start, existing.end):
        edited = edited.moved(article, start, end)
    if existing.status == "suggested":
        edited = replace(edited, annotator=annotator or existing.annotator)
    return edited


def _added(annotation: Annotation, entity: Entity | None, is_new: bool) -> str:
    """What the message line says of a new tag: the entity it links to, when that is not its
    words ("add actor “army” → Sudanese Armed Forces"; "add actor “army”" read as a new actor)."""
    label = f"add {annotation.kind} {quoted(annotation.quote)}"
    if entity is not None and fold(entity.name) != fold(annotation.quote):
        label += f" → {entity.name}"
    return label + (" (new)" if is_new else "")


def _same_place_status(
    current: Sequence[Annotation], text: str, mention: Annotation, before: str = "unknown"
) -> list[Annotation]:
    """The article's other accepted mentions of the same place, given this mention's control
    status: the analyst sets it once for the place in the article. Those that said nothing of it,
    or what this mention said `before` the edit, say it now; one with a status of its own keeps it
    (two newcomers set "contested" at the attack and "government held" at the army's word; the
    second overwrote the first without a word). Only the same analyst's mentions: another
    analyst's version is theirs, for agreement and adjudication (a newcomer's edit on a team's
    server changed a colleague's status of the same town unseen)."""
    attributes = mention.attributes
    if mention.kind != "district" or not mention.entity_id or not isinstance(attributes, DistrictAttributes):
        return []
    if attributes.control_status == "unknown":
        return []  # a mention that says nothing of it does not undo what the others say
    others = []
    for other in (a for a in current if a.kind == "district"):  # the article's, as the form's step read them
        said = other.attributes
        if other.id == mention.id or other.entity_id != mention.entity_id or other.status != "accepted":
            continue
        if other.annotator and other.annotator != mention.annotator:
            continue  # (one with no annotator, imported or older, is anyone's, as before)
        if (
            isinstance(said, DistrictAttributes)
            and said.control_status in ("unknown", before)
            and said.control_status != attributes.control_status  # no write where nothing changes
            and (
                said.control_status == "unknown"
                or control_status_near(text, other.start, other.end) in ("unknown", attributes.control_status)
            )
        ):  # one whose own words say what it says keeps it (helper-258: al-Shabaab's "taken control of …
            # Adan Yabaal" became the government's when the army's "remains under the control" was corrected)
            others.append(other.edited(attributes=replace(said, control_status=attributes.control_status)))
    return others


def save_district(
    store: Store,
    article: Article,
    start: int,
    end: int,
    data: DistrictInput,
    *,
    annotator: str,
    existing: Annotation | None = None,
) -> Entry | None:
    entity, changed = resolve_place(store, data, existing.entity_id if existing is not None else None)
    attributes = DistrictAttributes(control_status=data.control_status, note=data.note.strip())
    return _store(
        store,
        article,
        "district",
        start,
        end,
        entity=entity,
        entity_changed=changed,
        attributes=attributes,
        annotator=annotator,
        existing=existing,
    )


def save_actor(
    store: Store,
    article: Article,
    start: int,
    end: int,
    data: ActorInput,
    *,
    annotator: str,
    existing: Annotation | None = None,
) -> Entry | None:
    current = existing.entity_id if existing is not None else None
    entity, changed = resolve_actor(store, data, article.text[start:end], current, article.id)
    return _store(
        store,
        article,
        "actor",
        start,
        end,
        entity=entity,
        entity_changed=changed,
        attributes=ActorAttributes(note=data.note.strip()),
        annotator=annotator,
        existing=existing,
    )


def _event_date(value: str) -> str | None:
    """The ISO date the analyst typed ("2021-06-21" or "21 June 2021"); empty: none."""
    from annotations.text.metadata import typed_date

    return typed_date(value, "event date") if value.strip() else None


def _not_linked_back(
    store: Store, article: Article, existing: Annotation | None, links: tuple[ClaimLink, ...]
) -> tuple[ClaimLink, ...]:
    """The links, without a new one the other claim holds already the other way round (a link holds
    both ways: a reviewer's "contradicts" added in B's form, A contradicting B already, was stored
    twice). Kept: the links the claim had."""
    if existing is None or not isinstance(existing.attributes, ClaimAttributes):
        return links  # a new claim: nothing links to it yet
    had = existing.attributes.links
    return tuple(link for link in links if link in had or not linked_back(store, article.id, existing.id, link))


def save_claim(
    store: Store,
    article: Article,
    start: int,
    end: int,
    data: ClaimInput,
    *,
    annotator: str,
    existing: Annotation | None = None,
    suggestions: Sequence[Suggestion] = (),
) -> Entry | None:
    """Save a claim; a claimant chosen among the suggestions is tagged with it, in one step."""
    speaker = _speaker(store, article, data.claimant_annotation_id, suggestions, annotator)
    claimant_id = speaker[0].id if speaker else data.claimant_annotation_id
    claimant_entity = None
    if speaker is not None:
        claimant_entity = speaker[0].entity_id
    elif (kept := kept_claimant_entity(claimant_id)) is not None:
        claimant_id, claimant_entity = None, kept  # its mention was deleted: who said it stays
    elif claimant_id and suggested_claimant_span(claimant_id) is None:
        claimant_entity = store.annotation(article.id, claimant_id).entity_id
    else:
        claimant_id = None  # a suggested claimant no longer suggested: none rather than a dangling id
    attributes = ClaimAttributes(
        claimant_annotation_id=claimant_id,
        claimant_entity_id=claimant_entity,
        cue=data.cue.strip(),
        claim_type=data.claim_type,
        places=data.places,
        actors=data.actors,
        certainty=data.certainty,
        grade=Grade.parse(data.grade) if data.grade else None,
        links=_not_linked_back(store, article, existing, data.links),
        note=data.note.strip(),
        event_date=_event_date(data.event_date),
        time_precision=1 if data.event_date.strip() else None,
        event_type=data.event_type,
    )
    if speaker is not None:  # new or edited, the claim and its claimant are one step
        actor, new_entity = speaker
        entities = [new_entity] if new_entity else []
        who = f" “{shorten(actor.quote, 30, strip_quotes=True)}”"  # as `y` says it (a newcomer's had no name)
        if existing is not None:
            edited = _edited(existing, article, start, end, annotator, attributes=attributes)
            label = f"edit claim “{shorten(edited.quote, 30, strip_quotes=True)}” and tag its claimant{who}"
            return store.record_step(label, annotations=[actor, edited], entities=entities, bases=[existing])
        claim = Annotation.create(article, "claim", start, end, attributes=attributes, annotator=annotator)
        label = f"add claim “{shorten(claim.quote, 30, strip_quotes=True)}” with its claimant{who}"
        return store.record_step(label, annotations=[actor, claim], entities=entities)
    return _store(
        store,
        article,
        "claim",
        start,
        end,
        entity=None,
        entity_changed=False,
        attributes=attributes,
        annotator=annotator,
        existing=existing,
    )


def _speaker(
    store: Store, article: Article, choice: str | None, suggestions: Sequence[Suggestion], annotator: str
) -> tuple[Annotation, Entity | None] | None:
    """The actor annotation (and its new entity) of a claimant chosen among the suggestions."""
    span = suggested_claimant_span(choice)
    found = next((s for s in suggestions if s.kind == "actor" and s.span == span), None) if span else None
    if found is None:
        return None
    entity = found.entity if found.entity is not None and store.get_entity(found.entity.id) is None else None
    return found.annotation(article, annotator=annotator), entity


def save_form(
    store: Store,
    article: Article,
    start: int,
    end: int,
    data: FormInput,
    *,
    annotator: str,
    existing: Annotation | None = None,
    suggestions: Sequence[Suggestion] = (),
) -> Entry | None:
    """Save what any tagging form holds, as one undoable step (`suggestions`: those shown, where
    a claim's claimant may be chosen among them); None when an edit changes nothing."""
    if isinstance(data, DistrictInput):
        return save_district(store, article, start, end, data, annotator=annotator, existing=existing)
    if isinstance(data, ActorInput):
        return save_actor(store, article, start, end, data, annotator=annotator, existing=existing)
    return save_claim(store, article, start, end, data, annotator=annotator, existing=existing, suggestions=suggestions)

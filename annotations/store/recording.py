"""Turning what the analyst asks for into undoable steps, the same for every backend.

Adding, editing and deleting annotations, saving entities, rejecting suggestions, setting an
article's status and details: each is checked (the annotation against its text, the ids it
names against what exists) and becomes the changes (`Change`: each record's before and after)
of one step. A backend stores a step whole (`_record`) and says what it holds (`_find`,
`_entity_ids`); it never builds changes itself, so two backends cannot disagree on them.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable, Sequence, Set

from annotations.errors import NOTHING_SAVED, ConflictError, StoreError, ValidationError
from annotations.model import ARTICLE_STATUSES, Annotation, ArticleStatus, Entity
from annotations.store.changes import Change, Entry
from annotations.store.interface import Store
from annotations.store.references import check_references, named_entities
from annotations.store.steps import check_details, deletion, quoted, starting_work


class RecordingStore(Store):
    """The changes of every analyst request, recorded by the backend as one step each."""

    @abstractmethod
    def _writable(self) -> None:
        """Raise ReadOnlyError unless this store may change the database."""

    @abstractmethod
    def _record(self, label: str, changes: list[Change]) -> Entry:
        """Apply `changes` and record them as one undoable step, whole or not at all."""

    @abstractmethod
    def _find(self, article_id: str, annotation_id: str) -> Annotation | None:
        """The stored annotation, or None (also for an unknown article)."""

    def _seen_annotation(self, article_id: str, annotation_id: str) -> Annotation | None:
        """The annotation as the analyst last saw it, which a change to it starts from (a server
        refuses the change when it is no longer so); None when there is none."""
        return self._find(article_id, annotation_id)

    def _seen_entity(self, entity_id: str) -> Entity | None:
        """The entity as the analyst last saw it (see `_seen_annotation`)."""
        return self.get_entity(entity_id)

    def _entity_ids(self) -> Set[str]:
        return {e.id for e in self.entities()}

    def _check_references(
        self, annotations: Sequence[Annotation], known: Set[str], removed: Set[str] = frozenset()
    ) -> None:
        """ValidationError unless all the annotations name exists (`known`: the entities as the step
        leaves them); the error `_entities_gone` gives for those another deleted meanwhile."""
        named = {entity_id for annotation in annotations for entity_id in named_entities(annotation)}
        gone = sorted(named - known - removed)
        if gone and (error := self._entities_gone(gone)) is not None:
            raise error
        check_references(annotations, entities=known, find=self._find)

    def _entities_gone(self, entity_ids: list[str]) -> ConflictError | None:
        """What to say of entities a step names that are not there: None for an error of the
        caller's (one analyst's store has no one else to delete them)."""
        return None

    def _entity_change(self, entity: Entity) -> Change:
        before = self._seen_entity(entity.id)
        return Change("entity", entity.id, None, None if before is None else before.to_dict(), entity.to_dict())

    def _status_of(self, article_id: str) -> ArticleStatus:
        return self.summary(article_id).status

    def set_status(self, article_id: str, status: ArticleStatus) -> Entry | None:
        self._writable()
        current = self.summary(article_id).status
        if current == status:
            return None
        if status not in ARTICLE_STATUSES:
            raise ValidationError(f"article status must be one of {', '.join(ARTICLE_STATUSES)}")
        change = Change("status", article_id, article_id, {"status": current}, {"status": status})
        return self._record(f"mark {status.replace('_', ' ')}", [change])

    def set_details(self, article_id: str, *, published: str | None, source: str) -> Entry | None:
        self._writable()
        summary = self.summary(article_id)
        after = check_details(published, source)
        before = {"published": summary.published, "source": summary.source}
        if after == before:
            return None
        return self._record(
            f"set date and source of {quoted(summary.title)}",
            [Change("details", article_id, article_id, before, after)],
        )

    def add_annotation(
        self, annotation: Annotation, *, new_entity: Entity | None = None, label: str | None = None
    ) -> Entry:
        label = label or f"add {annotation.kind} {quoted(annotation.quote)}"
        return self._add([(annotation, new_entity)], label, starts_work=annotation.status == "accepted")

    def add_annotations(self, items: Sequence[tuple[Annotation, Entity | None]], *, label: str) -> Entry:
        return self._add(items, label, starts_work=True)

    def _add(self, items: Sequence[tuple[Annotation, Entity | None]], label: str, *, starts_work: bool) -> Entry:
        """Add annotations as one step; `starts_work` moves their articles from todo to in progress."""
        self._writable()
        changes: list[Change] = []
        brought: dict[str, Entity] = {}
        for annotation, new_entity in items:
            annotation.validate_against(self.article(annotation.article_id))
            if self._find(annotation.article_id, annotation.id) is not None:
                raise ConflictError(  # one id made twice: a unit's curated version, by two adjudicators
                    f"{annotation.kind} {quoted(annotation.quote)} is saved already (by another step, or another "
                    f"analyst){NOTHING_SAVED}"
                )
            if new_entity is not None and new_entity.id not in brought:
                brought[new_entity.id] = new_entity
                changes.append(self._entity_change(new_entity))
        annotations = [annotation for annotation, _ in items]
        self._check_references(annotations, self._entity_ids() | brought.keys())
        changes += [Change("annotation", a.id, a.article_id, None, a.to_dict()) for a in annotations]
        if starts_work:
            changes += starting_work((a.article_id for a in annotations), self._status_of)
        return self._record(label, changes)

    def update_annotation(
        self,
        annotation: Annotation,
        *,
        new_entity: Entity | None = None,
        label: str | None = None,
        base: Annotation | None = None,
    ) -> Entry:
        self._writable()
        before = base or self._seen_annotation(annotation.article_id, annotation.id)
        before = before or self.annotation(annotation.article_id, annotation.id)
        annotation.validate_against(self.article(annotation.article_id))
        changes: list[Change] = []
        known = set(self._entity_ids())
        if new_entity is not None:
            changes.append(self._entity_change(new_entity))
            known.add(new_entity.id)
        self._check_references([annotation], known)
        changes.append(
            Change("annotation", annotation.id, annotation.article_id, before.to_dict(), annotation.to_dict())
        )
        return self._record(label or f"edit {annotation.kind} {quoted(annotation.quote)}", changes)

    def delete_annotations(
        self,
        article_id: str,
        annotation_ids: Sequence[str],
        *,
        linking: Sequence[Annotation] = (),
        removed_entities: Sequence[str] = (),
    ) -> Entry:
        self._writable()
        gone = [
            self._seen_annotation(article_id, i) or self.annotation(article_id, i)
            for i in dict.fromkeys(annotation_ids)
        ]
        if not gone:
            raise StoreError("nothing to delete")
        elsewhere = [
            self._seen_annotation(c.article_id, c.id) or self.annotation(c.article_id, c.id)
            for c in linking
            if c.article_id != article_id
        ]  # as held now: the step's changes start from what is stored
        label, changes = deletion(gone, [*self.annotations(article_id, kind="claim"), *elsewhere])
        # a claim the deletion hands its claimant's entity to still names it (helper-355)
        still = {i for c in changes if c.after for i in named_entities(Annotation.from_dict(c.after))}
        removed = [self._seen_entity(i) or self.entity(i) for i in dict.fromkeys(removed_entities) if i not in still]
        changes += [Change("entity", e.id, None, e.to_dict(), None) for e in removed]
        if removed:
            label += f" and its {', '.join(f'{e.kind} {e.name}' for e in removed)}, named nowhere else"
        return self._record(label, changes)

    def put_entity(self, entity: Entity, *, label: str | None = None) -> Entry:
        self._writable()
        return self._record(label or f"save {entity.kind} {entity.name}", [self._entity_change(entity)])

    def record_step(
        self,
        label: str,
        *,
        annotations: Sequence[Annotation] = (),
        entities: Sequence[Entity] = (),
        removed_entities: Sequence[str] = (),
        bases: Sequence[Annotation] = (),
    ) -> Entry:
        self._writable()
        started_from = {(b.article_id, b.id): b for b in bases}
        changes = [self._entity_change(entity) for entity in entities]
        changes += [
            Change("entity", i, None, (self._seen_entity(i) or self.entity(i)).to_dict(), None)
            for i in removed_entities
        ]
        known = (self._entity_ids() | {e.id for e in entities}) - set(removed_entities)
        new_in: list[str] = []
        for annotation in annotations:
            before = started_from.get((annotation.article_id, annotation.id)) or self._seen_annotation(
                annotation.article_id, annotation.id
            )  # None: a new one
            annotation.validate_against(self.article(annotation.article_id))
            previous = before.to_dict() if before is not None else None
            changes.append(Change("annotation", annotation.id, annotation.article_id, previous, annotation.to_dict()))
            if before is None:
                new_in.append(annotation.article_id)
        self._check_references(annotations, known, removed=set(removed_entities))
        changes += starting_work(new_in, self._status_of)  # a new annotation starts the work, as when added
        return self._record(label, changes)

    def set_rejections(self, article_id: str, keys: Iterable[str], *, label: str) -> Entry:
        self._writable()
        before = sorted(self.rejections(article_id))
        after = sorted(set(keys))
        change = Change(
            "rejections",
            article_id,
            article_id,
            {"keys": before} if before else None,
            {"keys": after} if after else None,
        )
        return self._record(label, [change])

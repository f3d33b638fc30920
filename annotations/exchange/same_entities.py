"""An import names what the database already knows by the database's own entities.

Two analysts who tagged the same articles in two folders each made their own "Kelbo", "Burkina Faso" and
"army": importing one's export into the other's database made 114 entities of 57, and the claims board, the map
and the event rows counted each place and actor twice (helper-367). An entity of the export whose id the
database does not hold is the database's entity of the same kind and name (or alias) when there is one only, a
place only in the same country and province; a name of what something is ("army", "residents") names an entity
of its article only (`entities.scope`), so it is the database's such entity used in the same article, else the
export's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from annotations.entities.editing import naming_moved
from annotations.entities.matching import fold, not_placed_apart, point_filled_in
from annotations.entities.scope import is_generic
from annotations.model import Annotation, Entity, PlaceDetails
from annotations.store import Store
from annotations.store.references import named_entities


class SameEntities:
    """The export's entities as the database knows them: `known_as` maps an export's id to the database's."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._by_name: dict[tuple[str, str], list[Entity]] = {}
        for entity in store.entities():
            if not is_generic(entity.name):
                for name in entity.names():
                    self._by_name.setdefault((entity.kind, fold(name)), []).append(entity)
        self.known_as: dict[str, str] = {}
        self.pending: dict[str, Entity] = {}
        """Entities named by what they are, added when an article uses them and the database has none of theirs."""
        self._matched: set[str] = set()
        self.added = 0
        """Entities held, then added with the first article that used them."""

    @property
    def matched(self) -> int:
        """How many of the export's entities were taken as the database's (one named in several articles, once)."""
        return len(self._matched)

    def take(self, entity: Entity) -> str | None:
        """How the database takes one entity of the export: "matched" (it is one of the database's), None when it
        is held until an article uses it (a name of what it is), else what `Store.merge_entity` says."""
        store = self._store
        if store.get_entity(entity.id) is not None:
            return store.merge_entity(entity)
        if is_generic(entity.name):
            self.pending[entity.id] = entity
            return None
        found = {e.id: e for name in entity.names() for e in self._by_name.get((entity.kind, fold(name)), ())}
        alike = [e for e in found.values() if not_placed_apart(e, entity)]
        if len(alike) == 1:
            self.known_as[entity.id] = alike[0].id
            self._matched.add(entity.id)
            filled = filled_in(alike[0], entity)
            if filled is not alike[0]:
                store.put_entity(filled, label=f"import: what the export knows of {filled.name}")
            return "matched"
        return store.merge_entity(entity)

    def of_article(self, article_id: str, annotations: list[Annotation], known: set[str]) -> list[Annotation]:
        """The article's annotations naming the database's entities; an entity held (`pending`) is the
        database's one of its kind and name used in this article, else added now (and put in `known`)."""
        held = {i for a in annotations for i in named_entities(a)} & set(self.pending)
        here = self._generic_here(article_id) if held else {}  # the article's own read only when it is needed
        moved = dict(self.known_as)
        for entity_id in held:
            entity = self.pending[entity_id]
            ours = here.get((entity.kind, fold(entity.name)))
            if ours is not None:
                moved[entity_id] = ours
                self._matched.add(entity_id)
            else:
                self._store.merge_entity(entity)
                self.added += 1
                known.add(entity_id)
                del self.pending[entity_id]
        return [_renamed(a, moved) for a in annotations] if moved else annotations

    def _generic_here(self, article_id: str) -> dict[tuple[str, str], str]:
        if not self._store.has_article(article_id):
            return {}
        used = {i for a in self._store.annotations(article_id) for i in named_entities(a)}
        found: dict[tuple[str, str], str] = {}
        for entity_id in used:
            entity = self._store.get_entity(entity_id)
            if entity is not None and is_generic(entity.name):
                found.setdefault((entity.kind, fold(entity.name)), entity.id)
        return found


def _renamed(annotation: Annotation, moved: Mapping[str, str]) -> Annotation:
    """The annotation naming `moved`'s entities instead, its dates as they were (it is the export's, not edited)."""
    entity_id, attributes = naming_moved(annotation, moved)
    return replace(annotation, entity_id=entity_id, attributes=attributes)


def filled_in(ours: Entity, theirs: Entity) -> Entity:
    """Our place with what the export's of its name knows and ours does not (its point and codes, its country and
    province): helper-369's Kelbo with no country lost the export's point and country, and its event rows."""
    mine, known = ours.details, theirs.details
    if not isinstance(mine, PlaceDetails) or not isinstance(known, PlaceDetails):
        return ours
    details = replace(
        point_filled_in(mine, known),
        country=mine.country or known.country,
        province=mine.province or known.province,
        codes={**known.codes, **mine.codes},
    )
    return ours if details == mine else replace(ours, details=details)

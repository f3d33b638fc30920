"""A gold file (the places, actors and claims an analyst would tag in one article) and how much
of it a database holds: what the simulated analyst aims at and how it is scored.

The shape is that of `../shared/fixtures/seed-gold.json`: places by surface, actors by surface
with the canonical name they link to, claims by claimant, cue and the opening words of their
content. An item is reached when an accepted annotation holds it: a place with its surface, an
actor with its surface linked to an entity of its canonical name, a claim holding its opening
words whose claimant is the gold claimant (by its words or its canonical name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.model import Annotation, ClaimAttributes
from annotations.store import Store
from benchmarks.suggestion_quality import norm


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@dataclass(frozen=True, slots=True)
class GoldItem:
    kind: str
    """district, actor or claim."""
    surface: str
    """The words tagged (for a claim: the opening words of its content)."""
    name: str = ""
    """An actor's canonical name; a claim's claimant (its words in the text)."""

    @property
    def label(self) -> str:
        return f"{self.kind} {self.surface!r}" + (f" ({self.name})" if self.name else "")


@dataclass
class Gold:
    items: list[GoldItem] = field(default_factory=list)
    canonical: dict[str, str] = field(default_factory=dict)
    """An actor's words -> its canonical name (claimants are named by their words)."""

    @classmethod
    def read(cls, path: Path) -> Gold:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
        gold = cls()
        for place in data.get("places", []):
            gold.items.append(GoldItem("district", place["surface"]))
        for actor in data.get("actors", []):
            gold.items.append(GoldItem("actor", actor["surface"], actor.get("canonical") or actor["surface"]))
            gold.canonical[fold(actor["surface"])] = actor.get("canonical") or actor["surface"]
        for claim in data.get("claims", []):
            gold.items.append(GoldItem("claim", claim["content_start"], claim.get("claimant") or ""))
        return gold

    def of_kind(self, kind: str) -> list[GoldItem]:
        return [item for item in self.items if item.kind == kind]

    def reached(self, store: Store) -> set[GoldItem]:
        """The gold items the database's accepted annotations hold."""
        (summary,) = store.articles()
        annotations = [a for a in store.annotations(summary.id) if a.status == "accepted"]
        return {item for item in self.items if self.holds(store, annotations, item)}

    def holds(self, store: Store, annotations: list[Annotation], item: GoldItem) -> bool:
        for annotation in annotations:
            if annotation.kind != item.kind:
                continue
            if item.kind == "district" and fold(annotation.quote) == fold(item.surface):
                return True
            if item.kind == "actor" and norm(annotation.quote) == norm(item.surface):  # "Mr. Bhatia" is "Bhatia"
                if self.entity_is(store, annotation, item.name):
                    return True
            if item.kind == "claim" and fold(item.surface) in fold(annotation.quote):
                if self.claimant_is(store, annotation, item.name):
                    return True
        return False

    def entity_is(self, store: Store, annotation: Annotation, canonical: str) -> bool:
        entity = store.get_entity(annotation.entity_id)
        return entity is not None and fold(canonical) in {fold(n) for n in entity.names()}

    def claimant_is(self, store: Store, claim: Annotation, claimant: str) -> bool:
        attributes = claim.attributes
        if not claimant or not isinstance(attributes, ClaimAttributes) or not attributes.claimant_annotation_id:
            return not claimant
        try:
            mention = store.annotation(claim.article_id, attributes.claimant_annotation_id)
        except Exception:
            return False
        if fold(mention.quote) == fold(claimant):
            return True
        return self.entity_is(store, mention, self.canonical.get(fold(claimant), claimant))

"""A gold file (the places, actors and claims an analyst would tag in one article) and how much
of it a database holds: what the simulated analyst aims at and how it is scored.

The shape is that of `../shared/fixtures/seed-gold.json`: places by surface, actors by surface
with the canonical name they link to, claims by claimant, cue and the opening words of their
content. An item is reached when an accepted annotation holds it: a place with its surface, an
actor with its surface linked to an entity of its canonical name, a claim holding its opening
words whose claimant is the gold claimant (by its words or its canonical name).

Many gold files write a note after an actor's name: "National Unity Government (NUG)",
"Residents (unnamed)", "Wimala (abbot of Thiri Mingala Monastery)". An entity named without the
note is the same actor, unless another actor of the file has that name without its own note
("Civilians (Faryab)" and "Civilians (Kunduz)" are two): the note is the gold writer's, not a
name an analyst must type. `strict` counts only the whole canonical name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.model import Annotation, ClaimAttributes
from annotations.store import Store
from benchmarks.suggestion_quality import norm

_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
"""A note in parentheses at the end of a canonical name."""


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
    without_note: dict[str, str] = field(default_factory=dict)
    """A folded canonical name -> the name without its note, where that tells it from the others."""

    @classmethod
    def read(cls, path: Path, *, strict: bool = False) -> Gold:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
        gold = cls()
        for place in data.get("places", []):
            gold.items.append(GoldItem("district", place["surface"]))
        for actor in data.get("actors", []):
            gold.items.append(GoldItem("actor", actor["surface"], actor.get("canonical") or actor["surface"]))
            gold.canonical[fold(actor["surface"])] = actor.get("canonical") or actor["surface"]
        for claim in data.get("claims", []):
            gold.items.append(GoldItem("claim", claim["content_start"], claim.get("claimant") or ""))
            gold._claimant_within_an_actor(claim.get("claimant") or "")
        if not strict:
            gold.without_note = _names_without_notes(set(gold.canonical.values()))
        return gold

    def _claimant_within_an_actor(self, claimant: str) -> None:
        """A claimant the gold names by some words of one actor's surface ("Residents" of
        "Residents fleeing to Hsipaw", "shopkeeper" of "a shopkeeper in Suárez") is that actor:
        the analyst tags the words the gold lists as the actor and chooses it as the claimant
        (five such claims of the unseen articles were never reached)."""
        if not claimant or fold(claimant) in self.canonical:
            return
        words = re.compile(rf"(?<!\w){re.escape(fold(claimant))}(?!\w)")
        within = {name for surface, name in self.canonical.items() if words.search(surface)}
        if len(within) == 1:
            self.canonical[fold(claimant)] = within.pop()

    def names_for(self, canonical: str) -> set[str]:
        """The folded names an entity may have to be the actor of this canonical name."""
        whole = fold(canonical)
        bare = self.without_note.get(whole)
        return {whole, fold(bare)} if bare else {whole}

    def shortest_name(self, canonical: str) -> str:
        """The name an analyst types for this actor: without the gold's note where it may be."""
        return self.without_note.get(fold(canonical), canonical)

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
        return entity is not None and self.is_named(entity.names(), canonical)

    def is_named(self, names: Iterable[str], canonical: str) -> bool:
        """Whether an entity of these names is the actor of this canonical name."""
        return not self.names_for(canonical).isdisjoint(fold(n) for n in names)

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


def _names_without_notes(canonicals: set[str]) -> dict[str, str]:
    """Each folded canonical name with a note -> the name without it, if no other actor of the
    file is called that without its own note."""
    bare = {name: _NOTE.sub("", name).strip() for name in canonicals}
    taken = Counter(fold(b) for b in bare.values())
    return {fold(name): b for name, b in bare.items() if b and b != name and taken[fold(b)] == 1}

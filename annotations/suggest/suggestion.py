"""What a suggestion is, and what suggestions draw on.

A suggestion is derived, never stored: the same article, gazetteers, entities and rejections
always give the same list. Accepting one stores an ordinary annotation (see `review`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from annotations.model import (
    ActorAttributes,
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    Kind,
    PlaceDetails,
)
from annotations.suggest.gazetteer import PlaceLookup

LAYERS = ("memory", "gazetteer", "lexicon", "name shape", "cues")
"""memory: what the analyst tagged before; gazetteer: built-in and imported places; lexicon: the
actor patterns; name shape: names read from their shape and context (people beside a role,
acronyms, places the text names, speakers); cues: claims at attribution cues."""


class Cancelled(Exception):
    """The caller no longer wants these suggestions (the article or its annotations changed).
    Here, not with the engine, so the app can catch it without importing the recognisers."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed annotation: span, why, the entity it would link (existing or new), attributes."""

    kind: Kind
    start: int
    end: int
    quote: str
    reason: str
    entity: Entity | None = None
    new_entity: bool = False
    attributes: DistrictAttributes | ActorAttributes | ClaimAttributes | None = None
    claimant: tuple[int, int] | None = None
    """For claims: the span of the actor mention that is the source."""
    cue: str = ""
    score: float = 1.0
    layer: str = ""
    """Which knowledge proposed it (one of LAYERS): what `fieldmark suggest --stats` counts by."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def moved(self, offset: int) -> Suggestion:
        """The same suggestion `offset` characters further on (its claimant too): a piece's
        suggestions placed in their article, hundreds per run (`dataclasses.replace` took a
        tenth of the run's own work)."""
        claimant = None if self.claimant is None else (self.claimant[0] + offset, self.claimant[1] + offset)
        return Suggestion(
            self.kind, self.start + offset, self.end + offset, self.quote, self.reason, self.entity,
            self.new_entity, self.attributes, claimant, self.cue, self.score, self.layer,
        )  # fmt: skip

    @property
    def key(self) -> str:
        """What a rejection remembers: the kind and the text (not the place)."""
        return f"{self.kind}:{' '.join(self.quote.split())}"

    def place_details(self) -> PlaceDetails | None:
        if self.entity is not None and isinstance(self.entity.details, PlaceDetails):
            return self.entity.details
        return None

    def annotation(
        self,
        article: Article,
        *,
        annotator: str,
        attributes: DistrictAttributes | ActorAttributes | ClaimAttributes | None = None,
    ) -> Annotation:
        """The accepted annotation taking this suggestion stores: its span, entity and
        attributes (`attributes`, when given: a claim's with its claimant resolved)."""
        return Annotation.create(
            article,
            self.kind,
            self.start,
            self.end,
            entity_id=self.entity.id if self.entity else None,
            attributes=attributes or self.attributes,  # type: ignore[arg-type]
            annotator=annotator,
        )

    def to_dict(self) -> dict[str, object]:
        """What `fieldmark suggest --json` prints."""
        record: dict[str, object] = {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "reason": self.reason,
            "entity": self.entity.name if self.entity else None,
            "entity_id": self.entity.id if self.entity and not self.new_entity else None,
        }
        details = self.place_details()
        if details is not None:
            record.update({k: v for k, v in details.to_dict().items() if k != "source"})
        if self.entity is not None and isinstance(self.entity.details, ActorDetails):
            record["actor_type"] = self.entity.details.actor_type
        if self.kind == "claim":
            record["cue"] = self.cue
            record["claimant"] = None
            if self.claimant is not None:
                record["claimant"] = {"start": self.claimant[0], "end": self.claimant[1]}
            if isinstance(self.attributes, ClaimAttributes):
                record["claim_type"] = self.attributes.claim_type
                record["certainty"] = self.attributes.certainty
        return record


@dataclass
class Knowledge:
    """What suggestions draw on: gazetteers (most trusted first), the corpus's entities, and
    what the analyst has rejected in this article."""

    gazetteers: Sequence[PlaceLookup]
    entities: Sequence[Entity] = ()
    rejected: frozenset[str] = frozenset()
    accepted: Sequence[Annotation] = field(default_factory=list)
    rejected_elsewhere: Mapping[str, int] = field(default_factory=dict)
    """How many other articles rejected each suggestion key: the analyst's "no" teaches the corpus."""

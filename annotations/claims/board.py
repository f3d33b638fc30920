"""The claims of the whole corpus, grouped into events, so contradicting claims sit side by side.

An event is one place, one claim type and dates close together: claims about the same place and
type whose event dates lie within `WINDOW` of the event's first date belong to it (claims without
a date form an event of their own per place and type). Within an event:

- two claims **contradict** when the analyst linked them so, when one asserts the place captured
  and another that the government holds it (held, retaken, encircled but holding), or when one
  denies what another asserts (a negated claim beside a certain one);
- **independent sources** are counted by who speaks, not by who reports: the claimant's entity
  (two outlets quoting the same ministry count once), else the claimant's words, else the
  article's source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from annotations.claims.when import ClaimDate, claim_date
from annotations.entities.matching import fold
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, DistrictAttributes, Entity
from annotations.store import Store

WINDOW = timedelta(days=7)
"""Claims of one place and type whose dates lie within a week of the event's first are one event."""

HOLDERS = {"captured": "attackers", "retaken": "government", "government_held": "government", "encircled": "government"}
"""Who holds a place, by the control status a claim gives it ("contested" and "unknown" say nobody)."""


@dataclass(frozen=True, slots=True)
class BoardClaim:
    """One claim as the board lists it."""

    article_id: str
    article_title: str
    article_source: str
    claim: Annotation
    when: ClaimDate | None
    claimant: str
    claimant_type: str
    claimant_id: str | None
    places: tuple[tuple[str, str], ...]
    """(entity id, name) of the places it is about."""
    statuses: dict[str, str]
    """The control status it gives each of its places (place entity id -> status)."""

    @property
    def attributes(self) -> ClaimAttributes:
        attributes = self.claim.attributes
        assert isinstance(attributes, ClaimAttributes)
        return attributes

    @property
    def origin(self) -> str:
        """Who the claim comes from, for counting independent sources."""
        return self.claimant_id or (f"said:{fold(self.claimant)}" if self.claimant else f"source:{self.article_source}")

    def to_dict(self) -> dict[str, object]:
        attributes = self.attributes
        return {
            "article_id": self.article_id,
            "article_title": self.article_title,
            "claim_id": self.claim.id,
            "text": self.claim.quote,
            "date": self.when.day.isoformat() if self.when else None,
            "time_precision": self.when.precision if self.when else None,
            "date_source": self.when.source if self.when else None,
            "claimant": self.claimant,
            "claimant_type": self.claimant_type,
            "cue": attributes.cue,
            "claim_type": attributes.claim_type,
            "certainty": attributes.certainty,
            "grade": str(attributes.grade) if attributes.grade else None,
            "places": [name for _id, name in self.places],
            "control_status": self.statuses,
        }


@dataclass
class Event:
    """Claims of one place and type close together in time."""

    place_id: str
    place: str
    claim_type: str
    claims: list[BoardClaim] = field(default_factory=list)

    @property
    def first(self) -> date | None:
        days = [c.when.day for c in self.claims if c.when]
        return min(days) if days else None

    @property
    def last(self) -> date | None:
        days = [c.when.day for c in self.claims if c.when]
        return max(days) if days else None

    @property
    def independent_sources(self) -> int:
        return len({c.origin for c in self.claims})

    def contradictions(self) -> list[tuple[BoardClaim, BoardClaim]]:
        """Pairs of claims of the event that cannot both be true (see the module)."""
        found = []
        for index, one in enumerate(self.claims):
            for other in self.claims[index + 1 :]:
                if _contradict(one, other, self.place_id):
                    found.append((one, other))
        return found

    def to_dict(self) -> dict[str, object]:
        contradictions = self.contradictions()
        return {
            "place": self.place,
            "claim_type": self.claim_type,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "independent_sources": self.independent_sources,
            "contradicted": bool(contradictions),
            "contradictions": [[a.claim.id, b.claim.id] for a, b in contradictions],
            "claims": [c.to_dict() for c in self.claims],
        }


def _contradict(one: BoardClaim, other: BoardClaim, place_id: str) -> bool:
    linked = {(link.annotation_id, link.type) for link in one.attributes.links} | {
        (link.annotation_id, link.type) for link in other.attributes.links
    }
    if (other.claim.id, "contradicts") in linked or (one.claim.id, "contradicts") in linked:
        return True
    holders = {HOLDERS.get(c.statuses.get(place_id, "")) for c in (one, other)} - {None}
    if len(holders) > 1:
        return True
    certainties = {one.attributes.certainty, other.attributes.certainty}
    return "negated" in certainties and len(certainties - {"negated", "uncommitted"}) > 0


def board_claims(store: Store) -> Iterator[BoardClaim]:
    """Every claim of the corpus with what the board shows of it."""
    entities = {e.id: e for e in store.entities()}
    for article, annotations in store.iter_articles():
        yield from _article_claims(article, annotations, entities)


def _article_claims(
    article: Article, annotations: Sequence[Annotation], entities: dict[str, Entity]
) -> Iterator[BoardClaim]:
    by_id = {a.id: a for a in annotations}
    districts = [a for a in annotations if a.kind == "district" and a.status == "accepted" and a.entity_id]
    for claim in annotations:
        attributes = claim.attributes
        if claim.status != "accepted" or not isinstance(attributes, ClaimAttributes):
            continue
        inside = [d for d in districts if claim.start <= d.start and d.end <= claim.end]
        place_ids = list(dict.fromkeys([*attributes.places, *(d.entity_id for d in inside if d.entity_id)]))
        statuses: dict[str, str] = {
            d.entity_id: str(d.attributes.control_status)
            for d in inside
            if d.entity_id and isinstance(d.attributes, DistrictAttributes)
        }
        claimant = entities.get(attributes.claimant_entity_id or "")
        source = by_id.get(attributes.claimant_annotation_id or "")
        yield BoardClaim(
            article.id,
            article.title,
            article.source,
            claim,
            claim_date(article.text, article.published, claim),
            claimant.name if claimant else (source.quote if source else ""),
            claimant.details.actor_type if claimant and isinstance(claimant.details, ActorDetails) else "",
            claimant.id if claimant else None,
            tuple((i, entities[i].name) for i in place_ids if i in entities),
            statuses,
        )


def events(claims: Iterable[BoardClaim]) -> list[Event]:
    """The claims grouped into events (see the module), most recent first; a claim about
    several places is in the event of each; claims about no place are left out."""
    groups: dict[tuple[str, str], list[BoardClaim]] = {}
    names: dict[str, str] = {}
    for claim in claims:
        for place_id, name in claim.places:
            groups.setdefault((place_id, claim.attributes.claim_type), []).append(claim)
            names[place_id] = name
    found: list[Event] = []
    for (place_id, claim_type), members in groups.items():
        dated = sorted((c for c in members if c.when), key=lambda c: c.when.day if c.when else date.min)
        current: Event | None = None
        for claim in dated:
            assert claim.when is not None
            if current is None or current.first is None or claim.when.day - current.first > WINDOW:
                current = Event(place_id, names[place_id], claim_type)
                found.append(current)
            current.claims.append(claim)
        undated = [c for c in members if not c.when]
        if undated:
            found.append(Event(place_id, names[place_id], claim_type, undated))
    return sorted(found, key=lambda e: (e.last or date.min, e.place), reverse=True)


def select(
    claims: Iterable[BoardClaim], *, place: str | None = None, actor: str | None = None, since: date | None = None
) -> Iterator[BoardClaim]:
    """The claims about a place, by an actor (names compared without case or accents), or dated
    on or after `since`."""
    for claim in claims:
        if place and not any(fold(place) in fold(name) for _id, name in claim.places):
            continue
        if actor and fold(actor) not in fold(claim.claimant):
            continue
        if since and (claim.when is None or claim.when.when.end < since):
            continue
        yield claim

"""The claims of the whole corpus, grouped into events, so contradicting claims sit side by side.

An event is one place, one claim type and dates close together: claims about the same place and
type whose event dates lie within `WINDOW` of the event's first date belong to it (claims without
a date form an event of their own per place and type). Within an event:

- claims **contradict** when the analyst linked them so, or when they stand on different sides:
  one says the attackers hold the place (captured), another that the government does (held,
  retaken, encircled but holding), or one denies (a negated claim) what others assert;
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
from annotations.text.readings import control_status_near

WINDOW = timedelta(days=7)
"""Claims of one place and type whose dates lie within a week of the event's first are one event."""

HOLDERS = {"captured": "attackers", "retaken": "government", "government_held": "government", "encircled": "government"}
"""Who holds a place, by the control status a claim gives it ("contested" and "unknown" say nobody)."""


@dataclass(frozen=True, slots=True, eq=False)
class BoardClaim:
    """One claim as the board lists it (compared by identity: one object per claim and reading)."""

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

    def sides(self) -> dict[str, list[BoardClaim]]:
        """The claims by what they say of the place: who holds it ("attackers", "government"), or
        "denied" for a denial beside assertions; a claim saying nobody holds it is on no side."""
        found: dict[str, list[BoardClaim]] = {}
        for claim in self.claims:
            side = self.side_of(claim)
            if side is not None:
                found.setdefault(side, []).append(claim)
        return found

    def side_of(self, claim: BoardClaim) -> str | None:
        """The side one claim of the event stands on (see `sides`)."""
        if claim.attributes.certainty == "negated":
            return "denied"
        return HOLDERS.get(claim.statuses.get(self.place_id, ""))

    def contradictions(self) -> list[tuple[BoardClaim, BoardClaim]]:
        """Pairs of claims that cannot both be true: linked as contradicting, or one from each of
        two sides (for a large event, one pair per two sides: the first claims of each)."""
        ids = {c.claim.id: c for c in self.claims}
        pairs = [
            (claim, ids[link.annotation_id])
            for claim in self.claims
            for link in claim.attributes.links
            if link.type == "contradicts" and link.annotation_id in ids
        ]
        sides = list(self.sides().values())
        pairs += [(one[0], other[0]) for i, one in enumerate(sides) for other in sides[i + 1 :]]
        return pairs

    def to_dict(self) -> dict[str, object]:
        contradictions = self.contradictions()
        return {
            "place": self.place,
            "claim_type": self.claim_type,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "independent_sources": self.independent_sources,
            "contradicted": bool(contradictions),
            "sides": {side: [c.claim.id for c in claims] for side, claims in self.sides().items()},
            "contradictions": [[a.claim.id, b.claim.id] for a, b in contradictions],
            "claims": [c.to_dict() for c in self.claims],
        }


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
        statuses: dict[str, str] = {d.entity_id: said_of(article.text, d) for d in inside if d.entity_id}
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


def said_of(text: str, mention: Annotation) -> str:
    """The control status a claim gives a place: what the words around this mention say ("the
    army retook Lashio"), else the status the analyst gave the place in the article (one per place
    and article, so two claims of one article that disagree would otherwise look alike)."""
    read = control_status_near(text, mention.start, mention.end)
    if read != "unknown":
        return read
    return str(mention.attributes.control_status) if isinstance(mention.attributes, DistrictAttributes) else "unknown"


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
        opened = date.min
        for claim in dated:
            assert claim.when is not None
            if current is None or claim.when.day - opened > WINDOW:
                current = Event(place_id, names[place_id], claim_type)
                opened = claim.when.day
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


@dataclass(frozen=True, slots=True)
class Moment:
    """One point of a place's timeline: a day, who the claims of that day say holds it."""

    day: date
    status: str
    """The control status most claims of the day give ("captured"…), or "disputed"."""
    sources: tuple[str, ...]


def timeline(claims: Iterable[BoardClaim], place_id: str) -> list[Moment]:
    """The place's control status day by day as the claims tell it (denials aside), oldest first."""
    by_day: dict[date, list[BoardClaim]] = {}
    for claim in claims:
        status = claim.statuses.get(place_id)
        if claim.when and status and status != "unknown" and claim.attributes.certainty != "negated":
            by_day.setdefault(claim.when.day, []).append(claim)
    moments = []
    for day in sorted(by_day):
        said = {c.statuses[place_id] for c in by_day[day]}
        status = next(iter(said)) if len(said) == 1 else "disputed"
        moments.append(Moment(day, status, tuple(dict.fromkeys(c.claimant or c.article_title for c in by_day[day]))))
    return moments


def timeline_line(moments: Sequence[Moment]) -> str:
    """ "06-21 captured (MNDAA) → 06-23 government held (army)": the chart a terminal line holds."""
    return " → ".join(
        f"{m.day.strftime('%m-%d')} {m.status.replace('_', ' ')} ({', '.join(m.sources[:2])})" for m in moments
    )

"""The claims of the whole corpus, grouped into events, so contradicting claims sit side by side.

An event is one place, one claim type and dates close together: claims about the same place and
type whose event dates lie within `WINDOW` of the event's first date belong to it (tolls their own
words date to different days excepted), with every claim
the analyst linked to one of them, whatever its date (claims without a date, linked to none that
has one, form an event of their own per place and type: `told_together`). Within an event:

- claims **contradict** when the analyst linked them so, or when they stand on different sides:
  one says the attackers hold the place (captured), another that the government does (held,
  retaken, encircled but holding), two state different death tolls ("12 killed", "40 killed"),
  or one denies (a negated claim) what others assert;
- **independent sources** are counted by who speaks, not by who reports: the claimant's entity
  (two outlets quoting the same ministry count once), else the claimant's words, else the
  article's source; a claim telling of nothing done (a need, a lament, a plan) counts none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from annotations.claims.choosing import names_place
from annotations.claims.claim_places import held_as_told_by
from annotations.claims.figures import the_toll
from annotations.claims.holders import HOLDERS, in_turn, status_told
from annotations.claims.index import ClaimFacts, ClaimsIndex, store_reader
from annotations.claims.no_row import running_total, tells_an_event
from annotations.claims.smallest_places import smallest_places
from annotations.claims.sources import same_source, sources_among
from annotations.claims.told_together import told_together
from annotations.claims.versions import one_version
from annotations.claims.when import ClaimDate
from annotations.claims.whose_dead import whose_dead
from annotations.entities.matching import fold
from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails
from annotations.store import ArticleSummary, Store

WINDOW = timedelta(days=7)
"""Claims of one place and type whose dates lie within a week of the event's first are one event."""


@dataclass(frozen=True, slots=True, eq=False)
class BoardClaim:
    """One claim as the board lists it (compared by identity: one object per claim and reading)."""

    article_id: str
    article_title: str
    article_source: str
    facts: ClaimFacts
    claimant: str
    claimant_type: str
    claimant_id: str | None
    places: tuple[tuple[str, str], ...]
    """(entity id, name) of the places it is about."""
    when: ClaimDate | None
    place_aliases: tuple[str, ...] = ()
    claimant_aliases: tuple[str, ...] = ()
    """The other names of its places and claimant, which filters find them by too ("ENDF",
    "Gonder" for Gondar: a newcomer's `--actor ENDF` found nothing)."""
    actor_names: tuple[str, ...] = ()
    """Every name of the actors it is about but its claimant (`ClaimFacts.actor_ids`)."""

    def about(self, place: str) -> bool:
        """Whether one of its places is named `place` or so that `place` is part of it (case and
        accents aside), by any of its names, or spelt otherwise ("Al Fashir" is El Fasher)."""
        return any(names_place(place, name) for name in (*(n for _i, n in self.places), *self.place_aliases))

    def said_by(self, actor: str) -> bool:
        """Whether its claimant is `actor` or a name `actor` is part of, by any of its names."""
        return any(fold(actor) in fold(name) for name in (self.claimant, *self.claimant_aliases))

    def concerns(self, actor: str) -> bool:
        """Whether it is about an actor named `actor` (or so that `actor` is part of the name)
        besides its claimant: the RSF in the claim of the RSF's shelling of a camp."""
        return any(fold(actor) in fold(name) for name in self.actor_names)

    @property
    def claim_id(self) -> str:
        return self.facts.claim_id

    @property
    def quote(self) -> str:
        return self.facts.quote

    @property
    def statuses(self) -> dict[str, str]:
        """The control status it gives each of its places (place entity id -> status); a hold the
        speaker claims for its own side ("Our forces are in full control of Mocímboa da Praia") is
        its side's: the government's for state forces and officials, the attackers' for a rebel
        group, nobody's the words tell for others (a militia may fight beside the state)."""
        return held_as_told_by(self.facts.statuses, self.claimant_type)

    @property
    def annotator(self) -> str:
        return self.facts.annotator

    @property
    def span(self) -> tuple[int, int]:
        return self.facts.start, self.facts.end

    @property
    def origin(self) -> str:
        """Who the claim comes from, for counting independent sources."""
        return self.claimant_id or (f"said:{fold(self.claimant)}" if self.claimant else f"source:{self.article_source}")

    def to_dict(self) -> dict[str, object]:
        facts = self.facts
        return {
            "article_id": self.article_id,
            "article_title": self.article_title,
            "claim_id": facts.claim_id,
            "text": facts.quote,
            "date": self.when.day.isoformat() if self.when else None,
            "time_precision": self.when.precision if self.when else None,
            "date_source": self.when.source if self.when else None,
            "claimant": self.claimant,
            "claimant_type": self.claimant_type,
            "cue": facts.cue,
            "claim_type": facts.claim_type,
            "certainty": facts.certainty,
            "grade": facts.grade or None,
            "places": [name for _id, name in self.places],
            "control_status": self.statuses,
            "annotator": self.annotator,
        }


@dataclass
class Event:
    """Claims of one place and type close together in time (made by `events`, whole: what is
    read of its claims is kept)."""

    place_id: str
    place: str
    claim_type: str
    claims: list[BoardClaim] = field(default_factory=list)

    @cached_property
    def first(self) -> date | None:
        """The first day of its claims (read once the event is made: its claims do not change)."""
        days = [c.when.day for c in self.claims if c.when]
        return min(days) if days else None

    @cached_property
    def last(self) -> date | None:
        days = [c.when.day for c in self.claims if c.when]
        return max(days) if days else None

    @cached_property
    def independent_sources(self) -> int:
        """Who tells of the event, each once (a claim of a need, a lament or a plan tells of none;
        two analysts' copies of one claim are one)."""
        return sources_among([c for c in self.claims if tells_an_event(c)])

    def sides(self) -> dict[str, list[BoardClaim]]:
        """The claims by what they say of the place: who holds it ("attackers", "government"), or
        how many died ("12 dead", "40 dead"), or "denied" for a denial beside assertions; a claim
        saying nobody holds it, or no toll, is on no side."""
        return self._sides

    @cached_property
    def _sides(self) -> dict[str, list[BoardClaim]]:
        found: dict[str, list[BoardClaim]] = {}
        for claim in self.claims:
            side = self.side_of(claim)
            if side is not None:
                found.setdefault(side, []).append(claim)
        return found

    def side_of(self, claim: BoardClaim) -> str | None:
        """The side one claim of the event stands on (see `sides`): of a death toll, the one
        number it states ("12 dead"; a claim stating other numbers too takes none)."""
        if claim.facts.certainty == "negated":
            return "denied"  # its status may be what it denies or what it says instead: either side
        if self.claim_type == "casualties":  # a running total ("300 since January") tells no toll of this event
            toll = None if running_total(claim.quote) else the_toll(claim.quote)
            whose = whose_dead(claim.quote)
            return None if toll is None else f"{toll} dead ({whose})" if whose else f"{toll} dead"
        return HOLDERS.get(status_told(claim.statuses.get(self.place_id, ""), claim.claimant_type))

    def contradicted(self, claim: BoardClaim) -> bool:
        """Whether the claim is in a contradiction: linked so, or on a side of the event against
        which another source stands (a source is not set against itself: `contradictions`)."""
        if any(claim in pair for pair in self._linked):
            return True
        mine = self.side_of(claim)
        return mine is not None and any(
            not same_source(other, claim) and not self.told_in_turn(claim, other)
            for side, members in self.sides().items()
            if side != mine
            for other in members
        )

    def told_in_turn(self, one: BoardClaim, other: BoardClaim) -> bool:
        """Whether two claims of who holds the place tell one change after another (`in_turn`)."""
        return self.claim_type != "casualties" and in_turn(one, other, self.place_id)

    def contradictions(self) -> list[tuple[BoardClaim, BoardClaim]]:
        """Pairs of claims that cannot both be true: linked as contradicting, or one from each of
        two sides (for a large event, one pair per two sides: the first two of different sources;
        none where only one source stands on both)."""
        return self._contradictions

    @cached_property
    def _linked(self) -> list[tuple[BoardClaim, BoardClaim]]:
        return list(contradicting_links(self.claims))

    @cached_property
    def _contradictions(self) -> list[tuple[BoardClaim, BoardClaim]]:
        pairs = list(self._linked)
        said = {frozenset(((a.article_id, a.claim_id), (b.article_id, b.claim_id))) for a, b in pairs}
        sides = list(self.sides().values())  # tolls of different dead are not in one event (`events`)
        for i, one in enumerate(sides):
            for other in sides[i + 1 :]:
                pair = next(
                    ((a, b) for a in one for b in other if not same_source(a, b) and not self.told_in_turn(a, b)), None
                )
                # a source is not set against itself ("seized", then "denied it was retaken"); a
                # pair linked so already is said once
                if pair is not None and frozenset((c.article_id, c.claim_id) for c in pair) not in said:
                    pairs.append(pair)
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
            "sides": {side: [c.claim_id for c in claims] for side, claims in self.sides().items()},
            "contradictions": [[a.claim_id, b.claim_id] for a, b in contradictions],
            "claims": [c.to_dict() for c in self.claims],
        }


def board_claims(
    store: Store, index: ClaimsIndex | None = None, *, every_analyst: bool = False
) -> Iterator[BoardClaim]:
    """Every accepted claim of the corpus with what the board shows of it, in corpus order: from
    the claims index where it is current (`index`: one made for this reading, to ask it after
    how many articles it derived again); of an adjudicated article, its curated claims only
    (`one_version`), unless `every_analyst`."""
    index = index or ClaimsIndex(store.derived_folder())
    summaries = store.articles()
    found = index.every_article(summaries, store_reader(store))
    return claims_of(found if every_analyst else one_version(found), store.entities())


def claims_about(store: Store) -> dict[str, set[tuple[str, str]]]:
    """The claims the board counts of each place and actor: entity id -> (article id, claim id) of
    the claims about it (named by the analyst, else tagged inside; a place with what is said of it);
    an actor's own claims, as claimant, are counted where its uses are (`entities.usage`)."""
    about: dict[str, set[tuple[str, str]]] = {}
    for claim in board_claims(store):
        for entity_id in (*(place_id for place_id, _name in claim.places), *claim.facts.actor_ids):
            about.setdefault(entity_id, set()).add((claim.article_id, claim.claim_id))
    return about


@dataclass(frozen=True)
class ClaimsReading:
    """A reading of the board's claims for another thread: what it needs of the store is taken on
    the store's own thread (`of`), and `run` opens a snapshot of the store only when an article
    must be derived again (most readings find the index current and open nothing)."""

    store: Store
    summaries: list[ArticleSummary]
    entities: list[Entity]
    folder: Path | None

    @classmethod
    def of(cls, store: Store) -> ClaimsReading:
        store.flush()
        return cls(store, store.articles(), store.entities(), store.derived_folder())

    def run(self) -> list[BoardClaim]:
        snapshot: list[Store] = []

        def read(article_id: str) -> tuple[ArticleSummary, Article, list[Annotation]]:
            if not snapshot:
                snapshot.append(self.store.snapshot())
            return store_reader(snapshot[0])(article_id)

        try:
            found = ClaimsIndex(self.folder).every_article(self.summaries, read)
            return list(claims_of(one_version(found), self.entities))
        finally:
            for opened in snapshot:
                opened.close()


def claims_of(
    articles: Iterable[tuple[ArticleSummary, list[ClaimFacts]]], entities: Iterable[Entity]
) -> Iterator[BoardClaim]:
    """Board claims from the facts of each article's claims, named by the entities as they are now."""
    by_id = {e.id: e for e in entities}
    for summary, found in articles:
        for facts in found:
            claimant = by_id.get(facts.claimant_entity_id or "")
            yield BoardClaim(
                summary.id,
                summary.title,
                summary.source,
                facts,
                claimant.name if claimant else facts.claimant_words,
                claimant.details.actor_type if claimant and isinstance(claimant.details, ActorDetails) else "",
                claimant.id if claimant else None,
                tuple((i, by_id[i].name) for i in smallest_places(facts.place_ids, by_id, facts.quote)),
                facts.when,
                tuple(name for i in facts.place_ids if i in by_id for name in (by_id[i].name, *_other_names(by_id[i]))),
                claimant.details.aliases if claimant else (),
                tuple(name for i in facts.actor_ids if i in by_id for name in by_id[i].names()),
            )


def _other_names(place: Entity) -> tuple[str, ...]:
    """A place's aliases and the province it lies in: `--place "Donetsk Oblast"` finds the claims
    about its towns (a newcomer's found none: Kostiantynivka's, Kramatorsk's, Pokrovsk's)."""
    details = place.details
    province = details.province if isinstance(details, PlaceDetails) and details.province else None
    return (*details.aliases, *((province,) if province else ()))


def events(claims: Iterable[BoardClaim]) -> list[Event]:
    """The claims grouped into events (see the module), most recent first; a claim about
    several places is in the event of each; claims about no place are left out."""
    claims = list(claims)
    kinds = _linked_types(claims)
    groups: dict[tuple[str, str, str], list[BoardClaim]] = {}
    names: dict[str, str] = {}
    for claim in claims:
        for place_id, name in claim.places:
            for claim_type, dead in sorted(kinds.get((claim.claim_id, place_id), {_kind_of(claim)})):
                groups.setdefault((place_id, claim_type, dead), []).append(claim)
            names[place_id] = name
    found: list[Event] = []
    seen: set[tuple[str, str, frozenset[tuple[str, str]]]] = set()
    for (place_id, claim_type, _dead), joined in _dead_untold_joined(groups).items():
        members = list({(c.article_id, c.claim_id): c for c in joined}.values())  # a claim joined twice: once
        for told in told_together(members, WINDOW, by_the_day=claim_type == "casualties"):
            key = (place_id, claim_type, frozenset((c.article_id, c.claim_id) for c in told))
            if key not in seen:  # two tolls of other dead linked as contradicting: one event, not the same twice
                seen.add(key)
                found.append(Event(place_id, names[place_id], claim_type, told))
    for event in found:  # read here, where the grouping is done (another thread, for the board)
        event.contradictions()
    return most_recent_first(found)


def most_recent_first(found: Iterable[Event]) -> list[Event]:
    """Events by the day each row shows, its first, the latest first; then by their last day (by
    the last day alone, a two-day event sat above a later one-day event: a newcomer read "08-20,
    08-21, 08-20" as no order)."""
    return sorted(found, key=lambda e: (e.first or date.min, e.last or date.min, e.place), reverse=True)


def _dead_untold_joined(
    groups: dict[tuple[str, str, str], list[BoardClaim]],
) -> dict[tuple[str, str, str], list[BoardClaim]]:
    """Claims of deaths at one place kept apart by whose dead they count: civilians shelled in a
    camp and fighters killed repelling an assault are two events, not one told by two sources (a
    newcomer saw them counted as corroborated). A toll that does not say whose joins the one kind
    told there, or, of several, the one kind told on its day (a newcomer's "the death toll from the
    March 3 drone strike has risen to 52" stood alone, beside the strike's civilians and the
    fighters the army said it killed days later)."""
    joined = dict(groups)
    for (place_id, claim_type, dead), members in groups.items():
        if claim_type != "casualties" or dead:
            continue
        told = [key for key in groups if key[:2] == (place_id, claim_type) and key[2]]
        left = []
        for member in members:
            days = [key for key in told if len(told) == 1 or _told_on_its_day(member, groups[key])]
            if len(days) == 1:
                joined[days[0]] = [*joined[days[0]], member]
            else:
                left.append(member)
        if left:
            joined[(place_id, claim_type, dead)] = left
        else:
            del joined[(place_id, claim_type, dead)]
    return joined


def _told_on_its_day(claim: BoardClaim, others: list[BoardClaim]) -> bool:
    """Whether the text dates the claim on a day it dates one of `others` (an article's date
    tells when it was written, not which deaths it counts)."""
    day = _text_day(claim)
    return day is not None and any(_text_day(other) == day for other in others)


def _text_day(claim: BoardClaim) -> date | None:
    when = claim.when
    return when.day if when is not None and when.told_to_the_day else None


def _kind_of(claim: BoardClaim) -> tuple[str, str]:
    """What a claim is grouped by besides its place: its type and, for deaths, whose they are."""
    claim_type = claim.facts.claim_type
    return claim_type, (whose_dead(claim.quote) or "") if claim_type == "casualties" else ""


def _linked_types(claims: list[BoardClaim]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """The kinds (`_kind_of`) a claim is grouped by for a place, where the analyst linked it as
    contradicting claims of that place of another kind (either claim holding the link): it sits
    in each of their events, beside what it contradicts, marked. A denial joins what it denies
    (one typed "other" beside the capture it denies was an event of its own, unmarked; so was one
    of deaths that did not say whose, beside the shelling of civilians it denied), and stays in
    its own kind's event unless its type is "other". Two claims that assert join each other's
    events and keep their own: moving one would take it from the claims it is compared with (a
    newcomer's "its fighters had taken control" and "repelled an attack, killing 100 attackers",
    linked, were in two events, neither marked)."""
    by_id = {c.claim_id: c for c in claims}
    kinds: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for claim, other in contradicting_links(claims):
        for joining, joined in ((claim, other), (other, claim)):
            if joined.facts.certainty == "negated" or _kind_of(joining) == _kind_of(joined):
                continue  # a denial joins what it denies, not the reverse; one kind is one event
            for place_id in {p for p, _ in joining.places} & {p for p, _ in joined.places}:
                kinds.setdefault((joining.claim_id, place_id), set()).add(_kind_of(joined))
    for (claim_id, _place_id), types in kinds.items():  # its own kind's event too, but a denial's "other"
        claim = by_id[claim_id]
        own = _kind_of(claim)
        denial = claim.facts.certainty == "negated"
        if not denial or (own[0] != "other" and own[0] not in {claim_type for claim_type, _dead in types}):
            types.add(own)  # two tolls of other dead, linked, each kept its own event (helper-269: they swapped)
    return kinds


def contradicting_links(claims: Sequence[BoardClaim]) -> Iterator[tuple[BoardClaim, BoardClaim]]:
    """Each link the analyst made as contradicting between two of `claims`: (the claim holding
    the link, the claim it links to)."""
    by_key = {(c.article_id, c.claim_id): c for c in claims}
    for claim in claims:
        for link in claim.facts.links:
            other = by_key.get((link.article_id, link.annotation_id))
            if link.type == "contradicts" and other is not None:
                yield claim, other


def events_chosen(claims: list[BoardClaim], chosen: Iterable[BoardClaim]) -> list[Event]:
    """The events of all the claims that hold a chosen one, whole: a filter chooses events, it
    does not group them (a newcomer's "--actor RSF" hid the contradiction of the Mellit toll, and
    "--since" joined two events into one)."""
    wanted = {(c.article_id, c.claim_id) for c in chosen}
    return [e for e in events(claims) if any((c.article_id, c.claim_id) in wanted for c in e.claims)]

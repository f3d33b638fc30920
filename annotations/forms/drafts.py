"""What a tagging form starts with: the best guess from the text and the known entities.

The reader opens a form when the analyst presses d, a or c; everything it shows first comes
from here (and from `fields`, which adds the existing annotation and the suggestion under the
cursor), so the guesses are the same in the app and in tests, and improve in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from annotations.entities.matching import similar_entity
from annotations.model import (
    ActorDetails,
    Annotation,
    Certainty,
    ClaimAttributes,
    ClaimType,
    ControlStatus,
    Entity,
    PlaceDetails,
    PlaceKind,
    accepted_within,
)
from annotations.suggest.claimants import described_subject
from annotations.suggest.held_by_a_nation import control_status_told
from annotations.suggest.people import looks_like_a_person
from annotations.suggest.tokens import Spans
from annotations.text.actor_types import actor_type_for, kind_named_after
from annotations.text.cues import CUE_PATTERN, NEGATING_CUES, REJECTING_CUES
from annotations.text.navigation import quotation_at, sentence_at
from annotations.text.place_kinds import place_kind_from_context
from annotations.text.readings import claim_reading


@dataclass(frozen=True, slots=True)
class DistrictDraft:
    name: str
    entity: Entity | None
    details: PlaceDetails
    control_status: ControlStatus


@dataclass(frozen=True, slots=True)
class ActorDraft:
    name: str
    entity: Entity | None
    details: ActorDetails


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    cue: str
    claimant: Annotation | None
    claim_type: ClaimType
    certainty: Certainty
    places: tuple[str, ...] = field(default_factory=tuple)
    actors: tuple[str, ...] = field(default_factory=tuple)


def draft_district(text: str, start: int, end: int, entities: Sequence[Entity]) -> DistrictDraft:
    name = text[start:end].strip()
    entity = similar_entity(name, entities, "place")
    if entity is not None:
        assert isinstance(entity.details, PlaceDetails)
        details = entity.details
    else:
        kind = place_kind_from_context(text, start, end)
        known = _known_country_or_province(name) or _known_town(text, name, kind)
        details = known or PlaceDetails(place_kind=kind or "district")
        if known is not None and kind is not None and known.place_kind not in ("country", "province"):
            details = replace(known, place_kind=kind)
    status = control_status_told(text, start, end, details.country)
    return DistrictDraft(entity.name if entity else name, entity, details, status)


def _known_country_or_province(name: str) -> PlaceDetails | None:
    """A country or first-level division the built-in places know by exactly this name ("Iran"
    tagged by hand is a country, with its code), when their index is made already (a form never
    waits for it to be made)."""
    from annotations.suggest.builtin_places import builtin_gazetteer_if_made
    from annotations.suggest.placenames import name_key

    gazetteer = builtin_gazetteer_if_made()
    if gazetteer is None:
        return None
    places = gazetteer.lookup(name)
    key = name_key(name)
    for kind in ("country", "province"):
        matches = [p for p in places if p.kind == kind and key in {name_key(n) for n in p.names()}]
        if len(matches) == 1:
            return matches[0].details()
    return None


def _known_town(text: str, name: str, kind: PlaceKind | None) -> PlaceDetails | None:
    """A town the built-in places spell exactly so, in a country the article names, by name or
    nationality ("Ukrainian troops"), or the only one of that name, or a large city: its province,
    codes and point (a town tagged by hand had none, and the map export left it off)."""
    from annotations.suggest.builtin_places import builtin_gazetteer_if_made
    from annotations.suggest.place_choice import choose_place
    from annotations.suggest.told_countries import names_a_country

    gazetteer = builtin_gazetteer_if_made()
    if gazetteer is None:
        return None
    towns = [p for p in gazetteer.lookup(name) if p.kind in ("city", "village") and p.name == name]
    countries = {p.country for p in towns if p.country}
    named: set[str | None] = {c for c in countries if _named_in(text, c)}
    if not named and len(countries) == 1 and not names_a_country(text):
        named = set(countries)  # the only town of that name, in an article of no other country ("Rio"
        # in an article on Brazil is no village of Wisconsin, the only "Rio" the built-in places know)
    chosen = choose_place(towns, kind, named, name) if towns else None
    return chosen.details() if chosen is not None else None


def _named_in(text: str, country: str) -> bool:
    """Whether the text names the country, or a nationality of it (only the candidates' countries
    are looked for: a form opens within a frame)."""
    from annotations.suggest.canonical import everyday_country
    from annotations.suggest.names import DEMONYMS

    everyday = everyday_country(country)
    words = {country, everyday, *(d for d, c in DEMONYMS.items() if c in (country, everyday))}
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


def draft_actor(text: str, start: int, end: int, entities: Sequence[Entity]) -> ActorDraft:
    """What the actor form starts with for the words at start-end: a known actor of that name,
    else a new one of the type the words say; a person's name without their rank or title
    ("Captain Ibrahim Traoré" is Ibrahim Traoré: a newcomer's Enter on the name, then `a`, made a
    second actor beside the one suggested)."""
    name = re.sub(r"^(?:the|a|an)\s+", "", text[start:end].strip(), flags=re.I)
    from annotations.suggest.people import looks_like_a_person, without_titles  # loaded with the first form

    untitled = without_titles(text, start, end)
    if untitled is not None and untitled[0] > start and looks_like_a_person(text[untitled[0] : untitled[1]]):
        name = text[untitled[0] : untitled[1]]
    entity = similar_entity(name, entities, "actor")
    if entity is not None:
        assert isinstance(entity.details, ActorDetails)
        return ActorDraft(entity.name, entity, entity.details)
    from annotations.suggest.lexicon import known_actor_type  # its patterns compile on first use

    actor_type = known_actor_type(name) or actor_type_for(name)
    if actor_type == "external_other":  # "the Comando Vermelho drug gang", as its suggestion reads it
        actor_type = kind_named_after(text, name) or actor_type
    return ActorDraft(name, None, ActorDetails(actor_type=actor_type))


def find_cue(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The attribution cue nearest a claim span in its sentence(s), a quotation's taken whole:
    (cue text, offset). None in another sentence: "The claim could not be verified." is no
    claim of whoever "warned" in the next one."""
    sentence_start, sentence_end, quotation = _sentences(text, start, end)
    return _nearest_cue(text, start, end, sentence_start, sentence_end, quotation)


def _sentences(text: str, start: int, end: int) -> tuple[int, int, tuple[int, int] | None]:
    """The sentences a span is in, with those of the quotation it is in (and that quotation)."""
    sentence_start = sentence_at(text, start)[0]
    sentence_end = sentence_at(text, max(start, end - 1))[1]
    quotation = quotation_at(text, start) or quotation_at(text, max(start, end - 1))
    if quotation is not None:
        sentence_start = min(sentence_start, sentence_at(text, quotation[0])[0])
        sentence_end = max(sentence_end, sentence_at(text, quotation[1])[1])
    return sentence_start, sentence_end, quotation


def _nearest_cue(
    text: str, start: int, end: int, region_start: int, region_end: int, quotation: tuple[int, int] | None
) -> tuple[str, int] | None:
    best: tuple[int, str, int] | None = None
    said_before = False  # a cue earlier in the sentence, whose words a passive one is part of
    for match in CUE_PATTERN.finditer(text, region_start, region_end):
        if quotation is not None and quotation[0] < match.start() < quotation[1]:
            continue  # words inside the quoted speech are not its attribution
        closes = start <= match.start() and _ENDS_THE_SELECTION.fullmatch(text, match.end(), max(end, match.end()))
        if (
            match.group().lower() in REJECTING_CUES
            and not closes
            and (
                not _NAMED_FIRST.fullmatch(text, start, match.start())
                or CUE_PATTERN.search(text, match.end(), region_end) is not None  # ", residents said": theirs
            )
        ):
            continue  # "the M23 had dismissed the chief": reported, not the attribution; the sentence of
            # "Lawrence Kanyuka dismissed the claim as propaganda" is his rejection (helper-247's had no cue)
        if said_before and _PASSIVE.search(text, max(region_start, match.start() - 8), match.start()):
            continue  # "warned that famine had been confirmed in Zamzam": what was warned (helper-245's cue)
        said_before = True
        if start <= match.start() < end and not _quoted(text, start, end):
            distance = 0
        elif match.end() <= start and _THAT_OPENS.fullmatch(text, match.end(), start):
            distance = 0  # "denied that <the selection>": what was denied, whatever cue follows
        elif match.start() >= end and _AND_GOES_ON.fullmatch(text, end, match.start()):
            continue  # "… civilians and accused the army of …": the speaker's next words, not these
        elif match.start() >= end:
            distance = match.start() - max(end, quotation[1] if quotation else end)
        elif match.end() <= start:
            distance = start - match.end()
        else:
            continue  # a cue inside quoted speech is not the attribution
        if best is None or distance < best[0]:
            best = (distance, match.group(), match.start())
    if best is not None and _WHERE_SAID.match(best[1]):  # "said in a statement": the verb, not where
        verb = _WORD_BEFORE.search(text, max(region_start, best[2] - 24), best[2])  # (a newcomer's cue)
        if verb is not None and CUE_PATTERN.fullmatch(text, verb.start(1), verb.end(1)):
            return verb.group(1), verb.start(1)
    return None if best is None else (best[1], best[2])


_WHERE_SAID = re.compile(r"(?:in|on)\s", re.IGNORECASE)
"""A cue that says where something was said ("in a statement", "on Telegram"), not who said it."""
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")


_ENDS_THE_SELECTION = re.compile(r"[\s.,;:!?”’\"')]*")
_THAT_OPENS = re.compile(r"\s+that\s+")
_NAMED_FIRST = re.compile(r"(?:[A-Z][\w’'\-.]*\s+){1,4}")
"""A name opening the selection right before its cue: the speaker, inside the claim's words."""
_PASSIVE = re.compile(r"\bbeen\s+$")
"""A cue in the passive after another cue ("warned that famine had been confirmed in …") is part of
what was said, not its attribution; alone ("It has been claimed the army shelled …") it is one."""
_AND_GOES_ON = re.compile(r"\s+and\s+")


def _quoted(text: str, start: int, end: int) -> bool:
    span = text[start:end].strip()
    return span[:1] in "“\"'‘«"


_PRONOUN_SAYS = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+(?:\w+\s+)?$")
"""A pronoun as the cue's subject ("He said", "She later told"): its speaker was named before."""

SPEAKER_GAP = 60
"""How far before a cue inside a claim's selection the speaker's mention may end ("The Ta'ang
National Liberation Army, an ally of the MNDAA, said …")."""


def draft_claim(
    text: str,
    start: int,
    end: int,
    annotations: Sequence[Annotation],
) -> ClaimDraft:
    """Cue, claimant (the actor mention nearest the cue, in the claim's sentences; the one a
    clause describes before the cue: "X, which holds Y, said"), type, certainty, concerns."""
    low, high, quotation = _sentences(text, start, end)
    cue = _nearest_cue(text, start, end, low, high, quotation)  # `find_cue`, its sentences found once
    anchor = cue[1] if cue else start
    tagged = [a for a in annotations if a.kind == "actor" and a.status == "accepted"]
    actors = [a for a in tagged if low <= a.start < high]
    outside = [a for a in actors if a.end <= start or a.start >= end] or [
        a for a in actors if cue is not None and a.end <= anchor
    ]  # not one the claim's words tell of after its cue ("urged authorities to preserve …")
    if cue is not None and anchor < start:  # "X said in a statement that <its troops> … an RSF assault": X
        outside = [a for a in outside if a.end <= start] or outside  # (a newcomer's claimant was the RSF)
    claimant = min(outside, key=lambda a: _distance(a, anchor), default=None)
    if claimant is not None and _distance(claimant, anchor) > 200:
        claimant = None
    pronoun = _PRONOUN_SAYS.search(text, max(low, cue[1] - 20), cue[1]) if cue else None
    if pronoun is not None and pronoun.group(1).lower() in ("he", "she"):  # "He added: “…”": a person named before,
        people = [a for a in tagged if 0 <= pronoun.start() - a.end <= 300 and looks_like_a_person(a.quote)]
        claimant = max(people, key=lambda a: a.end, default=None) or claimant  # not the army nearer the cue
    if claimant is None and pronoun is not None:
        before = [a for a in tagged if low - 200 <= a.end <= low]  # "Mujahid spoke on Monday. He said …"
        claimant = max(before, key=lambda a: a.end, default=None)
    speakers = [a for a in actors if cue and start <= a.start and a.end <= anchor and anchor - a.end <= SPEAKER_GAP]
    if speakers:  # the selection holds "The TNLA said …": its speaker is the one right before the cue
        claimant = max(speakers, key=lambda a: a.end)
    if cue and claimant is not None:
        claimant = _described(text, actors, low, cue[1], claimant)
    if cue is None and claimant is None and quotation is not None and low > 0:
        said = _said_before(text, low, annotations)  # '"…," said Lins. "Two officers died."': Lins's too
        if said is not None:  # the speech goes on: its cue, unless one that denied the words before
            cue, claimant = (None if NEGATING_CUES.match(said.cue) else (said.cue, -1)), said.claimant
    claim_type, certainty = claim_reading(text[start:end], cue[0] if cue else "")
    inside = accepted_within(annotations, start, end)
    places = places_the_words_give(text, start, end, annotations)
    concerned = tuple(
        dict.fromkeys(
            a.entity_id
            for a in inside
            if a.kind == "actor" and a.entity_id and (claimant is None or a.entity_id != claimant.entity_id)
        )
    )
    return ClaimDraft(cue[0] if cue else "", claimant, claim_type, certainty, places, concerned)


def _said_before(text: str, low: int, annotations: Sequence[Annotation]) -> ClaimDraft | None:
    """A quotation whose sentences name no speaker goes on with the speech of the sentence before
    it: that sentence's cue and claimant, when it has both (a newcomer's second quote of a speaker
    had no claimant offered)."""
    before_start, before_end = sentence_at(text, low - 1)
    if not text[before_start:before_end].strip():
        return None
    quoted = quotation_at(text, before_start + 1)  # the words said before, without "said X" after them
    said = draft_claim(text, *(quoted or (before_start, before_end)), annotations)
    return said if said.cue and said.claimant is not None else None


def _described(
    text: str, actors: Sequence[Annotation], sentence_start: int, cue: int, claimant: Annotation
) -> Annotation:
    """The speaker a description stands between and the cue ("X, a senior official of Y, said";
    "X, which still holds Y, said"), if the nearest mention is inside that description."""
    spans = Spans((a.start, a.end) for a in actors)
    speaker = described_subject(text, spans, sentence_start, cue, (claimant.start, claimant.end))
    return next((a for a in actors if (a.start, a.end) == speaker), claimant)


def _distance(annotation: Annotation, offset: int) -> int:
    if annotation.start <= offset < annotation.end:
        return 0
    return min(abs(annotation.start - offset), abs(annotation.end - offset))


def places_the_words_give(text: str, start: int, end: int, annotations: Sequence[Annotation]) -> tuple[str, ...]:
    """The places a claim's words are about when the analyst names none, as the board files them:
    the form offers them ticked, not every place tagged inside (a newcomer's ambush "near
    Arbinda", told of a militia "backed by the junta in Ouagadougou", was filed under Ouagadougou
    once the form had saved it); and an existing claim naming none shows them ticked."""
    from annotations.claims.claim_places import ClaimPlaces  # the claims' reading, with the form

    if end <= start:
        return ()
    words = Annotation("draft", "draft", "claim", start, end, text[start:end], attributes=ClaimAttributes())
    return ClaimPlaces(text, annotations).own(words)[0]

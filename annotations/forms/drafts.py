"""What a tagging form starts with: the best guess from the text and the known entities.

The reader opens a form when the analyst presses d, a or c; everything it shows first comes
from here, so the guesses are the same in the app and in tests, and improve in one place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from annotations.model import (
    ActorDetails,
    ActorType,
    Annotation,
    Certainty,
    ClaimType,
    ControlStatus,
    Entity,
    EntityKind,
    PlaceDetails,
    PlaceKind,
)
from annotations.text.navigation import quotation_at, sentence_at

SIMILARITY_THRESHOLD = 88.0
"""rapidfuzz ratio (0-100) above which two names are taken to be the same entity."""

CUE_PATTERN = re.compile(
    r"\b(?:according to|quoted as saying|in a statement|told reporters|said|says|told|"
    r"claimed|claims|announced|announces|insisted|admitted|noted|warned|complained|"
    r"reported|reports|stated|confirmed|denied|added|urged|accused|alleged|criticized)\b",
    re.IGNORECASE,
)

_CONTROL_PATTERNS: tuple[tuple[ControlStatus, re.Pattern[str]], ...] = (
    ("retaken", re.compile(r"\b(?:retak\w*|recaptur\w*|retook|regain\w*|liberat\w*)\b", re.I)),
    ("encircled", re.compile(r"\b(?:encircl\w*|surround\w*|besieg\w*|siege)\b", re.I)),
    (
        "captured",
        re.compile(
            r"\b(?:captur\w*|seiz\w*|fell|fallen|falls|overr[au]n|took over|taken|control of|"
            r"controls|overtook)\b",
            re.I,
        ),
    ),
    ("contested", re.compile(r"\b(?:contest\w*|clash\w*|fighting|battle\w*|attack\w*)\b", re.I)),
    ("government_held", re.compile(r"\b(?:held by government|government-held|repelled)\b", re.I)),
)

_CLAIM_TYPE_PATTERNS: tuple[tuple[ClaimType, re.Pattern[str]], ...] = (
    ("surrender", re.compile(r"\bsurrender\w*\b", re.I)),
    ("casualties", re.compile(r"\b(?:killed|dead|deaths?|wounded|injured|casualt\w*)\b", re.I)),
    ("displacement", re.compile(r"\b(?:fle[de]\w*|displac\w*|refugees?|evacuat\w*)\b", re.I)),
    ("reinforcement", re.compile(r"\b(?:reinforc\w*|deploy\w*|sent troops)\b", re.I)),
    (
        "territorial_control",
        re.compile(
            r"\b(?:captur\w*|seiz\w*|fallen|fell|control\w*|took over|encircl\w*|retak\w*|"
            r"districts?)\b",
            re.I,
        ),
    ),
)

_NEGATING_CUES = re.compile(r"^(?:denied|denies|deny|rejected)$", re.I)
_CERTAINTY_PATTERNS: tuple[tuple[Certainty, re.Pattern[str]], ...] = (
    ("possible", re.compile(r"\b(?:may|might|could|possibly|perhaps)\b")),  # lowercase: not "May 1"
    ("probable", re.compile(r"\b(?:reportedly|likely|probably|apparently|believed to)\b", re.I)),
)

ACTOR_TYPE_PATTERNS: tuple[tuple[ActorType, re.Pattern[str]], ...] = (
    (
        "media",
        re.compile(r"\b(?:news|agency|press|tv|television|radio|times|post|media|reuters|afp|ap)\b", re.I),
    ),
    (
        "government_officials",
        re.compile(
            r"\b(?:officials?|ministry|minister|governor|spokes(?:man|woman|person)|mps?|"
            r"parliament\w*|speaker|lawmakers?|legislators?|president|government)\b",
            re.I,
        ),
    ),
    (
        "state_forces",
        re.compile(r"\b(?:army|forces|police|military|troops|soldiers|defen[cs]e)\b", re.I),
    ),
    (
        "rebel_group",
        re.compile(
            r"\b(?:taliban|insurgents?|militants?|rebels?|isis|islamic state|al-?qaeda|extremists?)\b",
            re.I,
        ),
    ),
    ("political_militia", re.compile(r"\b(?:militias?|mujahideen|uprising)\b", re.I)),
    ("civilians", re.compile(r"\b(?:residents?|civilians?|villagers?|refugees?)\b", re.I)),
    ("protesters", re.compile(r"\b(?:protesters?|demonstrators?)\b", re.I)),
    ("rioters", re.compile(r"\brioters?\b", re.I)),
)


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


def fold(name: str) -> str:
    """A name reduced for comparison: no accents, case, leading article or possessive."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"['’]s\b", "", plain)
    plain = re.sub(r"[^\w]+", " ", plain).strip()
    return re.sub(r"^(?:the|a|an) ", "", plain)


def similar_entity(name: str, entities: Iterable[Entity], kind: EntityKind) -> Entity | None:
    """The known entity with the same name or alias, else the most similar above threshold."""
    target = fold(name)
    if not target:
        return None
    best: tuple[float, Entity] | None = None
    for entity in entities:
        if entity.kind != kind:
            continue
        for candidate in entity.names():
            folded = fold(candidate)
            if folded == target:
                return entity
            score = fuzz.ratio(folded, target)
            if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]):
                best = (score, entity)
    return None if best is None else best[1]


def place_kind_from_context(text: str, start: int, end: int) -> PlaceKind | None:
    """ "Imam Sahib district", "province of Kunduz", "city of Maimana": the kind the text says."""
    after = text[end : end + 16].lower()
    before = text[max(0, start - 20) : start].lower()
    for kind in ("district", "province", "city", "village"):
        if re.match(rf"\s+{kind}\b", after) or re.search(rf"\b{kind} of\s+$", before):
            return kind  # type: ignore[return-value]
    if re.search(r"\bcapital(?: city)? of\s+$", before):
        return "province"
    return None


def control_status_near(text: str, start: int, end: int) -> ControlStatus:
    """The control status the sentence around a place reports, or unknown."""
    sentence_start, sentence_end = sentence_at(text, start)
    sentence = text[sentence_start:sentence_end]
    for status, pattern in _CONTROL_PATTERNS:
        if pattern.search(sentence):
            return status
    return "unknown"


def draft_district(text: str, start: int, end: int, entities: Sequence[Entity]) -> DistrictDraft:
    name = text[start:end].strip()
    entity = similar_entity(name, entities, "place")
    if entity is not None:
        assert isinstance(entity.details, PlaceDetails)
        details = entity.details
    else:
        details = PlaceDetails(place_kind=place_kind_from_context(text, start, end) or "district")
    return DistrictDraft(entity.name if entity else name, entity, details, control_status_near(text, start, end))


def actor_type_for(name: str) -> ActorType:
    for actor_type, pattern in ACTOR_TYPE_PATTERNS:
        if pattern.search(name):
            return actor_type
    return "external_other"


def draft_actor(text: str, start: int, end: int, entities: Sequence[Entity]) -> ActorDraft:
    name = re.sub(r"^(?:the|a|an)\s+", "", text[start:end].strip(), flags=re.I)
    entity = similar_entity(name, entities, "actor")
    if entity is not None:
        assert isinstance(entity.details, ActorDetails)
        return ActorDraft(entity.name, entity, entity.details)
    return ActorDraft(name, None, ActorDetails(actor_type=actor_type_for(name)))


def find_cue(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The attribution cue nearest a claim span in its sentence(s): (cue text, offset)."""
    sentence_start = sentence_at(text, start)[0]
    sentence_end = sentence_at(text, max(start, end - 1))[1]
    quotation = quotation_at(text, start) or quotation_at(text, max(start, end - 1))
    if quotation is not None:
        sentence_end = max(sentence_end, sentence_at(text, quotation[1])[1])
    return _nearest_cue(text, start, end, sentence_start, sentence_end, quotation) or _nearest_cue(
        text, start, end, max(0, start - 80), min(len(text), end + 80), quotation
    )


def _nearest_cue(
    text: str, start: int, end: int, region_start: int, region_end: int, quotation: tuple[int, int] | None
) -> tuple[str, int] | None:
    best: tuple[int, str, int] | None = None
    for match in CUE_PATTERN.finditer(text, region_start, region_end):
        if quotation is not None and quotation[0] < match.start() < quotation[1]:
            continue  # words inside the quoted speech are not its attribution
        if start <= match.start() < end and not _quoted(text, start, end):
            distance = 0
        elif match.start() >= end:
            distance = match.start() - max(end, quotation[1] if quotation else end)
        elif match.end() <= start:
            distance = start - match.end()
        else:
            continue  # a cue inside quoted speech is not the attribution
        if best is None or distance < best[0]:
            best = (distance, match.group(), match.start())
    return None if best is None else (best[1], best[2])


def _quoted(text: str, start: int, end: int) -> bool:
    span = text[start:end].strip()
    return span[:1] in "“\"'‘«"


def draft_claim(
    text: str,
    start: int,
    end: int,
    annotations: Sequence[Annotation],
) -> ClaimDraft:
    """Cue, claimant (the actor mention nearest the cue), type, certainty, what it concerns."""
    cue = find_cue(text, start, end)
    anchor = cue[1] if cue else start
    actors = [a for a in annotations if a.kind == "actor" and a.status == "accepted"]
    outside = [a for a in actors if a.end <= start or a.start >= end] or actors
    claimant = min(outside, key=lambda a: _distance(a, anchor), default=None)
    if claimant is not None and _distance(claimant, anchor) > 200:
        claimant = None
    claim_type, certainty = claim_reading(text[start:end], cue[0] if cue else "")
    inside = [a for a in annotations if a.status == "accepted" and start <= a.start and a.end <= end]
    places = tuple(dict.fromkeys(a.entity_id for a in inside if a.kind == "district" and a.entity_id))
    concerned = tuple(
        dict.fromkeys(
            a.entity_id
            for a in inside
            if a.kind == "actor" and a.entity_id and (claimant is None or a.entity_id != claimant.entity_id)
        )
    )
    return ClaimDraft(cue[0] if cue else "", claimant, claim_type, certainty, places, concerned)


def claim_reading(body: str, cue: str) -> tuple[ClaimType, Certainty]:
    """The claim type the reported content suggests, and its certainty (negated by a denial cue)."""
    claim_type: ClaimType = next((t for t, p in _CLAIM_TYPE_PATTERNS if p.search(body)), "other")
    certainty: Certainty = next((c for c, p in _CERTAINTY_PATTERNS if p.search(body)), "certain")
    if cue and _NEGATING_CUES.match(cue):
        certainty = "negated"
    return claim_type, certainty


def _distance(annotation: Annotation, offset: int) -> int:
    if annotation.start <= offset < annotation.end:
        return 0
    return min(abs(annotation.start - offset), abs(annotation.end - offset))

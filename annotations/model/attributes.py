"""What an annotation says beyond its span: one attribute record per kind, and the claim's parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from annotations.errors import ValidationError
from annotations.model.checks import (
    check_choice,
    check_ids,
    check_mapping,
    check_optional_text,
    check_text,
    clean_fields,
)
from annotations.model.vocabulary import (
    CERTAINTIES,
    CLAIM_TYPES,
    CONTROL_STATUSES,
    CREDIBILITIES,
    EVENT_SUB_TYPES,
    LINK_TYPES,
    RELIABILITIES,
    Certainty,
    ClaimType,
    ControlStatus,
    Kind,
    LinkType,
    Reliability,
)


@dataclass(frozen=True, slots=True)
class DistrictAttributes:
    """What the article says about a place: the control status it reports."""

    control_status: ControlStatus = "unknown"
    note: str = ""

    def __post_init__(self) -> None:
        check_choice(self.control_status, CONTROL_STATUSES, "control status")
        clean_fields(self, {"note": "note"}, notes=("note",))

    def to_dict(self) -> dict[str, Any]:
        return {"control_status": self.control_status, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DistrictAttributes:
        return cls(
            control_status=data.get("control_status", "unknown"),
            note=data.get("note", ""),
        )


@dataclass(frozen=True, slots=True)
class ActorAttributes:
    """An actor mention carries its meaning through its entity; only a note of its own."""

    note: str = ""

    def __post_init__(self) -> None:
        clean_fields(self, {"note": "note"}, notes=("note",))

    def to_dict(self) -> dict[str, Any]:
        return {"note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ActorAttributes:
        return cls(note=data.get("note", ""))


@dataclass(frozen=True, slots=True)
class Grade:
    """The analyst's Admiralty grade: source reliability A-F, information credibility 1-6."""

    reliability: Reliability = "F"
    credibility: int = 6

    def __post_init__(self) -> None:
        check_choice(self.reliability, RELIABILITIES, "source reliability")
        check_choice(self.credibility, CREDIBILITIES, "information credibility")

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility}"

    @classmethod
    def parse(cls, code: str) -> Grade:
        """Read a code such as `B2`."""
        code = code.strip().upper()
        if len(code) != 2 or not code[1].isdigit():
            raise ValidationError(f"grade must look like B2 (A-F then 1-6); got {code!r}")
        return cls(cast(Reliability, code[0]), int(code[1]))

    def to_dict(self) -> dict[str, Any]:
        return {"reliability": self.reliability, "credibility": self.credibility}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Grade:
        return cls(data.get("reliability", "F"), data.get("credibility", 6))


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """A claim's relation to another claim, possibly in another article."""

    type: LinkType
    article_id: str
    annotation_id: str

    def __post_init__(self) -> None:
        check_choice(self.type, LINK_TYPES, "link type")
        check_text(self.article_id, "linked article id", empty=False)
        check_text(self.annotation_id, "linked claim id", empty=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "article_id": self.article_id,
            "annotation_id": self.annotation_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimLink:
        return cls(data.get("type"), data.get("article_id"), data.get("annotation_id"))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ClaimAttributes:
    """Who asserts what: claimant, cue, type, what it concerns, certainty, grade, links."""

    claimant_annotation_id: str | None = None
    claimant_entity_id: str | None = None
    cue: str = ""
    claim_type: ClaimType = "other"
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    certainty: Certainty = "certain"
    grade: Grade | None = None
    links: tuple[ClaimLink, ...] = ()
    note: str = ""
    event_date: str | None = None
    """When the claimed event happened, as the analyst set it (an ISO date); None: resolved from
    the text and the article's date (`annotations.claims.when`)."""
    time_precision: int | None = None
    """ACLED's time precision of `event_date`: 1 the day, 2 within a week, 3 within a month."""
    event_type: str | None = None
    """The ACLED event sub-type the analyst chose ("Battles: Armed clash"); None: derived from the
    claim (`annotations.claims.events`)."""

    def __post_init__(self) -> None:
        check_event_date(self.event_date, self.time_precision)
        check_event_type(self.event_type)
        check_optional_text(self.claimant_annotation_id, "claimant annotation id")
        check_optional_text(self.claimant_entity_id, "claimant entity id")
        clean_fields(self, {"cue": "cue"})
        check_choice(self.claim_type, CLAIM_TYPES, "claim type")
        check_ids(self.places, "places")
        check_ids(self.actors, "actors")
        check_choice(self.certainty, CERTAINTIES, "certainty")
        if self.grade is not None and not isinstance(self.grade, Grade):
            raise ValidationError("grade must be a Grade")
        for link in self.links:
            if not isinstance(link, ClaimLink):
                raise ValidationError("links must be ClaimLink records")
        clean_fields(self, {"note": "note"}, notes=("note",))

    def to_dict(self) -> dict[str, Any]:
        return {
            "claimant_annotation_id": self.claimant_annotation_id,
            "claimant_entity_id": self.claimant_entity_id,
            "cue": self.cue,
            "claim_type": self.claim_type,
            "places": list(self.places),
            "actors": list(self.actors),
            "certainty": self.certainty,
            "grade": None if self.grade is None else self.grade.to_dict(),
            "links": [link.to_dict() for link in self.links],
            "note": self.note,
            "event_date": self.event_date,
            "time_precision": self.time_precision,
            "event_type": self.event_type,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimAttributes:
        grade = data.get("grade")
        links = data.get("links") or []
        if not isinstance(links, list):
            raise ValidationError("links must be a list")
        return cls(
            claimant_annotation_id=data.get("claimant_annotation_id"),
            claimant_entity_id=data.get("claimant_entity_id"),
            cue=data.get("cue", ""),
            claim_type=data.get("claim_type", "other"),
            places=check_ids(data.get("places", []), "places"),
            actors=check_ids(data.get("actors", []), "actors"),
            certainty=data.get("certainty", "certain"),
            grade=None if grade is None else Grade.from_dict(check_mapping(grade, "grade")),
            links=tuple(ClaimLink.from_dict(check_mapping(x, "link")) for x in links),
            note=data.get("note", ""),
            event_date=data.get("event_date"),
            time_precision=data.get("time_precision"),
            event_type=data.get("event_type"),
        )


def check_event_type(value: object) -> None:
    """An event type is "Type: Sub-type" from ACLED's codebook, or absent."""
    if value is None:
        return
    if value not in EVENT_SUB_TYPES:
        raise ValidationError(f"event type {value!r} is not one of ACLED's (Type: Sub-type)")


def check_event_date(event_date: object, precision: object) -> None:
    """An event date is an ISO date (YYYY-MM-DD) with a time precision of 1, 2 or 3, or absent."""
    from datetime import date

    if event_date is None:
        if precision is not None:
            raise ValidationError("a time precision needs an event date")
        return
    if not isinstance(event_date, str):
        raise ValidationError("event date must be text (YYYY-MM-DD)")
    try:
        date.fromisoformat(event_date)
    except ValueError:
        raise ValidationError(f"event date {event_date!r} is not a date (YYYY-MM-DD)") from None
    if precision is not None and (isinstance(precision, bool) or precision not in (1, 2, 3)):
        raise ValidationError("time precision must be 1 (day), 2 (week) or 3 (month)")


Attributes = DistrictAttributes | ActorAttributes | ClaimAttributes

ATTRIBUTE_CLASSES: dict[Kind, type[DistrictAttributes | ActorAttributes | ClaimAttributes]] = {
    "district": DistrictAttributes,
    "actor": ActorAttributes,
    "claim": ClaimAttributes,
}

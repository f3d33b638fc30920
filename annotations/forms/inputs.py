"""What a tagging form holds: the typed values the analyst can change, one record per kind.

A form starts from one of these (built in `fields`) and gives one back when saved (see `save`).
"""

from __future__ import annotations

from dataclasses import dataclass

from annotations.model import (
    ActorType,
    Certainty,
    ClaimLink,
    ClaimType,
    ControlStatus,
    PlaceDetails,
    PlaceKind,
)


@dataclass(frozen=True, slots=True)
class DistrictInput:
    name: str
    place_kind: PlaceKind = "district"
    province: str = ""
    country: str = ""
    code: str = ""
    control_status: ControlStatus = "unknown"
    note: str = ""
    known: PlaceDetails | None = None
    """What a gazetteer knows of the place (codes, coordinates): kept beside what the form says
    when the place is saved under the name it was proposed with (`known_name`)."""
    known_name: str = ""


@dataclass(frozen=True, slots=True)
class ActorInput:
    name: str
    actor_type: ActorType = "external_other"
    affiliation: str = ""
    note: str = ""


SUGGESTED_CLAIMANT = "suggested:"
"""A claimant chosen among the suggestions, not yet tagged: saved with the claim."""


def suggested_claimant(span: tuple[int, int]) -> str:
    """The claimant choice for the suggested actor at `span` (tagged when the claim is saved)."""
    return f"{SUGGESTED_CLAIMANT}{span[0]}:{span[1]}"


def suggested_claimant_span(choice: str | None) -> tuple[int, int] | None:
    """The span of a suggested claimant chosen in the form; None for a tagged one or none."""
    if not choice or not choice.startswith(SUGGESTED_CLAIMANT):
        return None
    start, end = choice.removeprefix(SUGGESTED_CLAIMANT).split(":")
    return int(start), int(end)


KEPT_CLAIMANT = "entity:"
"""A claimant kept by its entity alone: its mention was deleted since (saving the form must not
drop who said it; a newcomer's edit of a claim's type silently did)."""


def kept_claimant(entity_id: str) -> str:
    """The claimant choice for an entity whose mention is gone."""
    return f"{KEPT_CLAIMANT}{entity_id}"


def kept_claimant_entity(choice: str | None) -> str | None:
    """The entity of a claimant kept without its mention; None for any other choice."""
    return choice.removeprefix(KEPT_CLAIMANT) if choice and choice.startswith(KEPT_CLAIMANT) else None


@dataclass(frozen=True, slots=True)
class ClaimInput:
    cue: str = ""
    claimant_annotation_id: str | None = None
    claim_type: ClaimType = "other"
    certainty: Certainty = "certain"
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    grade: str | None = None
    links: tuple[ClaimLink, ...] = ()
    note: str = ""
    event_date: str = ""
    """The event date the analyst sets (YYYY-MM-DD); empty: read from the text."""
    event_type: str | None = None
    """ACLED's "Type: Sub-type" for the event rows; None: derived from the claim."""


FormInput = DistrictInput | ActorInput | ClaimInput


def event_date_refused(typed: str) -> str | None:
    """Why a claim form's event date is no date (a day that does not exist), or None: said in
    the form, kept open (a newcomer's whole edit was lost to "2024-13-01")."""
    from annotations.errors import ValidationError
    from annotations.text.metadata import typed_date

    try:
        typed_date(typed, "event date") if typed.strip() else None
    except ValidationError as error:
        return f"{error}: the form stays open to correct it"
    return None

"""The data model: articles, annotations and entities as validated, immutable records.

Every record converts to and from plain JSON-ready dicts (`to_dict`/`from_dict`), which is
the shape the store writes and the exports build on. Constructors validate, so a record that
exists is a record that obeys DESIGN.md.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar, cast, get_args

from annotations.errors import ValidationError

Kind = Literal["district", "actor", "claim"]
ArticleStatus = Literal["todo", "in_progress", "done"]
AnnotationStatus = Literal["accepted", "suggested"]
ControlStatus = Literal["captured", "contested", "encircled", "retaken", "government_held", "unknown"]
ClaimType = Literal[
    "territorial_control",
    "casualties",
    "surrender",
    "displacement",
    "reinforcement",
    "other",
]
Certainty = Literal["certain", "probable", "possible", "negated", "uncommitted"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
LinkType = Literal["corroborates", "contradicts"]
EntityKind = Literal["place", "actor"]
PlaceKind = Literal["country", "province", "district", "city", "village", "other"]
ActorType = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_other",
    "media",
    "government_officials",
]

KINDS: tuple[Kind, ...] = get_args(Kind)
ARTICLE_STATUSES: tuple[ArticleStatus, ...] = get_args(ArticleStatus)
ANNOTATION_STATUSES: tuple[AnnotationStatus, ...] = get_args(AnnotationStatus)
CONTROL_STATUSES: tuple[ControlStatus, ...] = get_args(ControlStatus)
CLAIM_TYPES: tuple[ClaimType, ...] = get_args(ClaimType)
CERTAINTIES: tuple[Certainty, ...] = get_args(Certainty)
RELIABILITIES: tuple[Reliability, ...] = get_args(Reliability)
CREDIBILITIES: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
LINK_TYPES: tuple[LinkType, ...] = get_args(LinkType)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
PLACE_KINDS: tuple[PlaceKind, ...] = get_args(PlaceKind)
ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)

CONTEXT_CHARS = 32
"""How many characters of prefix and suffix an annotation keeps for re-anchoring."""

T = TypeVar("T")


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id(prefix: str) -> str:
    """A fresh random identifier such as `ann_3f2a…`; the prefix tells what it names."""
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


def text_sha256(text: str) -> str:
    """The SHA-256 of the normalised text, hex; exports carry it and merges match on it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """The stable id of an article: derived from its normalised text, so re-imports match."""
    return text_sha256(text)[:16]


def _choice(value: Any, allowed: tuple[T, ...], what: str) -> T:
    if value not in allowed:
        options = ", ".join(str(a) for a in allowed)
        raise ValidationError(f"{what} must be one of {options}; got {value!r}")
    return cast(T, value)


def _text(value: Any, what: str, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text; got {type(value).__name__}")
    if not empty and not value.strip():
        raise ValidationError(f"{what} must not be empty")
    return value


def _optional_text(value: Any, what: str) -> str | None:
    return None if value is None else _text(value, what)


def _ids(values: Any, what: str) -> tuple[str, ...]:
    if not isinstance(values, (list, tuple)):
        raise ValidationError(f"{what} must be a list of ids")
    return tuple(_text(v, what, empty=False) for v in values)


# --- Annotation attributes, one class per kind ------------------------------------------


@dataclass(frozen=True, slots=True)
class DistrictAttributes:
    """What the article says about a place: the control status it reports."""

    control_status: ControlStatus = "unknown"
    note: str = ""

    def __post_init__(self) -> None:
        _choice(self.control_status, CONTROL_STATUSES, "control status")
        _text(self.note, "note")

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
        _text(self.note, "note")

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
        _choice(self.reliability, RELIABILITIES, "source reliability")
        _choice(self.credibility, CREDIBILITIES, "information credibility")

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
        _choice(self.type, LINK_TYPES, "link type")
        _text(self.article_id, "linked article id", empty=False)
        _text(self.annotation_id, "linked claim id", empty=False)

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

    def __post_init__(self) -> None:
        _optional_text(self.claimant_annotation_id, "claimant annotation id")
        _optional_text(self.claimant_entity_id, "claimant entity id")
        _text(self.cue, "cue")
        _choice(self.claim_type, CLAIM_TYPES, "claim type")
        _ids(self.places, "places")
        _ids(self.actors, "actors")
        _choice(self.certainty, CERTAINTIES, "certainty")
        if self.grade is not None and not isinstance(self.grade, Grade):
            raise ValidationError("grade must be a Grade")
        for link in self.links:
            if not isinstance(link, ClaimLink):
                raise ValidationError("links must be ClaimLink records")
        _text(self.note, "note")

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
            places=_ids(data.get("places", []), "places"),
            actors=_ids(data.get("actors", []), "actors"),
            certainty=data.get("certainty", "certain"),
            grade=None if grade is None else Grade.from_dict(_mapping(grade, "grade")),
            links=tuple(ClaimLink.from_dict(_mapping(x, "link")) for x in links),
            note=data.get("note", ""),
        )


Attributes = DistrictAttributes | ActorAttributes | ClaimAttributes

ATTRIBUTE_CLASSES: dict[Kind, type[DistrictAttributes | ActorAttributes | ClaimAttributes]] = {
    "district": DistrictAttributes,
    "actor": ActorAttributes,
    "claim": ClaimAttributes,
}


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(f"{what} must be an object")
    return value


# --- Articles ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; `text` is normalised and every offset points into it."""

    id: str
    title: str
    text: str
    source: str = ""
    published: str | None = None
    status: ArticleStatus = "todo"
    metadata: Mapping[str, Any] = field(default_factory=dict)
    imported: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        _text(self.id, "article id", empty=False)
        _text(self.title, "title")
        _text(self.text, "article text", empty=False)
        _text(self.source, "source")
        _optional_text(self.published, "published date")
        _choice(self.status, ARTICLE_STATUSES, "article status")
        _mapping(self.metadata, "metadata")

    @classmethod
    def create(
        cls,
        title: str,
        text: str,
        *,
        source: str = "",
        published: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Article:
        """A new article whose id is derived from its (already normalised) text."""
        return cls(
            id=article_id_for(text),
            title=title,
            text=text,
            source=source,
            published=published,
            metadata=dict(metadata or {}),
        )

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    def with_status(self, status: ArticleStatus) -> Article:
        return replace(self, status=status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "published": self.published,
            "status": self.status,
            "metadata": dict(self.metadata),
            "imported": self.imported,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        return cls(
            id=data.get("id"),  # type: ignore[arg-type]
            title=data.get("title", ""),
            text=data.get("text"),  # type: ignore[arg-type]
            source=data.get("source", ""),
            published=data.get("published"),
            status=data.get("status", "todo"),
            metadata=dict(_mapping(data.get("metadata", {}), "metadata")),
            imported=data.get("imported") or now_iso(),
        )


# --- Annotations ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Annotation:
    """A span of an article tagged as a district, actor or claim.

    `start`/`end` are half-open code-point offsets into the article text; `quote`,
    `prefix` and `suffix` repeat the text so the span can be found again if offsets break.
    """

    id: str
    article_id: str
    kind: Kind
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    entity_id: str | None = None
    attributes: Attributes = field(default_factory=ActorAttributes)
    status: AnnotationStatus = "accepted"
    annotator: str = ""
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        _text(self.id, "annotation id", empty=False)
        _text(self.article_id, "article id", empty=False)
        _choice(self.kind, KINDS, "annotation kind")
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValidationError(f"{name} must be a whole number >= 0; got {value!r}")
        if self.end <= self.start:
            raise ValidationError(f"annotation {self.id}: end ({self.end}) must be after start ({self.start})")
        if len(self.quote) != self.end - self.start:
            raise ValidationError(
                f"annotation {self.id}: quote has {len(self.quote)} characters "
                f"but the span {self.start}-{self.end} has {self.end - self.start}"
            )
        _text(self.prefix, "prefix")
        _text(self.suffix, "suffix")
        _optional_text(self.entity_id, "entity id")
        expected = ATTRIBUTE_CLASSES[self.kind]
        if not isinstance(self.attributes, expected):
            raise ValidationError(
                f"annotation {self.id}: a {self.kind} needs {expected.__name__}, not {type(self.attributes).__name__}"
            )
        _choice(self.status, ANNOTATION_STATUSES, "annotation status")
        _text(self.annotator, "annotator")

    @classmethod
    def create(
        cls,
        article: Article,
        kind: Kind,
        start: int,
        end: int,
        *,
        entity_id: str | None = None,
        attributes: Attributes | None = None,
        status: AnnotationStatus = "accepted",
        annotator: str = "",
        id: str | None = None,
    ) -> Annotation:
        """A new annotation on `article`; quote and context are taken from its text."""
        _choice(kind, KINDS, "annotation kind")
        check_span(article.text, start, end)
        stamp = now_iso()
        return cls(
            id=id or new_id("ann"),
            article_id=article.id,
            kind=kind,
            start=start,
            end=end,
            quote=article.text[start:end],
            prefix=article.text[max(0, start - CONTEXT_CHARS) : start],
            suffix=article.text[end : end + CONTEXT_CHARS],
            entity_id=entity_id,
            attributes=attributes if attributes is not None else ATTRIBUTE_CLASSES[kind](),
            status=status,
            annotator=annotator,
            created=stamp,
            modified=stamp,
        )

    def validate_against(self, article: Article) -> None:
        """Raise ValidationError unless this annotation fits `article`'s text exactly."""
        if self.article_id != article.id:
            raise ValidationError(f"annotation {self.id} belongs to article {self.article_id}, not {article.id}")
        check_span(article.text, self.start, self.end)
        actual = article.text[self.start : self.end]
        if actual != self.quote:
            raise ValidationError(
                f"annotation {self.id}: quote {self.quote!r} does not match the text "
                f"{actual!r} at {self.start}-{self.end}"
            )

    def edited(self, **changes: Any) -> Annotation:
        """A copy with `changes` applied and `modified` set to now."""
        return replace(self, modified=now_iso(), **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "entity_id": self.entity_id,
            "attributes": self.attributes.to_dict(),
            "status": self.status,
            "annotator": self.annotator,
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        kind = _choice(data.get("kind"), KINDS, "annotation kind")
        attributes = ATTRIBUTE_CLASSES[kind].from_dict(_mapping(data.get("attributes") or {}, "attributes"))
        created, modified = data.get("created"), data.get("modified")
        if not created or not modified:
            created = created or now_iso()
            modified = modified or created
        return cls(
            id=data.get("id"),  # type: ignore[arg-type]
            article_id=data.get("article_id"),  # type: ignore[arg-type]
            kind=kind,
            start=data.get("start"),  # type: ignore[arg-type]
            end=data.get("end"),  # type: ignore[arg-type]
            quote=data.get("quote"),  # type: ignore[arg-type]
            prefix=data.get("prefix", ""),
            suffix=data.get("suffix", ""),
            entity_id=data.get("entity_id"),
            attributes=attributes,
            status=data.get("status", "accepted"),
            annotator=data.get("annotator", ""),
            created=created,
            modified=modified,
        )


def check_span(text: str, start: int, end: int) -> None:
    """Raise ValidationError unless `start`-`end` is a non-empty span inside `text`."""
    if not (0 <= start < end <= len(text)):
        raise ValidationError(f"span {start}-{end} is not inside the text (0-{len(text)}) or is empty")


# --- Entities ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaceDetails:
    """Where a place sits: its kind, province, country, codes and coordinates."""

    place_kind: PlaceKind = "other"
    province: str | None = None
    country: str | None = None
    codes: Mapping[str, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    source: str = ""

    def __post_init__(self) -> None:
        _choice(self.place_kind, PLACE_KINDS, "place kind")
        _optional_text(self.province, "province")
        _optional_text(self.country, "country")
        for key, value in _mapping(self.codes, "codes").items():
            _text(key, "code name", empty=False)
            _text(value, f"code {key}", empty=False)
        for name, bound in (("latitude", 90.0), ("longitude", 180.0)):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ValidationError(f"{name} must be a number; got {value!r}")
            if not -bound <= value <= bound:
                raise ValidationError(f"{name} must be within ±{bound:g}; got {value}")
        _text(self.source, "gazetteer source")

    def to_dict(self) -> dict[str, Any]:
        return {
            "place_kind": self.place_kind,
            "province": self.province,
            "country": self.country,
            "codes": dict(self.codes),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlaceDetails:
        return cls(
            place_kind=data.get("place_kind", "other"),
            province=data.get("province"),
            country=data.get("country"),
            codes=dict(_mapping(data.get("codes") or {}, "codes")),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            source=data.get("source", ""),
        )


@dataclass(frozen=True, slots=True)
class ActorDetails:
    """What kind of actor this is (ACLED families plus media and officials) and its names."""

    actor_type: ActorType = "external_other"
    affiliation: str = ""
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _choice(self.actor_type, ACTOR_TYPES, "actor type")
        _text(self.affiliation, "affiliation")
        if not isinstance(self.aliases, tuple):
            raise ValidationError("aliases must be a tuple of names")
        for alias in self.aliases:
            _text(alias, "alias", empty=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_type": self.actor_type,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ActorDetails:
        aliases = data.get("aliases") or []
        if not isinstance(aliases, list):
            raise ValidationError("aliases must be a list of names")
        return cls(
            actor_type=data.get("actor_type", "external_other"),
            affiliation=data.get("affiliation", ""),
            aliases=tuple(aliases),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical place or actor that mentions across articles point to."""

    id: str
    kind: EntityKind
    name: str
    details: PlaceDetails | ActorDetails
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        _text(self.id, "entity id", empty=False)
        _choice(self.kind, ENTITY_KINDS, "entity kind")
        _text(self.name, "entity name", empty=False)
        expected = PlaceDetails if self.kind == "place" else ActorDetails
        if not isinstance(self.details, expected):
            raise ValidationError(f"a {self.kind} entity needs {expected.__name__}")

    @classmethod
    def place(cls, name: str, details: PlaceDetails | None = None, *, id: str | None = None) -> Entity:
        return cls(id or new_id("place"), "place", name, details or PlaceDetails())

    @classmethod
    def actor(cls, name: str, details: ActorDetails | None = None, *, id: str | None = None) -> Entity:
        return cls(id or new_id("actor"), "actor", name, details or ActorDetails())

    def names(self) -> Iterable[str]:
        """The canonical name and every alias."""
        yield self.name
        if isinstance(self.details, ActorDetails):
            yield from self.details.aliases

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "details": self.details.to_dict(),
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        kind = _choice(data.get("kind"), ENTITY_KINDS, "entity kind")
        raw = _mapping(data.get("details") or {}, "details")
        details: PlaceDetails | ActorDetails = (
            PlaceDetails.from_dict(raw) if kind == "place" else ActorDetails.from_dict(raw)
        )
        stamp = now_iso()
        return cls(
            id=data.get("id"),  # type: ignore[arg-type]
            kind=kind,
            name=data.get("name"),  # type: ignore[arg-type]
            details=details,
            created=data.get("created") or stamp,
            modified=data.get("modified") or stamp,
        )

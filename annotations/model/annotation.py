"""An annotation: a span of an article tagged as a district, actor or claim."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from annotations.errors import ValidationError
from annotations.model.article import Article
from annotations.model.attributes import ATTRIBUTE_CLASSES, ActorAttributes, Attributes
from annotations.model.checks import check_choice, check_mapping, check_optional_text, check_text, clean_fields
from annotations.model.identity import new_id, now_iso
from annotations.model.vocabulary import (
    ANNOTATION_STATUSES,
    CONTEXT_CHARS,
    KINDS,
    AnnotationStatus,
    Kind,
)


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
        check_text(self.id, "annotation id", empty=False)
        check_text(self.article_id, "article id", empty=False)
        check_choice(self.kind, KINDS, "annotation kind")
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
        check_text(self.prefix, "prefix")
        check_text(self.suffix, "suffix")
        check_optional_text(self.entity_id, "entity id")
        expected = ATTRIBUTE_CLASSES[self.kind]
        if not isinstance(self.attributes, expected):
            raise ValidationError(
                f"annotation {self.id}: a {self.kind} needs {expected.__name__}, not {type(self.attributes).__name__}"
            )
        check_choice(self.status, ANNOTATION_STATUSES, "annotation status")
        clean_fields(self, {"annotator": "annotator"})

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
        check_choice(kind, KINDS, "annotation kind")
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

    def moved(self, article: Article, start: int, end: int) -> Annotation:
        """The annotation over another span of its article's text (the analyst grew or shrank
        it), its quote and context taken from there."""
        check_span(article.text, start, end)
        return self.edited(
            start=start,
            end=end,
            quote=article.text[start:end],
            prefix=article.text[max(0, start - CONTEXT_CHARS) : start],
            suffix=article.text[end : end + CONTEXT_CHARS],
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
        kind = check_choice(data.get("kind"), KINDS, "annotation kind")
        attributes = ATTRIBUTE_CLASSES[kind].from_dict(check_mapping(data.get("attributes") or {}, "attributes"))
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


def accepted_within(
    annotations: Iterable[Annotation], start: int, end: int, kind: Kind | None = None
) -> list[Annotation]:
    """The accepted annotations (of `kind`, if given) whose words lie inside `start`-`end`: what
    a claim's own words tag, read by its form, its event and the claims index alike."""
    return [
        a for a in annotations
        if a.status == "accepted" and start <= a.start and a.end <= end and (kind is None or a.kind == kind)
    ]  # fmt: skip

"""An article: normalised text that every offset points into, with its title, source and status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.model.checks import check_choice, check_mapping, check_text, clean_fields
from annotations.model.identity import article_id_for, now_iso, text_sha256
from annotations.model.vocabulary import ARTICLE_STATUSES, ArticleStatus
from annotations.text.normalize import clean_metadata


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
        check_text(self.id, "article id", empty=False)
        check_text(self.text, "article text", empty=False)
        clean_fields(
            self, {"title": "title", "source": "source", "published": "published date"}, optional=("published",)
        )
        check_choice(self.status, ARTICLE_STATUSES, "article status")
        metadata = check_mapping(self.metadata, "metadata")
        cleaned = clean_metadata(metadata)
        if cleaned != metadata:
            object.__setattr__(self, "metadata", cleaned)

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
            metadata=dict(check_mapping(data.get("metadata", {}), "metadata")),
            imported=data.get("imported") or now_iso(),
        )

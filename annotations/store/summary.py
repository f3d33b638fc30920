"""An article as the catalog holds it: everything but the text, plus counts per kind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.model import ArticleStatus
from annotations.text.normalize import clean_line


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """Listing articles never loads their text: the library and `list` read these."""

    id: str
    title: str
    source: str
    published: str | None
    status: ArticleStatus
    chars: int
    sha256: str
    order: int
    imported: str
    counts: Mapping[str, int] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return int(self.counts.get(kind, 0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "status": self.status,
            "chars": self.chars,
            "sha256": self.sha256,
            "order": self.order,
            "imported": self.imported,
            "counts": dict(self.counts),
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleSummary:
        return cls(
            id=data["id"],
            title=clean_line(data["title"]),
            source=clean_line(data.get("source", "")),
            published=data.get("published"),
            status=data.get("status", "todo"),
            chars=int(data.get("chars", 0)),
            sha256=data.get("sha256", ""),
            order=int(data.get("order", 0)),
            imported=data.get("imported", ""),
            counts=dict(data.get("counts", {})),
            metadata=dict(data.get("metadata", {})),
        )

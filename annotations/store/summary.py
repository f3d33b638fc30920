"""An article as the catalog holds it: everything but the text, plus counts per kind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.errors import ValidationError
from annotations.model import ARTICLE_STATUSES, ArticleStatus
from annotations.text.normalize import clean_line, clean_metadata


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
    rejected: tuple[str, ...] = ()
    """The suggestion keys rejected in this article, so the corpus's rejections are counted
    without opening every article (suggestions rejected elsewhere are proposed less)."""
    revision: str = ""
    """A new token whenever the article's annotations change, so what is derived from them (the
    claims index) knows when to derive again; "" from a Fieldmark that kept none."""

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
            "rejected": list(self.rejected),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleSummary:
        """A catalog record; ValidationError when it does not have the catalog's shape."""
        ident, title = data.get("id"), data.get("title")
        if not isinstance(ident, str) or not ident or not isinstance(title, str):
            raise ValidationError("a catalog record needs an id and a title")
        counts, metadata = data.get("counts", {}), data.get("metadata", {})
        if not _is_mapping(counts) or not _is_mapping(metadata):
            raise ValidationError("counts and metadata must be objects")
        status = data.get("status", "todo")
        if status not in ARTICLE_STATUSES:
            raise ValidationError(f"status {status!r} is not one of {', '.join(ARTICLE_STATUSES)}")
        try:
            numbers = {k: _whole(v) for k, v in counts.items()}
            chars, order = _whole(data.get("chars", 0)), _whole(data.get("order", 0))
        except (TypeError, ValueError):
            raise ValidationError("counts, chars and order must be whole numbers") from None
        return cls(
            id=ident,
            title=clean_line(title),
            source=clean_line(str(data.get("source") or "")),
            published=data.get("published") if isinstance(data.get("published"), str) else None,
            status=status,
            chars=chars,
            sha256=str(data.get("sha256", "")),
            order=order,
            imported=str(data.get("imported", "")),
            counts=numbers,
            metadata=clean_metadata(metadata),
            rejected=tuple(str(k) for k in data.get("rejected") or () if isinstance(k, str)),
            revision=str(data.get("revision") or ""),
        )


def _is_mapping(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping)  # a stored record's are dicts: no ABC asked


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return value

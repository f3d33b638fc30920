"""What this analyst's own steps changed of articles' catalog rows since they were last read from
the server: while it is away, rows read earlier are shown as those steps left them (helper-256: an
article marked done said "todo" again, a second rejection or a corrected source started from
the rows of before the first and was refused when sent)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from annotations.store.changes import Change


class ToldHere:
    """Per article, the catalog fields own steps set and the counts they moved, since its row was
    last read while the server answered."""

    def __init__(self) -> None:
        self._fields: dict[str, dict[str, Any]] = {}
        self._counts: dict[str, Counter[str]] = {}

    def saw(self, change: Change) -> None:
        """Keep what one of this analyst's changes did to its article's row."""
        after = change.after or {}
        if change.record == "status":
            self._fields.setdefault(change.id, {})["status"] = after.get("status")
        elif change.record == "rejections":
            self._fields.setdefault(change.id, {})["rejected"] = list(after.get("keys", ()))
        elif change.record == "details":
            self._fields.setdefault(change.id, {}).update({k: after[k] for k in ("published", "source") if k in after})
        elif change.record == "annotation" and change.article_id is not None:
            counts = self._counts.setdefault(change.article_id, Counter())
            for record, moved in ((change.before, -1), (change.after, 1)):
                if record is not None:
                    counts[_counted_as(record)] += moved

    def read_afresh(self, article_ids: list[str]) -> None:
        """Rows the server gave just now: they hold every step sent before."""
        for article_id in article_ids:
            self._fields.pop(article_id, None)
            self._counts.pop(article_id, None)

    def as_left(self, row: dict[str, Any]) -> dict[str, Any]:
        """A row read before some of this analyst's steps, as they left it."""
        fields, moved = self._fields.get(row["id"]), self._counts.get(row["id"])
        if not fields and not moved:
            return row
        row = {**row, **(fields or {})}
        if moved:
            counts = Counter(row.get("counts") or {})
            counts.update(moved)
            row["counts"] = {kind: max(0, number) for kind, number in counts.items()}
        return row


def _counted_as(record: dict[str, Any]) -> str:
    """The catalog's count an annotation is in (`refresh_counts`): its kind when accepted."""
    return str(record.get("kind")) if record.get("status") == "accepted" else "suggested"

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
        self._latest: dict[str, dict[str, Any]] = {}
        """Per article, its row as the server last gave it, by whichever read: fresher than any row
        kept for another query (the pane's read of one article after the library's of all)."""
        self._moved: dict[str, dict[str, list[str | None]]] = {}
        """Per article, per annotation: the count it was in when first changed here, and now (one
        step seen twice, kept while away and then sent, moves the counts once: a review)."""

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
            moved = self._moved.setdefault(change.article_id, {})
            was = moved.setdefault(change.id, [_counted_as(change.before), None])
            was[1] = _counted_as(change.after)

    def read_afresh(self, rows: list[dict[str, Any]]) -> None:
        """Rows the server gave just now: they hold every step sent before."""
        for row in rows:
            self._latest[row["id"]] = row
            self.forget(row["id"])

    def forget(self, article_id: str) -> None:
        """What own steps did to an article's row, no longer to be laid over it."""
        self._fields.pop(article_id, None)
        self._moved.pop(article_id, None)

    def as_left(self, row: dict[str, Any]) -> dict[str, Any]:
        """A row kept from an earlier read, as the server last gave it and this analyst's steps
        since left it."""
        row = self._latest.get(row["id"], row)
        fields, moved = self._fields.get(row["id"]), self._moved.get(row["id"])
        if not fields and not moved:
            return row
        row = {**row, **(fields or {})}
        if moved:
            counts = Counter(row.get("counts") or {})
            for before, after in list(moved.values()):
                if before is not None:
                    counts[before] -= 1
                if after is not None:
                    counts[after] += 1
            row["counts"] = {kind: max(0, number) for kind, number in counts.items()}
        return row


def _counted_as(record: dict[str, Any] | None) -> str | None:
    """The catalog's count an annotation is in (`refresh_counts`): its kind when accepted."""
    if record is None:
        return None
    return str(record.get("kind")) if record.get("status") == "accepted" else "suggested"

"""Undoable changes, as every backend records them: each record's before and after.

A step the analyst can undo (`Entry`) is a label and the record changes it made (`Change`).
Undo applies the inverse of each change in reverse order; redo applies them again. The shape
is the same whatever stores it, so the app and the tests speak of changes, not of files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

RecordKind = Literal["annotation", "entity", "status", "rejections", "details"]
RECORD_KINDS: tuple[RecordKind, ...] = get_args(RecordKind)
"""What a change touches: an annotation, an entity, an article's status, or the suggestions
rejected in one article (`{"keys": [...]}`)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One record's before and after (None when it did not or no longer exists)."""

    record: RecordKind
    id: str
    article_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> Change:
        return Change(self.record, self.id, self.article_id, self.after, self.before)

    def to_json(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "id": self.id,
            "article_id": self.article_id,
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """ValueError when `data` is not a change of a known record."""
        if not isinstance(data, dict) or data.get("record") not in RECORD_KINDS or not isinstance(data.get("id"), str):
            raise ValueError(f"not a change of a known record: {data!r:.80}")
        before, after, article_id = data.get("before"), data.get("after"), data.get("article_id")
        if not all(side is None or isinstance(side, dict) for side in (before, after)):
            raise ValueError("a change's before and after must be records or nothing")
        if article_id is not None and not isinstance(article_id, str):
            raise ValueError("a change's article id must be text")
        return cls(data["record"], data["id"], article_id, before, after)


@dataclass(frozen=True, slots=True)
class Entry:
    """One undoable step: a label for people and the changes it made."""

    seq: int
    label: str
    time: str
    changes: tuple[Change, ...]

    @property
    def kept_here(self) -> bool:
        """A step kept on this machine until the server takes it (the server numbers the steps it
        holds; one kept here has none): said as kept, not as saved."""
        return self.seq < 0

    def inverse_changes(self) -> tuple[Change, ...]:
        return tuple(change.inverse() for change in reversed(self.changes))

    def first_offset(self, article_id: str, *, undone: bool = False) -> int | None:
        """Where in the article the step's first annotation change is in the text, as applied
        (`undone`: its inverse): the reader goes there after undo or redo (the earliest: an undone
        `Y` left the cursor on the last of its mentions, and the next `y` there skipped the rest)."""
        starts = []
        for change in self.inverse_changes() if undone else self.changes:
            record = change.after or change.before
            if change.record == "annotation" and change.article_id == article_id and record is not None:
                start = record.get("start")
                if isinstance(start, int):
                    starts.append(start)
        return min(starts, default=None)

    @property
    def annotators(self) -> frozenset[str]:
        """Whose annotations the step made, changed or removed: in a folder several analysts
        annotate in turn, and an undo takes back whoever's step came last."""
        records = (
            record
            for change in self.changes
            if change.record == "annotation"
            for record in (change.after, change.before)
        )
        return frozenset(str(record["annotator"]) for record in records if record and record.get("annotator"))

    @property
    def article_ids(self) -> list[str]:
        """The articles this step touched, in the order it touched them."""
        return list(dict.fromkeys(c.article_id for c in self.changes if c.article_id))

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "label": self.label,
            "time": self.time,
            "changes": [change.to_json() for change in self.changes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        """ValueError when `data` does not have the shape of an undo step."""
        seq, label, time, changes = (data.get(k) for k in ("seq", "label", "time", "changes"))
        if not isinstance(seq, int) or not isinstance(label, str) or not isinstance(changes, list):
            raise ValueError(f"not an undo step: {data!r:.80}")
        return cls(seq, label, str(time or ""), tuple(Change.from_json(c) for c in changes))

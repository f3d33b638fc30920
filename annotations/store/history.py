"""The analyst's undo/redo history, kept on disk so it survives a restart.

Every change to the data is a list of record changes (before and after of each record).
Undo applies the inverse; redo applies it again. Entries live in block files of 16 so saving
one entry costs the same whatever the history's length; the oldest blocks are dropped past
`HISTORY_LIMIT` entries. A small state document holds where the analyst stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from annotations.model import now_iso
from annotations.store.tinyfiles import FileSet, Op

RecordKind = Literal["annotation", "entity", "status", "setting"]

BLOCK_SIZE = 16
HISTORY_LIMIT = 5000
STATE_FILE = "state.json"
STATE_TABLE = "state"
HISTORY_KEY = "history"


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
        return cls(data["record"], data["id"], data["article_id"], data["before"], data["after"])


@dataclass(frozen=True, slots=True)
class Entry:
    """One undoable step: a label for people and the changes it made."""

    seq: int
    label: str
    time: str
    changes: tuple[Change, ...]

    def inverse_changes(self) -> tuple[Change, ...]:
        return tuple(change.inverse() for change in reversed(self.changes))

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "label": self.label,
            "time": self.time,
            "changes": [change.to_json() for change in self.changes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        return cls(
            data["seq"],
            data["label"],
            data["time"],
            tuple(Change.from_json(c) for c in data["changes"]),
        )


def block_file(seq: int) -> str:
    return f"history/{seq // BLOCK_SIZE:08d}.json"


class History:
    """Linear undo history: entries `first`..`top` are stored, `pos` is the last applied."""

    def __init__(self, files: FileSet, limit: int = HISTORY_LIMIT) -> None:
        self._files = files
        self.limit = limit
        state = files.documents(STATE_FILE, STATE_TABLE).get(HISTORY_KEY, {})
        self.pos: int = int(state.get("pos", 0))
        self.top: int = int(state.get("top", 0))
        self.first: int = int(state.get("first", 1))
        # Entries written or dropped in this session, ahead of the writer thread.
        self._recent: dict[int, Entry | None] = {}

    @property
    def can_undo(self) -> bool:
        return self.pos >= self.first and self.pos > 0

    @property
    def can_redo(self) -> bool:
        return self.top > self.pos

    def entry(self, seq: int) -> Entry | None:
        if seq in self._recent:
            return self._recent[seq]
        if not self.first <= seq <= self.top:
            return None
        doc = self._files.documents(block_file(seq), "entries").get(str(seq))
        return None if doc is None else Entry.from_json(doc)

    def peek_undo(self) -> Entry | None:
        return self.entry(self.pos) if self.can_undo else None

    def peek_redo(self) -> Entry | None:
        return self.entry(self.pos + 1) if self.can_redo else None

    def record(self, label: str, changes: Sequence[Change]) -> tuple[Entry, list[Op]]:
        """A new entry after the current position; anything that could be redone is dropped."""
        ops = []
        for dropped in range(self.pos + 1, self.top + 1):
            ops.append(Op(block_file(dropped), "entries", str(dropped)))
            self._recent[dropped] = None
        seq = self.pos + 1
        entry = Entry(seq, label, now_iso(), tuple(changes))
        self._recent[seq] = entry
        ops.append(Op(block_file(seq), "entries", str(seq), entry.to_json()))
        self.pos = self.top = seq
        ops.extend(self._trim())
        ops.append(self._state_op())
        return entry, ops

    def step_back(self) -> list[Op]:
        """Move before the entry just undone."""
        self.pos -= 1
        return [self._state_op()]

    def step_forward(self) -> list[Op]:
        """Move past the entry just redone."""
        self.pos += 1
        return [self._state_op()]

    def reset(self) -> list[Op]:
        """Forget every entry (repair of a damaged history): undo starts afresh from here."""
        blocks = {block_file(seq) for seq in range(max(self.first, 1), self.top + 1)}
        ops = [Op(path) for path in sorted(blocks)]
        self._recent = {seq: None for seq in range(max(self.first, 1), self.top + 1)}
        self.pos, self.top, self.first = 0, 0, 1
        ops.append(self._state_op())
        return ops

    def _trim(self) -> list[Op]:
        """Drop whole blocks once the history holds a block more than its limit."""
        ops: list[Op] = []
        while self.top - self.first + 1 > self.limit + BLOCK_SIZE:
            block_start = (self.first // BLOCK_SIZE) * BLOCK_SIZE
            ops.append(Op(block_file(self.first)))
            for seq in range(self.first, block_start + BLOCK_SIZE):
                self._recent.pop(seq, None)
            self.first = block_start + BLOCK_SIZE
        return ops

    def _state_op(self) -> Op:
        return Op(
            STATE_FILE,
            STATE_TABLE,
            HISTORY_KEY,
            {"pos": self.pos, "top": self.top, "first": self.first},
        )

"""The analyst's undo/redo history, kept on disk so it survives a restart.

Every change to the data is a list of record changes (before and after of each record).
Undo applies the inverse; redo applies it again. Entries live in block files of 16 so saving
one entry costs the same whatever the history's length; an entry of more than `APART_CHANGES`
changes (an import, a merge) is kept in a file of its own, its block holding only a pointer, so
that the entries saved after it do not rewrite it. The oldest blocks are dropped past
`HISTORY_LIMIT` entries. A small state document holds where the analyst stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotations.errors import CorruptDatabaseError
from annotations.model import now_iso
from annotations.store.changes import Change, Entry
from annotations.store.layout import (
    ENTRIES_TABLE,
    HISTORY_BLOCK,
    STATE_FILE,
    STATE_TABLE,
    history_apart_file,
    history_file,
    is_layout_path,
)
from annotations.store.tinyfiles import FileSet, Op

BLOCK_SIZE = HISTORY_BLOCK
HISTORY_LIMIT = 5000
HISTORY_KEY = "history"
APART_CHANGES = 64
"""An entry of more changes than this is kept in a file of its own."""
APART_KEY = "apart"


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(value)
    return value


class History:
    """Linear undo history: entries `first`..`top` are stored, `pos` is the last applied."""

    def __init__(self, files: FileSet, limit: int = HISTORY_LIMIT) -> None:
        self._files = files
        self.limit = limit
        state = files.documents(STATE_FILE, STATE_TABLE).get(HISTORY_KEY, {})
        try:
            self.pos = _whole(state.get("pos", 0))
            self.top = _whole(state.get("top", 0))
            self.first = _whole(state.get("first", 1))
        except ValueError:
            reason = f"history position is not numbers: {state}"
            if not files.salvage:
                raise CorruptDatabaseError(files.root / STATE_FILE, reason) from None
            files.damaged.setdefault(STATE_FILE, reason)
            self.pos, self.top, self.first = 0, 0, 1
        # Entries written or dropped in this session, ahead of the writer thread.
        self._recent: dict[int, Entry | None] = {}

    @property
    def can_undo(self) -> bool:
        return self.pos >= self.first and self.pos > 0

    @property
    def can_redo(self) -> bool:
        return self.top > self.pos

    def entry(self, seq: int) -> Entry | None:
        """The stored step `seq` (None if there is none); CorruptDatabaseError if it is damaged."""
        if seq in self._recent:
            return self._recent[seq]
        if not self.first <= seq <= self.top:
            return None
        where = history_file(seq)
        doc = self._files.documents(where, ENTRIES_TABLE).get(str(seq))
        if doc is not None and doc.get(APART_KEY) is True:
            where = history_apart_file(seq)
            doc = self._files.documents(where, ENTRIES_TABLE).get(str(seq)) if self._files.exists(where) else None
        if doc is None:
            return None
        try:
            return Entry.from_json(doc)
        except ValueError as error:
            raise CorruptDatabaseError(self._files.root / where, f"entry {seq}: {error}") from None

    def problems(self) -> list[str]:
        """What is wrong with the stored history: a position outside it, entries missing."""
        if not 0 <= self.pos <= self.top:
            return [f"position {self.pos} outside 0-{self.top}"]
        found = []
        for seq in range(max(self.first, 1), self.top + 1):
            try:
                if self.entry(seq) is None:
                    found.append(f"entry {seq} is missing")
            except CorruptDatabaseError as error:
                found.append(f"entry {seq} is damaged ({error.reason})")
        return found

    def peek_undo(self) -> Entry | None:
        return self.entry(self.pos) if self.can_undo else None

    def peek_redo(self) -> Entry | None:
        return self.entry(self.pos + 1) if self.can_redo else None

    def record(self, label: str, changes: Sequence[Change]) -> tuple[Entry, list[Op]]:
        """A new entry after the current position; anything that could be redone is dropped."""
        ops = []
        for dropped in range(self.pos + 1, self.top + 1):
            ops += self._dropped(dropped)
            self._recent[dropped] = None
        seq = self.pos + 1
        entry = Entry(seq, label, now_iso(), tuple(changes))
        self._recent[seq] = entry
        if len(changes) > APART_CHANGES:
            ops.append(Op(history_apart_file(seq), ENTRIES_TABLE, str(seq), entry.to_json()))
            ops.append(Op(history_file(seq), ENTRIES_TABLE, str(seq), {APART_KEY: True}))
        else:
            ops.append(Op(history_file(seq), ENTRIES_TABLE, str(seq), entry.to_json()))
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

    def _dropped(self, seq: int) -> list[Op]:
        """The operations that drop one entry (and its own file, if it has one)."""
        ops = [Op(history_file(seq), ENTRIES_TABLE, str(seq))]
        if self._is_apart(seq):
            ops.append(Op(history_apart_file(seq)))
        return ops

    def _is_apart(self, seq: int) -> bool:
        """Whether entry `seq` has a file of its own (one recorded in this session may not be
        written yet: its size says)."""
        if seq in self._recent:
            entry = self._recent[seq]
            return entry is not None and len(entry.changes) > APART_CHANGES
        doc = self._files.documents(history_file(seq), ENTRIES_TABLE).get(str(seq))
        return doc is not None and doc.get(APART_KEY) is True

    def reset(self) -> list[Op]:
        """Forget every entry (repair of a damaged history): undo starts afresh from here."""
        stored = range(max(self.first, 1), self.top + 1)
        blocks = {history_file(seq) for seq in stored} | {
            history_apart_file(seq) for seq in stored if self._is_apart(seq)
        }
        blocks |= {path for path in self._files.listed("history") if is_layout_path(path)}  # and any left over
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
            ops.append(Op(history_file(self.first)))
            for seq in range(self.first, block_start + BLOCK_SIZE):
                if self._is_apart(seq):
                    ops.append(Op(history_apart_file(seq)))
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

"""Steps made while the server cannot be reached: kept here, shown as if saved, sent when it is back.

Each step (its label and changes) is written to a file on this machine before the analyst is
told it is kept, so quitting or a crash meanwhile loses nothing: the next opening sends what the
file holds. Until sent, reads of an article see the queued changes over what was read last
(`overlay`). Sending replays the steps in order, each checked as any step is against the records
it starts from: one that someone else's change made impossible meanwhile is not sent, and said.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import ConnectionLostError, FieldmarkError, why_refused
from annotations.model import now_iso
from annotations.store.atomic import atomic_write
from annotations.store.changes import Change

Step = tuple[str, list[Change]]


class OfflineQueue:
    """The steps not sent yet, in order, kept in `path`."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        """Read only: an unreadable file is left where it is, for a writer to set aside and say
        (a command that reads opened first and moved it in silence)."""
        self.lock = threading.RLock()
        self.set_aside: Path | None = None
        """Where a file of kept changes that could not be read was moved (never written over)."""
        self.steps: list[Step] = self._load()

    def __len__(self) -> int:
        return len(self.steps)

    def add(self, label: str, changes: list[Change]) -> None:
        with self.lock:
            self.steps.append((label, changes))
            self._save()

    def pop(self) -> Step | None:
        """The last step, taken back (undo while the server is away)."""
        with self.lock:
            if not self.steps:
                return None
            step = self.steps.pop()
            self._save()
            return step

    def entity_overlay(self) -> dict[str, dict[str, Any] | None]:
        """The entities as the queued steps leave them (id -> record, None: deleted): a place made
        with a tag while the server was away is one of the corpus's to what reads it meanwhile."""
        with self.lock:
            return {
                change.id: change.after
                for _label, changes in self.steps
                for change in changes
                if change.record == "entity"
            }

    def status_overlay(self) -> dict[str, str]:
        """The articles' status as the queued steps leave them (a first tag made while the server
        was away starts the work: the header said "todo" until it was back)."""
        with self.lock:
            return {
                change.id: str((change.after or {}).get("status"))
                for _label, changes in self.steps
                for change in changes
                if change.record == "status" and change.after is not None
            }

    def overlay(self, article_id: str) -> dict[str, dict[str, Any] | None]:
        """The article's annotations as the queued steps leave them (id -> record, None: deleted)."""
        with self.lock:
            return {
                change.id: change.after
                for _label, changes in self.steps
                for change in changes
                if change.record == "annotation" and change.article_id == article_id
            }

    def send(self, record: Callable[[str, list[Change]], object]) -> list[str]:
        """Send the steps in order with `record` (which raises ConnectionLostError to stop: the
        rest stay queued); what was not sent because others' changes came first."""
        refused: list[str] = []
        with self.lock:
            while self.steps:
                label, changes = self.steps[0]
                try:
                    record(label, changes)
                except ConnectionLostError:
                    raise  # away again: this one and the rest stay
                except FieldmarkError as error:  # others' changes came first, or its article is gone
                    refused.append(f"{label} ({_why(error)})")
                self.steps.pop(0)
                self._save()
        return refused

    def _load(self) -> list[Step]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError:
            return self._unreadable()
        try:
            return [(str(s["label"]), [Change.from_json(c) for c in s["changes"]]) for s in orjson.loads(raw)]
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return self._unreadable()

    def _unreadable(self) -> list[Step]:
        """A file of kept changes that cannot be read is moved aside, to be said and looked at:
        it was read as no changes and then written over by the next one."""
        if self.readonly:
            return []
        aside = self.path.with_name(f"{self.path.stem}.unreadable-{now_iso().replace(':', '')}{self.path.suffix}")
        try:
            self.path.rename(aside)
        except OSError:
            aside = self.path
        self.set_aside = aside
        return []

    def _save(self) -> None:
        """The whole queue, replaced at once (a crash leaves the old file or the new one)."""
        if not self.steps:
            self.path.unlink(missing_ok=True)
            return
        data = [{"label": label, "changes": [c.to_json() for c in changes]} for label, changes in self.steps]
        atomic_write(self.path, orjson.dumps(data))


def waiting_here(said: str, path: Path) -> str:
    """What a start that cannot reach the server says (`said`, the server's error), with the
    changes kept in `path` for it (a newcomer's app refused to start and said nothing of the
    change waiting on this machine; libpq's error ends in a question, "…accepting TCP/IP
    connections?", which a "; " after it read awkwardly)."""
    waiting = len(OfflineQueue(path, readonly=True)) if path.exists() else 0
    if not waiting:
        return said
    kept = f"{waiting} change{'s' if waiting > 1 else ''} kept on this machine wait{'' if waiting > 1 else 's'} for it"
    return joined(said, f"{kept}, sent when it is back")


def joined(said: str, clause: str) -> str:
    """`said` and a lower-case `clause`: a new sentence after a sentence's end, else after "; "."""
    if said.endswith(("?", "!", ".")):
        return f"{said} {clause[:1].upper()}{clause[1:]}"
    return f"{said}; {clause}"


def _why(error: FieldmarkError) -> str:
    """Why the server refused a step kept here, as one clause ("a claim made since names “…”")."""
    return why_refused(str(error)) or type(error).__name__

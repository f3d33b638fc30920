"""The errors Fieldmark reports to people: each carries a one-line, human message."""

from __future__ import annotations

from pathlib import Path


class FieldmarkError(Exception):
    """Base of every error the CLI and the app show as one clear line."""


class UsageError(FieldmarkError):
    """Options that do not fit together; the command line exits 2 for it, as for a mistyped one."""


class ValidationError(FieldmarkError, ValueError):
    """A record (article, annotation, entity) breaks a rule of the data model."""


class IngestError(FieldmarkError):
    """An input file cannot become an article; names the file and the reason."""

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class StoreError(FieldmarkError):
    """The database cannot be opened or written."""


class CorruptDatabaseError(StoreError):
    """A database file does not parse; it is reported and never overwritten."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: database file is corrupt ({reason}); it was left untouched")


class SchemaTooNewError(StoreError):
    """The database was written by a newer Fieldmark."""


class DatabaseLockedError(StoreError):
    """Another process holds the database for writing."""

    def __init__(self, path: Path, pid: int | None, hint: str = "open it read-only or close the other one") -> None:
        self.path = path
        self.pid = pid
        who = f"PID {pid}" if pid else "another process"
        super().__init__(f"{path}: database is in use by {who}; {hint}")


class ConflictError(StoreError):
    """A change was made from a record another analyst changed since it was read: refused, so no
    one's work is overwritten unseen (read again and redo it)."""


class StepDropped(ConflictError):
    """An undo asked again of a step others' changes made impossible to undo: the step is taken off
    the analyst's undo list (nothing in the corpus changes); the next undo reaches the one before."""


class SentOtherwise(StoreError):
    """Steps kept while the server was away were sent when it came back, not all as made: tags
    others made meanwhile keep entities a step deleted (its label says which)."""


NOTHING_SAVED = ": nothing of this step was saved"
"""How a refused step's message ends (the step is refused whole)."""


def why_refused(message: str) -> str:
    """A refusal's reason as one clause, for a message that says the refusal itself ("cannot undo
    …: {why}", "not sent: … ({why})")."""
    return message.removesuffix(NOTHING_SAVED).strip()


class ConnectionLostError(StoreError):
    """The database server cannot be reached: nothing can be saved until it is back."""


class ReadOnlyError(StoreError):
    """A change was attempted on a database opened read-only."""


class NotFoundError(FieldmarkError, KeyError):
    """An article, annotation or entity id that the store does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"

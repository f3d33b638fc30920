"""What every command is given: its arguments' database, the settings, where to write, the app."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from typing import Any, TextIO

from annotations.errors import DatabaseLockedError, FieldmarkError
from annotations.settings import Settings
from annotations.store import Store
from annotations.store.opening import is_server_location

OpenApp = Callable[[Store, Settings], int]
"""Runs the app on an open store with the settings in force; returns the exit code."""

PROGRESS_THRESHOLD = 20
"""Bars are drawn for work over this many items, on a terminal only."""


def with_server_login(settings: Settings, location: str, named_here: str | None) -> Settings:
    """On a server the analyst is, unless named (`--annotator`, the config, the environment), whom
    the server knows: the address's user, not the computer's login (a newcomer's tags as "ana"
    said "root", and her changes kept offline were never sent as hers)."""
    if named_here or settings.annotator_named or not is_server_location(location):
        return settings
    from annotations.store.postgres.url import server_login

    login = server_login(location)
    return replace(settings, annotator=login) if login else settings


@dataclass
class Context:
    args: argparse.Namespace
    settings: Settings
    out: TextIO
    err: TextIO
    open_app: OpenApp | None = None

    @property
    def location(self) -> str:
        """The database this command works on: --db, else the settings (config, $FIELDMARK_DB)."""
        db = getattr(self.args, "db", None)
        return str(db) if db is not None else self.settings.db

    def exists(self) -> bool:
        from pathlib import Path

        return is_server_location(self.location) or Path(self.location).expanduser().exists()

    def open_for_reading(self) -> Store:
        if not self.exists():
            raise FieldmarkError(f"{self.location}: no database here yet; run `fieldmark import PATH` first")
        return Store.open(self.location, readonly=True, annotator=self.settings.annotator)

    def open_for_writing(self) -> Store:
        """The database to change; where another process writes it, the error says to close that
        one (a command that changes it cannot open it read-only, as the app can)."""
        try:
            return Store.open(self.location, annotator=self.settings.annotator)
        except DatabaseLockedError as error:
            raise DatabaseLockedError(
                error.path, error.pid, "this command changes it: close the other one first"
            ) from None

    def open_preferring_writing(self, *, articles_later: bool = False) -> Store:
        """Writable if no other process holds it; read-only (said on stderr) otherwise. The app's
        (`articles_later`) starts from what it read last while a server cannot be reached."""
        annotator, later = self.settings.annotator, articles_later
        try:
            return Store.open(self.location, annotator=annotator, articles_later=later, from_last_read=later)
        except DatabaseLockedError as error:
            self.err.write(f"fieldmark: {error}\nfieldmark: opening read-only\n")
            return Store.open(
                self.location, readonly=True, annotator=annotator, articles_later=later, from_last_read=later
            )

    def progress(self, total: int | None = None) -> AbstractContextManager[Any]:
        """A progress bar on stderr when it is a terminal and the work is long, else nothing."""
        if not self.err.isatty() or (total is not None and total <= PROGRESS_THRESHOLD):
            return nullcontext(None)
        return progress_bar(self.err)


def progress_bar(err: TextIO) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=err),
        transient=True,
    )

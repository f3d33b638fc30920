"""The backends the contract suite runs on: each opens a fresh database and can reopen it.

A new backend adds one `Backend` here; every test of `test_contract.py` then runs on it: the
folder and a real PostgreSQL server that the suite starts itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotations.store import Store

from ...postgres_server import shared_server


@dataclass
class Backend:
    name: str
    location: Callable[[Path], str]
    """The location of a fresh database for a test's temporary folder."""

    def open(self, where: str, *, readonly: bool = False) -> Store:
        return Store.open(where, readonly=readonly)


def _server_database(tmp: Path) -> str:
    """A new database on the run's PostgreSQL server (started the first time; see `postgres_server`)."""
    server = shared_server()
    if server is None:
        pytest.skip("no PostgreSQL server programs on this machine (the test extra installs pgserver)")
    return server.database()


FOLDER = Backend("folder", lambda tmp: str(tmp / "db"))
POSTGRES = Backend("postgresql", _server_database)
BACKENDS = [FOLDER, POSTGRES]

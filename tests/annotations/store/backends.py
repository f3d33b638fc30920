"""The backends the contract suite runs on: each opens a fresh database and can reopen it.

A new backend adds one `Backend` here; every test of `test_contract.py` then runs on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotations.store import Store


@dataclass
class Backend:
    name: str
    location: Callable[[Path], str]
    """The location of a fresh database for a test's temporary folder."""

    def open(self, where: str, *, readonly: bool = False) -> Store:
        return Store.open(where, readonly=readonly)


FOLDER = Backend("folder", lambda tmp: str(tmp / "db"))
BACKENDS = [FOLDER]

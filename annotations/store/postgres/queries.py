"""What the parts of `PostgresStore` kept in modules of their own (`extras`, `history`) ask of it:
its queries, its transactions and its read-only guard (provided by `ServerConnection` and the store)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from annotations.store.postgres.records import Connection


class ServerQueries:
    """Declared here, provided by `PostgresStore`."""

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _writable(self) -> None:
        raise NotImplementedError

"""What a server store does for imports, merges and repair: the work of commands on many records
at once, each in one transaction, beside the analysts' steps (which `store` records with undo)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.model import Annotation, Article, Entity
from annotations.model import text_sha256 as sha256_of
from annotations.store.changes import Change
from annotations.store.merging import merged_annotations, merged_rejections
from annotations.store.postgres.offline import OfflineQueue
from annotations.store.postgres.records import Connection, refresh_counts


class ServerMaintenance:
    """Mixed into `PostgresStore`, whose reads, transactions and `_apply` these use."""

    _queue: OfflineQueue

    if TYPE_CHECKING:  # PostgresStore's own and its other parts'

        @property
        def _local_folder(self) -> Path: ...

        def _writable(self) -> None: ...

        def _transaction(self) -> AbstractContextManager[Connection]: ...

        def _apply(self, connection: Connection, changes: Sequence[Change]) -> None: ...

        def get_entity(self, entity_id: str | None) -> Entity | None: ...

        def article(self, article_id: str) -> Article: ...

        def annotations(
            self, article_id: str, *, kind: str | None = None, status: str | None = None
        ) -> list[Annotation]: ...

        def rejections(self, article_id: str) -> frozenset[str]: ...

    # --- bulk work -------------------------------------------------------------------------

    def is_loaded(self, article_id: str) -> bool:
        return False  # nothing is held: every read asks the server

    def release(self, article_ids: Iterable[str]) -> None:
        return None

    def merge_entity(self, entity: Entity) -> str:
        self._writable()
        existing = self.get_entity(entity.id)
        if existing == entity:
            return "same"
        if existing is not None:
            return "kept"
        with self._transaction() as connection:
            self._apply(connection, [Change("entity", entity.id, None, None, entity.to_dict())])
        return "added"

    def merge_annotations(self, article_id: str, annotations: Iterable[Annotation]) -> dict[str, int]:
        self._writable()
        article = self.article(article_id)
        existing = {a.id: a for a in self.annotations(article_id)}
        added, counts = merged_annotations(article, existing, annotations)
        if added:
            with self._transaction() as connection:
                self._apply(connection, [Change("annotation", a.id, article_id, None, a.to_dict()) for a in added])
        return counts

    def merge_rejections(self, article_id: str, keys: Iterable[str]) -> int:
        self._writable()
        change, added = merged_rejections(article_id, self.rejections(article_id), keys)
        if change is not None:
            with self._transaction() as connection:
                self._apply(connection, [change])
        return added

    # --- maintenance ------------------------------------------------------------------------

    def repair_article(
        self, article_id: str, fixed: Mapping[str, Annotation | None], *, text: str | None = None
    ) -> None:
        self._writable()
        with self._transaction() as connection:
            if text is not None:
                connection.execute(
                    "UPDATE articles SET text = %s, chars = %s, sha256 = %s WHERE id = %s",
                    (text, len(text), sha256_of(text), article_id),
                )
            current = {a.id: a.to_dict() for a in self.annotations(article_id)}
            self._apply(
                connection,
                [Change("annotation", i, article_id, current.get(i), None if a is None else a.to_dict())
                 for i, a in fixed.items()],
            )  # fmt: skip
            refresh_counts(connection, article_id)

    def quarantine_article(self, article_id: str) -> None:
        self._writable()
        with self._transaction() as connection:
            connection.execute("DELETE FROM articles WHERE id = %s", (article_id,))

    def damage(self) -> list[tuple[str, str]]:
        return []  # the server keeps its own files whole; records are validated as they are read

    def rewrite_damaged(self) -> list[str]:
        return []

    def derived_folder(self) -> Path | None:
        """None while changes wait to be sent: what is derived from an article with changes not on
        the server would be kept under the server's revision."""
        return None if len(self._queue) else self._local_folder / "derived"

"""The corpus's entities as the PostgreSQL store reads them: from the server, with the steps not
sent yet laid over them, and while the server is away as this analyst last read or made them (an
edit naming an actor made earlier in the session was refused as "deleted by someone else":
helper-255). Mixed into `PostgresStore`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from annotations.errors import ConnectionLostError
from annotations.model import Entity
from annotations.store.postgres.seen import SeenRecords

if TYPE_CHECKING:
    from annotations.store.postgres.offline import OfflineQueue


class ServerEntities(SeenRecords):
    """Entity reads; `ServerConnection` before it in `PostgresStore` gives `_query` and the rest."""

    _queue: OfflineQueue
    _write_error: BaseException | None

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _back_again(self, *, now: bool = False) -> bool:
        raise NotImplementedError

    def entities(self, kind: str | None = None) -> list[Entity]:
        if self._write_error is not None and not self._back_again():
            found = self._entities_seen(kind)  # the server is away: as this analyst last read or made them
        else:
            try:
                rows = self._query("SELECT record FROM entities WHERE %s::text IS NULL OR kind = %s", (kind, kind))
            except ConnectionLostError:  # lost on the way
                found = self._entities_seen(kind)
            else:
                found = [self._saw_entity(row["record"]) for row in rows]
        found = self._with_queued_entities(found, kind)
        found.sort(key=lambda e: (e.kind, e.name.casefold(), e.id))
        return found

    def _with_queued_entities(self, found: list[Entity], kind: str | None) -> list[Entity]:
        """The entities read, as the steps not sent yet leave them (`show` of a place tagged while
        the server was away named no place, and its export named an entity it did not hold)."""
        queued = self._queue.entity_overlay()
        if not queued:
            return found
        by_id = {e.id: e for e in found if e.id not in queued}
        for ident, record in queued.items():
            if record is not None and (kind is None or record.get("kind") == kind):
                by_id[ident] = Entity.from_dict(record)
        return list(by_id.values())

    def _entities_seen(self, kind: str | None) -> list[Entity]:
        """The entities read or made here (a form opened while the server is away lists them;
        one never read here is not known until it is back)."""
        records = (record for (space, _id), record in self._seen.items() if space == "entity")
        return [Entity.from_dict(record) for record in records if kind is None or record.get("kind") == kind]

    def get_entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        queued = self._queue.entity_overlay()
        if entity_id in queued:  # made, changed or deleted by a step not sent yet
            record = queued[entity_id]
            return None if record is None else Entity.from_dict(record)
        seen = self._seen.get(("entity", entity_id))
        if self._write_error is not None and not self._back_again():  # the server is away: as last read
            return None if seen is None else Entity.from_dict(seen)  # with this analyst's own steps
        try:
            rows = self._query("SELECT record FROM entities WHERE id = %s", (entity_id,))
        except ConnectionLostError:  # never read, and the server is away: a new entity, as far as can be known
            return None if seen is None else Entity.from_dict(seen)
        return self._saw_entity(rows[0]["record"]) if rows else None

    def _entity_ids(self) -> set[str]:
        try:
            found = {row["id"] for row in self._query("SELECT id FROM entities")}
        except ConnectionLostError:
            found = set()
        if self._write_error is None:  # read just now: those made here before are in it, if they still are
            self._made_here.clear()
        else:  # the server is away: the ids read last (maybe before this analyst made some: helper-255's
            # edit naming one was refused) and the entities made here since
            found |= set(list(self._made_here))  # a copy: the flush's thread may add to it
            found -= {ident for kind, ident in list(self._gone) if kind == "entity"}  # deleted here since
        for ident, record in self._queue.entity_overlay().items():  # steps not sent yet
            if record is None:
                found.discard(ident)
            else:
                found.add(ident)
        return found

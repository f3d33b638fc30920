"""The server store: a corpus on a PostgreSQL server that several analysts write at once.

Every change is one transaction: the records it changes (each checked against what the step saw,
see `records`), its articles' counts and revision, and its undo entry land together or not at
all. There is no single-writer lock: two analysts' steps on different records both land, and a
step built from a record someone else changed since is refused (`ConflictError`). Each analyst
undoes and redoes their own steps (the history is kept per annotator, on the server, so it
survives restarts). Reads go to the server each time, so they show what the others saved.
"""

from __future__ import annotations

import getpass
import secrets
from collections import Counter, OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from annotations.errors import (
    ConflictError,
    ConnectionLostError,
    FieldmarkError,
    NotFoundError,
    ReadOnlyError,
    SentOtherwise,
    StoreError,
    ValidationError,
)
from annotations.model import Annotation, Article, now_iso
from annotations.model import text_sha256 as sha256_of
from annotations.store.changes import Change, Entry
from annotations.store.interface import ErrorCallback
from annotations.store.layout import gazetteer_name
from annotations.store.postgres.connection import ServerConnection, tried_again_if_chosen
from annotations.store.postgres.dangling import (
    Applied,
    apply_keeping_named,
    articles_naming,
    claims_naming_deleted,
    deleted_meanwhile,
    kept_named,
    lock_mentions,
)
from annotations.store.postgres.dumps import dump
from annotations.store.postgres.entity_reads import ServerEntities
from annotations.store.postgres.extras import ServerExtras
from annotations.store.postgres.first_contact import Unreachable, first_contact, with_application_name
from annotations.store.postgres.history import ServerHistory, noted_step
from annotations.store.postgres.last_read import keep_reads, last_reads
from annotations.store.postgres.live import Listener, notify, shown_otherwise
from annotations.store.postgres.made_twice import linked, made_meanwhile
from annotations.store.postgres.maintenance import ServerMaintenance
from annotations.store.postgres.offline import OfflineQueue, joined, waiting_here
from annotations.store.postgres.records import Connection, apply_changes, refresh_counts
from annotations.store.postgres.url import describe_url, server_login
from annotations.store.postgres.watchdog import Watchdog
from annotations.store.recording import RecordingStore
from annotations.store.steps import new_only_if_made
from annotations.store.summary import ArticleSummary

SUMMARY_COLUMNS = (
    "id, title, source, published, status, chars, sha256, ord AS order, imported, counts, metadata, rejected, revision"
)


class PostgresStore(ServerConnection, ServerEntities, ServerExtras, ServerHistory, ServerMaintenance, RecordingStore):
    """A corpus in one PostgreSQL database (see the module)."""

    startup_backups = False
    shared = True

    def __init__(
        self, url: str, *, readonly: bool, create: bool, annotator: str | None = None, from_last_read: bool = False
    ) -> None:
        """`from_last_read` (the app): a server that cannot be reached is started from what this
        analyst's app read last, if it kept that (see `last_read`); else refused."""
        self.url = url
        self.readonly = readonly
        self._where = describe_url(url)
        self._keeps_reads = from_last_read
        away: Unreachable | None = None
        try:
            role = first_contact(url, self._where, create=create, readonly=readonly)
        except Unreachable as error:
            away, role = error, None
        self.annotator = annotator or role or server_login(url) or getpass.getuser()
        """Whose steps `undo` and `redo` go through: one history per analyst."""
        kept = last_reads(self._reads_path()) if away is not None and from_last_read else None
        if away is not None and kept is None:  # the server away, and what waits for it on this machine
            said = waiting_here(str(away), self._queue_path(self.annotator))
            if from_last_read:  # a third newcomer, new here, was given libpq's error alone
                said = joined(said, f"the app starts without it only from what it read before, and nothing was read "
                              f"on this machine as “{self.annotator}” yet: start again when it is back")  # fmt: skip
            raise StoreError(f"{self._where}: {said}")
        self._watchdog = Watchdog(url)  # a server that hangs is taken for away (see `watchdog`)
        self._pool = ConnectionPool(  # each connection checked as it is handed out: one a restart broke is replaced
            url, min_size=1, max_size=4, open=True, timeout=5,
            kwargs={"autocommit": True, **with_application_name(url)},
            check=self._watchdog.checked(ConnectionPool.check_connection),
        )  # fmt: skip
        self._error_handler: ErrorCallback | None = None
        self._write_error: BaseException | None = None
        self._origin = secrets.token_hex(8)
        """This store's name in the notifications it sends (it does not hear its own)."""
        self._listener: Listener | None = None
        self._probed = 0.0
        self._last_reads: OrderedDict[tuple[str, tuple[Any, ...]], list[dict[str, Any]]] = OrderedDict()
        """What recent queries read, for when the server cannot be reached (see `_query`)."""
        self._queue = OfflineQueue(self._queue_path(self.annotator), readonly=readonly)
        """Steps made while the server was away, sent when it is back (kept on disk meanwhile)."""
        self._refused: list[str] = []
        """Queued steps not sent because others' changes came first, until someone is told."""
        self._sent_otherwise: list[str] = []
        """Queued steps sent with entities kept (others' tags name them), until someone is told."""
        self._taken_back: list[tuple[str, list[Change]]] = []
        """Queued steps undone before they were sent, for redo."""
        if kept is not None:  # as if the server had been lost a moment after the last session
            self._last_reads, self._seen_records = kept
            self._write_error = ConnectionLostError(f"{self._where}: {away}")
        elif len(self._queue) and not readonly:
            self._send_queued()  # left by a session that ended while the server was away

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def location(self) -> str:
        return self._where

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Every change is committed before its method returns, but those kept while the server
        was away: they are sent now if it is back; False while some still wait."""
        if len(self._queue) and (self._write_error is None or self._back_again(now=True)):
            self._send_queued()
        return not len(self._queue)

    @property
    def write_error(self) -> BaseException | None:
        return self._write_error

    def set_error_handler(self, handler: ErrorCallback | None) -> None:
        self._error_handler = handler
        if handler is not None and self._write_error is not None:
            handler(self._write_error)  # started while the server was away: said at once
        self._report_refused()

    def close(self, timeout: float | None = 10.0) -> bool:
        """Send what waits if the server is there (the rest stays in its file for next time); the
        app's store keeps what it read last, for a start while the server is away."""
        self.watch(None)
        sent = self.readonly or self.flush()
        self._pool.close()
        if self._keeps_reads and self._last_reads:
            try:
                keep_reads(self._reads_path(), self._last_reads, self._seen)
            except OSError:
                pass  # a cache: the next start waits for the server, as it did before
        return sent

    def holder(self) -> str | None:
        return None  # no one holds a server database for writing: everyone writes

    def snapshot(self) -> PostgresStore:
        return PostgresStore(self.url, readonly=True, create=False, annotator=self.annotator)

    def backup(self, reason: str, *, keep: int | None = None, in_background: bool = False) -> str:
        try:
            return str(dump(self.url, self._kept_folder() / "backups", reason, keep))
        except StoreError as error:
            raise StoreError(f"{self._where}: {error}") from None

    # --- articles -------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        return self._summaries(self._query(f"SELECT {SUMMARY_COLUMNS} FROM articles ORDER BY ord"))

    def summary(self, article_id: str) -> ArticleSummary:
        rows = self._query(f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = %s", (article_id,))
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return self._summaries(rows)[0]

    def _summaries(self, rows: list[dict[str, Any]]) -> list[ArticleSummary]:
        """Catalog rows, with the status the steps not sent yet give them (read once for all)."""
        if self._write_error is None:  # read just now: every step sent is in them
            self._told.read_afresh(rows)
        else:  # away: maybe read before this analyst's own steps since
            rows = [self._told.as_left(row) for row in rows]
        statuses = self._queue.status_overlay() if len(self._queue) else {}
        return [
            ArticleSummary.from_dict({**row, "status": statuses[row["id"]]} if row["id"] in statuses else row)
            for row in rows
        ]

    def article(self, article_id: str) -> Article:
        rows = self._query(
            "SELECT id, title, text, source, published, status, metadata, imported FROM articles WHERE id = %s",
            (article_id,),
        )
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return Article(**rows[0])

    def add_article(self, article: Article) -> bool:
        self._writable()
        if article.id != sha256_of(article.text)[:16]:
            raise ValidationError(f"article id {article.id} does not match its text")
        with self._transaction() as connection:
            added = connection.execute(
                "INSERT INTO articles (id, title, source, published, status, chars, sha256, imported, metadata, text, "
                "counts, rejected, revision) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '{}', '[]', '') "
                "ON CONFLICT (id) DO NOTHING",
                (article.id, article.title, article.source, article.published, article.status, len(article.text),
                 sha256_of(article.text), article.imported, Jsonb(dict(article.metadata)), article.text),
            ).rowcount  # fmt: skip
            if added:
                refresh_counts(connection, article.id)
        return bool(added)

    # --- annotations ----------------------------------------------------------------------

    def annotations(self, article_id: str, *, kind: str | None = None, status: str | None = None) -> list[Annotation]:
        self.summary(article_id)
        try:
            rows = self._query(
                "SELECT record FROM annotations WHERE article_id = %s AND (%s::text IS NULL OR kind = %s) "
                "AND (%s::text IS NULL OR status = %s) ORDER BY start_at, end_at DESC, kind, id",
                (article_id, kind, kind, status, status),
            )
        except ConnectionLostError:
            if kind is None and status is None:
                raise
            every = self.annotations(article_id)  # the server is away: from the article as last read
            return [a for a in every if (kind or a.kind) == a.kind and (status or a.status) == a.status]
        records = {row["record"]["id"]: row["record"] for row in rows}
        if self._write_error is not None:  # away: rows read last, maybe before this analyst's own steps since
            records = self._as_last_seen(article_id, records, kind, status)
        for ident, record in self._queue.overlay(article_id).items():  # steps not sent yet, as if saved
            if (
                record is None
                or (kind or record["kind"]) != record["kind"]
                or (status or record["status"]) != record["status"]
            ):
                records.pop(ident, None)
            else:
                records[ident] = record
        found = [self._saw_annotation(record) for record in records.values()]
        return sorted(found, key=lambda a: (a.start, -a.end, a.kind, a.id)) if len(self._queue) else found

    def _as_last_seen(
        self, article_id: str, records: dict[str, dict[str, Any]], kind: str | None, status: str | None
    ) -> dict[str, dict[str, Any]]:
        """An article's records read before, as this analyst last read or changed each since (those
        made, changed or deleted here after the read included: a review), of the kind and status asked."""
        kept = {ident: record for ident, record in records.items() if (article_id, ident) not in self._gone}
        kept.update({ident: record for (space, ident), record in list(self._seen.items()) if space == article_id})
        return {
            ident: record
            for ident, record in kept.items()
            if (kind or record["kind"]) == record["kind"] and (status or record["status"]) == record["status"]
        }

    def annotation(self, article_id: str, annotation_id: str) -> Annotation:
        found = self._find(article_id, annotation_id)
        if found is None:
            raise NotFoundError(f"no annotation {annotation_id} in article {article_id}")
        return found

    def _find(self, article_id: str, annotation_id: str) -> Annotation | None:
        queued = self._queue.overlay(article_id)
        if annotation_id in queued:
            record = queued[annotation_id]
            return None if record is None else self._saw_annotation(record)
        seen = self._seen.get((article_id, annotation_id))
        away = self._write_error is not None and not self._back_again()
        if away and (article_id, annotation_id) in self._gone:  # deleted here: not as an older read had it
            return None
        if seen is not None and away:
            return Annotation.from_dict(seen)  # away: as this analyst last read or changed it, not an older read
        try:
            rows = self._query(
                "SELECT record FROM annotations WHERE article_id = %s AND id = %s", (article_id, annotation_id)
            )
        except ConnectionLostError:  # the server is away: as this analyst last read it, else a new id
            seen = self._seen.get((article_id, annotation_id))
            return None if seen is None else Annotation.from_dict(seen)
        return self._saw_annotation(rows[0]["record"]) if rows else None

    # --- rejected suggestions -------------------------------------------------------------

    def rejections(self, article_id: str) -> frozenset[str]:
        return frozenset(self.summary(article_id).rejected)

    def rejection_counts(self) -> Counter[str]:
        rows = self._query(
            "SELECT key, count(*) AS n FROM articles, jsonb_array_elements_text(rejected) key GROUP BY 1"
        )
        return Counter({row["key"]: row["n"] for row in rows})

    # --- undo and redo ---------------------------------------------------------------------

    def _record(self, label: str, changes: list[Change], *, redoing: bool = False) -> Entry:
        """Save a step now; while the server is away (or steps wait before it), queue it to send
        when it is back (see `offline`)."""
        if not redoing:
            self._taken_back.clear()  # a new step drops what could be redone
        self._blocked = None  # an undo refused before it is not asked again by the next u
        if (self._write_error is None or self._back_again()) and not len(self._queue):
            try:
                return self._record_now(label, changes)
            except ConnectionLostError:
                pass  # lost on the way: kept and sent when the server is back
        self._queue.add(label, changes)
        self._saw_changes(changes)
        if self._write_error is None:
            self._send_queued()
        return Entry(-len(self._queue), label, now_iso(), tuple(changes))

    def _reads_path(self) -> Path:
        return self._local_folder / "last-read" / f"{gazetteer_name(self.annotator)}.json"

    def _queue_path(self, annotator: str) -> Path:
        return self._kept_folder() / "queued" / f"{gazetteer_name(annotator)}.json"

    def queued_changes(self) -> int:
        return len(self._queue)

    def _send_queued(self) -> None:
        """Send the queued steps in order (when the server is back); say those others' changes refused."""
        held: dict[str, str] = {}  # entities made here and meanwhile by others: made id -> the server's

        def record(label: str, changes: list[Change]) -> Entry:
            try:
                return self._record_now(label, changes, held)
            except ConnectionLostError:
                raise
            except FieldmarkError:  # refused: what it did is not so
                self._not_as_made(changes)
                raise

        try:
            self._refused += self._queue.send(record)
        except ConnectionLostError:
            return  # away again: the rest stay queued
        self._report_refused()

    def _report_refused(self) -> None:
        if self._queue.set_aside is not None and self._error_handler is not None:
            aside, self._queue.set_aside = self._queue.set_aside, None
            self._error_handler(StoreError(f"changes kept here could not be read, and were not sent: see {aside}"))
        if self._sent_otherwise and self._error_handler is not None:
            sent, self._sent_otherwise = self._sent_otherwise, []
            self._error_handler(SentOtherwise(f"sent, not all as made: {'; '.join(sent)}"))
        if self._refused and self._error_handler is not None:
            refused, self._refused = self._refused, []
            self._error_handler(ConflictError(f"not sent, others' changes came first: {'; '.join(refused)}"))

    def _record_now(self, label: str, changes: list[Change], held: dict[str, str] | None = None) -> Entry:
        """Save a step now, trying again when the server chose it as a deadlock's victim (two
        analysts' first tags in one article lock the same rows in another order)."""
        return tried_again_if_chosen(lambda: self._record_once(label, changes, held))

    def _record_once(self, label: str, changes: list[Change], held: dict[str, str] | None) -> Entry:
        """One step in one transaction, the entities it makes linked to those the server holds
        meanwhile (see made_twice): `held`, those steps kept while away were linked to so far."""
        with self._transaction() as connection:
            links = {} if held is None else held
            links.update(made_meanwhile(connection, linked(changes, links)))
            changes = linked(changes, links)
            self._lock_entities(connection, changes)
            if refused := lock_mentions(connection, changes):
                raise ConflictError(refused)
            applied = self._apply_keeping_named(connection, changes)
            if refused := claims_naming_deleted(connection, applied.changes):
                raise ConflictError(refused)
            label = new_only_if_made(label, applied.changes)
            if applied.kept:
                label = f"{label} ({kept_named(applied.kept_names)})"
            entry = noted_step(connection, self.annotator, label, applied, queued=held is not None)
        if held is not None and applied.kept:  # sent from the queue, not all as made: said when told
            self._sent_otherwise.append(entry.label)
        self._saw_changes([*applied.seen_again(), *entry.changes])  # kept: seen again where a queued step took it
        return entry

    # --- internals ----------------------------------------------------------------------------

    def _entities_gone(self, entity_ids: list[str]) -> ConflictError | None:
        """Entities a step names that another's prune or merge deleted since this analyst read them
        (named by what was read); None for one never read here."""
        records = [self._seen.get(("entity", entity_id)) for entity_id in entity_ids]
        return deleted_meanwhile([r for r in records if r is not None]) if all(records) else None

    def _apply_keeping_named(self, connection: Connection, changes: list[Change]) -> Applied:
        """Apply a new step's changes, keeping the entities others' tags name since (`dangling`)."""
        applied = apply_keeping_named(connection, changes)
        if not applied.changes:
            raise ConflictError(f"nothing to save: {kept_named(applied.kept_names)}")
        self._notify(connection, applied.changes)
        return applied

    def _apply(self, connection: Connection, changes: Sequence[Change]) -> None:
        """Apply a step's changes and tell the others' stores which articles it changes (the
        notification goes out when the transaction commits, with it)."""
        apply_changes(connection, changes)
        self._notify(connection, changes)

    def _notify(self, connection: Connection, changes: Sequence[Change]) -> None:
        """The articles a step changes, and those naming an entity it renames or retypes (another
        analyst's panes showed the old name until something else made them read the article
        again); a step of entities alone says so with no article (an open entities view reads)."""
        articles = {c.article_id for c in changes if c.article_id is not None}
        articles |= articles_naming(connection, [c.id for c in changes if shown_otherwise(c)])
        if articles or any(c.record == "entity" for c in changes):
            notify(connection, self._origin, articles)

    def _writable(self) -> None:
        if self.readonly:
            raise ReadOnlyError(f"{self._where}: database is open read-only; changes are not saved")

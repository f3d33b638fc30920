"""A team analyst's own undo and redo on the server: their steps, kept per annotator in the
`history` table (so they survive restarts), undone and redone whole, never over another's change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from psycopg.types.json import Jsonb

from annotations.errors import NOTHING_SAVED, ConflictError, StepDropped, why_refused
from annotations.model import now_iso
from annotations.store.changes import Change, Entry
from annotations.store.postgres.connection import tried_again_if_chosen
from annotations.store.postgres.dangling import (
    Applied,
    EntitiesGone,
    as_tagged,
    dangling_reference,
    deleted_meanwhile,
    entities_others_name,
    lock_entities,
)
from annotations.store.postgres.extras import note_activity
from annotations.store.postgres.offline import OfflineQueue
from annotations.store.postgres.queries import ServerQueries
from annotations.store.postgres.records import Connection
from annotations.store.postgres.tagged_again import TaggedAgain, tagged_again
from annotations.store.steps import new_only_if_made


class ServerHistory(ServerQueries):
    """Undo and redo of a `PostgresStore` (which provides the queries, the queue and the records)."""

    annotator: str
    _queue: OfflineQueue
    _taken_back: list[tuple[str, list[Change]]]
    _blocked: int | None = None
    """The step an undo was just refused for (others changed its records since): asked again,
    it is taken off this analyst's undo list, so the steps before it can be undone."""

    def _apply(self, connection: Connection, changes: Sequence[Change]) -> None:
        raise NotImplementedError

    def _record(self, label: str, changes: list[Change], *, redoing: bool = False) -> Entry:
        raise NotImplementedError

    def _saw_changes(self, changes: Sequence[Change]) -> None:
        raise NotImplementedError

    def _entities_gone(self, entity_ids: list[str]) -> ConflictError | None:
        raise NotImplementedError

    def _lock_entities(self, connection: Connection, changes: Sequence[Change]) -> None:
        """Lock the entities a step deletes and names anew (`lock_entities`); refused, naming them
        by what was read (not by id), when one it names was deleted meanwhile."""
        if gone := lock_entities(connection, changes):
            raise self._entities_gone(gone) or deleted_meanwhile(as_tagged(changes, gone))

    def undo(self) -> Entry | None:
        self._writable()
        queued = self._queue.pop()  # a step not sent yet is simply taken back (redo keeps it)
        if queued is not None:
            self._blocked = None
            label, changes = queued
            self._taken_back.append(queued)
            self._saw_changes(Entry(0, label, "", tuple(changes)).inverse_changes())
            return Entry(-len(self._queue) - 1, label, now_iso(), tuple(changes))
        try:
            entry = tried_again_if_chosen(lambda: self._step("NOT undone ORDER BY seq DESC", undoing=True))
        except _Blocked as blocked:
            if self._blocked != blocked.entry.seq:
                self._blocked = blocked.entry.seq
                why = blocked.why or "another analyst changed it since (theirs is shown)"
                raise ConflictError(  # the label quotes its words already: not quoted again
                    f"cannot undo {blocked.entry.label}: {why}; u again takes it off your undo list"
                ) from None
            self._drop_step(blocked.entry.seq)
            raise StepDropped(
                f"{blocked.entry.label} is off your undo list (their change stays); u undoes the step before it"
            ) from None
        self._blocked = None
        return entry

    def _drop_step(self, seq: int) -> None:
        """Take a step that can no longer be undone off this analyst's undo list (a newcomer's one
        refused undo refused every later one: the steps before it could never be undone)."""
        self._blocked = None
        with self._transaction() as connection:
            connection.execute("DELETE FROM history WHERE seq = %s AND annotator = %s", (seq, self.annotator))

    def redo(self) -> Entry | None:
        self._writable()
        self._blocked = None
        if self._taken_back:
            label, changes = self._taken_back.pop()
            return self._record(label, changes, redoing=True)
        return tried_again_if_chosen(lambda: self._step("undone ORDER BY seq", undoing=False))

    def _step(self, which: str, *, undoing: bool) -> Entry | None:
        """Undo this analyst's last step, or redo the last one undone, whole; ConflictError (and
        nothing changed) when someone else changed one of its records since."""
        self._writable()
        with self._transaction() as connection:
            row = connection.execute(
                f"SELECT seq, label, time, changes FROM history WHERE annotator = %s AND {which} LIMIT 1 FOR UPDATE",
                (self.annotator,),
            ).fetchone()
            if row is None:
                return None
            entry = Entry(int(row[0]), row[1], row[2], tuple(Change.from_json(c) for c in row[3]))
            applied = entry.inverse_changes() if undoing else entry.changes
            try:
                self._lock_entities(connection, applied)
                if undoing and (kept := entities_others_name(connection, applied)):
                    entry, applied = _leaving_entities(connection, entry, kept)
                self._apply(connection, applied)
                dangling = dangling_reference(connection, applied)
                if dangling is not None:  # another analyst's step took away what this one names, or named it since
                    raise ConflictError(dangling)
                if (again := tagged_again(connection, applied)) is not None:
                    raise again
                applied = _status_follows_work(connection, applied, entry.seq, undoing=undoing)
            except ConflictError as error:
                if undoing:
                    said = isinstance(error, (EntitiesGone, TaggedAgain))  # what took it away, as it is
                    raise _Blocked(entry, str(error) if said else None) from None
                raise
            connection.execute("UPDATE history SET undone = %s WHERE seq = %s", (undoing, entry.seq))
            verb = "undo" if undoing else "redo"
            note_activity(connection, self.annotator, f"{verb}: {entry.label}", now_iso(), applied)
        self._saw_changes(applied)
        return entry

    def history_problems(self) -> list[str]:
        problems = []
        for row in self._query("SELECT seq, changes FROM history WHERE annotator = %s", (self.annotator,)):
            try:
                [Change.from_json(c) for c in row["changes"]]
            except ValueError as error:
                problems.append(f"undo step {row['seq']}: {error}")
        return problems

    def reset_history(self) -> None:
        self._writable()
        with self._transaction() as connection:
            connection.execute("DELETE FROM history WHERE annotator = %s", (self.annotator,))


def noted_step(connection: Connection, annotator: str, label: str, applied: Applied, *, queued: bool) -> Entry:
    """A new step put on its analyst's undo list (what they could redo is dropped). One that would
    change records the server held whole as it leaves them already is another's, made the same a
    moment ago: refused, since its undo would take theirs back; unless it is a `queued` step sent
    again, its first sending cut off before it was told: then it is this analyst's last step
    (whose changes it holds: deletions kept then may be made since), given as it was recorded.
    (A step that changes nothing by itself, an entity saved unchanged, is put on the list.)"""
    steps = Jsonb([change.to_json() for change in applied.changes])
    if not applied.changed and any(change.before != change.after for change in applied.changes):
        row = connection.execute(  # the analyst's last step, and whether it is this one
            "SELECT seq, label, time, changes, %s AND NOT undone AND changes <@ %s FROM history "
            "WHERE annotator = %s ORDER BY seq DESC LIMIT 1",
            (queued, steps, annotator),
        ).fetchone()
        if row is None or not row[4]:
            raise ConflictError(f"someone else made the same change a moment ago{NOTHING_SAVED}")
        return Entry(int(row[0]), row[1], row[2], tuple(Change.from_json(c) for c in row[3]))
    connection.execute("DELETE FROM history WHERE annotator = %s AND undone", (annotator,))
    time = now_iso()
    row = connection.execute(
        "INSERT INTO history (annotator, label, time, changes) VALUES (%s, %s, %s, %s) RETURNING seq",
        (annotator, label, time, steps),
    ).fetchone()
    assert row is not None
    note_activity(connection, annotator, label, time, applied.changes)
    return Entry(int(row[0]), label, time, tuple(applied.changes))


def _leaving_entities(
    connection: Connection, entry: Entry, kept: Mapping[str, list[str]]
) -> tuple[Entry, tuple[Change, ...]]:
    """The step without making the entities `kept` (others' tags name them now: whose), so that
    neither this undo nor its redo touches them; its label says what stays. The step is stored so."""
    changes = tuple(c for c in entry.changes if not (c.record == "entity" and c.before is None and c.id in kept))
    label = new_only_if_made(entry.label, changes)
    connection.execute(
        "UPDATE history SET changes = %s, label = %s WHERE seq = %s",
        (Jsonb([c.to_json() for c in changes]), label, entry.seq),
    )
    staying = [
        f"{(c.after or {}).get('kind', 'entity')} {(c.after or {}).get('name', c.id)} stays: "
        f"{' and '.join(kept[c.id])}'s tags name it"
        for c in entry.changes
        if c.record == "entity" and c.id in kept
    ]
    undone = replace(entry, changes=changes)
    return replace(undone, label=" · ".join([label, *staying])), undone.inverse_changes()


def _status_follows_work(
    connection: Connection, applied: Sequence[Change], seq: int, *, undoing: bool
) -> tuple[Change, ...]:
    """An article's status after an undo or redo as one analyst's would be: "in progress" while it
    holds annotations (an undo of a deletion brings one back too), "todo" again once the last one
    is gone and the step that started it is undone.
    Steps of two analysts interleave: a newcomer's undo of his first tag put the article back to
    "todo" under the other's work, and her undo of her own tag then left an empty article "in
    progress". The changes as they were made, with the status changes this made."""
    made = list(_keep_work_started(connection, applied) if undoing else applied)
    stated = {c.id for c in made if c.record == "status"}
    for article_id in dict.fromkeys(c.article_id for c in applied if c.record == "annotation" and c.article_id):
        if article_id in stated:
            continue
        if _in_progress_again(connection, article_id):  # an undo that brings a tag back counts too
            made.append(Change("status", article_id, article_id, {"status": "todo"}, {"status": "in_progress"}))
        elif (  # emptied by an undo, or by a redo of a deletion (a second reviewer's case)
            connection.execute(
                "UPDATE articles SET status = 'todo', version = version + 1 WHERE id = %s AND status = 'in_progress' "
                f"AND NOT {_HOLDS_ANNOTATIONS} AND NOT EXISTS (SELECT 1 FROM history WHERE NOT undone AND seq <> %s "
                "AND changes @> %s)",
                (article_id, article_id, seq, Jsonb([{"record": "status", "id": article_id}])),
            ).rowcount
        ):
            made.append(Change("status", article_id, article_id, {"status": "in_progress"}, {"status": "todo"}))
    return tuple(made)


_HOLDS_ANNOTATIONS = "EXISTS (SELECT 1 FROM annotations WHERE article_id = %s AND status = 'accepted')"


def _in_progress_again(connection: Connection, article_id: str) -> bool:
    """Put an article left "todo" that holds annotations back in progress; whether it was."""
    return bool(
        connection.execute(
            "UPDATE articles SET status = 'in_progress', version = version + 1 WHERE id = %s AND status = 'todo' "
            f"AND {_HOLDS_ANNOTATIONS}",
            (article_id, article_id),
        ).rowcount
    )


def _keep_work_started(connection: Connection, applied: Sequence[Change]) -> list[Change]:
    """An undo of the step that started an article ("todo" to "in progress" with its first tag)
    leaves it in progress while annotations remain in it."""
    made = list(applied)
    for index, change in enumerate(made):
        if change.record == "status" and (change.after or {}).get("status") == "todo":
            if _in_progress_again(connection, change.id):
                made[index] = replace(change, after={"status": "in_progress"})
    return made


class _Blocked(ConflictError):
    """An undo refused: `entry`, this analyst's last step, changed records others changed since."""

    def __init__(self, entry: Entry, why: str | None = None) -> None:
        super().__init__(entry.label)
        self.entry = entry
        self.why = None if why is None else why_refused(why)
        """What took it away, when it was not a change of theirs (an entity deleted)."""

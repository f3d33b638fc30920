"""Applying a step's changes to the server's tables, each only if its record is still as the step
saw it.

A change carries its record's before and after (`Change`). On a server several analysts write at
once, so each change first locks its row and compares it with `before`: a record changed by
someone else since the step was built is a conflict, and the whole step is refused (its
transaction rolls back) instead of silently overwriting their work. The articles a step touched
get their counts and a new revision in the same transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from annotations.errors import NOTHING_SAVED, ConflictError, NotFoundError
from annotations.model import KINDS
from annotations.store.changes import Change
from annotations.text.quotes import shorten

Connection = psycopg.Connection[Any]


def apply_changes(connection: Connection, changes: Iterable[Change]) -> int:
    """Apply `changes` in order inside the caller's transaction; ConflictError when a record is
    not as a change expects it. How many changed a record (not those found as they leave it)."""
    touched: dict[str, None] = {}
    changed = 0
    for change in changes:
        changed += APPLY[change.record](connection, change)
        if change.article_id is not None:
            touched[change.article_id] = None
    for article_id in touched:
        refresh_counts(connection, article_id)
    return changed


def refresh_counts(connection: Connection, article_id: str) -> None:
    """An article's annotation counts as the catalog shows them, and a new revision."""
    counts: dict[str, int] = dict.fromkeys((*KINDS, "suggested"), 0)
    rows = connection.execute(
        "SELECT kind, status = 'accepted', count(*) FROM annotations WHERE article_id = %s GROUP BY 1, 2",
        (article_id,),
    ).fetchall()
    for kind, accepted, number in rows:
        counts[kind if accepted else "suggested"] += number
    connection.execute(
        "UPDATE articles SET counts = %s, revision = %s WHERE id = %s",
        (Jsonb(counts), secrets.token_hex(8), article_id),
    )


def _conflict(change: Change, current: dict[str, Any] | None) -> ConflictError:
    """What a refused step says: the record someone else changed, or deleted (a newcomer's "theirs
    is shown now" named a record that was gone)."""
    record = change.before or change.after or {}
    if change.record == "annotation":
        what = f"{record.get('kind', 'annotation')} “{shorten(str(record.get('quote', '')), 40)}”"
    elif change.record == "entity":
        what = f"{record.get('kind', 'entity')} {record.get('name', change.id)}"
    else:
        what = {"status": "article's status", "details": "article's date and source",
                "rejections": "article's rejected suggestions"}[change.record]  # fmt: skip
    if current is None and change.before is not None:
        return ConflictError(f"the {what} was deleted by someone else since you read it{NOTHING_SAVED}")
    return ConflictError(
        f"the {what} was changed by someone else since you read it (theirs is shown now){NOTHING_SAVED}"
    )


def _already(current: dict[str, Any] | None, change: Change) -> bool:
    """Whether the record is already as the change leaves it (nothing to do: a step sent again
    after its first sending was cut off, or the same change made twice, as two steps each moving
    an article from todo to in progress); ConflictError when it is neither that nor as the change
    expects it."""
    if current == change.after:
        return True
    if current != change.before:
        raise _conflict(change, current)
    return False


def _annotation(connection: Connection, change: Change) -> bool:
    row = connection.execute(
        "SELECT record FROM annotations WHERE article_id = %s AND id = %s FOR UPDATE", (change.article_id, change.id)
    ).fetchone()
    if _already(row[0] if row else None, change):
        return False
    after = change.after
    if after is None:
        connection.execute("DELETE FROM annotations WHERE article_id = %s AND id = %s", (change.article_id, change.id))
    elif row is None:
        connection.execute(
            "INSERT INTO annotations (article_id, id, kind, status, start_at, end_at, annotator, record) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (change.article_id, change.id, *_columns(after), Jsonb(after)),
        )
    else:
        connection.execute(
            "UPDATE annotations SET kind = %s, status = %s, start_at = %s, end_at = %s, annotator = %s, record = %s, "
            "version = version + 1 WHERE article_id = %s AND id = %s",
            (*_columns(after), Jsonb(after), change.article_id, change.id),
        )
    return True


def _columns(record: dict[str, Any]) -> tuple[Any, ...]:
    return record["kind"], record["status"], record["start"], record["end"], record.get("annotator", "")


def _entity(connection: Connection, change: Change) -> bool:
    row = connection.execute("SELECT record FROM entities WHERE id = %s FOR UPDATE", (change.id,)).fetchone()
    if _already(row[0] if row else None, change):
        return False
    after = change.after
    if after is None:
        connection.execute("DELETE FROM entities WHERE id = %s", (change.id,))
    elif row is None:
        connection.execute(
            "INSERT INTO entities (id, kind, name, record) VALUES (%s, %s, %s, %s)",
            (change.id, after["kind"], after["name"], Jsonb(after)),
        )
    else:
        connection.execute(
            "UPDATE entities SET kind = %s, name = %s, record = %s, version = version + 1 WHERE id = %s",
            (after["kind"], after["name"], Jsonb(after), change.id),
        )
    return True


def _article_fields(connection: Connection, change: Change, fields: tuple[str, ...]) -> dict[str, Any]:
    row = connection.execute(
        f"SELECT {', '.join(fields)} FROM articles WHERE id = %s FOR NO KEY UPDATE",  # fields: our own names
        (change.id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {change.id}")
    return dict(zip(fields, row, strict=True))


def _status(connection: Connection, change: Change) -> bool:
    if _already(_article_fields(connection, change, ("status",)), change):
        return False
    status = (change.after or {}).get("status")
    connection.execute("UPDATE articles SET status = %s, version = version + 1 WHERE id = %s", (status, change.id))
    return True


def _details(connection: Connection, change: Change) -> bool:
    if _already(_article_fields(connection, change, ("published", "source")), change):
        return False
    after = change.after or {}
    connection.execute(
        "UPDATE articles SET published = %s, source = %s, version = version + 1 WHERE id = %s",
        (after.get("published"), after.get("source", ""), change.id),
    )
    return True


def _rejections(connection: Connection, change: Change) -> bool:
    stored = _article_fields(connection, change, ("rejected",))["rejected"]
    if _already({"keys": stored} if stored else None, change):
        return False
    keys = (change.after or {}).get("keys") or []
    connection.execute(
        "UPDATE articles SET rejected = %s, version = version + 1 WHERE id = %s", (Jsonb(sorted(keys)), change.id)
    )
    return True


APPLY = {
    "annotation": _annotation,
    "entity": _entity,
    "status": _status,
    "details": _details,
    "rejections": _rejections,
}

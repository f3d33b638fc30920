"""Entities made a second time while the server was away, linked to the first when sent.

Two analysts who tag "El Fasher" without the server each make the place (a new entity with an id
of its own); sent later, the second was a twin of the first: two "El Fasher" in the entities, the
Districts pane listing it twice, agreement between the two read as none. A step kept while away
that makes an entity the server meanwhile holds under another id (the same kind, the same name,
a place in the same country and with the same gazetteer id) is sent without it, its records
pointing to the one the server holds.

The same happens online: two analysts accepting "Taliban" a moment apart (the second's suggestion
said "(new)", read before the first's was saved) made it twice, κ entity 0.00 until merged. A step
that makes an entity of a name that says who ("Taliban") is linked to one another analyst made
meanwhile; one of a generic name ("troops", "civilians": different people in different articles,
see entities.scope) only to one the same article mentions, as its form would have linked it had
it read the other's first.

Two steps saved in the very same instant each read the entities before the other's was committed,
and both made it. So each step first takes a lock on the kind and name of every entity it makes
(a PostgreSQL advisory lock, released when its transaction ends): the second waits for the first to
commit and then reads its entity (each statement reads afresh at PostgreSQL's default isolation).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import psycopg

from annotations.entities.scope import is_generic
from annotations.entities.twins import pointing, same_entity
from annotations.store.changes import Change

Connection = psycopg.Connection[Any]


def made_meanwhile(connection: Connection, changes: list[Change]) -> dict[str, str]:
    """The entities the step makes that the server holds already under another id: made id -> held id."""
    made = [
        (change, change.after)
        for change in changes
        if change.record == "entity" and change.before is None and change.after is not None
    ]
    _wait_for_steps_making(connection, {(str(r.get("kind")), str(r.get("name", "")).lower()) for _, r in made})
    held: dict[str, str] = {}
    for change, record in made:
        rows = connection.execute(
            "SELECT id, record FROM entities WHERE kind = %s AND id <> %s AND lower(record->>'name') = lower(%s)",
            (record.get("kind"), change.id, record.get("name", "")),
        ).fetchall()
        if record.get("kind") == "actor" and is_generic(str(record.get("name", ""))):
            rows = _mentioned_in(connection, rows, _articles_naming(changes, change.id))
        same = next((row[0] for row in rows if same_entity(row[1], record)), None)
        if same is not None:
            held[change.id] = same
    return held


def _articles_naming(changes: list[Change], entity_id: str) -> list[str]:
    """The articles whose tags in this step name the entity."""
    return sorted(
        {
            c.article_id
            for c in changes
            if c.record == "annotation" and c.article_id and (c.after or {}).get("entity_id") == entity_id
        }
    )


def _mentioned_in(connection: Connection, rows: list[Any], articles: list[str]) -> list[Any]:
    """Those of `rows` (id, record) some tag of `articles` names."""
    if not rows or not articles:
        return []
    named = connection.execute(
        "SELECT DISTINCT record->>'entity_id' FROM annotations WHERE article_id = ANY(%s)"
        " AND record->>'entity_id' = ANY(%s)",
        (articles, [row[0] for row in rows]),
    ).fetchall()
    ids = {row[0] for row in named}
    return [row for row in rows if row[0] in ids]


def _wait_for_steps_making(connection: Connection, names: set[tuple[str, str]]) -> None:
    """Hold, until this transaction ends, a lock on each kind and name (in one order, so two steps
    making the same two names cannot wait for each other)."""
    for kind, name in sorted(names):
        key = f"fieldmark entity {kind} {name}"
        connection.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key,))


def linked(changes: list[Change], held: Mapping[str, str]) -> list[Change]:
    """The step without making the entities the server holds, its records pointing to those."""
    if not held:
        return changes
    kept = [c for c in changes if not (c.record == "entity" and c.before is None and c.id in held)]
    return [
        replace(c, id=held.get(c.id, c.id), before=pointing(c.before, held), after=pointing(c.after, held))
        for c in kept
    ]

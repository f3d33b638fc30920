"""The tables of a Fieldmark database on a PostgreSQL server, made and migrated by Fieldmark.

Each migration is a list of statements applied in one transaction, after which the schema
version in `fieldmark_meta` is the migration's number; a server whose schema is newer than this
Fieldmark is refused. Records keep the shape the core validates (`record`, JSON): the columns
beside it are what queries sort and filter by, and `version`, which every change raises (a change
made from an older version is refused: optimistic concurrency between analysts).
"""

from __future__ import annotations

from typing import Any

import psycopg

from annotations.errors import SchemaTooNewError, StoreError

REFERENCE_INDEXES = (
    "CREATE INDEX annotations_by_entity ON annotations ((record ->> 'entity_id'))",
    "CREATE INDEX claims_by_claimant_entity ON annotations ((record -> 'attributes' ->> 'claimant_entity_id')) "
    "WHERE kind = 'claim'",
    "CREATE INDEX claims_by_claimant_mention ON annotations ((record -> 'attributes' ->> 'claimant_annotation_id')) "
    "WHERE kind = 'claim'",
    "CREATE INDEX claims_by_place ON annotations USING gin ((record -> 'attributes' -> 'places')) "
    "WITH (fastupdate = off) WHERE kind = 'claim'",
    "CREATE INDEX claims_by_actor ON annotations USING gin ((record -> 'attributes' -> 'actors')) "
    "WITH (fastupdate = off) WHERE kind = 'claim'",
    "CREATE INDEX claims_by_link ON annotations USING gin ((record -> 'attributes' -> 'links') jsonb_path_ops) "
    "WITH (fastupdate = off) WHERE kind = 'claim'",
)
"""What a deletion asks before it is made: which annotations name an entity, which claims name a
mention (`dangling`). Without them each question read the whole table: deleting 20 tags in one
step took 39 ms at 2,500 annotations (500 claims) and 93 ms at 20,000, and grew on with the
corpus; with them 5.5 and 5.6 ms. Made where a database lacks them, when it is opened for
writing (`_ensure_indexes`). The GIN indexes are written at once (no pending list: a search read
the whole list of recent inserts)."""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE fieldmark_meta (key text PRIMARY KEY, value jsonb NOT NULL)",
        "CREATE SEQUENCE article_order",
        """CREATE TABLE articles (
            id text PRIMARY KEY,
            ord bigint NOT NULL DEFAULT nextval('article_order'),
            title text NOT NULL,
            source text NOT NULL,
            published text,
            status text NOT NULL,
            chars integer NOT NULL,
            sha256 text NOT NULL,
            imported text NOT NULL,
            metadata jsonb NOT NULL,
            text text NOT NULL,
            counts jsonb NOT NULL,
            rejected jsonb NOT NULL,
            revision text NOT NULL,
            version bigint NOT NULL DEFAULT 1
        )""",
        """CREATE TABLE annotations (
            article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            id text NOT NULL,
            kind text NOT NULL,
            status text NOT NULL,
            start_at integer NOT NULL,
            end_at integer NOT NULL,
            annotator text NOT NULL,
            record jsonb NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE entities (
            id text PRIMARY KEY,
            kind text NOT NULL,
            name text NOT NULL,
            record jsonb NOT NULL,
            version bigint NOT NULL DEFAULT 1
        )""",
        """CREATE TABLE history (
            seq bigserial PRIMARY KEY,
            annotator text NOT NULL,
            label text NOT NULL,
            time text NOT NULL,
            changes jsonb NOT NULL,
            undone boolean NOT NULL DEFAULT false
        )""",
        "CREATE INDEX history_by_annotator ON history (annotator, undone, seq)",
        """CREATE TABLE gazetteers (
            name text PRIMARY KEY,
            data bytea NOT NULL,
            stamp text NOT NULL
        )""",
    ),
    (
        """CREATE TABLE assignments (
            article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            analyst text NOT NULL,
            assigned text NOT NULL,
            done boolean NOT NULL DEFAULT false,
            PRIMARY KEY (article_id, analyst)
        )""",
        "CREATE INDEX assignments_by_analyst ON assignments (analyst, done)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def ensure_schema(connection: psycopg.Connection[Any], *, create: bool, readonly: bool) -> int:
    """Bring the database's tables to this Fieldmark's schema (unless read-only); its version
    before. SchemaTooNewError for a newer schema."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(72616)")  # two analysts opening a new database at once
        version = _version(connection)
        if version == 0 and (readonly or not create):
            raise StoreError(
                "no Fieldmark database here (open it once for writing to make its tables: fieldmark import, or the app)"
            )
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"database schema {version} is newer than this Fieldmark understands ({SCHEMA_VERSION}); "
                "upgrade Fieldmark to open it"
            )
        if version < SCHEMA_VERSION and not readonly:
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    connection.execute(statement)  # type: ignore[arg-type]
            connection.execute(
                "INSERT INTO fieldmark_meta (key, value) VALUES ('schema', %s::jsonb) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (f'{{"version": {SCHEMA_VERSION}, "application": "fieldmark"}}',),
            )
        if not readonly:
            _ensure_indexes(connection)
    return version


def _ensure_indexes(connection: psycopg.Connection[Any]) -> None:
    """Make the indexes a database lacks (one made before them): indexes change no record, so
    they raise no schema version, and an analyst still on an older Fieldmark opens it as before."""
    rows = connection.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'annotations'").fetchall()
    held = {name for (name,) in rows}
    for statement in REFERENCE_INDEXES:
        if index_name(statement) not in held:
            connection.execute(statement)  # type: ignore[arg-type]


def index_name(statement: str) -> str:
    """The name a CREATE INDEX statement gives its index."""
    return statement.split()[2]


def _version(connection: psycopg.Connection[Any]) -> int:
    exists = connection.execute("SELECT to_regclass('fieldmark_meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = connection.execute("SELECT value FROM fieldmark_meta WHERE key = 'schema'").fetchone()
    version = row[0].get("version") if row and isinstance(row[0], dict) else 0
    return version if isinstance(version, int) else 0

"""The schema of a database folder and the steps that bring an older one up to date.

Schema 1 kept the suggestions rejected in each article, the analyst's position and the
suggestions toggle as settings in `state.json`, which every recorded change rewrites (so its
cost grew with the corpus). Schema 2 keeps rejections in their article's own file, and UI state
outside the database altogether. Schema 3 copies each article's rejections into its catalog
entry too, so they are counted across the corpus without opening every article. Schema 4 gives
each catalog entry a revision, renewed whenever the article's annotations change, which indexes
derived from an article (the claims index) are checked against. Schema 5 moves each article's
annotations and rejections out of the file of its text into blocks of their own (see `blocks`),
so a save no longer rewrites the whole article and its text. A migration is
one journaled write round made after a backup, so a crash leaves the old database or the new
one; a read-only open migrates in memory only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from annotations.errors import CorruptDatabaseError, SchemaTooNewError
from annotations.model import now_iso
from annotations.store.layout import (
    ANNOTATION_BLOCK,
    ANNOTATIONS_TABLE,
    ARTICLE_TABLE,
    CATALOG_TABLE,
    ENTRIES_TABLE,
    LEGACY_SETTINGS_TABLE,
    META_FILE,
    META_TABLE,
    REJECTIONS_TABLE,
    STATE_FILE,
    article_file,
    block_file,
    is_usable_id,
)
from annotations.store.loaded import REJECTIONS_KEY
from annotations.store.tinyfiles import FileSet, Op

SCHEMA_VERSION = 5
REJECTED_PREFIX = "rejected:"


def schema_doc(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    return {"version": version, "created": now_iso(), "application": "fieldmark"}


def schema_version(files: FileSet, root: Path) -> int | None:
    """The schema of the database on disk (None for a new folder); refuses a newer one."""
    doc = files.documents(META_FILE, META_TABLE).get("schema")
    if doc is None:
        if files.exists(META_FILE):
            raise CorruptDatabaseError(root / META_FILE, "no schema version")
        return None
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CorruptDatabaseError(root / META_FILE, f"schema version {version!r} is not a number")
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{root}: database schema {version} is newer than this Fieldmark understands "
            f"({SCHEMA_VERSION}); upgrade Fieldmark to open it"
        )
    return version


def migration_ops(files: FileSet, version: int) -> list[Op]:
    """The file operations that bring a database of `version` to the current schema."""
    ops: list[Op] = []
    if version < 2:
        ops += _settings_out_of_state(files)
        ops += _history_without_settings(files)
    if version < 3:
        ops += _rejections_in_catalog(files, [op for op in ops if op.table == REJECTIONS_TABLE])
    if version < 4:
        ops += _revisions_in_catalog(files, [op for op in ops if op.table == CATALOG_TABLE])
    if version < 5:
        files.apply_all(ops)  # the earlier steps, in memory: this one reads what they made
        ops += _annotations_in_blocks(files)
    old = files.documents(META_FILE, META_TABLE).get("schema") or {}
    ops.append(Op(META_FILE, META_TABLE, "schema", {**schema_doc(), **_kept(old), "version": SCHEMA_VERSION}))
    return ops


def _kept(schema: dict[str, Any]) -> dict[str, Any]:
    """What a migration keeps of the old schema document: when the database was created."""
    return {"created": schema["created"]} if schema.get("created") else {}


def _settings_out_of_state(files: FileSet) -> list[Op]:
    """Each article's rejections into its own file; UI settings dropped from the database."""
    ops: list[Op] = []
    for key, doc in files.documents(STATE_FILE, LEGACY_SETTINGS_TABLE).items():
        if key.startswith(REJECTED_PREFIX):
            article_id = key.removeprefix(REJECTED_PREFIX)
            keys = sorted(str(k) for k in (doc.get("value") or []))
            if keys and files.exists(article_file(article_id)):
                ops.append(Op(article_file(article_id), REJECTIONS_TABLE, REJECTIONS_KEY, {REJECTIONS_KEY: keys}))
        ops.append(Op(STATE_FILE, LEGACY_SETTINGS_TABLE, key))
    return ops


def _rejections_in_catalog(files: FileSet, moved: list[Op]) -> list[Op]:
    """Each catalog entry gets its article's rejected keys (from the article's file, or from the
    operations of an earlier step of this migration that put them there)."""
    pending = {op.file: (op.doc or {}).get(REJECTIONS_KEY) or [] for op in moved}
    ops: list[Op] = []
    for relative in files.listed("catalog"):
        for article_id, doc in files.documents(relative, CATALOG_TABLE).items():
            file = article_file(article_id)
            if file in pending:
                keys = pending[file]
            else:
                keys = _stored_rejections(files, file)
            if keys:
                ops.append(Op(relative, CATALOG_TABLE, article_id, {**doc, "rejected": sorted(keys)}))
    return ops


def _revisions_in_catalog(files: FileSet, changed: list[Op]) -> list[Op]:
    """A revision for each catalog entry (over what an earlier step of this migration wrote)."""
    pending = {(op.file, op.key): op.doc or {} for op in changed}
    ops: list[Op] = []
    for relative in files.listed("catalog"):
        for article_id, doc in files.documents(relative, CATALOG_TABLE).items():
            record = pending.get((relative, article_id), doc)
            ops.append(Op(relative, CATALOG_TABLE, article_id, {**record, "revision": os.urandom(8).hex()}))
    return ops


def _annotations_in_blocks(files: FileSet) -> list[Op]:
    """Each article file keeps its text only; its annotations go to blocks in the order stored,
    its rejections to the first block. A file that cannot be read is left as it is (opening the
    article reports it, and `check --repair` deals with it)."""
    ops: list[Op] = []
    for relative in files.listed("articles"):
        article_id = relative.removeprefix("articles/").removesuffix(".json")
        if not is_usable_id(article_id):
            continue
        try:
            text = files.documents(relative, ARTICLE_TABLE).get("text")
            annotations = files.documents(relative, ANNOTATIONS_TABLE)
            rejections = files.documents(relative, REJECTIONS_TABLE).get(REJECTIONS_KEY)
        except (CorruptDatabaseError, OSError, ValueError):
            continue
        if text is None:
            continue
        ops += [Op(relative), Op(relative, ARTICLE_TABLE, "text", text)]
        for number, key in enumerate(annotations):
            block = block_file(article_id, number // ANNOTATION_BLOCK)
            ops.append(Op(block, ANNOTATIONS_TABLE, key, annotations[key]))
        if rejections is not None:
            ops.append(Op(block_file(article_id, 0), REJECTIONS_TABLE, REJECTIONS_KEY, rejections))
    return ops


def _stored_rejections(files: FileSet, file: str) -> list[str]:
    """An article file's rejected keys; none from a file that cannot be read (it is reported
    when the article is opened, and `check --repair` deals with it: one damaged article must not
    keep the whole database from opening)."""
    try:
        stored = files.documents(file, REJECTIONS_TABLE).get(REJECTIONS_KEY) if files.exists(file) else None
    except (CorruptDatabaseError, OSError, ValueError):
        return []
    keys = (stored or {}).get(REJECTIONS_KEY) or []
    return [str(k) for k in keys] if isinstance(keys, list) else []


def _history_without_settings(files: FileSet) -> list[Op]:
    """Undo entries that changed a rejection setting now change the article's rejections."""
    ops: list[Op] = []
    for block in sorted((files.root / "history").glob("*.json")):
        relative = f"history/{block.name}"
        for key, entry in files.documents(relative, ENTRIES_TABLE).items():
            changes = entry.get("changes") or []
            converted = [c for c in (_converted(change) for change in changes) if c is not None]
            if converted != changes:
                ops.append(Op(relative, ENTRIES_TABLE, key, {**entry, "changes": converted}))
    return ops


def _converted(change: dict[str, Any]) -> dict[str, Any] | None:
    if change.get("record") != "setting":
        return change
    key = str(change.get("id", ""))
    if not key.startswith(REJECTED_PREFIX):
        return None  # a UI setting: no longer part of the data

    def keys(side: Any) -> dict[str, Any] | None:
        return None if not side else {REJECTIONS_KEY: sorted(side.get("value") or [])}

    article_id = key.removeprefix(REJECTED_PREFIX)
    return {
        "record": "rejections",
        "id": article_id,
        "article_id": article_id,
        "before": keys(change.get("before")),
        "after": keys(change.get("after")),
    }


def migrate(root: Path, files: FileSet, journal: Path, version: int, *, readonly: bool) -> None:
    """Bring an older database up to date: in memory only when read-only, else after a backup,
    as one journaled round."""
    from annotations.store.backup import make_backup
    from annotations.store.journal import write_journal

    ops = migration_ops(files, version)
    if not readonly:
        make_backup(root, f"before-schema-{SCHEMA_VERSION}")  # prunes no backup
        write_journal(journal, ops)
    files.apply_all(ops)
    if not readonly:
        files.commit()
        journal.unlink(missing_ok=True)

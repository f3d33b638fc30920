"""Every path inside a database folder, in one place: what each file is called and holds.

    fieldmark.json        schema version
    catalog/XX.json       article records without their text, with annotation counts,
                          sharded by a hash of the article id (256 shards)
    articles/ID.json      one article's text
    annotations/ID/NNNN.json  its annotations, in blocks of at most 256 in the order they were
                          made (block 0 also holds its rejected suggestions): a save rewrites
                          one block, whatever the size of the article or of its text
    entities/XX.json      entities, sharded like the catalog
    history/NNNNNNNN.json undo/redo entries, 16 a block
    history/entry-SEQ.json one entry of many changes (an import), kept apart so that the
                          entries after it in its block do not rewrite it
    state.json            the history position
    gazetteer/NAME.sqlite gazetteers the analyst imported (indexes; NAME.json from before)
    derived/              indexes derived from the data, made again when missing (the claims
                          index): never in backups or snapshots
    journal.json          present only while a write round is in flight
    writer.lock           the single writer's OS lock; writer.pid its process id

Backups live beside the folder, in `<name>.backups/`, never inside it. Anything that writes
or deletes a file of the database asks this module for the path, and a path read from disk
(the journal) is accepted only if this module could have produced it.
"""

from __future__ import annotations

import re
from pathlib import Path

try:  # hashlib's own blake2b, without hashlib, whose OpenSSL library took 1-3 ms of every start
    from _blake2 import blake2b
except ImportError:  # not CPython
    from hashlib import blake2b

from annotations.errors import StoreError, ValidationError

META_FILE = "fieldmark.json"
STATE_FILE = "state.json"
JOURNAL_FILE = "journal.json"
LOCK_FILE = "writer.lock"
PID_FILE = "writer.pid"
ROUND_LOCK_FILE = "round.lock"
"""Held by the writer through each write round, and by a reader while it takes a snapshot."""
TURN_LOCK_FILE = "reader.lock"
"""Held by a reader waiting for the round lock: the writer waits for it before its next round."""
GAZETTEER_FOLDER = "gazetteer"
DERIVED_FOLDER = "derived"
NOT_DATA = (LOCK_FILE, PID_FILE, ROUND_LOCK_FILE, TURN_LOCK_FILE)
"""Files in the folder that are not part of the data (a backup skips them)."""

HISTORY_BLOCK = 16
"""Undo entries per history file."""
ANNOTATION_BLOCK = 256
"""Annotations per block file of an article: what one save rewrites at most."""
ANNOTATIONS_FOLDER = "annotations"

# Tables inside the files
CATALOG_TABLE = "articles"
ARTICLE_TABLE = "article"
ANNOTATIONS_TABLE = "annotations"
REJECTIONS_TABLE = "rejections"
ENTITIES_TABLE = "entities"
ENTRIES_TABLE = "entries"
STATE_TABLE = "state"
LEGACY_SETTINGS_TABLE = "settings"
META_TABLE = "meta"

_SAFE_ID = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_PRODUCED = re.compile(
    r"^(?:fieldmark\.json|state\.json|catalog/[0-9a-f]{2}\.json|entities/[0-9a-f]{2}\.json|"
    r"history/[0-9]{8}\.json|history/entry-[0-9]{10}\.json|articles/[A-Za-z0-9_.-]{1,128}\.json|gazetteer/[\w-]{1,100}\.json|"
    r"annotations/[A-Za-z0-9_.-]{1,128}/[0-9]{4,8}\.json)$"
)


def shard(key: str) -> str:
    """Two hex digits from a hash of `key`: spreads records over 256 small files."""
    return blake2b(key.encode("utf-8"), digest_size=1).hexdigest()


def catalog_file(article_id: str) -> str:
    return f"catalog/{shard(article_id)}.json"


def is_usable_id(article_id: str) -> bool:
    """Whether an id can name an article's file."""
    return bool(_SAFE_ID.match(article_id)) and article_id not in (".", "..")


def article_file(article_id: str) -> str:
    if not is_usable_id(article_id):
        raise ValidationError(f"article id {article_id!r} is not usable as a file name")
    return f"articles/{article_id}.json"


def annotations_folder(article_id: str) -> str:
    """The folder of an article's annotation blocks."""
    article_file(article_id)  # refuses an id that cannot name a file
    return f"{ANNOTATIONS_FOLDER}/{article_id}"


def block_file(article_id: str, block: int) -> str:
    """One block of an article's annotations (block 0 also holds its rejected suggestions)."""
    return f"{annotations_folder(article_id)}/{block:04d}.json"


def block_number(relative: str) -> int:
    """The block a path made by `block_file` names."""
    return int(relative.rsplit("/", 1)[1].removesuffix(".json"))


def article_of(relative: str) -> str | None:
    """The article whose file or annotation block `relative` is, None for any other file."""
    parts = relative.split("/")
    if parts[0] == "articles" and len(parts) == 2:
        return parts[1].removesuffix(".json")
    if parts[0] == ANNOTATIONS_FOLDER and len(parts) == 3:
        return parts[1]
    return None


def entity_file(entity_id: str) -> str:
    return f"entities/{shard(entity_id)}.json"


def history_file(seq: int) -> str:
    return f"history/{seq // HISTORY_BLOCK:08d}.json"


def history_apart_file(seq: int) -> str:
    """Where an undo entry of many changes is kept, out of its block (see `history`)."""
    return f"history/entry-{seq:010d}.json"


def gazetteer_file(name: str) -> str:
    """The file of an imported gazetteer; `name` is made safe first (see `gazetteer_name`)."""
    return f"{GAZETTEER_FOLDER}/{gazetteer_name(name)}.sqlite"


def gazetteer_name(name: str) -> str:
    """A gazetteer's name as it can be stored: letters and digits of any script, `-` and `_`
    (every other character becomes `_`)."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:100] or "gazetteer"


def is_layout_path(relative: str) -> bool:
    """Whether `relative` is a path this module produces: the only files a journal may name."""
    return bool(_PRODUCED.match(relative)) and ".." not in relative.split("/")


def is_data(root: Path, path: Path) -> bool:
    """Whether a file under `root` is part of the data: not a lock, not a temporary or marker (dot
    files), not derived (backups and snapshots take only these)."""
    if not path.is_file() or path.name in NOT_DATA or path.name.startswith("."):
        return False
    return path.relative_to(root).parts[0] != DERIVED_FOLDER


def backups_dir(root: Path) -> Path:
    """Where the backups of the database at `root` live: beside it, never inside it."""
    root = root.resolve()
    return root.parent / f"{root.name}.backups"


def prepare_folder(root: Path, *, create: bool) -> Path:
    """Check that `root` can be a database folder (creating it if allowed); returns it."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: is a file, not a Fieldmark database folder")
    if not root.exists():
        if not create:
            raise StoreError(f"{root}: no database here")
        root.mkdir(parents=True)
    elif not (root / META_FILE).exists() and any(p.name not in NOT_DATA for p in root.iterdir()):
        raise StoreError(f"{root}: folder is not empty and is not a Fieldmark database")
    return root

"""What an analyst's app last read from a server, kept on this machine for a start while it is away.

While the server cannot be reached, the app shows what its queries read last and keeps the
analyst's changes to send later (`offline`). A start while it was away was refused ("the server
cannot be reached"), so an analyst whose server went down between two sessions could not work at
all, though their changes would have been kept. The app's store keeps its last reads when it
closes; a start that cannot reach the server opens from them, as if the server had been lost a
moment after: the article left, its annotations and the entities are there as last read, every
change is kept here, and all is sent and read afresh once the server is back.

Only the app starts so (`from_last_read`): a command (an export, a check) would give a part of the
corpus as if it were all of it. The file is in the cache folder (it is made again by reading), and
is written without fsync: a lost one only means a start that waits for the server, as before.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import orjson

from annotations.store.atomic import atomic_write

Reads = OrderedDict[tuple[str, tuple[Any, ...]], list[dict[str, Any]]]
Seen = OrderedDict[tuple[str, str], dict[str, Any]]
VERSION = 1


def keep_reads(path: Path, reads: Reads, seen: Seen) -> None:
    """Write the last rows of each query and the records as last seen to `path` (queries whose
    rows are not JSON, a gazetteer's bytes, are left out: they are read again)."""
    kept = []
    for (sql, parameters), rows in reads.items():
        try:
            kept.append(orjson.dumps([sql, list(parameters), rows]))
        except TypeError:
            continue
    records = [[key[0], key[1], record] for key, record in seen.items()]
    data = b'{"version":%d,"reads":[%b],"seen":%b}' % (VERSION, b",".join(kept), orjson.dumps(records))
    atomic_write(path, data, sync=False)


def last_reads(path: Path) -> tuple[Reads, Seen] | None:
    """The reads and records `keep_reads` wrote, or None when there are none to start from (no
    file, or one this version cannot read)."""
    try:
        data = orjson.loads(path.read_bytes())
        if data.get("version") != VERSION:
            return None
        reads: Reads = OrderedDict(((sql, tuple(parameters)), rows) for sql, parameters, rows in data["reads"])
        seen: Seen = OrderedDict(((first, second), record) for first, second, record in data["seen"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return (reads, seen) if reads else None

"""What a server database keeps besides the corpus: imported gazetteers (fetched into a local
file for the suggestions), and a team's assignments and activity."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable, Hashable, Sequence
from functools import cached_property
from pathlib import Path

import orjson
from psycopg.types.json import Jsonb

from annotations.errors import NotFoundError
from annotations.model import now_iso
from annotations.store.assignment import Activity, Assignment
from annotations.store.atomic import atomic_write
from annotations.store.changes import Change
from annotations.store.layout import gazetteer_name
from annotations.store.postgres.queries import ServerQueries
from annotations.store.postgres.records import Connection


class ServerExtras(ServerQueries):
    """The first article, gazetteers, assignments and activity of a `PostgresStore` (which
    provides the queries)."""

    _where: str

    def first_article(self) -> str | None:
        rows = self._query("SELECT id FROM articles ORDER BY ord LIMIT 1")
        return str(rows[0]["id"]) if rows else None

    # --- gazetteers ---------------------------------------------------------------------------

    def gazetteers(self) -> list[str]:
        return [row["name"] for row in self._query("SELECT name FROM gazetteers ORDER BY name")]

    def gazetteer_path(self, name: str) -> Path:
        """The gazetteer in a local file, fetched once per version (the suggestions open it)."""
        rows = self._query("SELECT stamp FROM gazetteers WHERE name = %s", (name,))
        if not rows:
            raise NotFoundError(f"no gazetteer {name!r} in {self._where}")
        local = self._local_folder / "gazetteers" / f"{name}-{rows[0]['stamp']}.sqlite"
        if not local.exists():
            data = self._query("SELECT data FROM gazetteers WHERE name = %s", (name,))[0]["data"]
            atomic_write(local, bytes(data), sync=False)  # a copy of what the server keeps
        return local

    def save_gazetteer(self, name: str, write: Callable[[Path], None]) -> str:
        self._writable()
        stored = gazetteer_name(name)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "gazetteer"
            write(path)
            data = path.read_bytes()
        with self._transaction() as connection:
            connection.execute(
                "INSERT INTO gazetteers (name, data, stamp) VALUES (%s, %s, %s) "
                "ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, stamp = EXCLUDED.stamp",
                (stored, data, hashlib.blake2b(data, digest_size=8).hexdigest() + now_iso()[-6:]),
            )
        return stored

    def remove_gazetteer(self, name: str) -> None:
        self._writable()
        with self._transaction() as connection:
            connection.execute("DELETE FROM gazetteers WHERE name = %s", (name,))

    def gazetteer_stamp(self) -> Hashable:
        return tuple(
            (row["name"], row["stamp"]) for row in self._query("SELECT name, stamp FROM gazetteers ORDER BY 1")
        )

    @cached_property
    def _local_folder(self) -> Path:
        """This machine's folder for what it derives from this server database (gazetteer files,
        derived indexes): in the cache folder (`cache` in the settings, read once per store: every
        reading of the claims asks), which may be emptied."""
        from annotations.settings import load_settings

        return load_settings().cache / "servers" / self._server_id()

    def _kept_folder(self) -> Path:
        return kept_folder(self._where)

    def _server_id(self) -> str:
        return server_id(self._where)

    # --- a team ---------------------------------------------------------------------------------

    def assignments(self) -> list[Assignment]:
        rows = self._query(
            "SELECT a.article_id, a.analyst, a.done, a.assigned FROM assignments a "
            "JOIN articles r ON r.id = a.article_id ORDER BY r.ord, a.analyst"
        )
        return [Assignment(row["article_id"], row["analyst"], row["done"], row["assigned"]) for row in rows]

    def assign(self, pairs: Sequence[tuple[str, str]]) -> int:
        self._writable()
        added = 0
        with self._transaction() as connection:
            for article_id, analyst in pairs:
                added += connection.execute(
                    "INSERT INTO assignments (article_id, analyst, assigned) VALUES (%s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    (article_id, analyst, now_iso()),
                ).rowcount
        return added

    def unassign(self, pairs: Sequence[tuple[str, str]]) -> int:
        self._writable()
        removed = 0
        with self._transaction() as connection:
            for article_id, analyst in pairs:
                removed += connection.execute(
                    "DELETE FROM assignments WHERE article_id = %s AND analyst = %s", (article_id, analyst)
                ).rowcount
        return removed

    def set_assignment_done(self, article_id: str, analyst: str, done: bool) -> None:
        self._writable()
        with self._transaction() as connection:
            connection.execute(
                "UPDATE assignments SET done = %s WHERE article_id = %s AND analyst = %s", (done, article_id, analyst)
            )

    def analysts_known(self) -> set[str]:
        rows = self._query(
            "SELECT rolname AS name FROM pg_roles WHERE rolcanlogin UNION SELECT annotator FROM history "
            "UNION SELECT analyst FROM assignments"
        )
        return {row["name"] for row in rows}

    def activity(self) -> list[Activity]:
        """Each analyst's last step, undo or redo (`note_activity`); for one with none noted (steps
        made by an older Fieldmark), their last step in the history, in the article its first change
        of one names (a step that adds a new place starts with the entity, of no article)."""
        noted = {
            row["key"].removeprefix(ACTIVITY): row["value"]
            for row in self._query("SELECT key, value FROM fieldmark_meta WHERE starts_with(key, %s)", (ACTIVITY,))
        }
        rows = self._query(
            "SELECT DISTINCT ON (annotator) annotator, time, label, (SELECT c ->> 'article_id' FROM "
            "jsonb_array_elements(changes) c WHERE c ->> 'article_id' IS NOT NULL LIMIT 1) AS article_id FROM history "
            "ORDER BY annotator, seq DESC"
        )
        last = {
            row["annotator"]: Activity(row["annotator"], row["time"], row["label"], row["article_id"]) for row in rows
        }
        for annotator, value in noted.items():
            last[annotator] = Activity(annotator, value["time"], value["label"], value.get("article_id"))
        return [last[annotator] for annotator in sorted(last)]


ACTIVITY = "activity/"
"""The keys of `fieldmark_meta` that hold an analyst's last step ("activity/ana"): in the table every
Fieldmark has (a new table, made by its owner's Fieldmark, would need the owner's grants again)."""


def note_activity(connection: Connection, annotator: str, label: str, time: str, changes: Sequence[Change]) -> None:
    """Keep `annotator`'s last step (inside the step's transaction). Read from the history, a
    newcomer's `assign` listed a step from before the ones taken off her undo list since, and
    not her undo at all."""
    article_id = next((c.article_id for c in changes if c.article_id is not None), None)
    connection.execute(
        "INSERT INTO fieldmark_meta (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        (ACTIVITY + annotator, Jsonb({"time": time, "label": label, "article_id": article_id})),
    )


def server_id(where: str) -> str:
    """The folder name of a server database (`where`: its address without the password)."""
    return hashlib.blake2b(where.encode(), digest_size=8).hexdigest()


def kept_folder(where: str) -> Path:
    """This machine's folder for what it keeps of a server database and could not make again:
    the changes not sent yet, the backups. In the data folder, not the cache: a test run that
    emptied the cache's server folders took an analyst's unsent changes with them. What an
    earlier version kept in the cache comes over the first time."""
    from annotations.locations import cache_dir, data_dir

    kept = data_dir() / "servers" / server_id(where)
    move_kept(cache_dir() / "servers" / server_id(where), kept)
    return kept


KEPT = ("queued", "backups")
"""What a server database's local folder holds that cannot be derived again."""


def move_kept(old: Path, new: Path) -> None:
    """Move the kept changes and backups an earlier version left in `old` into `new`, file by
    file (the new folder may exist already, empty after an outage), never over a file there: an
    analyst's kept changes found in both are joined, the earlier ones first."""
    for name in KEPT:
        source = old / name
        if not source.is_dir():
            continue
        target = new / name
        target.mkdir(parents=True, exist_ok=True)
        for file in source.iterdir():
            try:
                if not (target / file.name).exists():
                    shutil.move(str(file), str(target / file.name))
                elif name == "queued":
                    _join_kept(file, target / file.name)
            except (OSError, ValueError):
                pass  # left where it was: the earlier version reads it there still
        try:
            source.rmdir()
        except OSError:
            pass  # something was left in it


def _join_kept(earlier: Path, later: Path) -> None:
    """One analyst's kept changes of an earlier version put before those of this one."""
    joined = orjson.loads(earlier.read_bytes()) + orjson.loads(later.read_bytes())
    atomic_write(later, orjson.dumps(joined))
    earlier.unlink()

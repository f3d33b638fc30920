"""Which backend a database location names, and opening it there.

A folder path (the default) is the embedded TinyDB store; a `postgresql://` URL a database on a
PostgreSQL server that a team shares.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotations.store.interface import ErrorCallback, Store

SERVER_SCHEMES = ("postgresql://", "postgres://")
KEYWORDS = re.compile(r"^\s*(?:host|hostaddr|dbname|user|port|service)\s*=")


def is_server_location(location: Path | str) -> bool:
    """A `postgresql://` URL, or libpq's "host=… dbname=…" form."""
    return isinstance(location, str) and (location.startswith(SERVER_SCHEMES) or bool(KEYWORDS.match(location)))


def shown_location(location: Path | str) -> str:
    """A location as people may see it: a server's address without its password."""
    if is_server_location(location):
        from annotations.store.postgres.url import describe_url

        return describe_url(str(location))
    return str(location)


def location_to_paste(location: Path | str) -> str:
    """A location as a command to paste takes it: quoted for a shell, a server's without its password."""
    import shlex

    if is_server_location(location):
        from annotations.store.postgres.url import url_to_paste

        return shlex.quote(url_to_paste(str(location)))
    return shlex.quote(str(location))


def open_store(
    location: Path | str,
    *,
    readonly: bool = False,
    create: bool = True,
    on_error: ErrorCallback | None = None,
    salvage: bool = False,
    annotator: str | None = None,
    articles_later: bool = False,
    from_last_read: bool = False,
) -> Store:
    """Open the database at `location` (a folder path, or a server URL); `salvage` (repair)
    sets aside what cannot be read instead of refusing the database; `articles_later`: a
    folder's catalog is read when first needed (the app's first frame waits for one article);
    `from_last_read`: a server that cannot be reached is started from what the app read last."""
    if is_server_location(location):
        from annotations.store.postgres.store import PostgresStore

        return PostgresStore(
            str(location), readonly=readonly, create=create, annotator=annotator, from_last_read=from_last_read
        )
    from annotations.store.folder import FolderStore

    return FolderStore.open_folder(
        location, readonly=readonly, create=create, on_error=on_error, salvage=salvage, articles_later=articles_later
    )

"""Which backend a database location names, and opening it there.

A folder path (the default) is the embedded TinyDB store. Server URLs are refused with a clear
line until a server backend exists.
"""

from __future__ import annotations

from pathlib import Path

from annotations.errors import StoreError
from annotations.store.interface import ErrorCallback, Store

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: Path | str) -> bool:
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def open_store(
    location: Path | str,
    *,
    readonly: bool = False,
    create: bool = True,
    on_error: ErrorCallback | None = None,
    salvage: bool = False,
) -> Store:
    """Open the database at `location` (a folder path, or a server URL); `salvage` (repair)
    sets aside what cannot be read instead of refusing the database."""
    if is_server_location(location):
        raise StoreError("PostgreSQL databases are not supported by this version of Fieldmark")
    from annotations.store.folder import FolderStore

    return FolderStore.open_folder(location, readonly=readonly, create=create, on_error=on_error, salvage=salvage)

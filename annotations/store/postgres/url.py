"""Server addresses as people may see them: never with the password."""

from __future__ import annotations

from psycopg.conninfo import conninfo_to_dict
from psycopg.errors import ProgrammingError


def describe_url(url: str) -> str:
    """`postgresql://ana@db.example.org:5432/corpus`: the address without its password (in the
    URL or in its parameters), for the header, `list`, logs and messages."""
    try:
        parts = conninfo_to_dict(url)
    except ProgrammingError:
        return "postgresql://(an address that does not parse)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = str(parts.get("host") or "")
    port = f":{parts['port']}" if parts.get("port") else ""
    where = f"{host}{port}" if not host.startswith("/") else f"{port}"
    socket = f" (socket {host})" if host.startswith("/") else ""
    return f"postgresql://{user}{where}/{parts.get('dbname') or ''}{socket}"

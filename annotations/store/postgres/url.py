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


def url_to_paste(url: str) -> str:
    """The address as a command takes it, without its password: a socket's folder and a port as
    parameters (`describe_url`'s "(socket /tmp/pg)" cannot be pasted into a command)."""
    try:
        parts = conninfo_to_dict(url)
    except ProgrammingError:
        return describe_url(url)
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = str(parts.get("host") or "")
    port = str(parts.get("port") or "")
    if not host.startswith("/"):
        return f"postgresql://{user}{host}{':' + port if port else ''}/{parts.get('dbname') or ''}"
    query = f"?host={host}" + (f"&port={port}" if port else "")
    return f"postgresql://{user}/{parts.get('dbname') or ''}{query}"

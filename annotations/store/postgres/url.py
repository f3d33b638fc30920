"""Server addresses as people may see them: never with the password."""

from __future__ import annotations

import os

from psycopg.conninfo import conninfo_to_dict
from psycopg.errors import ProgrammingError


def describe_url(url: str) -> str:
    """`postgresql://ana@db.example.org:5432/corpus`: the address without its password (in the
    URL or in its parameters), for the header, `list`, logs and messages."""
    parts = _address(url)
    if parts is None:
        return "postgresql://(an address that does not parse)"
    user, host, port, dbname = parts
    port = f":{port}" if port else ""
    where = f"{host}{port}" if not host.startswith("/") else port
    socket = f" (socket {host})" if host.startswith("/") else ""
    return f"postgresql://{user}{where}/{dbname}{socket}"


def url_to_paste(url: str) -> str:
    """The address as a command takes it, without its password: a socket's folder and a port as
    parameters (`describe_url`'s "(socket /tmp/pg)" cannot be pasted into a command)."""
    parts = _address(url)
    if parts is None:
        return describe_url(url)
    user, host, port, dbname = parts
    if not host.startswith("/"):
        return f"postgresql://{user}{host}{':' + port if port else ''}/{dbname}"
    query = f"?host={host}" + (f"&port={port}" if port else "")
    return f"postgresql://{user}/{dbname}{query}"


def server_login(url: str) -> str | None:
    """Whom the server will know this analyst as: the address's user, else $PGUSER (else libpq
    takes the computer's login, as the settings do); None when the address does not parse."""
    try:
        user = conninfo_to_dict(url).get("user")
    except ProgrammingError:
        return None
    return str(user) if user else os.environ.get("PGUSER") or None


def _address(url: str) -> tuple[str, str, str, str] | None:
    """("user@" or "", host, port, database name) of an address, its password left out; None when
    it does not parse."""
    try:
        parts = conninfo_to_dict(url)
    except ProgrammingError:
        return None
    user = f"{parts['user']}@" if parts.get("user") else ""
    return user, str(parts.get("host") or ""), str(parts.get("port") or ""), str(parts.get("dbname") or "")

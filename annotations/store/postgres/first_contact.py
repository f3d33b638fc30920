"""A server store's first contact: the schema checked (made when asked), the login learnt, and
each way it can fail said in one line without the address's password."""

from __future__ import annotations

import psycopg

from annotations.errors import StoreError
from annotations.store.postgres.connection import one_line
from annotations.store.postgres.schema import ensure_schema


class Unreachable(Exception):
    """The server cannot be reached (its error in one line): the caller may start from what was
    read last (`last_read`), or says what waits for it."""


def first_contact(url: str, where: str, *, create: bool, readonly: bool) -> str | None:
    """The login of a connection to `url` (None if the server does not say), once the schema is
    checked; a `StoreError` naming `where` when the database cannot be used, `Unreachable` when
    the server cannot be reached."""
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as connection:
            ensure_schema(connection, create=create, readonly=readonly)
            role = connection.execute("SELECT session_user").fetchone()
    except StoreError as error:  # no Fieldmark tables, or newer ones: said with the address
        raise type(error)(f"{where}: {error}") from None
    except psycopg.errors.InsufficientPrivilege as error:  # was said as an address that does not parse
        raise StoreError(f"{where}: {one_line(error)} (the grants in docs/team.md are missing)") from None
    except psycopg.ProgrammingError as error:  # the address itself: libpq's message may quote the password
        if error.sqlstate:  # the server's own answer, not the address's
            raise StoreError(f"{where}: {one_line(error)}") from None
        raise StoreError(f"{where}: the address does not parse (check it; it is not shown)") from None
    except psycopg.Error as error:
        if "no password supplied" in str(error) or "password authentication failed" in str(error):
            raise StoreError(f"{where}: {one_line(error)}{_PASSWORD_HINT}") from None  # reached: not away
        raise Unreachable(one_line(error)) from None
    return str(role[0]) if role else None


_PASSWORD_HINT = " (a password is best kept in ~/.pgpass as host:port:database:login:password, docs/team.md)"
"""What helper-255 was not told when libpq said "fe_sendauth: no password supplied"."""


def with_application_name(url: str) -> dict[str, str]:
    """Connection options naming Fieldmark to the server (`pg_stat_activity` tells its connections
    apart: helper-255's DBA could not), unless the address names itself."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        named = "application_name" in conninfo_to_dict(url)
    except psycopg.Error:
        return {}
    return {} if named else {"application_name": "fieldmark"}

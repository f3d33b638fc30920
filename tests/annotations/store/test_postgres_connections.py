"""How Fieldmark's connections show on the server and a refused login is said (helper-255: a DBA
could not tell Fieldmark's connections apart; "fe_sendauth: no password supplied" came with no
word of where a password goes)."""

from __future__ import annotations

import psycopg
import pytest

from annotations.errors import StoreError
from annotations.store.postgres import first_contact
from annotations.store.postgres.store import PostgresStore


def test_fieldmarks_connections_name_themselves_unless_the_address_does(url: str) -> None:
    with PostgresStore(url, readonly=False, create=True, annotator="ana") as store:
        store.articles()
        with psycopg.connect(url, autocommit=True) as connection:
            names = {row[0] for row in connection.execute("SELECT application_name FROM pg_stat_activity")}
    assert "fieldmark" in names
    assert first_contact.with_application_name(f"{url}?application_name=desk") == {}


def test_a_login_refused_for_want_of_a_password_says_where_one_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise psycopg.OperationalError("connection failed: fe_sendauth: no password supplied")

    monkeypatch.setattr(first_contact.psycopg, "connect", refused)
    with pytest.raises(StoreError) as raised:  # not taken for a server away
        first_contact.first_contact("postgresql://ana@db/corpus", "db/corpus", create=False, readonly=False)
    assert "~/.pgpass" in str(raised.value) and "no password supplied" in str(raised.value)

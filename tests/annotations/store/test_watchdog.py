"""The watchdog's rounds (`annotations/store/postgres/watchdog.py`), without a server: which
waiting connections it cuts."""

from __future__ import annotations

from typing import Any

import pytest

from annotations.store.postgres import watchdog as watchdog_module
from annotations.store.postgres.watchdog import Watchdog


class _Probed(Watchdog):
    """A watchdog whose probe says `answering`, running `meanwhile` first (what happens while a
    real probe waits up to two seconds)."""

    def __init__(self, answering: bool, meanwhile: Any = None) -> None:
        super().__init__("postgresql://nobody@/nothing", patience=0.0)
        self.answering, self.meanwhile = answering, meanwhile

    def _answers(self) -> bool:
        if self.meanwhile is not None:
            self.meanwhile()
        return self.answering


@pytest.fixture
def cut(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    done: list[object] = []
    monkeypatch.setattr(watchdog_module, "cut", done.append)
    return done


def test_a_query_waiting_on_a_server_that_answers_nobody_is_cut(cut: list[object]) -> None:
    dog, connection = _Probed(answering=False), object()
    with dog.watching(connection):  # type: ignore[arg-type]
        dog._round()
    assert cut == [connection]


def test_a_query_on_a_server_that_answers_is_left_to_finish(cut: list[object]) -> None:
    dog, connection = _Probed(answering=True), object()
    with dog.watching(connection):  # type: ignore[arg-type]
        dog._round()
    assert cut == []


def test_a_connection_handed_to_another_query_meanwhile_is_not_cut_for_the_last(cut: list[object]) -> None:
    """Found in review: the first query ended during the probe, the pool handed the connection to
    a second, and the second, healthy and just begun, was cut."""
    connection = object()
    watches = []

    def again() -> None:  # the first query's watch ends; the second's begins, on the same connection
        dog._watched.clear()
        watches.append(dog.watching(connection))  # type: ignore[arg-type]  # held: not ended by the collector
        watches[-1].__enter__()

    dog = _Probed(answering=False, meanwhile=again)
    with dog.watching(connection):  # type: ignore[arg-type]
        dog._round()
    assert cut == []


def test_the_watchdogs_thread_ends_with_nothing_to_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in review: every store, each snapshot too, left a thread waking four times a second."""
    monkeypatch.setattr(watchdog_module, "IDLE_SECONDS", 0.0)
    dog = _Probed(answering=True)
    with dog.watching(object()):  # type: ignore[arg-type]
        thread = dog._thread
    assert thread is not None
    thread.join(10)
    assert not thread.is_alive() and dog._thread is None
    with dog.watching(object()):  # type: ignore[arg-type]
        assert dog._thread is not None and dog._thread is not thread

"""The real app in a pseudo-terminal: SIGTERM, SIGINT, SIGHUP and Ctrl+C flush and exit cleanly,
releasing the database."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotations.remembered import Remembered
from annotations.store import Store
from benchmarks.pty_io import app_in_a_terminal

from .terminal import read_until


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "SIGHUP", "ctrl+c key"])
def test_stopping_the_app_saves_and_exits_cleanly(seed_db: Path, stop: str) -> None:
    primary, secondary = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    app = subprocess.Popen(
        [sys.executable, "-m", "tui", "--db", str(seed_db), "--annotator", "pty"],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        close_fds=True,
    )
    os.close(secondary)
    try:
        shown = read_until(primary, b"Districts", timeout=30)
        assert b"Districts" in shown, shown[-2000:]
        os.write(primary, b"G")  # move to the end: the position is what must be saved
        assert b"Bot" in read_until(primary, b"Bot", timeout=30)  # drawn there (no sleep: a busy machine is slow)
        if stop == "ctrl+c key":
            os.write(primary, b"\x03")
        else:
            app.send_signal(getattr(signal, stop))
        deadline = time.monotonic() + 20
        while app.poll() is None and time.monotonic() < deadline:
            read_until(primary, b"\x00never", timeout=0.2)  # keep the terminal drained
        assert app.wait(timeout=1) == 0
    finally:
        if app.poll() is None:
            app.kill()
        os.close(primary)
    with Store.open(seed_db) as store:  # the lock was released
        position = Remembered.load().position(store.location)
        article = store.article(store.articles()[0].id)
        assert position == (article.id, len(article.text))


def test_losing_the_terminal_without_a_hangup_signal_saves_and_exits(seed_db: Path) -> None:
    """The app has no controlling terminal here, so closing the terminal sends no SIGHUP: the app
    only sees its input hang up. It must save, release the database and exit (it used to live on
    at 80 % CPU holding the writer lock)."""
    app, primary = app_in_a_terminal(seed_db)
    try:
        assert b"Districts" in read_until(primary, b"Districts", timeout=30)
        os.write(primary, b"G")
        assert b"Bot" in read_until(primary, b"Bot", timeout=30)
    finally:
        os.close(primary)  # the terminal is gone
    try:
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
    with Store.open(seed_db) as store:  # the lock was released
        article = store.article(store.articles()[0].id)
        assert Remembered.load().position(store.location) == (article.id, len(article.text))

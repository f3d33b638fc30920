"""The real app in a pseudo-terminal: SIGTERM, SIGINT, SIGHUP and Ctrl+C flush and exit cleanly,
releasing the database."""

from __future__ import annotations

import os
import pty
import shlex
import shutil
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


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux's script")
def test_a_terminal_with_no_size_still_shows_the_app_and_stops_on_sigterm(seed_db: Path) -> None:
    """helper-354: under `script` with no input terminal the terminal says it is 0 x 0: Rich took 25 rows, Textual
    24, and the screen was laid out at each in turn for ever, at full CPU, holding the writer's lock, deaf to SIGTERM.
    (A pseudo-terminal opened here, 0 x 0 too, did not show it: `script`'s does.)"""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    command = f"{shlex.quote(sys.executable)} -m tui --db {shlex.quote(str(seed_db))} --annotator pty"
    runner = subprocess.Popen(
        ["script", "-qfc", command, "/dev/null"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**env, "TERM": "xterm-256color"},
    )
    app = 0
    try:
        assert runner.stdout is not None
        assert b"Quit" in read_until(runner.stdout.fileno(), b"Quit", timeout=30)  # the keys, drawn
        app = _the_app_of(str(seed_db))
        os.kill(app, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while Path(f"/proc/{app}").exists() and time.monotonic() < deadline:
            read_until(runner.stdout.fileno(), b"\x00never", timeout=0.2)
        assert not Path(f"/proc/{app}").exists(), "the app did not stop on SIGTERM"
    finally:
        if app and Path(f"/proc/{app}").exists():
            os.kill(app, signal.SIGKILL)  # not left spinning after a failure
        runner.kill()
        runner.wait(timeout=10)


def _the_app_of(db: str) -> int:
    """The pid of the app started on `db` (a child of `script`'s)."""
    for proc in Path("/proc").iterdir():
        try:
            line = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"tui" in line and db.encode() in line:
            return int(proc.name)
    raise AssertionError("the app is not running")


def test_a_terminal_with_no_size_is_given_one_in_the_environment() -> None:
    from tui.main import with_a_size

    primary, secondary = pty.openpty()
    try:
        environ: dict[str, str] = {}
        with_a_size(environ, secondary)
        assert environ == {"COLUMNS": "80", "LINES": "24"}
        kept = {"COLUMNS": "100"}
        with_a_size(kept, secondary)
        assert kept == {"COLUMNS": "100", "LINES": "24"}  # what the user set stays
    finally:
        os.close(primary)
        os.close(secondary)

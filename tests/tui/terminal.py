"""The real app in a pseudo-terminal, for tests that need what a user's terminal does: keys
arriving in one write, signals, a terminal that goes away."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.pty_io import app_in_a_terminal, read_chunk


def read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    """What the app drew until `needle` appeared (or the time ran out)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        chunk = read_chunk(fd, 0.1)
        if chunk is None:
            break
        seen += chunk
        if needle in seen:
            return seen
    return seen


@contextmanager
def app_in_terminal(
    db: Path, *args: str, env: dict[str, str] | None = None, typed_at_start: bytes = b""
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """The app on `db` in a new pseudo-terminal, shown; yields the process and the terminal's
    side to write keys to (`typed_at_start` written before it has drawn anything). The app is
    killed if the test leaves it running."""
    app, primary = app_in_a_terminal(db, *args, env=env)
    try:
        if typed_at_start:
            os.write(primary, typed_at_start)
        shown = read_until(primary, b"Districts", timeout=60)
        assert b"Districts" in shown, shown[-2000:]
        yield app, primary
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        os.close(primary)

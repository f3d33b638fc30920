"""Reading what an app draws in a pseudo-terminal: the benchmark of keys in a real terminal and the
tests that need what a user's terminal does (keys in one write, signals) share it."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path


def read_chunk(fd: int, wait: float) -> bytes | None:
    """What the app drew within `wait` seconds (b"" for nothing yet); None once the terminal is
    closed."""
    ready, _, _ = select.select([fd], [], [], wait)
    if not ready:
        return b""
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return None
    return chunk or None


def drain_until_quiet(fd: int, quiet: float = 1.0, limit: float = 30.0) -> bytes:
    """Read what the app draws until it has drawn nothing for `quiet` seconds."""
    seen = b""
    deadline = time.monotonic() + limit
    last = time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - last < quiet:
        chunk = read_chunk(fd, 0.05)
        if chunk is None:
            break
        if chunk:
            seen += chunk
            last = time.monotonic()
    return seen


TERMINAL = {"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
"""The terminal the app is started in: 120 x 40, colours."""


def app_in_a_terminal(
    db: Path, *args: str, env: Mapping[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    """`fieldmark` on `db` started in a new pseudo-terminal (this process's environment, `TERMINAL`
    and `env` over it); the process and the terminal's side to read it from and write keys to."""
    primary, secondary = pty.openpty()
    app = subprocess.Popen(
        [sys.executable, "-m", "tui", "--db", str(db), *args],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env={**os.environ, **TERMINAL, **(env or {})},
        close_fds=True,
    )
    os.close(secondary)
    return app, primary

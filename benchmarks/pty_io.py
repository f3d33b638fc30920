"""Reading what an app draws in a pseudo-terminal: the benchmark of keys in a real terminal and the
tests that need what a user's terminal does (keys in one write, signals) share it."""

from __future__ import annotations

import os
import select
import time


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

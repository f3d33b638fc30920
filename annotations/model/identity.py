"""Identity and time: record ids, the article id derived from its text, timestamps."""

from __future__ import annotations

import math
import os
import random
import time
from datetime import UTC, datetime


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with milliseconds ("2026-11-29T23:50:03.123+00:00")."""
    global _second_written
    now = time.time()
    second = math.floor(now)
    micro = round((now - second) * 1_000_000)  # as `datetime` rounds a timestamp, then drops to ms
    if micro == 1_000_000:
        second, micro = second + 1, 0
    written = _second_written
    if written[0] != second:  # the date and time of day change once a second: written once
        written = _second_written = (second, datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{written[1]}.{micro // 1000:03d}+00:00"


_second_written: tuple[int, str] = (-1, "")
"""The last second `now_iso` wrote, and how (hundreds of entities are made in one second)."""


def new_id(prefix: str) -> str:
    """A fresh random identifier such as `ann_3f2a…`; the prefix tells what it names."""
    return f"{prefix}_{_RANDOM.getrandbits(80):020x}"


_RANDOM = random.Random(os.urandom(32))
"""The bits of ids: seeded from the system's randomness, drawn without a system call each (a long
article's suggestions make hundreds of entities), seeded again in a forked child."""
if hasattr(os, "register_at_fork"):  # no fork, no need, where there is none
    os.register_at_fork(after_in_child=lambda: _RANDOM.seed(os.urandom(32)))


def text_sha256(text: str) -> str:
    """The SHA-256 of the normalised text, hex; exports carry it and merges match on it."""
    import hashlib  # here: its OpenSSL library took 3 ms of every start, before the first frame

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """The stable id of an article: derived from its normalised text, so re-imports match."""
    return text_sha256(text)[:16]

"""The `fieldmark` console script: the core's command line, with the app plugged in."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import MutableMapping

from annotations.cli import run
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Store


def open_app(store: Store, settings: Settings) -> int:
    """Run the Textual app on `store` (imported here so CLI commands start fast).

    The garbage collector waits until the first frame (the app resumes it then: `_settle_memory`):
    importing Textual and composing the screen make hundreds of thousands of objects that live as
    long as the app, and the collections they set off, each walking what was made so far, were
    10-15 ms of a 230 ms start."""
    if not on_a_terminal():
        sys.stderr.write(
            "fieldmark: the app needs a terminal to read keys from and draw on; in a script, use a "
            "command (`fieldmark --help` lists them)\n"
        )
        return 2
    with_a_size(os.environ)
    paused = gc.isenabled()
    gc.disable()
    try:
        from .app import FieldmarkApp

        app = FieldmarkApp(store, settings, remembered=Remembered.load(), collector_paused=paused)
        app.run()
    finally:
        if paused:
            gc.enable()  # the app did at its first frame, unless it ended before one
    return app.return_code or 0


def on_a_terminal() -> bool:
    """Whether keys come from a terminal and the app draws on one: without (a script, a pipe,
    input from /dev/null) it read end-of-file for ever at full CPU and held the writer's lock
    (a newcomer's `fieldmark --annotator ana import FILES` started it so)."""
    streams = (sys.__stdin__, sys.__stdout__)
    return all(stream is not None and stream.isatty() for stream in streams)


FALLBACK_SIZE = (80, 24)


def with_a_size(environ: MutableMapping[str, str], fd: int | None = None) -> None:
    """A terminal that says it has no size (0 columns, 0 rows: `script` without an input terminal, some containers)
    is given one in the environment, where Rich and Textual both read it: Rich fell back to 25 rows, Textual to 24,
    and the screen laid itself out at each in turn for ever, at full CPU, holding the writer's lock and deaf to
    SIGTERM (helper-354)."""
    if fd is None:
        fd = sys.__stdout__.fileno() if sys.__stdout__ is not None else 1
    try:
        columns, rows = os.get_terminal_size(fd)
    except (OSError, ValueError):
        return
    if not columns:
        environ.setdefault("COLUMNS", str(FALLBACK_SIZE[0]))
    if not rows:
        environ.setdefault("LINES", str(FALLBACK_SIZE[1]))


def main() -> int:
    return run(sys.argv[1:], open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())

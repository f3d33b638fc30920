"""The `fieldmark` command line: thin commands over the core (`fieldmark --help` lists them).

The app itself lives in `tui/`; the command line only knows it as a callable handed in by the
entry point (`tui.main`), so the core never imports Textual. Each command is a function of a
`Context` (its arguments, the settings, where to write) in `corpus`, `places` or
`maintenance`; `parser` maps command names to them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import TextIO

from annotations.cli.context import Context, OpenApp, with_server_login
from annotations.cli.parser import COMMAND_NAMES, build_parser, with_default_command
from annotations.errors import FieldmarkError, UsageError
from annotations.remembered import Remembered
from annotations.settings import load_settings

COMMANDS = COMMAND_NAMES
"""What `fieldmark` can do (`parser.COMMANDS` says how)."""

__all__ = ["COMMANDS", "OpenApp", "main", "run"]


def run(
    argv: Sequence[str] | None = None,
    *,
    open_app: OpenApp | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage: `UsageError` too)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    settings = load_settings(remembered=Remembered.load().choices())
    words = with_default_command(_negative_points_joined(sys.argv[1:] if argv is None else argv), COMMANDS)
    parser = build_parser(settings, words[0] if words[0] in COMMANDS else None)  # its own, or all for --help
    args = parser.parse_args(words)
    for problem in settings.problems:
        err.write(f"fieldmark: {problem}\n")
    db = getattr(args, "db", None)
    settings = with_server_login(settings, str(db) if db is not None else settings.db, getattr(args, "annotator", None))
    try:
        code = int(args.handler(Context(args, settings, out, err, open_app)))
        out.flush()  # a reader gone before a short output was flushed is found here, not at exit (status 120)
        return code
    except UsageError as error:
        err.write(f"fieldmark: error: {error}\n")
        return 2
    except FieldmarkError as error:
        err.write(f"fieldmark: error: {error}\n")
        return 1
    except BrokenPipeError:
        _quiet_stdout(out)
        return 141  # what a shell reports for a reader that went away (`fieldmark list | head`)
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        err.write(f"fieldmark: error: {where}{error.strerror or error}\n")
        return 1
    except KeyboardInterrupt:
        err.write("fieldmark: interrupted\n")
        return 130


def _quiet_stdout(out: TextIO) -> None:
    """The reader of our output has gone: send what is still buffered nowhere, so that Python
    does not report the broken pipe again when it flushes at exit."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> int:
    """Entry point without the app (`python -m annotations`)."""
    return run()


_A_NUMBER_PAIR = re.compile(r"-\d[\d.]*\s*,\s*-?\d[\d.]*")
_HALF_A_PAIR = re.compile(r"-?\d[\d.]*,")
_A_NUMBER = re.compile(r"-?\d[\d.]*")


def _negative_points_joined(words: Sequence[str]) -> list[str]:
    """`--point -1.14,13.86` as `--point=-1.14,13.86`: argparse reads a value opening with "-" as an option, and
    said only "expected one argument" (helper-367's point south of the equator)."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "--point" and (_A_NUMBER_PAIR.fullmatch(word) or _HALF_A_PAIR.fullmatch(word)):
            joined[-1] = f"--point={word}"  # "--point -1.14, 13.86": the rest comes next
        elif joined and joined[-1].startswith("--point=") and joined[-1].endswith(",") and _A_NUMBER.fullmatch(word):
            joined[-1] += word
        else:
            joined.append(word)
    return joined

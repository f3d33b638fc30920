"""Undo on a screen that makes steps of its own (the claims board's links, the adjudication's
takes): `u` there undoes those, never the reader's steps behind it."""

from __future__ import annotations

from collections.abc import Callable

from annotations.errors import FieldmarkError, StepDropped
from annotations.store import Store


def undo_own_step(store: Store, made: list[int], say: Callable[[str], None], nothing_here: str) -> bool:
    """Undo the last step in `made` (their seqs, latest last); say what happened; True if undone."""
    if not made:
        say(nothing_here)
        return False
    try:
        entry = store.undo()
    except StepDropped as dropped:  # that step of this screen's can no longer be undone: off the list
        made.pop()
        say(str(dropped))
        return False
    except FieldmarkError as error:
        say(str(error))
        return False
    made.pop()
    say(f"Undid: {entry.label}" if entry else "Nothing to undo.")
    return entry is not None

"""Undo and redo on a screen that makes steps of its own (the claims board's links, the entities'
edits, the adjudication's takes): `u` there undoes those, never the reader's steps behind it
(a newcomer's `u` in the entities screen took back a tag made in the reader), and ctrl+r redoes
what it undid."""

from __future__ import annotations

from collections.abc import Callable

from annotations.errors import FieldmarkError, StepDropped
from annotations.store import Entry, Store


def undo_own_step(
    store: Store, made: list[int], say: Callable[[str], None], nothing_here: str, undone: list[int] | None = None
) -> Entry | None:
    """Undo the last step in `made` (their seqs, latest last), kept in `undone` for `redo_own_step`;
    say what happened; the entry undone, None if none."""
    if not made:
        say(nothing_here)
        return None
    try:
        entry = store.undo()
    except StepDropped as dropped:  # that step of this screen's can no longer be undone: off the list
        made.pop()
        say(str(dropped))
        return None
    except FieldmarkError as error:
        say(str(error))
        return None
    seq = made.pop()
    if entry is not None and undone is not None:
        undone.append(seq)
    say(f"Undid: {entry.label} (ctrl+r redoes it)" if entry else "Nothing to undo.")
    return entry


def redo_own_step(store: Store, undone: list[int], made: list[int], say: Callable[[str], None]) -> Entry | None:
    """Redo the last step this screen undid (`undone`), back on its `made` list; the entry redone."""
    if not undone:
        say("Nothing undone here to redo.")
        return None
    try:
        entry = store.redo()
    except FieldmarkError as error:
        say(str(error))
        return None
    undone.pop()
    if entry is None:
        say("Nothing to redo.")
        return None
    made.append(entry.seq)
    say(f"Redid: {entry.label} (u undoes it)")
    return entry

"""Undo on a screen that makes steps of its own (the claims board's links, the adjudication's
takes): `u` there undoes those, never the reader's steps behind it. And in the reader, a step of
another analyst's (a folder keeps one history for analysts who annotate in turn): said before it
is undone."""

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


def another_analysts_step(store: Store, annotator: str, warned: int | None) -> tuple[str, int] | None:
    """What to say before undoing a step that holds none of `annotator`'s annotations but another
    analyst's, with its seq; None when it is theirs, or this step was `warned` of already (the
    second `u` undoes it). A newcomer's `u` as amina silently took back ben's tag."""
    entry = store.next_undo()
    if entry is None or entry.seq == warned or not entry.annotators or annotator in entry.annotators:
        return None
    whose = " and ".join(sorted(entry.annotators))
    return f"The last step, {entry.label}, is {whose}'s: u again undoes it", entry.seq

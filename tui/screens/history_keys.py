"""Undo and redo in the reader. The history is one list for the whole corpus (a step may touch
several articles: a merge, an entity renamed), so the last step may lie in another article than
the one read, or be another analyst's (a folder keeps one history for analysts who annotate in
turn): `u` says so first and a second `u` undoes it (a newcomer's `u` in one article silently took
back a tag in another and switched to it; one as amina took back ben's tag)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotations.errors import FieldmarkError, StepDropped
from annotations.store import Entry, Store

from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from annotations.entities.usage import UseCounts


def warning_before_undo(
    store: Store, annotator: str, article_id: str | None, warned: int | None
) -> tuple[str, int] | None:
    """What to say before undoing the next step, with its seq: that it holds none of `annotator`'s
    annotations but another analyst's, or that it touched none of the article open (`article_id`).
    None when it is one's own step here, touched no article, or was `warned` of already (the second
    `u` undoes it)."""
    entry = store.next_undo()
    if entry is None or entry.seq == warned:
        return None
    if entry.annotators and annotator not in entry.annotators:
        whose = " and ".join(sorted(entry.annotators))
        return f"The last step, {entry.label}, is {whose}'s: u again undoes it", entry.seq
    if article_id is None or not entry.article_ids or article_id in entry.article_ids:
        return None
    where = entry.article_ids[0]
    title = store.article(where).title if store.has_article(where) else where
    return f"The last step, {entry.label}, was in “{title}”: u again undoes it there", entry.seq


class HistoryKeys(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    _warned_of: int | None = None
    """The step the last `u` warned of (another analyst's, or in another article): the next `u`
    undoes it."""
    uses: UseCounts

    if TYPE_CHECKING:

        def open_article(self, article_id: str, cursor: int | None = None) -> None: ...

        def reload(self) -> None: ...

        def back_to_reviewed(self, entry: Entry) -> bool: ...

    def action_undo(self) -> None:
        if not self._writable():
            return
        article_id = self.article.id if self.article is not None else None
        warning = warning_before_undo(self.store, self.annotator, article_id, self._warned_of)
        self._warned_of = warning[1] if warning else None
        if warning is not None:
            self.slip(warning[0])
            return
        self._history(self.store.undo, "Undid", "Nothing to undo.")

    def action_redo(self) -> None:
        self._history(self.store.redo, "Redid", "Nothing to redo.")

    def _highlight_given_back(self, entry: Entry, *, undone: bool) -> None:
        """The pane's row of what the step gave back, highlighted: the cursor may not move (a pane's delete left it
        there), and the highlight stayed on the row that had taken its place; the next x deleted that (helper-315).
        By the step's own annotations, not the narrowest under the cursor (a place inside the actor: helper-318)."""
        changes = entry.inverse_changes() if undone else entry.changes
        given = {c.id for c in changes if c.record == "annotation" and c.after is not None}
        back = [a for a in self.annotations if a.id in given]
        if back:
            self.side.highlight(min(back, key=lambda a: a.start))

    def _history(self, step: Callable[[], Entry | None], verb: str, nothing: str) -> None:
        if not self._writable():
            return
        try:
            entry = step()
        except StepDropped as dropped:
            self.notify(str(dropped), timeout=6, markup=False)  # its title cut the advice at 120 columns
            return
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if entry is None:
            self.notify(nothing, timeout=2, markup=False)
            return
        self.uses.after_change(self.store, entry.inverse_changes() if verb == "Undid" else entry.changes)
        touched = entry.article_ids
        if touched and self.article is not None and touched[0] != self.article.id:
            self.open_article(touched[0])
        else:
            self.reload()
        self.suggesting.distrust()
        where = entry.first_offset(self.article.id, undone=verb == "Undid") if self.article is not None else None
        if verb == "Undid" and self.back_to_reviewed(entry):
            pass  # on the suggestion proposed again
        elif where is not None:  # the reader goes to what was undone or redone, and its pane's row with it
            self.reader.move_cursor(self.reader.location_of(where))
            self._highlight_given_back(entry, undone=verb == "Undid")
        self.notify(f"{verb}: {entry.label}", timeout=3, markup=False)

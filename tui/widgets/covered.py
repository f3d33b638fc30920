"""Updates of the panes kept while the tagging form covers them, made when they are in sight again.

The form is shown by scrolling the side's sheet down to it (`SidePanel.open_form`), so the panes
stay laid out but out of sight. Textual, told to redraw a widget out of sight, looks for its place by
arranging the whole screen again, and then draws all of the screen at the next scroll, not only what
changed (a save redrew the panes' rows under the form: `tests/tui/test_partial_redraw.py` counts
such whole-screen draws). Kept here, each update is made once, in a fixed order, when the form closes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial, wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from textual.screen import Screen

SLOTS = ("rows", "counts", "highlight")
"""The kinds of update, in the order they are made again (a highlight needs its rows)."""

P = ParamSpec("P")


Kept = dict[tuple[str, str], Callable[[], None]]
"""The updates kept, by slot and (for updates `by_kind`) the kind they are of."""


class Coverable(Protocol):
    covered: bool
    kept: Kept


C = TypeVar("C", bound=Coverable)


def kept_while_covered(
    slot: str, *, by_kind: bool = False
) -> Callable[[Callable[Concatenate[C, P], None]], Callable[Concatenate[C, P], None]]:
    """A method whose call, while its widget is `covered`, is kept: the last of its `slot` only, or
    with `by_kind` the last for each kind of its first argument (a highlight in each pane: a
    reviewer's Districts pane kept the row highlighted before the form, not during it)."""

    def wrap(method: Callable[Concatenate[C, P], None]) -> Callable[Concatenate[C, P], None]:
        @wraps(method)
        def run(self: C, *args: P.args, **kwargs: P.kwargs) -> None:
            if self.covered:
                kind = str(getattr(args[0], "kind", "")) if by_kind and args else ""
                self.kept[slot, kind] = partial(method, self, *args, **kwargs)
            else:
                method(self, *args, **kwargs)

        return run

    return wrap


def made_now(kept: Kept) -> None:
    """Make the kept updates, in `SLOTS` order, and forget them."""
    for slot in SLOTS:
        for key in [k for k in kept if k[0] == slot]:
            kept.pop(key)()


def arrange_in_view(screen: Screen[object]) -> None:
    """Tell Textual's compositor at once what a scroll brought in sight, as it would at the next
    frame. Widgets filled right after (a form's fields) are then in sight when they ask to be
    redrawn, and only they are drawn; left to the next frame, each would be looked for out of
    sight (see the module's docstring). Textual has no public call for this.

    After a layout of the whole screen (a form's hint taking another number of lines) Textual
    keeps no map of what is in sight, and compares the next scroll's with none: the whole screen
    is drawn again (at about one Enter in four). The whole map made by that layout is what is on
    the screen, so the scroll is compared with it, and only what it changed is drawn."""
    compositor = screen._compositor
    if compositor._visible_map is None and not compositor._full_map_invalidated:
        compositor._visible_map = compositor._full_map
    compositor.reflow_visible(screen, screen.outer_size)

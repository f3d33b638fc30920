"""The suggestions of the article on screen: computed in a background worker, never while hidden,
once per burst of changes, and thrown away when the article or its annotations changed since.

The screen asks (`start`, `here`, `following`), the controller answers, and tells the screen by a
message when a new list is ready.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from annotations.entities.usage import UseCounts
from annotations.errors import FieldmarkError
from annotations.store import Store

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion


def builtin_index_ready() -> bool:
    from annotations.suggest.builtin_places import index_ready

    return index_ready()


class SuggestionsReady(Message):
    """A new list of suggestions for the article shown (possibly empty)."""


class PreparingPlaces(Message):
    """The built-in places are being derived before the first suggestions (the header says so)."""


def walk_order(suggestion: Suggestion) -> tuple[int, int]:
    """The order `R`, `>` and `<` visit suggestions in: places and actors by where they start, a
    claim where it ends, after the places and actors inside it (a newcomer's review offered a
    claim before the places it is about); of those at one word, the narrowest first ("Lashio"
    before "Lashio had fallen")."""
    at = suggestion.end if suggestion.kind == "claim" else suggestion.start
    return at, suggestion.end - suggestion.start


class SuggestionsController:
    """Owns the list of suggestions; the screen draws it."""

    def __init__(
        self,
        screen: Screen[None],
        store: Store,
        *,
        visible: bool,
        uses: UseCounts | None = None,
        annotator: str | None = None,
    ) -> None:
        self.screen = screen
        self.store = store
        self.annotator = annotator
        """Whose review it is: another analyst's accepted tags do not take suggestions out of it."""
        self.uses = uses
        """Entities nothing names any more are not proposed (see `UseCounts`)."""
        self.visible = visible
        self.items: list[Suggestion] = []
        self.current = asyncio.Event()
        """Set while `items` belong to the article and annotations shown (tests wait on it)."""
        self.loading = False
        self.preparing = False
        """The built-in places are being derived (the first start after an install only)."""
        self._article_id: str | None = None
        self._shown_for: str | None = None
        """The article whose suggestions were computed last (an empty list of it is no list loading)."""
        self._generation = 0
        self._timer: Timer | None = None
        self.trusted = asyncio.Event()
        """Clear while the list lacks what a change brought back (`distrust`)."""
        self.trusted.set()

    @property
    def shown(self) -> list[Suggestion]:
        return self.items if self.visible else []

    def start(self, article_id: str | None, delay: float = 0.0) -> None:
        """Compute the article's suggestions `delay` seconds from now (a burst of changes computes
        once); nothing while they are hidden."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if article_id != self._article_id:  # another article's list: keys on suggestions wait
            self.items = []  # for this one's (`, y` in one burst found none: "No suggestion here")
            self.trusted.clear()
        self._article_id = article_id
        self._generation += 1
        self.current.clear()
        if article_id is None or not self.visible:
            self.items = [] if not self.visible else self.items
            self._shown_for = None if not self.visible else self._shown_for
            self.loading = False
            self.current.set()
            self.trusted.set()
            return
        self.loading = not self.items and self._shown_for != article_id  # none left is no list loading
        if delay > 0:
            self._timer = self.screen.set_timer(delay, self._run)
        else:
            self._run()

    def _run(self) -> None:
        self._timer = None
        article_id, generation = self._article_id, self._generation
        if article_id is None:
            return
        # Whether the built-in places must be derived first (the first start only) is asked
        # here, not when the article opens: the package versions it reads take 40 ms.
        self.preparing = self.loading and not builtin_index_ready()
        if self.preparing:
            self.trusted.set()  # keys do not wait the seconds the derivation takes
            self.screen.post_message(PreparingPlaces())
        # Imported at the first run, after the first frame; the recognisers themselves (over half
        # a second of imports, mostly their patterns) are imported by `compute`, on its thread.
        from annotations.suggest.review import prepare
        from annotations.suggest.suggestion import Cancelled

        compute = prepare(self.store, article_id, self.uses, self.annotator)  # read on this thread; computed on another

        app = self.screen.app

        def work() -> None:
            try:
                found = compute(lambda: generation != self._generation)
            except Cancelled:
                return  # a newer run has started: this result would be thrown away
            except FieldmarkError as error:  # a damaged gazetteer file: say so, show none
                found, problem = [], str(error)
            except Exception as error:  # a fault of ours: said, and the keys held for the list go on
                found, problem = [], f"{type(error).__name__}: {error}"
            else:
                problem = ""
            if not app.is_running:
                return  # the app has closed meanwhile (asking it would leave a coroutine never run)
            try:
                app.call_from_thread(self._ready, generation, article_id, found, problem)
            except RuntimeError:
                pass  # it closed just now

        # A daemon thread of its own, not a Textual worker: quitting (or losing the terminal)
        # never waits for a computation whose result nobody will see.
        threading.Thread(target=work, name="suggestions", daemon=True).start()

    def _ready(self, generation: int, article_id: str, found: list[Suggestion], problem: str = "") -> None:
        if generation != self._generation or article_id != self._article_id:
            return  # the article or its annotations changed since: a newer run is on its way
        if problem:
            # The app's own notify: a failure in the background is no failed key (the screen's
            # would drop the keys typed ahead).
            self.screen.app.notify(f"No suggestions: {problem}", severity="error", timeout=8, markup=False)
        self.items = found
        self._shown_for = article_id
        self.loading = self.preparing = False
        self.current.set()
        self.screen.post_message(SuggestionsReady())  # whose handler trusts the list (`drawn`), once it has drawn it

    def drawn(self) -> None:
        """The list made is on the screen (and a review waiting for it started): keys held for it go in now, after
        that, as typed slowly (let in before, `R y` accepted nothing: helper-349)."""
        self.trusted.set()

    def distrust(self) -> None:
        """After an undo, a redo, a deletion or a tag saved from its form the list lacks what the change brought
        (an undone `y` left its place out, and a `y` typed at once accepted the claim around it; a tag's new
        entity is suggested elsewhere, and `/gov⏎a⏎ny` in one burst missed the second "government": helper-349):
        the keys that act on suggestions wait for the next run (`SuggestionReview.held_for`).
        Accepting and rejecting keep the list right at once (`drop_accepted`, `drop`)."""
        if self.visible and self._article_id is not None and not self.current.is_set():
            self.trusted.clear()

    def toggle(self) -> bool:
        """Show or hide them; computed when shown, dropped when hidden. Returns the new state. Shown, the keys on
        suggestions wait for the list (`R y` typed at once accepted nothing: helper-349)."""
        self.visible = not self.visible
        if self.visible and self._article_id is not None:
            self.trusted.clear()
        self.start(self._article_id)
        return self.visible

    def drop(self, key: str) -> int:
        """Forget suggestions with this key at once (the analyst rejected one); how many they were."""
        kept = [s for s in self.items if s.key.casefold() != key.casefold()]  # as the next run drops them
        dropped, self.items = len(self.items) - len(kept), kept
        return dropped

    def drop_accepted(self, text: str, accepted: Sequence[Suggestion]) -> None:
        """Forget at once what accepting these made an annotation of (with the claimants a claim
        brings), and what the next run would drop as overlapping it or as settled by it ("Sinaloa"
        opening the accepted "Sinaloa Cartel"): a `y` typed before that run ends must not walk to,
        or accept, what is tagged or what slow typing would never have been offered."""
        from annotations.suggest.engine import without_tagged  # loaded by the suggestions accepted

        self.items = without_tagged(text, self.items, [*accepted, *self.claimants_of(accepted)])

    def at(self, index: int | None) -> Suggestion | None:
        shown = self.shown
        return shown[index] if index is not None and index < len(shown) else None

    def following(self, here: Suggestion, skip: Sequence[Suggestion], *, like_it: bool = False) -> Suggestion | None:
        """The next suggestion after `here`, not counting those in `skip`, nor `here` again, nor
        with `like_it` any of the same text (a rejection drops them all): the first after it in
        `walk_order` (the places and actors inside a claim, then the claim). (Every one of the same
        text was left out after a y too, and a second "RSF" a few lines on was never visited.)
        After a claim reached before what is inside it (the cursor put on it, not `R`), those inside
        come first: a newcomer's `y` on an article's first claim went on past its places and actors."""
        after = walk_order(here)
        left = [
            s
            for s in self.items
            if s is not here
            and not any(s is k for k in skip)
            and not (s.key == here.key and (like_it or (s.start, s.end) == (here.start, here.end)))
        ]
        inside = [s for s in left if here.kind == "claim" and here.start <= s.start and s.end <= here.end]
        later = inside or [s for s in left if walk_order(s) >= after]
        return min(later, key=walk_order, default=None)

    def claimants_of(self, claims: Sequence[Suggestion]) -> list[Suggestion]:
        """The speakers' suggestions that accepting these claims accepts with them."""
        spans = {c.claimant for c in claims if c.kind == "claim" and c.claimant is not None}
        return [s for s in self.items if s.kind == "actor" and (s.start, s.end) in spans]

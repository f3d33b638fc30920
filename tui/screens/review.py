"""The main screen's review of suggestions: accept (y, Y), reject (r), walk through them (R),
show or hide them (S). A part of `MainScreen` kept apart for its size; it holds no domain rules
(accepting and rejecting are `annotations.suggest.review`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.remembered import Remembered

from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion


class SuggestionReview(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    remembered: Remembered
    _review_when_ready: bool

    if TYPE_CHECKING:

        def _draw_suggestions(self) -> None: ...

    def suggestion_here(self) -> Suggestion | None:
        """The suggestion under the cursor, if suggestions are shown."""
        return self.suggesting.at(self.reader.suggestion_index_at(self.reader.focus_offset))

    def action_accept_suggestion(self, all_like_it: bool) -> None:
        """`y` accepts the suggestion under the cursor; `Y` every one with the same text."""
        from annotations.suggest.review import accept, same_text  # loaded after the first frame

        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify("No suggestion under the cursor (> goes to the next one).", timeout=2, markup=False)
            return
        assert self.article is not None
        article, everything = self.article, list(self.suggestions)
        chosen = same_text(everything, here) if all_like_it else [here]
        following = self.suggesting.following(here, skip=chosen)
        entry = self._apply(lambda: accept(self.store, article, chosen, everything, annotator=self.annotator))
        if entry is not None and following is not None:
            self.reader.show_offset(following)

    def action_reject_suggestion(self) -> None:
        """`r`: reject the suggestion under the cursor; it is not proposed again in this article."""
        from annotations.suggest.review import reject  # loaded after the first frame

        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify("No suggestion under the cursor.", timeout=2, markup=False)
            return
        assert self.article is not None
        article_id = self.article.id
        following = self.suggesting.following(here, skip=[here])
        self.suggesting.drop(here.key)
        self._draw_suggestions()
        if self._apply(lambda: reject(self.store, article_id, here)) is not None and following is not None:
            self.reader.show_offset(following)

    def action_next_suggestion(self, direction: int) -> None:
        """`>`/`<`: the next or previous suggestion, passing over what is tagged (`]` stops at both)."""
        offset = self.reader.cursor_offset
        here = self.suggestion_here()
        starts = sorted({s.start for s in self.suggesting.shown if here is None or s.start != here.start})
        if direction > 0:
            target = next((s for s in starts if s > offset), None)
        else:
            target = next((s for s in reversed(starts) if s < (here.start if here else offset)), None)
        if target is None:
            self.notify("No more suggestions this way.", timeout=1.5, markup=False)
            return
        self.reader.show_offset(target)

    def action_review_suggestions(self) -> None:
        """Walk through every suggestion in text order: the cursor goes to the first; y, Y or r
        moves on to the next."""
        if not self.suggesting.visible:
            self.action_toggle_suggestions()
        if self.suggesting.loading:
            self._review_when_ready = True
            self.notify("Suggestions are loading; the review starts when they are ready.", timeout=2, markup=False)
            return
        if not self.suggestions:
            self.notify("No suggestions for this article.", timeout=2, markup=False)
            return
        self.reader.show_offset(self.suggestions[0].start)
        self.notify(
            f"{len(self.suggestions)} suggestions: y accepts, Y accepts all like it, r rejects, > skips.",
            timeout=4,
            markup=False,
        )

    def action_toggle_suggestions(self) -> None:
        shown = self.suggesting.toggle()
        self.remembered.remember_choice("suggestions", shown)
        self._draw_suggestions()
        self.notify("Suggestions shown." if shown else "Suggestions hidden.", timeout=1.5, markup=False)

"""The main screen's review of suggestions: accept (y, Y), reject (r), walk through them (R),
show or hide them (S). A part of `MainScreen` kept apart for its size; it holds no domain rules
(accepting and rejecting are `annotations.suggest.review`)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotations.model import Annotation
from annotations.remembered import Remembered

from ..suggestions import walk_order
from .screen_parts import MainScreenPart
from .tagging import narrower, next_said

if TYPE_CHECKING:
    from annotations.entities.twins import Twins
    from annotations.store import Entry
    from annotations.suggest.suggestion import Suggestion

    from ..widgets.side import SidePanel


_ON_SUGGESTIONS = frozenset(
    {"accept_suggestion", "reject_suggestion", "next_suggestion", "review_suggestions", "tag", "edit", "delete"}
)
"""Actions that read the list of suggestions (a tag key on a suggestion takes its words; x on one rejects it: `u x`
typed fast deleted the claim around the suggestion given back, helper-320)."""


_OPENING_MARKS = frozenset("\"“«„‘'")


class SuggestionReview(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    remembered: Remembered
    _review_when_ready: bool

    if TYPE_CHECKING:

        @property
        def side(self) -> SidePanel: ...

        def _draw_suggestions(self) -> None: ...

        def _update_detail(self) -> None: ...

        def reload(self) -> None: ...

    _pointed: tuple[tuple[str, int, int], int] | None = None
    """The suggestion `>`, `<` or a review step went to (kind and span: suggestions are made again
    after every change), and where the cursor was put for it: of several starting at one word
    ("civilians" and the claim "civilians in the northern provinces …") the one walked to is the
    one shown and acted on, until the cursor moves."""

    _reviewed: dict[int, tuple[str, int, int]]
    """The suggestion each review step of this session acted on (kind and span), by the step's
    number: undoing a rejection puts the cursor back on the suggestion it proposes again (a
    newcomer's `r`, `u`, `r` rejected the suggestion the first `r` had moved on to)."""

    _twins_of: tuple[list[Suggestion], Twins] | None = None

    def _suggestion_shown(self, annotation: Annotation | None) -> bool:
        """Show the suggestion under the cursor in the detail if it is what y and r act on (the one
        walked to, or one narrower than the annotation there); whether it was."""
        suggestion = self.suggestion_here()
        walked = suggestion is not None and suggestion is self.walked_to()
        if suggestion is None or self.article is None or not (walked or narrower(suggestion, annotation)):
            return False
        claimant = next(iter(self.suggesting.claimants_of([suggestion])), None)
        from annotations.suggest.review import same_text  # loaded with the suggestions

        like = same_text(self.suggesting.items, suggestion)  # what Y accepts
        entity = suggestion.entity if suggestion.new_entity else None
        held = entity is not None and self._held_twins(self.article.id).of(entity) is not None
        maker = _the_maker(suggestion, self.suggesting.items)
        self.side.show_suggestion(self.article.text, suggestion, claimant, like, held, maker)  # held: `y` links it
        return True

    def _held_twins(self, article_id: str) -> Twins:
        """What `y` links a suggestion's new entity to instead (`held_twins`), read once per list
        of suggestions (a suggestion of a place no tag names any more said "(new)")."""
        from annotations.suggest.review import held_twins

        if self._twins_of is None or self._twins_of[0] is not self.suggesting.items:
            self._twins_of = (self.suggesting.items, held_twins(self.store, article_id))
        return self._twins_of[1]

    def suggestion_here(self) -> Suggestion | None:
        """The suggestion under the cursor, if suggestions are shown: the one walked to, else the
        narrowest."""
        walked = self.walked_to()
        if walked is not None:
            return walked
        at = self.reader.focus_offset
        here = self.suggesting.at(self.reader.suggestion_index_at(at))
        opening = self.reader.article_text[at : at + 1] in _OPENING_MARKS  # after `"` and Esc: the
        if here is None and opening:  # quotation's claim starts inside its marks
            here = self.suggesting.at(self.reader.suggestion_index_at(at + 1))
        return here

    def walked_to(self) -> Suggestion | None:
        """The suggestion `>`, `<` or a review step went to, while the cursor is where it put it."""
        if self._pointed is None:
            return None
        (kind, start, end), at = self._pointed
        if at == self.reader.focus_offset:
            for suggestion in self.suggesting.shown:
                if (suggestion.kind, suggestion.start, suggestion.end) == (kind, start, end):
                    return suggestion
        self._pointed = None
        return None

    def held_for(self, key: str) -> asyncio.Event | None:
        """What a key typed now must wait for: a key that acts on suggestions, right after an
        undo, a redo or a deletion, waits for them to be made again (`distrust`), so that typed
        in a burst it does what it does typed slowly; None for any other key."""
        if self.suggesting.trusted.is_set() or self.suggesting.preparing or self.form_open:
            return None  # (deriving the built-in places takes seconds: keys do not wait for that)
        bound = self.active_bindings.get(key)
        action = bound.binding.action.split("(")[0] if bound is not None else ""
        # (a tag key on a selection waits too: selected words a suggestion spans take it, and a
        # newcomer's `/MNDAA⏎a⏎`, typed before the list came, made a second actor "MNDAA")
        return self.suggesting.trusted if action in _ON_SUGGESTIONS else None

    def _remember_review(self, entry: Entry | None, suggestion: Suggestion) -> None:
        if entry is not None:
            self._reviewed[entry.seq] = (suggestion.kind, suggestion.start, suggestion.end)

    def back_to_reviewed(self, entry: Entry) -> bool:
        """After undoing a review step: the cursor on the suggestion it acted on, which `y` and `r`
        then act on once the suggestions are made again; False for any other step."""
        span = self._reviewed.get(entry.seq)
        if span is None:
            return False
        self.reader.show_offset(span[1])
        self._pointed = (span, self.reader.focus_offset)
        return True

    def _go_to_suggestion(self, suggestion: Suggestion) -> None:
        self.reader.show_offset(suggestion.start)
        self._pointed = ((suggestion.kind, suggestion.start, suggestion.end), self.reader.focus_offset)
        self._update_detail()  # the cursor may not move: another suggestion starting at this word

    def action_accept_suggestion(self, all_like_it: bool) -> None:
        """`y` accepts the suggestion under the cursor; `Y` every one with the same text."""
        from annotations.suggest.review import accept, same_text  # loaded after the first frame

        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify(self._none_here("> goes to the next one"), timeout=2, markup=False)
            return
        assert self.article is not None
        article, everything = self.article, list(self.suggestions)
        chosen = same_text(everything, here) if all_like_it else [here]
        self.suggesting.drop_accepted(article.text, chosen)
        self._draw_suggestions()  # the reader's list too: its indexes are what the cursor finds
        following = self.suggesting.following(here, skip=chosen)
        accepted = False

        def change() -> Entry | None:
            nonlocal accepted
            entry = accept(self.store, article, chosen, everything, annotator=self.annotator)
            accepted = True
            return entry

        then = next_said(following)
        entry = self._apply(change, then)  # a newcomer's quick y took the next one, not seeing the cursor had moved
        self._remember_review(entry, min(chosen, key=walk_order))
        if not accepted:
            self.reload()  # not stored: what was dropped from the list is proposed again
            return
        if entry is None:
            self.notify(f"Tagged already: “{here.quote}”.", timeout=2, markup=False)
        if following is not None:
            self._go_to_suggestion(following)

    def action_reject_suggestion(self) -> None:
        """`r`: reject the suggestion under the cursor; it is not proposed again in this article."""
        from annotations.suggest.review import reject  # loaded after the first frame

        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify(self._none_here(), timeout=2, markup=False)
            return
        assert self.article is not None
        article_id = self.article.id
        following = self.suggesting.following(here, skip=[here], like_it=True)
        dropped = self.suggesting.drop(here.key)
        self._draw_suggestions()
        then = next_said(following)  # as after y: a newcomer saw "next" after y, never after r
        entry = self._apply(lambda: reject(self.store, article_id, here, uses=dropped, annotator=self.annotator), then)
        self._remember_review(entry, here)
        if entry is not None and following is not None:
            self._go_to_suggestion(following)

    def _none_here(self, hint: str = "") -> str:
        """Why `y` or `r` finds no suggestion: none is here, or the list is not made yet (a newcomer's
        `y` during the first start's preparation of the places said "No suggestion under the cursor")."""
        if self.suggesting.preparing:
            return "Suggestions are not ready: the places are being prepared (first start only)."
        if self.suggesting.visible and self.suggesting.loading:
            return "Suggestions are loading; try again in a moment."
        if self.suggesting.visible and not self.suggesting.shown:  # after the last one (hidden: none shown)
            return "No suggestions left in this article."
        return "No suggestion under the cursor" + (f" ({hint})." if hint else ".")

    def action_next_suggestion(self, direction: int) -> None:
        """`>`/`<`: the next or previous suggestion, passing over what is tagged (`]` stops at both);
        several starting at one word are each visited, the narrowest first. From a claim's words
        the cursor is merely on (not walked to), the places and actors after it in the claim come
        first, as in a review (a newcomer's `g` then `>` on an article opening with a claim jumped
        past the RSF, Abu Shouk and El Fasher of its first sentence). The article's first suggestion, the
        cursor merely at its start with nothing tagged before it (`g`), is the first `>` goes to."""
        walked = self.walked_to()
        here = walked or self.suggestion_here()
        first = min(self.suggesting.shown, key=walk_order, default=None)
        offset = self.reader.cursor_offset
        if (
            walked is None
            and direction > 0
            and here is first
            and here is not None
            and here.start == offset
            and not any(a.start < offset for a in self.annotations)
        ):
            self._go_to_suggestion(here)  # `g` then `>` passed over the article's first word's "Russian forces"
            return
        if here is not None and here.kind == "claim" and walked is None:
            here = None
        ordered = sorted(self.suggesting.shown, key=walk_order)
        if here is not None and any(s is here for s in ordered):
            place = next(i for i, s in enumerate(ordered) if s is here)
            index = place + direction
            target = ordered[index] if 0 <= index < len(ordered) else None
        else:
            offset = self.reader.cursor_offset
            after = [s for s in ordered if (walk_order(s)[0] > offset if direction > 0 else walk_order(s)[0] < offset)]
            target = (after[0] if direction > 0 else after[-1]) if after else None
        if target is None:
            self.notify("No more suggestions this way.", timeout=1.5, markup=False)
            return
        self._go_to_suggestion(target)

    def action_review_suggestions(self) -> None:
        """Walk through every suggestion in text order: the cursor goes to the first under or after it
        (the first of all when none is); y, Y or r moves on to the next."""
        if not self.suggesting.visible:
            self.action_toggle_suggestions()
        if self.suggesting.loading:
            self._review_when_ready = True
            self.notify("Suggestions are loading; the review starts when they are ready.", timeout=2, markup=False)
            return
        if not self.suggestions:
            self.notify("No suggestions for this article.", timeout=2, markup=False)
            return
        offset = self.reader.cursor_offset
        ahead = [s for s in self.suggestions if s.end > offset]  # from the one under the cursor on (helper-268: R went
        self._go_to_suggestion(min(ahead or self.suggestions, key=walk_order))  # back to the first, skipped already)
        self.notify(
            f"{len(self.suggestions)} suggestion{'' if len(self.suggestions) == 1 else 's'}: y accepts, "
            "Y accepts all like it, r rejects, > skips.",
            timeout=4,
            markup=False,
        )

    def action_toggle_suggestions(self) -> None:
        shown = self.suggesting.toggle()
        self.remembered.remember_choice("suggestions", shown)
        self._draw_suggestions()
        self.notify("Suggestions shown." if shown else "Suggestions hidden.", timeout=1.5, markup=False)


def _the_maker(suggestion: Suggestion, shown: Sequence[Suggestion]) -> Suggestion | None:
    """The suggestion that makes the entity this one links to, where that entity is only suggested
    yet (a helper read "Myanmar National Democratic Alliance Army (known)" on an empty corpus)."""
    entity = suggestion.entity
    if entity is None or suggestion.new_entity:
        return None
    return next((s for s in shown if s.new_entity and s.entity is not None and s.entity.id == entity.id), None)

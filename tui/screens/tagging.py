"""The main screen's tagging: d, a, c and e open the form in the side panel; saving, moving the
span (alt+arrows) and closing it. A part of `MainScreen` kept apart for its size; it holds no
domain rules (what a form starts with and what saving does are `annotations.forms`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.widget import Widget
from textual.widgets.text_area import Selection

from annotations.entities.mentions import own_work
from annotations.errors import FieldmarkError
from annotations.forms.spans import resized_keeping_steps, target_span
from annotations.model import Annotation, Article
from annotations.store import Change, Entry
from annotations.text.navigation import sentence_at
from annotations.text.quotes import shorten

from ..widgets.panes import AnnotationPane
from ..widgets.side import SidePanel
from ..widgets.tag_panel import TITLES, TagPanel
from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from annotations.forms.inputs import FormInput  # loaded with the first form
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame


def next_said(following: Suggestion | None) -> str:
    """Where the cursor goes after `y`, `r` or a suggestion taken into a form, said after what it did."""
    return f" · next: {TITLES[following.kind]} “{shorten(following.quote, 40)}”" if following else ""


def narrower(suggestion: Suggestion, annotation: Annotation | None) -> bool:
    """The suggestion is what the analyst looks at: nothing is tagged there, or it is inside."""
    return annotation is None or suggestion.end - suggestion.start < annotation.end - annotation.start


@dataclass(frozen=True, slots=True)
class OpenForm:
    """What the open form tags."""

    article: Article
    span: tuple[int, int]
    existing: Annotation | None
    """The annotation being edited; None when tagging."""
    taken: Suggestion | None
    """The suggestion the form was opened on (saving it moves on to the next, as `y` does)."""
    kind: str = ""
    """What it tags: district, actor or claim."""
    grown_from: tuple[tuple[int, int], ...] = ()
    """The spans its end was grown from by a sentence (`resized_keeping_steps`)."""
    selection: Selection | None = None
    """The reader's selection as the form opened: Esc puts it back when alt+arrows changed it."""


class Tagging(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    _form: OpenForm | None
    _typed_note: tuple[str, str] | None = None
    """The note of an edit that was not saved (another analyst's change came first): the id of
    what it edited, the words. The form opened on it again holds them."""
    focused: Widget | None
    pinned: tuple[str, int] | None

    if TYPE_CHECKING:

        @property
        def side(self) -> SidePanel: ...

        def _go_to_suggestion(self, suggestion: Suggestion) -> None: ...

        def said_saved(self, entry: Entry, then: str = "") -> None: ...

        @property
        def app(self) -> App[Any]: ...

        def set_focus(
            self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
        ) -> None: ...

        def suggestion_here(self) -> Suggestion | None: ...

        def current_annotation(self) -> Annotation | None: ...

        def has_class(self, *class_names: str) -> bool: ...

        def set_class(self, add: bool, *class_names: str, update: bool = True) -> Any: ...

    async def action_tag(self, kind: str) -> None:
        """d, a, c: tag the selection; with none, the suggestion under the cursor (its words and
        what it knows), else the name, quotation or sentence there."""
        if not self._writable() or self.article is None:
            return
        selected = self.reader.selected_span
        if selected is None:
            suggestion = self._suggestion_for(kind)
        else:  # the selected words, or as a tag takes them: a quotation selected with `"` without its marks
            suggestion = self._suggestion_on(kind, selected)
            if suggestion is None:
                taken = target_span(kind, self.article.text, selected, self.reader.cursor_offset)
                suggestion = self._suggestion_on(kind, taken) if taken not in (None, selected) else None
            if suggestion is None and self.reader.match_selected:
                suggestion = self._suggestion_around(kind, selected) if kind != "claim" else self._cued_by(selected)
        theirs = self._theirs_here(kind) if selected is None else None
        if suggestion is not None:
            span: tuple[int, int] | None = suggestion.span
        elif theirs is not None:  # the same words as the colleague's, for agreement to compare
            span = (theirs.start, theirs.end)
        else:
            span = target_span(kind, self.article.text, self.reader.selected_span, self.reader.cursor_offset)
        if span is None:
            self.notify("Select some text first (v, or Enter on a name).", severity="warning", markup=False)
            return
        self.reader.selection_mode = False
        same = next((a for a in self._mine() if (a.kind, a.start, a.end) == (kind, *span)), None)
        if same is not None and same.status == "accepted":
            self.notify(f"Already tagged as {kind}: editing it.", timeout=2, markup=False)
        elif kind != "claim" and (around := self._overlapping(kind, span)) is not None:
            # One mention per name: tagging "Islamist extremists" inside "the Islamist
            # extremists" edits that mention with the new words instead of doubling it.
            self.notify(f"Overlaps “{around.quote}”: editing it with these words.", timeout=3, markup=False)
            same = around
        await self._open_form(kind, span, existing=same, suggestion=suggestion)

    def _mine(self) -> list[Annotation]:
        """The annotations tagging may edit: another analyst's accepted ones stay theirs (tagging
        the same words makes one's own, for agreement and adjudication), on a team's server and in
        a folder several analysts annotate in turn (a newcomer as "sam" tagging words inside root's
        "Rapid Support Forces" was editing root's mention)."""
        return own_work(self.annotations, self.annotator)

    def _theirs_here(self, kind: str) -> Annotation | None:
        """Another analyst's accepted annotation of this kind under the cursor:
        tagging there takes its words (a newcomer's `a` on a colleague's "M23 rebels" tagged "M23",
        and `c` on a claim took its quotation marks and comma, so agreement saw two units)."""
        offset = self.reader.cursor_offset
        here = [a for a in self.annotations if a.kind == kind and a.status == "accepted" and a.start <= offset < a.end]
        mine = {a.id for a in self._mine()}
        if not here or any(a.id in mine for a in here):
            return None  # the analyst's own tag there is what the key edits
        return min(here, key=lambda a: a.end - a.start)

    def _overlapping(self, kind: str, span: tuple[int, int]) -> Annotation | None:
        """An accepted place or actor of this kind sharing words with `span`."""
        start, end = span
        return next(
            (a for a in self._mine() if a.kind == kind and a.status == "accepted" and a.start < end and start < a.end),
            None,
        )

    def _suggestion_for(self, kind: str) -> Suggestion | None:
        """The suggestion under the cursor a tag key takes (`_taken`); for `c` between a claim's
        speaker and its words ("Dagalo, known as Hemedti, denied that"), the first claim suggested
        from there on (a newcomer's `c` on "Hemedti" drafted the whole sentence, two claims, said
        by the RSF tagged before it)."""
        offset = self.reader.focus_offset
        shown = self.suggesting.shown
        taken = _taken([s for s in shown if s.start <= offset < s.end], kind)
        if kind != "claim" or (taken is not None and taken.kind == "claim"):
            return taken
        sentence = sentence_at(self.article.text, offset) if self.article is not None else (offset, offset)
        said = [
            s
            for s in shown
            if s.kind == "claim" and s.claimant and s.claimant[0] <= offset < s.start and s.start < sentence[1]
        ]  # in this sentence: "He said …" two sentences on is the claim of the sentence it is in
        return min(said, key=lambda s: s.start, default=taken)

    def _suggestion_on(self, kind: str, span: tuple[int, int]) -> Suggestion | None:
        """The suggestion of exactly the selected words, which the tag takes as `y` would (its
        entity and what it knows): a newcomer's `/MNDAA⏎a⏎` made a second actor "MNDAA" where `y`
        linked it to the Myanmar National Democratic Alliance Army it was suggested as."""
        return _taken([s for s in self.suggesting.shown if s.span == span], kind)

    def _suggestion_around(self, kind: str, span: tuple[int, int]) -> Suggestion | None:
        """The place or actor suggested around a search's match: `/Ibrahim⏎a` tags the suggested
        "Ibrahim Traoré" as `y` would, not "Ibrahim" alone as a new actor (a newcomer's). Words the
        analyst selected with `v` are tagged as selected."""
        start, end = span  # of the key's own kind: `d` on "Goma" of a suggested "Goma Chamber of Commerce" is Goma
        around = [s for s in self.suggesting.shown if s.kind == kind and s.start <= start and end <= s.end]
        return min(around, key=lambda s: s.end - s.start, default=None)

    def _cued_by(self, span: tuple[int, int]) -> Suggestion | None:
        """The claim suggested whose cue a search's match is, in its sentence: `/admitted⏎c` tags the claim the
        officials admitted, not the word "admitted" as a claim of its own (helper-315's)."""
        assert self.article is not None
        text = self.article.text
        word = text[span[0] : span[1]].casefold()
        sentence = sentence_at(text, span[0])  # "the U.N. convoy …" is one sentence (helper-318)
        cued = [  # "/called⏎c" takes the claim cued "called for"
            s
            for s in self.suggesting.shown
            if s.kind == "claim"
            and s.cue.casefold().split()[: len(word.split())] == word.split()
            and sentence[0] <= s.start < sentence[1]
        ]
        return min(cued, key=lambda s: min(abs(s.start - span[1]), abs(span[0] - s.end)), default=None)

    async def action_edit(self) -> None:
        """e: edit the annotation under the cursor, or tag the suggestion there if it is the
        narrower (a suggested actor inside an accepted claim is what the analyst looks at)."""
        if not self._writable():
            return
        annotation = self.current_annotation()
        here = self.suggestion_here() if not isinstance(self.focused, AnnotationPane) else None
        if here is not None and narrower(here, annotation):
            await self._open_form(here.kind, here.span, existing=None, suggestion=here)
            return
        if annotation is None:
            self.slip("No annotation here to edit.")
            return
        await self._open_form(annotation.kind, (annotation.start, annotation.end), existing=annotation)

    async def _open_form(
        self, kind: str, span: tuple[int, int], existing: Annotation | None, suggestion: Suggestion | None = None
    ) -> None:
        assert self.article is not None
        from annotations.forms.fields import fields_for, with_note  # the forms load with the first one opened

        try:  # a form reads the corpus's entities: a team's server may be away
            fields = fields_for(
                kind,
                self.store,
                self.article,
                span,
                existing=existing,
                suggestions=self.suggestions,
                suggestion=suggestion,
                annotator=self.annotator,
            )
        except FieldmarkError as error:
            self.notify(f"Cannot open the form: {error}", severity="error", markup=False)
            return
        if existing is not None and self._typed_note is not None and self._typed_note[0] == existing.id:
            fields = with_note(fields, self._typed_note[1])
            self._typed_note = None
        self._form = OpenForm(self.article, span, existing, suggestion, kind, selection=self.reader.selection)
        self._room_for_the_form(True)
        if getattr(self.app, "toasts_shown", False):  # a warning left on screen covered the form's title
            self.app.toasts_shown = False  # type: ignore[attr-defined]
            self.app.clear_notifications()
        await self.side.open_form(fields)

    def form_overtaken(self) -> bool:
        """After the others' work was read (`CorpusActions._heard`): an edit form open on a tag
        someone else changed or deleted meanwhile says so at once. It said so only when saved,
        and refused (a form does not take in another's save: their words and the analyst's may
        both matter). Whether it did."""
        form = self._form
        if form is None or form.existing is None or self.article is None or form.article.id != self.article.id:
            return False
        now = next((a for a in self.annotations if a.id == form.existing.id), None)
        if now == form.existing:
            return False
        if now is None:
            said = "Someone else deleted this tag meanwhile: saving it is refused; Esc closes the form."
        else:
            said = (  # the server lets through the very change they made (a reviewer's: "refused" said otherwise)
                "Someone else changed this tag meanwhile: Enter saves only what they saved, else it is refused "
                "(your note kept) and e opens theirs."
            )
        self.side.form.overtaken(said)
        from ..widgets.form_bodies import warn_beside_the_form  # (loaded with the first form)

        warn_beside_the_form(self.side.form, said)
        return True

    def _room_for_the_form(self, open_: bool) -> None:
        """On a narrow terminal (the panes below the article) an open form takes two thirds of
        the height, not one: at 80x24 a claim form showed three of its fields. Closed, the toasts
        a refusal moved beside it go back to the top right (`FormBody.refuse`)."""
        self.set_class(open_ and self.has_class("narrow"), "form-open")  # (nothing to do when wide)
        if not open_:
            from ..widgets.form_bodies import BESIDE_THE_FORM, toasts_of  # (loaded with the first form)

            rack = toasts_of(self.app.screen)
            if rack is not None and rack.has_class(BESIDE_THE_FORM):
                rack.remove_class(BESIDE_THE_FORM)

    # Named handlers: Textual collects `@on` handlers only from message pumps, not from a mixin.

    def on_tag_panel_saved(self, event: TagPanel.Saved) -> None:
        """Save, close the form and move the cursor as one update of the screen (each apart
        was a layout and a redraw of its own)."""
        with self.app.batch_update():
            self.side.close_form(self.reader)
            self._room_for_the_form(False)
            if self._form is not None:
                form, self._form = self._form, None
                self._save_form(form, event.result)

    def _save_form(self, form: OpenForm, result: FormInput) -> None:
        from annotations.forms.save import save_form  # with its name matching, after the first frame

        unchanged = False

        def save() -> Entry | None:
            nonlocal unchanged
            entry = save_form(
                self.store,
                form.article,
                *form.span,
                result,
                annotator=self.annotator,
                existing=form.existing,
                suggestions=self.suggestions,
            )
            unchanged = entry is None
            return entry

        typed = ""
        if result.note.strip():  # a refused edit had dropped the note typed into it
            if form.existing is not None:  # e opens the form again with it (a newcomer found it on the message line)
                self._typed_note = (form.existing.id, result.note)
                typed = "; e on it opens its form again with your note"
            else:
                typed = f"; your note, to type again: “{result.note}”"
        entry = self._apply(save, refused=typed)
        if entry is not None:
            self.suggesting.distrust()  # what it made is suggested elsewhere at the next run: keys on them wait
        if entry is not None or unchanged:
            self._typed_note = None
        if unchanged:
            self.notify("Nothing changed.", timeout=2, markup=False)
        if entry is None:
            return
        following = self._after_taken(form, result) if form.taken else None
        if following is not None:  # a suggestion taken with changes: on to the next, as y does, said so (helper-351)
            self.said_saved(entry, next_said(following))
            self._go_to_suggestion(following)
            return
        saved = next((c for c in entry.changes if _the_tag(c, form)), None)
        start, end = (saved.after["start"], saved.after["end"]) if saved and saved.after else form.span
        self.reader.move_cursor(self.reader.location_of(max(start, end - 1)))  # e and x act on it at once
        if saved is not None:  # even where a narrower tag lies under the cursor (a place at a claim's end)
            self.pinned = (saved.id, self.reader.focus_offset)

    def _after_taken(self, form: OpenForm, result: FormInput) -> Suggestion | None:
        """The suggestion after the one a form took, once what its tag settled is dropped, as `y`
        drops it: the claimant tagged with a claim, what the tag overlaps (a newcomer's `c` on a
        claim landed on its claimant, just tagged)."""
        from annotations.forms.inputs import ClaimInput, suggested_claimant_span

        assert form.taken is not None
        speaker = suggested_claimant_span(result.claimant_annotation_id) if isinstance(result, ClaimInput) else None
        tagged = replace(form.taken, start=form.span[0], end=form.span[1], claimant=speaker)
        self.suggesting.drop_accepted(form.article.text, [tagged])
        return self.suggesting.following(form.taken, skip=[form.taken])

    def on_tag_panel_reach(self, event: TagPanel.Reach) -> None:
        """The analyst grows or shrinks the span in the form: shown selected in the reader."""
        if self._form is None:
            return
        form = self._form
        span, grown_from = resized_keeping_steps(
            form.article.text, form.span, event.edge, event.unit, event.direction, form.grown_from
        )
        from annotations.forms.fields import fields_for  # the forms load with the first one opened

        try:  # the form reads the corpus's entities again: a team's server may be away
            fields = fields_for(
                self.side.form.kind,
                self.store,
                form.article,
                span,
                existing=form.existing,
                suggestions=self.suggestions,
                annotator=self.annotator,
            )
        except FieldmarkError as error:
            self.notify(f"The words stay as they were: {error}", severity="error", markup=False)
            return
        self._form = replace(form, span=span, grown_from=grown_from)
        self.reader.select_span(*span)
        self.side.form.respan(fields)

    def on_tag_panel_closed(self) -> None:
        """Esc: the form gone, the reader as it was (a newcomer's claim shrunk in a form, then Esc,
        stayed selected shrunk, and the next `c` took the shrunk words, not the suggestion)."""
        form, self._form = self._form, None
        if form is not None and form.selection is not None and self.reader.selection != form.selection:
            self.reader.selection = form.selection
        self.side.close_form(self.reader)
        self._room_for_the_form(False)


def _taken(candidates: list[Suggestion], kind: str) -> Suggestion | None:
    """Of these suggestions, the one a tag key of `kind` takes: the narrowest of that kind, else
    (for a place or an actor) the narrowest place or actor, whatever it was suggested as."""
    same = [s for s in candidates if s.kind == kind]
    entities = same or ([s for s in candidates if s.kind != "claim"] if kind != "claim" else [])
    return min(entities, key=lambda s: s.end - s.start) if entities else None


def _the_tag(change: Change, form: OpenForm) -> bool:
    """Whether a change of a save is the tag the form made or edited (not a claimant tagged with
    it, nor an entity)."""
    after = change.after
    if change.record != "annotation" or after is None:
        return False
    return after.get("kind") == form.kind if form.existing is None else change.id == form.existing.id

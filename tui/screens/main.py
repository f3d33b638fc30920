"""The main screen: the reader on the left, Districts/Actors/Claims and the detail on the right."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from annotations.errors import FieldmarkError
from annotations.forms import save as tagging
from annotations.forms.drafts import draft_actor, draft_claim, draft_district
from annotations.model import (
    ActorAttributes,
    ActorDetails,
    Annotation,
    Article,
    ArticleStatus,
    ClaimAttributes,
    DistrictAttributes,
    PlaceDetails,
)
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Entry, Store
from annotations.suggest import Suggestion
from annotations.suggest.review import accept, prepare, reject, same_text
from annotations.text import navigation as textnav

from ..presenters import detail_text, pane_row, suggestion_text
from ..widgets.article_view import ArticleView, KindStyles
from ..widgets.panes import AnnotationPane, DetailPanel
from .forms import ActorForm, ClaimForm, DistrictForm

NARROW_WIDTH = 100
FIRST_SUGGESTIONS_DELAY = 0.3
"""Seconds after the first article shows before suggestions start loading."""
AFTER_CHANGE_DELAY = 0.15
"""Seconds after a change before suggestions are recomputed (a burst of changes computes once)."""


class MainScreen(Screen[None]):
    """Where the analyst reads and tags one article at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "tag('district')", "District", id="tag.district"),
        Binding("a", "tag('actor')", "Actor", id="tag.actor"),
        Binding("c", "tag('claim')", "Claim", id="tag.claim"),
        Binding("e", "edit", "Edit", show=False, id="annotation.edit"),
        Binding("x", "delete", "Delete", show=False, id="annotation.delete"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("n", "search_next(1)", "Next match", show=False, id="reader.search_next"),
        Binding("N", "search_next(-1)", "Previous match", show=False, id="reader.search_previous"),
        Binding("u", "undo", "Undo", id="history.undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="history.redo"),
        Binding("comma", "step_article(-1)", "Previous article", show=False, id="corpus.previous"),
        Binding("full_stop", "step_article(1)", "Next article", show=False, id="corpus.next"),
        Binding("L", "library", "Library", id="corpus.library"),
        Binding("m", "toggle_done", "Done", show=False, id="corpus.done"),
        Binding("E", "export", "Export", show=False, id="corpus.export"),
        Binding("y", "accept_suggestion(False)", "Accept", id="suggest.accept"),
        Binding("Y", "accept_suggestion(True)", "Accept all like it", show=False, id="suggest.accept_all"),
        Binding("r", "reject_suggestion", "Reject", show=False, id="suggest.reject"),
        Binding("R", "review_suggestions", "Review suggestions", show=False, id="suggest.review"),
        Binding("S", "toggle_suggestions", "Show/hide suggestions", show=False, id="suggest.toggle"),
    ]

    def __init__(self, store: Store, annotator: str, settings: Settings, remembered: Remembered) -> None:
        super().__init__()
        self.store = store
        self.annotator = annotator
        self.remembered = remembered
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.last_search = ""
        self.suggestions: list[Suggestion] = []
        self.suggestions_current = asyncio.Event()
        """Set while `suggestions` belong to the article and annotations shown (tests wait on it)."""
        self.show_suggestions = settings.suggestions
        self._suggest_generation = 0
        self._suggest_timer: Timer | None = None

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="header", markup=False)
        with Horizontal(id="body"):
            yield ArticleView(id="reader")
            with Vertical(id="side"):
                yield AnnotationPane("district", "Districts", id="districts")
                yield AnnotationPane("actor", "Actors", id="actors")
                yield AnnotationPane("claim", "Claims", id="claims")
                yield DetailPanel(id="detail")
        yield Input(placeholder="search the article (Enter finds, Esc closes)", id="search")
        yield Footer()

    @property
    def reader(self) -> ArticleView:
        return self.query_one(ArticleView)

    def panes(self) -> list[AnnotationPane]:
        return list(self.query(AnnotationPane))

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self._apply_theme_styles()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._apply_theme_styles())
        article_id, offset = self.remembered.position(self.store.location)
        if not article_id or not self.store.has_article(article_id):
            rows = self.store.articles()
            article_id, offset = (rows[0].id if rows else None), 0
        if article_id:
            self.open_article(article_id, cursor=offset)
        else:
            self._update_header()
        self.reader.focus()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "narrow")

    def _apply_theme_styles(self) -> None:
        theme = self.app.current_theme
        district = theme.success or "#4ebf71"
        actor = theme.accent or theme.warning or "#ffa62b"
        self.reader.use_kind_styles(KindStyles.from_colors(district, actor))

    # --- the article --------------------------------------------------------------------

    def open_article(self, article_id: str, cursor: int = 0) -> None:
        """Show an article, remembering where the analyst is for the next start."""
        self.save_position()
        self.article = self.store.article(article_id)
        self.annotations = self.store.annotations(article_id)
        self.suggestions = []
        self.reader.show_article(self.article.text, self.annotations, cursor)
        self.reader.set_suggestions([])
        self._refresh_panes()
        self._update_header()
        self.save_position()
        # The first run loads the gazetteer (a second of work): let the article show first.
        self._start_suggestions(FIRST_SUGGESTIONS_DELAY if self._suggest_generation == 0 else 0.0)

    def save_position(self) -> None:
        if self.article is None:
            return
        self.remembered.remember_position(self.store.location, self.article.id, self.reader.cursor_offset)

    def reload(self) -> None:
        """Re-read the current article's annotations after a change."""
        if self.article is None:
            return
        self.article = self.store.article(self.article.id)
        self.annotations = self.store.annotations(self.article.id)
        self.reader.set_annotations(self.annotations)
        self._refresh_panes()
        self._update_header()
        self._update_detail()
        self._start_suggestions(AFTER_CHANGE_DELAY)

    # --- suggestions --------------------------------------------------------------------

    def _start_suggestions(self, delay: float = 0.0) -> None:
        """Compute this article's suggestions in the background, `delay` seconds from now (a
        burst of changes computes once), and not at all while they are hidden."""
        if self._suggest_timer is not None:
            self._suggest_timer.stop()
            self._suggest_timer = None
        if self.article is None:
            return
        self._suggest_generation += 1
        self.suggestions_current.clear()
        if not self.show_suggestions:
            self.suggestions = []
            self.suggestions_current.set()
            return
        if delay > 0:
            self._suggest_timer = self.set_timer(delay, self._run_suggestions)
        else:
            self._run_suggestions()

    def _run_suggestions(self) -> None:
        self._suggest_timer = None
        if self.article is None:
            return
        generation, article_id = self._suggest_generation, self.article.id
        compute = prepare(self.store, article_id)

        def work() -> None:
            found = compute()
            self.app.call_from_thread(self._suggestions_ready, generation, article_id, found)

        self.run_worker(work, thread=True, exclusive=True, group="suggestions", exit_on_error=False)

    def _suggestions_ready(self, generation: int, article_id: str, found: list[Suggestion]) -> None:
        if generation != self._suggest_generation or self.article is None or self.article.id != article_id:
            return  # the article or its annotations changed since: a newer run is on its way
        self.suggestions = found
        self._draw_suggestions()
        self.suggestions_current.set()

    def _draw_suggestions(self) -> None:
        shown = self.suggestions if self.show_suggestions else []
        self.reader.set_suggestions([(s.kind, s.start, s.end) for s in shown])
        self._update_header()
        self._update_detail()

    def suggestion_here(self) -> Suggestion | None:
        """The suggestion under the cursor, if suggestions are shown."""
        if not self.show_suggestions:
            return None
        index = self.reader.suggestion_index_at(self.reader.focus_offset)
        return self.suggestions[index] if index is not None and index < len(self.suggestions) else None

    def action_accept_suggestion(self, all_like_it: bool) -> None:
        """`y` accepts the suggestion under the cursor; `Y` every one with the same text."""
        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify("No suggestion under the cursor (] goes to the next one).", timeout=2, markup=False)
            return
        assert self.article is not None
        article, everything = self.article, list(self.suggestions)
        chosen = same_text(everything, here) if all_like_it else [here]
        following = self._next_suggestion_after(here, skip=chosen)
        entry = self._apply(lambda: accept(self.store, article, chosen, everything, annotator=self.annotator))
        if entry is not None and following is not None:
            self.reader.move_cursor(self.reader.location_of(following), center=True)

    def action_reject_suggestion(self) -> None:
        """`r`: reject the suggestion under the cursor; it is not proposed again in this article."""
        if not self._writable():
            return
        here = self.suggestion_here()
        if here is None:
            self.notify("No suggestion under the cursor.", timeout=2, markup=False)
            return
        assert self.article is not None
        article_id = self.article.id
        following = self._next_suggestion_after(here, skip=[here])
        self.suggestions = [s for s in self.suggestions if s.key != here.key]
        self._draw_suggestions()
        if self._apply(lambda: reject(self.store, article_id, here)) is not None and following is not None:
            self.reader.move_cursor(self.reader.location_of(following), center=True)

    def _next_suggestion_after(self, here: Suggestion, skip: list[Suggestion]) -> int | None:
        later = [s.start for s in self.suggestions if s.start > here.start and s not in skip and s.key != here.key]
        return min(later, default=None)

    def action_review_suggestions(self) -> None:
        """Walk through every suggestion in text order: the cursor goes to the first; y, Y or r
        moves on to the next."""
        if not self.suggestions:
            self.notify("No suggestions for this article.", timeout=2, markup=False)
            return
        if not self.show_suggestions:
            self.action_toggle_suggestions()
        self.reader.move_cursor(self.reader.location_of(self.suggestions[0].start), center=True)
        self.notify(
            f"{len(self.suggestions)} suggestions: y accepts, Y accepts all like it, r rejects, ] skips.",
            timeout=4,
            markup=False,
        )

    def action_toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        self.remembered.remember_choice("suggestions", self.show_suggestions)
        self._draw_suggestions()
        self._start_suggestions()  # computed when shown, dropped when hidden
        self.notify("Suggestions shown." if self.show_suggestions else "Suggestions hidden.", timeout=1.5, markup=False)

    def _refresh_panes(self) -> None:
        mentions: dict[str, int] = {}
        for annotation in self.annotations:
            if annotation.kind == "actor" and annotation.entity_id:
                mentions[annotation.entity_id] = mentions.get(annotation.entity_id, 0) + 1
        for pane in self.panes():
            shown = [a for a in self.annotations if a.kind == pane.kind]
            if pane.kind == "actor":
                shown = self._one_per_actor(shown)
            pane.show([(a, pane_row(self.store, a, mentions)) for a in shown])
        self._update_detail()

    @staticmethod
    def _one_per_actor(annotations: list[Annotation]) -> list[Annotation]:
        """The Actors pane lists each actor once (its first mention); Enter steps through the rest."""
        seen: set[str] = set()
        rows = []
        for annotation in annotations:
            key = annotation.entity_id if annotation.entity_id and annotation.status == "accepted" else annotation.id
            if key not in seen:
                seen.add(key)
                rows.append(annotation)
        return rows

    def _mentions_like(self, annotation: Annotation) -> list[Annotation]:
        """Every accepted mention of the same entity (just `annotation` when it has none)."""
        if not annotation.entity_id or annotation.status != "accepted":
            return [annotation]
        return [
            a
            for a in self.annotations
            if a.kind == annotation.kind and a.entity_id == annotation.entity_id and a.status == "accepted"
        ]

    def _update_header(self) -> None:
        header = Text(no_wrap=True, overflow="ellipsis")
        header.append("Fieldmark", style="bold")
        if self.store.readonly:  # first, so a narrow terminal never cuts it off
            holder = self.store.holder()
            header.append(
                f" read-only{f' (in use by {holder})' if holder else ''}: changes are not saved",
                style="bold red",
            )
        if self.article is None:
            header.append(" ─ no articles: run `fieldmark import PATH`")
        else:
            summary = self.store.summary(self.article.id)
            order = [s.id for s in self.store.articles()]
            position = order.index(self.article.id) + 1
            header.append(" ─ ")
            header.append(self.article.title or "(untitled)")
            header.append(f"   {position}/{len(order)} · {summary.status.replace('_', ' ')}", style="dim")
            if not self.show_suggestions:
                header.append(" · suggestions hidden (S)", style="dim italic")
            elif self.suggestions:
                header.append(f" · {len(self.suggestions)} suggestions", style="dim italic")
            if summary.source:
                source = summary.source if "://" in summary.source else Path(summary.source).name
                header.append(f" · {source}", style="dim")
        self.query_one("#header", Static).update(header)

    def _update_detail(self, annotation: Annotation | None = None) -> None:
        if annotation is None:
            annotation = self.reader.annotation_at(self.reader.focus_offset)
            suggestion = self.suggestion_here()
            if annotation is None and suggestion is not None:
                assert self.article is not None
                self.query_one(DetailPanel).show(suggestion_text(self.article.text, suggestion), "Suggestion")
                return
        title = "Detail"
        if annotation is not None:
            entity = self.store.get_entity(annotation.entity_id)
            title = entity.name if entity else annotation.kind.capitalize()
        self.query_one(DetailPanel).show(detail_text(self.store, annotation), title)

    @on(ArticleView.SelectionChanged)
    def _cursor_moved(self) -> None:
        self._update_detail()
        under = self.reader.annotation_at(self.reader.focus_offset)
        if under is not None:
            for pane in self.panes():
                if pane.kind == under.kind:
                    pane.highlight_id(under.id)

    @on(AnnotationPane.Highlighted)
    def _pane_highlighted(self, event: AnnotationPane.Highlighted) -> None:
        if event.annotation_id and isinstance(self.focused, AnnotationPane):
            self._update_detail(self._annotation(event.annotation_id))

    @on(AnnotationPane.Chosen)
    def _pane_chosen(self, event: AnnotationPane.Chosen) -> None:
        """Show the annotation in the reader; for an actor, each Enter goes to the next mention."""
        annotation = self._annotation(event.annotation_id)
        if annotation is None:
            return
        mentions = self._mentions_like(annotation)
        under = self.reader.annotation_at(self.reader.focus_offset)
        if under in mentions and len(mentions) > 1:
            annotation = mentions[(mentions.index(under) + 1) % len(mentions)]
        self.reader.select_span(annotation.start, annotation.end)
        self._update_detail(annotation)

    def _annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def current_annotation(self) -> Annotation | None:
        """The annotation highlighted in a focused pane, else the one under the cursor."""
        focused = self.focused
        if isinstance(focused, AnnotationPane):
            row = self._annotation(focused.current_id) if focused.current_id else None
            if row is None:
                return None
            under = self.reader.annotation_at(self.reader.focus_offset)
            return under if under in self._mentions_like(row) else row
        return self.reader.annotation_at(self.reader.focus_offset)

    # --- tagging ------------------------------------------------------------------------

    def _writable(self) -> bool:
        if self.store.readonly:
            self.notify("This database is open read-only; nothing can be changed.", severity="warning", markup=False)
            return False
        return self.article is not None

    def _target_span(self, kind: str) -> tuple[int, int] | None:
        """The selection, else the phrase (district, actor), or the quotation or sentence (claim)."""
        span = self.reader.selected_span
        if span is not None:
            return span
        assert self.article is not None
        offset = self.reader.cursor_offset
        if kind == "claim":
            quotation = textnav.quotation_at(self.article.text, offset)
            return quotation or textnav.sentence_at(self.article.text, offset)
        return textnav.phrase_at(self.article.text, offset)

    def action_tag(self, kind: str) -> None:
        if not self._writable():
            return
        span = self._target_span(kind)
        if span is None or span[1] <= span[0]:
            self.notify("Select some text first (v, or Enter on a name).", severity="warning", markup=False)
            return
        self.reader.selection_mode = False
        self._open_form(kind, span[0], span[1], existing=None)

    def action_edit(self) -> None:
        if not self._writable():
            return
        annotation = self.current_annotation()
        if annotation is None:
            self.notify("No annotation here to edit.", severity="warning", markup=False)
            return
        self._open_form(annotation.kind, annotation.start, annotation.end, existing=annotation)

    def action_delete(self) -> None:
        if not self._writable():
            return
        annotation = self.current_annotation()
        if annotation is None:
            self.notify("No annotation here to delete.", severity="warning", markup=False)
            return
        self._apply(lambda: self.store.delete_annotation(annotation.article_id, annotation.id))

    def _apply(self, change: Callable[[], Entry | None]) -> Entry | None:
        """Run a store change, report it, refresh; errors become a notification, not a crash."""
        try:
            entry = change()
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return None
        self.reload()
        if entry is not None:
            self.notify(entry.label, title="Saved", timeout=2, markup=False)
        return entry

    def _open_form(self, kind: str, start: int, end: int, existing: Annotation | None) -> None:
        assert self.article is not None
        article = self.article
        quote = article.text[start:end]

        def saved(result: object) -> None:
            if result is None:
                return
            savers = {
                "district": tagging.save_district,
                "actor": tagging.save_actor,
                "claim": tagging.save_claim,
            }
            saver: Any = savers[kind]
            if kind == "district" and existing is None:
                proposed = self._suggested_place(start, end)
                if proposed is not None and proposed[0] == result.name:  # type: ignore[attr-defined]
                    result = replace(result, known=proposed[1])  # type: ignore[type-var]
            entry = self._apply(
                lambda: saver(self.store, article, start, end, result, annotator=self.annotator, existing=existing)
            )
            if entry is not None:
                self.reader.move_cursor(self.reader.location_of(end))

        form = {"district": self._district_form, "actor": self._actor_form, "claim": self._claim_form}[kind]
        self.app.push_screen(form(quote, start, end, existing), saved)

    def _district_form(self, quote: str, start: int, end: int, existing: Annotation | None) -> DistrictForm:
        assert self.article is not None
        places = self.store.entities("place")
        draft = draft_district(self.article.text, start, end, places)
        details = draft.details
        status: str = draft.control_status
        name = draft.name
        note = ""
        proposed = self._suggested_place(start, end)
        if existing is None and draft.entity is None and proposed is not None:
            name, details = proposed
        if existing is not None:
            entity = self.store.get_entity(existing.entity_id)
            if entity is not None and isinstance(entity.details, PlaceDetails):
                name, details = entity.name, entity.details
            assert isinstance(existing.attributes, DistrictAttributes)
            status, note = existing.attributes.control_status, existing.attributes.note
        return DistrictForm(
            quote,
            name=name,
            place_kind=details.place_kind,
            province=details.province or "",
            country=details.country or "",
            code=next(iter(details.codes.values()), ""),
            control_status=status,
            note=note,
            known_places=sorted({e.name for e in places}),
            editing=existing is not None,
        )

    def _suggested_place(self, start: int, end: int) -> tuple[str, PlaceDetails] | None:
        """What the gazetteer knows of the place being tagged (province, country, codes), if a
        suggestion covers the same text."""
        quote = self.article.text[start:end].strip() if self.article else ""
        for suggestion in self.suggestions:
            details = suggestion.place_details()
            if details is not None and suggestion.entity is not None and suggestion.quote == quote:
                return suggestion.entity.name, details
        return None

    def _actor_form(self, quote: str, start: int, end: int, existing: Annotation | None) -> ActorForm:
        assert self.article is not None
        actors = self.store.entities("actor")
        draft = draft_actor(self.article.text, start, end, actors)
        name, details, matched = draft.name, draft.details, draft.entity
        note = ""
        if existing is not None:
            entity = self.store.get_entity(existing.entity_id)
            if entity is not None and isinstance(entity.details, ActorDetails):
                name, details, matched = entity.name, entity.details, entity
            assert isinstance(existing.attributes, ActorAttributes)
            note = existing.attributes.note
        return ActorForm(
            quote,
            name=name,
            actor_type=details.actor_type,
            affiliation=details.affiliation,
            note=note,
            known_actors=sorted({n for e in actors for n in e.names()}),
            matched=matched.name if matched else None,
            editing=existing is not None,
        )

    def _claim_form(self, quote: str, start: int, end: int, existing: Annotation | None) -> ClaimForm:
        assert self.article is not None
        article = self.article
        draft = draft_claim(article.text, start, end, self.annotations)
        claimants: list[tuple[str, str | None]] = [("no claimant", None)]
        for annotation in self.annotations:
            if annotation.kind == "actor":
                entity = self.store.get_entity(annotation.entity_id)
                label = entity.name if entity else annotation.quote
                if entity and entity.name != annotation.quote:
                    label += f" (“{annotation.quote}”)"
                claimants.append((f"{label} @{annotation.start}", annotation.id))
        in_article = {a.entity_id for a in self.annotations if a.entity_id}
        chosen_places, chosen_actors = set(draft.places), set(draft.actors)
        claimant = draft.claimant.id if draft.claimant else None
        cue, claim_type, certainty = draft.cue, draft.claim_type, draft.certainty
        grade: str | None = None
        links = []
        note = ""
        if existing is not None:
            attributes = existing.attributes
            assert isinstance(attributes, ClaimAttributes)
            claimant = attributes.claimant_annotation_id
            cue, claim_type, certainty = attributes.cue, attributes.claim_type, attributes.certainty
            chosen_places, chosen_actors = set(attributes.places), set(attributes.actors)
            grade = str(attributes.grade) if attributes.grade else None
            note = attributes.note
            links = [
                (f"{link.type} {self._claim_label(link.article_id, link.annotation_id)}", link)
                for link in attributes.links
            ]
        places = [
            (e.name, e.id, e.id in chosen_places)
            for e in self.store.entities("place")
            if e.id in in_article or e.id in chosen_places
        ]
        actors = [
            (e.name, e.id, e.id in chosen_actors)
            for e in self.store.entities("actor")
            if e.id in in_article or e.id in chosen_actors
        ]
        return ClaimForm(
            quote,
            cue=cue,
            claimants=claimants,
            claimant=claimant,
            claim_type=claim_type,
            certainty=certainty,
            places=places,
            actors=actors,
            grade=grade,
            link_targets=self._link_targets(existing),
            links=links,
            note=note,
            editing=existing is not None,
        )

    def _claim_label(self, article_id: str, annotation_id: str) -> str:
        try:
            claim = self.store.annotation(article_id, annotation_id)
            title = self.store.summary(article_id).title
        except FieldmarkError:
            return f"{annotation_id} (missing)"
        return f"{title[:24]}: “{' '.join(claim.quote.split())[:48]}”"

    def _link_targets(self, existing: Annotation | None) -> list[tuple[str, tuple[str, str] | None]]:
        """Every other claim in the corpus, this article's first."""
        targets: list[tuple[str, tuple[str, str] | None]] = [("choose a claim", None)]
        assert self.article is not None
        order = [self.article.id] + [
            s.id for s in self.store.articles() if s.id != self.article.id and s.count("claim")
        ]
        for article_id in order:
            for claim in self.store.annotations(article_id, kind="claim"):
                if existing is not None and claim.id == existing.id:
                    continue
                targets.append((self._claim_label(article_id, claim.id), (article_id, claim.id)))
        return targets

    # --- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.last_search
        search.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.last_search = event.value
        self._close_search()
        self.find(1, from_offset=self.reader.cursor_offset)

    def key_escape(self) -> None:
        """Esc closes the search bar, or leaves a pane for the reader."""
        if self.query_one("#search").display:
            self._close_search()
        elif isinstance(self.focused, AnnotationPane):
            self.reader.focus()

    def _close_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = False
        self.reader.focus()

    def action_search_next(self, direction: int) -> None:
        if not self.last_search:
            self.action_search()
            return
        self.find(direction, from_offset=self.reader.cursor_offset)

    def find(self, direction: int, from_offset: int) -> None:
        """Select the next (or previous) match of the last search, wrapping around."""
        if self.article is None or not self.last_search:
            return
        hits = textnav.find_all(self.article.text, self.last_search)
        if not hits:
            self.notify(f"Not found: {self.last_search}", severity="warning", markup=False)
            return
        span = self.reader.selected_span
        here = span[0] if span else from_offset
        if direction > 0:
            target = next((h for h in hits if h > here or (span is None and h == here)), hits[0])
        else:
            target = next((h for h in reversed(hits) if h < here), hits[-1])
        self.reader.select_span(target, target + len(self.last_search))
        count = f"{hits.index(target) + 1}/{len(hits)}"
        self.notify(f"{self.last_search}: match {count}", timeout=1.5, markup=False)

    # --- history and corpus -------------------------------------------------------------

    def action_undo(self) -> None:
        self._history(self.store.undo, "Undid", "Nothing to undo.")

    def action_redo(self) -> None:
        self._history(self.store.redo, "Redid", "Nothing to redo.")

    def _history(self, step: Callable[[], Entry | None], verb: str, nothing: str) -> None:
        if not self._writable():
            return
        try:
            entry = step()
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if entry is None:
            self.notify(nothing, timeout=2, markup=False)
            return
        article_ids = [c.article_id for c in entry.changes if c.article_id]
        if article_ids and self.article is not None and article_ids[0] != self.article.id:
            self.open_article(article_ids[0])
        else:
            self.reload()
        self.notify(f"{verb}: {entry.label}", timeout=3, markup=False)

    def action_step_article(self, delta: int) -> None:
        order = [s.id for s in self.store.articles()]
        if not order or self.article is None:
            return
        index = order.index(self.article.id) + delta
        if not 0 <= index < len(order):
            self.notify("No more articles that way.", timeout=1.5, markup=False)
            return
        self.open_article(order[index])

    def action_toggle_done(self) -> None:
        if not self._writable():
            return
        assert self.article is not None
        current = self.store.summary(self.article.id).status
        article_id = self.article.id
        status: ArticleStatus = "in_progress" if current == "done" else "done"
        self._apply(lambda: self.store.set_status(article_id, status))

    def action_export(self) -> None:
        """`E`: export this article or the corpus to a path the analyst confirms."""
        from annotations.exchange.export import ExportFilter, export_saved

        from .export import ExportForm, ExportRequest

        async def chosen(request: ExportRequest | None) -> None:
            if request is None:
                return
            filters = ExportFilter(article=request.article_id)
            if not self.store.readonly:
                self.store.flush(timeout=2)  # the export reads the disk, so the analyst can go on meanwhile
            try:
                count = await asyncio.to_thread(export_saved, self.store, request.format, request.path, filters)
            except (FieldmarkError, OSError) as error:
                self.notify(f"Export failed: {error}", severity="error", markup=False, timeout=8)
                return
            self.notify(f"{count} article(s) as {request.format} to {request.path}", title="Exported", markup=False)

        self.app.push_screen(ExportForm(self.article.id if self.article else None, Path.cwd()), chosen)

    def action_library(self) -> None:
        from .library import LibraryScreen

        def chosen(article_id: str | None) -> None:
            if article_id:
                self.open_article(article_id)

        current = self.article.id if self.article else None
        self.app.push_screen(LibraryScreen(self.store, current), chosen)

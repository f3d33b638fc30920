"""The compact tagging forms: district, actor, claim. Enter saves, Esc cancels, Tab moves.

Each form draws the `Fields` the core built (`annotations.forms.fields`: starting values and
choices) and returns the matching `annotations.forms.inputs` record when saved, or None when
cancelled. Forms hold no domain rules.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.forms.fields import ActorFields, ClaimFields, DistrictFields, Fields, grade_options
from annotations.forms.inputs import ActorInput, ClaimInput, DistrictInput, FormInput
from annotations.model import ACTOR_TYPES, CERTAINTIES, CLAIM_TYPES, CONTROL_STATUSES, PLACE_KINDS, ClaimLink
from annotations.text.quotes import shorten

from ..actions import FORM, bindings
from ..presenters import humanise
from ..widgets.choice import ChoiceField


def plain(text: str) -> Text:
    """Literal text for labels that may hold article words."""
    return Text(text, no_wrap=True, overflow="ellipsis")


class TagForm(ModalScreen[FormInput | None]):
    """Shared frame: a title, rows of fields, Enter to save and Esc to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(FORM)

    def __init__(self, title: str, fields: Fields) -> None:
        super().__init__()
        self.form_title = f"Edit {title}" if fields.editing else f"Tag {title}"
        self.quote = fields.quote

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            heading = Text()
            heading.append(self.form_title, style="bold")
            heading.append("  " + shorten(self.quote, 100), style="italic")
            yield Static(heading, id="form-title", markup=False)
            with Grid(id="form-fields"):
                yield from self.fields()
            yield Static(
                Text("Enter save · Esc cancel · Tab next field · ←/→ change a choice", style="dim"),
                id="form-help",
                markup=False,
            )

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    def row(self, label: str, widget: Any) -> ComposeResult:
        yield Label(label, classes="field-label")
        yield widget

    def text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value

    def choice(self, widget_id: str) -> Any:
        return self.query_one(f"#{widget_id}", ChoiceField).value

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        result = self.result()
        if result is not None:
            self.dismiss(result)

    def result(self) -> FormInput | None:
        raise NotImplementedError


def _options(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(humanise(v), v) for v in values]


class DistrictForm(TagForm):
    """Place name (autocompleted from known places), where it is, its control status."""

    def __init__(self, fields: DistrictFields) -> None:
        super().__init__("place", fields)
        self.initial = fields.initial
        self.known_places = list(fields.known_places)

    def fields(self) -> ComposeResult:
        start = self.initial
        suggest = SuggestFromList(self.known_places, case_sensitive=False) if self.known_places else None
        yield from self.row("Place", Input(start.name, id="name", suggester=suggest))
        yield from self.row("Kind", ChoiceField(_options(PLACE_KINDS), start.place_kind, id="place_kind"))
        yield from self.row("Province", Input(start.province, id="province"))
        yield from self.row("Country", Input(start.country, id="country"))
        yield from self.row("Code", Input(start.code, id="code", placeholder="e.g. AF-KDZ"))
        yield from self.row("Status", ChoiceField(_options(CONTROL_STATUSES), start.control_status, id="status"))
        yield from self.row("Note", Input(start.note, id="note"))

    def result(self) -> DistrictInput | None:
        name = self.text("name").strip()
        if not name:
            self.notify("A place needs a name.", severity="warning", markup=False)
            return None
        return replace(
            self.initial,
            name=name,
            place_kind=self.choice("place_kind"),
            province=self.text("province"),
            country=self.text("country"),
            code=self.text("code"),
            control_status=self.choice("status"),
            note=self.text("note"),
        )


class ActorForm(TagForm):
    """Actor name (the known entity it matches, or a new one), type and affiliation."""

    def __init__(self, fields: ActorFields) -> None:
        super().__init__("actor", fields)
        self.initial = fields.initial
        self.known_actors = list(fields.known_actors)
        self.matched = fields.matched

    def fields(self) -> ComposeResult:
        start = self.initial
        suggest = SuggestFromList(self.known_actors, case_sensitive=False) if self.known_actors else None
        yield from self.row("Actor", Input(start.name, id="name", suggester=suggest))
        hint = f"links to the known actor {self.matched}" if self.matched else "a new actor"
        yield from self.row("", Static(Text(hint, style="dim"), id="match-hint", markup=False))
        yield from self.row("Type", ChoiceField(_options(ACTOR_TYPES), start.actor_type, id="actor_type"))
        yield from self.row("Affiliation", Input(start.affiliation, id="affiliation"))
        yield from self.row("Note", Input(start.note, id="note"))

    def result(self) -> ActorInput | None:
        name = self.text("name").strip()
        if not name:
            self.notify("An actor needs a name.", severity="warning", markup=False)
            return None
        return replace(
            self.initial,
            name=name,
            actor_type=self.choice("actor_type"),
            affiliation=self.text("affiliation"),
            note=self.text("note"),
        )


class ClaimForm(TagForm):
    """Claimant, cue, type, certainty, what it concerns, grade, links to other claims."""

    def __init__(self, fields: ClaimFields) -> None:
        super().__init__("claim", fields)
        self.spec = fields
        self.initial = fields.initial

    def fields(self) -> ComposeResult:
        spec, start = self.spec, self.initial
        yield from self.row("Claimant", ChoiceField(list(spec.claimants), start.claimant_annotation_id, id="claimant"))
        yield from self.row("Cue", Input(start.cue, id="cue", placeholder="said, noted, according to…"))
        yield from self.row("Type", ChoiceField(_options(CLAIM_TYPES), start.claim_type, id="claim_type"))
        yield from self.row("Certainty", ChoiceField([(c, c) for c in CERTAINTIES], start.certainty, id="certainty"))
        yield from self.row("Grade", ChoiceField(grade_options(), start.grade, id="grade"))
        yield from self.row("About places", self._checklist("places", spec.places))
        yield from self.row("About actors", self._checklist("actors", spec.actors))
        if spec.links:
            kept = SelectionList[int](*(Selection(plain(label), i, True) for i, (label, _) in enumerate(spec.links)))
            kept.id = "links"
            yield from self.row("Links", kept)
        link_types: list[tuple[str, str | None]] = [("no new link", None), ("corroborates", "corroborates")]
        link_types.append(("contradicts", "contradicts"))
        yield from self.row("Add link", ChoiceField(link_types, id="link_type"))
        yield from self.row("Other claim", ChoiceField(list(spec.link_targets), None, id="link_target"))
        yield from self.row("Note", Input(start.note, id="note"))

    @staticmethod
    def _checklist(widget_id: str, options: tuple[tuple[str, str, bool], ...]) -> SelectionList[str]:
        return SelectionList[str](*(Selection(plain(n), v, on) for n, v, on in options), id=widget_id)

    def result(self) -> ClaimInput:
        links: list[ClaimLink] = []
        if self.spec.links:
            kept = set(self.query_one("#links", SelectionList).selected)
            links = [link for i, (_label, link) in enumerate(self.spec.links) if i in kept]
        link_type, target = self.choice("link_type"), self.choice("link_target")
        if link_type and target:
            links.append(ClaimLink(link_type, target[0], target[1]))
        return replace(
            self.initial,
            cue=self.text("cue"),
            claimant_annotation_id=self.choice("claimant"),
            claim_type=self.choice("claim_type"),
            certainty=self.choice("certainty"),
            places=tuple(self.query_one("#places", SelectionList).selected),
            actors=tuple(self.query_one("#actors", SelectionList).selected),
            grade=self.choice("grade"),
            links=tuple(links),
            note=self.text("note"),
        )


def form_for(fields: Fields) -> TagForm:
    """The form that draws these fields."""
    if isinstance(fields, DistrictFields):
        return DistrictForm(fields)
    if isinstance(fields, ActorFields):
        return ActorForm(fields)
    return ClaimForm(fields)

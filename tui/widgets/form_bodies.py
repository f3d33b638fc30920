"""The fields of the three tagging forms: district, actor (here) and claim (`claim_body`).

Each body is composed once with the app and filled again each time it is opened (`fill`) from
the `Fields` the core built (`annotations.forms.fields`: starting values and choices); `result`
hands back the matching `annotations.forms.inputs` record, or None when something required is
missing. Bodies hold no domain rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.events import DescendantFocus
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Input, SelectionList, Static

from annotations.entities.matching import fold
from annotations.forms.fields import ActorFields, DistrictFields, Fields
from annotations.forms.inputs import ActorInput, DistrictInput, FormInput
from annotations.forms.namesakes import (
    kind_of,
    known_place_fields,
    meant_place,
    namesakes,
    place_hint,
    places_by_name,
)
from annotations.model import (
    ACTOR_TYPES,
    CONTROL_STATUSES,
    PLACE_KINDS,
    ActorDetails,
)

from ..presenters import humanise
from .choice import ChoiceField
from .field_input import FieldInput, completing
from .steady_text import put_text

BESIDE_THE_FORM = "beside-form"
"""The class of the screen's toasts while a form's refusal shows."""


def toasts_of(screen: Widget) -> Widget | None:
    """The screen's toasts (Textual's `ToastRack`, a child of each screen; none where the app
    shows no notifications)."""
    try:
        return screen.get_child_by_id("textual-toastrack")
    except NoMatches:
        return None


def warn_beside_the_form(widget: Widget, message: str) -> None:
    """A warning about the open form, said over the reader beside it, not over the form (at the
    top right, a newcomer's refusal covered the claimant and cue it was about): the screen puts
    its toasts back when the form closes (`Tagging._room_for_the_form`)."""
    widget.notify(message, severity="warning", markup=False)
    rack = toasts_of(widget.screen)
    if rack is not None:
        rack.add_class(BESIDE_THE_FORM)


def plain(text: str) -> Text:
    """Literal text for labels that may hold article words."""
    return Text(text, no_wrap=True, overflow="ellipsis")


def humanised_options(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(humanise(v), v) for v in values]


class FormBody(Vertical):
    """Labels and fields in two columns; filled again each time the form opens.

    The labels are one `Static` beside the column of fields, each label on the line of its
    field (a checklist's label followed by blank lines for its other rows): a `Label` per field
    was a widget more to lay out and draw each time the form opened, about 2.5 ms of the 16 a
    key may take."""

    initial: Any
    """What the form was filled with (an `annotations.forms.inputs` record)."""
    _labels_said: str | None = None
    """The labels column as last written (written again only when it changes)."""
    KIND = ""
    """The kind of annotation the form tags."""

    DEFAULT_CSS = """
    FormBody { height: auto; }
    FormBody > .form-rows { height: auto; }
    FormBody .field-labels {
        width: 14; margin-right: 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis;
    }
    FormBody .fields { height: auto; width: 1fr; }
    """

    def rows(self) -> Iterator[tuple[str, Widget]]:
        """Each field with its label."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        self._labelled: list[tuple[str, Widget]] = []
        with Horizontal(classes="form-rows"):
            yield Static(Text(""), classes="field-labels", markup=False)
            with Vertical(classes="fields"):
                for label, widget in self.rows():
                    self._labelled.append((label, widget))
                    yield widget
        yield from self.below()

    def below(self) -> ComposeResult:
        """Lines under the fields (the actor form's hint)."""
        yield from ()

    @property
    def ready(self) -> bool:
        """Whether every field is mounted (not while the app, closing, gave up mounting them)."""
        labelled = getattr(self, "_labelled", [])
        return self.is_mounted and bool(labelled) and all(widget.is_mounted for _label, widget in labelled)

    def align_labels(self, focused: Widget | None = None) -> None:
        """Write each label on its field's first line (after a fill: checklists change height),
        the focused field's marked "›" and bold: a newcomer without colours could not tell which
        field the keys went to (Tab on the claim form, "Saide" typed into the cue)."""
        lines: list[str] = []
        marked = -1
        for label, widget in self._labelled:
            if widget.display:
                if focused is not None and (focused is widget or widget in focused.ancestors):
                    marked, label = len(lines), f"› {label}"
                lines += [label] + [""] * (row_height(widget) - 1)
        said = "\n".join(lines) + f"\n{marked}"
        if said != self._labels_said:  # the same labels again: drawn as they are
            relaid = self._labels_said is None or self._labels_said.count("\n") != said.count("\n")
            self._labels_said = said
            text = Text(no_wrap=True, overflow="ellipsis")
            for number, line in enumerate(lines):
                text.append(line + ("\n" if number < len(lines) - 1 else ""), style="bold" if number == marked else "")
            self.query_one(".field-labels", Static).update(text, layout=relaid)  # Tab: the same lines

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        self.align_labels(event.widget)

    @on(ChoiceField.Changed)
    def _choice_grew(self, event: ChoiceField.Changed) -> None:
        """A choice of several lines (the claim to link to) moves the labels under it."""
        if event.choice.lines > 1:
            self.align_labels(self.screen.focused)

    def fill(self, fields: Any) -> None:
        raise NotImplementedError

    def result(self) -> FormInput | None:
        raise NotImplementedError

    def first_field(self) -> Widget:
        return self.query_one("#name")

    def respan(self, fields: Any) -> None:
        """The span changed (alt+arrows): a name the analyst has not typed follows the words,
        unless it is a known place's or actor's that the words still hold (a newcomer grew
        "Imam Sahib" by a word before, and "cities. Imam Sahib" was saved as a new place)."""
        if not self.query("#name") or not hasattr(self, "initial"):
            return
        if self.text("name") == self.initial.name and not self._known_name_within(fields.quote):
            self.set_text("name", fields.initial.name)
            self.initial = replace(self.initial, name=fields.initial.name)
            name = self.query_one("#name", FieldInput)
            if name.has_focus:
                name.select_whole()  # still the analyst's to replace by typing

    def _known_name_within(self, quote: str) -> bool:
        name = fold(self.text("name"))
        return bool(name) and name in {fold(known) for known in self.known_names()} and name in fold(quote)

    def known_names(self) -> Sequence[str]:
        """The names of the corpus's entities of the form's kind."""
        return ()

    def text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value

    def refuse(self, message: str, field: Widget) -> None:
        """Save nothing, say why (`warn_beside_the_form`), and put the keys in the field to
        correct (the form stays open)."""
        warn_beside_the_form(self, message)
        self.screen.set_focus(field)

    def choice_unmatched(self) -> bool:
        """Whether a choice shows "nothing matches …" (refused as said): a newcomer typed "armed" in
        an actor's type, pressed Enter, and the actor was saved with the type it had, unsaid."""
        unmatched = next((c for c in self.query(ChoiceField) if c.display and c.unmatched), None)
        if unmatched is not None:
            self.refuse(
                f"Nothing matches “{unmatched.unmatched}” there: Backspace widens it, ←/→ choose; nothing was saved",
                unmatched,
            )
        return unmatched is not None

    def complete_with(self, **suggesters: Suggester | None) -> None:
        """Each field's completion (set after its value: the value a form opens with is not
        completed, which cost a worker and a search of the article's words at each `d` and `a`)."""
        for widget_id, suggester in suggesters.items():
            self.query_one(f"#{widget_id}", FieldInput).suggester = suggester

    def set_text(self, widget_id: str, value: str) -> None:
        """A value the form puts in, not typed: nothing completes it (a name following the words
        as alt+→ grew them, "northern Shan State", showed "ment" to take: "Shan Statement")."""
        field = self.query_one(f"#{widget_id}", Input)
        suggester, field.suggester = field.suggester, None
        if isinstance(field, FieldInput):
            field.put_in = value
        field.value = value
        field.suggester = suggester
        field.cursor_position = 0  # a long name shows its start

    def choice(self, widget_id: str) -> Any:
        return self.query_one(f"#{widget_id}", ChoiceField).value


class DistrictBody(FormBody):
    """Place name (completed from known places), where it is, its control status."""

    KIND = "district"
    _kind_switched: str | None = None
    """The kind a known place's name typed switched the form to (`_kind_of_the_place_named`)."""

    def rows(self) -> Iterator[tuple[str, Widget]]:
        yield "Place", FieldInput(id="name")
        yield "Kind", ChoiceField(humanised_options(PLACE_KINDS), id="place_kind")
        yield "Province", FieldInput(id="province")
        yield "Country", FieldInput(id="country")
        yield "Code", FieldInput(id="code", placeholder="ISO 3166-2 or GeoNames id")
        yield "Status", ChoiceField(humanised_options(CONTROL_STATUSES), id="status")
        yield "Note", FieldInput(id="note")

    def below(self) -> ComposeResult:
        yield Static(Text(""), id="place-hint", markup=False)

    def known_names(self) -> Sequence[str]:
        return self.place_fields.known_places

    def fill(self, fields: DistrictFields) -> None:
        self.place_fields = fields
        self._places_by_name = places_by_name(fields.places)
        self.initial = start = fields.initial
        self.complete_with(name=None, province=None, country=None)  # nothing completed for the values it opens with
        for widget_id in ("name", "province", "country", "code", "note"):
            self.set_text(widget_id, getattr(start, widget_id))
        self.complete_with(
            name=completing(fields.known_places, fields.text),
            province=completing(fields.known_provinces),
            country=completing(fields.known_countries),
        )
        self.query_one("#place_kind", ChoiceField).value = start.place_kind
        self._kind_switched = None
        self.query_one("#status", ChoiceField).value = start.control_status
        self._place_hint(start.name)

    @on(Input.Changed, "#name")
    def _place_typed(self, event: Input.Changed) -> None:
        if hasattr(self, "place_fields"):
            self._kind_of_the_place_named(event.value)
            self._place_hint(event.value)

    def _kind_of_the_place_named(self, typed: str) -> None:
        """A known place's name typed over the words' own (its completion taken) names that place:
        the kind drafted from the words, if still as drafted, becomes the place's (a newcomer typed
        "Lashio" on "Northeastern Command", drafted a district, and saved a second Lashio beside
        the city, the two rows alike in the pane)."""
        kind = self.query_one("#place_kind", ChoiceField)
        switched, self._kind_switched = self._kind_switched, None
        if kind.value != (switched or self.initial.place_kind):
            return  # the analyst chose a kind: theirs
        named = namesakes(self._places_by_name, typed) if fold(typed) != fold(self.initial.name) else []
        if named and meant_place(named, self.initial.place_kind) is None:
            self._kind_switched = kind_of(named[0])
            kind.value = self._kind_switched
        elif switched is not None:  # typed on past the known name ("Lashio District"): as drafted again
            kind.value = self.initial.place_kind

    @on(ChoiceField.Changed, "#place_kind")
    def _place_kind_changed(self) -> None:
        if hasattr(self, "place_fields"):
            self._place_hint(self.text("name"))

    def _place_hint(self, typed: str) -> None:
        """What saving does with the name and kind (`place_hint`): a new place, one linked to a
        known place kept as it is, or a namesake of another kind (a city named like a province)."""
        fields = self.place_fields
        named = namesakes(self._places_by_name, typed)
        kind = str(self.query_one("#place_kind", ChoiceField).value or "")
        hint = place_hint(named, kind, editing_own=fields.current)
        put_text(self.query_one("#place-hint", Static), Text(hint, style="dim"))
        for widget_id, value in known_place_fields(named, kind, fields.current).items():
            if self.text(widget_id) != value:  # saved as it is, shown as it is
                self.set_text(widget_id, value)

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


class ActorBody(FormBody):
    """Actor name (the known entity it links to, said as it is typed), type and affiliation."""

    KIND = "actor"

    def rows(self) -> Iterator[tuple[str, Widget]]:
        yield "Actor", FieldInput(id="name")
        yield "Type", ChoiceField(humanised_options(ACTOR_TYPES), id="actor_type")
        yield "Affiliation", FieldInput(id="affiliation")
        yield "Note", FieldInput(id="note")

    def below(self) -> ComposeResult:
        yield Static(Text(""), id="match-hint", markup=False)

    def known_names(self) -> Sequence[str]:
        return self.fields.known_actors

    def fill(self, fields: ActorFields) -> None:
        self.fields, self.initial = fields, fields.initial
        self.complete_with(name=None, affiliation=None)  # nothing completed for the values it opens with
        for widget_id in ("name", "affiliation", "note"):
            self.set_text(widget_id, getattr(fields.initial, widget_id))
        self.complete_with(
            name=completing(fields.known_actors, fields.text),
            affiliation=completing(fields.known_affiliations, fields.text),
        )
        self.query_one("#actor_type", ChoiceField).value = fields.initial.actor_type
        self._hint(fields.matched, kept=fields.matched is not None and not fields.editing)

    @on(Input.Changed, "#name")
    def _name_typed(self, event: Input.Changed) -> None:
        if not hasattr(self, "fields"):
            return
        linked = self.fields.linked(event.value)
        own = self.fields.editing and linked is not None and linked.name == self.fields.matched
        if linked is None or own:  # a new actor, or the mention's own (its type is the form's)
            offered = self.query_one("#name", FieldInput).completion_of(event.value) if linked is None else ""
            self._hint(linked.name if linked else None, offered=offered)
            return
        if linked.name == self.fields.matched:  # the known actor the form started from
            self._hint(linked.name, kept=True)
            return
        # Another known actor: saving links to it and keeps its type and affiliation (the
        # fields show them); `fieldmark entities set` or editing its own mentions change them.
        details = linked.details
        if isinstance(details, ActorDetails):
            self.query_one("#actor_type", ChoiceField).value = details.actor_type
            self.set_text("affiliation", details.affiliation)
        self._hint(linked.name, kept=True)

    def _hint(self, matched: str | None, *, kept: bool = False, offered: str = "") -> None:
        """What saving does with the name typed; with the completion shown, what → takes (helper-315 saw "Sudan
        Lawyers" shown, "a new actor" said, and Enter saved "Sudan L")."""
        hint = f"links to the known actor {matched}" if matched else "a new actor"
        if not matched and offered:
            known = self.fields.linked(offered) is not None
            hint += f" as typed; → takes {'the known actor ' if known else ''}“{offered}”"
        hint += " (its type is kept; t in Entities (A) changes it)" if kept else ""
        put_text(self.query_one("#match-hint", Static), Text(hint, style="dim"))

    def result(self) -> ActorInput | None:
        name = self.text("name").strip()
        if not name:
            self.notify("An actor needs a name.", severity="warning", markup=False)
            return None
        return replace(
            self.initial,
            name=name,
            actor_type=self.choice("actor_type"),
            affiliation=self._affiliation(),
            note=self.text("note"),
        )

    def _affiliation(self) -> str:
        """What is typed, or the known actor or affiliation its completion shows when what is typed
        names none: a newcomer's Enter on "Fano mil", with "Fano militia" shown, saved "Fano mil",
        an affiliation of no actor."""
        field = self.query_one("#affiliation", FieldInput)
        typed = field.value
        known = {name.casefold() for name in self.fields.known_affiliations}
        if not typed.strip() or typed.strip().casefold() in known or not field.completion_shown:
            return typed
        return field.completion_shown


def row_height(widget: Widget) -> int:
    """The lines a field takes in the form: a checklist one a choice, up to its CSS limit."""
    if isinstance(widget, SelectionList):
        return max(1, min(widget.option_count, CHECKLIST_ROWS))
    if isinstance(widget, ChoiceField):
        return widget.height_needed()
    return 1


CHECKLIST_ROWS = 6
"""A checklist's most lines in a form (`#tag-panel SelectionList` in the stylesheet)."""


def body_for(fields: Fields) -> type[FormBody]:
    """Which body draws these fields."""
    from .claim_body import ClaimBody  # its own module, beside the bodies it is one of

    if isinstance(fields, DistrictFields):
        return DistrictBody
    if isinstance(fields, ActorFields):
        return ActorBody
    return ClaimBody

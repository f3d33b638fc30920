"""The compact tagging forms: district, actor, claim. Enter saves, Esc cancels, Tab moves.

Each form is pre-filled from a draft (see `annotations.forms.drafts`) and returns the typed input
of `annotations.forms.save` when saved, or None when cancelled. Forms hold no domain rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.forms.save import ActorInput, ClaimInput, DistrictInput
from annotations.model import (
    ACTOR_TYPES,
    CERTAINTIES,
    CLAIM_TYPES,
    CONTROL_STATUSES,
    PLACE_KINDS,
    RELIABILITIES,
    ClaimLink,
    Grade,
)

from ..presenters import humanise
from ..widgets.choice import ChoiceField

RELIABILITY_WORDS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability unknown",
}
CREDIBILITY_WORDS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth unknown",
}


def grade_options() -> list[tuple[str, str | None]]:
    options: list[tuple[str, str | None]] = [("no grade", None)]
    for reliability in RELIABILITIES:
        for credibility in range(1, 7):
            code = f"{reliability}{credibility}"
            words = f"{RELIABILITY_WORDS[reliability]}, {CREDIBILITY_WORDS[credibility]}"
            options.append((f"{code} {words}", code))
    return options


def plain(text: str) -> Text:
    """Literal text for labels that may hold article words."""
    return Text(text, no_wrap=True, overflow="ellipsis")


class TagForm(ModalScreen[Any]):
    """Shared frame: a title, rows of fields, Enter to save and Esc to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Save", priority=True, id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(self, title: str, quote: str) -> None:
        super().__init__()
        self.form_title = title
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            heading = Text()
            heading.append(self.form_title, style="bold")
            heading.append("  " + " ".join(self.quote.split())[:100], style="italic")
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

    def result(self) -> Any:
        raise NotImplementedError


class DistrictForm(TagForm):
    """Place name (autocompleted from known places), where it is, its control status."""

    def __init__(
        self,
        quote: str,
        *,
        name: str,
        place_kind: str,
        province: str,
        country: str,
        code: str,
        control_status: str,
        note: str = "",
        known_places: Sequence[str] = (),
        editing: bool = False,
    ) -> None:
        super().__init__("Edit place" if editing else "Tag place", quote)
        self.initial = dict(
            name=name, place_kind=place_kind, province=province, country=country, code=code,
            control_status=control_status, note=note,
        )  # fmt: skip
        self.known_places = list(known_places)

    def fields(self) -> ComposeResult:
        suggest = SuggestFromList(self.known_places, case_sensitive=False) if self.known_places else None
        yield from self.row("Place", Input(self.initial["name"], id="name", suggester=suggest))
        yield from self.row(
            "Kind",
            ChoiceField([(humanise(k), k) for k in PLACE_KINDS], self.initial["place_kind"], id="place_kind"),
        )
        yield from self.row("Province", Input(self.initial["province"], id="province"))
        yield from self.row("Country", Input(self.initial["country"], id="country"))
        yield from self.row("Code", Input(self.initial["code"], id="code", placeholder="e.g. AF-KDZ"))
        yield from self.row(
            "Status",
            ChoiceField([(humanise(s), s) for s in CONTROL_STATUSES], self.initial["control_status"], id="status"),
        )
        yield from self.row("Note", Input(self.initial["note"], id="note"))

    def result(self) -> DistrictInput | None:
        name = self.text("name").strip()
        if not name:
            self.notify("A place needs a name.", severity="warning", markup=False)
            return None
        return DistrictInput(
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

    def __init__(
        self,
        quote: str,
        *,
        name: str,
        actor_type: str,
        affiliation: str,
        note: str = "",
        known_actors: Sequence[str] = (),
        matched: str | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__("Edit actor" if editing else "Tag actor", quote)
        self.initial = dict(name=name, actor_type=actor_type, affiliation=affiliation, note=note)
        self.known_actors = list(known_actors)
        self.matched = matched

    def fields(self) -> ComposeResult:
        suggest = SuggestFromList(self.known_actors, case_sensitive=False) if self.known_actors else None
        yield from self.row("Actor", Input(self.initial["name"], id="name", suggester=suggest))
        hint = f"links to the known actor {self.matched}" if self.matched else "a new actor"
        yield from self.row("", Static(Text(hint, style="dim"), id="match-hint", markup=False))
        yield from self.row(
            "Type",
            ChoiceField([(humanise(t), t) for t in ACTOR_TYPES], self.initial["actor_type"], id="actor_type"),
        )
        yield from self.row("Affiliation", Input(self.initial["affiliation"], id="affiliation"))
        yield from self.row("Note", Input(self.initial["note"], id="note"))

    def result(self) -> ActorInput | None:
        name = self.text("name").strip()
        if not name:
            self.notify("An actor needs a name.", severity="warning", markup=False)
            return None
        return ActorInput(
            name=name,
            actor_type=self.choice("actor_type"),
            affiliation=self.text("affiliation"),
            note=self.text("note"),
        )


class ClaimForm(TagForm):
    """Claimant, cue, type, certainty, what it concerns, grade, links to other claims."""

    def __init__(
        self,
        quote: str,
        *,
        cue: str,
        claimants: Sequence[tuple[str, str | None]],
        claimant: str | None,
        claim_type: str,
        certainty: str,
        places: Sequence[tuple[str, str, bool]],
        actors: Sequence[tuple[str, str, bool]],
        grade: str | None,
        link_targets: Sequence[tuple[str, tuple[str, str] | None]],
        links: Sequence[tuple[str, ClaimLink]] = (),
        note: str = "",
        editing: bool = False,
    ) -> None:
        super().__init__("Edit claim" if editing else "Tag claim", quote)
        self.cue = cue
        self.claimants = list(claimants)
        self.claimant = claimant
        self.claim_type = claim_type
        self.certainty = certainty
        self.places = list(places)
        self.actors = list(actors)
        self.grade = grade
        self.link_targets = list(link_targets)
        self.links = list(links)
        self.note = note

    def fields(self) -> ComposeResult:
        yield from self.row("Claimant", ChoiceField(self.claimants, self.claimant, id="claimant"))
        yield from self.row("Cue", Input(self.cue, id="cue", placeholder="said, noted, according to…"))
        yield from self.row(
            "Type", ChoiceField([(humanise(t), t) for t in CLAIM_TYPES], self.claim_type, id="claim_type")
        )
        yield from self.row("Certainty", ChoiceField([(c, c) for c in CERTAINTIES], self.certainty, id="certainty"))
        yield from self.row("Grade", ChoiceField(grade_options(), self.grade, id="grade"))
        yield from self.row(
            "About places",
            SelectionList[str](*(Selection(plain(n), v, on) for n, v, on in self.places), id="places"),
        )
        yield from self.row(
            "About actors",
            SelectionList[str](*(Selection(plain(n), v, on) for n, v, on in self.actors), id="actors"),
        )
        if self.links:
            yield from self.row(
                "Links",
                SelectionList[int](
                    *(Selection(plain(label), i, True) for i, (label, _) in enumerate(self.links)), id="links"
                ),
            )
        yield from self.row(
            "Add link",
            ChoiceField(
                [("no new link", None), ("corroborates", "corroborates"), ("contradicts", "contradicts")],
                id="link_type",
            ),
        )
        yield from self.row("Other claim", ChoiceField(self.link_targets, None, id="link_target"))
        yield from self.row("Note", Input(self.note, id="note"))

    def result(self) -> ClaimInput:
        links = []
        if self.links:
            kept = set(self.query_one("#links", SelectionList).selected)
            links = [link for i, (_label, link) in enumerate(self.links) if i in kept]
        link_type = self.choice("link_type")
        target = self.choice("link_target")
        if link_type and target:
            links.append(ClaimLink(link_type, target[0], target[1]))
        grade = self.choice("grade")
        if grade:
            Grade.parse(grade)
        return ClaimInput(
            cue=self.text("cue"),
            claimant_annotation_id=self.choice("claimant"),
            claim_type=self.choice("claim_type"),
            certainty=self.choice("certainty"),
            places=tuple(self.query_one("#places", SelectionList).selected),
            actors=tuple(self.query_one("#actors", SelectionList).selected),
            grade=grade,
            links=tuple(links),
            note=self.text("note"),
        )

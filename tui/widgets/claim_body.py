"""The claim form's fields: claimant, cue, type, certainty, grade, what it concerns, links, the
event's date and type (one of the three bodies of `form_bodies`, in a module of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from textual.widget import Widget
from textual.widgets import Input, SelectionList
from textual.widgets.selection_list import Selection

from annotations.forms.fields import ClaimFields, grade_options
from annotations.forms.inputs import ClaimInput, event_date_refused
from annotations.model import CERTAINTIES, CLAIM_TYPES, EVENT_SUB_TYPES, ClaimLink

from .checklist import Checklist
from .choice import ChoiceField
from .field_input import FieldInput
from .form_bodies import FormBody, humanised_options, plain

LINK_TYPES: list[tuple[str, str | None]] = [
    ("no new link", None),
    ("corroborates", "corroborates"),
    ("contradicts", "contradicts"),
]


class ClaimBody(FormBody):
    """Claimant, cue, type, certainty, what it concerns, grade, links to other claims."""

    KIND = "claim"

    _ticked: dict[str, set[str]]
    """The places and actors the words gave ticked as the form was filled (or last respanned)."""
    _by_hand: dict[str, tuple[set[str], set[str]]]
    """What the analyst ticked and unticked by hand since the form opened: kept whatever the words
    give (a place unticked, the span grown and shrunk back, was ticked again)."""

    def respan(self, fields: Any) -> None:
        """A claim keeps what the analyst chose when its span changes, but the places and actors its
        words name follow the words: shrunk to "famine was confirmed in Zamzam camp", a newcomer's
        claim kept Adre, Chad and Tawila ticked and was filed under them; grown over Chad, it did
        not tick it. What the analyst ticked or unticked by hand stays so."""
        for key in ("places", "actors"):
            checklist = self.query_one(f"#{key}", SelectionList)
            now, was = set(checklist.selected), self._ticked[key]
            ticked_by_hand, unticked_by_hand = self._by_hand[key]
            ticked_by_hand |= now - was
            ticked_by_hand -= was - now
            unticked_by_hand |= was - now
            unticked_by_hand -= now - was
            options: tuple[tuple[str, str, bool], ...] = getattr(fields, key)
            ticked = {value for _name, value, on in options if on}
            wanted = (ticked | ticked_by_hand) - unticked_by_hand
            self._checklist(key, [Selection(plain(name), value, value in wanted) for name, value, _on in options])
            self._ticked[key] = ticked
        self._date_read(fields.date_from_text)

    def _date_read(self, read: str) -> None:
        """What an empty event date stands for, read from the words as they are now (shrunk off "on Monday", a
        newcomer's form still said Monday's date: helper-361)."""
        field = self.query_one("#event_date", Input)
        field.placeholder = _date_placeholder(read)
        field.tooltip = f"Left empty, the event date is {read}" if read else None

    def rows(self) -> Iterator[tuple[str, Widget]]:
        none: list[tuple[str, Any]] = [("", None)]
        yield "Claimant", ChoiceField(none, id="claimant", lines=2)  # "Israel … (mention 1 of 2), suggested"
        yield "Cue", FieldInput(id="cue", placeholder="e.g. said, noted, according to")
        yield "Type", ChoiceField(humanised_options(CLAIM_TYPES), id="claim_type")
        yield "Certainty", ChoiceField([(c, c) for c in CERTAINTIES], id="certainty")
        yield "Grade", ChoiceField(grade_options(), id="grade")
        yield "About places", Checklist(id="places")
        yield "About actors", Checklist(id="actors")
        yield "Links", Checklist(id="links")
        yield "Add link", ChoiceField(LINK_TYPES, id="link_type")
        yield "Other claim", ChoiceField(none, id="link_target", lines=3)
        yield "Event date", FieldInput(id="event_date", placeholder="YYYY-MM-DD")
        event_types: list[tuple[str, Any]] = [
            ("derived from the claim", None),
            *((_sub_first(t), t) for t in EVENT_SUB_TYPES),
        ]
        yield "Event type", ChoiceField(event_types, id="event_type", lines=2)
        yield "Note", FieldInput(id="note")

    def first_field(self) -> Widget:
        return self.query_one("#claimant")

    def fill(self, fields: ClaimFields) -> None:
        self.spec, self.initial = fields, start = fields, fields.initial
        claimant = self.query_one("#claimant", ChoiceField)
        claimant.set_options(list(fields.claimants), start.claimant_annotation_id, fields.claimant_words)
        self.set_text("cue", start.cue)
        self.set_text("note", start.note)
        self.set_text("event_date", start.event_date)
        self.query_one("#event_type", ChoiceField).value = start.event_type
        self._date_read(fields.date_from_text)
        self.query_one("#claim_type", ChoiceField).value = start.claim_type
        self.query_one("#certainty", ChoiceField).value = start.certainty
        self.query_one("#grade", ChoiceField).value = start.grade
        self._checklist("places", [Selection(plain(n), v, on) for n, v, on in fields.places])
        self._checklist("actors", [Selection(plain(n), v, on) for n, v, on in fields.actors])
        self._ticked = {key: {v for _n, v, on in getattr(fields, key) if on} for key in ("places", "actors")}
        self._by_hand = {key: (set(), set()) for key in ("places", "actors")}
        self._checklist("links", [Selection(plain(label), i, True) for i, (label, _) in enumerate(fields.links)])
        self.query_one("#links").display = bool(fields.links)
        self.query_one("#link_type", ChoiceField).value = None
        self.query_one("#link_target", ChoiceField).set_options(list(fields.link_targets), None, fields.link_words)

    def _checklist(self, widget_id: str, selections: list[Selection[Any]]) -> None:
        checklist = self.query_one(f"#{widget_id}", SelectionList)
        checklist.clear_options()
        checklist.add_options(selections)

    def result(self) -> ClaimInput | None:
        refused = event_date_refused(self.text("event_date"))
        if refused is not None:  # said, the form kept open (a newcomer's whole edit was lost to one typo)
            self.refuse(refused, self.query_one("#event_date", Input))
            return None
        links: list[ClaimLink] = []
        if self.spec.links:
            kept = set(self.query_one("#links", SelectionList).selected)
            links = [link for i, (_label, link) in enumerate(self.spec.links) if i in kept]
        link_type, target = self.choice("link_type"), self.choice("link_target")
        if link_type and not target:  # saved without it, unsaid (a newcomer's, with no claim listed)
            none = not self.spec.link_targets[1:]
            what = "there is no other claim to link to" if none else "choose the other claim"
            field = self.query_one("#link_type" if none else "#link_target", ChoiceField)
            self.refuse(f"{link_type.capitalize()}: {what} (or “no new link”); nothing was saved yet", field)
            return None
        if target and not link_type:  # the claim chosen, the link not: saved without it, unsaid (a newcomer's)
            self.refuse(
                "Add link: choose how it links to the other claim (corroborates, contradicts…) with ←/→, or "
                "choose no other claim; nothing was saved yet",
                self.query_one("#link_type", ChoiceField),
            )
            return None
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
            event_date=self.text("event_date"),
            event_type=self.choice("event_type"),
        )


def _date_placeholder(read: str) -> str:
    """What an empty event date stands for, short enough for the field: "= 2024-03-14 (text)" or "(article)" (whose
    date it is; "(the text's)" was cut to "(the" at 120 columns: helper-363); with neither, the shape a date takes."""
    if not read:
        return "YYYY-MM-DD (none known)"
    whose = "article" if "article's date" in read else "text"
    return f"= {read.split(' (')[0]} ({whose})"


def _sub_first(event_type: str) -> str:
    """ "Attack (Violence against civilians)": the sub-type first, so a narrow form tells the choices
    apart (a newcomer saw "Violence against civi…" three times over at 120 columns)."""
    kind, _, sub = event_type.partition(": ")
    return f"{sub} ({kind})" if sub else kind

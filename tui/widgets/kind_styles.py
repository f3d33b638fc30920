"""How the reader draws each kind of tag, a suggestion and another analyst's tag: the theme's
colours for places and actors, set again when the theme changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.style import Style


@dataclass(frozen=True, slots=True)
class KindStyles:
    """How each kind is drawn; suggestions are dim and italic on top, another analyst's tags not
    bold (a newcomer on a team could not tell whose a tag was without opening it)."""

    district: Style
    actor: Style
    claim: Style
    suggested: Style
    theirs: Style = field(default_factory=lambda: Style(bold=False))

    @classmethod
    def from_colors(cls, district: str, actor: str) -> KindStyles:
        return cls(
            district=Style(color=district, bold=True),
            actor=Style(color=actor, bold=True),
            claim=Style(underline=True),
            suggested=Style(dim=True, italic=True, bold=False),  # not bold, as "theirs" says a tag is not one's own
        )

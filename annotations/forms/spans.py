"""Which text a tagging key applies to when the analyst has selected nothing."""

from __future__ import annotations

from annotations.text.navigation import phrase_at, quotation_at, sentence_at


def target_span(kind: str, text: str, selected: tuple[int, int] | None, cursor: int) -> tuple[int, int] | None:
    """The selection; else, for a claim, the quotation or sentence under the cursor, and for a
    place or an actor the name under it."""
    if selected is not None:
        return selected
    if kind == "claim":
        return quotation_at(text, cursor) or sentence_at(text, cursor)
    span = phrase_at(text, cursor)
    return span if span is not None and span[1] > span[0] else None

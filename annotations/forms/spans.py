"""Which text a tagging key applies to when the analyst has selected nothing, and the span a form
grows or shrinks to by word and by sentence."""

from __future__ import annotations

import re

from annotations.text.navigation import PARAGRAPH_BREAK, phrase_at, quotation_at, sentence_at, trimmed_words


def target_span(kind: str, text: str, selected: tuple[int, int] | None, cursor: int) -> tuple[int, int] | None:
    """The selection grown to whole words (a search for "Isl" tags "Islamist"; a claim selected
    with `v` up to the cursor ended "rejecte", the letter under the cursor left out); else, for
    a claim, the quotation or sentence under the cursor, and for a place or an actor the name
    under it."""
    if selected is not None:
        words = whole_words(text, selected)
        return claim_edges(text, without_quotation_marks(text, words)) if kind == "claim" else words
    if kind == "claim":
        return claim_edges(text, without_quotation_marks(text, quotation_at(text, cursor) or sentence_at(text, cursor)))
    span = phrase_at(text, cursor)
    return span if span is not None and span[1] > span[0] else None


def without_quotation_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A claim selected with its quotation marks (the `"` key selects them) is their content, as a
    suggested claim is (a newcomer's claim kept its marks)."""
    start, end = span
    closing = _OPENING.get(text[start]) if end - start > 2 else None
    if closing is not None and text[end - 1] == closing and closing not in text[start + 1 : end - 1]:
        return (start + 1, end - 1)  # one quotation, not a sentence between two ("“…,” she said, “…”")
    return span


"""A blank line: a word more never takes the next paragraph's first word (a sentence more may)."""

_SPACES = re.compile(r"\s*")

_OPENING = {'"': '"', "“": "”", "«": "»", "„": "“"}


def claim_edges(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A claim without the spaces around it, nor the comma, semicolon or colon that ends its clause
    (a claim taken with `"` kept the comma inside the closing mark; one grown by words, the space
    after it)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return (start, end) if end > start else span


def whole_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` grown where it cuts a word in two ("Isl" of "Islamist" gives "Islamist"); a span that
    ends at a hyphen or an apostrophe is left as chosen ("Kunduz" of "Kunduz-based")."""
    start, end = span
    while 0 < start < end and _inside_word(text, start - 1) and _inside_word(text, start):
        start -= 1
    while start < end < len(text) and _inside_word(text, end - 1) and _inside_word(text, end):
        end += 1
    return (start, end)


def _inside_word(text: str, index: int) -> bool:
    return text[index].isalnum()


def resized(text: str, span: tuple[int, int], edge: str, unit: str, direction: int) -> tuple[int, int]:
    """The span with its `edge` ("start" or "end") moved by a `unit` ("word" or "sentence"):
    `direction` 1 grows it, -1 shrinks it. A span never shrinks to nothing: what cannot move
    stays where it is. The words of a name keep their punctuation out ("Kunduz," gives "Kunduz"). A
    word more stays within the paragraph (alt+→ at a claim's last word took "\n\nThe")."""
    if unit == "sentence":
        return _by_sentence(text, span, edge, direction)
    start, end = span
    window = trimmed_words(text[max(0, start - 200) : end + 200])
    offset = max(0, start - 200)
    pieces = [(s + offset, e + offset) for s, e in window]
    if edge == "end":  # shrunk by a word, a word goes, not only the full stop after it (a newcomer pressed twice)
        ends = (
            [e for _s, e in pieces if e > end and not PARAGRAPH_BREAK.search(text, end, e)]
            if direction > 0
            else [e for _s, e in pieces if start < e < end and _a_word_or_a_mark(text, start, e, end)]
        )
        moves = [_quote_closed(text, start, e) for e in sorted(ends, reverse=direction < 0)]
        kept = start + len(text[start:end].rstrip(" .,;:!?…"))
        if direction < 0 and not ends and start < kept:  # "Dori." of one word: its full stop goes, not the word
            moves.append((start, kept))
    else:
        starts = (
            [s for s, _e in pieces if s < start and not PARAGRAPH_BREAK.search(text, s, start)]
            if direction > 0
            else [s for s, _e in pieces if start < s < end]
        )
        moves = [_quote_opened(text, s, end) for s in sorted(starts, reverse=direction > 0)]
    return next((moved for moved in moves if moved != span), span)  # a mark put back: the next word


def resized_keeping_steps(
    text: str, span: tuple[int, int], edge: str, unit: str, direction: int, grown_from: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """`resized`, and the spans the end was grown from by a sentence (latest last): a sentence less
    goes back to the last of them, so that alt+↓ then alt+↑ is where the analyst was (a newcomer's
    "Dori" grown to the end of its sentence never came back: one sentence less of a span inside one
    sentence is no change). Any other move starts the steps afresh."""
    if unit != "sentence" or edge != "end":
        return resized(text, span, edge, unit, direction), ()
    if direction < 0 and grown_from:
        return grown_from[-1], grown_from[:-1]
    moved = resized(text, span, edge, unit, direction)
    return moved, ((*grown_from, span) if direction > 0 and moved != span else ())


def _a_word_or_a_mark(text: str, start: int, cut: int, end: int) -> bool:
    """Whether what shrinking the end to `cut` would cut is worth a key: a word, or the closing mark
    of a quotation the span opens, with what follows it (`"controls nothing",` gives `"controls
    nothing"`), not only the full stop after the last word ("…, prosecutors said." gave "…,
    prosecutors said"), nor a stray closing mark with it (`hold the town."`, its opening mark left
    out of the claim, lost only `."`)."""
    if any(c.isalnum() for c in text[cut:end]):
        return True
    return text[cut] in '"”»’' and _quote_closed(text, start, cut) != (start, cut)  # not a bracket: "(sources said)."


def _quote_closed(text: str, start: int, end: int) -> tuple[int, int]:
    """With the quotation mark right after the span when the span opens that quotation: `"controls
    nothing",` shrunk by a word is `"controls nothing"`, not `"controls nothing`."""
    if end < len(text) and _unclosed(text[start:end], text[end]):
        return (start, end + 1)
    return (start, end)


def _quote_opened(text: str, start: int, end: int) -> tuple[int, int]:
    """With the quotation mark right before the span when the span closes that quotation."""
    if start > 0 and _unopened(text[start:end], text[start - 1]):
        return (start - 1, end)
    return (start, end)


_BRACKETS = {")": "(", "]": "["}
_QUOTES = {"”": "“", "»": "«"}
"""Closing marks and their openings: brackets count, quotation marks pair with the last one
("Батальон «Восток»" grown by a word takes its closing guillemet)."""
_CLOSING = {opening: closing for closing, opening in (*_BRACKETS.items(), *_QUOTES.items())}


def _unclosed(inside: str, mark: str) -> bool:
    if mark == '"':
        return inside.count('"') % 2 == 1
    if mark in _BRACKETS:  # "(MNDAA), a claim" shrunk by a word is "(MNDAA)", not "(MNDAA"
        return inside.count(_BRACKETS[mark]) > inside.count(mark)
    return mark in _QUOTES and inside.rfind(_QUOTES[mark]) > inside.rfind(mark)


def _unopened(inside: str, mark: str) -> bool:
    if mark == '"':
        return inside.count('"') % 2 == 1
    closing = _CLOSING.get(mark)
    if closing is None:
        return False
    if mark in "([":
        return inside.count(closing) > inside.count(mark)
    return inside.find(closing) >= 0 and (inside.find(mark) < 0 or inside.find(closing) < inside.find(mark))


def _by_sentence(text: str, span: tuple[int, int], edge: str, direction: int) -> tuple[int, int]:
    start, end = span
    if edge == "end":
        if direction > 0:
            here = sentence_at(text, end if end < len(text) else end - 1)
            following = _SPACES.match(text, here[1]).end()  # type: ignore[union-attr]  # past a paragraph's break
            grown = here[1] if here[1] > end else sentence_at(text, min(len(text) - 1, following))[1]
            return (start, max(end, grown))
        previous = sentence_at(text, max(start, end - 1))
        return (start, previous[0] - 1) if previous[0] - 1 > start else span
    if direction > 0:
        return (sentence_at(text, max(0, start - 2))[0], end) if start > 0 else span
    following = sentence_at(text, start)[1]
    after = sentence_at(text, min(len(text) - 1, following + 1))[0]
    return (after, end) if start < after < end else span

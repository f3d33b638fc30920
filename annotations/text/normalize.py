"""Text normalisation at ingest, so offsets mean the same thing everywhere.

Offsets are code points into the normalised text. Everything that a terminal could read as a
command (ESC, C1, other control characters) or that reorders display (bidi overrides) goes,
and every line break style becomes `\\n` so that widgets splitting on `str.splitlines()`
see exactly the lines we count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

# Characters str.splitlines() breaks on; all become "\n".
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# Bidi embedding/override/isolate controls and the invisible direction marks.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

# Cc except \n and \t, lone surrogates (Cs), bidi controls and a stray BOM.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff" + "".join(sorted(BIDI_CONTROLS)) + "]")

_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def strip_controls(text: str) -> str:
    """Remove C0 (but `\\n`, `\\t`), DEL, C1, lone surrogates and bidi controls."""
    return _DROPPED.sub("", text)


def normalize_line(text: str) -> str:
    """Normalise a one-line field such as a title: NFC, controls gone, spaces collapsed."""
    text = strip_controls(LINE_BREAKS.sub(" ", text))
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_line(text: str) -> str:
    """`normalize_line`, at no cost for the usual string that is already clean: every name,
    title, source or annotator that enters a record goes through here."""
    if text.isprintable() and text == text.strip() and "  " not in text and unicodedata.is_normalized("NFC", text):
        return text
    return normalize_line(text)


def lines_clean(texts: Iterable[object]) -> bool:
    """Whether `clean_line` leaves each of these texts as it is, checked in one go (a place's
    name, alternates, codes and fields: writing 240,000 places checked four million of them one
    by one). Joined with spaces round a printable separator, a control character, a doubled or
    outer space or a letter not in NFC in any of them is one in the whole. An empty text among
    others answers False (its two spaces meet): the caller cleans them one by one then."""
    texts = list(texts)
    if not all(isinstance(text, str) for text in texts):
        return False
    joined = " | ".join(texts)  # type: ignore[arg-type]  # all str, as checked
    return clean_line(joined) == joined


def clean_metadata(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """An article's metadata with its keys and text values cleaned as one-line fields, read from
    an import or from a catalog record alike. Of two keys that clean to one, the first is kept."""
    cleaned: dict[str, Any] = {}
    for key, value in metadata.items():
        cleaned.setdefault(clean_line(str(key)), clean_line(value) if isinstance(value, str) else value)
    return cleaned


def clean_note(text: str) -> str:
    """A free note: line breaks kept (as `\n`), controls and bidi overrides gone, NFC."""
    if text.isprintable() and text == text.strip() and unicodedata.is_normalized("NFC", text):
        return text
    return normalize_text(text)


def unaccented_casefold(text: str) -> str:
    """Case and accents folded away (Herāt -> herat), letters of other scripts kept: how names
    are compared and keyed."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize_text(text: str) -> str:
    """Normalise an article body; the result is what offsets are counted in.

    Line breaks of every style become `\\n`, the text is NFC, control and bidi characters are
    removed, trailing spaces on each line and blank lines at both ends are dropped, and runs
    of more than one blank line shrink to one.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = strip_controls(LINE_BREAKS.sub("\n", text))
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")

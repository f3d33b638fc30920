"""Words as the recognisers see them: capitalised tokens, sentence starts, spans inside spans."""

from __future__ import annotations

import re

from annotations.text.navigation import trimmed_words

Token = tuple[int, int, str]
"""(start, end, the word)."""


def tokens(text: str) -> list[Token]:
    """Every word without its possessive or sentence full stop (see `trimmed_words`)."""
    return [(start, end, text[start:end]) for start, end in trimmed_words(text)]


def capitalised(word: str) -> bool:
    """Upper case, or a letter of a script without case (Dari, Chinese): names there too."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and not first.isupper())


def lowercase_words(text: str) -> set[str]:
    """Every word the text also writes in lower case: a capitalised one of them is no name."""
    return {m.group() for m in re.finditer(r"\b[a-z][a-z\-]+\b", text)}


def not_sentence_start(text: str, position: int) -> bool:
    """Whether a capitalised word at `position` follows other words of its sentence (so its
    capital says it is a name), rather than opening the sentence."""
    before = text[max(0, position - 4) : position].strip()
    if before.endswith((",”", ',"', ",’")):
        return True  # “…,” Syniehubov said
    return bool(before) and before[-1] not in '.!?\n“"”'


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` contains start-end (spans need not be sorted; few are long)."""
    return any(s <= start and end <= e for s, e in spans if s <= start < e)

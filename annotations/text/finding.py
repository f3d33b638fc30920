"""Finding what the analyst types in an article: every occurrence of a search, the next one from
the cursor, as a person expects (smart case, a straight quote finds a curly one, a word typed
without accents finds it with them), with offsets into the text as it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def next_match(
    text: str, needle: str, *, selected: tuple[int, int] | None, cursor: int, direction: int, here_too: bool = True
) -> tuple[int, int, int] | None:
    """The match of `needle` after (or, `direction` < 0, before) the selection or the cursor,
    wrapping around: (start, its number from 1, how many there are); None if there is none.
    With no selection, a match at the cursor counts `here_too` (a new search does; `n` from the
    start of the match Esc left it on does not).
    Smart case: a needle with a capital letter matches case ("Isl" finds "Islamist", not
    "legislators"); one in lower case matches any case. A needle starting with a capital is a
    name's beginning: where some match starts a word, only those count ("AP" is not in "JAYAPURA")."""
    hits = find_all(text, needle, case_sensitive=needle != needle.lower())
    if needle[:1].isupper():
        hits = [h for h in hits if h == 0 or not text[h - 1].isalnum()] or hits
    if not hits:
        return None
    here = selected[0] if selected else cursor
    if direction > 0:
        target = next((h for h in hits if h > here or (here_too and selected is None and h == here)), hits[0])
    else:
        target = next((h for h in reversed(hits) if h < here), hits[-1])
    return target, hits.index(target) + 1, len(hits)


_SAME_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"'})
"""Typographic apostrophes and quotation marks, found by the ones a keyboard types ("People's"
finds "People’s"): one character for one, so offsets hold."""


@lru_cache(maxsize=2)  # a search and the next one read the same article
def unaccented(text: str) -> str:
    """The text with each accented letter as its base letter, one character for one, so offsets
    hold ("Zvečan" is "Zvecan"; letters that are no accented Latin one stay as they are)."""
    if text.isascii():
        return text
    table = {}
    for char in set(text):
        if not char.isascii():
            base = unicodedata.normalize("NFD", char)
            if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
                table[ord(char)] = base[0]
    return text.translate(table)


def find_all(text: str, needle: str, *, case_sensitive: bool = False) -> list[int]:
    """Offsets of every occurrence of `needle` (case-insensitive by default; a straight apostrophe
    or quotation mark finds a curly one; a needle without accents finds the words with them)."""
    if not needle:
        return []
    if any(c in needle for c in "'\"’‘ʼ“”„"):  # else folding the whole text changes no match
        text, needle = text.translate(_SAME_QUOTES), needle.translate(_SAME_QUOTES)
    if needle.isascii():  # "zvecan" finds "Zvečan", as the claims board's filter does
        text = unaccented(text)
    haystack, target = (text, needle) if case_sensitive else (text.casefold(), needle.casefold())
    if len(haystack) != len(text):  # casefold changed lengths (ß → ss): lower case, else as typed
        haystack, target = (text.lower(), needle.lower()) if len(text.lower()) == len(text) else (text, needle)
    found = []
    start = haystack.find(target)
    while start >= 0:
        found.append(start)
        start = haystack.find(target, start + 1)
    return found

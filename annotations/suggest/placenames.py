"""Place-name keys that survive transliteration: Maimana and Maymana, Sar-e Pul and Sari Pul.

News transliterates Dari, Pashto, Arabic, Ukrainian and Bambara names many ways. Two spellings of
one name fold to the same key here: accents, case, hyphens and spaces go, the Persian ezafe
(-e-, -i-) becomes one letter, vowel pairs that spellings trade (e/i, o/u, ee/i, oo/u, y/i, w/u)
become one, and doubled letters become single. What still differs is left to fuzzy matching.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotations.text.normalize import unaccented_casefold
from annotations.text.pattern_cache import compiled

_APOSTROPHES = str.maketrans("", "", "'’`ʼʻ‘")
_SEPARATORS = compiled(r"[^0-9a-z]+")
_EZAFE = compiled(r"(?<=[a-z])(?:-e-|-i-|-e |-i |-y-|-ye |-ye-)(?=[a-z])")
_VOWEL_TRADES = (("ee", "i"), ("oo", "u"), ("ou", "u"), ("ow", "u"), ("aw", "au"), ("ay", "ai"))
_LETTER_TRADES = (("e", "i"), ("y", "i"), ("o", "u"), ("w", "u"))
_DOUBLED = compiled(r"([a-z])(?=\1)")
"""A letter the same letter follows: dropped, a run of one letter is one letter (a literal "" to
put in its place is quicker than a group: no Python called per run)."""


@lru_cache(maxsize=4096)  # names recur in an article and between suggestion runs
def plain(name: str) -> str:
    """Lowercase ASCII-ish letters: accents stripped (Herāt -> herat), other scripts kept."""
    return unaccented_casefold(name)


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The key two spellings of one place share (empty for names with no Latin letters left).

    >>> name_key("Sar-e Pul") == name_key("Sari Pul") == name_key("Sar-i-Pul")
    True
    """
    return _name_key(name)


def script_key(name: str) -> str:
    """A key for names in other scripts (Dari, Pashto, Cyrillic): case, accents and spacing
    folded, letters kept as they are."""
    return re.sub(r"[\W_]+", "", unaccented_casefold(name))


@lru_cache(maxsize=4096)
def keys(name: str) -> frozenset[str]:
    """Every key a name is found under: its Latin key and, for other scripts, its script key."""
    return _keys(name, name_key(name))


def once_name_key(name: str) -> str:
    """`name_key`, for names read once each (the million names of a gazetteer being derived):
    not remembered, where remembering costs more than it saves and evicts an article's names."""
    return _name_key(name)


def index_keys(name: str) -> frozenset[str]:
    """`keys`, for the names of a whole gazetteer written once into an index: not remembered,
    so a million names pass without filling the caches that serve an article's names."""
    return _keys(name, _name_key(name))


def _keys(name: str, latin: str) -> frozenset[str]:
    if name.isascii():
        return frozenset((latin,) if latin else ())
    return frozenset({latin, script_key(name)} - {""})


def written_key(name: str) -> str:
    """`name_key` without its traded letters: the same word as written, but for case, accents,
    apostrophes and separators ("Ma’rib" is "Marib"; "Maré" is not "Mary")."""
    if name.isascii() and "-" not in name:  # most names: no accent, no ezafe, only spaces to drop
        text = name.casefold().replace(" ", "")
        return text if text.isalnum() else _SEPARATORS.sub("", text)
    return _letters(name)


def _name_key(name: str) -> str:
    return _traded(written_key(name))


def _letters(name: str) -> str:
    """The name's Latin letters and digits, in lower case, accents gone, the ezafe one letter."""
    text = unaccented_casefold(name).translate(_APOSTROPHES)
    if "-" in text:  # every ezafe spelling has one
        text = _EZAFE.sub("i", text)
    return _SEPARATORS.sub("", text)


def _traded(text: str) -> str:
    for before, after in (*_VOWEL_TRADES, *_LETTER_TRADES):
        if before in text:
            text = text.replace(before, after)
    return _DOUBLED.sub("", text)

"""Names no gazetteer knows, read as places by the words around them: where a name of words
written together ends, names joined by "de" or Arabic words ("Wad El Faki", "Hillat Abu
Sineina"), quarters the text places in a town."""

from __future__ import annotations

from collections.abc import Sequence

from annotations.suggest.names import GROUP_OPENERS
from annotations.suggest.place_context import ADJECTIVE_ENDINGS, after_place_preposition
from annotations.suggest.place_words import PARTICLE
from annotations.suggest.tokens import Token, capitalised
from annotations.text.compass import COMPASS
from annotations.text.dates import WEEKDAYS
from annotations.text.pattern_cache import compiled


def name_word(word: str) -> bool:
    """A word that may be part of a place's name: capitalised, or an Arabic article before one;
    not "IDP", the kind of camp a name is ("the Ringasi IDP camp")."""
    return (capitalised(word) and word not in _KIND_ACRONYMS) or PARTICLE.match(word) is not None


_KIND_ACRONYMS = frozenset({"IDP", "IDPs", "LGA", "LGAs"})


_DAYS = frozenset(day.capitalize() for day in WEEKDAYS)


def name_end(text: str, tokens: Sequence[Token], index: int) -> int:
    """Where a name of up to three words from `index` ends: its capitalised words and particles
    written together ("Hayjat al-Abed")."""
    last = index
    while (
        last + 1 < len(tokens)
        and last - index < 2
        and name_word(tokens[last + 1][2])
        and tokens[last + 1][2] not in _DAYS
    ):
        if text[tokens[last][1] : tokens[last + 1][0]] != " ":
            break
        last += 1
    return tokens[last][1]


_ARABIC_JOINS = frozenset({"El", "Al", "Abu", "Um", "Umm", "Bin", "Ould"})
"""Capitalised words inside an Arabic place name ("Wad El Faki", "Hillat Abu Sineina")."""
_ARABIC_VILLAGE_WORDS = frozenset({"Hillat", "Hellat", "Kafr", "Kfar", "Khirbet", "Ezbet", "Qaryat"})
"""Words that open an Arabic village's name ("Hillat Abu Sineina", "Khirbet Zanuta")."""
_QUARTER_AFTER = compiled(
    r"\s+in\s+the\s+"
    f"{COMPASS}"
    r"(?:ern)?(?:\s+(?:of\s+the\s+city|part))?"
    r"(?=\s*[,.;]|\s+and\b)"
)
_QUARTERS_OF = compiled(r"\b(?:neighbou?rhoods|quarters|suburbs)\s+of\s+(?:[A-Z][\w’'\-]+\s+and\s+)?$")


def a_quarter(text: str, start: int, end: int) -> bool:
    """A name no gazetteer knows that the text places in a town: "Osaifera in the north of the
    city, Kalabah in the east", "the neighbourhoods of Kimemi and Mutiri" (a known city there is
    the city: "Goma in the east", "the suburbs of Beirut")."""
    return bool(_QUARTER_AFTER.match(text, end) or _QUARTERS_OF.search(text, max(0, start - 60), start))


def joined_name(text: str, tokens: Sequence[Token], index: int, last: int) -> bool:
    """A name of words joined by "de", "del" or an Arabic article after a preposition of place
    ("the road to Panamá de Arauca", "the villages of Qasr and Hawsh al-Sayyed Ali"): one place,
    not the country or the first word it holds."""
    inner = [t[2] for t in tokens[index + 1 : last]]
    first = tokens[index][2]
    joined = last - index >= 2 and (
        any(w in ("de", "del") or PARTICLE.match(w) or w in _ARABIC_JOINS for w in inner)
        or first in ("El", "Al")
        or first in _ARABIC_VILLAGE_WORDS
    )
    joined = joined and first not in GROUP_OPENERS  # "from Jaish Al Islam": a group
    return joined and after_place_preposition(text, tokens[index][0])


PLURAL_PLACES_AFTER = compiled(r"\s+(?:villages|towns|areas|neighbou?rhoods|districts|regions|quarters|camps)\b")
"""After a community's name, places in the plural: whose they are ("Druze villages"), no place named."""
AN_ADJECTIVE_FIRST = compiled(rf"[\w’'\-]+-{ADJECTIVE_ENDINGS}\s")
"""A name run opening with an adjective ("the English-speaking North West and South West
regions"): the name follows it."""
_NO_PLACE_ALONE = frozenset(
    "Ministry Highway Government Parliament Embassy Palace Headquarters Police Army Central Bank St Mt Ft".split()
)
"""Words that name no place by themselves ("north of Ministry buildings", "east of Mt. Elgon": the
mountain's name is the next word)."""


def no_place_alone(text: str, surface: str, end: int) -> bool:
    """Whether a word after a preposition names no place by itself: a title cut at its full stop
    ("north of Gen. Hamdan's house", "south of Dr. Bello's clinic"), an institution's word."""
    from annotations.suggest.people import TITLES

    cut = text.startswith(".", end) and surface.lower() + "." in TITLES
    return cut or surface in _NO_PLACE_ALONE or surface == "Central Bank"

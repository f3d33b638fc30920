"""The kind a plural word gives the names listed before it: "the Qandil, Zap and Metina regions"
are regions, "the Tayasir and Hamra checkpoints" checkpoints; one name before it says nothing
("Moscow states that …"), nor do blocs, faiths and colours ("the Baltic and Nordic states"). And the
kind it gives the names listed after it: "states such as Michoacan, Guanajuato and Sinaloa"."""

from __future__ import annotations

import re

from annotations.model import PlaceKind
from annotations.text.pattern_cache import compiled

_PLURAL_KINDS: tuple[tuple[re.Pattern[str], PlaceKind], ...] = (
    (compiled(r"\s+(?:regions|oblasts|governorates|states)\b(?!\s+that\b)"), "province"),
    (
        compiled(r"\s+(?:territories|zones|counties|local government areas|lgas|woredas|tehsils|districts)\b"),
        "district",
    ),
    (compiled(r"\s+(?:areas|checkpoints|camps|kebeles)\b"), "other"),  # "the Jani Khel and Baka Khel areas"
    (compiled(r"\s+(?:rivers|valleys|lakes)\b"), "other"),  # "along the Sanquianga and Tapaje rivers"
)
"""Kind words in the plural after a list of names, which each name is ("the Qandil, Zap and Metina
regions", "Kaduna, Zamfara and Niger states"); after one name they say nothing ("Moscow states
that …")."""
_THE_LIST_BEFORE = compiled(
    r"\b(?:[Tt]he|[Bb]oth|along|across|between)\s+(?:[a-z]+\s+)?"
    r"(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?:,\s+|,?\s+and\s+))*$"
)
"""A list of features opening with "the" ("the Tigris and Euphrates rivers"), up to a name of it."""
_LAST_OF_A_LIST = compiled(r"[A-Z][\w’'\-]+,?\s+(?:and|or)\s+$")
_NO_LISTED_PLACE = compiled(
    r"\b(?:[A-Z]{2,}|United|Allied|Member|Observer|Donor|Partner|Free|Trade|Economic|Security|Exclusion|Frontline|"
    r"Horn|Gulf|Baltic|Nordic|Arctic|Anglophone|Francophone|Republican|Democratic|Overseas|Green|Red|Blue|White|"
    r"Black|Christian|Muslim|Sunni|Shia|Shiite|Alawite|Druze|Jewish|Hindu|Buddhist|Catholic|Protestant|Coastal|"
    r"Border|Rebel|Opposition|Occupied|Liberated|Affected)\b|(?:Southern|Northern|Eastern|Western|Central)(?=\s+(?:and|or)\b|,)"
)
"""Words of no place's name before a plural kind word: blocs, colours, faiths, adjectives ("the
Baltic and Nordic states", "the Sunni and Shia zones", "the ECOWAS and AES states")."""


def kind_of_a_list(text: str, start: int, end: int, after: str, listed: bool) -> PlaceKind | None:
    """The kind of the name at start-end when it is one of a list before a plural kind word (`after`:
    the text after the list, lower-cased; `listed`: names follow this one in the list)."""
    if not (listed or _LAST_OF_A_LIST.search(text, max(0, start - 40), start)) or _NO_LISTED_PLACE.search(
        text, start, end
    ):
        return None
    plural = next((kind for pattern, kind in _PLURAL_KINDS if pattern.match(after)), None)
    if plural == "other" and not _THE_LIST_BEFORE.search(text, max(0, start - 80), start):
        return None  # "In Bor and Malakal rivers burst their banks": no rivers named
    if plural is not None and text.endswith(" Government", 0, end):
        return None  # "the Tangaza and Gudu Local Government Areas": the name is Gudu's
    return plural


_LISTED = r"\s+(?:such\s+as|(?P<of>of)|including|like)\s+$"
_A_LIST_OF_KIND = (
    (compiled(rf"\b(?:states|provinces|regions|governorates|oblasts){_LISTED}"), "province"),
    (compiled(rf"\b(?:districts|territories|woredas|counties){_LISTED}"), "district"),
)
"""A plural kind word before a list of names ("states such as", "the provinces of"): the kind of each; after "of"
only in a list of two or more ("the provinces of Afghanistan" hold it); not "municipalities", towns as often, nor
"departments", a government's as often ("the departments of Health and Education")
(helper-333's review: Tame lost its point)."""
NAMES_LISTED = r"(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?:,\s+|,?\s+(?:and|or)\s+))*"
"""Names listed before another ("Lamu, Garissa and "): one or two capitalised words each."""
_NAMES_LISTED = compiled(rf"{NAMES_LISTED}$")
_OF_NATIONS = compiled(
    r"\b(?:African|Arab|Asian|European|Gulf|Latin|Western|Eastern|Nordic|Baltic|Balkan|Sahel(?:ian)?|Caribbean|"
    r"Pacific|[Mm]ember|Muslim|[Nn]eighbou?ring|sovereign|island|coastal|frontline|nuclear|partner|donor|allied|other|"
    r"ECOWAS|AES|EU|NATO|UN|BRICS|G7|G20)\s+states\b"
)
"""States that are nations: "Member states such as Mali, Niger and Burkina Faso" (helper-333's Niger was Nigeria's
Niger State), "Gulf states like Qatar"."""


def kind_listed_after(text: str, start: int, end: int) -> PlaceKind | None:
    """The kind of the name at `start`-`end` when it is one of a list after a plural kind word: "in states such as
    Michoacan, Guanajuato and Sinaloa" (helper-325's Guanajuato was the city, its state's namesake)."""
    names = _NAMES_LISTED.search(text, max(0, start - 100), start)
    at = names.start() if names is not None else start
    for pattern, kind in _A_LIST_OF_KIND:
        found = pattern.search(text, max(0, at - 40), at)
        if found is None or _OF_NATIONS.search(text, max(0, found.start() - 16), found.end()):
            continue
        if not found["of"] or at < start or _LISTED_ON.match(text, end):
            return kind  # type: ignore[return-value]
    return None


_LISTED_ON = compiled(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]")

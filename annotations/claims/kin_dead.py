"""The dead told with their family after them ("a chief and his son", "a couple and their two children") or
one by one with no number ("a soldier and a civilian were killed"): how many they are (split from `figures`,
which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.number_words import NUMBER, value
from annotations.text.pattern_cache import compiled

WERE_HURT = r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b"
THEY_WERE_HURT = compiled(WERE_HURT, re.IGNORECASE)
"""Those just named said to be hurt, not dead ("and his two brothers were wounded")."""

_KIN_AFTER = compiled(
    r"(?:\s+(?:men|women|farmers?|herders?|villagers?|civilians|people))?"
    # "a farmer who had signed the deal and his wife" (helper-359's row said 1)
    r"(?:,?\s+who\s+(?:had|has|was|were|is|lived|worked|ran|led)\b[^,.;:]{1,50}?,?(?=\s+and\s+(?:their|his|her)\s))?"
    r"(?:\s+(?:and|as well as)|,)\s+(?:their|his|her)\s+"
    rf"(?:({NUMBER})\s+(?:children|sons|daughters|relatives|grandchildren|brothers|nephews|bodyguards|guards|aides)|"
    r"(?:son|daughter|wife|husband|child|baby|brother|sister|father|mother|nephew|niece|grandson|granddaughter|"
    r"driver|bodyguard|aide|escort)"  # "shot dead a village official and his driver" (helper-342's row said 1)
    rf"(?:\s+and\s+(?:(?:his|her|their)\s+)?(?P<more>{NUMBER})\s+(?:children|sons|daughters|grandchildren|guards|"
    r"bodyguards|aides|escorts))?)\b",  # "a village chief, his driver and two guards" (helper-343's row said 1)
    re.IGNORECASE,
)
"""A family listed after those killed ("killed a couple and their two children" is four, "two men
and their three children" five, "a farmer and his two sons" three, "a chief and his son" two)."""


def kin_count(kin: re.Match[str]) -> int:
    """How many of a family `kin_killed` found: their number, or one ("his son")."""
    return value(kin.group(1)) if kin.group(1) else 1 + (value(kin["more"]) if kin["more"] else 0)


def kin_killed(text: str, at: int) -> re.Match[str] | None:
    """The family listed at `at` with those killed, not one that acts or is hurt in words of its own ("a farmer
    was killed and his son fled", "… and his two brothers were wounded")."""
    kin = _KIN_AFTER.match(text, at)
    if kin is None or THEY_WERE_HURT.match(text, kin.end()) or _KIN_ACTS.match(text, kin.end()):
        return None
    return kin


_KIN_ACTS = compiled(
    r"\s+(?:later\s+|also\s+|then\s+)?(?!(?:was|were)\s+(?:also\s+)?(?:killed|shot|murdered|executed|beheaded)\b)"
    r"(?:was|were|is|are|had|has|have|fled|escaped|survived?s?|said|says|told|ran|hid|remains?|remained|lives?|"
    r"(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
"""Words of the family's own after it ("… and his son fled", "and her husband said"): not killed with them."""


_TWO_DEAD = compiled(
    r"\b(?:a|an|one)\s+(?:[a-z\-]+\s+){0,2}?(?:and|as\s+well\s+as)\s+(?:a|an|one|his|her|their)\s+"
    r"(?:[a-z\-]+\s+)?[a-z\-]+(?P<third>\s+and\s+(?:(?:a|an|one|his|her|their)\s+)?[a-z\-]+)?\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead)|died)\b",
    re.IGNORECASE,
)
"""Two dead told one by one with no number ("A soldier and a civilian were killed", "a farmer and his son died"), or
at least two ("A woman and her children were killed": helper-310); three with one more ("A teacher and his wife and
son were killed")."""

_ONE_LISTED_BEFORE = compiled(r"\b(?:a|an|one)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+,\s+$", re.IGNORECASE)
"""One more of them, listed before the last two ("A soldier, a policeman and a civilian were killed")."""


def told_one_by_one(text: str) -> int | None:
    """How many dead `_TWO_DEAD` tells one by one, or None: two, with one more after them ("… and his wife and son") or
    each listed before them."""
    two = _TWO_DEAD.search(text)
    if two is None:
        return None
    dead, at, listed = (3 if two["third"] else 2), two.start(), 0
    while (one := _ONE_LISTED_BEFORE.search(text, max(0, at - 40), at)) is not None:
        listed, at = listed + 1, one.start()
    if listed and _A_LIST_OPENS.search(text, max(0, at - 20), at) is not None:
        dead += listed  # a list opening its sentence or clause: not "According to a witness, a soldier and …", "As a
    return dead  # result, …", "The attackers seized a truck, …" (helper-316, helper-317)


_A_LIST_OPENS = compiled(r"(?:^|[.!?:;,]\s+|[\"“]\s*|\n\s*|\b(?:said|says|told|that)(?:\s+(?-i:[A-Z])\w*)?\s+)$")


ONE_AND_THEIR = compiled(
    rf"\b(?:(?P<many>{NUMBER})|a|an|one)\s+(?:[a-z\-]+\s+){{0,2}}?(?:and|as\s+well\s+as)\s+(?:his|her|their)\s+"
    r"(?:(?P<kin>wife|husband|son|daughter|mother|father|brother|sister)\s+and\s+)?$",
    re.IGNORECASE,
)
"""Those told before a family's number ("A mother and her three children were killed": 4, was 3; "two men and their
three children" 5)."""


def told_before_their_kin(one: re.Match[str]) -> int:
    """How many `ONE_AND_THEIR` found: its number, a couple two, else one."""
    if one["many"]:
        return value(one["many"])
    return (2 if "couple" in one.group().lower() else 1) + (1 if one["kin"] else 0)

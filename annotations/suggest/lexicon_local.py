"""Bodies of a state, province or district named by it: "the White Nile state health ministry",
"the Kunduz provincial police". The lexicon's modifiers alone found "state health ministry" and
"provincial police", leaving whose they are out of the actor's name (two bodies of two states were
one actor). And a state's mission abroad, named by its nation: "the Chinese consulate urged…" (held-out
round 106). Tried before the governments named with "the" (`lexicon.ACTOR_PATTERNS`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.names import NATIONALITIES
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

_WHOSE = (
    rf"(?<=\b[Tt]he )(?!(?:{DAY_NAMES}|New|Old|Same|First)\b)"
    r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2} (?:state|provincial|regional|district|county|municipal) "
)
"""The place that owns the body, after "the" (so a sentence's first word is no place), then the
level of government: "the White Nile state", "the Kunduz provincial"."""
_LEVELS = ("state", "provincial", "regional", "district", "county", "municipal")
_PORTFOLIO = r"(?:(?:health|interior|education|security|information|finance|water|military|civil defen[cs]e) )?"
LOCAL_BODIES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(rf"{_WHOSE}(?:police(?: force| command| department)?|security forces)\b(?!\s+(?:chief|spokes))"),
        "state_forces",
        "armed forces",
        needs=_LEVELS,
    ),
    ActorPattern(
        compiled(rf"{_WHOSE}{_PORTFOLIO}(?:ministry|department|office|directorate)\b(?!\s+(?:of|for)\b)"),
        "government_officials",
        "ministry",
        needs=_LEVELS,
    ),
    ActorPattern(
        compiled(rf"{_WHOSE}(?:security|emergency|crisis) committee\b"),
        "government_officials",
        "officials",
        needs=_LEVELS,
    ),
    ActorPattern(
        compiled(
            rf"(?<![\w’'\-])(?:{NATIONALITIES})\s+(?:embassy|consulate(?:[\s\-]general)?|high\s+commission)\b"
            r"(?!\s+(?:building|compound|gates?|staff|employees?|guards?|walls?|area)\b)"
        ),
        "government_officials",
        "officials",
        needs=("embassy", "consulate", "commission"),
    ),
)

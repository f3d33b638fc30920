"""News outlets by their names: a station ("Radio Okapi", "Dalsan radio"), an agency ("Tasnim News
Agency") and a paper named before its kind ("the El Khabarshisi newspaper": the paper, without the
word). Tried among the lexicon's last patterns (`lexicon.ACTOR_PATTERNS`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.names import NATIONALITIES
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

MEDIA: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(r"\b[A-Z][\w\-]+ (?:radio(?: station)?|television|TV)\b|\b(?:[A-Z][\w\-]+ ){1,3}news agency\b"),
        "media",
        "news outlet",
    ),
    ActorPattern(  # "the El Khabarshisi newspaper": the paper by its name, without the word
        compiled(
            rf"(?<=\b[Tt]he )(?!(?:{NATIONALITIES}|{DAY_NAMES})\b)"
            r"((?:[A-Z][\w’']+(?:-[A-Z][\w’']+)* ){0,2}[A-Z][\w’']+(?:-[A-Z][\w’']+)*)"
            r"(?= (?:newspaper|daily|news website)\b(?! (?:market|[A-Z])))"
        ),  # not "the SAC-controlled newspaper Myanma Alinn" (its name after), "the Dinara daily market"
        "media",
        "news outlet",
        group=1,
        needs=("newspaper", "daily", "website"),
    ),
    ActorPattern(
        compiled(
            r"\b(?:Télé|Tele|Radio|Rádio|Radio-Télévision)\s+[A-Z][\w\-]+"
            r"(?:\s+(?!(?:Director|Chief|Editor|Journalist|Reporter|Correspondent|Presenter)\b)[A-Z][\w\-]+){0,2}"
        ),
        "media",
        "news outlet",
    ),
)

"""Political parties and movements by their names: "the ruling CNDD-FDD party", "the ruling
Georgian Dream party", "the Jamaat-e-Islami party", "Bukele's Nuevas Ideas party", and a person
named by their party ("Daniel Chapo of the ruling Frelimo party"). Tried among the lexicon's last
patterns (`lexicon_bodies.LAST`)."""

from __future__ import annotations

from annotations.suggest.actor_pattern import ActorPattern
from annotations.suggest.names import NATIONALITIES
from annotations.text.pattern_cache import compiled

PARTIES: tuple[ActorPattern, ...] = (
    ActorPattern(
        compiled(
            r"\b(?:ruling|governing|opposition|main opposition|former ruling)\s+"
            rf"(?!(?:{NATIONALITIES}|Sunni|Shia|Shiite|Islamist|Christian|Muslim|Hindu|Buddhist)\s+(?:party|coalition|alliance)\b)"
            r"(?![A-Z][a-z]+(?:an|ese|ish|ic)\s+(?:party|coalition|alliance)\b)"
            r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+(?:party|coalition|alliance)\b"
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party", "coalition", "alliance"),
    ),
    ActorPattern(  # "the Jamaat-e-Islami party", "the Students Against Discrimination movement": by its own name
        compiled(
            r"(?<=\bthe )((?!(?:ruling|governing|opposition|Christmas|New|Year|Birthday)\b)"
            r"[A-Z][\w]+-[\w\-]+|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3})\s+(?:party|movement)\b"
        ),
        "external_other",
        "political party",
        group=1,
        needs=("party", "movement"),
    ),
    ActorPattern(  # "controlled by Bukele's Nuevas Ideas party": a leader's party by its name
        compiled(r"(?<=[’']s )((?!(?:ruling|governing|opposition)\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+party\b"),
        "external_other",
        "political party",
        group=1,
        needs=("party",),
    ),
    ActorPattern(  # "declared Daniel Chapo of the ruling Frelimo party the winner": a person by their party
        compiled(
            r"(?<![\w’'\-])((?!(?:The|In|On|At|An?|But|And|For|From|By|With|Leaders?|Members?|Supporters?)\b)"
            r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s+of\s+the\s+"
            r"(?:ruling|governing|opposition|main opposition|former ruling)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}\s+"
            r"(?:party|coalition|alliance)\b"
        ),
        "external_other",
        "person by role",
        group=1,
        needs=("party", "coalition", "alliance"),
    ),
)
"""A party by its name before the word ("the ruling CNDD-FDD party", "the opposition PTI party";
not "the opposition Tigrayan alliance", "the main opposition Kurdish party")."""

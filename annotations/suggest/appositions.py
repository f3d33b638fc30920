"""Descriptions set beside an actor's name ("Jean Kalala, a civil society leader", "the YBS, a
Yazidi militia", "A resident, Hauwa Sani"): they describe that actor and are no other actor.
"""

from __future__ import annotations

from annotations.model import ActorDetails
from annotations.suggest.acronyms import REASON as ACRONYM_REASON
from annotations.suggest.lexicon_words import DESCRIBED_GROUP, GOVERNMENT_BY_NAME
from annotations.suggest.people import PERSON_REASONS, TITLES
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.titles import TITLE_REASON
from annotations.suggest.tokens import Spans
from annotations.text.pattern_cache import compiled

NAMED_REASONS = (
    "person by role", "official by title", ACRONYM_REASON, "organisation", "armed group", "international body",
    "news outlet", "forces' own office", TITLE_REASON, GOVERNMENT_BY_NAME, DESCRIBED_GROUP,
)  # fmt: skip
"""Actors named by name, whom a description after a comma only describes."""
GROUP_TYPES = ("state_forces", "rebel_group", "political_militia", "identity_militia")
"""The kinds of actor a person is affiliated to by a role (ACLED codes these groups, not people)."""
_APPOSITION = compiled(
    r",\s+(?:(?:a|an|the)\s+|one\s+of\s+(?:the\s+)?(?:(?:more|fewer)\s+than\s+|about\s+|some\s+|nearly\s+)?"
    r"(?:\d[\d,]*\s+|(?:dozens|hundreds|scores)\s+of\s+)?(?:[A-Z][\w\-]+['’]s\s+)?"
    r"(?:(?:most|largest|biggest|oldest|main|strongest|several|many)\s+)?(?:[a-z]+\s+)?)"
    r"(?:(?:[A-Z][\w\-]+|[a-z]+-[a-z]+)\s+){0,2}$"
)
"""Before a description set after a name: ", a ", or with words that say whose or what kind (", an
Israeli rights group"), or of which it is one (", one of Myanmar's most powerful ethnic armed groups")."""
_BEFORE_A_NAME = compiled(r"(?:\s+(?:in|of|for)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*,)?\s+")
"""A role or description right before the name it describes ("…, L. Premjit Singh")."""
_BEFORE_A_PERSON = compiled(r",\s+")
""""A resident, Hauwa Sani, whose…": a person's description may stand before their name between commas."""
_ONE_DESCRIBED = compiled(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+$")
"""Before a description of one person ("A resident, Hauwa Sani"); "Taliban fighters, Zabihullah
Mujahid, …" are no description of him, nor many ("The militants, …")."""


_SERVED = compiled(r"\b(?:for|of|from|with|by)\s+(?:the\s+)?$")
"""Before the body a person serves ("A spokesman for the military government, Major General …"):
the body is an actor of its own, not a description of the person."""


def _an_armed_body_served(text: str, suggestion: Suggestion) -> bool:
    """An armed group or force a person serves, where it is ("a spokesman for the Fano militia in Gojjam, Asres
    Mare": helper-325's militia was dropped as the role's words, and its spokesman was actor 1 of its attack); not a
    civil body ("The director of Civil Protection in Chilapa, …", the golds' description of the person)."""
    entity = suggestion.entity
    return (
        entity is not None
        and isinstance(entity.details, ActorDetails)
        and entity.details.actor_type in GROUP_TYPES
        and _SERVED.search(text, max(0, suggestion.start - 10), suggestion.start) is not None
    )


def _one(words: str) -> bool:
    """A role of one person ("Police spokesman, Superintendent …"), not many ("Taliban fighters")."""
    return not words.rstrip().endswith("s")


_MODIFIES_A_ROLE = compiled(
    r"\s+(?:spokes\w+|commander|chief|official|officer|leader|head|minister|envoy|representative|director)\b"
)
"""The words go on to a role of which they are a part ("the army spokesman": the army is an actor)."""


_KNOWN_AS = compiled(r"\s+(?:also\s+|better\s+)?(?:known|called)\s+as\b")
"""A description with a name of its own after it ("…, a Lendu militia known as COPA"): the named
actor, proposed and linked to it."""


_TITLE_BEFORE = compiled(r"([A-Z][\w.\-]*)\s+$")


def _titled(text: str, start: int) -> int:
    """Where a person's name begins with the titles before it ("Major Ali Yusuf", "Brigadier
    General Edward Buba"): a role before the titles describes the person too."""
    while (title := _TITLE_BEFORE.search(text, max(0, start - 24), start)) and title.group(1).casefold() in TITLES:
        start = title.start()
    return start


def without_appositions(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Without the role that describes an actor just named ("Jean Kalala, a civil society leader",
    "the YBS, a Yazidi militia"): it is that actor, not another ("the army" of "…, the army
    spokesman" is)."""
    named_ends = {s.end + (text[s.end : s.end + 1] == ")") for s in found if s.reason in NAMED_REASONS}
    named_starts = {s.start for s in found if s.reason in NAMED_REASONS}
    people_starts = {s.start for s in found if s.reason in PERSON_REASONS}
    named_starts |= {_titled(text, start) for start in people_starts}
    people_starts |= {_titled(text, start) for start in people_starts}
    dropped = Spans()
    for suggestion in found:
        if suggestion.reason in NAMED_REASONS:
            continue
        after = _BEFORE_A_NAME.match(text, suggestion.end)
        role = _APPOSITION.search(text, max(0, suggestion.start - 40), suggestion.start)
        before_person = _BEFORE_A_PERSON.match(text, suggestion.end)
        if (
            before_person is not None
            and before_person.end() in people_starts
            and (_ONE_DESCRIBED.search(text, max(0, suggestion.start - 6), suggestion.start) or _one(suggestion.quote))
            and not _SERVED.search(text, max(0, suggestion.start - 10), suggestion.start)
        ):
            dropped.add(suggestion.start, suggestion.end)
        elif (
            after is not None
            and after.end() in named_starts
            and not (after.group().strip() and _an_armed_body_served(text, suggestion))
        ) or (  # "Government spokesman Armand Tchégnon"; not "a spokesman for the Fano militia in Gojjam, Asres Mare"
            role is not None
            and role.start() in named_ends
            and not _MODIFIES_A_ROLE.match(text, suggestion.end)
            and not _KNOWN_AS.match(text, suggestion.end)
        ):
            dropped.add(suggestion.start, suggestion.end)
    return [  # "UN" of "the UN refugee agency UNHCR" goes with the description
        s
        for s in found
        if not dropped.containing(s.start, s.end)
        and (s.reason in NAMED_REASONS or not dropped.overlapping(s.start, s.end))
    ]

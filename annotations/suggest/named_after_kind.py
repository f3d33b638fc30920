"""A body named right after what it is ("the human rights group Karapatan-Negros", "the Afghan
rights organisation Rawadari", "the monitoring group Airwars"): the name is the actor, and the
words before it only say what it is. They were an actor of their own ("human rights group", new)
and the name, where it spoke, a speaker of unknown kind, or nobody where it did not."""

from __future__ import annotations

import re

from annotations.model import ActorDetails, Entity
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans, whole_word_spans
from annotations.text.actor_types import actor_type_for
from annotations.text.capitals import CAPITAL
from annotations.text.navigation import NAME_STOPWORDS

REASON = "named after what it is"
_KIND_THEN_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+((?:[\w\-]+[ \t]+){0,3}?(?:group|organi[sz]ation|watchdog|monitor|NGO|charity))[ \t]+"
    rf"({CAPITAL}[\w’'\-]+(?:[ \t]+{CAPITAL}[\w’'\-]+){{0,3}})(?=[\s,.;:)\"”]|[’']s\b|$)"
)
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def named_after_kind(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The actors found, with each body named after what it is as that name (the words that say
    what it is no actor of their own)."""
    known = {s.start for s in found if s.kind == "actor" and not s.reason.startswith("speaker")}
    made: list[Suggestion] = []
    descriptions = Spans()
    for match in _KIND_THEN_NAME.finditer(text):
        first = match.group(2).split()[0].casefold()
        if first in NAME_STOPWORDS or first in _MONTHS:
            continue
        descriptions.add(*match.span(1))
        if match.start(2) in known:
            continue  # "the rebel group M23": the lexicon knows it; "the group EPP": an acronym defined
        name = match.group(2)
        entity = Entity.actor(name, ActorDetails(actor_type_for(match.group(1))))
        made += [
            Suggestion("actor", start, end, name, REASON, entity=entity, new_entity=True, score=0.85,
                       layer="name shape")
            for start, end in whole_word_spans(text, name, match.start(2), joiners="-’'")
        ]  # fmt: skip
    if not made and not descriptions:
        return found
    names = Spans((m.start, m.end) for m in made)
    kept = [s for s in found if not descriptions.overlapping(s.start, s.end) and not names.overlapping(s.start, s.end)]
    return kept + made

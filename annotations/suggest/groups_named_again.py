"""A group the article names with a word for its kind, named again with another: "Suspected
members of the Mahmuda armed group …", "Mahmuda fighters also raided …", "The Mahmuda group, named
after its leader, …" are one group (a newcomer-style article made two actors and missed the
third). The first such name is the group's; later ones link to it, and "the X group" not yet
proposed is proposed as it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans
from annotations.text.pattern_cache import compiled

KINDS = r"(?:armed\s+)?(?:group|militias?|fighters|militants|rebels|gunmen|militiamen|faction|insurgents|jihadists)"
"""The words for a group's kind after its name ("armed group", "fighters", "militia")."""
HEAD_AND_KIND = compiled(rf"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+{KINDS}")
"""A group's name and a word for its kind: "Mahmuda armed group" (the name is group 1)."""
DESCRIBED = "armed group (described)"
REASON = "the group named before"


def groups_named_again(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, each described group linked to the first of its name, and "the X group"
    proposed where X is such a group's name."""
    first: dict[str, Suggestion] = {}
    for s in sorted(found, key=lambda s: s.start):
        head = HEAD_AND_KIND.fullmatch(s.quote) if s.kind == "actor" and s.reason == DESCRIBED else None
        if head is not None and s.entity is not None:
            first.setdefault(head.group(1), s)
    if not first:
        return found
    kept = [_linked(s, first) for s in found]
    taken = Spans((s.start, s.end) for s in kept if s.kind in ("actor", "district"))
    for name, group in first.items():
        for again in re.finditer(rf"(?<=[Tt]he ){re.escape(name)}\s+group\b", text):
            if again.start() > group.start and not taken.overlapping(*again.span()):
                kept.append(replace(group, start=again.start(), end=again.end(), quote=again.group(), reason=REASON))
    return kept


def _linked(s: Suggestion, first: dict[str, Suggestion]) -> Suggestion:
    head = HEAD_AND_KIND.fullmatch(s.quote) if s.kind == "actor" and s.reason == DESCRIBED else None
    group = first.get(head.group(1)) if head is not None else None
    if group is None or group is s or group.entity is None:
        return s
    return replace(s, entity=group.entity, new_entity=group.new_entity)

"""A body named again by a word of its name, with "the": its head ("the Observatory said", "the
committees said") or its first word ("the Polisario" of "the Polisario Front"), where that word
names one body only of those named so far."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotations.suggest.names import DEMONYMS
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_HEADS = compiled(
    r"Observatory|Commission|Council|Front|Movement|Mission|Network|Coalition|Committees?|Agency|Organi[sz]ation|"
    r"Alliance|Authority|Institute|Federation|Union|Command|Brigade|Division|Directorate|Secretariat|Army|League|"
    r"Service|Assembly|Administration|Chamber|Cell|Department|Bureau|Association|Corps|Centre|Center|Office"
)
HEAD_REASON = "the last word of its name"


def head_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """ "The Observatory said…" after "the Syrian Observatory for Human Rights": a body named
    again by the last word of its name, with "the" (in lower case where it speaks: "the
    committees said"), is that body when it is the only one of the article named so ("the
    Commission" of two commissions is left alone)."""
    by_head: dict[str, list[Suggestion]] = {}
    for suggestion in found:
        entity = suggestion.entity if suggestion.kind == "actor" else None
        words = entity.name.split() if entity is not None else []
        head = _head(words) if len(words) > 1 else None
        if head is not None and suggestion.layer != "memory":
            by_head.setdefault(head, []).append(suggestion)
    named = [s for s in found if s.kind == "actor" and s.entity is not None]
    lowered = text.lower()  # once, not for each use
    return _named_again(
        text, by_head, _head_uses, HEAD_REASON, 0.9, lambda use, before: _the_bodys(text, lowered, use, before, named)
    )


def _head(words: list[str]) -> str | None:
    """The head of a body's name: its last head word before what the name goes on with ("Brigade"
    of "Twenty-Ninth Brigade of the Army", "Mission" of "… Mission in South Sudan"), capitalised
    ("the Jaime Martínez front")."""
    joint = next((i for i, w in enumerate(words) if w in ("of", "for", "in", "on")), len(words))
    for part in (words[:joint], words):
        head = next((w for w in (w[:1].upper() + w[1:] for w in reversed(part)) if _HEADS.fullmatch(w)), None)
        if head is not None:
            return head
    return None


def _head_uses(head: str) -> re.Pattern[str]:
    """ "the Observatory", and "the committees" or "the front" as the subject of saying or after
    "According to" ("According to the office, …")."""
    word = head.lower()
    lower = rf"|{word}(?=\s+{_SAYS})|(?<=ccording to the ){word}(?=,)" if _LOWER_CASE_HEADS.fullmatch(head) else ""
    return compiled(rf"\b[Tt]he ({head}{lower})\b(?!\s+(?:of|for|on|[A-Z]))")


_LOWER_CASE_HEADS = compiled(
    r"Committees?|Front|Movement|Council|Commission|Mission|Command|Coalition|Alliance|Network|Observatory|League|"
    r"Secretariat|Directorate|Chamber|Cell|Service|Agency|Federation|Union|Association|Bureau|Brigade|Division|Corps|"
    r"Centre|Center|Office"
)
"""Heads that, in lower case, name again the body that has them, where the word was last written
in its name (`_the_bodys`): not words of things ("the army", "the administration", "the
department" are also another's)."""


def _the_bodys(
    text: str, lowered: str, use: re.Match[str], before: list[Suggestion], named: list[Suggestion]
) -> Suggestion | None:
    """Whose head a use is: capitalised, the only body named so by then ("the Commission" of two
    commissions is left alone); in lower case, the body in whose name the word was last written
    ("the secretariat said" right after the second of two secretariats; not after "the IRNA news
    agency" for the IAEA), unless a place is meant ("Troops at the front said") or two bodies of
    that head were named in its paragraph before it ("Russia's Federal Security Service …
    Ukraine's Security Service. The service said": either)."""
    word = use.group(1)
    if word[0].isupper():
        return before[0] if len(before) == 1 else None
    if _PLACE_BEFORE.search(text, max(0, use.start() - 10), use.start()) and not text.endswith(
        "ccording to ", 0, use.start()
    ):
        return None
    names = {s.entity.name for s in before if s.entity is not None}
    window = text.rfind("\n\n", 0, use.start()) + 1  # its paragraph
    near = {
        s.entity.name
        for s in named
        if s.entity is not None and s.entity.name in names and window <= s.start < use.start()
    }
    if len(near) > 1:
        return None
    last = lowered.rfind(word, 0, use.start())
    there = next((s.entity for s in named if s.start <= last < s.end), None)  # any mention of it
    return next((s for s in before if there is not None and s.entity is not None and s.entity.name == there.name), None)


_PLACE_BEFORE = compiled(
    r"\b(?:at|to|on|from|near|along|behind|across|over|beyond|towards?|in|inside|outside|within|into|fled|left|"
    r"entered|raided|stormed|attacked)\s+$"
)
"""Before "the front", a preposition: a place ("Troops at the front said"), no body."""
_SAYS = (
    r"(?:also\s+|had\s+|has\s+|later\s+)?(?:said|says|claimed|claims|added|denied|accused|warned|stated|reported|urged|"
    r"called|asked|rejected|demanded|announced|confirmed|estimated|recorded|documented|counted|published|"
    r"reserves|insisted|appealed|condemned)\b"
)


def _named_again(
    text: str,
    by_word: dict[str, list[Suggestion]],
    uses_of: Callable[[str], re.Pattern[str]],
    reason: str,
    score: float,
    pick: Callable[[re.Match[str], list[Suggestion]], Suggestion | None],
) -> list[Suggestion]:
    """The uses (`uses_of` a word, its group 1) of each word after the first mention of an actor
    it names: the actor `pick` picks of those named so by then (each actor's first mention)."""
    made: list[Suggestion] = []
    for word, named in by_word.items():
        firsts: dict[str, Suggestion] = {}
        for suggestion in sorted(named, key=lambda s: s.start):
            if suggestion.entity is not None:
                firsts.setdefault(suggestion.entity.name, suggestion)
        order = sorted(firsts.values(), key=lambda s: s.start)
        if not order:
            continue
        for use in uses_of(word).finditer(text, order[0].end):
            first = pick(use, [f for f in order if f.end <= use.start()])
            if first is None:
                continue
            made.append(
                Suggestion("actor", *use.span(1), use.group(1), reason, entity=first.entity,
                           new_entity=first.new_entity, score=score, layer="name shape")
            )  # fmt: skip
    return made


_LEAD_HEADS = compiled(r"Front|Movement|Party|Alliance|Army|Brigades?|Group|Coalition|Militia|Network")
_LEAD_WORD = compiled(r"[A-Z][a-z][\w’'\-]{2,}")
LEAD_REASON = "the first word of its name"
_NO_LEAD = frozenset(
    """National Islamic Popular Democratic Liberation Revolutionary Free United Arab Islamist Patriotic
    Republican People Mahdi Salvation Resistance Defence Defense Unity Federal Royal""".split()
)
"""Words that open many names and mean something alone ("the Islamic calendar", "the Mahdi")."""
_ACTS_AFTER_LEAD = compiled(
    r"(?:['’]s\b|\s*[,.;:)]|\s+(?:said|says|denied|denies|claimed|claims|wants|seeks|sought|controls|controlled|"
    r"holds|held|has|had|is|was|were|are|will|would|accused|accuses|rejected|rejects|fired|attacked|launched|"
    r"captured|seized|took|warned|announced|called|urged|insisted|responded|retaliated|struck|shelled)\b)"
)
"""What follows the first word of a group's name when it names the group ("the Polisario's
envoy", "by the Polisario.", "the Polisario wants …"), not a thing ("the Arakan coast")."""


def lead_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """ "the Polisario" after "the Polisario Front": a group of two words named again, with "the",
    by the word before its head is that group where it speaks, acts or owns ("the Polisario's
    representative", "held by the Polisario.", "The Polisario wants …"), unless the word is a
    nationality or opens many names ("the Nigerian capital", "the Islamic calendar") or names
    another actor of the article too."""
    leads: dict[str, list[Suggestion]] = {}
    for suggestion in found:
        words = suggestion.quote.split() if suggestion.kind == "actor" and suggestion.entity is not None else []
        if len(words) != 2 or not _LEAD_WORD.fullmatch(words[0]) or not _LEAD_HEADS.fullmatch(words[1]):
            continue
        if words[0] not in _NO_LEAD and words[0] not in DEMONYMS:  # "the Nigerian economy"
            leads.setdefault(words[0], []).append(suggestion)
    return _named_again(
        text,
        leads,
        lambda lead: compiled(rf"\b[Tt]he ({re.escape(lead)})(?![\w\-])"),
        LEAD_REASON,
        0.85,
        lambda use, before: before[0] if len(before) == 1 and _ACTS_AFTER_LEAD.match(text, use.end()) else None,
    )

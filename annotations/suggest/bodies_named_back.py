"""A body the article named in full, named back by its kind: "… according to the Al-Geteina
Resistance Committee. The committee wrote on Facebook that …", "Al-Shabaab fighters stormed the
base. The group said …". The word is a mention of that body and the claims it makes are the
body's (the committee's post had no claimant, and "committee" was no actor).

Only the sentence of the nearest body before it within a few sentences is read, and there its
first body of that kind (the sentence's subject) is meant, and only one of that kind: a
committee by a name ending in "Committee", a group by an armed group's name, a body's found by
its shape or what the text says it is ("the rights group Cristosal"), or one ending in "Group";
"the committee of elders" (a body of its own) and "the group of men" are none. "The ministry"
after a ministry named in full is that ministry ("Algeria's defence ministry said … The ministry
said …"), not a ministry of its own.
"""

from __future__ import annotations

from dataclasses import replace

from annotations.suggest.people import PERSON_REASONS
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import SENTENCE_END, Spans
from annotations.text.pattern_cache import compiled

_KIND_BACK = compiled(
    r"(?<![\w\-])(?:[Tt]he)\s+(?:(?:medical|aid|humanitarian|relief|rights|UN|U\.N\.|migration|refugee)\s+)?"
    r"(committee|council|coalition|alliance|movement|network|union|front|commission|"
    r"observatory|federation|association|organi[sz]ation|group|charity|agency|watchdog)\b"
    r"(?!\s+(?:of|for|on|in|to|with)\b|-)"
)
""""The committee", "the group": a kind word after "the", not the head of a longer name."""
_REACH = 600
"""How far back (characters) the body may be named: about three sentences."""
_ARMED = ("rebel_group", "political_militia", "identity_militia")
_BODIES = ("organisation", "named after what it is", "named with its acronym", "group by description")
"""How a body with a cause of its own was found: by its name's shape or what the text says it is."""
_SPEAKERS = frozenset("spokesman spokeswoman spokesperson official commander leader adviser advisor".split())
REASON = "the body named before"
_MINISTRY = compiled(r"(?<![\w\-])[Mm]inistry(?![\w\-])")


def ministries_named_back(actors: list[Suggestion]) -> list[Suggestion]:
    """The actors (in text order), each bare "the ministry" linked to the ministry named in full
    last before it within reach; left alone where none was."""
    named: list[Suggestion] = []
    linked: list[Suggestion] = []
    for actor in actors:
        bare = actor.quote.casefold() == "ministry"
        if bare and named and actor.start - named[-1].end <= _REACH:
            actor = replace(actor, entity=named[-1].entity, new_entity=named[-1].new_entity, reason=REASON)
        elif not bare and actor.entity is not None and _MINISTRY.search(actor.entity.name):
            named.append(actor)
        linked.append(actor)
    return linked


def bodies_named_back(text: str, actors: list[Suggestion]) -> list[Suggestion]:
    """Mentions of bodies named back by their kind ("the committee"), each linked to the body named
    last before it; none where an actor is already proposed or the body is not clear."""
    named = sorted((a for a in actors if a.entity is not None), key=lambda a: a.start)
    taken = Spans((a.start, a.end) for a in actors)
    found: list[Suggestion] = []
    for match in _KIND_BACK.finditer(text):
        start, end = match.span(1)
        if taken.overlapping(start, end):
            continue
        body = _named_before(named, match.group(1).lower(), start)
        body = body and _the_subject_of_its_sentence(text, named, match.group(1).lower(), body)
        in_another_sentence = body is not None and SENTENCE_END.search(text, body.end, start) is not None
        # in its own sentence the claim itself reads it ("…, the group said")
        if (
            body is not None
            and in_another_sentence
            and not _another_between(text, match.group(1).lower(), body.end, start)
        ):
            found.append(replace(body, start=start, end=end, quote=text[start:end], reason=REASON))
    return found


def _named_before(named: list[Suggestion], kind: str, start: int) -> Suggestion | None:
    """The last body before `start` (within `_REACH`) that the kind word names back, or None when the
    last actor of that kind is no such body."""
    for actor in reversed(named):
        if actor.end > start:
            continue
        if start - actor.end > _REACH:
            return None
        if _a_person(actor):
            continue  # "NAS spokesperson Maj. Isaac Loboka Tombe wrote that the group …": NAS's
        if _of_kind(actor, kind):
            return actor
    return None


def _the_subject_of_its_sentence(text: str, named: list[Suggestion], kind: str, body: Suggestion) -> Suggestion:
    """Of the bodies of that kind in the sentence of the last one named, the first: the sentence's
    subject ("The ELN said … the dissidents of the 33rd Front, which it accused of extortion. The
    group denied killing civilians": the ELN's denial, a helper found it the 33rd Front's)."""
    low = max(0, body.start - _REACH)  # not from the article's start at each "the group"
    ended = max((m.end() for m in SENTENCE_END.finditer(text, low, body.start)), default=low)
    opening = max(ended, text.rfind("\n", 0, body.start) + 1)  # a headline is a sentence of its own
    same = [a for a in named if opening <= a.start < body.start and not _a_person(a) and _of_kind(a, kind)]
    return same[0] if same else body


def _a_person(actor: Suggestion) -> bool:
    """Whether the actor is a person or one speaking for a body ("TTP spokesman"): never the body."""
    assert actor.entity is not None
    words = actor.entity.name.split()
    return actor.reason in (*PERSON_REASONS, "official") or (bool(words) and words[-1].casefold() in _SPEAKERS)


def _another_between(text: str, kind: str, low: int, high: int) -> bool:
    """Whether another body of that kind comes between ("… A group of men fled. The group said"):
    which one is meant is not clear. A description set after a name is none ("The TTP, an umbrella
    group of Islamist militants, …": helper-283's TTP toll had no claimant)."""
    another = compiled(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]econd)\s+(?:[\w\-]+\s+)?{kind}\b")
    return any(not text[max(0, m.start() - 2) : m.start()].startswith(",") for m in another.finditer(text, low, high))


def _of_kind(actor: Suggestion, kind: str) -> bool:
    """Whether the actor is a body the kind word names: its name ends in that word ("Resistance
    Committee"), or, for "group", it is an armed group or a body of its own (a rights group, a monitor)
    known by a name."""
    assert actor.entity is not None
    last = actor.entity.name.split()[-1].casefold() if actor.entity.name.split() else ""
    if last.replace("z", "s") == kind.replace("z", "s"):
        return True
    details = actor.entity.details
    named = any(letter.isupper() for letter in actor.entity.name)  # al-Shabaab, not "the attackers"
    kind_of_actor = getattr(details, "actor_type", None)
    body = kind_of_actor == "external_other" and actor.reason in _BODIES  # "the rights group Cristosal"
    if kind in _AID_BODIES:  # "according to Medecins Sans Frontieres (MSF). The medical charity said …"
        return named and kind_of_actor == "external_other"
    return kind == "group" and named and (kind_of_actor in _ARMED or body)


_AID_BODIES = ("charity", "agency", "watchdog")
"""Kinds that name back a body of no state nor armed side: an aid charity, a UN agency, a watchdog."""

"""The reporter's words around a claim: where they take over from what was said ("…, although it
did not release counts", "…, which the military denies"), and whether they vouch for it ("The
claim could not be independently verified").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TypeGuard

from annotations.model import ActorDetails, ClaimAttributes
from annotations.suggest.suggestion import Suggestion
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled

_ASIDE_AFTER = compiled(
    r",\s+(?:although|though|even though|despite|while|whereas|contradicting|contrary to|disputing)\b"
    r"|,\s+without\s+(?:naming|giving|providing|offering|citing|presenting|showing|specifying|elaborating)\b"
    r"|,\s+but\s+(?!(?:it|they|he|she|we|its|their)\b)"
    r"|,\s+(?:a|an)\s+(?:claim|statement|charge|accusation|allegation|assertion|account|figure|version|toll|tally|"
    r"number)s?\s+"
    r"(?:that|which|the|it|they|he|she|[A-Z][\w’'\-]*)\b"
    r"|,\s+which\s+(?:could|can)\s*(?:not|n[o’']t)\s+be\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|,\s+(?:which|something|(?:a|an)\s+(?:claim|charge|accusation|account|version|figure))\s+(?:the\s+)?"
    r"[\w\s’'\-]{1,40}?\s+(?:denies|denied|rejects|rejected|dismisses|dismissed|disputes|disputed|contests|"
    r"contested|questions|questioned)\b"
    r"|,\s+(?:recalled|summoned|expelled)\s+(?:its|the|their|an?)\s+(?:[\w\-’']+\s+){0,2}?"
    r"(?:ambassadors?|envoys?|diplomats?|charg[eé]|consul\w*)\b"
    r"|,\s+(?:withdrew|suspended|downgraded|closed|cut|severed)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:ambassadors?|envoys?|diplomats?|embass(?:y|ies)|consul\w*|relations|ties)\b"
)
"""Where the reporter's words take over after what was said: "…casualties, although it did not
release counts", "…sent to Maimana, but local residents were not reassured", "…, a claim that
could not be independently verified", "…, a statement the GNU dismissed", "…, which the military denies",
"…, a claim residents in the town disputed", "…, without naming any country"; and the speaker's
own reply by the means of a state ("Islamabad said two children were killed, recalled its
ambassador from Tehran and barred…": the recalling is no part of what it said)."""
_MEASURE_AFTER = compiled(
    r",\s+the\s+(?:latest|deadliest|bloodiest|worst|heaviest|most\s+serious|(?:first|second|third)\s+such)(?![\w-])"
    r"[^,;]*$"
)
"""The reporter's measure of what was said, closing the sentence ("…encircled the provincial capital,
the latest battlefield gains in a relentless campaign…", "…, the third such incident this month");
not an apposition inside it ("the outbreak in Ituri, the latest of 16 in Congo, had killed 30")."""


def before_aside(text: str, start: int, end: int) -> int:
    """Where content from `start` ends when the reporter's words take over before `end`."""
    aside = _ASIDE_AFTER.search(text, start, end) or _MEASURE_AFTER.search(text, start, end)
    return aside.start() if aside is not None and aside.start() > start + 8 else end


_RELATIVE = compiled(r",\s+(?:who|which)\s+(?:also\s+|have\s+|had\s+)?(?:[\w.’'\-]+\s+){0,4}?$")
"""Before a cue, a relative clause's opening, its speaker between ("…, which U.N. experts say backs M23, did not
respond": helper-363's claim ran on to the main clause)."""


def end_of_relative_clause(text: str, cue_start: int, start: int, end: int) -> int:
    """Where content said in a relative clause ends: at the comma closing the clause ("Bedouin
    fighters, who say they have suffered years of abuse, mobilised from Daraa": the abuse, not the
    mobilising)."""
    if not _RELATIVE.search(text, max(0, cue_start - 50), cue_start):
        return end
    comma = text.find(", ", start, end)
    return comma if comma > start + 8 else end


_UNVERIFIED = compiled(
    r"\b(?:could|can)\s*(?:not|n[o’']t)\s+(?:be\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|(?P<who>(?:independently\s+)?(?:verify|confirm)\s+(?:the|this|that|these|those|its|their|either|"
    r"(?:either\s+)?[\w\-]+['’]s?)\s+(?:\w+(?:['’]s)?\s+)?(?:claims?|figures?|tolls?|accounts?|reports?|numbers?|"
    r"information)))|(?P<neither>\bNeither\s+(?:\w+\s+)?(?:claims?|accounts?|figures?|reports?|side['’]s\s+\w+)\s+"
    r"(?:could|can)\s+be\s+(?:independently\s+)?(?:verified|confirmed))"
)
_OF_A_CLAIM = compiled(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|This|That|These|Those|Its|Their|His|Her|Neither|Both)\s+"
    r"(?:[A-Z][\w\-]*\s+|[a-z\-]+['’]s?\s+|(?:death|casualty|official|final)\s+)?"
    r"(?:claims?|figures?|tolls?|accounts?|reports?|information|numbers?)\s+|,\s+which\s+"
    r"|,\s+(?:a|an)\s+(?:claim|figure|toll|account|number)\s+(?:that|which)\s+)$",
    re.MULTILINE,
)
"""The reporter's word that a claim could not be checked ("The BLF claim could not be
independently verified.", "The group's claim…", "His account could not be confirmed.", "…, which
could not be verified", "Reuters could not independently verify the claim"): the claim just
before it is told without commitment; a caveat of its own sentence, every claim of the sentence
before it ("SOHR said 594 were killed, including 83 civilians it said were executed. The figure
could not be independently verified.": the 594 too, not only the executions)."""


_OPENS_ITS_SENTENCE = compiled(
    r"(?:The|This|That|These|Those|(?P<pronoun>Its|Their|His|Her)|Neither|Both)\s+(?:(?P<owner>[\w\-]+)['’]s?\s+)?"
    r"(?:(?:death|casualty|official|final)\s+)?\S+\s*$"
)
"""A caveat opening its sentence: of the sentence before ("The figure…", "The army's figure…"),
or of one speaker ("His account…": the claim just before)."""


_ARMY_WORDS = ("army", "military", "troops", "soldiers", "defence", "defense")
"""Words the army is spoken of by; "forces" names the Rapid Support Forces too."""
_OWNERS: dict[str, frozenset[str]] = {
    **dict.fromkeys((*_ARMY_WORDS, "police"), frozenset({"state_forces"})),
    "government": frozenset({"state_forces", "government_officials"}),
    **dict.fromkeys(
        ("group", "militants", "rebels", "insurgents", "jihadists", "fighters", "militia", "paramilitary"),
        frozenset({"rebel_group", "political_militia", "identity_militia"}),
    ),
}
"""A caveat's owner by what it is ("The group's claim"): the sides of the speaker it means."""


def _whose(
    text: str, found: list[Suggestion], told: list[int], owner: str | None, sides: Mapping[tuple[int, int], str]
) -> list[int]:
    """Of the claims a caveat follows, those of the speaker it names ("The army's figure could not
    be verified": not JNIM's beside it; the army's words count for "the military"): by name, else
    by side when one speaker alone is of it ("The group's claim": the rebels'), else the claim just
    before; all when it names none."""
    if not owner:
        return told
    mine = owner.casefold().rstrip("'’")
    words = _ARMY_WORDS if mine in _ARMY_WORDS else (mine,)

    def said_by(index: int) -> str:
        claimant = found[index].claimant
        return text[claimant[0] : claimant[1]].casefold() if claimant is not None else ""

    named = [i for i in told if any(re.search(rf"\b{w}\b", said_by(i)) for w in words)]
    if named:
        return named
    side = _OWNERS.get(mine)
    if side is None:
        return told[-1:]  # an owner of no known side ("The Observatory's figure"): the claim before
    of_side = [i for i in told if (c := found[i].claimant) is not None and sides.get(c) in side]
    return of_side  # "The government's figures": its officials' and its police's; none of the side: nobody's


def _typed(details: object) -> TypeGuard[ActorDetails]:
    return isinstance(details, ActorDetails)


def unverified(text: str, found: list[Suggestion], actors: Sequence[Suggestion] = ()) -> list[Suggestion]:
    """The claims, in the order found, with the one begun last before each caveat made uncommitted
    (the speakers' sides read from the `actors` suggested)."""
    sides = {(a.start, a.end): a.entity.details.actor_type for a in actors if a.entity and _typed(a.entity.details)}
    starts = sorted((c.start, i) for i, c in enumerate(found))
    for caveat in _UNVERIFIED.finditer(text):
        if (
            caveat["who"] is None
            and caveat["neither"] is None
            and _OF_A_CLAIM.search(text, max(0, caveat.start() - 40), caveat.start()) is None
        ):
            continue  # "Reuters could not independently verify the claim" names the claim after the verb
        at = bisect_left(starts, (caveat.start(), -1)) - 1  # the claim begun last before the caveat
        if at < 0 or found[starts[at][1]].end < caveat.start() - 300:
            continue
        told = [starts[at][1]]
        opening = sentence_at(text, caveat.start())[0]
        opens = _OPENS_ITS_SENTENCE.match(text[opening : caveat.start()])
        if caveat["who"] is None and opens and not opens["pronoun"]:  # "The figure could…": the sentence before
            before = sentence_at(text, max(0, opening - 2))[0]
            before_it = [i for start, i in starts[: at + 1] if start >= before]
            told = _whose(text, found, before_it or told, opens["owner"], sides)
        if _OF_SEVERAL.search(text, max(0, caveat.start() - 50), caveat.end()):  # "Neither claim", "the claims"
            paragraph = text.rfind("\n", 0, caveat.start()) + 1
            told = [i for start, i in starts[: at + 1] if start >= paragraph]
        for index in told:
            claim = found[index]
            if isinstance(claim.attributes, ClaimAttributes) and claim.attributes.certainty == "certain":
                found[index] = replace(claim, attributes=replace(claim.attributes, certainty="uncommitted"))
    return found


_OF_SEVERAL = compiled(
    r"\b(?:Neither|Both|either|both|[Tt]he\s+(?:\w+\s+)?(?:claims|figures|accounts|reports|tolls)|"
    r"[Tt]hese|[Tt]hose|[\w\-]+\s+sides['’])"
)
"""A caveat of several claims ("Neither claim could be independently verified", "the claims",
"either side's"): every claim of its paragraph before it."""

"""The content and the source of "according to": the clause before ", according to X", or what
follows "According to X," past the source's role, a name after a role ("According to the
administrator of the territory, Pascal Ngoy Kabwe, …") and a relative clause about the source
(split from `claim_content`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.suggest.claim_edges import ROLE_AFTER_A_NAME, ranked_name_after, skip_opening, skip_space
from annotations.suggest.claim_ends import clause_of_a_source
from annotations.suggest.claimants import named_last, nearest_mention, person_named_at
from annotations.suggest.tokens import Spans
from annotations.text.cues import ASSERTION_PATTERN
from annotations.text.pattern_cache import compiled


def according_to(
    text: str, mentions: Spans, cue: re.Match[str], sentence_start: int, sentence_end: int
) -> tuple[int, int, tuple[int, int] | None] | None:
    """Where the content of "according to" lies, and its source: "Rebels shelled the camp,
    according to X": the content first; "According to X, …": after the comma that ends the source
    (None without one)."""
    cue_start, cue_end = cue.span()
    if text[max(sentence_start, cue_start - 2) : cue_start].strip() == ",":
        # "Rebels shelled the camp, according to X[, who said…]": the content comes first
        claimant = person_named_at(text, mentions, cue_end) or named_last(  # "according to police chief Nazeer Khan"
            text, mentions, cue_end, sentence_end
        )
        start = skip_opening(text, sentence_start)
        told = _told_before(text, start, cue_start)
        sourced = clause_of_a_source(text, told, cue) if told is not None else None
        return (sourced[1] if sourced else start), cue_start - 2, claimant
    comma = text.find(",", cue_end, sentence_end)
    if comma < 0:
        return None
    claimant = nearest_mention(mentions, cue_end, comma, prefer="first")
    start = skip_space(text, comma + 1)
    named = _named_after_a_role(text, mentions, cue_end, comma, start, sentence_end)
    if named is not None:  # "According to the administrator of the territory, Pascal Ngoy Kabwe, the…"
        return skip_space(text, named[1] + 1), sentence_end, named
    if (ranked := ranked_name_after(text, cue_end, comma, start, sentence_end)) is not None:  # "…, Lt Col X, a…"
        return ranked[1], sentence_end, next(iter(mentions.within(*ranked[0])), ranked[0])
    role = ROLE_AFTER_A_NAME.match(text, start, sentence_end) if claimant is not None else None
    start = skip_space(text, role.end()) if role is not None else start  # "According to X, President of …, the …"
    relative = _A_RELATIVE_CLAUSE.match(text, start, sentence_end)
    if relative is not None and _FOUND.search(text, start, relative.end()) and not _said_in(text, relative):
        relative = None  # "which found that 40 were executed", "who put the toll at 40": content, said here
    return (skip_space(text, relative.end()) if relative else start), sentence_end, claimant


def _named_after_a_role(
    text: str, mentions: Spans, role_start: int, comma: int, start: int, sentence_end: int
) -> tuple[int, int] | None:
    """The person named right after "According to" and a person's role ("the administrator of the
    territory, Pascal Ngoy Kabwe,", "the army spokesman, Lieutenant Jules Ngongo,"), a title allowed
    before the name; None after a body ("According to the police, Abu Layla, the gang's leader, was
    arrested": he is what they say)."""
    if not _ROLE_THEN_NAME.search(text, role_start, comma):
        return None
    named = next(iter(mentions.within(start, sentence_end)), None)  # the first mention after the comma
    if named is None or named[0] > start + 30 or not _TITLES_ONLY.fullmatch(text, start, named[0]):
        return None
    return named if text[named[0]].isupper() and text.startswith(",", named[1]) else None


_ROLE_THEN_NAME = compiled(
    r"\b(?:administrator|spokes(?:man|woman|person)|governor|mayor|commander|president|director|chief|head|minister|"
    r"coordinator|secretary|chairman|chairperson|commissioner|prefect|sheikh|official|deputy|leader|"
    r"ombuds(?:man|woman|person)|prosecutor|mediator|negotiator|envoy|representative|ambassador|adviser|advisor|"
    r"councillor|councilor|lawmaker|senator|inspector|superintendent|officer|analyst|researcher)"
    r"(?:\s+(?:of|for)\s+[^,]{1,60})?\s*$"
)
"""The end of a person's role before a comma ("the administrator of the territory"), not a body's."""
_TITLES_ONLY = compiled(r"(?:(?:Mr|Mrs|Ms|Dr|Lt|Col|Gen|Maj|Capt)\.?\s+|[A-Z][a-z]+\s+){0,3}")
"""Titles or ranks before a name ("Lieutenant", "Mr."), or nothing."""


_A_RELATIVE_CLAUSE = compiled(r"(?:which|who|whose)\b(?:[^,.;:“”\"]|[,.](?=\d)){1,160},")
"""What the source did, after "According to X," ("…, which had issued an early warning in March, at
least 17 people have died"): said of the source, not what it says."""
_FOUND = compiled(
    r"\b(?:found|finds|put|puts|believes?|registered|recorded|documented|counted)\b|(?<![\d,.])(?!(?:19|20)\d\d\b)\d"
)
"""What makes that clause content (a finding, a figure but a year: "which found that 40 were
executed", "who put the toll at 40"), unless a verb of saying in it makes a claim of its own ("which
estimates that 3 million have fled"): then it is left out of this one."""


def _said_in(text: str, clause: re.Match[str]) -> bool:
    """Whether a cue in the clause says enough to be a claim ("who put the toll at 40" is too short
    for one: the toll stays in this claim)."""
    cue = ASSERTION_PATTERN.search(text, clause.start(), clause.end())
    return cue is not None and clause.end() - cue.end() > 12


def _told_before(text: str, start: int, end: int) -> int | None:
    """The end of the last cue of saying in `start`–`end` (not of a relative clause): content after
    it is another's."""
    said = max(ASSERTION_PATTERN.finditer(text, start, end), key=lambda m: m.start(), default=None)
    if said is None or _A_RELATIVE_SUBJECT.search(text, max(start, said.start() - 20), said.start()):
        return None  # "Rebels, who said they wanted revenge, shelled the camp, where …, according to X": X's
    return said.end()


_A_RELATIVE_SUBJECT = compiled(r"\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?$")

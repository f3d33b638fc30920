"""Speakers named again: "Dr. Achol Mabior Deng said …" then "“We need blood,” Dr. Deng added".

People beside a role find their short forms with the actors (`actors._people`); a person known
only as the speaker of a claim is found by the claims, after the actors, and their "Mr. Bol" and
"Deng" were left unsuggested, and the claims those words speak had no claimant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annotations.suggest.actors import SHORT_FOR
from annotations.suggest.people import SHORT_TITLES, looks_like_a_person, no_body_in
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.surnames import short_forms
from annotations.suggest.tokens import Spans
from annotations.text.pattern_cache import compiled

_IN_ANOTHER_NAME = compiled(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'\-]*\s+$")
"""A capitalised word right before, amid a sentence: the word is the end of another name."""
_WITH_AN_HONORIFIC = compiled(rf"{SHORT_TITLES}\.?\s")
_SPEAKS_NEXT = compiled(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|stated|explained|warned|insisted|claimed|denied|"
    r"wrote|noted|recalled|accused|urged|called)\b"
)
"""A speaker's short form is one only where it speaks, or with a title written short before it."""
_BETWEEN_CLAIM_AND_SPEAKER = compiled(r"[\s,.!?;:”\"'’]*")
"""What stands between a quotation's end and its speaker ("…,” Mr. Bol said")."""


def speakers_named_again(text: str, sources: Sequence[Suggestion], taken: Sequence[Suggestion]) -> list[Suggestion]:
    """The later short forms of the people found only as speakers, where nothing else was suggested."""
    people = {(s.start, s.end): s for s in sources if s.entity is not None and _a_person(s.quote)}
    if not people:
        return []
    spans = Spans((t.start, t.end) for t in taken)
    made: list[Suggestion] = []
    for start, end, full_start, full_end in short_forms(text, people):
        if spans.overlapping(start, end) or _IN_ANOTHER_NAME.search(text, max(0, start - 40), start):
            continue  # "North Waziristan" is no short form of "Lashkar-e-Khorasan Waziristan"
        if not (_WITH_AN_HONORIFIC.match(text, start) or _SPEAKS_NEXT.match(text, end)):
            continue  # "Long queues formed", "Juba airport": a word, a place, another's name
        full = people[(full_start, full_end)]
        reason = "named again" if text[start:end] == full.quote else f"{SHORT_FOR} {full.quote}"
        made.append(replace(full, start=start, end=end, quote=text[start:end], reason=reason, score=0.85))
        spans.add(start, end)
    return made


def _a_person(name: str) -> bool:
    return " " in name and looks_like_a_person(name) and no_body_in(name)


def with_their_claimants(text: str, claims: Sequence[Suggestion], again: Sequence[Suggestion]) -> list[Suggestion]:
    """Claims without a claimant whose cue stands right after a speaker named again ("…,” Dr. Deng
    added"; "Mr. Bol said that …"): that speaker's."""
    if not again:
        return list(claims)
    return [_claimed_by(text, claim, again) if claim.claimant is None and claim.cue else claim for claim in claims]


def _claimed_by(text: str, claim: Suggestion, again: Sequence[Suggestion]) -> Suggestion:
    for speaker in again:
        cue_after = text.startswith(f" {claim.cue}", speaker.end)
        before_the_claim = cue_after and 0 < claim.start - speaker.end <= len(claim.cue) + 12
        after_the_claim = (
            cue_after
            and claim.end <= speaker.start
            and _BETWEEN_CLAIM_AND_SPEAKER.fullmatch(text, claim.end, speaker.start) is not None
        )
        if before_the_claim or after_the_claim:
            reason = f"{claim.reason} by {speaker.quote}"
            return replace(claim, claimant=(speaker.start, speaker.end), reason=reason)
    return claim

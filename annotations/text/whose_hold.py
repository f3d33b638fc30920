"""Whose hold a control cue tells, read from who holds or who attacked: "the insurgents remained in
control of Bama" is no government's hold, "M23 said it had repelled an army attack on Sake" is
the rebels' (read as the government's, for the word "repelled"), "the rebels said they still hold
Kitshanga" theirs. The vocabulary has no status "held by rebels": the attackers' hold is
`captured`, as the claims board reads it."""

from __future__ import annotations

import re
from typing import Literal

from annotations.model import ControlStatus
from annotations.text.pattern_cache import compiled

SPEAKERS_HOLD: Literal["speakers_hold"] = "speakers_hold"
"""A hold the speaker claims for its own side ("Our forces are in full control of Mocímboa da
Praia", "Sake is still in our hands"): whose it is, the government's or the attackers', is the
claimant's side, which the words do not tell (the claims board reads it: `BoardClaim.statuses`).
Never a status of a place tagged or suggested: there it is `unknown`."""
HeldStatus = ControlStatus | Literal["speakers_hold"]
Cue = tuple[int, int, HeldStatus]
"""A control cue of a sentence: where it starts and ends, and the status it says."""

OURS = compiled(
    r"\b(?:in\s+our\s+hands|under\s+our\s+(?:(?:full|firm|complete|total|effective)\s+)?control|"
    r"under\s+the\s+(?:(?:full|firm|complete|total|effective)\s+)?control\s+of\s+our\s+(?:[\w\-]+\s+)?"
    r"(?:forces|troops|units|men|fighters|soldiers|army|brigades?))\b",
    re.I,
)
"""The speaker's own hold said after the place ("Sake is still in our hands", "Monguno remains
firmly under the control of our troops": helper-254's army spokesman read as the attackers')."""
OURS_IN = compiled(
    r"\bour\s+(?:[\w\-]+\s+)?(?:units|forces|troops|men|soldiers|fighters)\s+(?:are|remain)\s+"
    r"(?:firmly\s+)?still\s+(?:in|inside)(?=\s+[A-Z])",
    re.I,
)
"""The speaker's own forces said to be still in the place ("Our units are still in Mirebalais"): not
anyone's presence ("We remain in Kenscoff", a resident; "Our forces are in Syria to fight")."""

STILL_HOLDS = compiled(
    r"\b(?:still\s+(?:holds?|held|holding|controls?|controlled|controlling|in\s+control\s+of)|"
    r"(?:retain\w*|kept|keeps?|keeping|maintain\w*)\s+(?:(?:full|firm)\s+)?control\s+of)"
    r"(?=\s+(?:on\s+to\s+|onto\s+|out\s+in\s+)?(?:the\s+(?:town|city|village|port|capital)\s+(?:of\s+)?)?"
    r"(?-i:[A-Z])(?![\w\-]*\s+(?:responsible|accountable|hostages?|captives?|prisoners?)\b))",
    re.I,
)
"""A hold of a place said without who holds it ("they still hold Kitshanga", "still holding out in
Bakhmut", "troops had retained control of Banibangou"; not "still hold 40 soldiers", "still hold
sway", "the key road to Sake"): `held_by_whom` reads whose it is, and drops the cue when nothing
says (the army's own "still holds" is `government_held` already)."""

_FOUGHT_TO_KEEP = compiled(
    r"\b(?:lost\s+(?:\w+\s+){0,3}?|(?:failed|unable|fail(?:s|ing)?)\s+|(?P<fight>battl\w*|struggl\w*|fight\w*)\s+)to\s+$"
    r"|\b(?:could\s+not|couldn['’]t|cannot|can['’]t|did\s+not|didn['’]t)\s+$",
    re.I,
)
"""Before "keep"/"retain control of": a hold fought for (contested), or lost (whose now, the words do
not say), not kept (helper-265's and helper-267's reviews: "failed to keep control of Dapaong" was
the army's regaining of it)."""

_HOLDING = compiled(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are)\s+(?:still\s+|firmly\s+|fully\s+|now\s+)?in\s+"
    r"(?:full\s+|firm\s+|total\s+|complete\s+|effective\s+)?$",
    re.I,
)
_NO_LONGER = compiled(r"\b(?:no\s+longer|not|never|n['’]t)\s+(?:\w+\s+)?$", re.I)
"""Before a hold: it is lost, or never was."""
_CLAUSE_OPENS = compiled(
    r"[,;:(–—]|\s-\s|\b(?:but|and|while|whereas|although|said|says|say|told|admitted|confirmed|added|that)\b", re.I
)
_OPENING = r"\s*[“\"'‘]?\s*(?:(?:the|our|their|its)\s+)?(?:[\w\-]+(?:['’]s)?\s+){0,3}?"
_STATE = r"(?:army|troops|soldiers|military|security\s+forces|government(?:\s+forces)?|police|junta)"
_OTHERS = (
    r"(?:insurgents|rebels?|militants|gunmen|fighters|jihadists|attackers|bandits|militiamen|militias?|opponents|"
    r"extremists|terrorists|separatists)"
)
_STATE_OPENS = compiled(_OPENING + _STATE + r"\b", re.I)
_OTHERS_OPEN = compiled(_OPENING + _OTHERS + r"\b", re.I)
_REBELS_OPEN = compiled(
    _OPENING + r"(?:insurgents|rebels?|militants|jihadists|extremists|terrorists|separatists|bandits|gunmen)\b", re.I
)
"""The others who repel as no state's ally does: "fighters" and militias often fight beside the army."""
_OURS_OPEN = compiled(
    r"\s*[“\"'‘]?\s*(?:we\b|our\s+(?:[\w\-]+\s+){0,2}?(?:forces|men|units|brigades?|positions)\b)",
    re.I,
)
_NO_SUBJECT = compiled(
    r"\s*(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:(?:it|they|we)\s+)?(?:(?:had|has|have|was|were|is|are|would|will)\s+)?"
    r"(?:(?:also|still|again)\s+)?$",
    re.I,
)
"""A clause whose subject is elsewhere: none ("Troops, backed by air strikes, remain") or a
pronoun ("The army said it remained", "they had repelled"), after the day it was said ("The Sudanese army said on
Tuesday it remained in control of Um Kadada": helper-365's capture)."""
_A_PLACE_IS = compiled(
    r"(?:^|[.,;:“\"‘(]\s*|\b(?:and|that|(?:said|says)(?:\s+on\s+\w+)?)\s+|\b(?:base|camp|garrison|barracks|headquarters)\s+(?:in|at)\s+)"
    r"(?:(?:the\s+(?:town|city|village|port|capital)\s+of\s+)?"
    r"(?-i:[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|de|da|des|du|al|el))*)"
    r"|the\s+(?:town|city|village|base|camp|garrison|district|locality))"  # "the base", of a place the claim is about
    r"\s+[“\"]?(?:is|are|was|remains?|remained|stays?|stayed)\s+"
    r"(?:(?:still|firmly|now|fully|again|completely)\s+)*$",
    re.I,
)
"""A place the subject of what the speaker holds ("Sake is still in our hands", 'the base in Monguno
"remains…'): not "no longer in our hands" (lost), nor "the fate of Goma is in our hands", "the
students from Kuriga are"."""
_ATTACKED_BY = compiled(
    r"(?:an?|the|their|its|a\s+\w+)\s+(?:(?P<before>[\w\-]+(?:\s+[\w\-]+)?)\s+)?"
    r"(?:attack|assault|offensive|advance|raid|incursion|push|counter-?offensive)s?"
    r"(?:\s+by\s+(?:the\s+)?(?P<by>[\w\-]+(?:\s+[\w\-]+){0,2}?)(?=\s+(?:on|in|near|at|against|from)\b|[,.;]|$))?",
)
"""After "repelled": the attack and who made it ("an army attack", "an attack by government
forces", "an RSF assault")."""
_STATE_WORDS = compiled(
    rf"(?:[\w\-]+\s+){{0,2}}(?:{_STATE}|armed\s+forces|defen[cs]e\s+forces|federal\s+(?:forces|troops)|state\s+forces)"
    r"|(?-i:FARDC|Tatmadaw|SAF|ENDF|FADM|FANB|FAMa|IDF)|state",
    re.I,
)
"""Attackers that are a state's forces: by their words ("the Sudanese Armed Forces", "federal
forces") or their letters ("an SAF assault", "by the ENDF")."""


def held_by_whom(text: str, sentence_start: int, cue: Cue) -> Cue | None:
    """The cue with the status of whoever holds the place: see the module. None for a hold of
    nobody said (`STILL_HOLDS` after a subject that names no side)."""
    at, end, status = cue
    if OURS_IN.match(text, at):
        return (at, end, SPEAKERS_HOLD)
    if OURS.match(text, at):  # "Sake is still in our hands"; not "no longer", nor "the fate of Goma is"
        if _NO_LONGER.search(text, max(sentence_start, at - 25), at):
            return (at, end, "captured") if text.startswith("under", at) else None  # lost, as the speaker says
        return (at, end, SPEAKERS_HOLD) if _A_PLACE_IS.search(text, max(sentence_start, at - 80), at) else None
    if status == "government_held" and text.startswith(("repelled", "Repelled", "REPELLED"), at):
        return _repelled(text, sentence_start, cue)
    if status != "captured":
        return cue
    if STILL_HOLDS.match(text, at):
        kept = not text[at : at + 5].lower().startswith("still")  # "retained control of", "kept control of"
        fought = _FOUGHT_TO_KEEP.search(text, max(sentence_start, at - 40), at) if kept else None
        if (
            fought is not None
        ):  # "fighting to retain control of Dapaong": contested; "failed to keep": lost, no one's said
            return (at, end, "contested") if fought.group("fight") else None
        side = _side_of_the_clause(text, sentence_start, at)
        return None if side is None else (at, end, side)  # "M23 retained control of Goma": whose, the words do not say
    holding = _HOLDING.search(text, max(sentence_start, at - 40), at) if text.startswith("control", at) else None
    if holding is None and (
        not text.startswith(("controls", "Controls"), at) or _NO_LONGER.search(text, max(sentence_start, at - 25), at)
    ):
        return cue  # "the army no longer controls Kumbo": lost (a review)
    side = _side_of_the_clause(text, sentence_start, holding.start() if holding else at)  # "the army controls Bui"
    return (at, end, side) if side in ("government_held", SPEAKERS_HOLD) else cue


def _repelled(text: str, sentence_start: int, cue: Cue) -> Cue:
    """Who repelled an attack holds the place: a state's forces named as the attackers are the
    other side ("repelled an army attack on Sake": not the government's hold), others named so the
    state's (with the militias beside it: "the Sudan Shield Forces said its fighters had repelled an
    RSF assault"); else rebels as the clause's subject ("the insurgents said they had repelled the
    attack"); else, as most such reports are the army's or its allies', the government's."""
    at, end, _status = cue
    attack = _ATTACKED_BY.match(text, end + 1) if text.startswith(" ", end) else None
    attacker = (attack["by"] or attack["before"]) if attack is not None else None
    if attacker is not None:  # others' attackers: mostly the state's side repelling them (a militia with it)
        return (at, end, "captured" if _STATE_WORDS.fullmatch(attacker) is not None else "government_held")
    side = _side_of_the_clause(text, sentence_start, at, others=_REBELS_OPEN)
    return (at, end, "government_held" if side in (None, SPEAKERS_HOLD) else side)


def _side_of_the_clause(
    text: str, sentence_start: int, verb: int, others: re.Pattern[str] | None = None
) -> HeldStatus | None:
    """Whose hold the subject of a verb's clause tells (or the sentence's, when the clause has none
    of its own: "Troops, backed by air strikes, remain…", "The army said it remained…"): the
    government's (`government_held`: "our troops" too), the others' (`captured`), the speaker's
    ("our forces", "we": `SPEAKERS_HOLD`), or None when it names no side."""
    opening = _clause_start(text, sentence_start, verb)
    others = others or _OTHERS_OPEN
    side = _side_opening(text, opening, verb, others)
    if side is None and _OURS_OPEN.match(text, opening, verb):
        return SPEAKERS_HOLD
    if side is None and _NO_SUBJECT.fullmatch(text, opening, verb):
        side = _side_opening(text, sentence_start, opening, others)
    return side


def _side_opening(text: str, opening: int, before: int, others: re.Pattern[str]) -> ControlStatus | None:
    """The side the words from `opening` up to `before` (the verb) name as the subject: "Soldiers
    repelled insurgents who stormed Monguno" is the soldiers' (the insurgents stand after the verb)."""
    if others.match(text, opening, before):
        return "captured"
    return "government_held" if _STATE_OPENS.match(text, opening, before) else None


def _clause_start(text: str, sentence_start: int, verb: int) -> int:
    """Where the clause of a verb opens; of "… and remained", the clause before "and" back to
    the last opener that is no comma (who repelled the attack, killing 12, and remained)."""
    opens = list(_CLAUSE_OPENS.finditer(text, sentence_start, verb))
    if not opens:
        return sentence_start
    last = opens[-1]
    if text[last.end() : verb].strip() or last.group().lower() != "and":
        return last.end()
    before = [m for m in opens[:-1] if m.group() != ","]
    return before[-1].end() if before else sentence_start

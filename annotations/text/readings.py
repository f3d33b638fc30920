"""What the words around a span say: the control status reported, a claim's type and certainty
(the kind of place a name is is `place_kinds`; the kind of actor a name describes, `actor_types`).

Read the same way when a form is pre-filled and when a suggestion is made, so the two never
disagree about the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from annotations.model import Certainty, ClaimType, ControlStatus
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES, NO_DAY_OR_MONTH
from annotations.text.compass import COMPASS
from annotations.text.control_fragments import (
    FELL_ON_IT,
    NOT_A_WAY,
    NOT_ALL_OF,
    NOT_KEPT,
    NOT_OF_PLACES,
    NOT_OURS,
    NOT_WHERE_IT_HOLDS,
    NOT_WISHED,
    TAKEN,
    WITHOUT_A_FIGHT,
)
from annotations.text.control_parts import of_a_part, of_another
from annotations.text.cues import NEGATING_CUES
from annotations.text.denials import denied_in_words
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import per_text
from annotations.text.whose_hold import OURS, OURS_IN, SPEAKERS_HOLD, STILL_HOLDS, Cue, HeldStatus, held_by_whom

_CONTROL_PATTERNS: tuple[tuple[ControlStatus, re.Pattern[str]], ...] = (
    # "liberated" in lower case only: "Sudan Liberation Army ... near Kutum" retook nothing (a helper's Kutum,
    # retaken), or a headline's verb in capitals or title case ("ARMY LIBERATES KIDAL", "Army Liberates
    # Kidal"), not "LIBERATION" nor "Liberation"
    (
        "retaken",
        compiled(
            r"\b(?:retak\w*|recaptur\w*|retook|regain\w*|(?-i:liberat\w*|LIBERAT(?:ES|ED|ING|E)|Liberat(?:es|ed|ing|e)))\b",
            re.I,
        ),
    ),
    (
        "encircled",
        compiled(
            r"\b(?:encircl\w*|surround(?:ed|s)?|(?<!the )surrounding(?!\s+(?:[a-z]+\s+)?(?:areas?|districts?|"
            r"villages?|hills?|regions?|countryside|towns?|neighbou?rhoods?|communities|zones?|settlements?|"
            r"suburbs?|camps?))|besieg\w*|(?<!state of )(?<!states of )siege)\b",  # "state of siege": a legal regime
            re.I,
        ),
    ),
    (
        "captured",
        compiled(
            rf"\b(?:(?:captur\w*|seiz\w*){NOT_OF_PLACES}(?!\s+(?:large\s+|vast\s+)?(?:areas|parts|swathes|swaths)\s+of)|"
            rf"fell{FELL_ON_IT}|fallen|falls{FELL_ON_IT}|overr[au]n|took over|"
            rf"{TAKEN}|{WITHOUT_A_FIGHT}|"
            rf"(?:{NOT_KEPT}control of{NOT_OURS}{NOT_WISHED}|"
            rf"(?<!border )(?<!price )(?<!export )(?<!passport )controls{NOT_A_WAY})\b"
            rf"{NOT_ALL_OF}{NOT_WHERE_IT_HOLDS}|overtook)\b",
            re.I,
        ),
    ),
    ("captured", STILL_HOLDS),  # whose hold: `held_by_whom`
    ("captured", OURS),  # the speaker's: `held_by_whom`
    ("captured", OURS_IN),
    (
        "contested",
        compiled(
            r"\b(?<!ending\s)(?<!ended\s)(?<!end\s)(?<!end\sto\s)(?<!ending\sthe\s)(?<!halting\s)(?<!halted\s)(?<!stop\s)"
            r"(?<!stopping\s)"  # "signed a ceasefire …, ending fighting in Galguduud region" (helper-359): no more
            r"(?:contest\w*|clash\w*|fighting|fought|battle\w*|under\s+attack|exchang\w+\s+(?:of\s+)?(?:gun)?fire|gunfights?|"
            r"firefights?)\b",
            re.I,
        ),
    ),
    (
        "government_held",
        compiled(
            r"\b(?:held by government|government-held|repelled|(?:has|had|have)\s+not\s+fallen|did\s+not\s+fall|"
            r"(?:army|military|government|troops|soldiers|security\s+forces|junta|police)\s+(?:\w+\s+)?still\s+"
            r"(?:held|holds?|controls?|in\s+control\s+of)|under\s+(?:(?:full|firm|complete|total|effective)\s+)?(?:government|army|military|federal)\s+control|"
            r"(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were|(?:has|have|had)\s+been)\s+"
            r"(?:(?:still|firmly|back|now|once\s+again|again)\s+)*"
            r"in\s+(?:government|army|state|federal)\s+hands|"  # "Debark remained in government hands"
            r"(?<!no\slonger\s)(?<!not\s)"  # "no longer remains under the control of the national army": taken
            r"(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are)\s+(?:(?:firmly|fully|still|completely|back|now|once\s+again|again)\s+){0,2}"
            r"(?:under\s+(?:the\s+)?(?:full\s+)?control\s+of|in\s+the\s+hands\s+of)\s+(?:the\s+)?"
            r"(?:army|military|government|troops|security forces|junta|Tatmadaw|state(?=\s*(?:[,.;)]|$))|"
            # helper-325's "remains fully under the control of the national defence force" (Ethiopia's army)
            r"(?:national|federal|regular|government|state)\s+(?:defen[cs]e\s+)?(?:army|military|forces?)|"
            r"(?!(?:Rebel|Separatist|Opposition|Insurgent|Islamist|Jihadist)\b)(?-i:[A-Z])\w+\s+(?:army|military|forces)))\b",
            re.I,
        ),
    ),
)

_CLAIM_TYPE_PATTERNS: tuple[tuple[ClaimType, re.Pattern[str]], ...] = (
    (  # a surrender told, not "so targeted villages surrender without a fight" (a tactic: helper-260)
        "surrender",
        compiled(
            r"\bsurrender(?:ed|ing|s\s+(?:to|of)\b)|\bsurrender\s+(?:of|to)\b"
            r"|\b(?:to|may|might|could|would|will)\s+surrender\b",  # "forced to surrender", "troops may surrender"
            re.I,
        ),
    ),
    (
        "casualties",
        compiled(
            r"(?<!every )(?<!any )(?<!each )"  # "Every death will be investigated" reports none
            r"\b(?:kill\w*|dead|deaths?|died|wounded|injured|(?<!without )(?:wounding|injuring)(?!\s+(?:to|any|no)\b)|"
            r"casualt\w*|fatalit(?:y|ies)|behead\w*|neutrali[sz]ed|slain|"
            r"massacr\w*|"
            r"execut(?:ed|ing)|(?:summary|mass|extrajudicial|public)\s+executions?|"  # not "for the execution of"
            r"bodies|paid the (?:supreme|ultimate) price|martyred|lost their lives|toll|"
            r"lost\s+(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?(?:\d+|[a-z]+)\s+(?:of\s+(?:(?:its|their|our)\s+)?)?"
            r"(?:soldiers|troops|men|fighters|officers|policemen|servicemen)"  # "the army had lost 30 soldiers",
            r"(?!\s+(?:to\b|in\s+(?:the\s+)?(?:election|vote|poll)))|"  # not "to defections", "in the election"
            r"buried\s+(?:(?:\d+|[a-z]+)\s+)?(?:of\s+)?(?:(?:our|the|their|his|her)\s+)?(?:people|bodies|villagers|"
            r"civilians|victims|faithful|colleagues|dead|men|women|children|relatives)|"  # "We have buried 14 people"
            r"shot\s+(?:people|civilians|villagers|residents|worshippers))\b",
            re.I,
        ),
    ),
    ("displacement", compiled(r"\b(?:fle[de]\w*|displac\w*|refugees?|evacuat\w*)\b(?!\s+camps?\b)", re.I)),
    (  # "would send more troops", "sent 300 soldiers"
        "reinforcement",
        compiled(
            r"\b(?:reinforc\w*|deploy\w*|(?:sent|(?:would|will|shall)\s+send|(?:is|are|was|were|been)\s+sending)\s+"
            r"(?:in\s+)?(?:more\s+|additional\s+|extra\s+|[\d,]+\s+)?"
            r"(?:troops|soldiers|forces)\b|(?:troops|soldiers)\s+(?:would|will|were|had|have|has)\s+(?:be\s+|been\s+)?sent\b)",
            re.I,
        ),
    ),
    (
        "territorial_control",
        compiled(
            rf"\b(?:(?:captur\w*|seiz\w*){NOT_OF_PLACES}|fallen|fell{FELL_ON_IT}|control\w*|took over|encircl\w*|"
            r"retak\w*|retook|recaptur\w*|regain(?:ed|s)?\s+control|overr(?:an|un\w*)|"
            r"liberat(?:ed|ing|es|e)\b|"  # "We have liberated Wad Madani" (not a "Liberation Army")
            r"still\s+(?:holds?|held|holding)\s+(?:on\s+to\s+)?(?:its\s+|their\s+|the\s+)?(?:positions\b|"
            r"(?:town|city|village|district|base|airport|territory|bridge|hill|garrison|line|port|road)s?\b)|"
            r"\b(?:holds?|held)\s+(?:on\s+to\s+)?(?:its|their|our)\s+positions\b|"
            r"\b(?:forces|troops|soldiers|army|fighters|defenders|rebels|militants)\s+(?:\w+\s+)?held\s+(?:its|their)\s+"
            r"ground\b|"  # "its troops still held positions in Kidal": who holds it (not "still held hostage")
            r"(?:(?:had|have|has)\s+)?(?:occupied|surrounded|occupying)\s+(?=(?:the\s+)?(?:[\w\-]+\s+)?(?:town|city|village|district|base|"
            r"camp|airport|garrison|headquarters|border\s+crossing|area|hill)s?\b)|"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|scores\s+of|many)\s+(?:\w+\s+)?"
            r"districts|"  # districts counted are ground held; "in the Panjgur district" says where
            r"(?:entered|walked\s+into|moved\s+into)\b(?=[^.;]{0,60}?\bwithout\s+(?:a\s+|any\s+)?(?:fight|resistance)\b)|"
            r"t(?:ook|aken|aking)\s+(?=(?:the\s+)?(?:town|city|village|district|base|camp|airport|garrison|"
            r"headquarters|border\s+crossing|area|hill)s?\b))\b",
            re.I,
        ),
    ),
    ("territorial_control", compiled(r"\bt(?:ook|aken)\s+(?:the\s+)?[A-Z][a-z]")),  # "took Goma": a place taken
    (  # "its fighters had withdrawn from Tibú", "retreated from Limpongo", "had abandoned the base": a place left
        "territorial_control",
        compiled(
            r"\b(?:withdr(?:ew|awn|awing|aws?|awal)|retreat(?:ed|ing|s)?|pull(?:ed|ing)\s+out)\s+(?:\w+\s+){0,2}?from\s+"
            rf"(?:the\s+(?:town|city|village|district|base|area)\b|{NO_DAY_OR_MONTH}[A-Z][a-z])"
            r"|\b(?:troops|soldiers|forces|fighters|army|units)\s+(?:had\s+|have\s+|has\s+)?(?:withdrawn|withdrew|retreated)\b"
            r"(?!\s+(?:their|its|his|her|the|a|an)\b)"  # not "forces have withdrawn their support"
            r"|\babandon(?:ed|ing)\s+(?:the|its|their|our)\s+(?:base|town|positions?|garrison|camp|barracks)s?\b(?!\s+on\b)"
            r"|\b(?:never\s+)?(?:left|abandoned)\s+(?:their|its|our)\s+positions\b(?!\s+on\b)"
        ),
    ),
    (  # "they still hold Kitshanga": a place held
        "territorial_control",
        compiled(
            r"\bstill\s+(?:holds?|held|holding|controls?|controlled|controlling|in\s+our\s+hands)\s+(?:the\s+)?[A-Z][a-z]"
            r"(?![\w\-]*\s+(?:responsible|accountable)\b)"
            r"|\b(?:is|are|remains?|remained)\s+(?:still\s+|firmly\s+)?(?:in\s+our\s+hands|under\s+our\s+(?:\w+\s+)?control)\b"
        ),
    ),
)

_CERTAINTY_PATTERNS: tuple[tuple[Certainty, re.Pattern[str]], ...] = (
    ("possible", compiled(r"\b(?:may|might|could|possibly|perhaps)\b")),  # lowercase: not "May 1"
    ("probable", compiled(r"\b(?:reportedly|likely|probably|apparently|believed to)\b", re.I)),
    ("uncommitted", compiled(r"\b(?:allegedly|purportedly|supposedly)\b", re.I)),
)
_HEDGING_CUES = compiled(
    r"^(?:claimed|claims|claiming|alleged|alleges|accused|accuses|accusing|accuse|blamed|blames|blaming|blame)$",
    re.IGNORECASE,
)
"""Cues by which the reporter keeps their distance: what is "claimed" is not reported as certain, nor
what one side accuses the other of ("residents accused soldiers of killing three civilians" was
certain: helper-342)."""

NEAR_CHARS = 80
"""A cue further from the place than this speaks of something else ("battlefield gains ... in Kabul")."""
_CLAUSE_BREAK = compiled(
    r"[,;:()–—]|\b(?:while|but|whereas|after|although)\b"
    r"|\band\s+(?=(?:accused|accuses|blamed|blames|said|says|added|claimed|denied|warned|urged|called)\b)"  # "had
    # "liberated" Rubaya and accused the army of shelling villages near Kibabi": not Kibabi retaken (helper-363)
    r"|\bsince\b(?!\s+(?:then|dawn|daybreak|midnight|noon|last|early|late|\d|(?:the\s+)?(?:start|beginning|end|morning|"
    rf"evening|weekend|week|month|year)\b|(?:{DAY_NAMES}|{MONTH_NAMES})\b))"
    r"(?![^,.;]*\b[a-z]+\s+it\b)"  # a clause of its own ("since fighting resumed"), not of the place ("… captured it")
    r"|\b(?:towards?|approach(?:es|ed|ing)?|closing\s+in\s+on"
    r"|(?:advanc(?:e|es|ed|ing)|march(?:es|ed|ing)?|mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|push(?:es|ed|ing)?)"
    r"\s+(?:on|to|into|upon)"
    r"|(?:flee|flees|fleeing|fled|escap(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|displaced)"
    r"\s+(?:(?:back|further|north|south|east|west)\w*\s+)?(?:to|into|towards?)"
    r"|(?:arriv(?:e|es|ed|ing)|(?:took|take|takes|taking|taken|sought|seek|seeking)\s+refuge|shelter(?:s|ed|ing)?)"
    r"\s+(?:in|at))\b"
)
"""Where a clause ends for the cues of control: punctuation, a conjunction, and a movement
toward a place (fighters advancing toward a town do not hold it; "captured X and were
advancing toward Y" said nothing of Y), or where people fled to ("the fighting forced families
to flee to Zebilla", "displaced by clashes in Bawku arrived in Tamale": the fighting is not in
the town they reached). Verbs by their forms: "headquarters to the south of" is no movement."""
_DENIED = compiled(r"\b(?:den(?:y|ied|ies)|not|never|rejected|dismissed)\b", re.I)


def control_status_near(text: str, start: int, end: int) -> ControlStatus:
    """The control status the clause around a place reports (the cue nearest the place), or
    unknown: "encircled the provincial capital, ... the government in Kabul" says nothing of
    Kabul. A denied cue ("denied that Lashio had fallen") makes the place contested."""
    reading = control_reading_near(text, start, end)
    if reading is None or reading.status == SPEAKERS_HOLD:
        return "unknown"  # whose the speaker's side is, the words do not tell
    return reading.status


@dataclass(frozen=True, slots=True)
class ControlReading:
    """A control status read near a place: the cue's position and how far it is from the place
    (two places near one cue: "captured Imam Sahib from the government in Kabul")."""

    status: HeldStatus
    """A control status, or the speaker's hold (`SPEAKERS_HOLD`) for the claims board to read."""
    cue_at: int
    distance: int


@per_text
def control_reading_near(text: str, start: int, end: int) -> ControlReading | None:
    """What `control_status_near` reads, with where it read it; None when nothing is said (also
    of a place in the possessive: "attacks in Haiti's recent history" say nothing of Haiti)."""
    if text.startswith(("'s", "’s"), end) and not _SEIZED.match(text, end + 2):
        return None  # "Goma's capture by M23" still says it
    if _A_BORDER_WITH.search(text, max(0, start - 24), start):
        return None  # "a gunfight close to the border with Ethiopia" says nothing of Ethiopia
    if _WHERE_ANOTHER_LIES.search(text, max(0, start - 50), start):
        return None  # "Um Sumeima west of the state capital El Obeid": El Obeid only says where it lies
    if _WHENCE.search(text, max(0, start - 40), start):
        return None  # "arrived from the direction of Lake Chad and overran the base": not what they overran
    sentence_start, sentence_end = sentence_at(text, start)
    breaks, cues = _sentence_cues(text, sentence_start, sentence_end)
    clause_start = max((b_end for _b, b_end in breaks if b_end <= start), default=sentence_start)
    clause_end = min((b_start for b_start, _b in breaks if b_start >= end), default=sentence_end)
    found = [
        f
        for f in _cues_between(cues, clause_start, clause_end, start, end)
        if not of_another(text, f[2], start) and not _REPORTED.search(text, end, max(end, f[2]))
    ]
    subject = not found and _OPENS_ITS_CLAUSE.fullmatch(text, clause_start, start) is not None
    apposition = _APPOSITION_AFTER.match(text, end) if subject else None
    if apposition is not None:  # "Palma, the gas hub that was overrun in 2021, remains under…"
        resume = apposition.end()
        further = min((b_start for b_start, _b in breaks if b_start >= resume), default=sentence_end)
        found = _cues_between(cues, resume, further, resume, resume)
    if not found:
        return None
    distance, status, where = min(found, key=lambda f: f[0])
    status = of_a_part(text, status, where, start)
    if status != "contested" and _DENIED.search(text, clause_start, where):
        status = "contested"
    return ControlReading(status, where, distance)


_WHENCE = compiled(
    r"\b(?:from\s+the\s+direction\s+of|(?:came|coming|arrived|arriving|crossed|crossing)\s+from)\s+(?:the\s+)?$"
)
"""Before a place, that it is where people came from (helper-358's Lake Chad "captured")."""
_WHERE_ANOTHER_LIES = compiled(
    r"(?<!\bthe\s)(?<!\bfar\s)(?<!\bextreme\s)\b"
    f"{COMPASS}"
    r"\s+of\s+"
    r"(?:the\s+(?:(?:state|provincial|regional)\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$",
    re.I,
)
"""Before a place: another's place said by it ("Um Sumeima west of the state capital El Obeid",
helper-258; not "in the south of El Fasher", a part of it)."""
_REPORTED = compiled(r"\b(?:said|says|told|announced|claimed|reported|stated|declared)\b")
"""Between a place and a cue after it: the place is where the speaker is, the cue in what was said
("An ethnic armed group in northern Myanmar said … it had captured Lashio": Lashio was taken, not
northern Myanmar)."""
_APPOSITION_AFTER = compiled(
    r",\s+(?:the|a|an)\s+(?:[^,;:()–—]|(?<=\d),(?=\d{3}\b)){1,80}?,\s+"
    r"(?!(?:and|or|but|said|says|told|tells|reported|added|which|where|whose|who|whom|when)\b)"
)
"""A description between commas right after a place that opens its clause ("Palma, the gas hub
that was overrun in 2021, remains under government control"): what follows it is said of the
place, and what the description holds is not what is said now; a place whose description is
followed by "said" is not what is said ("Residents of Goma, a city of…, said the rebels…")."""
_OPENS_ITS_CLAUSE = compiled(
    r"\s*(?:(?:the\s+)?(?:(?:\w+\s+)?(?:town|city|village|district|province|region|capital|port|hub|area)\s+of\s+)?)?",
    re.I,
)
"""What may stand before a place that is the subject of its clause: nothing, or "the town of"."""


def _cues_between(
    cues: tuple[Cue, ...], low: int, high: int, start: int, end: int
) -> list[tuple[int, HeldStatus, int]]:
    """(distance, status, where) of the cues within [low, high] near the place at start-end."""
    found = []
    for where, cue_end, status in cues:
        if low <= where and cue_end <= high:
            distance = start - cue_end if where < start else where - end
            if distance <= NEAR_CHARS:
                found.append((distance, status, where))
    return found


@per_text
def _sentence_cues(text: str, start: int, end: int) -> tuple[tuple[tuple[int, int], ...], tuple[Cue, ...]]:
    """A sentence's clause breaks and control cues, read once for all the places in it (and
    again only when the text changes): every match (`_matched_cues`) but an aim's ("vowed to
    capture") and the "control of" of "regained control of"."""
    breaks, matched = _matched_cues(text, start, end)
    cues = tuple(c for c in matched if not _INTENDED.search(text, max(start, c[0] - 90), c[0]))
    retaken_ends = [cue_end for _at, cue_end, status in cues if status == "retaken"]
    kept = (c for c in cues if not _control_of_retaken(text, c, retaken_ends))
    held = (held_by_whom(text, start, c) for c in kept)
    return breaks, tuple(c for c in held if c is not None)


def _matched_cues(text: str, start: int, end: int) -> tuple[tuple[tuple[int, int], ...], tuple[Cue, ...]]:
    """A sentence's clause breaks and every match of the control patterns; none where no control
    word stands (`_may_hold_a_cue`: most sentences say nothing of who holds a place)."""
    if not _may_hold_a_cue(text[start:end]):
        return (), ()
    breaks = tuple(m.span() for m in _CLAUSE_BREAK.finditer(text, start, end))
    return breaks, tuple(
        (m.start(), m.end(), status) for status, p in _CONTROL_PATTERNS for m in p.finditer(text, start, end)
    )


def _control_of_retaken(text: str, cue: Cue, retaken_ends: list[int]) -> bool:
    """ "control of" right after "regained" or "retook" (a word between, "full", "total"): the
    retaking is what is said, not a capture."""
    at, _end, status = cue
    if status != "captured" or not text.startswith("control", at):
        return False
    return any(0 < at - end <= 12 and _WORD_BETWEEN.fullmatch(text, end, at) for end in retaken_ends)


_WORD_BETWEEN = compiled(r"\s+(?:[a-z]+\s+)?")


_INTENDED = compiled(
    r"\b(?:vow\w*|pledg\w*|threaten\w*|promis\w*|seek\w*|sought|aim\w*|plan\w*|tr(?:y|ies|ied|ying)|attempt\w*|"
    r"(?:call\w*\s+(?:on|for)|urg\w*|order\w*|ask\w*)\b[^.;:]{0,50}?|mov(?:e|es|ed|ing)|prepar\w*|want\w*|"
    r"intend\w*|hop(?:e|es|ed|ing)|bid|push\w*|effort|offensive|campaign|operation|struggl\w*|determined|poised|"
    r"counter-?(?:attack|offensive)s?|ready|readying|drive)"
    r"\s+to\s+[“\"']?(?:[a-z]+\s+){0,2}$"
    r"|\b(?:would|will|shall|could|might)\s+(?:soon\s+|quickly\s+|eventually\s+)?(?:be\s+)?[“\"'‘]?"
    r"(?:(?!(?:and|but|or|as|after|before|when|while)\b)[a-z]+\s+){0,2}$",
    re.I,
)
"""A control cue after an aim, an appeal or a promise ("called on the army to retake control of the
Artibonite", "vowed to capture Goma", "moved to retake Lashio", "promised that the police would
retake the town", "his fighters would 'liberate' Croix-des-Bouquets", "preparing a counter-attack to retake
Raghwan": helper-262's was retaken; 'the army would "recover control of every road"': helper-269's
Popayán, where troops were sent from, was captured) is not what happened; after
"believed to have", "went on to", "managed to" it is."""
_SEIZED = compiled(r"\s*(?:capture|seizure|fall|recapture|liberation|encirclement|siege)\b", re.I)
"""A place in the possessive before what happened to it ("Goma's capture by M23")."""


_A_BORDER_WITH = compiled(r"\bborders?\s+with\s+(?:the\s+)?$")
_CONTROL_WORDS = (
    "retak", "recaptur", "retook", "regain", "liberat", "encircl", "surround", "besieg", "siege", "captur", "seiz",
    "fell", "fall", "overran", "overrun", "took over", "taken", "control", "overtook", "contest", "clash", "fighting",
    "battle", "attack", "held", "repelled", "still", "remain", "fire", "fight", "hands", "into",
)  # fmt: skip
"""A word every match of `_CONTROL_PATTERNS` holds: a sentence with none of them has no cue."""


def _may_hold_a_cue(sentence: str) -> bool:
    """Whether a control pattern may match here (five case-blind patterns cost more than a look
    for their words). Other scripts are left to the patterns: their case rules are not ASCII's."""
    if not sentence.isascii():
        return True
    lowered = sentence.lower()
    return any(word in lowered for word in _CONTROL_WORDS)


@lru_cache(maxsize=2048)
def claim_reading(body: str, cue: str) -> tuple[ClaimType, Certainty]:
    """The claim type the reported content suggests, and its certainty (negated by a denial cue)."""
    lowered = body.lower() if body.isascii() else None
    claim_type: ClaimType = next((t for t, p in _CLAIM_TYPE_PATTERNS if _case_blind(p, body, lowered)), "other")
    certainty: Certainty = next((c for c, p in _CERTAINTY_PATTERNS if _case_blind(p, body, lowered)), "certain")
    if (cue and NEGATING_CUES.match(cue)) or denied_in_words(body):
        certainty = "negated"
    elif cue and _HEDGING_CUES.match(cue) and certainty == "certain":
        certainty = "uncommitted"
    return claim_type, certainty


def _case_blind(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """`pattern.search(text)`; a case-blind pattern looks in `lowered`, the lowered text of an
    ASCII text (else None), as case-sensitive (half the time: the words are all lower case).
    Other texts keep re.I's rules (the Kelvin sign is a K)."""
    if lowered is None or not pattern.flags & re.IGNORECASE:
        return pattern.search(text) is not None
    return _sensitive(pattern).search(lowered) is not None


@cache
def _sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return compiled(pattern.pattern, pattern.flags & ~re.IGNORECASE)

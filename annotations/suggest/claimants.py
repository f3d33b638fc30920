"""Who said it: the actor mention a claim is attributed to, among the mentions of its sentence.

The subject touching the cue says it, unless a description stands between ("X, a senior official
of the TPLF, urged": X, not the TPLF); a verb joined to an earlier cue ("denied …, and accused …")
has that cue's speaker; an outlet told is never the speaker ("…,” X told Reuters"). A cue that
ends the content may name its speaker after it ("…, said Zabihullah Mujahid, a Taliban
spokesman"); "the group said" names a group back, never soldiers killed or a state's forces.
Who "he", "she" and "it" are is `claimant_pronouns`'s.
"""

from __future__ import annotations

import re

from annotations.suggest.names import DEMONYMS
from annotations.suggest.people import KIN, looks_like_a_person, without_titles
from annotations.suggest.speaker_words import OTHER_NAME
from annotations.suggest.tokens import Spans
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.cues import ASSERTION_PATTERN
from annotations.text.pattern_cache import compiled

_DESCRIPTION = compiled(
    r",\s+(?!according\b|or\b)(?:a|an|the|its|his|her|their|one|[a-z][\w\-]*)\b(?:[^,]|,\s+or\s+[A-Z][\w\-]*(?=,))*,\s*$"
)
"""", a senior official of the TPLF, " right before the cue: what describes the speaker (with a short form
inside: ", which is linked to the Tehreek-e-Taliban Pakistan, or TTP, ": helper-301's claim was the TTP's)."""


def described_subject(
    text: str, mentions: Spans, sentence_start: int, cue_start: int, claimant: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Fitsum Berhe, a senior official of the TPLF, urged…": the one described speaks, not the
    body the description names (which touches the cue); "medics at the city's Saudi Hospital
    said": the medics, not where they work."""
    if claimant is not None and (head := _head_of(text, mentions, sentence_start, claimant)) != claimant:
        return head
    if claimant is not None and (working := where_they_work(text, mentions, sentence_start, claimant)) != claimant:
        return working
    if claimant is not None and (reached := _reached_through(text, mentions, sentence_start, claimant)) != claimant:
        return reached
    description = _DESCRIPTION.search(text, sentence_start, cue_start)
    if description is None or (claimant is not None and claimant[0] < description.start()):
        return claimant
    if claimant is None and not _WHO_NEXT.match(text, description.end()):
        return None  # with no subject touching the cue, the one described speaks as "who": "X, a spokesman, who added"
    described = mentions.ending_in(description.start() - 1, description.start())  # "… (TNLA), an ally of …"
    if not described and claimant is not None and _A_RELATIVE.match(text, description.start()):
        return None  # "A faction of the Hafiz Gul Bahadur group, which is linked to the TTP, claimed": not the TTP
    return _head_of(text, mentions, sentence_start, described[-1]) if described else claimant


_A_RELATIVE = compiled(r",\s+(?:which|who|whose)\b")


def _head_of(text: str, mentions: Spans, low: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """The part of a body that speaks, named right before " of the" body ("The Gatwech faction of
    the SPLA-IO, led by Simon Gatwech Dual, said": the faction, not the SPLA-IO); else the speaker."""
    of = _OF_THE.search(text, max(low, speaker[0] - 12), speaker[0])
    head = mentions.ending_in(of.start(), of.start()) if of is not None else []
    return head[-1] if head else speaker


_OF_THE = compiled(r"\s+of\s+(?:the\s+)?$")


def where_they_work(text: str, mentions: Spans, low: int, claimant: tuple[int, int]) -> tuple[int, int]:
    """The people who work at the claimant, a place of work named right before it ("medics at
    the city's Saudi Hospital", "a source at the camp"): they speak; else the claimant. A body
    speaks through its people ("analysts at the Institute for the Study of War", "fighters from
    the Men of Dignity movement": the gold files' claimants are the body)."""
    if not _PLACE_OF_WORK.search(text, claimant[0], claimant[1]):
        return claimant
    working = _WORKING_AT.search(text, max(low, claimant[0] - 40), claimant[0])
    at_work = mentions.ending_in(working.start(), working.start()) if working is not None else []
    return at_work[-1] if at_work else claimant


def _reached_through(text: str, mentions: Spans, low: int, claimant: tuple[int, int]) -> tuple[int, int]:
    """The people an outlet reached speak, not the outlet ("Residents of Kobo reached by Reuters
    said": a newcomer's claimant was Reuters); else the claimant."""
    reaching = _REACHED_BY.search(text, max(low, claimant[0] - 40), claimant[0])
    reached = mentions.ending_in(reaching.start(), reaching.start()) if reaching is not None else []
    return reached[-1] if reached else claimant


_REACHED_BY = compiled(
    r"\s+(?:(?:who\s+(?:were|was)\s+)?(?:reached|contacted|interviewed|quoted)\s+by|speaking\s+to|talking\s+to)"
    r"\s+(?:the\s+)?$"
)
_PLACE_OF_WORK = compiled(
    r"\b(?:[Hh]ospitals?|[Cc]linics?|[Mm]edical\s+[Cc]ent(?:re|er)|[Mm]orgues?|[Mm]ortuary|[Cc]amps?|[Ss]chools?|"
    r"[Mm]arkets?)$"
)
_WORKING_AT = compiled(r"\s+(?:at|from)\s+(?:the\s+)?(?:[\w’'\-]+['’]s\s+)?$")
"""Between people and the place or body they work at: "doctors at the city's hospital"."""


def described_speaker(text: str, mentions: Spans, low: int, cue_start: int) -> tuple[tuple[int, int], int] | None:
    """ "The post was overrun, Zabihullah Mujahid, a Taliban spokesman, said": the one described
    before the cue, set off by a comma from what he said, and where that comma stands."""
    description = _DESCRIPTION.search(text, low, cue_start)
    if description is None:
        return None
    described = mentions.ending_in(description.start(), description.start())
    if not described:
        return None
    name = described[-1]
    comma = text.rfind(",", low, name[0])
    if comma < 0:
        return None
    after = comma + 1 + len(text[comma + 1 : name[0]]) - len(text[comma + 1 : name[0]].lstrip())
    if _TITLES_ONLY.fullmatch(text, after, name[0]) is None:  # ", Colonel Ahmed Robleh, a spokesman …"
        return None
    return name, comma


def nearest_mention(
    mentions: Spans,
    low: int,
    high: int,
    *,
    prefer: str,
    cue: tuple[int, int] | None = None,
    touching: bool = False,
    audience: int | None = None,
) -> tuple[int, int] | None:
    """The mention within [low, high] (or, `touching`, ending there) that `prefer` picks; never
    the `audience` ("told Reuters": Reuters listened)."""
    inside = mentions.ending_in(low, high) if touching else mentions.within(low, high)
    inside = [span for span in inside if span[0] != audience]
    if not inside:
        return None
    if prefer == "first":
        return inside[0]
    if prefer == "last":
        return inside[-1]
    # after a quotation: the mention closest to the cue
    assert cue is not None
    return min(inside, key=lambda span: min(abs(span[0] - cue[1]), abs(cue[0] - span[1])))


def first_of_two(text: str, mentions: Spans, low: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """Of two sources joined by "and" ("…, officials and residents said"), the first, as analysts
    give the claim to (the golds: "officials", "witnesses", "medical sources"); else the speaker."""
    before = mentions.within(low, speaker[0])
    if before and _AND_ONLY.fullmatch(text, before[-1][1], speaker[0]):
        return before[-1]
    return speaker


def a_participle(cue_word: str) -> bool:
    """A cue that is a participle alone ("saying", "adding"; not "stating that", whose subject is
    read as a verb's)."""
    return cue_word.lower().endswith("ing")


_AND_ONLY = compiled(r"\s+and\s+")
_JOINED = compiled(r"\b(?:and|but)\s+$")
_AFTER_A_COMMA = compiled(r",\s+$")


def earlier_speaker(
    text: str, mentions: Spans, sentence_start: int, cue_start: int, cue_word: str
) -> tuple[int, int] | None:
    """ "Hemedti denied that …, and accused the army of …", "X said…, adding that…": a cue with no
    subject of its own, joined by "and" or "but" (or a participle after a comma) to an earlier cue
    of the sentence, has that cue's speaker."""
    before = text[max(sentence_start, cue_start - 8) : cue_start]
    if not (_JOINED.search(before) or (a_participle(cue_word) and _AFTER_A_COMMA.search(before))):
        return None
    for earlier in reversed(list(ASSERTION_PATTERN.finditer(text, sentence_start, cue_start))):
        touching = nearest_mention(
            mentions, max(sentence_start, earlier.start() - 3), earlier.start(), prefer="last", touching=True
        )
        speaker = described_subject(text, mentions, sentence_start, earlier.start(), touching)
        if speaker is None and text[max(0, earlier.start() - 3) : earlier.start()].rstrip().endswith(","):
            speaker = speaker_after(text, mentions, earlier)  # "…, said Major X, a police officer, adding that"
        if speaker is not None:
            return speaker
    return None


_CLAUSE_OPENS = compiled(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but|while|as)\s+|\n|\)\s+[-–—]\s+|\b(?:said|says|told|added|according\s+to))\s*"
    r"(?:(?:On|In|After|During|Late|Early|Earlier|Later|Last|This|Overnight|Meanwhile|Since|By)\b[^,.;]{0,40},\s+)?"
    r"(?:(?:the|a|an|The|A|An)\s+)?"
    r"(?:(?:President|Prime\s+Minister|(?:[A-Z][a-z]+\s+)?Minister|Governor|General|Gen\.|Colonel|Col\.|Commander|"
    r"Mayor|Senator)\s+)?$"
)
"""Where a clause's subject stands: at its opening, after an opening phrase ("On Tuesday, the RSF
shelled …, saying"), or named after its cue ("“…,” said X, adding …"), after a title of the
person ("President Gustavo Petro suspended talks …, saying": a helper's claim had no claimant)."""


def subject_of_participle(
    text: str, sentence_start: int, cue_start: int, cue_word: str, first: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The first mention of the sentence as the speaker, unless it is whom someone told ("Two
    people in Koundjoare told Reuters …, and said three civilians were killed" is not Reuters'),
    or, for ", saying …", not the subject of the clause the participle closes ("the government sent
    troops …, saying it wanted to restore order" is not the troops'): then None."""
    if first is None or _TOLD.search(text, max(0, first[0] - 12), first[0]):
        return None
    if _INSIDE_A_RELATIVE.search(text, sentence_start, first[0]):
        return None  # "A faction of the Hafiz Gul Bahadur group, which is linked to the TTP, claimed": not the TTP
    if not a_participle(cue_word) or not _AFTER_A_COMMA.search(text, max(0, cue_start - 3), cue_start):
        return first
    return first if _CLAUSE_OPENS.search(text, max(sentence_start - 2, 0), first[0]) else None


_TOLD = compiled(r"\btold\s+(?:the\s+)?$")
_INSIDE_A_RELATIVE = compiled(r",\s+which\b[^,;]*$")


_WHO = compiled(r",?\s+(?:who|which)\s+$")
_WHO_NEXT = compiled(r"\s*(?:who|which)\b")
_ADVERB = compiled(
    r"\s+(?:(?:has|have|had)(?:\s+(?:also|since|now|repeatedly|previously))?|also|later|then|again|further|"
    r"separately|meanwhile|repeatedly|earlier|previously)\s+$"
)
"""A word between a cue and its subject ("Ti Mapou also accused", "the ministry later said", "…, and
the SAF has claimed": not the RSF the sentence opened with)."""


def before_adverb(text: str, cue_start: int) -> int:
    """Where the subject of a cue ends: before "also", "later"… ("Ti Mapou also accused"), and
    before "who" ("rebels who said", "X, a spokesman, who added that": the one "who" is)."""
    adverb = _ADVERB.search(text, max(0, cue_start - 24), cue_start)
    end = adverb.start() + 1 if adverb else cue_start
    kind = _ITS_KIND.search(text, max(0, end - 14), end)
    end = kind.start() + 1 if kind else end  # "the ruling Georgian Dream party said": the party's name
    who = _WHO.search(text, max(0, end - 12), end)
    return who.start() + 1 if who else end


_ITS_KIND = compiled(r"(?<=[a-z]) party $")
"""The kind word after a body's name before a cue ("the ruling Georgian Dream party said"): the
name, found without it, is the subject."""
_SPEAKER_AFTER = compiled(
    rf"\s+(?:on\s+(?:{DAY_NAMES})\s+|(?:today|yesterday)\s+)?"
    r"(?:the\s+|an?\s+|le\s+|la\s+|el\s+)?(?:(?:two|three|four|several|some)\s+)?"
)
"""Between "said" and the speaker it introduces ("…, said Zabihullah Mujahid, a Taliban spokesman",
"…, said on Monday Jean-Pierre Lokonga")."""
_ROLE_BEFORE_NAME = compiled(
    r"(?:(?:[A-Z][\w.’'\-]*|police|army|military|security|district|province|provincial|regional|state|county|local|"
    r"senior|deputy|"
    r"chief|defen[cs]e|interior|foreign|spokes(?:man|woman|person)|commander|officer|official|governor|minister|"
    r"administrator|commissioner|head|director|general|colonel|major|captain|gouverneur|ministre|porte-parole|"
    r"project|programme|program|coordinator|manager|country|mission|researcher|analyst|adviser|advisor|secretary|"
    r"préfet|gobernador|alcalde|of|\([^()]{1,30}\))(?:,)?\s+){1,7}"
)
"""Titles and role words before the name of a speaker after "said" ("…, said Lieutenant Colonel
Ahmed Musa", "…, said police spokesman Mohammed Jalige", "said Colombia's defence minister, Ivan …",
"said Inspector General of Police (Bastar range) Ravindra Kumar Meena", helper-309's "said MSF project coordinator
Pilar Marrero")."""
_SPEAKER_ENDS = compiled(
    r"(?P<role>\s+(?:researcher|official|spokes(?:man|woman|person)|commander|officer|representative|member)s?)?"
    r"(?:\s+(?:in|of|for|from|at|with|near)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+(?:in|of|near|outside)\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"  # "said residents in a village near Kidal"
    r"|\s+(?:in|of|for|from)\s+the\s+(?:[a-z\-]+\s+)?[a-z\-]+(?:\s+on\s+[A-Z][a-z]+)?(?=\s*[,.;!?]|$))?"
    # "said a spokesman for the army (on Monday)."
    r"(?:\s+(?:in|on|during|at)\s+(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:statement|interview|post|video|"
    r"message|briefing|address|speech|broadcast)(?:\s+(?:posted|published|released|aired|carried)\s+(?:on|by)\s+"
    r"[A-Z]\w+)?(?:\s+in\s+[A-Z][\w’'\-]+)?(?:\s+on\s+(?:[A-Z]\w+|[a-z]+\s+[a-z]+))?)?"
    r"(?:\s*(?:[,.;!?]|$)|\s+who\s+\w+(?:(?!\s(?:had|has|have|was|were|is|are|would|will|could|did)\b)[^.,;!?])*[.,;!?])"
)
"""After the speaker "said" introduces: the sentence ends or a description follows ("…, said a
police spokesman in Maiduguri.", "said a Human Rights Watch researcher", "said a relative who asked
not to be named", "said X in a statement on Tuesday"; not "said local officials who fled had
returned", what was said)."""


_CLAUSE_GOES_ON = compiled(
    r"[^.!?]*?,\s+(?!(?:a|an|the|who|whose|which|and|or|adding|saying|according|in|of|for|at|on|told|speaking|"
    r"citing|as|but|while|although|its|his|her|their|one|all|both|also|now|then|now|himself|herself)\b)[a-z]"
)
"""After a comma, the clause goes on to its verb ("said Colonel Ahmed Musa, the garrison
commander, fled with his men"): the words after "said" were its subject, not its speaker."""


def speaker_after(text: str, mentions: Spans, cue: re.Match[str]) -> tuple[int, int] | None:
    """The speaker a cue ending the content names right after it: "…, said X" (a told audience
    is no speaker: "…, a commander told Reuters")."""
    if not cue.group().lower().startswith(("said", "says", "added", "wrote", "stated", "explained", "noted")):
        return None
    gap = _SPEAKER_AFTER.match(text, cue.end())
    at = gap.end() if gap else cue.end()
    named = _named_from(text, mentions, at) or _name_shaped(text, at)
    if named is None:
        return None
    span, ends = named
    if _CLAUSE_GOES_ON.match(text, ends.end()):
        return None  # "…, said soldiers had killed 11", "said al-Shabaab, which…, had shelled": what was said
    if ends.group("role") and text[ends.end() - 1 : ends.end()] == ",":  # "said the army spokesman, General X": him
        person = _named_from(text, mentions, len(text) - len(text[ends.end() :].lstrip()))
        return person[0] if person is not None else span
    return span


def _named_from(text: str, mentions: Spans, at: int) -> tuple[tuple[int, int], re.Match[str]] | None:
    """The mention naming a speaker at `at` (the longest there, else the first after titles or
    role words) and what ends it, or None."""
    for span in sorted(mentions.starting_in(at, at + 80), key=lambda span: (span[0], -span[1])):
        if span[0] > at and not _ROLE_BEFORE_NAME.fullmatch(text, at, span[0]):
            continue
        ends = _SPEAKER_ENDS.match(text, span[1])
        if ends is not None:
            return span, ends
    return None


_PERSON_NAME = compiled(r"[A-Z][a-z’'\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w’'\-]+){1,3}")
"""A person's name by its shape: two to four capitalised words ("Basem Naim", "Ahmed Saleh al-Qubati")."""


_TITLES_ONLY = compiled(r"(?:[A-Z][\w.]*\s+){0,3}")


def person_named_at(text: str, mentions: Spans, at: int) -> tuple[int, int] | None:
    """A person named by the shape of the name right at `at` that no mention covers ("according to
    Daw Khin Mya Thein, a local aid worker who … for displaced families": her, not the families)."""
    start = len(text) - len(text[at:].lstrip())
    named = _name_shaped(text, start)
    if named is None or not _TITLES_ONLY.fullmatch(text, start, named[0][0]) or mentions.overlapping(*named[0]):
        return None  # the name right there, after its titles only ("Daw", "Dr.")
    return named[0]


def _name_shaped(text: str, at: int) -> tuple[tuple[int, int], re.Match[str]] | None:
    """A speaker no suggestion names, by the shape of a person's name after titles and role words
    ("…, said Hamas official Basem Naim in a statement"), ending as a speaker does."""
    for name in _PERSON_NAME.finditer(text, at, min(len(text), at + 80)):
        if name.start() > at and not _ROLE_BEFORE_NAME.fullmatch(text, at, name.start()):
            return None
        span = without_titles(text, *name.span())
        ends = _SPEAKER_ENDS.match(text, name.end())
        if span is not None and ends is not None and not ends.group("role") and looks_like_a_person(text[slice(*span)]):
            return span, ends
    return None


_ROLE_BETWEEN = compiled(
    r"\s+(?:(?:chief|spokes(?:man|woman|person)|commander|governor|minister|official|officer|head|director|leader|"
    r"general|colonel|captain|major|lieutenant|sergeant|inspector|superintendent|commissioner|mayor|deputy|secretary|"
    r"president|analyst|researcher|representative|coordinator|chairman|chairwoman|chairperson|administrator),?\s+){1,3}"
)
"""Role words between a body and a person's name: "district police chief Nazeer Khan", "the local
government chairman, Musa Bello"."""
_BACK_REFERENCE = compiled(
    r"(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:spokes(?:man|woman|person)|spokesmen|statement|media\s+wing)"
    r"|the\s+(?:[\w\-]+\s+){0,2}?(?:group|organi[sz]ation|movement|militia|outfit)(?:['’]s\s+(?:[\w\-]+\s+){0,2}?\w+)?",
    re.I,
)
"""Who said it, named as the subject itself ("the group said", "its spokesman said"); "the army's
spokesman", "the government", "it" may be another body, and say nothing of who."""


_ASIDE_BEFORE_CUE = compiled(
    r",\s+(?:speaking|reached|contacted|briefing|writing|interviewed|quoted|citing|addressing|"
    rf"{OTHER_NAME}\s|"  # "Jimmy Cherizier, known as Barbecue, said"
    r"in\s+(?:a|an|its|his|her|their)\s|on\s|after\s|during\s)[^,]*,\s*$",
    re.IGNORECASE,
)
"""An aside before the cue ("The governor, speaking on state television, said …"): the subject
stands before it, and what follows the cue is what was said, not who said it."""
_SET_OFF = compiled(rf",\s+(?:{KIN}\s+)?(?:[A-Z][\w.’'\-]*\s+){{0,3}}$")
"""Before a name set off by commas ("A spokesman for the junta, Major General Kyaw Soe Lin, told";
"a spokesman for the family, his uncle Óscar Rojas, said"): the name is the speaker's, though a
comma stands before the cue."""
_FORCES_WORDS = frozenset("soldiers troops forces police army military policemen officers".split())
_STATE_WORDS = frozenset("the government security state national armed federal regular".split())
"""Words that make forces a state's ("Government forces", "Colombian troops"), not a group's name."""


def named_back(speaker: str, subject: str) -> bool:
    """Whether the words before the cue ("its spokesman", "the group") name the subject back: a name
    ("Al-Shabaab fighters", "al-Shabaab", "The Nigerian Army … , its spokesman said"), and for
    "the group" no state's forces ("Government forces shelled the camp, the group said", but "the
    Arakan Army", "Rapid Support Forces" are groups); never soldiers killed ("Twelve soldiers were
    killed…, the group said")."""
    if not _BACK_REFERENCE.fullmatch(speaker) or not any(letter.isupper() for letter in subject):
        return False
    words = subject.split()
    generic = words[-1].lower() in _FORCES_WORDS and all(
        word.lower() in _STATE_WORDS or word in DEMONYMS for word in words[:-1]
    )
    return speaker.lower().startswith(("its ", "their ")) or not generic


def named_last(text: str, mentions: Spans, low: int, high: int) -> tuple[int, int] | None:
    """The source a phrase names: its first mention, or the person a description of it runs on
    to ("district police chief Nazeer Khan": Nazeer Khan, not the district police)."""
    inside = mentions.within(low, high)
    if not inside:
        return None
    named = inside[0]
    for following in inside[1:]:
        if not _ROLE_BETWEEN.fullmatch(text, named[1], following[0]):
            break
        named = following
    return named


def set_off_before(text: str, start: int) -> bool:
    """Whether the name at `start` is set off by a comma before it (see `_SET_OFF`)."""
    return _SET_OFF.search(text, max(0, start - 80), start) is not None


def aside_before(text: str, low: int, cue_start: int) -> bool:
    """Whether an aside stands right before the cue (see `_ASIDE_BEFORE_CUE`)."""
    return _ASIDE_BEFORE_CUE.search(text, low, cue_start) is not None

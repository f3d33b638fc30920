"""An event told by how far it was from the one told before it: "On the same day, three gendarmes were killed",
"A day earlier, gunmen had attacked …", "Two days later, …", "The next morning, …", "A week earlier, …".

Such a sentence says no day of its own; it takes the day last told before it, moved by the days its words say
(`when.event_date`). Before this, helper-343's and helper-347's rows of "A day earlier" took the article's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from annotations.claims.number_words import value as number_value
from annotations.model import Annotation
from annotations.text.dates import DateRange
from annotations.text.navigation import sentences_of
from annotations.text.pattern_cache import compiled


@dataclass(frozen=True, slots=True)
class DaysApart:
    """How many days after the day told before (negative: before it), in the text's words."""

    days: int
    words: str
    loose: bool = False
    """Told by weeks ("a week earlier"): about then, a week's precision, not a day's."""
    spread: int = 0
    """Days the words leave open after `days` ("several days later": two to six days later)."""
    named: str = ""
    """The place of the event it counts from, when the words name it ("Two days after the attack on Malam Fatori")."""
    weekday: str = ""
    """The day of the event it counts from, when the words name it ("Two days after Sunday's attack")."""
    before: bool = False
    """Told before the claim's words ("A day earlier, gunmen killed …"), not after them ("… the previous day")."""

    def moved(self, told: DateRange) -> DateRange:
        """The day told before, moved: as precise as it was, or a week's if these words are loose, a
        month's if they leave weeks open ("several weeks later")."""
        shift = timedelta(days=self.days)
        precision = 3 if self.spread > 7 else 2 if self.loose or self.spread else 1
        return DateRange(
            told.start + shift, told.end + shift + timedelta(days=self.spread), max(told.precision, precision)
        )


_SAME_DAY = (
    r"(?:on\s+|later\s+)?(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening)"
    r"|(?:(?:a\s+few|several|two|three|four|five|six|\d{1,2})\s+)?hours\s+(?:later|earlier|before|after)"
)  # "Hours later, U.S. Africa Command said it had conducted an airstrike" (helper-362: dated the article's day)
_COUNTED = (
    r"(?P<count>(?P<vague>several|a\s+few)|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})"
    r"\s+(?P<unit>days?|nights?|weeks?|fortnight)\s+"
    r"(?:(?P<earlier>earlier|before)|later|after)"
)
_NAMED = (
    r"the\s+(?:(?P<previous>previous|preceding)\s+(?P<unit_before>day|night|evening|week)|"
    r"(?:next|following)\s+(?P<unit_after>day|morning|night|evening|week)|"
    r"(?:day|night)\s+(?P<named_before>before)|day\s+after)"
)
_APART = compiled(rf"\b(?:(?P<same>{_SAME_DAY})|{_COUNTED}|{_NAMED})\b(?P<closed>\s*(?:[,.;:]|$))?", re.I)
_THE_EVENT_AT = compiled(
    r"\s+(?:the|(?P<weekday>(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+(?:[\w\-]+\s+)?"
    r"(?:attacks?|raids?|ambush|assault|bombing|clash(?:es)?|fighting|massacre|killings?)"
    r"(?:\s+(?:on|in|at|near)\s+(?:the\s+)?(?P<named>(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+)?)|\s*,)",
    re.I,
)
"""After "two days after", the event counted from, by its place ("the attack on Malam Fatori") or its day ("Sunday's
attack"), or the one told last ("A day after the attack, gunmen killed …": helper-352's took the article's day)."""
_COMPARED = compiled(r"\b(?:from|than|since|until|with)\s+(?:[\d,]+\s+(?:[a-z]+\s+)?)?$", re.I)
"""Before the words, a figure compared with another day's ("up from 12 the previous day"): not when it happened."""
_SPOKEN = compiled(
    r"\b(?:said|says|told|announced|stated|added|claimed|reported|confirmed|denied|statement|wrote)\b", re.I
)


def days_apart(text: str, claim: Annotation, *, inside: bool = False) -> DaysApart | None:
    """How far the claim's event was from the one told before it, as its sentence says; None if it says not.
    The words are of its event, not of a figure compared ("up from 12 the previous day") nor of when it was
    told ("…, he said the next day", "Police said two days later that …"); "the day before" / "two days after"
    only closing a clause, or before the event they count from by its place ("two days after the attack on X":
    from the event told at X, `DaysApart.named`). `inside`: only words in the claim's own span, from a day its
    sentence told before it ("… killed four gendarmes on Sunday, and residents accused soldiers of killing three
    civilians in a reprisal raid the next day": helper-342's Bawock row)."""
    start, end = (claim.start, claim.end) if inside else sentences_of(text, claim.start, claim.end)
    for found in _APART.finditer(text, start, end):
        if _COMPARED.search(text, max(start, found.start() - 30), found.start()):
            continue
        if found.start() >= claim.end and _SPOKEN.search(text, claim.end, found.start()):
            continue
        if found.end() <= claim.start and _SPOKEN.search(text, max(start, found.start() - 40), found.start()):
            continue  # "The army said the following day that its troops had repelled the attack" (helper-348)
        if _of_another_clause(text, claim, found):
            continue
        apart = _read(found) or _after_the_event_at(text, found)
        if apart is not None:
            return replace(apart, before=not text[claim.start : found.start()].strip(" \"“'‘"))
    return None


def _of_another_clause(text: str, claim: Annotation, found: re.Match[str]) -> bool:
    """Whether the words are of a clause other than the claim's event (helper-352, helper-353). After the claim's
    words, one joined on or of a thing named, not yet closed ("…near Bama, and a day later soldiers killed …", "Bama,
    a town the army had retaken the day before"); inside them, only a clause of a thing named ("farmers whose bodies
    were found the next day", ", which …") or one after a semicolon: lists, "who"/"where" clauses and verbs joined
    with ", and" are the event's ("killed a chief, his wife and their children … the next day", "killed 15 of them
    where …", "killed 20 civilians, wounded others, and burned homes … the next day"); before them, inside a clause
    the claim's is joined to ("Troops struck Monguno a day later, and gunmen killed …"), not words opening the
    sentence ("Early the next morning, the attackers stormed Mushere, and police said eight were killed")."""
    if found.start() >= claim.end:
        return bool(
            _JOINED.search(text, claim.end, found.start()) or _opened(text, _A_THING_DESCRIBED, claim.end, found)
        )
    if found.start() > claim.start:
        semicolon = ";" in text[claim.start : found.start()]
        return semicolon or _opened(text, _OF_A_THING, claim.start, found)
    words_end = found.start("closed") if found["closed"] is not None else found.end()  # the comma read with them
    fronted = _FRONTED.match(text, words_end) is not None  # "On the same day, …": over the whole sentence
    return not fronted and _JOINED.search(text, found.end(), claim.start) is not None


def _opened(text: str, opener: re.Pattern[str], start: int, found: re.Match[str]) -> bool:
    """Whether a clause `opener` begins between `start` and the words, and no comma closes it before them."""
    opened = [m.end() for m in opener.finditer(text, start, found.start())]
    return bool(opened) and "," not in text[opened[-1] : found.start()]


_JOINED = compiled(r"[;:]|,\s+(?:and|but|while|whereas)\s", re.I)
_A_THING_DESCRIBED = compiled(
    r",\s+(?:as|whose|which|who|whom|where|when|a|an|the|its|their|his|her)\s|\s(?:whose|which|who|whom|where)\s", re.I
)
_OF_A_THING = compiled(r",?\s+(?:whose|which)\s", re.I)
_FRONTED = compiled(r"\s*,(?!\s+(?:and|but)\b)", re.I)


def _after_the_event_at(text: str, found: re.Match[str]) -> DaysApart | None:
    """ "Two days after the attack on Malam Fatori", "The day after the attack, …": counted from the event told at that
    place (`DaysApart.named`), or without one from the event told last."""
    words = found.group(0).casefold()
    counted = found["count"] or words.endswith(("day after", "day before"))
    if found["closed"] or not counted or not words.endswith(("after", "before")):
        return None
    event = _THE_EVENT_AT.match(text, found.end())
    apart = _read(found, closing=True) if event is not None else None
    if apart is None or event is None:
        return None
    return replace(apart, named=event["named"] or "", weekday=event["weekday"] or "")


_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14}


def _counted(found: re.Match[str], words: str) -> DaysApart | None:
    """ "Two days later", "A week earlier", "a fortnight later"; "several days later", "a few weeks
    earlier": two to six of them (helper-352's "several days later" took the day told before)."""
    unit = _UNIT_DAYS[found["unit"].casefold().rstrip("s")]
    earlier = found["earlier"] is not None
    if found["vague"]:
        least, most = 2 * unit, 6 * unit
        days = -most if earlier else least
        return DaysApart(days, words, loose=unit >= 7, spread=most - least)
    count = 1 if found["count"].casefold() in ("a", "an") else number_value(found["count"])
    days = (count or 0) * unit
    return DaysApart(-days if earlier else days, words, loose=unit >= 7) if days else None


def _read(found: re.Match[str], *, closing: bool = False) -> DaysApart | None:
    """What the words say; "before"/"after" only closing a clause, or (`closing`) before the event they count from."""
    words = found.group(0).rstrip(" ,.;:")
    closed = bool(found["closed"]) or closing
    if found["same"]:
        return DaysApart(0, words)
    if found["count"]:
        if not found["earlier"] and found.group(0).split()[-1].casefold().startswith("after") and not closed:
            return None
        if found["earlier"] and found["earlier"].casefold() == "before" and not closed:
            return None
        return _counted(found, words)
    unit = found["unit_before"] or found["unit_after"] or "day"
    weeks = unit.casefold() == "week"
    before = bool(found["previous"] or found["named_before"])
    if words.casefold().endswith(("before", "after")) and not closed:
        return None
    return DaysApart((-1 if before else 1) * (7 if weeks else 1), words, loose=weeks)

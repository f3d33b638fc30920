"""When a claimed event happened: as the analyst set it, else as the text says around the claim,
else the article's own date with a lower precision.

The text is read in the claim's span first ("the Taliban captured Imam Sahib on Monday"), then in
the rest of the sentences it lies in ("On Monday, officials said the Taliban captured..."); the
expression nearest the claim's start wins. Without any, the event is dated by the article's
publication date with time precision 2 (ACLED's rule for a report that does not say when). An
article without a date dates only the claims near a date that says its year ("on 15 May 2024").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from annotations.claims.claim_places import ClaimPlaces
from annotations.claims.days_apart import days_apart
from annotations.claims.event_tolls import a_revised_toll
from annotations.claims.toll_words import RAISED_TO
from annotations.model import Annotation, ClaimAttributes
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.dates import DateRange, FoundDate, dates_in, resolve
from annotations.text.navigation import sentence_at, sentences_of
from annotations.text.pattern_cache import compiled

DateSource = Literal["analyst", "text", "article"]

ARTICLE_PRECISION = 2
"""The time precision of an event dated only by its article's publication."""


@dataclass(frozen=True, slots=True)
class ClaimDate:
    """The event date of a claim, how precise it is, and where it was read."""

    when: DateRange
    source: DateSource
    expression: str = ""
    spoken: bool = False
    """Dated only by when it was told ("…, police said on Monday"): words that count days from the event told
    before ("A day earlier, …") say more."""

    @property
    def day(self) -> date:
        return self.when.day

    @property
    def precision(self) -> int:
        return self.when.precision

    @property
    def told_to_the_day(self) -> bool:
        """Whether the text's own words date it to one day ("on Sunday"), not its article's date."""
        return self.source == "text" and self.precision == 1

    @property
    def level(self) -> str:
        """How precise the date is, in a word: day, week, month, months or year ("in 2024" is no month)."""
        if self.precision == 3 and (self.when.end - self.when.start).days > 31:
            return "year" if (self.when.end - self.when.start).days > 300 else "months"
        return {1: "day", 2: "week", 3: "month"}[self.precision]

    def describe(self) -> str:
        """ "2021-06-21 (from “on Monday”; to the day)" for the detail and the board: where it came from, and how
        precise it is ("(week, article's date)" read as "within a week" to helper-363)."""
        origin = {"analyst": "set by you", "text": f"from “{self.expression}”", "article": "article's date"}
        return f"{self.day.isoformat()} ({origin[self.source]}; to the {self.level})"


def event_date(
    text: str, published: str | None, claim: Annotation, places: ClaimPlaces, _seen: frozenset[str] = frozenset()
) -> ClaimDate | None:
    """`claim_date`, but a toll that took its places from the event told before it
    (`ClaimPlaces.lent_by`) and says no day of its own takes that event's day too, the day that
    event took from the one before it if it says none ("the assault on Mirebalais had killed four",
    then "A hospital official put the number of dead at six": Saturday's, as the assault). `places.of`
    must have read the claim first."""
    when = claim_date(text, published, claim)
    apart = days_apart(text, claim) if when is None or when.source in ("article", "text") else None
    if apart is not None and when is not None and when.source == "text" and not when.spoken:
        apart = apart if apart.weekday and apart.weekday in when.expression else None  # "Two days after Sunday's
        # attack": the day the text tells is the one counted from, not the event's (helper-352)
    if apart is not None and when is not None and when.spoken and apart.days and not apart.before:
        apart = None  # "… the previous day, police said on Monday": maybe the day before they said it (helper-353)
    told = _the_day_told_before(text, published, claim, places, _seen, apart.named) if apart is not None else None
    if apart is not None and apart.weekday:  # "Two days after Sunday's attack": from that Sunday (helper-352)
        told = _the_weekday(apart.weekday, published) or told
    if apart is not None and told is not None:
        moved = _until_the_article(apart.moved(told.when), published)
        if not _after_the_article(moved, published):  # "On the same day, three gendarmes were killed …" (helper-347)
            when = replace(told, when=moved, expression=apart.words) if apart.days else told
    if (when is None or when.source == "article") and _ITS_DOERS_NAMED_BACK.match(claim.quote):
        when = _the_day_of_the_claim_before(text, published, claim, places, _seen) or when  # "The attackers stormed"
    lender = places.lent_by.get(claim.id)
    revised = a_revised_toll(claim.quote)  # "The death toll rose to 14 on Tuesday": the day it rose, not the event's
    if lender is not None and lender.id not in _seen and (when is None or when.source == "article" or revised):
        theirs = event_date(text, published, lender, places, _seen | {claim.id})
        when = theirs if theirs is not None and (theirs.source != "article" or revised) else when
    return when


_ITS_DOERS_NAMED_BACK = compiled(
    r"(?:The|Those)\s+(?:same\s+)?(?:attackers|assailants|gunmen|raiders|militants|insurgents|jihadists)\b"
)
"""A claim opening with the doers of the event told before, named back ("The attackers stormed the post in Daraban,
a police officer said"): of that event's day, where it says none (helper-366's row of it had the article's)."""


def _the_day_of_the_claim_before(
    text: str, published: str | None, claim: Annotation, places: ClaimPlaces, seen: frozenset[str]
) -> ClaimDate | None:
    """The day the claim told right before this one's sentence gives its event, if the text says one (not a claim
    further back: "The gunmen also burned the market in Kelbo" took the day of another attack told before the
    Kelbo one: helper-369)."""
    before = _told_before(places, sentences_of(text, claim.start, claim.end)[0])[:1]
    if not before or before[0].id in seen:
        return None
    theirs = event_date(text, published, before[0], places, seen | {claim.id})
    return theirs if theirs is not None and theirs.source == "text" and theirs.precision == 1 else None


def _the_day_told_before(
    text: str, published: str | None, claim: Annotation, places: ClaimPlaces, seen: frozenset[str], named: str = ""
) -> ClaimDate | None:
    """The day last told before the claim's sentence: the nearest claim's the text dates to a day, or a day said after
    that claim began ("On Wednesday, the governor imposed a curfew …", no claim, then "A day earlier, bandits
    had abducted 20 women": helper-348's row counted from Saturday's attack told before the curfew); with `named`,
    the nearest claim naming that place ("Two days after the attack on Malam Fatori")."""
    start = sentences_of(text, claim.start, claim.end)[0]
    claimed = [(c.start, c.end) for c in places.claims.values()]
    just_before = sentence_at(text, max(0, start - 2))[0] if start > 1 else start  # the sentence before only:
    # "…, which were held on Wednesday. “…,” he said. A suicide bomber had struck … the day before": the attack's day
    for before in _told_before(places, start):
        if named and named not in before.quote:
            continue  # "Two days after the attack on Malam Fatori": that attack's day (helper-348)
        theirs = event_date(text, published, before, places, seen | {claim.id}) if before.id not in seen else None
        if theirs is not None and theirs.source != "article" and theirs.precision == 1:
            return (
                theirs
                if named
                else _a_day_said(text, published, max(before.start, just_before), start, claimed) or theirs
            )
        if _a_month_before(text, theirs, before, start):  # "In June 2023, the group killed 30. Two days later, …": no
            break  # day to count from, not an older one's (helper-352's was after the article); one a paragraph
            # before is background ("… in January 2023.\n\nA day later, soldiers killed 12": the lede's, helper-353)
    return None if named else _a_day_said(text, published, just_before, start, claimed)


def _the_weekday(weekday: str, published: str | None) -> ClaimDate | None:
    """The day a weekday names, as said before the article's day."""
    dateline = _dateline(published)
    resolved = resolve(weekday, dateline) if dateline is not None else None
    return ClaimDate(resolved, "text", weekday) if resolved is not None else None


def _a_month_before(text: str, theirs: ClaimDate | None, before: Annotation, start: int) -> bool:
    """Whether the claim told just before, in the same paragraph, is dated by the text to a month or a year."""
    return (
        theirs is not None
        and theirs.source != "article"
        and not theirs.spoken
        and theirs.precision >= 3
        and "\n" not in text[before.end : start]
    )


def _until_the_article(moved: DateRange, published: str | None) -> DateRange:
    """A range of days counted from another ("several days later": two to six) ends by the article's day."""
    dateline = _dateline(published)
    if dateline is None or not moved.start <= dateline < moved.end:
        return moved
    return DateRange(moved.start, dateline, moved.precision)


def _after_the_article(moved: DateRange, published: str | None) -> bool:
    """Whether a day counted from another falls after the article's own: not an event it reports."""
    dateline = _dateline(published)
    return dateline is not None and moved.start > dateline


def _a_day_said(
    text: str, published: str | None, start: int, end: int, claimed: list[tuple[int, int]]
) -> ClaimDate | None:
    """The last day the text names from `start` to `end` outside the claims (`claimed`: their days are theirs, "The
    death toll rose to 15 on Wednesday" no event's: helper-348), not when something was told ("…, the army said on
    Monday") nor in an aside."""
    dateline = _dateline(published)
    if dateline is None or end <= start:
        return None
    days = [
        f
        for f in dates_in(text[start:end], dateline)
        if f.resolved.precision == 1
        and f.resolved.start == f.resolved.end
        and not _SPOKEN_ON.search(text, max(start, start + f.start - 70), start + f.start)
        and not _SINCE.search(text, max(start, start + f.start - 70), start + f.start)
        and not _in_an_aside(text, start + f.start, start + f.end)
        and not any(a <= start + f.start < b for a, b in claimed)
    ]
    return ClaimDate(days[-1].resolved, "text", days[-1].text) if days else None


def _told_before(places: ClaimPlaces, start: int) -> list[Annotation]:
    """The claims told before `start` (a claim's sentence), the nearest first (six at most: the day last told is
    among them)."""
    before = sorted((c for c in places.claims.values() if c.end <= start), key=lambda c: (c.start, c.end))
    return before[::-1][:6]


def claim_date(text: str, published: str | None, claim: Annotation) -> ClaimDate | None:
    """The event date of `claim` in an article with this text and publication date; None when
    neither the analyst, the article nor a date with its year near the claim gives one."""
    attributes = claim.attributes
    if isinstance(attributes, ClaimAttributes) and attributes.event_date:
        day = date.fromisoformat(attributes.event_date)
        return ClaimDate(DateRange(day, day, attributes.time_precision or 1), "analyst")
    dateline = _dateline(published)
    if dateline is None:  # only a date that says its year ("on 15 May 2024") needs no dateline
        return _nearest(text, claim, date.today(), with_year=True)
    found = _nearest(text, claim, dateline) or _told_next(text, claim, dateline)
    if found is not None:
        return found
    return ClaimDate(DateRange(dateline, dateline, ARTICLE_PRECISION), "article")


_WHEN_IT_HAPPENED = compiled(
    r"\s*(?:(?:The|That|This)\s+(?P<qualifiers>(?:[\w\-]+\s+){0,2}?)(?:attacks?|raids?|ambush(?:es)?|assaults?|"
    r"killings?|massacres?|shooting|strikes?|shelling|bombings?|clash(?:es)?|fighting|incident)"
    r"(?:\s+(?:on|in|at)\s+(?:the\s+)?(?P<where>[\w\-]+)(?:\s+[a-z]+)?)?|It)\s+"
    r"(?:took\s+place|happened|occurred|began|started|was\s+carried\s+out|unfolded|broke\s+out|came)\s+"
    r"(?:(?:at\s+)?(?:around|about)\s+[\w:.]+\s+|at\s+dawn\s+)?(?:(?:early|late)\s+)?"
    rf"(?=on\b|in\s+the\b|overnight\b|last\s+(?:night|{DAY_NAMES})\b)",
    re.IGNORECASE,
)
"""The next sentence opening with when the event told happened ("The attack took place on Saturday night, a
resident said"): its day, where the claim's own sentence has none (helper-311's rows fell back to the article's
day). Only a sentence that says when it happened: "The attack was the deadliest since March 2023" dates nothing, nor
another event's ("The previous attack", "The retaliatory strikes", "The Kara attack": helper-316, helper-317); a
name in it is one of the claim's own sentence ("The JNIM attack", "The attack on Dapaong": helper-319)."""
_ANOTHER_EVENTS = frozenset(
    "previous last first earlier such other second another latest next similar deadliest worst retaliatory reprisal "
    "revenge separate subsequent later initial".split()
)


def _of_this_event(text: str, told: re.Match[str], claim: Annotation, sentence: tuple[int, int]) -> bool:
    """Whether the words before and after the event's noun are of the claim's event (`_WHEN_IT_HAPPENED`): no year
    ("The 2023 attack"), no name but the claim's own or its sentence's for it ("The Kara attack" after "…, days after
    an attack on Kara Region, police said": helper-321; "In Dapaong, JNIM fighters killed …" names Dapaong:
    helper-322)."""
    words = (told["qualifiers"] or "").split() + ([told["where"]] if told["where"] else [])
    return all(
        word.casefold() not in _ANOTHER_EVENTS
        and _YEAR.fullmatch(word) is None
        and (not word[:1].isupper() or word in claim.quote or _named_for_this(text, word, sentence))
        for word in words
    )


def _named_for_this(text: str, word: str, sentence: tuple[int, int]) -> bool:
    """Whether the claim's sentence names `word` for its own event ("In Dapaong, JNIM fighters killed …"), not for
    another ("…, days after an attack on Kara Region, police said")."""
    at = text.find(word, *sentence)
    return at >= 0 and _ANOTHER_BEFORE.search(text, max(sentence[0], at - 30), at) is None


_ANOTHER_BEFORE = compiled(r"\b(?:after|before|since|following|than)\b", re.IGNORECASE)


def _told_next(text: str, claim: Annotation, dateline: date) -> ClaimDate | None:
    """The day the sentence after the claim's gives its event (`_WHEN_IT_HAPPENED`), if any."""
    sentence = sentences_of(text, claim.start, claim.end)
    told = _WHEN_IT_HAPPENED.match(text, sentence[1])
    if told is None or not _of_this_event(text, told, claim, sentence):
        return None
    end = sentence_at(text, min(len(text) - 1, told.end()))[1]
    found = [f for f in dates_in(text[told.end() : end], dateline) if f.start < 30]
    named = [f for f in found if f.text.casefold() != "overnight"] or found  # "overnight on Friday": Friday
    if not named:
        return None
    return ClaimDate(named[0].resolved, "text", named[0].text)


def _dateline(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


_YEAR = compiled(r"\b(?:1[89]|20)\d\d\b")
_FOUND_ON = compiled(
    r"\b(?:found|discovered|recovered|retrieved|buried|identified|collected)\b"
    rf"(?:\s+(?!(?:after|before|following|since|{DAY_NAMES})\b)[\w’'\-]+)"
    r"{0,6}?\s+(?:early\s+|late\s+)?$"
)
"""Before a day in a claim, the finding of the dead: the day they were found, not the event's day,
when the claim tells that too ("five more bodies had been found on Monday … where gunmen opened fire
on residents early on Sunday": a newcomer's row said Monday)."""


_OF_AN_ASIDE = compiled(
    r",\s*(?:(?:first|originally|only|re-?)\s*)?(?:founded|formed|created|established|re-?established|rebuilt|"
    r"re-?formed|set\s+up|born|dissolved|disbanded|demobili[sz]ed|renamed)"
    r"(?:\s+by\s+[^,;.]{1,40}?)?(?:\s+(?:in|on|since|back\s+in|as\s+early\s+as))?\s+$"  # "formed by former rebels in"
)
_ASIDE_CLOSED = compiled(r"[^,;.:“”\"]{0,30}?,")


def _in_an_aside(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`–`end` is of an aside telling when a party came to be what it is
    (", rebuilt in 2017, have deployed soldiers": helper-262's deployment was a row of 2017),
    closed by a comma: no day of the claim's event ("…, which calls itself Ansar Allah, launched an
    offensive on Tuesday" is the offensive's)."""
    return bool(_OF_AN_ASIDE.search(text, max(0, start - 60), start) and _ASIDE_CLOSED.match(text, end))


_A_RELATIVE_OPENS = compiled(r",\s+(?:which|who|whose)\s+[^,;.“”\"]{0,100}$")
_A_RELATIVE_CLOSES = compiled(r"[^,;.“”\"]{0,80}?,")


def _long_before_in_a_relative(text: str, at: int, found: FoundDate, dateline: date) -> bool:
    """Whether a date outside the claim, a month or more before the article, is in a clause of who a party
    is ("The MILF, which signed a peace agreement with the government in 2014, said the fighting …": helper-294's
    row of 2014; "JNIM, which signed a local truce on 12 March 2019, said": helper-300); a recent day there may
    be the event's ("JNIM fighters, who stormed Dapaong on Saturday, killed 4": helper-297)."""
    start, end = at + found.start, at + found.end
    return bool(
        found.resolved.end < dateline - _A_MONTH
        and _A_RELATIVE_OPENS.search(text, max(0, start - 100), start)
        and _A_RELATIVE_CLOSES.match(text, end)
    )


_A_MONTH = timedelta(days=31)
_DONE_BEFORE = compiled(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:signed|agreed|reached|brokered|concluded|adopted|passed|enacted|"
    r"established|founded|formed|created|launched|imposed|declared|elected|introduced|negotiated|ratified|built|"
    r"deployed|set\s+up)\s+$",
    re.IGNORECASE,
)


def _when_a_thing_was_done_long_before(text: str, at: int, found: FoundDate, dateline: date) -> bool:
    """Whether a date a month or more before the article tells when something named was done ("urged both sides to
    respect the ceasefire signed in 2018": helper-368's claim of UNMISS sending peacekeepers was dated 2018)."""
    start = at + found.start
    return found.resolved.end < dateline - _A_MONTH and _DONE_BEFORE.search(text, max(0, start - 30), start) is not None


def _nearest(text: str, claim: Annotation, dateline: date, *, with_year: bool = False) -> ClaimDate | None:
    start, end = sentences_of(text, claim.start, claim.end)
    found = [f for f in dates_in(text[start:end], dateline) if not _in_an_aside(text, start + f.start, start + f.end)]
    if with_year:
        found = [f for f in found if _YEAR.search(f.text)]
    inside = [f for f in found if claim.start <= start + f.start and start + f.end <= claim.end]
    found = [f for f in found if f in inside or not _long_before_in_a_relative(text, start, f, dateline)]
    found = [f for f in found if not _when_a_thing_was_done_long_before(text, start, f, dateline)]
    inside = [f for f in inside if f in found]
    if not found:
        return None
    done = [f for f in inside if not _FOUND_ON.search(text, max(claim.start, start + f.start - 60), start + f.start)]
    inside = done or inside  # "bodies had been found on Monday … where gunmen opened fire early on Sunday"
    named = [f for f in inside if f.text.casefold() != "overnight"]
    inside = named or inside  # "in an overnight raid … on Tuesday": Tuesday (helper-360's row was the night before)
    chosen = min(inside or found, key=lambda f: abs(start + f.start - claim.start))
    resolved = chosen.resolved
    # "on Sunday, …, and residents accused soldiers of killing three … the next day": that day moved
    apart = days_apart(text, claim, inside=True) if start + chosen.end <= claim.start else None
    if apart is not None and apart.days:
        return ClaimDate(apart.moved(resolved), "text", f"{chosen.text}, {apart.words}")
    after = start + chosen.start >= claim.end  # "…," he told Reuters on Wednesday: when it was told
    if (after and _SPOKEN_ON.search(text, max(claim.end, start + chosen.start - 70), start + chosen.start)) or (
        not after and _told_then_of_before(text, claim, start + chosen.start)
    ):
        told = replace(resolved, precision=max(resolved.precision, SPOKEN_PRECISION))
        return ClaimDate(told, "text", chosen.text, spoken=True)
    return ClaimDate(resolved, "text", chosen.text)


def _told_then_of_before(text: str, claim: Annotation, at: int) -> bool:
    """A day before the claim's words that is when it was told, not when it happened: a toll said that day to have
    risen ("Security sources said on Wednesday that the death toll had risen to 27"), or a claim said with the day
    of what else was said ("JNIM claimed responsibility for the ambush on Tuesday, saying its fighters had killed
    40 soldiers"): helper-366's ambush of Sunday was a second row of that day. "A spokesman said on Wednesday that
    the fighters had taken Debre Tabor" keeps its day, as a newcomer read it."""
    if at >= claim.start or _SPOKEN_ON.search(text, max(0, at - 70), at) is None:
        return False
    if RAISED_TO.search(claim.quote) is not None:
        return True
    return _SAYING_THEN.search(text, at, claim.start) is not None and _HAD_HAPPENED.match(claim.quote) is not None


_SAYING_THEN = compiled(r",\s+(?:saying|adding|claiming|stating)\s+(?:that\s+)?$")
"""Between a day and the claim, a second thing said ("…, saying")."""
_HAD_HAPPENED = compiled(r"(?:[\w’'\-]+\s+){0,6}?had\s+(?:been\s+|already\s+)?[a-z]{2,}(?:ed|en|t|wn|ung|ook)\b")
"""A claim opening with what had happened before it was told ("its fighters had killed", "the town had fallen")."""

_SINCE = compiled(r"\b(?:since|until|till)\b[^.;,]{0,60}?$", re.I)
"""Before a day, that it bounds a time ("the second attack since troops were deployed there on Feb. 20"): no
event's day told (helper-352)."""
SPOKEN_PRECISION = 2
"""The time precision of an event dated only by when it was told: on that day or in the days before."""
_SPOKEN_ON = compiled(
    r"\b(?:said|says|told|announced|stated|added|claimed|reported|confirmed|denied|statement|telephone|interview|"
    r"briefing|conference|broadcast|post(?:ed)?|wrote)\b[^.;“”\"]{0,60}?$"
)
"""Before a day after the claim's words, that the day is when it was told ("…," Yohannes Alemu
told Reuters by telephone on Wednesday; "…, he said in a statement on Friday"): the event was then or
in the days before (a newcomer's one capture of Debre Tabor was a row of Tuesday and another of
Wednesday). A day before the claim ("said on Monday that …") stays the claim's day."""

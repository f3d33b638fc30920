"""Words of a toll counted since the dead told before it: raised ("the death toll rose to 15"), brought to ("raising
the death toll to nine"), a toll of many events ("the nationwide toll"), or one put before the hurt who died (split
from `figures`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.text.calendar_words import MONTH_NAMES
from annotations.text.pattern_cache import compiled

BEFORE_THE_TOLL = compiled(
    r"(?:\s+[\w’'\-]+){0,4}?,?\s+(?:after|when|as)(?!\s+which)\s+(?:[\w’'\-]+\s+){0,6}?", re.IGNORECASE
)
"""Between a toll and the hurt who died: they died before it was put, and it holds them."""
THE_DEAD_PUT_AT = (
    r"(?:number|figure)\s+of\s+(?:dead|deaths|victims|(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+killed)"
    r"(?:\s+(?:from|in|of|on|during)(?:\s+[\w’'\-]+){1,6}?)?\s+at"
)
"""The words a source puts its number of dead after ("put the number of soldiers killed in the strikes at 22",
"the figure of militants killed at five"): read as a figure (`figures`) and as a toll alone (`event_tolls`)."""
A_TOTAL = compiled(r"(?:death\s+)?toll|number", re.IGNORECASE)
"""A toll that rose or stands at a number: the total, counting the dead before it."""
_WIDER = (
    r"(?:years?|months?|weeks?|week['’]s|attacks|violence|fighting|clashes|conflict|war|insurgency|region|province|"
    r"country|nationwide|overall|so|protests|raids|strikes|operations|offensive|campaign|separate|another|other|"
    r"previous|second)"
)
RAISED_TO = compiled(
    rf"(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|victims|(?:people|civilians|those)\s+killed))"
    rf"(?:\s+(?!{_WIDER}\b)[\w\-’']+){{0,6}}?\s+(?:(?:has|had|later|then|now|since|subsequently|further)\s+){{0,2}}"
    r"(?:(?:rose|risen|rising|climbed|increased|jumped)\s+to|reached)\b",
    re.IGNORECASE,
)
"""A toll of the event raised since the dead told before it ("the death toll rose to 15", "the toll from the attack
rose to 18", "the number of dead rose to 16"): the count now, not a second source's figure; not "the death toll from
attacks this year rose to 350" nor "the number killed in the violence since Saturday" (helper-308, helper-310)."""
OF_A_WIDER_SPAN = compiled(
    r"\s+(?:since\s+(?:the\s+)?(?:start|beginning|outbreak|insurgency|war|conflict|fighting|offensive|violence|unrest|"
    rf"clashes|crisis|(?:early\s+|late\s+|mid-?)?(?:{MONTH_NAMES})|\d{{4}}|last\s+(?:year|month))|so\s+far\s+this|"
    r"this\s+(?:year|month|week)|last\s+(?:year|month)|"
    r"in\s+(?:the\s+)?(?:past|last)\s+(?:[\w\-]+\s+)?(?:weeks|months?|years?)|across)\b",
    re.IGNORECASE,
)
"""After a raised toll, a span wider than the event's ("… rose to 40 since January", "since the insurgency began",
"in the past two weeks", "last year"; not "in the past 24 hours as more bodies were found", nor "since some of the
wounded died": helper-310, helper-312)."""
A_RUNNING_TOLL = compiled(
    r"\b(?:nationwide|national|cumulative|country-?wide|war['’]s|conflict['’]s)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)
"""A toll of many events, told after this one's dead: no figure of this event (helper-275); "the total (or
overall) death toll" may be the event's own (helper-277)."""
RAISING_THE_TOLL = compiled(
    r"(?:\s+[\w’'\-]+){0,6}?,?\s+(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+)?", re.IGNORECASE
)
"""Between the dead of a day and the toll they bring it to: the toll is the count."""


WHERE_THE_DEAD_CAME_FROM = compiled(
    r"(?<=[a-z])\s+from\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*"
    r"(?:,\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)*,?\s+and\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*"
)
"""After people, a list of the places they came from ("peacekeepers from South Africa, Malawi and Uruguay")."""


UNITS_NUMBER = compiled(
    r"(?:(?<=\bthe\s)|(?<=\bof\s)|(?<=['’]s\s))\d+"
    r"(?=(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?-i:Brigade|Battalion|Regiment|Division|Corps|Squadron|Commando)s?\b)"
)
"""The number of a unit's name ("Fighters of the 444 Brigade killed two men": helper-366's row had 444 dead)."""

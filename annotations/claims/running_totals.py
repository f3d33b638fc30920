"""Whether a claim counts the deaths or attacks of a period, a year or a war ("at least 56 people have
been killed in El Fasher since the start of May", "1,612 people were killed in militant violence in
2024"): a running total adds up events each with its day, and gives no row (split from `no_row`, which
was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.figures import death_figures
from annotations.suggest.names import COUNTRY_ALTERNATION
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.dates import MONTHS
from annotations.text.pattern_cache import compiled

ONE_DAY = compiled(
    rf"\b(?:on\s+(?:{DAY_NAMES})|overnight|yesterday|today|last\s+night|"
    r"(?:early|late)\s+on|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\b"
)
"""One day told ("on Tuesday", "overnight"): one event, not a period."""


RUNNING_TOTAL = "a running total of deaths or attacks over weeks or months"
"""Why "at least 56 people have been killed in El Fasher since the start of May" (or "since then":
helper-272's 600 dead in Sinaloa since the war began) gives no row: it
adds up events, each with its day, and a row on the article's date counted them again (found by a
newcomer)."""
_MONTHS = "|".join(MONTHS)  # the pattern is case-blind
_SINCE = compiled(
    rf"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|end|middle)\s+of\s+(?:the\s+)?\w+|(?:early\s+|late\s+|mid-?)?"
    rf"(?:{_MONTHS})\b|\d{{4}}\b|the\s+(?:war|conflict|fighting|siege|offensive|crisis|uprising|coup)\b|then\b)",
    re.IGNORECASE,
)
_PERIOD = compiled(
    r"\b(?:so\s+far\s+this|earlier\s+this)\s+(?:year|month)\b|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:months|weeks|years|month|year)\b|\bin\s+recent\s+(?:weeks|months)\b"
    r"|\b(?:in|during|over)\s+the\s+(?:first|last|past)\s+(?:\w+\s+)?months\s+of\s+(?:the\s+year|this\s+year|\d{4})\b",
    re.IGNORECASE,
)
"""A period a count adds up ("in the past month", "so far this year", "in the first three months of
2025": a newcomer's 1,500 dead across Haiti were a row of the article's day), whatever the tense."""
_A_WEEK = compiled(r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?week\b", re.IGNORECASE)
"""A week a count adds up when many events are told ("in operations across …": helper-356's row of 40 dead), not
one event of that week ("in an attack on a village in the past week")."""
_THIS_YEAR = compiled(rf"\b(?:last|this)\s+year\b(?!\s+(?:on|in)\s+(?:{_MONTHS})\b)", re.IGNORECASE)
_IN_A_YEAR = compiled(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b")
_MANY_EVENTS = compiled(
    rf"\b(?:violence|attacks|clashes|fighting|conflict|insurgency|(?:air\s*)?strikes|raids|operations|across|"
    rf"throughout|nationwide|"
    rf"countrywide)\b|\bin\s+(?:{COUNTRY_ALTERNATION})\b",
    re.IGNORECASE,
)
_ONE_EVENT_NAMED = compiled(
    r"\bin\s+(?:an?|the)\s+(?:\w+\s+)?(?:ambush|attack|raid|strike|bombing|massacre|explosion)\b"
    r"|\bin\s+(?:a\s+single|one)\s+(?:day|night|attack|raid)\b|\bon\s+(?:[A-Z]\w+\s+)?(?:Eve|Day)\b"
    r"|\b(?:at|near|outside)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:church|mosque|market|school|camp|village|base|mine)\b"
    r"|\bin\s+(?:a|the)\s+(?:\w+\s+)?(?:village|town|church|mosque|market|camp)\b|\bnear\s+(?-i:[A-Z])\w+",
    re.IGNORECASE,
)
_AN_ASIDE = compiled(r",\s+(?:which|who|whose)\b[^,;]*,")
_A_REGION = compiled(r"\bin\s+(?:[A-Z][\w\-]+\s+){1,3}(?:State|Province|Region|province|state|region|district)\b")


def _a_years_toll(quote: str) -> bool:
    """Whether a count "in 2024" adds up the year's events: many told ("in militant violence", "across
    Yemen", "in operations"), a country, a state or a province; not one event told by its kind or its
    place ("in an ambush", "in a single day", "at a church in Owo": helper-290), nor by a party's aside
    ("JNIM, whose fighters have carried out attacks across the Sahel, killed 30 soldiers near Djibo in 2024":
    helper-289)."""
    told = _A_PART_OF_IT.sub("", _AN_ASIDE.sub(",", quote))  # not "…, including 50 at a mosque in Dapaong"
    if _ONE_EVENT_NAMED.search(told):
        return False
    return bool(_MANY_EVENTS.search(told) or _A_REGION.search(told) or max(death_figures(told), default=0) >= 100)


_IN_A_MONTH = compiled(rf"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:{_MONTHS})\b(?!\s+\d)", re.IGNORECASE)
_A_MONTHS_PLACES = compiled(
    rf"\b(?:(?:{_MONTHS})\s+alone|across\s+(?:the\s+)?(?:country|nation|{COUNTRY_ALTERNATION}|(?-i:[A-Z])\w+\s+(?:Region|"
    rf"Province|State|District))|in\s+(?:{COUNTRY_ALTERNATION})|(?:nation|country)wide(?=\s*(?:[,.;]|$)|\s+(?:in|during|"
    r"throughout|since|this|last|so\s+far|from|according|mostly|mainly|over|between)\b))",
    re.IGNORECASE,
)
"""A month's toll of a whole country ("at least 589 civilians were killed and 3,000 injured in Ukraine in October
alone": helper-299's air strike row of 589 dead), not a day's event of that month at a place."""
_A_PART_OF_IT = compiled(
    r",\s+(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mainly|mostly|\w+\s+of\s+them)\b.*$",
    re.IGNORECASE,
)


"""A year's toll ("killed in militant violence in 2024", "killed in Haiti in 2024"), not an event of that year
told by its kind ("30 people were killed in an ambush near Djibo in 2024": helper-286)."""
"""A year's toll ("killed in the province last year", "at least 1,612 people were killed in militant violence in
2024": helper-283's row of 1,612 dead on 1 January)."""
_AN_ASIDE_OF_A_YEAR = compiled(
    r",\s+(?:which|who|whose|active|founded|formed|created)\b[^,;]*\b(?:(?:last|this)\s+year|(?:in|since)\s+(?:19|20)\d\d)\b"
)
"""A year in an aside ("JNIM, which seized Dapaong last year, killed nine soldiers"): what a party is."""
_A_SIDES_TOLL = compiled(r"\bha(?:ve|s)\s+been\s+killed\b[^.;]{0,30}?\bon\s+(?:its|their|our)\s+side\b", re.IGNORECASE)
"""A side's dead so far ("Israel says 25 civilians and 18 soldiers have been killed on its side"):
a war's total, the period told in the sentence before (a newcomer's row of 43 dead on one day)."""
_A_WARS_TOLL = compiled(
    r"(?<![\w\-])(?:insurgency|insurrection|war|conflict|rebellion|uprising|jihadist\s+campaign)(?![\w\-])"
    r"[^.;]{0,100}?\bha(?:s|ve)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b",
    re.IGNORECASE,
)
"""What a war has done so far ("The insurgency, which began in October 2017, has killed more than
4,000 people"): its total, no event (a newcomer's became a row of 4,000 dead dated October 2017)."""
_RECORD = compiled(r"\b(?:deadliest|worst|bloodiest)\b", re.IGNORECASE)
"""A record told beside a war's toll ("the deadliest in the conflict, which has claimed hundreds of
lives"): one event."""
_A_YEARS_RECORD = compiled(r"\b(?:deadliest|worst|bloodiest)\s+(?:year|month|period|season)\b", re.IGNORECASE)
_ONE_EVENT_MAKES = compiled(
    r"\b(?:making|made|makes|capping|capped|caps|in|pushing|pushed|toward|towards|becoming|endures?|enduring|amid|"
    r"during)\s+(?:[\w\-]+\s+){0,2}?(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a year's record, one event that makes it ("killed 25 soldiers, making 2024 the deadliest year", "capping
the deadliest month", "in the worst period of violence": helper-310); not "2024 was the deadliest year, with more
than 680 … killed" (helper-309), nor "in March, the deadliest month since …" (helper-312)."""
_A_RECORD = compiled(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first)\b[^,.;]{0,40}$", re.IGNORECASE)
""""The deadliest attack since the start of the war" tells of one event."""


_MORE_DEAD = compiled(
    r"\b(?:another\s+\w+|(?:\w+\s+)?(?:more|others?))\s+(?:\w+\s+)?(?:have|had|has)\s+(?:since\s+)?died\b", re.I
)
"""Dead added to a day's toll since ("two more have died of their wounds since then")."""


def running_total(quote: str) -> bool:
    """Whether the claim counts the deaths or attacks of a period ("at least 56 people have been killed in El
    Fasher since the start of May", "500 civilians were killed in the past month"); "ISWAP, active
    since 2009, killed 12" (an aside) and "the deadliest attack since the war began" (a record)
    tell of one event."""
    if not death_figures(quote) and not _ATTACKS_COUNTED.search(quote):
        return False
    # a war's toll, not "killed 12 on Tuesday, … whose insurgency has killed thousands", nor "the deadliest of the war"
    if _PERIOD.search(quote) or (
        _A_WARS_TOLL.search(quote) and not ONE_DAY.search(quote) and not _RECORD.search(quote)
    ):
        return True
    if _A_WEEK.search(quote) and _MANY_EVENTS.search(quote) and not _ONE_EVENT_NAMED.search(quote):
        return True  # "killed 40 al-Shabaab fighters in operations across Middle Shabelle over the past week"
    year = _THIS_YEAR.search(quote) or (_IN_A_YEAR.search(quote) if _a_years_toll(quote) else None)
    months = _A_MONTHS_PLACES.search(quote) and not _ONE_EVENT_NAMED.search(_A_PART_OF_IT.sub("", quote))
    year = year or (_IN_A_MONTH.search(quote) if months else None)
    one_record = _RECORD.search(quote) and not _A_YEARS_RECORD.search(quote)  # not "…, the deadliest year since"
    if year and not ONE_DAY.search(quote) and not one_record and not _AN_ASIDE_OF_A_YEAR.search(quote):
        return True  # "More than 400 security personnel were killed in the province last year" (helper-266's row)
    record = _A_YEARS_RECORD.search(quote)
    if (
        record
        and not ONE_DAY.search(quote)
        and not _ONE_EVENT_MAKES.search(quote, max(0, record.start() - 24), record.start())
    ):
        return True  # "2024 was the deadliest year for security forces …, with more than 680 … killed" (helper-309)
    if _A_SIDES_TOLL.search(quote) and not ONE_DAY.search(quote) and "since" not in quote:
        return True  # not "two soldiers have been killed on the Israeli side in the attack on Tuesday"
    since = _SINCE.search(quote)
    if since is None or _A_RECORD.search(quote, 0, since.start()):
        return False
    day = ONE_DAY.search(quote, 0, since.start()) if since.group().lower().endswith("then") else None
    if day is not None and (not death_figures(quote[day.end() : since.start()]) or _MORE_DEAD.search(quote, day.end())):
        return False  # "five soldiers were killed … on Saturday, and hundreds have fled since then", "…, and two more
        # have died of their wounds since then": the day's; not "300 civilians have been killed since then,
        # including 12 on Saturday", nor "captured Goma on January 27, and 3,000 have been killed since then"
        # (helper-274, helper-276, helper-277)
    aside = _ASIDE_BEFORE.search(quote, 0, since.start()) and quote[since.end() :].lstrip().startswith(",")
    return not aside


_ATTACKS_COUNTED = compiled(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:[\w\-]+\s+){0,2}?(?:attacks|incidents|raids|strikes|assaults|"
    r"abductions|kidnappings|killings|violations)\b",
    re.IGNORECASE,
)
"""A count of attacks ("documented more than 30 attacks on Sinjil … since January"): a period's
tally too, when a period follows."""
_ASIDE_BEFORE = compiled(r",\s+(?:[\w\-]+\s+){0,6}$")
"""", active since 2009," between commas: what a party is, not the period of a toll."""

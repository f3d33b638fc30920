"""Dates in news text, resolved against the article's own date (its dateline).

"On Monday" in an article of Tuesday 22 June 2021 is Monday 21 June; "last week" is the week
before the dateline's; "on 30 December" in an article of 2 January is the year before. Each
resolved date is a range with ACLED's time precision: 1 a day, 2 a few days or a week (also a
part of a month: "early June"), 3 a month or more.

Rules, in the words a reader would use:
- a weekday is the most recent such day on or before the dateline (the next one on or after it
  when the words before it say what will be: "would be brought before a court on Friday"): the dateline's own weekday is
  the dateline itself ("on Tuesday" in a Tuesday article is that day); "last Monday" is the most
  recent Monday strictly before the dateline; parts of the day ("Monday night", "early Monday
  afternoon") are the same day;
- "yesterday", "the day before yesterday", "N days ago", "today", "tonight", "this morning";
  "overnight" is the night before the dateline, and so is "in the past day" ("24 hours");
- "over the weekend" (also "at"/"during"/"on the weekend", "this weekend") is the Saturday and
  Sunday just past;
- "this week" / "last week" are calendar weeks from Monday; "this month" / "last month" and
  "this year" / "last year" calendar months and years (precision 3);
- explicit dates with or without a year ("22 June 2021", "June 22", "22nd of June"); without
  one, the most recent such date that is not more than 60 days after the dateline (an article
  of 2 January speaks of 30 December of the year before; one of 16 June of "June 30" ahead); a
  month alone ("in June", "June 2021") is that month; "early/mid/late June" a third of it; a
  past year ("in 2009") is that year, neither it nor a month after "since" ("since its uprising in
  2009", "since April 2023" tell of all the time since);
- ranges ("between 1 and 3 June", "1-3 June", "from Monday to Wednesday") and "since 1 May"
  (up to the dateline).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.pattern_cache import compiled

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_SHORT = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}

FUTURE_SLACK = timedelta(days=60)
"""A date without a year may lie this far after the dateline (a deadline, a planned talk: "after
the amnesty ends on June 30", in an article of 16 June, is this year's; a week's slack made it last
year's, found by a newcomer); further, it is last year's ("on 30 December" in January)."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """When something happened: from `start` to `end` (inclusive), with ACLED's time precision."""

    start: date
    end: date
    precision: int

    @property
    def day(self) -> date:
        """The one date a dataset row takes: the first day of the range."""
        return self.start


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date expression in a text: its span and what it resolves to."""

    start: int
    end: int
    text: str
    resolved: DateRange


_WD = rf"(?-i:{DAY_NAMES})"
_MON = (
    rf"(?-i:{MONTH_NAMES}|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
"""Weekdays and months are names only when capitalised: "5 may have died" is no date."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EARLY = r"(?:(?:early|late)\s+)?"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, compiled(pattern, re.IGNORECASE))
    for name, pattern in (
        ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        (
            "range_days",
            rf"\b(?:between\s+|from\s+)?(?P<d1>{_DAY})\s*(?:-|–|and|to)\s*(?P<d2>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        (
            "range_month_first",
            rf"\b(?:between\s+|from\s+)?(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s*(?:-|–|and|to)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        (  # "between March 27 and March 29", "from 30 March to 2 April"
            "range_two_days",
            rf"\b(?:between\s+|from\s+)(?:(?P<mon1>{_MON})\s+(?P<d1>{_DAY})|(?P<d1b>{_DAY})\s+(?:of\s+)?(?P<mon1b>{_MON}))"
            rf"\s*(?:-|–|and|to|until)\s*(?:(?P<mon2>{_MON})\s+(?P<d2>{_DAY})|(?P<d2b>{_DAY})\s+(?:of\s+)?(?P<mon2b>{_MON}))"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        (
            "since",
            rf"\bsince\s+(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})|(?P<mon2>{_MON})\s+(?P<d2>{_DAY}))(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        ("day_month", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"),
        ("month_day", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b(?!\s*(?:-|–|and|to)\s*\d)"),
        ("part_month", rf"\b(?P<part>early|mid|late)[-\s](?P<mon>{_MON})(?:\s+(?P<y>{_YEAR}))?\b"),
        (
            "month",
            rf"\b(?:in\s+|during\s+)(?P<mon>{_MON})(?:\s+(?P<y>{_YEAR}))?\b|\b(?P<mon2>{_MON})\s+(?P<y2>{_YEAR})\b",
        ),
        ("year", rf"\b(?:in|during|throughout)\s+(?P<y>{_YEAR})\b(?!\s*[-–/]\s*\d)"),
        ("weekday_range", rf"\b(?:between|from)\s+(?P<w1>{_WD})\s+(?:and|to|until)\s+(?P<w2>{_WD})\b"),
        ("last_weekday", rf"\blast\s+(?P<w>{_WD}){_PART}\b"),
        ("weekday", rf"\b{_EARLY}(?:on\s+)?(?:the\s+night\s+of\s+)?(?P<w>{_WD}){_PART}\b"),
        ("day_before_yesterday", r"\bthe\s+day\s+before\s+yesterday\b"),
        ("yesterday", r"\byesterday\b"),
        ("today", r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
        ("overnight", r"\b(?:overnight|last\s+night)\b"),
        ("days_ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|a|an)\s+(?P<unit>days?|weeks?)\s+ago\b"),
        ("past_day", r"\b(?:(?:over|in|during)\s+)?the\s+(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours)\b"),
        (
            "recent",
            r"\b(?:in\s+recent\s+days|(?:over\s+|in\s+)?the\s+(?:past|last)\s+(?:few\s+days|week|seven\s+days))\b",
        ),
        ("this_week", r"\b(?:earlier\s+)?this\s+week\b"),
        ("last_weekend", r"\blast\s+weekend\b"),
        ("weekend", r"\b(?:(?:over|during|at|on)\s+the|this)\s+weekend\b"),
        ("last_week", r"\blast\s+week\b"),
        ("this_month", r"\b(?:earlier\s+)?this\s+month\b"),
        ("last_month", r"\blast\s+month\b"),
        ("this_year", r"\b(?:earlier\s+)?this\s+year\b"),
        ("last_year", r"\blast\s+year\b"),
    )
)
"""Expressions, most specific first: where two overlap the first listed wins."""


_GATES = {
    "digit": compiled(r"\d"),
    "month": compiled(_MON),
    "weekday": compiled(_WD),
    "relative": compiled(
        r"yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week|month|year)|overnight|night|ago|"
        r"recent|past|last|weekend",
        re.IGNORECASE,
    ),
}
"""What a text must hold for each group of patterns to be worth trying (most sentences have no date)."""
_NEEDS = {
    "iso": "digit", "range_days": "digit", "range_month_first": "digit", "range_two_days": "digit", "since": "digit",
    "day_month": "digit",
    "month_day": "digit", "part_month": "month", "month": "month", "year": "digit", "weekday_range": "weekday",
    "last_weekday": "weekday", "weekday": "weekday",
}  # fmt: skip


def dates_in(text: str, dateline: date) -> list[FoundDate]:
    """Every date expression of `text` resolved against `dateline`, in text order, none overlapping."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    holds = {gate: pattern.search(text) is not None for gate, pattern in _GATES.items()}
    for name, pattern in PATTERNS:
        if not holds[_NEEDS.get(name, "relative")]:
            continue
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            resolved = _resolve(name, match, dateline)
            if name == "weekday" and _a_first_name(text, match):
                continue
            if resolved is not None:
                found.append(FoundDate(match.start(), match.end(), match.group(), resolved))
                taken.append(match.span())
    return sorted(found, key=lambda f: f.start)


_BEFORE_A_NAME = compiled(r"(?:\baccording\s+to|\bby|\bfrom|\bwith|\bnamed|\bcalled|\b[Tt]he)\s+$")
_A_NAME_AFTER = compiled(rf"\s+(?!(?-i:{MONTH_NAMES})\b)(?-i:[A-Z][a-z]+)\b")


def _a_first_name(text: str, match: re.Match[str]) -> bool:
    """Whether a weekday is the first word of a name ("according to Monday Kassah, chairman of the local
    council": helper-294's claim of a Monday; "The Sunday Times"), not a day ("Late Saturday Islamist fighters
    stormed …", "Police said Monday Dapaong was calm": helper-297)."""
    return bool(
        _BEFORE_A_NAME.search(text, max(0, match.start() - 14), match.start())
        and _A_NAME_AFTER.match(text, match.end())
    )


def resolve(expression: str, dateline: date) -> DateRange | None:
    """The date one expression names ("on Monday", "between 1 and 3 June"), or None."""
    found = dates_in(expression, dateline)
    return found[0].resolved if found else None


def _resolve(name: str, match: re.Match[str], dateline: date) -> DateRange | None:
    since = _SINCE if name == "year" else _SINCE_IN_THE_CLAUSE
    if name in _SPANS_SINCE and since.search(match.string, max(0, match.start() - 40), match.start()):
        return None  # "killed 40,000 people since its uprising in 2009": every year since
    groups = {k: v for k, v in match.groupdict().items() if v}
    if name == "weekday" and _FUTURE.search(match.string, max(0, match.start() - 80), match.start()):
        return _one_day(_weekday_ahead(groups["w"], dateline))  # "would be brought before a court on Friday"
    try:
        return _RESOLVERS[name](groups, dateline)
    except (ValueError, KeyError):
        return None  # "31 June", a month that has no such day


_SINCE = compiled(r"\bsince\b[^.;]*$", re.IGNORECASE)
_SINCE_IN_THE_CLAUSE = compiled(r"\bsince\b[^.;,]*$", re.IGNORECASE)
"""For a month: "since" in its clause ("the siege, in place since the fall of the town in March 2024"), not
before a comma ("blocked since the siege began, and in March 2024 the RSF shelled the camp")."""
_SPANS_SINCE = frozenset({"year", "month", "part_month"})
"""A year or a month after "since" begins a time that runs up to now ("the war that has raged since
April 2023", "since its uprising in 2009"): no day of the event told beside it (a newcomer's
claim was pre-filled with 1 April 2023). A day after "since" is the range "since 1 May"."""
_FUTURE = compiled(
    r"\b(?:will|would|shall|is to|are to|plans? to|planned to|is due to|are due to|scheduled to|expected to|"
    r"set to|next(?!\s+(?:day|morning|afternoon|evening|night)\b))\b[^.;!?]*$|['’]ll\b[^.;!?]*$",
    re.IGNORECASE,
)
"""Words before a weekday that put it after the dateline: "would ask Congress on Monday" in a
Thursday article is the next Monday, not the last."""


def _weekday_ahead(word: str, dateline: date) -> date:
    return dateline + timedelta(days=(WEEKDAYS.index(word.lower()) - dateline.weekday()) % 7)


def _one_day(day: date, precision: int = 1) -> DateRange:
    return DateRange(day, day, precision)


def _weekday(word: str, dateline: date, *, strictly_before: bool = False) -> date:
    back = (dateline.weekday() - WEEKDAYS.index(word.lower())) % 7
    if back == 0 and strictly_before:
        back = 7
    return dateline - timedelta(days=back)


def _month(word: str) -> int:
    return _MONTH_SHORT[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower()[:3]]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _dated(year: str | None, month: int, day: int, dateline: date) -> date:
    """The date with its year, or the most recent one not more than a week after the dateline."""
    if year:
        return date(int(year), month, day)
    candidate = date(dateline.year, month, day)
    return candidate if candidate <= dateline + FUTURE_SLACK else date(dateline.year - 1, month, day)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_of_month(year: str | None, month: int, dateline: date) -> int:
    if year:
        return int(year)
    return dateline.year if month <= dateline.month else dateline.year - 1


def _span(start: date, end: date) -> DateRange:
    days = (end - start).days
    return DateRange(start, end, 1 if days == 0 else 2 if days <= 7 else 3)


def _explicit(g: dict[str, str], d: date) -> DateRange:
    return _one_day(_dated(g.get("y"), _month(g["mon"]), _day(g["d"]), d))


def _iso(g: dict[str, str], d: date) -> DateRange:
    return _one_day(date(int(g["y"]), int(g["m"]), int(g["d"])))


def _range_days(g: dict[str, str], d: date) -> DateRange:
    month = _month(g["mon"])
    end = _dated(g.get("y"), month, _day(g["d2"]), d)
    start = date(end.year, month, _day(g["d1"]))
    return _span(start, end) if start <= end else _one_day(end)


def _range_two_days(g: dict[str, str], d: date) -> DateRange:
    """From one month's day to another's ("between March 27 and March 29", "from 30 March to 2 April")."""
    month_to = _month(g.get("mon2") or g["mon2b"])
    end = _dated(g.get("y"), month_to, _day(g.get("d2") or g["d2b"]), d)
    month_from = _month(g.get("mon1") or g["mon1b"])
    start = date(end.year - (month_from > month_to), month_from, _day(g.get("d1") or g["d1b"]))
    return _span(start, end) if start <= end else _one_day(end)


def _since(g: dict[str, str], d: date) -> DateRange:
    month = _month(g.get("mon") or g["mon2"])
    start = _dated(g.get("y"), month, _day(g.get("d") or g["d2"]), d)
    return _span(start, max(start, d))


def _part_month(g: dict[str, str], d: date) -> DateRange:
    month = _month(g["mon"])
    first, last = _month_range(_year_of_month(g.get("y"), month, d), month)
    part = g["part"].lower()
    if part == "early":
        return DateRange(first, first.replace(day=10), 2)
    if part == "mid":
        return DateRange(first.replace(day=11), first.replace(day=20), 2)
    return DateRange(first.replace(day=21), last, 2)


def _month_alone(g: dict[str, str], d: date) -> DateRange:
    month = _month(g.get("mon") or g["mon2"])
    first, last = _month_range(_year_of_month(g.get("y") or g.get("y2"), month, d), month)
    return DateRange(first, last, 3)


def _days_ago(g: dict[str, str], d: date) -> DateRange:
    count = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"].lower()]
    if g["unit"].lower().startswith("week"):
        day = d - timedelta(weeks=count)
        return DateRange(
            day - timedelta(days=day.weekday()), day - timedelta(days=day.weekday()) + timedelta(days=6), 2
        )
    return _one_day(d - timedelta(days=count))


def _week(d: date, weeks_back: int) -> DateRange:
    monday = d - timedelta(days=d.weekday()) - timedelta(weeks=weeks_back)
    return DateRange(monday, min(d, monday + timedelta(days=6)), 2)


def _weekend(d: date) -> DateRange:
    """ "Over the weekend": the Saturday and Sunday just past (or the dateline's own, so far)."""
    if d.weekday() == 5:
        return DateRange(d, d, 2)
    sunday = _weekday("sunday", d)
    return DateRange(sunday - timedelta(days=1), sunday, 2)


def _past_year(year: int, d: date) -> DateRange | None:
    """ "In 2009" before the dateline's year: that year (precision 3); the dateline's own year or
    a later one says less than the article's date does."""
    return DateRange(date(year, 1, 1), date(year, 12, 31), 3) if year < d.year else None


def _last_month(d: date) -> DateRange:
    year, month = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
    return DateRange(*_month_range(year, month), 3)


_RESOLVERS = {
    "iso": _iso,
    "range_days": _range_days,
    "range_month_first": _range_days,
    "range_two_days": _range_two_days,
    "since": _since,
    "day_month": _explicit,
    "month_day": _explicit,
    "part_month": _part_month,
    "month": _month_alone,
    "year": lambda g, d: _past_year(int(g["y"]), d),
    "weekday_range": lambda g, d: _span(_weekday(g["w1"], _weekday(g["w2"], d)), _weekday(g["w2"], d)),
    "last_weekday": lambda g, d: _one_day(_weekday(g["w"], d, strictly_before=True)),
    "weekday": lambda g, d: _one_day(_weekday(g["w"], d)),
    "day_before_yesterday": lambda g, d: _one_day(d - timedelta(days=2)),
    "yesterday": lambda g, d: _one_day(d - timedelta(days=1)),
    "today": lambda g, d: _one_day(d),
    "overnight": lambda g, d: DateRange(d - timedelta(days=1), d, 1),
    "past_day": lambda g, d: DateRange(d - timedelta(days=1), d, 1),
    "days_ago": _days_ago,
    "recent": lambda g, d: DateRange(d - timedelta(days=7), d, 2),
    "this_week": lambda g, d: _week(d, 0),
    "last_week": lambda g, d: _week(d, 1),
    "last_weekend": lambda g, d: DateRange(
        _weekday("sunday", d, strictly_before=True) - timedelta(days=1), _weekday("sunday", d, strictly_before=True), 2
    ),
    "weekend": lambda g, d: _weekend(d),
    "this_month": lambda g, d: DateRange(d.replace(day=1), d, 3),
    "last_month": lambda g, d: _last_month(d),
    "this_year": lambda g, d: DateRange(date(d.year, 1, 1), d, 3),
    "last_year": lambda g, d: DateRange(date(d.year - 1, 1, 1), date(d.year - 1, 12, 31), 3),
}


_MONTH_WORD = (
    r"(?:"
    + "|".join(m.capitalize() for m in MONTHS)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w’'])"
)
_CLOCK_WORD = r"(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT|UTC|(?:in|on)\s+the\s+(?:morning|afternoon|evening|night)\b)"
NUMBERS_OF_WHEN = compiled(
    rf"\b{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?:19|20)\d{{2}})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}(?:,?\s+\d{{4}})?"
    r"|\b(?:in|since|by|until|from|early|late|mid-)\s*(?:19|20)\d{2}\b|\bof\s+(?:19|20)\d{2}\b(?!\s+[a-z])"
    rf"|\b(?:at|by|from|until|before|after)\s+(?:(?:around|about)\s+\d{{1,2}}(?::\d{{2}})?(?:\s*{_CLOCK_WORD})?|\d{{1,2}}\s*{_CLOCK_WORD})"
    r"|\b\d{1,2}:\d{2}\b"
)
"""Numbers that tell when, not how many: a date ("on March 3", "3 March 2025", "since 2021", "the May 2023 attack") or
a time ("at around 11 in the morning", "at 4:30"). A newcomer's "at least 41 civilians were killed
… on March 3" stated no toll, and the board set it against no other."""

"""When and where an article was published, read from what the file carries.

HTML pages say it in several places (`<meta property="article:published_time">`, JSON-LD
`datePublished`, `<time datetime>`, `<link rel="canonical">`, `og:url`); Markdown in front matter
(`date:`, `url:` between `---` lines); JSON in fields. Dates are kept as ISO dates (YYYY-MM-DD):
what the date resolver and event rows need; the time of day, when given, is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import orjson

from annotations.errors import ValidationError
from annotations.text.dates import dates_in

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
"""`<meta>` names and properties that give the publication date, most trusted first."""
URL_META = ("og:url", "twitter:url")


def published_date(value: Any) -> str | None:
    """An ISO date from what a page or a field says ("2021-06-22T09:30:00+04:30", "June 22,
    2021", "22 June 2021"); None when it names no date with a year."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        return _day_month(*(int(n) for n in numeric.groups()))
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return None  # a date without its year cannot be placed
    dated = [f for f in dates_in(text, date.today()) if re.search(r"\b(?:19|20)\d\d\b", f.text)]
    return dated[0].resolved.day.isoformat() if dated and dated[0].resolved.precision == 1 else None


_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)")
"""19/07/2024, 07/19/2024, 19.07.2024: read when only one order makes a date."""


def _day_month(first: int, second: int, year: int) -> str | None:
    """The date of a numeric day and month in either order; None when both orders are dates
    (05/07/2024 is 5 July in Europe and May 7 in the United States) or neither is."""
    candidates = set()
    for day, month in ((first, second), (second, first)):
        try:
            candidates.add(date(year, month, day).isoformat())
        except ValueError:
            continue
    return candidates.pop() if len(candidates) == 1 else None


def why_no_date(value: str) -> str:
    """Why `published_date` read no date in what was typed, in words an analyst can act on."""
    text = value.strip()
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        first, second, year = (int(n) for n in numeric.groups())
        if first != second and first <= 12 and second <= 12:
            return f"{text} could be {first} {_month(second)} or {_month(first)} {second}, {year}"
        return f"{text} is no day of {year}"
    iso = re.fullmatch(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})", text)
    if iso is not None:
        return f"{text} is no day of {iso[1]}"
    dated = re.search(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text, re.I)
    if dated and not re.search(r"\b(?:19|20)\d\d\b", text):
        return "a date needs its year"
    return "not a date I can read"


def _month(number: int) -> str:
    return date(2000, number, 1).strftime("%B")


def typed_date(value: str, what: str) -> str:
    """The ISO date someone typed for `what` (`--since`, an event date); a ValidationError that
    names `what` when the words are no date with a year."""
    found = published_date(value)
    if found is None:
        raise ValidationError(f"{what}: {why_no_date(value)} (YYYY-MM-DD)")  # "2024-13-45 is no day of 2024"
    return found


class PageMetadata:
    """What the `<head>` and the markup of an HTML page say about the article."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.times: list[str] = []
        self.json_ld: list[str] = []

    def tag(self, tag: str, attrs: Iterable[tuple[str, str | None]]) -> None:
        values = {k.lower(): v for k, v in attrs if v is not None}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.canonical = self.canonical or values["href"]
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])

    def published(self) -> str | None:
        for key in PUBLISHED_META:
            found = published_date(self.meta.get(key))
            if found:
                return found
        for document in self.json_ld:
            found = published_date(_json_ld_value(document, "datePublished"))
            if found:
                return found
        return next((d for d in (published_date(t) for t in self.times) if d), None)

    def url(self) -> str | None:
        return self.canonical or next((self.meta[k] for k in URL_META if self.meta.get(k)), None)


def _json_ld_value(document: str, key: str) -> Any:
    """`key` of the first JSON-LD object that has it (a page may hold a list or a @graph)."""
    try:
        data = orjson.loads(document)
    except orjson.JSONDecodeError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, Mapping):
            if key in item:
                return item[key]
            stack.extend(v for v in item.values() if isinstance(v, (Mapping, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return None


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The `key: value` lines between `---` at the top of a Markdown file, and the rest."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]
